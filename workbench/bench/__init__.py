"""The benchmark of five busy years: a data generator and ``python -m workbench.bench``.

``generate`` writes a database the size of a busy secretariat's five years (2,000
meetings, 20,000 agenda items, 50,000 actions, 20,000 commitments, 200,000 notes) on top
of the demo case; ``__main__`` measures start-up, the tracker, search, exports and merges
on it against their baselines and prints the table the README shows.
"""
