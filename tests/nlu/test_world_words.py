"""The world's words for time and money (CLDR's, through dateparser and Babel) and the trades it borrows from
English (cognates) are read in any language, where the hand glossary knows a few dozen. Today is 2026-11-22
(tests/conftest.py); phrasings are not batch 43's, whose misses showed the family."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.nlu.extractor import QualificationExtractor
from bot.nlu.phrase_table import NUMBER, PhraseTable, cached_phrases, key_of
from bot.settings import get_settings
from tests.nlu.test_said_other_ways import assert_reads, facts


def _only(entity: str, found: dict[str, object]) -> dict[str, object]:
    """The family's entity: the other facts of these phrasings are not what they test."""
    return {name: value for name, value in found.items() if name == entity}


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # "in N weeks", "next week", a month's name in its case, in languages no list of ours holds
        ("хотим начать через 3 недели", None, {"timeline": 21}),
        ("ми хочемо почати через 2 тижні", None, {"timeline": 14}),
        ("다음 주에 시작하고 싶어요", None, {"timeline": 7}),
        ("vi vil starte om 2 uker", None, {"timeline": 14}),
        ("Chcemy zacząć od stycznia", None, {"timeline": 40}),
        ("хотим запуститься к 1 июля", None, {"timeline": 221}),
        ("engin pressa, kannski á næsta ári", "timeline", {"timeline": 365}),
        # the locale's "in" beside a unit with no number, before or after it ("через" was once read as March)
        ("хотим запуститься через месяц", None, {"timeline": 30}),
        ("через неделю", None, {"timeline": 7}),
        ("za tydzień chcemy zacząć", None, {"timeline": 7}),
        ("on voudrait démarrer dans un mois", None, {"timeline": 30}),
        ("אנחנו רוצים להתחיל בעוד חודש", None, {"timeline": 30}),
        ("ما در سال ۲۰۱۵ تاسیس شدیم", None, {}),  # in the year 2015, not in a year
        ("بودجه ما ۸۰۰ دلار در ماه است", None, {}),  # 800 dollars in a month: a month's amount, no date
        # a month's name that is an English word too, after a day's number only
        ("vi kan starte 1. mars", None, {"timeline": 99}),
        ("tidligst 1. marts", None, {"timeline": 99}),
        ("mars and venus lol", None, {}),
        ("team of 12 here", None, {}),
        # a name, a word of another meaning, a single character: no date
        ("Hi, I'm Julio from Acme", None, {}),
        ("金融", "industry", {}),
        ("mai bas options dekh raha hu", None, {}),
    ],
)
def test_when_in_any_language(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(_only("timeline", facts(extractor, text, answering)), expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # thousands, currency names and "a month" in CLDR's words
        ("anggaran kami sekitar 3 ribu dolar per bulan", None, {"budget": 36000}),
        ("asi 40 tisíc dolarů", "budget", {"budget": 40000}),
        ("תקציב של בערך 2000 דולר לחודש", "budget", {"budget": 24000}),
        ("बजट 2 लाख डॉलर", "budget", {"budget": 200000}),
        # "za měsíc" after no amount is "in a month", and a thousand of nothing is no budget
        ("za měsíc začneme", None, {}),
    ],
)
def test_amounts_in_any_language(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(_only("budget", facts(extractor, text, answering)), expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # the borrowed word with a case ending, a compound's first part, another script
        ("pracuję w banku", None, {"industry": "financial_services"}),
        ("energibransjen", "industry", {"industry": "energy"}),
        ("Energia enpresa bat gara", None, {"industry": "energy"}),
        ("እኛ የቴሌኮም ኩባንያ ነን", "industry", {"industry": "telecom"}),
        # an adjective after its noun is no second trade
        ("siamo una piccola banca cooperativa", None, {"industry": "financial_services"}),
        # asked about, or their clients': not theirs
        ("vocês atendem hospitais?", None, {}),
        ("nuestros clientes son hospitales", None, {}),
        # English words and names near a trade word are no borrowing
        ("just a high schooler, curious lol", None, {}),
        ("saw you at SaaStr, great talk", None, {}),
        ("i'm trialing it for the team", None, {}),
        ("what does the pro plan include?", None, {}),
    ],
)
def test_borrowed_trade_words(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(_only("industry", facts(extractor, text, answering)), expected)


def test_a_phrase_is_found_with_any_number_a_particle_after_it_or_a_letter_before_it() -> None:
    table: PhraseTable[str] = PhraseTable()
    table.add(key_of(f"через {NUMBER} недели"), "in weeks")
    table.add(key_of("다음 주"), "next week")
    table.add(key_of("החודש הבא"), "next month")
    found = [(m.value, m.number) for m in table.matches("начнём через 12 недели, 다음 주에 או בחודש הבא")]
    assert found == [("in weeks", "12"), ("next week", ""), ("next month", "")]
    assert list(table.matches("через, 12 недели")) == []  # a comma between the words breaks the phrase
    # only Hebrew, Arabic and Ethiopic join a one-letter word to the next: elsewhere another first letter is
    # another word ("через" is not "берез")
    table.add(key_of("березня"), "march")
    assert list(table.matches("черезня")) == []


def test_built_phrases_are_kept_in_the_shared_cache_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRICING_ASSISTANT_CACHE", str(tmp_path))
    get_settings.cache_clear()
    builds: list[int] = []

    def build() -> dict[tuple[str, ...], str]:
        builds.append(1)
        return {("през",): "through"}

    try:
        assert cached_phrases("test-table", build, "v1") == {("през",): "through"}
        assert cached_phrases("test-table", build, "v1") == {("през",): "through"}
        assert len(builds) == 1  # the second process reads the first one's table
        cached_phrases("test-table", build, "v2")  # another version of the inputs builds its own
        assert len(builds) == 2
        assert len(list(tmp_path.glob("test-table-*.pickle"))) == 1  # the other version's table is gone
        for path in tmp_path.glob("test-table-*.pickle"):
            path.write_bytes(b"not a pickle")
        assert cached_phrases("test-table", build, "v2") == {("през",): "through"}  # unreadable: built again
    finally:
        get_settings.cache_clear()


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # how many: employees, people, "there are N of us" (bot/nlu/core_words.py)
        ("meillä on 40 työntekijää", None, {"company_size": 40}),
        ("אנחנו 25 עובדים", None, {"company_size": 25}),
        ("mae 9 ohonom ni yn y swyddfa", None, {"company_size": 9}),
        # who decides
        ("olen omistaja", "authority", {"authority": "decision_maker"}),
        ("ég er framkvæmdastjóri", None, {"authority": "decision_maker"}),
        ("jag har inget inflytande", "authority", {"authority": "no_authority"}),
        ("karar müdürümde", "authority", {"authority": "influencer"}),
        # when
        ("ei kiirettä", "timeline", {"timeline": 365}),
        ("cât mai repede", "timeline", {"timeline": 0}),
        # the trade, and a discount for a trade, which is asked, not said
        ("sigorta sektöründeyiz", None, {"industry": "financial_services"}),
        ("chúng tôi là công ty phần mềm", None, {"industry": "software"}),
        ("vakuutusyhtiö", "industry", {"industry": "financial_services"}),
        ("Có giảm giá cho trường học không?", None, {}),
        # a count said after its word (Russian's "about"), Chinese numerals before a counter, Hebrew's duals
        ("в отделе продаж и вообще у нас человек 120", None, {"company_size": 120}),
        ("我们公司大约三十人", None, {"company_size": 30}),
        ("נרצה להתחיל בעוד חודשיים", None, {"timeline": 61}),
        # the period after the amount: Welsh, Norwegian, Basque before it
        ("£100 y mis", "budget", {"budget": 1524}),
        ("hilabeteko 300 euro", "budget", {"budget": 3888}),
        # not alone: with a co-owner they decide, with the team they weigh in
        ("ich entscheide nicht alleine", "authority", {"authority": "influencer"}),
        ("ik beslis niet alleen, samen met mijn compagnon", "authority", {"authority": "decision_maker"}),
        # a count after its noun in Swahili, a founder in Chinese, the board deciding in Polish
        ("sisi ni wafanyakazi 25", None, {"company_size": 25}),
        ("我是创始人", "authority", {"authority": "decision_maker"}),
        ("decyduje zarząd, ja tylko zbieram opcje", "authority", {"authority": "influencer"}),
        ("inget brådskande, vi tittar bara", "timeline", {"timeline": 365}),
    ],
)
def test_the_words_that_carry_the_facts(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # a day and month in the CJK scripts, and "by" it
        ("2월 10일까지 도입하고 싶어요", None, {"timeline": 80}),
        ("我们希望二月一号上线", None, {"timeline": 71}),
        # an ordinal day before a month's name, the start of a month, the end of one
        ("θέλουμε να ξεκινήσουμε 2η Μαρτίου", None, {"timeline": 100}),
        ("on veut démarrer début février", None, {"timeline": 71}),
        ("potřebujeme to do konce února", None, {"timeline": 98}),
        # a rate said after the amount and its currency in the language's own word
        ("budjetti on 1000 euroa kuukaudessa", None, {"budget": 12960}),
        # a head count written with a dot for thousands, answering
        ("2.500 circa", "company_size", {"company_size": 2500}),
    ],
)
def test_dates_rates_and_counts_as_the_world_writes_them(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(_only(next(iter(expected)), facts(extractor, text, answering)), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my cofounder and I are checking this out", {}),
        ("just me and my cofounder", {"company_size": 2}),
        ("my wife and I run it, that's it", {"company_size": 2}),
    ],
)
def test_two_who_look_around_are_no_head_count(
    extractor: QualificationExtractor, text: str, expected: dict[str, object]
) -> None:
    assert_reads(_only("company_size", facts(extractor, text)), expected)


