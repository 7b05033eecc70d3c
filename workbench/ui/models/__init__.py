"""Table models over the services: one model per file, tested without a widget."""
