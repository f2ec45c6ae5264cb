"""Second independent held-out set of step-down emails (fictional), written for measurement only.

`python -m tests.heldout2.make` regenerates tests/heldout2/cases/ deterministically.
"""
