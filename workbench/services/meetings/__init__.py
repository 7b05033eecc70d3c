"""Preparing meetings: the agenda, its carry-over, templates and attendance."""
