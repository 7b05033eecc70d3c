"""The stewardship record in the window: the Interactions page, documents under forms and
per company, escalation and roles per company (from the Progress page), the escalation
ladder (Tools), and capturing an interaction from a note. ``feature.install`` adds them.
"""
