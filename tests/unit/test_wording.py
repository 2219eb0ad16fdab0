"""Marketers change the assistant's words in wording.yml and domain.yml; `make validate` catches
a sentence the assistant needs but cannot find, or a {placeholder} nothing fills."""

from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT
from bot.validate import check_action_responses
from bot.wording import WORDING_PATH, load_wording
from bot.yamlfile import ConfigFileError


def edited(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "wording.yml"
    text = WORDING_PATH.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_shipped_wording_and_responses_are_complete() -> None:
    load_wording()
    assert check_action_responses(PROJECT_ROOT / "domain.yml", PROJECT_ROOT / "actions") == []


def test_a_placeholder_the_code_does_not_fill_is_named_with_its_line(tmp_path: Path) -> None:
    path = edited(tmp_path, "Hi {first_name}, welcome back!", "Hi {firstname}, welcome back!")
    with pytest.raises(ConfigFileError, match=r"wording.yml:\d+: greeting.hello_again: \{firstname\} is not filled"):
        load_wording(path)


def test_a_renamed_text_is_reported_as_unknown_and_missing(tmp_path: Path) -> None:
    with pytest.raises(ConfigFileError, match=r"greeting\.helo is not a text the assistant uses"):
        load_wording(edited(tmp_path, "  hello: ", "  helo: "))


def test_variations_must_stay_a_list(tmp_path: Path) -> None:
    path = edited(
        tmp_path,
        '  acknowledgements:\n    - "Glad that helps!"\n    - "Great!"\n    - "Good to hear."',
        '  acknowledgements: "Glad that helps!"',
    )
    with pytest.raises(ConfigFileError, match=r"steering\.acknowledgements: expected a list of variations"):
        load_wording(path)


def test_a_response_placeholder_no_action_fills_is_named(tmp_path: Path) -> None:
    domain = tmp_path / "domain.yml"
    domain.write_text(
        (PROJECT_ROOT / "domain.yml")
        .read_text(encoding="utf-8")
        .replace("You're booked with {sdr_name} on {when}", "You're booked with {rep} on {when}"),
        encoding="utf-8",
    )
    problems = check_action_responses(domain, PROJECT_ROOT / "actions")
    assert len(problems) == 1 and problems[0].startswith("domain.yml: utter_booked: {rep} is neither a slot nor")


def test_a_response_an_action_says_but_the_domain_lacks_is_named(tmp_path: Path) -> None:
    domain = tmp_path / "domain.yml"
    domain.write_text(
        (PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8").replace("  utter_ask_guest_email:", "  utter_x:"),
        encoding="utf-8",
    )
    problems = check_action_responses(domain, PROJECT_ROOT / "actions")
    assert problems and "says utter_ask_guest_email, which domain.yml does not define" in problems[0]
