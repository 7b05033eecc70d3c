"""Preparing meetings: the Meeting menu, the agenda editor, templates, attendance."""
