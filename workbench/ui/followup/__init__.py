"""Following up: the tracker, commitments, ledger, progress, lessons and search."""