def test_every_core_word_is_read_as_its_own_english() -> None:
    """A word the other glossaries already read is not listed again in core_words.py, where it would be dead."""
    from bot.nlu import core_words, far_words, other_words

    read_otherwise = [
        (word, english, other_words.OTHER_WORDS[word])
        for english, words in core_words.SPACED_CORE
        for word in words
        if other_words.OTHER_WORDS[word] != english
    ] + [
        (word, english, far_words.UNSPACED_WORDS[word])
        for english, words in core_words.UNSPACED_CORE
        for word in words
        if far_words.UNSPACED_WORDS[word] != english
    ]
    assert read_otherwise == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # running or owning the business, in the verb's first person
        ("je dirige une école privée de 60 personnes", "decision_maker"),
        ("prowadzę biuro rachunkowe", "decision_maker"),  # Polish: I run an accounting office
        ("omistan pienen yrityksen", "decision_maker"),  # Finnish: I own a small company
        # who decides and whose legwork, in Japanese, Korean, Chinese, Thai, Czech and Swedish
        ("私は情報収集担当で、決めるのは部長です", "influencer"),
        ("저는 그냥 정보만 모으는 중이고 결정권은 전혀 없어요", "no_authority"),
        ("我只是帮老板收集一下报价,我自己完全没有发言权", "no_authority"),
        ("หัวหน้าเป็นคนตัดสินใจค่ะ ฉันแค่หาข้อมูล", "influencer"),
        ("rozhoduje jednatel, já jen sbírám nabídky", "influencer"),
        ("jag har inget att säga till om", "no_authority"),
        # the owner's title where it read before
        ("ik ben eigenaar van een webshop", "decision_maker"),
        # running a department is not owning the business
        ("I run payroll for a hotel", None),
    ],
)
def test_who_decides_in_the_words_of_more_languages(
    extractor: QualificationExtractor, text: str, expected: str | None
) -> None:
    assert facts(extractor, text, None).get("authority") == expected


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # a number and its unit in the locale's own case, after the glossary's "within"
        ("нам нужно запуститься в течение 90 дней", None, {"timeline": 90}),
        ("chcemy wdrożyć w ciągu 90 dni", None, {"timeline": 90}),
        ("bọn mình muốn triển khai trước ngày 1 tháng 8", None, {"timeline": 252}),  # a day and month, not 1 month
        # as soon as possible, zero, the visitor and a partner deciding
        ("hurtigst muligt", "timeline", {"timeline": 0}),
        ("我係老闆，公司有10個人，想盡快開始", None, {"timeline": 0, "company_size": 10}),
        ("jsme nezisková organizace, 12 lidí, rozpočet nula", None, {"budget": 0, "company_size": 12}),
        ("c'est mon associé et moi", "authority", {"authority": "decision_maker"}),
        (
            "Nous sommes un cabinet de conseil de 25 personnes, c'est mon associé et moi qui décidons",
            None,
            {"company_size": 25, "authority": "decision_maker", "industry": "professional_services"},
        ),
        (
            "We are a consulting firm of 25 people, it's me and my partner who decide",
            None,
            {"company_size": 25, "authority": "decision_maker", "industry": "professional_services"},
        ),
    ],
)
def test_units_soon_zero_and_partners_in_more_languages(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a period after an amount and a slash, in the locale's word or abbreviation (CLDR's, through dateparser)
        ("vi lägger 12 000 sek/mån på det", {"budget": 12_000 * 0.095 * 12}),
        ("nasz budżet to 900 eur/mies.", {"budget": 900 * 1.08 * 12}),
        ("budjetti 250 €/kk", {"budget": 250 * 1.08 * 12}),
        # the period glued to the word for budget
        ("ons kwartaalbudget is €5.000", {"budget": 5_000 * 1.08 * 4}),
        ("unser Monatsbudget: 700 €", {"budget": 700 * 1.08 * 12}),
        ("vårt årsbudget är 40 000 sek", {"budget": 40_000 * 0.095}),
        ("我们的月预算是800美元", {"budget": 9_600}),
        ("연간 예산은 5,000달러입니다", {"budget": 5_000}),
        # a comma before three digits groups thousands ("1,500" had been read as 1.5)
        ("한 달에 2,500달러까지 가능해요", {"budget": 30_000}),
        # a plan of ours, priced in a question
        ("スタンダードプランは月額3,000円ですか？", {}),
        # the dollar named by its country, as people say it
        ("about 4k canadian dollars a year", {"budget": 4_000 * 0.73}),
        ("we could do 1500 aussie dollars a month", {"budget": 1_500 * 0.66 * 12}),
        # the Latin suffixes each language spells its own way (and "ș" is no boundary: "școală" holds no "coal")
        ("suntem o firmă de construcții", {"industry": "construction"}),
        ("trabajamos en educación", {"industry": "education"}),
        ("egy egyetem vagyunk", {"industry": "education"}),
        ("suntem o școală", {}),
        # the head is named first: what a business is "of" does not override it
        ("we are an NGO of adult education", {"industry": "nonprofit"}),
        # ours, or others' business asked for, is not theirs
        ("we were featured in your newsletter", {}),
        ("do you have case studies from healthcare?", {}),
        ("ihr habt Referenzen aus dem Einzelhandel?", {}),
        ("मेरी बहन का एक रेस्टोरेंट है", {}),
        # dates of the premises, and money spent on something else
        ("our lease runs out in february", {}),
        ("my visa expires in april, just fyi", {}),
        ("the new office will be completed in may", {}),
        ("دفعنا 5000 دولار الشهر الماضي على الإعلانات", {}),
        # their legwork, with the final word elsewhere
        ("i'm only doing the legwork, my director signs", {"authority": "influencer"}),
        ("i just make suggestions, the owner decides", {"authority": "influencer"}),
        # a trade and "company" written as one word, in the Nordic languages, Finnish and Estonian
        ("vi är ett byggbolag med 30 anställda", {"industry": "construction", "company_size": 30}),
        ("vi er et lite konsulentselskap", {"industry": "professional_services"}),
        ("olemme pieni logistiikkayritys", {"industry": "logistics"}),
        ("meie ehitusettevõte", {"industry": "construction"}),
        ("vi är en liten redovisningsbyrå på 9 pers", {"industry": "professional_services", "company_size": 9}),
        # Danish and Norwegian "et", Swedish "en": articles
        ("vi er et hotel med 40 ansatte", {"industry": "hospitality", "company_size": 40}),
        # Vietnamese visitors call themselves "em"
        (
            "em là chủ một khách sạn, 6 nhân viên",
            {"authority": "decision_maker", "company_size": 6, "industry": "hospitality"},
        ),
        # a size said not to be it, then what it is; the boss in slang
        ("we aren't 300, more like 30", {"company_size": 30}),
        ("we are not 80 but 8", {"company_size": 8}),
        ("i'm the gaffer", {"authority": "decision_maker"}),
    ],
)
def test_the_families_batch_74_showed(
    extractor: QualificationExtractor, text: str, expected: dict[str, object]
) -> None:
    """Periods after a slash or glued to the budget, dollars by country; borrowed trades, whose business it is,
    dates of other things; compounds, articles, pronouns and corrected sizes (none of them batch 74's phrasings)."""
    assert_reads(facts(extractor, text), expected)


