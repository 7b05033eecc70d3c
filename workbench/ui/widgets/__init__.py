"""Small parts every feature uses: cell delegates, record forms, history, autosave."""
