"""The Qt user interface: main window, pages, dialogs, table models, chair mode."""