_GLOSSARIES = Path(__file__).resolve().parents[2] / "bot" / "nlu" / "dictionary"
_COUNT_WORDS = ("employees", "staff", "people")


def _glossary(name: str) -> list[tuple[str, list[str]]]:
    phrases = json.loads((_GLOSSARIES / name).read_text(encoding="utf-8"))
    return [(english, [*phrases["spaced"].get(english, []), *phrases["unspaced"].get(english, [])])
            for english in sorted({*phrases["spaced"], *phrases["unspaced"]})]  # fmt: skip


@pytest.mark.parametrize("english, forms", _glossary("deciding_phrases.json"))
def test_every_form_of_who_decides_reads_as_its_english(
    extractor: QualificationExtractor, english: str, forms: list[str]
) -> None:
    """The helper-written glossary of 66 languages: each form alone says what its English says."""
    expected = facts(extractor, english).get("authority")
    assert expected is not None
    assert [form for form in forms if facts(extractor, form).get("authority") != expected] == []


@pytest.mark.parametrize(
    "english, forms", [(english, forms) for english, forms in _glossary("trade_words.json") if english not in
                       ("company", "owner", "we are", "car dealership")]  # (the tests' taxonomy has no dealers)
)  # fmt: skip
def test_every_trade_and_count_word_of_forty_languages_reads_as_its_english(
    extractor: QualificationExtractor, english: str, forms: list[str]
) -> None:
    if english in _COUNT_WORDS:
        assert [form for form in forms if facts(extractor, f"30 {form}").get("company_size") != 30] == []
        return
    expected = facts(extractor, english, "industry").get("industry")
    assert expected is not None
    assert [form for form in forms if facts(extractor, form, "industry").get("industry") != expected] == []


