import pytest

from bot.nlu.authority import find_authority


def authority(text: str) -> str | None:
    found = find_authority(text)
    return found[0].value if found else None


@pytest.mark.parametrize("text", ["I'm the CTO", "CEO here", "i'm the founder", "co-founder", "VP of Sales",
                                  "head of operations", "director of IT", "owner of a small agency",
                                  "I sign off on purchases", "I own the budget", "I make the final call",
                                  "it's my call", "chief marketing officer", "managing director"])
def test_titles_and_ownership_phrases_mean_decision_maker(text: str) -> None:
    assert authority(text) == "decision_maker"


@pytest.mark.parametrize("text", ["I'd have to run it by our CFO", "I need approval from my boss",
                                  "there's an evaluation committee", "I'll make a recommendation",
                                  "my manager decides", "i'm a marketing manager", "I need to ask our CEO",
                                  "software engineer here", "team lead"])
def test_influence_phrases_and_roles_mean_influencer(text: str) -> None:
    assert authority(text) == "influencer"


@pytest.mark.parametrize("text", ["I'm a student", "intern here", "I have no say in purchasing",
                                  "not my decision", "researching for a school project"])
def test_students_interns_and_no_say_mean_no_authority(text: str) -> None:
    assert authority(text) == "no_authority"


def test_someone_elses_title_is_not_the_visitors() -> None:
    assert authority("I report to the director") is None
    assert authority("our CEO decides") == "influencer"


def test_nothing_is_claimed_without_a_role() -> None:
    assert authority("we are 50 people") is None
    assert authority("how much does it cost?") is None
