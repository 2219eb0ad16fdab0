from pathlib import Path

import pytest

from bot.nlu.company_size import find_company_sizes
from bot.nlu.extractor import QualificationExtractor
from bot.nlu.taxonomy import INDUSTRY_IDS, load_taxonomy
from bot.yamlfile import ConfigFileError
from tests.conftest import SALES_FIXTURES


def industry(extractor: QualificationExtractor, text: str, answering: str | None = None) -> str | None:
    found = extractor.first(text, "industry", answering=answering)
    return found.value if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a credit union", "financial_services"),
        ("we make auto parts", "manufacturing"),
        ("Shopify store", "retail"),
        ("K-12 district", "education"),
        ("freight forwarding", "logistics"),
        ("law firm", "professional_services"),
        ("NGO", "nonprofit"),
        ("solar installer", "energy"),
        ("we run a chain of dental clinics", "healthcare"),
        ("Hotels", "hospitality"),
        ("two dairy farms", "agriculture"),
    ],
)
def test_what_visitors_say_maps_to_one_industry(extractor: QualificationExtractor, text: str, expected: str) -> None:
    assert industry(extractor, text) == expected


def test_a_role_is_not_an_industry(extractor: QualificationExtractor) -> None:
    assert industry(extractor, "software engineer at a bank") == "financial_services"


def test_other_counts_only_as_a_whole_answer(extractor: QualificationExtractor) -> None:
    assert industry(extractor, "other", answering="industry") == "other"
    assert industry(extractor, "we tried other tools before and they were slow") is None


def test_the_taxonomy_file_covers_every_contract_id() -> None:
    taxonomy = load_taxonomy(SALES_FIXTURES / "industries.yml")
    assert set(taxonomy.synonyms) == set(INDUSTRY_IDS)


def test_a_mistake_in_the_taxonomy_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "industries.yml"
    path.write_text("industries:\n  software:\n    - saas\n  banking:\n    - bank\n")
    with pytest.raises(ConfigFileError, match=r"industries.yml:4: unknown industry id 'banking'"):
        load_taxonomy(path)
    path.write_text("industries:\n  software:\n    - bank\n  financial_services:\n    - bank\n")
    with pytest.raises(ConfigFileError, match=r":5: phrase 'bank' is listed under both"):
        load_taxonomy(path)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("about 200 employees", 200),
        ("team of 15", 15),
        ("5,000 people", 5000),
        ("a 300-person bank", 300),
        ("just me", 1),
        ("between 50 and 100 staff", 75),
        ("10-20 employees", 15),
        ("5k employees", 5000),
        ("two thousand employees", 2000),
        ("headcount is 350", 350),
        ("we employ 80", 80),
        ("a dozen people", 12),
        ("me and my cofounder", 2),
    ],
)
def test_company_size_in_employees(text: str, expected: int) -> None:
    [found] = find_company_sizes(text)
    assert found.value == expected


@pytest.mark.parametrize(
    "text", ["0 employees", "-5 employees", "1e9 people", "we have 10 users", "around 200", "we spend 200 a month"]
)
def test_no_size_from_impossible_or_unrelated_numbers(text: str) -> None:
    assert find_company_sizes(text) == []


def test_a_bare_number_is_a_size_only_as_an_answer() -> None:
    assert [f.value for f in find_company_sizes("around 200", whole_answer=True)] == [200]


