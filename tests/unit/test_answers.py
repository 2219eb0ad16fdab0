import pytest

from bot.dialog.answers import (
    SELF_EMPLOYED,
    UNKNOWN,
    check_company,
    check_discovery,
    check_email,
    check_person_name,
    consent_in,
    contact_reading,
    describe,
    figure_corrected,
    name_and_company,
    takes_back_consent,
)
from bot.nlu.extractor import QualificationExtractor


@pytest.mark.parametrize(
    "slot, raw, expected",
    [
        ("budget", 80000, 80000.0),
        ("budget", "roughly 10-15k a month", 150000.0),
        ("budget", "0", 0.0),
        ("company_size", "about 200 employees", 200),
        ("company_size", "around 200", 200),
        ("company_size", 300.0, 300),
        ("timeline", "3 months", 92),
        ("timeline", 30, 30),
        ("industry", "we run dental clinics", "healthcare"),
        ("industry", "software", "software"),
        ("authority", "I'd have to run it by our CFO", "influencer"),
        ("authority", "decision_maker", "decision_maker"),
    ],
)
def test_answers_are_normalized(extractor: QualificationExtractor, slot: str, raw: object, expected: object) -> None:
    verdict = check_discovery(slot, raw, extractor)
    assert verdict.ok and verdict.value == expected


@pytest.mark.parametrize(
    "slot, raw",
    [
        ("budget", -5000),
        ("budget", 10**12),
        ("budget", "lots"),
        ("budget", "-5k"),
        ("budget", True),
        ("company_size", 0),
        ("company_size", "zero"),
        ("company_size", -3),
        ("company_size", "1e9 people"),
        ("timeline", -1),
        ("timeline", "purple elephants"),
        ("industry", "asdfgh"),
        ("industry", "banking_corp"),
        ("authority", "the moon"),
        ("budget", None),
        ("budget", float("nan")),
    ],
)
def test_impossible_answers_are_rejected_with_a_clear_reask(
    extractor: QualificationExtractor, slot: str, raw: object
) -> None:
    verdict = check_discovery(slot, raw, extractor)
    assert not verdict.ok
    assert verdict.problem == f"utter_invalid_{slot}"


def test_a_skipped_answer_is_kept_as_unknown(extractor: QualificationExtractor) -> None:
    assert check_discovery("budget", UNKNOWN, extractor).value == UNKNOWN


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("jane@acme.com", "jane@acme.com"),
        ("it's Jane.Doe+chat@acme.co.uk thanks", "Jane.Doe+chat@acme.co.uk"),
        ("JANE@ACME.COM", "JANE@acme.com"),  # the domain is case-blind, the mailbox is the server's business
    ],
)
def test_emails_are_found_in_the_reply(raw: str, expected: str) -> None:
    assert check_email(raw).value == expected


@pytest.mark.parametrize(
    "raw",
    [
        "not an email",
        "jane@",
        "@acme.com",
        "jane@acme",
        "",
        "jane..doe@acme.com",
        "jane@-acme.com",
        "jane.@acme.com",
        "a" * 65 + "@acme.com",
    ],
)
def test_not_an_email_is_rejected(raw: str) -> None:
    assert check_email(raw).problem == "utter_invalid_email"


def test_names_and_companies_lose_their_lead_in() -> None:
    assert check_person_name("my name is jane doe").value == "Jane Doe"
    assert check_person_name("I'm McKenzie").value == "McKenzie"
    assert check_company("I work at Acme Corp.").value == "Acme Corp"
    assert check_person_name("sure, priya raman").value == "Priya Raman"  # the agreement is not part of the name
    assert check_person_name("um it's Anna").value == "Anna"
    assert check_company("yes - Acme").value == "Acme"
    assert check_company("Sure Thing Labs").value == "Sure Thing Labs"
    assert not check_person_name("12345").ok
    assert not check_person_name("jane@acme.com").ok
    # a stranger's "thursday 2pm" and "forget it, just email me" were kept as names ("Thanks, Forget!")
    assert not check_person_name("thursday 2pm").ok
    assert not check_person_name("forget it, just email me").ok
    assert check_person_name("Anna-Lena Schmidt").value == "Anna-Lena Schmidt"
    assert check_person_name("Pam Ames").value == "Pam Ames"


def test_answers_are_described_in_plain_words() -> None:
    assert describe("budget", 80000) == "$80,000 a year"
    assert describe("budget", 0) == "no budget yet"
    assert describe("timeline", 92) == "in about 3 months"
    assert describe("authority", "influencer") == "influencer (others approve)"


