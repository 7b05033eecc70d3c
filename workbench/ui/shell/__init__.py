"""The frame: the main window, its list pages, welcome, settings, about, one instance per file."""
