"""`make validate` catches a button payload that Rasa would read as a slot placeholder."""

from pathlib import Path

from bot.settings import PROJECT_ROOT
from bot.validate import check_response_braces


def test_an_unescaped_payload_is_named_with_its_line_and_the_fix(tmp_path: Path) -> None:
    domain = tmp_path / "domain.yml"
    domain.write_text(
        "responses:\n  utter_ask_budget:\n  - text: Roughly, {person_name}?\n    buttons:\n"
        "    - title: Under $10k\n      payload: '/inform{\"budget\": 6000}'\n"
        "    - title: Over $50k\n      payload: '/inform{{\"budget\": 75000}}'\n"
    )
    problems = check_response_braces(domain)
    assert len(problems) == 1
    assert problems[0].startswith('domain.yml:6: {"budget": 6000} would be read as a slot placeholder')
    assert '{{"budget": 6000}}' in problems[0]


def test_the_shipped_domain_has_no_unescaped_payloads() -> None:
    assert check_response_braces(PROJECT_ROOT / "domain.yml") == []
