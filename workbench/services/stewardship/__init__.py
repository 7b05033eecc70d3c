"""The engagement as stewardship practice records it: interactions that are not meetings
(``interactions``), the escalation ladder and the steps taken (``ladder``,
``escalation``), lead and collaborating organisations per company (``roles``), documents
kept as evidence (``documents``, ``evidence``), and what the progress timeline, the
report and the monitoring evidence pack read of all that (``timeline``, ``record``,
``pack``). Every reader filters by audience in SQL (``visible``).
"""
