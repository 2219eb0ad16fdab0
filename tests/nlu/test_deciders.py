"""Who holds the decision, read from the sentence's shape (bot/nlu/deciders.py): the visitor holding
it is the decision, someone else at their company holding it is a say, whatever idiom says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.nlu.authority import find_authority, role_in_reply
from bot.nlu.deciders import who_decides
from bot.nlu.extractor import QualificationExtractor
from bot.settings import get_settings


def authority(text: str) -> str | None:
    found = find_authority(text)
    return found[0].value if found else None


@pytest.mark.parametrize(
    "text",
    [
        "the buck stops with me",
        "I call the shots around here",
        "I pull the trigger on tools like this",
        "I write the cheques",
        "I hold the checkbook",
        "ultimately it's on me",
        "I'm the one with the company credit card",
        "my shop, my rules",
        "18 of us, budget 250/mo, my call",
        "I'll be the one signing",
    ],
)
def test_the_visitor_holding_the_decision_is_the_decision_maker(text: str) -> None:
    assert authority(text) == "decision_maker"


@pytest.mark.parametrize(
    "text",
    [
        "I report to the COO and he approves every purchase",
        "purchasing dept decides, I just gather quotes",
        "the partners make the final decision, I do the research",
        "our GM always signs off on software",
        "she holds the purse strings, I find the options",
        "the decision rests with our board",
        "it's up to the owners",
        "it's not me who decides, it's our director",  # the holder said as the answer
        "not my department, our finance team handles that",
        "the president makes all purchasing decisions, I'll pass it on",
        "small clinic, 12 staff. owner needs to approve",  # a role named bare, as in notes
        "I'd be the one rolling it out but buying isn't up to me",  # the part played, then the denial
    ],
)
def test_someone_else_holding_the_decision_makes_the_visitor_an_influencer(text: str) -> None:
    assert authority(text) == "influencer"


@pytest.mark.parametrize(
    "text",
    ["I don't decide, my boss does", "I don't get to decide", "it's not on me", "the call isn't mine"],
)
def test_a_holder_denied_is_not_a_holder(text: str) -> None:
    holder = who_decides(text)
    assert holder is None or holder.value == "influencer"
    assert authority(text) != "decision_maker"


@pytest.mark.parametrize(
    "reply, role",
    [
        ("the boss", "influencer"),
        ("the owners", "influencer"),
        ("our CFO decides", "influencer"),
        ("me and my cofounder together", "decision_maker"),
        ("us founders", "decision_maker"),
        ("that'd be my manager", "influencer"),
        ("nope, it would be our CFO", "influencer"),
        ("partly, it's a group decision but I hold the budget", "decision_maker"),  # what follows "but" settles it
        ("me and my business partner, we run it together", "decision_maker"),
        ("my cofounder and I sign together", "decision_maker"),
    ],
)
def test_a_reply_naming_who_decides(reply: str, role: str) -> None:
    found = find_authority(reply) or role_in_reply(reply)
    assert found and found[0].value == role


def test_a_head_count_and_a_holder_share_words(extractor: QualificationExtractor) -> None:
    facts = {found.entity: found.value for found in extractor.extract("just my cofounder and me, and I make the call")}
    assert facts == {"company_size": 2, "authority": "decision_maker"}


@pytest.mark.parametrize(
    "text, answering, entity, value",
    [
        ("tra tre settimane", None, "timeline", 21),
        ("entro due mesi", None, "timeline", 62),
        ("binnen een maand", "timeline", "timeline", 31),
        ("para fin de mes", None, "timeline", 8),  # today is 2026-11-22
        ("bis Ende des Monats", None, "timeline", 8),
        ("voor het eind van het jaar", None, "timeline", 39),
        ("une quinzaine", "company_size", "company_size", 15),
        ("on est une trentaine dans la boîte", None, "company_size", 30),
        ("circa 5mila euro l'anno", None, "budget", 5400.0),
        ("pas encore de budget", None, "budget", 0),
        ("a year-ish", "timeline", "timeline", 365),
        ("4ish weeks", "timeline", "timeline", 28),
    ],
)
def test_numbers_and_ends_of_periods_in_other_words(
    extractor: QualificationExtractor, text: str, answering: str | None, entity: str, value: object
) -> None:
    facts = {found.entity: found.value for found in extractor.extract(text, answering=answering)}
    assert facts.get(entity) == pytest.approx(value, abs=3)


@pytest.mark.parametrize(
    "text",
    [
        "the renewal is due next week",  # English "due" stays English
        "we run 8-week courses for nurses",  # how long a course lasts
        "is there a 14-day trial?",
        "we're 40 now and hope to be 60 by summer",  # when the team will have grown
        "we're 25 now, likely 40 by spring",
        "team is 30 as of this month",  # when a count was true
        "my manager needs a shortlist by tuesday",  # when the research is due, not the purchase
    ],
)
def test_times_that_are_not_when_they_buy(extractor: QualificationExtractor, text: str) -> None:
    timelines = [found.value for found in extractor.extract(text) if found.entity == "timeline"]
    assert timelines in ([], [7]) and (timelines == [7]) == text.startswith("the renewal")


@pytest.mark.parametrize(
    "text, role",
    [
        # departments that decide, without "the": the visitor has a say
        ("Procurement will need to approve anything over 5k, I'm just doing the legwork", "influencer"),
        ("IT and finance both have to sign off", "influencer"),
        ("board meets monday and if they say yes we buy right after", "influencer"),
        ("I work at a small town hall, the mayor decides this stuff", "influencer"),
        ("my dad owns the business, I'm helping him look", "influencer"),  # family holding it
        # the visitor must take it to someone first
        ("need to get this validated by management first", "influencer"),
        ("I have to present it to the board", "influencer"),
        ("Je dois en parler au directeur.", "influencer"),
        ("C'est ma directrice qui tranche", "influencer"),
        ("O dono da empresa, eu só estou pesquisando", "influencer"),
        # the visitor holding it
        ("the business is mine, been running it 11 yrs", "decision_maker"),
        ("our CTO (me 🙋) wants to see the API docs before buying", "decision_maker"),
        ("Owner/operator. Not a committee, just me deciding", "decision_maker"),  # a part denied is none
        ("Mi socio y yo, somos los dueños", "decision_maker"),
        ("our CEO is not involved, I decide", "decision_maker"),
        # titles of others or counts are no title of the visitor's
        ("dairy farm, 400 head of cattle, we sell direct too", None),
        ("We're a team of 14, well 15 counting our part-time designer", None),
        ("seven full time, two part time, one intern", None),  # an intern counted is not the visitor
        ("we need 4-6 weeks to evaluate and then we'd buy", None),  # time the company takes, no part
        ("we're a small accountancy practice doing tax returns for self-employed folk", None),  # their clients
        ("director of IT but this one's the COO's decision", "influencer"),
        ("im an intern at a property co, my manager wants prices by friday", "influencer"),  # sent to look
        ("I'm between jobs and brushing up on sales tools for interviews", "no_authority"),
        ("we're building something similar and wanted to see how you structured your tiers", "no_authority"),
    ],
)
def test_who_holds_it_is_read_however_it_is_said(
    extractor: QualificationExtractor, text: str, role: str | None
) -> None:
    found = extractor.first(text, "authority")
    assert (found.value if found else None) == role


@pytest.mark.parametrize(
    "reply, role",
    [
        ("management team", "influencer"),
        ("procurement, then legal, then my VP", "influencer"),
        ("me and my cofounder, jointly", "decision_maker"),
    ],
)
def test_a_reply_naming_a_department_or_the_founders_says_who_decides(
    extractor: QualificationExtractor, reply: str, role: str
) -> None:
    assert extractor.first(reply, "authority", answering="authority").value == role


@pytest.mark.parametrize(
    "text, answering, entity, value",
    [
        ("we can do 5000 kronor a month", None, "budget", 5700.0),
        ("R15k per month is fine, we're in Cape Town", None, "budget", 9900.0),
        ("the $49/mo tier works for us", None, "budget", 588.0),  # our price, taken as theirs
        ("a june launch would suit us", None, "timeline", 191),  # today is 2026-11-22
        ("starting tuesday", "timeline", "timeline", 2),
        ("we're scaling from 12 to 20 staff this year", None, "company_size", 12),
        ("we grew from 12 to 20 staff this year", None, "company_size", 20),
        ("un equipo de 14", None, "company_size", 14),
        ("have to check w/ my manager", None, "authority", "influencer"),
        ("our head of finance will decide", None, "authority", "influencer"),
        ("me and the other founder decide together", None, "authority", "decision_maker"),
    ],
)
def test_batch_23s_families_said_other_ways(
    extractor: QualificationExtractor, text: str, answering: str | None, entity: str, value: object
) -> None:
    facts = {found.entity: found.value for found in extractor.extract(text, answering=answering)}
    assert facts.get(entity) == (pytest.approx(value, abs=3) if isinstance(value, float | int) else value)


@pytest.mark.parametrize(
    "text, entity",
    [
        ("I have sign-off up to 20k", "budget"),  # what they may sign alone, not what this gets
        ("we're 40 now, probably 70 by summer", "timeline"),
        ("does it integrate with hubspot?", "industry"),
    ],
)
def test_what_is_not_the_fact(extractor: QualificationExtractor, text: str, entity: str) -> None:
    assert entity not in {found.entity for found in extractor.extract(text)}


def test_a_business_filed_under_other_is_read_anywhere_and_the_bare_word_only_in_a_reply(tmp_path: Path) -> None:
    taxonomy = tmp_path / "industries.yml"
    settings = get_settings()
    taxonomy.write_text(settings.taxonomy_path.read_text().replace("  other:\n", "  other:\n    - nail salon\n", 1))
    extractor = QualificationExtractor.from_files(taxonomy, settings.currencies_path, lambda: date(2026, 11, 22))
    assert {f.entity: f.value for f in extractor.extract("nail salon, 4 chairs")}.get("industry") == "other"
    assert "industry" not in {f.entity for f in extractor.extract("me and 3 others run it")}
