"""Engagement Workbench: prepare, chair and follow up engagement meetings, offline."""

__version__ = "0.1.0"
APP_NAME = "Engagement Workbench"
APP_ID = "engagement-workbench"
