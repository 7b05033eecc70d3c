"""What an empty database shows: load the demo case, or start a new engagement."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    load_demo_requested = Signal()
    new_engagement_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_welcome")
        title = QLabel(self.tr("<h1>Welcome to the Engagement Workbench</h1>"))
        text = QLabel(
            self.tr(
                "This database is empty. Load the demo case — a working group engaging a car "
                "maker and a parts supplier on child labour in mica mining — to look around, "
                "or start your own engagement."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load the &demo case"))
        self.demo_button.setObjectName("load_demo")
        self.demo_button.setAccessibleName(self.tr("Load the demo case"))
        self.demo_button.clicked.connect(self.load_demo_requested)
        self.new_button = QPushButton(self.tr("Start a &new engagement"))
        self.new_button.setObjectName("new_engagement")
        self.new_button.setAccessibleName(self.tr("Start a new engagement"))
        self.new_button.clicked.connect(self.new_engagement_requested)
        self.status = QLabel()
        self.status.setObjectName("welcome_status")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, text, self.demo_button, self.new_button, self.status):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        layout.addStretch(2)
        self.setFocusProxy(self.demo_button)
