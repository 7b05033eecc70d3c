"""What leaves or enters the laptop: export, tracker import, exchange packages, backups."""
