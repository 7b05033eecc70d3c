"""The figure "Home on screen": Home read and drawn on the five-year database, against
its floor measured in the same run.

Measured as the user meets it: from asking Home to read (as it does when it is shown or
the data changed) to the end of the events that lay it out, and a paint. The floor asks
the same questions in plain SQL through ``sqlite3`` (the next meetings with their
attendance and agenda, every overdue action and commitment counted by engagement with
the oldest, the busiest owner's open actions, the notes to file, conflicts, the stages
of every engagement's objectives) and shows the answers as plain labels, laid out and
painted the same way: what Home adds on top is its services, rows and cards.

``home_figures(db, runs)`` returns its ``Figure`` rows; the step ``home`` runs it on the
benchmark's database.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from datetime import time as day_time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.bench.figures import Figure, in_turn
from workbench.bench.registry import Bench, step
from workbench.domain.rules import local_today
from workbench.store import Database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from workbench.ui.home.page import HomePage

#: Home on screen may take at most this many times its floor.
HOME_RATIO = 2.0
#: The size of the page, as in a window on a laptop screen.
SIZE = (1180, 700)
_OPEN = "('open', 'in_progress')"


def _busiest_owner(db: Database) -> str | None:
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT owner_id FROM action WHERE deleted_at IS NULL AND owner_id IS NOT NULL "
            f"AND status IN {_OPEN} GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1"
        ).first()
    return None if row is None else str(row[0])


def floor_lines(con: sqlite3.Connection, me: str | None) -> list[str]:
    """What Home shows, asked in plain SQL: one line of text per line of Home."""
    today = local_today().isoformat()
    start = datetime.combine(local_today(), day_time()).astimezone().astimezone(UTC)
    lines: list[str] = []
    meetings = con.execute(
        "SELECT m.id, m.title, m.starts_at, m.duration_minutes, e.title FROM meeting m "
        "LEFT JOIN engagement e ON e.id = m.engagement_id WHERE m.deleted_at IS NULL "
        "AND (m.status = 'in_progress' OR (m.status IN ('draft', 'scheduled') "
        "AND m.starts_at >= ?)) ORDER BY m.status != 'in_progress', m.starts_at LIMIT 3",
        (start.strftime("%Y-%m-%d %H:%M:%S"),),
    ).fetchall()
    for meeting_id, title, starts, duration, engagement in meetings:
        invited = con.execute(
            "SELECT count(*) FROM attendance WHERE meeting_id = ? AND deleted_at IS NULL",
            (meeting_id,),
        ).fetchone()[0]
        items, minutes = con.execute(
            "SELECT count(*), coalesce(sum(planned_minutes), 0) FROM agendaitem "
            "WHERE meeting_id = ? AND deleted_at IS NULL",
            (meeting_id,),
        ).fetchone()
        lines.append(f"{starts} {title} {duration} {engagement} {invited} {items} {minutes}")
    late: dict[str | None, list[tuple[str, str]]] = {}
    for table, text in (("action", "title"), ("commitment", "text")):
        for engagement_id, due, shown in con.execute(
            f"SELECT engagement_id, due_on, {text} FROM {table} WHERE deleted_at IS NULL "
            f"AND status IN {_OPEN} AND due_on < ?",
            (today,),
        ):
            late.setdefault(engagement_id, []).append((due, shown))
    for engagement_id, rows in sorted(late.items(), key=lambda kv: -len(kv[1]))[:4]:
        lines.append(f"{engagement_id}: {len(rows)} overdue")
        lines += [f"{due} {shown}" for due, shown in sorted(rows)[:3]]
    if me:
        lines += [
            f"{due} {title}"
            for due, title in con.execute(
                f"SELECT due_on, title FROM action WHERE deleted_at IS NULL AND owner_id = ? "
                f"AND status IN {_OPEN} ORDER BY due_on IS NULL, due_on LIMIT 5",
                (me,),
            )
        ]
    lines += [
        f"{captured} {body[:200]}"
        for captured, body in con.execute(
            "SELECT captured_at, body FROM note WHERE deleted_at IS NULL AND triaged = 0 "
            "ORDER BY captured_at DESC LIMIT 5"
        )
    ]
    lines.append(
        str(
            con.execute(
                "SELECT count(*) FROM conflict WHERE deleted_at IS NULL AND resolved_at IS NULL"
            ).fetchone()[0]
        )
    )
    for title, stages in con.execute(
        "SELECT e.title, group_concat(o.stage) FROM engagement e LEFT JOIN objective o "
        "ON o.engagement_id = e.id AND o.deleted_at IS NULL "
        "WHERE e.deleted_at IS NULL GROUP BY e.id ORDER BY e.title"
    ):
        lines.append(f"{title} {stages}")
    return lines


def _floor_page(con: sqlite3.Connection, me: str | None) -> tuple[QWidget, Any]:
    """A bare page of labels, filled like Home: emptied, filled while hidden, shown."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    page = QWidget()
    outer = QVBoxLayout(page)
    box = QWidget()
    layout = QVBoxLayout(box)
    outer.addWidget(box)

    def show() -> None:
        box.hide()
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for line in floor_lines(con, me):
            layout.addWidget(QLabel(line))
        box.show()

    return page, show


def _home_page(db: Database, me: str | None) -> HomePage:
    """Home as the main window builds it, on a stand-in window (events, settings, db)."""
    import tempfile

    from PySide6.QtCore import QSettings, Signal
    from PySide6.QtWidgets import QMainWindow

    from workbench.ui import settings as app_settings
    from workbench.ui.events import AppEvents
    from workbench.ui.home.page import HomePage

    class StandIn(QMainWindow):
        settings_changed = Signal()

    window: Any = StandIn()
    window.db = db
    window.events = AppEvents(window)
    ini = str(Path(tempfile.mkdtemp(prefix="workbench-home-")) / "settings.ini")
    window.settings = app_settings.Settings(QSettings(ini, QSettings.Format.IniFormat))
    window.settings.set(app_settings.ME, me or "")
    page = HomePage(window)
    page.setProperty("stand_in", window)  # the stand-in window lives as long as the page
    return page


def home_figures(db: Database, runs: int) -> list[Figure]:
    """Home read and drawn, against plain SQL into plain labels."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None, "the benchmark creates the QApplication first"
    me = _busiest_owner(db)
    home = _home_page(db, me)
    home.resize(*SIZE)
    home.show()
    app.processEvents()
    con = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)  # kept open, as Home's is
    floor, fill = _floor_page(con, me)
    floor.resize(*SIZE)
    floor.show()
    app.processEvents()

    def on_screen(page: Any, read: Any) -> Any:
        def run() -> None:
            read()
            app.processEvents()  # layout, the deletion of the lines replaced
            page.repaint()

        return run

    measured, floor_time = in_turn(
        on_screen(home, home.reload), on_screen(floor, fill), max(runs, 5)
    )
    data = home.data
    note = (
        f"{data.overdue_total:,} overdue, {data.notes_total:,} notes to file, "
        f"{len(data.engagements)} engagements"
        if data is not None
        else ""
    )
    home.close()
    floor.close()
    con.close()
    return [
        Figure(
            "Home on screen (read and drawn)",
            measured,
            floor=floor_time,
            floor_name="plain SQL into plain labels",
            max_ratio=HOME_RATIO,
            note=note,
        )
    ]


@step("home")
def home_step(bench: Bench) -> list[Figure]:
    return home_figures(bench.db, bench.runs)
