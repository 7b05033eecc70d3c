"""The meeting cycle in the window: send to partners, invitations, the chair's brief,
minutes approved and corrected, the distribution list, the next meeting of a series."""
