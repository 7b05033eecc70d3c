"""People and organisations: their list pages, with whose names partners may read."""
