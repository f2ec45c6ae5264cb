import tomllib

import pytest

from inboxbot.rules import DEFAULT_RULES_PATH, REQUIREMENT_IDS, RULES_ENV, RulesError, load_rules, parse_rules


def raw():
    return tomllib.loads(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))


def test_default_rules_load_and_cover_every_requirement():
    rules = load_rules()
    assert set(rules.requirements) == set(REQUIREMENT_IDS)
    assert set(rules.pathways["1"]) == set(REQUIREMENT_IDS)
    assert "transition_meeting" not in rules.pathways["2"]
    assert rules.pathways["none"] == ("children_dobs", "template_text", "signature")
    assert rules.pathways["unknown"] == ()
    for req in rules.requirements.values():
        assert req.title and req.ask and req.checker.__doc__


def test_rules_are_frozen():
    rules = load_rules()
    with pytest.raises(TypeError):
        rules.pathways["1"] = ()  # type: ignore[index]


def test_window_is_data(tmp_path):
    text = DEFAULT_RULES_PATH.read_text(encoding="utf-8").replace("months = 6", "months = 3")
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    assert load_rules(path).requirements["assessment_recent"].checker.params.months == 3


def test_env_var_override(tmp_path, monkeypatch):
    path = tmp_path / "other.toml"
    path.write_text(DEFAULT_RULES_PATH.read_text(encoding="utf-8").replace('name = "', 'name = "Test – ', 1), encoding="utf-8")
    monkeypatch.setenv(RULES_ENV, str(path))
    assert load_rules().name.startswith("Test – ")


@pytest.mark.parametrize(
    "mutate, key",
    [
        (lambda r: r["requirements"]["consent"].__setitem__("checker", "nope"), "requirements.consent.checker"),
        (lambda r: r["requirements"]["consent"]["params"].__setitem__("all_of", [["(unclosed"]]), "requirements.consent.params.all_of[0][0]"),
        (lambda r: r["requirements"]["consent"]["params"].__setitem__("colour", "red"), "requirements.consent.params"),
        (lambda r: r["requirements"]["assessment_recent"]["params"].__setitem__("months", "six"), "requirements.assessment_recent.params.months"),
        (lambda r: r["pathways"].__setitem__("4", []), "pathways.4"),
        (lambda r: r["pathways"]["1"].append("made_up"), "pathways.1"),
        (lambda r: r["requirements"]["signature"].pop("ask"), "requirements.signature.ask"),
        (lambda r: r["assessment"]["pathways"].__setitem__("3", ["letter"]), "assessment.pathways.3"),
        (lambda r: r["requirements"]["rationale"]["params"].__setitem__("near", [["\\bincluded\\b"]]), "near"),
    ],
)
def test_errors_name_the_key(mutate, key):
    r = raw()
    mutate(r)
    with pytest.raises(RulesError) as err:
        parse_rules(r)
    assert key in str(err.value)


def test_bad_toml_names_the_file(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("[pathways\n", encoding="utf-8")
    with pytest.raises(RulesError, match="broken.toml"):
        load_rules(path)
