"""Home: what needs doing now (the page the window opens on)."""
