"""Capturing: the quick note window and the Notes inbox."""
