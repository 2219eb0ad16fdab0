"""Words of other languages read through bilingual dictionaries (bot/nlu/dictionary_words.py): forms no hand-kept
glossary lists, in languages read word by word, and a trade named in another language only as the answer to the
industry question (said in passing, whose business it is stays unread)."""

import pytest

from bot.nlu.dictionary_words import CONCEPTS, VERBS, WORDS_PATH, dictionary_words, numbers, readings, trades
from bot.nlu.other_words import is_english


@pytest.mark.parametrize(
    ("text", "answering", "entity", "value"),
    [
        ("mi estas la fondinto, do mi decidas", None, "authority", "decision_maker"),  # Esperanto: founder
        ("Ni mimi na mshirika wangu wa biashara", "authority", "authority", "decision_maker"),  # Swahili: partner
        ("zhruba 300 eur měsíčně", "budget", "budget", 3888.0),  # Czech: monthly
        ("είμαστε 10 άτομα και θέλουμε να ξεκινήσουμε αμέσως", None, "timeline", 0),  # Greek: at once
        ("jesteśmy fundacją", "industry", "industry", "nonprofit"),  # Polish: a foundation, inflected
        ("mamy piekarnię", "industry", "industry", "hospitality"),  # Polish: we have a bakery
    ],
)
def test_a_word_only_a_dictionary_knows_is_read(extractor, text, answering, entity, value) -> None:
    found = {f.entity: f.value for f in extractor.extract(text, answering=answering)}
    assert found.get(entity) == value


@pytest.mark.parametrize(
    "text",
    [
        "werken jullie ook met ziekenhuizen?",  # Dutch: do you work with hospitals too?
        "asiakkaamme ovat enimmäkseen sairaaloita",  # Finnish: our clients are mostly hospitals
        "meu cunhado trabalha num banco",  # Portuguese: my brother-in-law works at a bank
        # beside the visitor's own head count, still someone else's or a part of any business
        "somos 40 personas y nuestros clientes son hospitales",  # our clients are hospitals
        "mi hermano tiene una panadería con 5 empleados",  # my brother has a bakery with 5 staff
        "we zijn met z'n tienen op kantoor",  # we are ten at the office
    ],
)
def test_a_trade_named_in_passing_in_another_language_is_nobodys_industry(extractor, text) -> None:
    assert [f for f in extractor.extract(text) if f.entity == "industry"] == []


@pytest.mark.parametrize(
    "text, industry",
    [
        ("Jsme banka se 200 zaměstnanci", "financial_services"),  # Czech: we are a bank with 200 staff
        ("olemme 40 hengen kustantamo", "media"),  # Finnish: we are a 40-person publisher
        ("jesteśmy szpitalem, 300 pracowników", "healthcare"),  # Polish: we are a hospital, 300 staff
    ],
)
def test_a_trade_beside_the_visitors_own_head_count_is_theirs(extractor, text, industry) -> None:
    assert [f.value for f in extractor.extract(text) if f.entity == "industry"] == [industry]


@pytest.mark.parametrize(
    ("text", "answering", "value"),
    [
        ("αποφασίζει ο διευθυντής μου", None, "influencer"),  # Greek: my director decides
        ("yfirmaðurinn minn ákveður", None, "influencer"),  # Icelandic: my boss decides
        ("I'm the decider lol", "authority", "decision_maker"),  # English kin of the verb stay English
        ("meu cunhado trabalha num banco e recomendou vocês", None, None),  # a referral, no part in buying
    ],
)
def test_a_verb_of_deciding_only_a_dictionary_knows_says_who_decides(extractor, text, answering, value) -> None:
    found = {f.entity: f.value for f in extractor.extract(text, answering=answering)}
    assert found.get("authority") == value


def test_the_dictionary_holds_no_english_word_and_reads_only_what_the_rules_know() -> None:
    words = dictionary_words()
    assert len(words) > 50_000
    concepts = {*CONCEPTS.values(), *VERBS.values()}
    sample = sorted(words)[::500]
    assert not [word for word in sample if is_english(word)]
    assert {english for english in words.values() if english in concepts} <= concepts
    assert readings("40 työntekijää") == [(3, 14, "employees")]  # a Finnish form the glossaries lack
    assert trades("une boulangerie")[0][2] == "bakery"


def test_a_missing_dictionary_reads_nothing(tmp_path) -> None:
    assert dictionary_words(tmp_path / "none.tsv") == {}
    assert WORDS_PATH.exists()


@pytest.mark.parametrize(
    ("text", "answering", "entity", "value"),
    [
        ("нужно запустить через две недели", "timeline", "timeline", 14),  # Russian "two", feminine
        ("trzech pracowników", None, "company_size", 3),  # Polish "three", genitive
        ("we zijn met z'n twintigen", None, "company_size", 20),  # the glossary's own phrase still reads
    ],
)
def test_a_number_word_in_a_case_of_its_own_is_read(extractor, text, answering, entity, value) -> None:
    found = {f.entity: f.value for f in extractor.extract(text, answering=answering)}
    assert found.get(entity) == pytest.approx(value, abs=3)


def test_a_number_word_that_is_another_word_too_is_left_alone(extractor) -> None:
    # Hungarian "hét" is seven and a week: "jövő héten" is next week, not 7
    assert {f.entity: f.value for f in extractor.extract("jövő héten", answering="timeline")}.get("timeline") == 7
    assert numbers("5 dwóch") == []  # after digits, a number word is no count of its own


def test_what_we_are_said_first_in_another_language_is_our_trade(extractor) -> None:
    assert [f.value for f in extractor.extract("jsme malé vydavatelství") if f.entity == "industry"] == ["media"]
    # said after the opening clause, it may be anyone's
    assert [f for f in extractor.extract("jsme malí, pracujeme pro nakladatelství") if f.entity == "industry"] == []
