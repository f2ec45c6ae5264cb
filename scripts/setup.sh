#!/usr/bin/env bash
# Fresh-machine setup for inboxbot development, tests and CI. Idempotent:
# installs only what is missing, so a second run takes a second or two.
#
#   - Debian packages the tests and the service use: Dovecot (real IMAP
#     server for the tests), Tesseract + English data and Poppler (OCR and
#     PDF tools), OpenSSL (test certificates), PostgreSQL 15 server binaries.
#   - .venv with the project installed editable, with its test extras.
#
# Run as root (CI and dev containers) or as a user with sudo.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf 'setup: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        log "need root to run: $*"
        exit 1
    fi
}

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

apt_install() {
    log "installing Debian packages: $*"
    # Package scripts must not start the system-wide Dovecot or PostgreSQL:
    # the tests run their own private servers. A policy-rc.d that says 101
    # ("action forbidden") is Debian's way to ask for that; add one only if
    # the machine has none, and remove it again.
    local policy=/usr/sbin/policy-rc.d
    if [ ! -e "$policy" ]; then
        as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
        trap 'as_root rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# -- Debian packages ---------------------------------------------------------
missing=()
for pkg in dovecot-imapd tesseract-ocr tesseract-ocr-eng poppler-utils openssl; do
    installed "$pkg" || missing+=("$pkg")
done
if [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
    missing+=(postgresql-15)
fi
if [ "${#missing[@]}" -gt 0 ]; then
    apt_install "${missing[@]}"
else
    log "Debian packages present"
fi

# -- Python virtualenv ---------------------------------------------------------
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    log "$python is missing or older than 3.11; set PYTHON=/path/to/python3.11"
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    log "creating .venv with $("$python" -V 2>&1)"
    if ! "$python" -m venv .venv; then
        # Debian's own python3 keeps ensurepip in a separate package.
        apt_install python3-venv
        "$python" -m venv .venv
    fi
fi

# Reinstall only when the project's metadata changed since the last run.
stamp=.venv/.inboxbot-setup
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ] \
        || ! .venv/bin/python -c 'import inboxbot, pytest' 2>/dev/null; then
    log "installing inboxbot[test] into .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    echo "$want" > "$stamp"
else
    log ".venv up to date"
fi
