"""Small parts with no feature of their own: cell delegates, record forms, autosave, undo."""
