from pathlib import Path

import pytest

from bot.dialog.metadata import browser_metadata, visitor_context
from bot.qualification.legitimacy import looks_gibberish, normalize_email

PLANS = frozenset({"starter", "business", "enterprise"})


def test_widget_metadata_becomes_context() -> None:
    assert visitor_context(
        {"page": "/pricing", "plan": "Business", "timezone": "Europe/Berlin", "consent": True}, PLANS
    ) == {"page": "/pricing", "plan": "business", "timezone": "Europe/Berlin"}


def test_malformed_metadata_is_dropped() -> None:
    assert visitor_context({"plan": "<script>", "timezone": "Mars/Olympus", "consent": "yes", "page": 5}, PLANS) == {}
    assert visitor_context("not a dict", PLANS) == {}


def test_the_front_door_passes_on_only_what_a_browser_may_say() -> None:
    sent = {
        "page": "/pricing",
        "plan": "business",
        "timezone": "UTC",
        "locale": "en-GB",
        "silent": True,
        "identity": "abc.def",
        "email": "ceo@victim.com",
        "consent": True,
        "person_name": "Eve",
        "display": "x" * 5000,
        "budget": 10**9,
    }
    assert browser_metadata(sent) == {
        "page": "/pricing",
        "plan": "business",
        "timezone": "UTC",
        "locale": "en-GB",
        "silent": True,
        "identity": "abc.def",
    }
    assert browser_metadata(["not", "a", "dict"]) == {}


def test_same_mailbox_is_one_identity() -> None:
    assert normalize_email("Jane.Doe+pricing@ACME.com") == "jane.doe@acme.com"


def test_gibberish_detection() -> None:
    assert looks_gibberish("asdfgh") and looks_gibberish("xxxxx") and looks_gibberish("qwrtzpl")
    assert not looks_gibberish("Ana Lima") and not looks_gibberish("Acme Corp") and not looks_gibberish("IBM")


def test_a_plan_counts_only_when_the_catalog_lists_it() -> None:
    assert visitor_context({"plan": "Scale"}, PLANS) == {}
    assert visitor_context({"plan": "Scale"}, PLANS | {"scale"}) == {"plan": "scale"}  # a plan sales ops added


def test_real_company_names_with_legal_forms_acronyms_and_vowelless_brands_are_never_gibberish() -> None:
    lines = (Path(__file__).parents[1] / "fixtures" / "company_names.txt").read_text(encoding="utf-8").splitlines()
    names = [line for line in lines if line and not line.startswith("#")]
    assert len(names) >= 100
    assert [name for name in names if looks_gibberish(name)] == []


@pytest.mark.parametrize("mashed", ["asdfgh", "xxxxx", "qwrtzpl", "sdfkjhsdf", "zxcvbn ltd", "asdf asdf"])
def test_keyboard_mashing_is_still_gibberish_with_a_legal_form_or_twice(mashed: str) -> None:
    assert looks_gibberish(mashed)
