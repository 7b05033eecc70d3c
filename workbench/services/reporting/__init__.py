"""What the exports show, read for one audience: a meeting's minutes, an engagement's report."""
