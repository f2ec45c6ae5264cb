"""Independent held-out step-down emails (fictional), generated deterministically by make_heldout.py."""
