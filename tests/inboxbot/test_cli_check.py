"""`inboxbot check` through its real entry points (`python -m inboxbot` and `cli.main`)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from inboxbot.checker import LABEL_KEYS
from inboxbot.cli import main
from tests.stepdown import eml, letter

ROOT = Path(__file__).resolve().parents[2]
BODY_LETTER = "Hi, the letter is below.\n\n" + letter() + "\n\nPriya Testworker\nSocial Worker\nT: 020 3373 0000\n"


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "inboxbot", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_json_line_per_email(tmp_path):
    path = tmp_path / "one.eml"
    path.write_bytes(eml(BODY_LETTER))
    proc = run("check", "--json", str(path))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) == {"file", *LABEL_KEYS}
    assert data["neighbourhood"] == "west" and data["family"] == "Quill" and data["pathway"] == "1"
    assert data["documents"] == [{"filename": "(body)", "type": "closure_letter"}]
    # no assessment or plan attached to a letter in the body
    assert {"assessment_attached", "smart_plan"} <= set(data["missing"])


def test_human_report(tmp_path, capsys):
    path = tmp_path / "one.eml"
    path.write_bytes(eml(BODY_LETTER))
    assert main(["check", "--jobs", "1", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Quill family" in out and "Pathway 1" in out
    assert "The assessment is attached" in out  # plain-English title of a missing requirement


def test_folder_and_unreadable(tmp_path, capsys):
    for i in range(3):
        (tmp_path / f"{i}.eml").write_bytes(eml("Out of office", subject="Automatic reply: hello"))
    assert main(["check", "--json", "--jobs", "2", str(tmp_path), str(tmp_path / "nope.eml")]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 4
    assert [r["kind"] for r in rows[:3]] == ["not_a_submission"] * 3
    assert "error" in rows[3] and rows[3]["file"].endswith("nope.eml")


def test_usage_errors_are_non_zero(tmp_path):
    assert run("check").returncode == 2
    assert run("check", str(tmp_path / "missing.eml")).returncode == 2
    bad = tmp_path / "rules.toml"
    bad.write_text("[pathways\n", encoding="utf-8")
    proc = run("check", "--rules", str(bad), str(tmp_path))
    assert proc.returncode == 2 and "rules.toml" in proc.stderr


def test_help_lists_check():
    proc = run("--help")
    assert proc.returncode == 0 and "check" in proc.stdout
