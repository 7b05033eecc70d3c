"""The service tests' shared helpers (``followup_helpers``) are importable from every
folder below: pytest puts the folder of each ``conftest.py`` on ``sys.path``."""
