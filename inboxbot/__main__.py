"""`python -m inboxbot` runs the command line."""

import sys

from inboxbot.cli import main

sys.exit(main())
