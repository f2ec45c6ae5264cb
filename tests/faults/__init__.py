"""The fault suite (issue 5): the daemon as a black box under SIGKILL, server restarts, SMTP
refusals, bad input and a log-privacy grep, with figures.

    pytest -m faults -s                  # everything, figures printed; ~7 min on 2 cores
    pytest -m "faults and not slow" -s   # without the bad-input run; ~4 min

Each scenario prints its figures (emails, kills, restarts, lost, duplicated, ...) and writes
them to var/faults/<scenario>.json. Sizes: INBOXBOT_FAULTS_EMAILS (SIGKILL backlog, 300),
INBOXBOT_FAULTS_SMALL_EMAILS (Dovecot/SMTP scenarios, 60), INBOXBOT_FAULTS_KILLS (10),
INBOXBOT_FAULTS_SEED, INBOXBOT_FAULTS_MIME_EXAMPLES (50).

Layout: backlog.py (emails from the corpus), badinput.py + mimegen.py (bad input), daemonproc.py
(config + the daemon subprocess), tap.py (a TCP relay that freezes a connection at a chosen
protocol moment), census.py (what is where afterwards), invariants.py (what must hold),
scenario.py (one run from delivery to verdict). bench/soak.py reuses them on PostgreSQL.
"""
