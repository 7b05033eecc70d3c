"""The Qt user interface: main window, pages, dialogs, table models, chair mode."""

from workbench.ui.import_hook import install as _install_import_hook

_install_import_hook()  # before the modules below import anything (see import_hook)
