"""Chair mode: the window that runs a meeting by keyboard, its capture form and help."""
