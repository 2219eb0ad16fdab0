"""Head counts said with occupations no list holds, read through WordNet (bot/nlu/wordnet_words.py)."""

import pytest

from bot.nlu.company_size import find_company_sizes
from bot.nlu.extractor import QualificationExtractor
from bot.nlu.wordnet_industry import WordNetIndustries
from bot.nlu.wordnet_words import WordNetWords

pytestmark = pytest.mark.skipif(
    not WordNetIndustries({}).wordnet_dir.joinpath("data.noun").is_file(),
    reason="WordNet data missing (scripts/install-wordnet.sh)",
)
PEOPLE = WordNetWords()


def sizes(text: str) -> list[int]:
    return [found.value for found in find_company_sizes(text, people=PEOPLE)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("we're 14 electricians", [14]),  # any trade
        ("7 pharmacists and 2 cashiers", [9]),  # a team in parts is one team
        ("4 architects, 3 draftsmen and an office manager", [8]),  # "an office manager" is one more
        ("30 seasonal pickers plus me", [31]),  # the visitor counts too
        ("me and 2 bookkeepers", [3]),
        ("me and my business partner, that's it", [2]),
        ("5 bakeries with about 8 bakers each", [40]),  # sites times people at each
        ("2 shifts of 12", [24]),
        ("120 sales and support reps", [120]),  # qualifiers between the number and the people
    ],
)
def test_people_named_by_what_they_do_are_counted(text: str, expected: list[int]) -> None:
    assert sizes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we have 800 customers",
        "about 3000 patients a year",
        "we host 40 guests a night",
        "we need 25 licenses for our agents",
        "a chain of 9 toy stores",
        "we sell 200 units a month",
        "300 students enrolled",
    ],
)
def test_people_the_business_serves_and_things_are_not_its_size(text: str) -> None:
    assert sizes(text) == []


def test_a_range_or_a_denied_size_is_left_to_the_rules() -> None:
    assert sizes("between 40 and 60 engineers") == [50]
    assert sizes("we're not 500 staff, more like 50") != [500]


def test_words_wordnet_does_not_know_as_people_are_not_counted() -> None:
    assert not PEOPLE.is_staff("boilers") and not PEOPLE.is_staff("furnaces") and PEOPLE.is_staff("techs")


@pytest.mark.clock  # the extractor reads today's date for timelines
def test_who_works_there_names_the_industry_when_nothing_else_does() -> None:
    from bot.nlu.extractor import QualificationExtractor
    from bot.settings import get_settings

    settings = get_settings()
    extractor = QualificationExtractor.from_files(settings.taxonomy_path, settings.currencies_path)
    found = {f.entity: f.value for f in extractor.extract("4 pharmacists, 3 nurses and a cashier")}
    assert found == {"company_size": 8, "industry": "healthcare"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("there were 12 of us in 2021 and today we're 30", [30]),
        ("19 today; we had 14 a year ago", [19]),
        ("we've doubled from 60 to 120 people since spring", [120]),
        ("used to be about 80, now 64 after the restructuring", [64]),
        ("down from 300 to 210 staff", [210]),
    ],
)
def test_a_team_told_then_and_now_is_todays_team(text: str, expected: list[int]) -> None:
    assert sizes(text) == expected


def test_what_grew_beside_the_team_is_not_the_team() -> None:
    assert sizes("we had 10 clients last year, now 45") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our headcount is 230 after the merger", [230]),
        ("roughly 64 people on the payroll", [64]),
        ("we onboarded our 12th hire last week", [12]),
        ("my husband and me, that's the whole company", [2]),
        ("me & my business partner", [2]),
    ],
)
def test_the_team_counted_by_another_name(text: str, expected: list[int]) -> None:
    assert sizes(text) == expected


def test_partners_who_own_it_beside_a_count_of_staff_are_not_the_size() -> None:
    assert sizes("a bakery with 14 staff, my sister and I own it") == [14]


def test_a_freelancer_mentioned_in_passing_is_not_a_company_of_one() -> None:
    assert sizes("we're 25 or so, give or take a freelancer") != [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("employee count is roughly 140-160", [150]),
        ("we're 18 at the moment, recruiting 4 more next quarter", [18]),
        ("6 of us including me", [6]),
        ("14 now, we were 9 in march", [14]),
    ],
)
def test_the_count_named_the_hires_to_come_and_the_visitor_already_counted(text: str, expected: list[int]) -> None:
    assert sizes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 on the road, 2 in the office, and me", [9]),  # counts by where they work, and the visitor
        ("3 on the shop floor plus 2 at head office", [5]),
        ("10 on the tools, 4 in the warehouse", [14]),
    ],
)
def test_counts_by_where_people_work_add_up(text: str, expected: list[int]) -> None:
    assert sizes(text) == expected


@pytest.mark.parametrize("text", ["5 on average", "3 on the waitlist", "2 on the call"])
def test_on_what_is_no_place_of_work(text: str) -> None:
    assert sizes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "we take on about 30 temps every christmas",  # a season's hires
        "planning to recruit 12 engineers in 2027",
        "hiring up to 8 drivers this spring",
    ],
)
def test_hires_said_alone_are_not_the_team(text: str) -> None:
    assert sizes(text) == []


@pytest.mark.parametrize("text", ["the average order size is 300", "our ticket size is 25k", "batch size is 50"])
def test_the_size_of_something_else_is_not_the_team(text: str) -> None:
    assert sizes(text) == []


def test_the_size_of_the_team_is() -> None:
    assert sizes("team size is 12") == [12]


