"""The list pattern: row models, fast and lazy filtering, the page with a form beside,
and the history list under a form."""
