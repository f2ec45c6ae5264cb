"""Fixtures of the fault suite: the corpus (skipped with a reason when absent) and scenarios
that never leave a daemon process behind. The servers come from tests/conftest.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.faults.backlog import CorpusEmail, corpus_dir, load_corpus
from tests.faults.scenario import Scenario


@pytest.fixture(scope="session")
def corpus() -> list[CorpusEmail]:
    if corpus_dir() is None:
        pytest.skip("the labelled corpus (../shared/corpus/cases) is not available")
    return load_corpus()


@pytest.fixture
def scenario(tmp_path: Path) -> Iterator[Callable[..., Scenario]]:
    """`scenario(name, dovecot, smtp, emails, **options)` -> a `Scenario`, cleaned up afterwards."""
    made: list[Scenario] = []

    def make(name: str, dovecot: Any, smtp: Any, emails: list, **options: Any) -> Scenario:
        dovecot.reset()
        sc = Scenario(name, tmp_path / name, dovecot, smtp, emails, **options)
        made.append(sc)
        return sc

    yield make
    for sc in made:
        sc.cleanup()
