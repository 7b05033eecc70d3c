"""Chair mode: the window that runs a meeting by keyboard, its countdown, captures,
summary and help, and the carry-over panel (which the agenda editor shows too)."""
