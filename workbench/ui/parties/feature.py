"""People and Organisations: two list pages with a form beside the list.

Until now people and organisations came only from the demo or a colleague's package;
these pages add and edit them. The name of each has the compact audience control beside
it (``RecordForm`` shows one for every text with an audience of its own): a partners
export names only those marked for partners and counts the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workbench.domain import Organisation, OrganisationKind, Person
from workbench.services import listing, parties
from workbench.ui.lists.history_widget import attach_history
from workbench.ui.lists.list_page import ListPage
from workbench.ui.parties.models import OrganisationsModel, PeopleModel
from workbench.ui.widgets.forms import FieldSpec, RecordForm

if TYPE_CHECKING:
    from workbench.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate


def install(window: MainWindow) -> None:
    """Add the People and Organisations pages to ``window``."""
    db, events = window.db, window.events

    def organisations() -> list[tuple[str, str]]:
        with db.session() as s:
            return listing.list_organisations(s)

    people = ListPage(
        db=db,
        events=events,
        entity="person",
        title=translate("PartiesPages", "People"),
        model=PeopleModel(),
        create=lambda s: parties.new_person(s, translate("PartiesPages", "New person")),
        load_rows=parties.list_person_rows,
        form=RecordForm(
            db,
            Person,
            [
                FieldSpec("name", translate("PartiesPages", "Name"), "line"),
                FieldSpec(
                    "organisation_id",
                    translate("PartiesPages", "Organisation"),
                    "choice",
                    choices=organisations,
                ),
                FieldSpec("role", translate("PartiesPages", "Role"), "line"),
                FieldSpec("email", translate("PartiesPages", "E-mail"), "line"),
                FieldSpec("is_member", translate("PartiesPages", "Member of the group"), "bool"),
            ],
        ),
    )
    orgs = ListPage(
        db=db,
        events=events,
        entity="organisation",
        title=translate("PartiesPages", "Organisations"),
        model=OrganisationsModel(),
        create=lambda s: parties.new_organisation(s, translate("PartiesPages", "New organisation")),
        load_rows=parties.list_organisation_rows,
        form=RecordForm(
            db,
            Organisation,
            [
                FieldSpec("name", translate("PartiesPages", "Name"), "line"),
                FieldSpec("kind", translate("PartiesPages", "Kind"), "enum", enum=OrganisationKind),
                FieldSpec("country", translate("PartiesPages", "Country"), "line"),
            ],
        ),
    )
    for key, title, go, page in (
        (
            "people",
            translate("PartiesPages", "People"),
            translate("PartiesPages", "&People"),
            people,
        ),
        (
            "organisations",
            translate("PartiesPages", "Organisations"),
            translate("PartiesPages", "&Organisations"),
            orgs,
        ),
    ):
        page.load_when_shown = True
        window.add_page(key, title, page)
        window.menu("go").actions()[-1].setText(go)  # past Ctrl+9: reached by its letter
        window.pages[key] = page  # reloaded, flushed and opened like the others
        attach_history(page, db, events)