def test_a_factored_alternation_finds_the_longest_phrase_as_a_flat_one_does() -> None:
    import re

    from bot.nlu.phrase_table import alternation

    words = ["im monat", "monat", "mon", "im", "über 30", "ü", "a.b", "a", "ab", "abc", "x|y"]
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    factored = re.compile(alternation(words), re.I)
    for text in ["Im Monat über 30 abcd", "abx mon monatlich", "a.b x|y ü", "nothing here", "AB ABC"]:
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in flat.finditer(text)]


_MONEY_FRAMES = {
    "per month": "500 dollars {}", "per year": "500 dollars {}", "budget": "{} 5000 dollars", "no budget": "{}",
    "thousand": "5 {} dollars", "million": "2 {} dollars", "dollars": "5000 {}", "euros": "5000 {}",
}  # fmt: skip


@pytest.mark.parametrize("english, forms", _glossary("time_words.json"))
def test_every_form_of_when_and_how_much_in_forty_four_languages_reads_as_its_english(
    extractor: QualificationExtractor, english: str, forms: list[str]
) -> None:
    """Time as the reply to "when", money in an amount's frame; as the batches are scored (3 days, 1%)."""
    if english in _MONEY_FRAMES:
        frame, entity = _MONEY_FRAMES[english], "budget"
        expected = facts(extractor, frame.format(english)).get(entity)
        read = {form: facts(extractor, frame.format(form)).get(entity) for form in forms}
    else:
        entity, expected = "timeline", facts(extractor, english, "timeline").get("timeline")
        read = {form: facts(extractor, form, "timeline").get("timeline") for form in forms}
    assert expected is not None
    tolerance = max(1.0, 0.01 * float(expected)) if entity == "budget" else 3  # type: ignore[arg-type]
    assert {form: value for form, value in read.items() if value is None or abs(value - expected) > tolerance} == {}  # type: ignore[operator]


