"""Preparing meetings: the meetings list, agenda editor, templates, attendance, carry-over."""
