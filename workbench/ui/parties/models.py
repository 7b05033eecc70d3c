"""The lists of people and organisations; a column says whether partners see the name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from workbench.domain import Audience
from workbench.services.parties import OrganisationRow, PersonRow
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.rows_model import RowsModel
from workbench.ui.palette import tone

YES = QT_TRANSLATE_NOOP("PeopleModel", "Yes")
P_NAME, P_SHARED, P_ORGANISATION, P_ROLE, P_MEMBER = range(5)
O_NAME, O_SHARED, O_KIND, O_COUNTRY = range(4)


def _tint(audience: Audience, role: int) -> Any:
    if role == Qt.ItemDataRole.ForegroundRole:
        return tone("success" if audience == Audience.PARTNERS else "danger")
    return None


class PeopleModel(RowsModel[PersonRow]):
    CONTEXT = "PeopleModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("PeopleModel", "Name"),
        QT_TRANSLATE_NOOP("PeopleModel", "Name readable by"),
        QT_TRANSLATE_NOOP("PeopleModel", "Organisation"),
        QT_TRANSLATE_NOOP("PeopleModel", "Role"),
        QT_TRANSLATE_NOOP("PeopleModel", "Member"),
    )

    def display(self, row: PersonRow, column: int) -> str:
        if column == P_NAME:
            return row.name
        if column == P_ORGANISATION:
            return row.organisation or ""
        if column == P_ROLE:
            return row.role or ""
        if column == P_MEMBER:
            if not row.is_member:
                return ""
            return QCoreApplication.translate("PeopleModel", YES)  # i18n: ok (NOOP-marked)
        return label(row.name_audience)  # P_SHARED

    def extra_data(self, row: PersonRow, column: int, role: int) -> Any:
        return _tint(row.name_audience, role) if column == P_SHARED else None


class OrganisationsModel(RowsModel[OrganisationRow]):
    CONTEXT = "OrganisationsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("OrganisationsModel", "Name"),
        QT_TRANSLATE_NOOP("OrganisationsModel", "Name readable by"),
        QT_TRANSLATE_NOOP("OrganisationsModel", "Kind"),
        QT_TRANSLATE_NOOP("OrganisationsModel", "Country"),
    )

    def display(self, row: OrganisationRow, column: int) -> str:
        if column == O_NAME:
            return row.name
        if column == O_KIND:
            return label(row.kind)
        if column == O_COUNTRY:
            return row.country or ""
        return label(row.name_audience)  # O_SHARED

    def extra_data(self, row: OrganisationRow, column: int, role: int) -> Any:
        return _tint(row.name_audience, role) if column == O_SHARED else None