@pytest.mark.parametrize(
    ("reply", "size"),
    [
        ("30ish, half a mil", 30),  # the budget said in the same breath is not the head count
        ("uh 40 people, budget 2 million", 40),
        ("50, well 60 now", 60),
    ],
)
def test_the_head_count_in_a_reply_is_not_the_money_beside_it(reply: str, size: int) -> None:
    from bot.nlu.company_size import find_company_sizes

    assert [f.value for f in find_company_sizes(reply, whole_answer=True)] == [size]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("we haul timber from the mills to the ports", "logistics"),  # carrying goods is the business, not the goods
        ("we sell houses, small brokerage up north", "real_estate"),  # what they do beats a generic office word
        ("county department of parks and recreation", "government"),  # a public body, whatever its department does
        ("city of springfield, water utility billing", "government"),
    ],
)
def test_what_the_business_does_beats_the_things_it_names(
    extractor: QualificationExtractor, text: str, expected: str
) -> None:
    assert industry(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a family-run hôtel by the lake", "hospitality"),
        ("we're a small clínica", "healthcare"),
        ("we do property mgmt for landlords", "real_estate"),
        ("contract mfg for medical devices", "manufacturing"),
    ],
)
def test_accents_and_shorthand_name_the_business_all_the_same(
    extractor: QualificationExtractor, text: str, expected: str
) -> None:
    assert industry(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we roast coffee beans for supermarkets", "manufacturing"),
        ("we distill gin in a small town", "manufacturing"),
        ("we look after 120 holiday lets for owners", "real_estate"),
        ("we produce true-crime podcasts", "media"),
        ("wir sind ein kleines Reisebüro", "hospitality"),
        ("we develop scheduling apps for gyms", "software"),
    ],
)
def test_what_the_business_does_names_it_when_no_word_of_the_taxonomy_does(
    extractor: QualificationExtractor, text: str, expected: str
) -> None:
    assert industry(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 30 of us selling handmade candles online", "retail"),  # the team, counted, selling
        ("cofounder, we're building a scheduling app for dentists", "software"),  # software being made
        ("i'm developing a habit tracking web app", "software"),
        ("we operate a fleet of 25 tankers", "logistics"),  # heavy vehicles run are a haulier's
        ("we run refrigerated lorries up and down the uk", "logistics"),
        ("we help freelancers send invoices with our app", "software"),  # done with their own software
        ("manager at a tiny tour company", "hospitality"),  # a role at a business names it
    ],
)
def test_what_the_business_does_said_in_other_ways(extractor: QualificationExtractor, text: str, expected: str) -> None:
    assert industry(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we spent 12k on a new crm last year",  # what they bought
        "last quarter we invested 20k in a website rebuild",
        "we have 4,000 customers on our platform",
        "writing an essay on the trucking industry",  # an outsider's subject
    ],
)
def test_what_they_bought_or_write_about_is_not_their_business(extractor: QualificationExtractor, text: str) -> None:
    assert industry(extractor, text) is None


def test_where_a_student_works_is_their_industry(extractor: QualificationExtractor) -> None:
    assert industry(extractor, "working at a hospital part-time, this is for my thesis") == "healthcare"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb and its object say the business; the other nouns are its customers, places or materials
        ("we provide equipment financing to farms and bakeries", "financial_services"),
        ("we write mortgages for first-time buyers in ohio", "financial_services"),
        ("we underwrite cargo for shipping lines", "financial_services"),
        ("we supply green energy to schools and hospitals", "energy"),
        ("we generate wind power for the grid", "energy"),
        ("we run fiber internet service for small towns", "telecom"),
        ("small rural carrier covering two counties", "telecom"),
        ("we pave driveways and parking lots for homeowners", "construction"),
        ("we roof commercial buildings", "construction"),
        ("we host a weekly talk show about gardening", "media"),
        ("we publish two regional newspapers", "media"),
    ],
)
def test_what_a_business_does_names_it_whatever_it_does_it_for(
    extractor: QualificationExtractor, text: str, expected: str
) -> None:
    assert industry(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we sell power tools to contractors", "retail"),  # power tools are goods, not energy
        ("we sell insurance software to brokers", "software"),  # software for insurers, not an insurer
    ],
)
def test_a_verb_of_another_business_or_goods_named_alike_is_not_that_business(
    extractor: QualificationExtractor, text: str, expected: str | None
) -> None:
    assert industry(extractor, text) == expected


@pytest.mark.parametrize(
    "text, industry",
    [
        ("the company is 18 people plus 4 interns", None),  # interns are no hospital's
        ("40 staff plus about 15 contractors", None),  # contractors counted are no builder
        ("HQ has 200 people and the other site another 300", None),
        ("Sono il titolare di un hotel con 35 dipendenti", "hospitality"),  # "con" is "with", no convict
        ("we run a taco joint", "hospitality"),  # food served at a place
        ("pizza place here", "hospitality"),
        ("we're a funeral home", "other"),  # a compound WordNet knows is read whole: no home
        ("we own a bowling alley", "other"),  # premises no industry of ours names
        ("we run a gold mine in Nevada", "other"),
    ],
)
def test_who_and_where_say_the_industry_only_when_they_name_it(extractor, text: str, industry: str | None) -> None:
    found = extractor.first(text, "industry")
    assert (found.value if found else None) == industry


@pytest.mark.parametrize(
    "text, industry",
    [
        ("we build and sell a scheduling app for salons", "software"),  # two things done to one product
        ("we design and manufacture e-bike frames", "manufacturing"),
        ("My husband and I run a little bed & breakfast", "hospitality"),  # "&" joins a compound
        ("we spent 30k on a failed CRM rollout in 2024 so I'm wary", None),  # a tool bought is no business
        ("Somos uma pequena vinha familiar no Douro", "agriculture"),
        ("Sou diretora financeira de uma cooperativa de crédito", "financial_services"),
    ],
)
def test_what_the_business_does_or_is_called(extractor, text: str, industry: str | None) -> None:
    found = extractor.first(text, "industry")
    assert (found.value if found else None) == industry
