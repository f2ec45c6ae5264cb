#!/usr/bin/env bash
# Set the machine up (scripts/setup.sh) and run the whole test suite.
# Arguments go to pytest, e.g. scripts/test.sh -m "not integration" -x
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
exec .venv/bin/python -m pytest -q "$@"