@pytest.mark.parametrize(
    ("text", "consent"),
    [
        ("so ok", True),
        ("well yes", True),
        ("um sure", True),
        ("i guess so", True),
        ("fair enough", True),
        ("oh no", False),
        ("well, rather not", False),
        ("hmm", None),
        ("so what do you keep?", None),
    ],
)
def test_a_typed_yes_or_no_is_read_past_opening_fillers(text: str, consent: bool | None) -> None:
    assert consent_in(text) is consent


@pytest.mark.parametrize(
    "said", ["no company, just me", "i'm a freelancer", "self employed", "sole trader", "it's only me, no business"]
)
def test_no_company_is_an_answer_not_a_company_called_that(said: str) -> None:
    assert check_company(said).value == SELF_EMPLOYED


@pytest.mark.parametrize("name", ["Just Me Productions Ltd", "Myself & Co", "Brightwave", "Solo Labs"])
def test_a_company_name_with_those_words_in_it_is_still_the_name(name: str) -> None:
    assert check_company(name).value == name


@pytest.mark.parametrize(
    ("said", "name", "company"),
    [
        ("Jane from Acme", "Jane", "Acme"),
        ("it's Anna at Northwind Traders", "Anna", "Northwind Traders"),
        ("tom @ globex", "tom", "globex"),
        ("Priya, Initech Ltd", "Priya", "Initech Ltd"),
        ("Tom (Globex Inc)", "Tom", "Globex Inc"),
        ("Acme GmbH", None, "Acme GmbH"),
        ("Kessler & Sons", None, "Kessler & Sons"),
        ("we're Acme", None, "Acme"),
        ("i'm from Initech", None, "Initech"),
        ("company is Globex", None, "Globex"),
        ("Raman, Priya", "Raman, Priya", None),
        ("Jean-Luc Picard", "Jean-Luc Picard", None),
        ("Anna with the marketing team", "Anna", None),
        ("my name is jane doe", "jane doe", None),
        # a stranger's "Me llamo Alejandro Ruiz" was thanked as "Me"
        ("Me llamo Alejandro Ruiz", "Alejandro Ruiz", None),
        ("ich bin Lena Kessler", "Lena Kessler", None),
        ("je m'appelle Claire", "Claire", None),
    ],
)
def test_a_company_said_where_the_name_was_asked_is_kept_apart_from_the_name(
    said: str, name: str | None, company: str | None
) -> None:
    assert name_and_company(said) == (name, company)


@pytest.mark.parametrize(
    ("said", "email"),
    [
        ("marco at rossiretail dot com", "marco@rossiretail.com"),
        ("jo [at] acme [dot] co [dot] uk", "jo@acme.co.uk"),
        ("it's lena.k at kessler dot de", "lena.k@kessler.de"),
    ],
)
def test_an_address_spelled_out_is_read_as_the_address(said: str, email: str) -> None:
    assert check_email(said).value == email
    assert contact_reading("email", said) == {"email": email}


@pytest.mark.parametrize("asked", ["person_name", "email", "company"])
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # a stranger's "Dr. Ana Ruiz, ana.ruiz@…, St Mary Health" lost the name, then filed the company as the name
        (
            "Dr. Ana Ruiz, ana.ruiz@stmary.example, St Mary Health",
            {"person_name": "Dr. Ana Ruiz", "email": "ana.ruiz@stmary.example", "company": "St Mary Health"},
        ),
        (
            "I'm Mark Chen, mark.chen@ledgerly.example, company Ledgerly",
            {"person_name": "Mark Chen", "email": "mark.chen@ledgerly.example", "company": "Ledgerly"},
        ),
        (
            "sure - jo@acme.example - Jo Park - Acme Labs",
            {"person_name": "Jo Park", "email": "jo@acme.example", "company": "Acme Labs"},
        ),
        (
            "Lena Kessler; lena@kessler.example; I work at Kessler Bau",
            {"person_name": "Lena Kessler", "email": "lena@kessler.example", "company": "Kessler Bau"},
        ),
        (
            "Sam Ortiz, Ortiz & Sons, sam@ortiz.example",
            {"person_name": "Sam Ortiz", "email": "sam@ortiz.example", "company": "Ortiz & Sons"},
        ),
    ],
)
def test_contact_details_given_together_are_each_kept_whichever_was_asked(
    asked: str, said: str, expected: dict[str, str]
) -> None:
    assert contact_reading(asked, said) == expected


