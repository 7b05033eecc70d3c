"""The About dialog: version, the open database, the licences of what we bundle."""

from __future__ import annotations

import html
import platform

import PySide6
import sqlalchemy
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from workbench import APP_NAME, __version__


class AboutDialog(QDialog):
    def __init__(self, db_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        text = QLabel()
        text.setObjectName("about_text")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        text.setText(
            "<h2>{app}</h2><p>{version}</p><p>{purpose}</p><p><b>{dbl}</b><br>{db}</p>"
            "<p><b>{libs}</b><br>Python {py} · Qt {qt} (LGPLv3) · PySide6 {ps} (LGPLv3) · "
            "SQLAlchemy {sa} (MIT) · SQLModel (MIT) · Alembic (MIT) · platformdirs (MIT) · "
            "reportlab (BSD) · openpyxl (MIT) · DejaVu fonts (Bitstream Vera licence)</p>".format(
                app=APP_NAME,
                version=self.tr("Version {v}").format(v=__version__),
                purpose=self.tr(
                    "Prepare, chair and follow up engagement meetings on human rights "
                    "in supply chains, offline."
                ),
                dbl=self.tr("Database"),
                db=html.escape(db_path),
                libs=self.tr("Built with"),
                py=platform.python_version(),
                qt=qVersion(),
                ps=PySide6.__version__,
                sa=sqlalchemy.__version__,
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