def reply(text: str) -> list[int]:
    return [found.value for found in find_company_sizes(text, whole_answer=True, people=PEOPLE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15, though we're recruiting 3 more soon", [15]),  # the hires to come after the team
        ("about 40 I think, and adding 10 in spring", [40]),
        ("30 odd, forgot to count the 2 interns, still 30", [30]),  # the people a figure leaves out
    ],
)
def test_a_reply_counts_the_team_not_its_hires(text: str, expected: list[int]) -> None:
    assert reply(text) == expected


@pytest.mark.parametrize(
    "text", ["we run 12 restaurants, no clue on staff numbers", "about 40 branches, headcount I'd have to check"]
)
def test_a_reply_that_counts_places_counts_no_one(text: str) -> None:
    assert reply(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the company is 18 people plus 4 interns", 22),  # words for people as such chain like occupations
        ("we're 35 in the office and 10 remote", 45),  # a count named by where it works, after the first
        ("40 staff across two sites plus about 15 contractors", 55),
        ("HQ has 200 people and the other site another 300", 500),  # "another" adds a further count
        ("200 people at HQ and the other site another 300", 500),
        ("we're 50 now, hiring another 20 next year", 50),  # hires to come are not the team
        ("we have 200 employees and another 300 customers", 200),
        ("12 employees but 3000 customers", 12),  # "but" before other things counted is no correction
        ("we're under 10 people, like 7", 7),  # "like 7" after a count corrects it
        ("we're like 8 people + a shop dog", 8),  # a dog is first an animal
        ("solar installer, 35 ppl, me and my brother own it", 35),  # "me" begins the next sentence
        ("we're 20 people and 5 volunteers", 20),  # volunteers work there unpaid: not the size
        ("7 of us in the office and 3 remote", 10),  # "of us" counts people too
        ("we run 3 cafés with about 10 people each", 30),  # units spelt with accents
        ("a hundred or so people", 100),  # a hedge between the figure and the people, and no budget
        ("seven full time, two part time, one intern", 10),  # counted by how they work
        ("30 FT + 10 PT + the 2 of us", 42),
        ("two of us full time plus two part-time devs", 4),
        ("my cofounder and I plus 5 devs", 7),  # people named one by one before a team
        ("me, my brother, and 2 part-time helpers", 4),
        ("Somos entre 30 y 40 empleados", 35),
        ("Siamo in 25, più 3 stagisti", 28),  # the team as a bare figure, then its parts
        ("siamo in 30 più o meno", 30),
        ("18 people, I'm one of the two owners", 18),  # who the visitor is, not the size
        ("We employ about 1,200 people, though only our 30-person support team would use this", 1200),
        ("two of us on support, four engineers, one designer, plus the two founders", 9),
    ],
)
def test_a_team_said_in_parts_is_summed_and_nothing_else_is(extractor, text: str, expected: int) -> None:
    assert extractor.first(text, "company_size").value == expected


@pytest.mark.parametrize(
    "reply, expected", [("somewhere between 50 and 70", 60), ("40 or 50", 45), ("50, well 60 now", 60)]
)
def test_a_range_in_a_reply_is_read_at_its_middle_and_a_correction_at_its_end(
    extractor, reply: str, expected: int
) -> None:
    assert extractor.first(reply, "company_size", answering="company_size").value == expected


@pytest.mark.parametrize(
    "text", ["our parent company has 8,000 employees but we're run independently", "somos una constructora"]
)
def test_a_group_the_business_belongs_to_or_an_article_is_no_size(extractor, text: str) -> None:
    assert extractor.first(text, "company_size") is None


@pytest.mark.parametrize(
    "text, answering, expected",
    [
        # the count corrected by its name, whatever question is open
        ("change the team size to 25", None, {"company_size": 25}),
        ("update headcount to 40 pls", "industry", {"company_size": 40}),
        ("set company size to 12", "budget", {"company_size": 12}),
        ("headcount is now 25", None, {"company_size": 25}),
        # a size planned is not the size
        ("we want to grow team size to 40 next year", None, {}),
        # the unit said only with the figure disowned: the bare one meant is the same kind
        ("not 800 staff, 80 - my bad", None, {"company_size": 80}),
        ("sorry, 45 not 450 people", None, {"company_size": 45}),
        ("we are not 50 people yet", None, {}),
        ("that 200 was our users, employees are 18", None, {"company_size": 18}),
        # what they spend on ads is no budget of theirs for this
        ("our ad spend is about 12k a month, can you help with that?", None, {}),
    ],
)
def test_a_count_corrected_by_its_name(
    extractor: QualificationExtractor, text: str, answering: str | None, expected: dict[str, object]
) -> None:
    assert {f.entity: f.value for f in extractor.extract(text, answering=answering)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what the business is, then "of" its head count
        ("we're a nonprofit of 30 and honestly have zero budget", 30),
        ("we are a clinic of 12 people", 12),
        ("we're a company of 18 but growing fast", 18),
        # things counted, not people
        ("we're a chain of 30 stores", None),
        ("we're a school of 400 students", None),
        # an article in another language is no count ("en una agencia": in an agency)
        ("che, somos 15 en una agencia de diseño", 15),
    ],
)
def test_a_business_of_a_head_count(extractor, text: str, expected: int | None) -> None:
    found = {f.entity: f.value for f in extractor.extract(text)}
    assert found.get("company_size") == expected, found


@pytest.mark.parametrize(
    "text",
    [
        # two who argue or wonder are who is talking, not how many work there
        "me and my cofounder were arguing about your pricing page lol",
        "my cofounder and me were arguing about monthly vs annual billing",
        # the one they gather it for is not in the count
        "just gathering info for my uncle, I won't be involved in the decision at all",
        # users priced, asked in Vietnamese
        "giá cho 30 người dùng là bao nhiêu?",
    ],
)
def test_people_named_beside_what_they_do_are_no_head_count(extractor, text: str) -> None:
    assert "company_size" not in {f.entity for f in extractor.extract(text)}