@pytest.mark.parametrize(
    ("said", "details"),
    [
        (
            "hi im maria lopez, maria@lopezlaw.com, we're a 12 person law firm\nyes",
            {"person_name": "Maria Lopez", "email": "maria@lopezlaw.com"},
        ),
        ("I'm Tom Baker from Acme, tom@acme.io", {"person_name": "Tom Baker", "email": "tom@acme.io"}),
        ("im the cto, x@example.com", {"email": "x@example.com"}),  # a title is no name
        ("im new here, x@example.com", {"email": "x@example.com"}),
        ("we're 40 people, need sso", {}),
    ],
)
def test_details_typed_before_the_consent_are_read_for_when_it_is_given(said: str, details: dict) -> None:
    # Maria gave her name and email in her first message and was asked "What's your name?" after agreeing
    from bot.dialog.answers import details_said_before

    assert details_said_before(said) == details


@pytest.mark.parametrize(
    ("text", "details"),
    [
        ("dana@brightlabs.co", {"email": "dana@brightlabs.co"}),  # it was read as a no, and the lead lost
        ("dana kim", {"person_name": "Dana Kim"}),
        ("not now", {}),
        ("i dont know", {}),
        ("maybe later", {}),
        ("who are you", {}),
    ],
)
def test_details_typed_to_the_consent_question_are_a_yes_with_them(text: str, details: dict) -> None:
    from bot.dialog.answers import details_offered

    assert details_offered(text) == details


@pytest.mark.parametrize(
    ("said", "company"),
    [
        ("I already told you, LedgerLoop", "LedgerLoop"),
        ("like I said, it's Acme", "Acme"),
        ("Ledger Loop", "Ledger Loop"),
    ],
)
def test_a_company_said_again_is_kept_without_the_reminder(said: str, company: str) -> None:
    # "I already told you, LedgerLoop" was kept as the company name
    assert check_company(said).value == company


@pytest.mark.parametrize(
    ("said", "known", "changed"),
    [
        ("wait actually it's more like 30 now", {"company_size": 18, "budget": 12000.0}, {"company_size": 30}),
        ("sorry, more like 15000", {"company_size": 18, "budget": 12000.0}, {"budget": 15000.0}),
        ("actually 30", {"company_size": 25, "budget": 40.0}, {}),  # near both: which one is not guessed
        ("more like 30 and 40", {"company_size": 25}, {}),
    ],
)
def test_a_bare_figure_said_as_a_correction_changes_the_answer_it_is_near(
    said: str, known: dict, changed: dict
) -> None:
    from bot.dialog.answers import figure_corrected

    # "wait actually it's more like 30 now" got "Just tell me the new answer", and 30 was never kept
    assert figure_corrected(said, known) == changed


@pytest.mark.parametrize("said", ["VP of sales at pipeflow", "VP", "head of ops"])
def test_a_title_typed_where_the_name_was_asked_is_no_name(said: str) -> None:
    # the lead was thanked as "VP Of Sales At Pipeflow", another as "VP"
    assert not check_person_name(said).value


@pytest.mark.parametrize(
    ("text", "consent"),
    [
        # "ok thanks bye" to the consent question was taken as a yes, and the name was asked next
        ("ok thanks bye", None),
        ("cool, gotta go", None),
        # a plain yes with a goodbye is still a yes
        ("yes you can keep them, bye", True),
        ("no thanks, bye", False),
    ],
)
def test_a_goodbye_at_the_consent_question_is_no_yes(text: str, consent: bool | None) -> None:
    assert consent_in(text) is consent


def test_a_figure_a_digit_off_said_as_a_correction_changes_the_answer_it_was_meant_for() -> None:
    # "sorry i meant 250, typo" of a team kept as 25 got "just tell me the new answer", and Starter was suggested
    assert figure_corrected("sorry i meant 250, typo", {"company_size": 25, "budget": 80000.0}) == {"company_size": 250}
    assert figure_corrected("sorry 15", {"company_size": 150}) == {"company_size": 15}


@pytest.mark.parametrize(
    ("said", "taken_back"),
    [
        ("wait, i didn't say yes", True),
        ("i never agreed to that", True),
        ("changed my mind, dont keep my info", True),
        ("i take it back", True),
        ("Dan", False),
        ("i changed my mind about the budget, it's 20k", False),
        ("yes that's fine", False),
        ("didn't say my last name, it's Ortiz", False),
    ],
)
def test_a_yes_to_keeping_details_is_taken_back_only_when_said(said: str, taken_back: bool) -> None:
    assert takes_back_consent(said) is taken_back