def test_a_word_the_glossary_knows_in_another_case_is_read_not_a_crash(extractor: QualificationExtractor) -> None:
    """Unicode case: "yil" and "YIL" match the Turkish "y\u0131l" the glossary holds; lower() does not give it back."""
    assert facts(extractor, "biz 1 yil sonra başlamak istiyoruz") is not None
    assert facts(extractor, "İŞ YERİ, 5 YIL") is not None
    assert "budget" not in facts(extractor, "1.2.3달러")  # no number: left as said, not a ValueError


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # what a figure is said of, before a comma; the wrong figure someone else gave, and theirs
        ("the rent is brutal, like 9k a month", None, {}),
        ("not 200 as the form says, closer to 120", "company_size", {"company_size": 120}),
        ("we're not 300 like the big guys, more like 30", None, {"company_size": 30}),
        # customers named before a trade, in three words of any language
        ("nuestros clientes principales son hoteles", None, {}),
    ],
)
def test_what_a_figure_or_a_trade_is_said_of(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert_reads(facts(extractor, text, answering), expected)


def test_crowns_with_a_word_only_swedish_writes_are_swedish(extractor: QualificationExtractor) -> None:
    """ "kr" is a Swedish, Norwegian or Danish crown; "/mån" says which, with no ä or ö in the message."""
    assert_reads(facts(extractor, "budget 12 000 kr/mån", "budget"), {"budget": 12_000 * 0.095 * 12})
    assert_reads(facts(extractor, "5000 kr om måneden", "budget"), {})  # Danish or Norwegian: asked again
