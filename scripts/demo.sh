#!/usr/bin/env bash
# Set the machine up (scripts/setup.sh), then run the daemon on its embedded defaults
# (SQLite, four Maildir inboxes, replies written to the Maildir demo/outbox) over a few
# sample emails, and show the replies and the case log. Arguments go to `inboxbot demo`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
exec .venv/bin/inboxbot demo "$@"
