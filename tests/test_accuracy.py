"""The checker against the public labelled corpus: fails below the targets (issue 2)."""

from pathlib import Path

import pytest

from bench.accuracy import DEFAULT_CORPUS, format_report, run, score

pytestmark = pytest.mark.slow


@pytest.mark.skipif(not Path(DEFAULT_CORPUS).exists(), reason="public corpus not present")
def test_public_corpus_meets_targets():
    report = score(run(Path(DEFAULT_CORPUS), jobs=2))
    print(format_report(report))
    assert not report.errors
    assert report.false_completes == []
    assert report.micro_f1 >= 0.95
    assert report.doc_accuracy >= 0.95
    assert report.pathway_accuracy >= 0.95
    assert report.kind_accuracy >= 0.95


def test_scorer_counts_false_completes():
    truth = {"neighbourhood": "east", "pathway": "1", "kind": "submission", "documents": [], "family": "Quill",
             "children": [], "lead_practitioner": None, "assessment_date": None, "letter_date": None, "missing": ["consent"]}
    pred = dict(truth, missing=[])
    report = score([("x", pred, truth)])
    assert report.false_completes == ["x"]
    assert report.fn["consent"] == 1 and report.micro_f1 == 0.0
