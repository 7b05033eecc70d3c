"""Following up: action and commitment rows, the tracker, the ledger, progress, lessons."""
