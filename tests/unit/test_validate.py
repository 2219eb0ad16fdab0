"""`make validate` tells a marketer what is wrong, and where."""

import shutil
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT
from bot.validate import check_rasa_data

pytestmark = pytest.mark.slow


def copy_project(tmp_path: Path) -> Path:
    for name in ("config.yml", "domain.yml", "data", "bot", "sales"):
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    return tmp_path


def test_a_response_used_in_a_rule_but_missing_from_the_domain_is_reported(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    rules = root / "data" / "rules" / "small_talk.yml"
    rules.write_text(rules.read_text().replace("action: utter_goodbye", "action: utter_farewell"))
    problems = check_rasa_data(root)
    assert problems and "utter_farewell" in problems[1]  # the cause comes first, before routine warnings


def test_broken_yaml_in_training_data_names_the_file_and_line(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "data" / "nlu" / "faq.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: faq/pricing\n  examples: |\n    - how much\n   bad: [\n'
    )
    problems = "\n".join(check_rasa_data(root))
    assert "faq.yml" in problems and "line" in problems


def test_a_plan_minimum_for_a_plan_the_catalog_does_not_list_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.settings import get_settings
    from bot.validate import check_our_files

    policy = tmp_path / "policy.yml"
    policy.write_text(
        (PROJECT_ROOT / "sales" / "policy.yml").read_text().replace("    starter: 5000", "    startr: 5000")
    )
    monkeypatch.setenv("POLICY_PATH", str(policy))
    get_settings.cache_clear()
    try:
        problems = check_our_files()
    finally:
        get_settings.cache_clear()
    assert any("plan_minimums names plan 'startr'" in problem and "plans.yml" in problem for problem in problems)
