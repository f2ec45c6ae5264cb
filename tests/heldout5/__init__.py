"""Held-out set 5: step-down emails written independently of the checker, with labels true by construction."""
