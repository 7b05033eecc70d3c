"""PDF writers (reportlab platypus): minutes, agenda and the engagement report."""
