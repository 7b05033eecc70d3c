"""The chair's brief on screen (Meeting → Chair's brief…), and saved as a PDF.

The same ``BriefDoc`` as the PDF, laid out as rich text in the UI language, with the
group-only parts marked, so the chair sees at a glance what must not be said to the
company. "Save as PDF…" writes the one-or-two-page paper (``exports.meeting_files``) in
the language chosen for exports.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench import config
from workbench.domain import Audience
from workbench.exports.meeting_files import brief_filename, write_brief_file
from workbench.exports.runner import ExportError
from workbench.services.cycle.brief import BriefDoc, load_brief
from workbench.services.followup.commitments import CommitmentRow
from workbench.store import Database
from workbench.ui.cycle.texts import day_text, when_text
from workbench.ui.i18n import error_text, format_date
from workbench.ui.labels import label, stage_name


class BriefDialog(QDialog):
    """The brief of one meeting, to read and to save."""

    open_url: Callable[[QUrl], bool] = staticmethod(QDesktopServices.openUrl)

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.saved: Path | None = None
        self.setObjectName("brief_dialog")
        with db.session() as s:
            self.doc = load_brief(s, meeting_id)
        self.setWindowTitle(self.tr("Chair's brief: {title}").format(title=self.doc.title))
        self.resize(820, 760)
        self.view = QTextBrowser()
        self.view.setObjectName("brief_view")
        self.view.setAccessibleName(self.tr("Chair's brief"))
        self.view.setOpenExternalLinks(True)
        self.view.setHtml(self.html(self.doc))
        self.language = QComboBox()
        self.language.setObjectName("brief_language")
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        self.language.addItem("English", "en")  # i18n: ok (each language in its own words)
        self.language.addItem("Nederlands", "nl")  # i18n: ok
        ui_lang = QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(0, self.language.findData(ui_lang)))
        self.status = QLabel()
        self.status.setObjectName("brief_status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("brief_save")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        language_label = QLabel(self.tr("PDF &in:"))
        language_label.setBuddy(self.language)
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addLayout(row)

    # -- on screen ------------------------------------------------------------------
    def _tag(self, audience: Audience) -> str:
        if audience != Audience.GROUP:
            return ""
        words = escape(self.tr("working group only"))
        return f" <span style='color:#A61B1B; font-size:small'>[{words}]</span>"

    def _words(self) -> dict[str, str]:
        """The brief's headings and words, in the UI language."""
        return {
            "brief": self.tr("Chair's brief"),
            "engagement": self.tr("Engagement"),
            "companies": self.tr("Companies"),
            "when": self.tr("Date and time"),
            "place": self.tr("Place"),
            "chair": self.tr("Chair"),
            "agenda": self.tr("Agenda: who asks what"),
            "objectives": self.tr("Objectives and stages"),
            "by_company": self.tr("Open commitments by the company"),
            "by_group": self.tr("Open commitments by the working group"),
            "last_call": self.tr("At the last call"),
            "no_last_call": self.tr("No earlier call with this company."),
            "decided": self.tr("Decided"),
            "overdue": self.tr("Overdue"),
            "late": self.tr("overdue"),
            "nothing_overdue": self.tr("Nothing overdue."),
            "none": self.tr("None."),
            "escalation": self.tr("Escalation"),
            "due": self.tr("due {date}"),
            "minutes": self.tr("{n} min"),
        }

    def _commitments(self, rows: tuple[CommitmentRow, ...], w: dict[str, str]) -> str:
        h = escape
        if not rows:
            return f"<p><i>{h(w['none'])}</i></p>"
        lines = []
        for c in rows:
            due = w["due"].format(date=format_date(c.due_on) if c.due_on else "—")
            late = f" <b style='color:#A61B1B'>{h(w['late'])}</b>" if c.overdue else ""
            who = " / ".join(x for x in (c.party, c.owner) if x)
            lines.append(f"<li>{h(c.text)}{self._tag(c.audience)} — {h(who)}, {h(due)}{late}</li>")
        return "<ul>" + "".join(lines) + "</ul>"

    def html(self, doc: BriefDoc) -> str:
        h, w = escape, self._words()
        parts = [f"<h1>{h(w['brief'])}</h1>", f"<h2>{h(doc.title)}</h2><p>"]
        facts = [
            (w["engagement"], doc.engagement),
            (w["companies"], ", ".join(doc.companies)),
            (w["when"], when_text(doc.starts_at)),
            (w["place"], doc.place),
            (w["chair"], doc.chair),
        ]
        parts += [f"<b>{h(k)}:</b> {h(v)}<br/>" for k, v in facts if v]
        parts.append(f"</p><h3>{h(w['agenda'])}</h3><ol>")
        for line in doc.agenda:
            asks = f" — <b>{h(line.asks)}</b>" if line.asks else ""
            minutes = w["minutes"].format(n=line.minutes)
            parts.append(f"<li>{h(line.title)} ({h(label(line.purpose))}, {h(minutes)}){asks}</li>")
        parts.append(f"</ol><h3>{h(w['objectives'])}</h3><ul>")
        for o in doc.objectives:
            company = f"{h(o.company)}: " if o.company else ""
            stage = h(stage_name(o.stage))
            parts.append(f"<li>{company}{h(o.text)}{self._tag(o.audience)} — {stage}</li>")
        parts.append(f"</ul><h3>{h(w['by_company'])}</h3>")
        parts.append(self._commitments(doc.open_by_company, w))
        parts.append(f"<h3>{h(w['by_group'])}</h3>")
        parts.append(self._commitments(doc.open_by_group, w))
        parts.append(f"<h3>{h(w['last_call'])}</h3>")
        if doc.last_call is None:
            parts.append(f"<p><i>{h(w['no_last_call'])}</i></p>")
        else:
            last = doc.last_call
            parts.append(f"<p><b>{h(day_text(last.starts_at))}</b> · {h(last.title)}</p><ul>")
            for said in last.said:
                head = h(said.item or w["decided"])
                parts.append(f"<li><b>{head}:</b> {h(said.text)}{self._tag(said.audience)}</li>")
            parts.append("</ul>")
        parts.append(f"<h3>{h(w['overdue'])}</h3><ul>")
        for text, tag, who, due_on in [
            (a.title, self._tag(a.audience), a.owner, a.due_on) for a in doc.overdue_actions
        ] + [(c.text, self._tag(c.audience), c.party, c.due_on) for c in doc.overdue_commitments]:
            due = w["due"].format(date=format_date(due_on) if due_on else "—")
            parts.append(f"<li>{h(text)}{tag} — {h(who or '')}, {h(due)}</li>")
        if not doc.overdue_actions and not doc.overdue_commitments:
            parts.append(f"<li><i>{h(w['nothing_overdue'])}</i></li>")
        parts.append("</ul>")
        # HOOK (issue 14): escalation status, shown only when there is some.
        if doc.escalation:
            parts.append(f"<h3>{h(w['escalation'])}</h3><ul>")
            parts += [f"<li>{h(line)}</li>" for line in doc.escalation]
            parts.append("</ul>")
        return "".join(parts)

    # -- the PDF ----------------------------------------------------------------------
    def save_pdf(self, path: Path | None = None) -> Path | None:
        lang = self.language.currentData()
        if path is None:
            suggested = config.documents_dir() / brief_filename(self.db, self.meeting_id, lang)
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the brief"), str(suggested), self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            self.saved = write_brief_file(self.db, self.meeting_id, path, lang=lang)
        except ExportError as exc:
            self.status.setText(self.tr("The brief was not saved: {e}").format(e=error_text(exc)))
            return None
        self.status.setText(self.tr("Saved {path}.").format(path=self.saved))
        self.open_url(QUrl.fromLocalFile(str(self.saved)))
        return self.saved
