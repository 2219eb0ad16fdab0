import pytest

from bot.nlu.authority import DECISION_MAKER, INFLUENCER, NO_AUTHORITY, find_authority, role_in_reply
from bot.nlu.extractor import QualificationExtractor


def authority(text: str) -> str | None:
    found = find_authority(text)
    return found[0].value if found else None


@pytest.mark.parametrize(
    "text",
    [
        "I'm the CTO",
        "CEO here",
        "i'm the founder",
        "co-founder",
        "VP of Sales",
        "head of operations",
        "director of IT",
        "owner of a small agency",
        "I sign off on purchases",
        "I own the budget",
        "I make the final call",
        "it's my call",
        "chief marketing officer",
        "managing director",
    ],
)
def test_titles_and_ownership_phrases_mean_decision_maker(text: str) -> None:
    assert authority(text) == "decision_maker"


@pytest.mark.parametrize(
    "text",
    [
        "I'd have to run it by our CFO",
        "I need approval from my boss",
        "there's an evaluation committee",
        "I'll make a recommendation",
        "my manager decides",
        "i'm a marketing manager",
        "I need to ask our CEO",
        "software engineer here",
        "team lead",
    ],
)
def test_influence_phrases_and_roles_mean_influencer(text: str) -> None:
    assert authority(text) == "influencer"


@pytest.mark.parametrize(
    "text",
    [
        "I'm a student",
        "intern here",
        "I have no say in purchasing",
        "not my decision",
        "researching for a school project",
    ],
)
def test_students_interns_and_no_say_mean_no_authority(text: str) -> None:
    assert authority(text) == "no_authority"


def test_someone_elses_title_is_not_the_visitors() -> None:
    assert authority("I report to the director") is None
    assert authority("our CEO decides") == "influencer"


def test_nothing_is_claimed_without_a_role() -> None:
    assert authority("we are 50 people") is None
    assert authority("how much does it cost?") is None


@pytest.mark.parametrize(
    "text",
    [
        "I'm not the CEO",
        "I am not the owner, just looking",
        "not the founder, I just work here",
        "no I am not the president of the company",
    ],
)
def test_a_title_the_visitor_denies_holding_means_no_authority(text: str) -> None:
    assert authority(text) == "no_authority"


def test_after_a_denied_title_the_title_they_do_hold_counts() -> None:
    assert authority("I'm not the CTO, I'm a developer") == "influencer"
    assert authority("I'm not a manager, I'm the owner") == "decision_maker"
    assert authority("I'm not the founder but I'm the COO") == "decision_maker"


def test_a_title_denied_of_others_or_owned_by_someone_else_says_nothing_of_the_visitor() -> None:
    assert authority("we're a team of 12 and nobody here is a director") is None
    assert authority("I'm the owner's assistant") == "influencer"


@pytest.mark.parametrize(
    "text",
    [
        "I don't make the call",
        "I won't be the one signing",
        "I'm not in charge of purchasing",
        "I don't hold the budget",
        "the decision isn't mine",
        "I'm not the decision-maker here",
    ],
)
def test_saying_what_they_do_not_decide_means_no_authority(text: str) -> None:
    assert authority(text) == "no_authority"


@pytest.mark.parametrize(
    "text",
    [
        # someone else named as deciding: the visitor is at the company and has a say (the batches' convention)
        "I don't decide, my boss does",
        "the decision is not mine, my manager decides",
        "I don't make the decision, just gathering info for my manager",
        "my director will take the final call",
        "ultimately the VP of sales, but I'm the one shortlisting",
    ],
)
def test_the_decision_given_to_someone_else_leaves_the_visitor_a_say(text: str) -> None:
    assert authority(text) == "influencer"


def test_no_say_at_all_stays_no_say_whoever_decides() -> None:
    assert authority("the owner, I'm just a receptionist and I don't get a say") == "no_authority"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("this is my own print shop", "decision_maker"),  # a business the visitor owns, named any way
        ("i opened a small bistro last year", "decision_maker"),
        ("we run a boutique hotel", None),  # "we" may be anyone who works there
        ("it's my team that would use it", None),  # a team is not a business
        ("that will be my call in the end", "decision_maker"),
        ("I have sign-off on tooling", "decision_maker"),
        ("i need our COO's blessing first", "influencer"),
        ("I'll pitch it to the partners", "influencer"),
        ("not the owner, but she usually goes with whatever I pick", "influencer"),
        ("I don't sign anything but I'm evaluating vendors", "influencer"),
        ("i don't have any say, just gathering prices for my boss", "no_authority"),
        ("freelance reporter writing up a story on sales software", "no_authority"),
        ("honestly I'm at a competitor, curious about your tiers", "no_authority"),
    ],
)
def test_roles_said_without_a_title(text: str, expected: str | None) -> None:
    from bot.nlu.wordnet_words import WordNetWords

    found = find_authority(text, WordNetWords())
    assert (found[0].value if found else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("our ceo", INFLUENCER),  # the reply names who decides: someone else, for whom they ask
        ("my manager", INFLUENCER),
        ("nobody really, just nosy", NO_AUTHORITY),
        ("nobody else, it's just me", DECISION_MAKER),
        ("no one but me", DECISION_MAKER),
    ],
)
def test_who_decides_answered_in_a_word(text: str, expected: str) -> None:
    assert [f.value for f in role_in_reply(text)] == [expected]


@pytest.mark.parametrize(
    "text", ["pulling together options for the leadership team", "i'm putting together a short list of tools"]
)
def test_gathering_options_for_others_is_a_say(text: str) -> None:
    assert [f.value for f in find_authority(text)] == [INFLUENCER]


@pytest.mark.parametrize(
    "text",
    [
        "managing director of the uk branch, reporting to the group ceo",
        "i'm the president of our chapter but i report to the national board",
        "I'll be handing this over to the execs once I've seen a demo",
        "the partners usually take my recommendation on tools",
    ],
)
def test_a_deciding_title_under_someone_or_a_voice_they_listen_to_is_a_say(text: str) -> None:
    assert authority(text) == INFLUENCER


@pytest.mark.parametrize(
    "text",
    ["ich bin der geschäftsführer", "je suis la gérante de l'agence", "ik ben de eigenares", "je suis le patron ici"],
)
def test_the_head_of_the_business_in_other_languages_decides(text: str) -> None:
    from bot.nlu.other_words import in_english

    english, _ = in_english(text, list(range(len(text))))
    assert authority(english) == DECISION_MAKER


@pytest.mark.parametrize("text", ["sole proprietor, so it's on me", "I'm self-employed", "i'm a one-man band really"])
def test_working_alone_is_deciding(text: str) -> None:
    assert authority(text) == DECISION_MAKER


def test_a_title_at_another_firm_is_not_the_visitors() -> None:
    assert authority("the CEO of one of our suppliers told us about you") is None


@pytest.mark.parametrize(
    "text",
    ["honestly I'm the person who signs off", "that's me who makes the final call", "i am the only one who approves"],
)
def test_naming_yourself_as_the_one_who_decides_is_deciding(text: str) -> None:
    assert authority(text) == DECISION_MAKER


def test_someone_else_named_as_the_one_who_decides_is_a_say() -> None:
    assert authority("our COO is the one who decides") == INFLUENCER


@pytest.mark.parametrize(
    "text",
    [
        "I need to discuss it with my manager first",
        "we have to sort this out with our CFO",
        "got to double check pricing with the board before anything",
    ],
)
def test_what_must_first_be_settled_with_someone_above_is_a_say(text: str) -> None:
    assert authority(text) == INFLUENCER


@pytest.mark.parametrize(
    "text", ["i need to run payroll with the finance team", "we need to integrate with the owner portal"]
)
def test_working_with_a_team_or_a_system_is_no_say(text: str) -> None:
    assert authority(text) is None


@pytest.mark.parametrize(
    "text",
    ["our board has final word on renewals", "the owner gets last say", "our CEO has final say, i just gather quotes"],
)
def test_someone_else_with_final_say_is_a_say_with_or_without_the(text: str) -> None:
    assert authority(text) == INFLUENCER


@pytest.mark.parametrize("text", ["partially, it's shared with finance", "to some extent", "sort of, i recommend"])
def test_a_say_in_part_is_a_say(text: str) -> None:
    assert authority(text) == INFLUENCER


@pytest.mark.parametrize(
    "text",
    ["head of marketing, shortlisting vendors for our department", "SVP operations, evaluating options for my org"],
)
def test_a_deciding_title_that_evaluates_for_their_own_team_decides(text: str) -> None:
    assert authority(text) == DECISION_MAKER


@pytest.mark.parametrize(
    "text", ["director of IT, evaluating options for the board", "head of sales, evaluating it for our CEO"]
)
def test_a_deciding_title_that_evaluates_for_someone_above_has_a_say(text: str) -> None:
    assert authority(text) == INFLUENCER


@pytest.mark.parametrize(
    "text",
    ["our CEO needs this live before Q2", "my manager expects a shortlist by friday", "the board wants one in place"],
)
def test_someone_above_who_wants_it_leaves_the_visitor_a_say(text: str) -> None:
    assert authority(text) == INFLUENCER


@pytest.mark.parametrize(
    "text",
    [
        "got a job interview at your company tomorrow",
        "applying for a support role at your company, learning the product",
        "interviewing with you on thursday, just prepping",
    ],
)
def test_a_job_candidate_has_no_say(text: str) -> None:
    assert authority(text) == NO_AUTHORITY


def test_interviewing_candidates_is_not_a_job_candidate() -> None:
    assert authority("we're interviewing candidates next week") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a claim set right after a denial is the one the visitor settles on
        ("I'm an intern, actually no, I'm the owner", "decision_maker"),
        ("not my decision... well ok it kinda is, I'm the founder", "decision_maker"),
        # not alone: with a co-owner they decide; otherwise they share it
        ("I don't decide alone, I decide with my business partner", "decision_maker"),
        ("I don't decide it on my own", "influencer"),
        # no input at all
        ("just pulling prices for our director, I don't really get input", "no_authority"),
    ],
)
def test_what_the_visitor_settles_on_and_shares(extractor: QualificationExtractor, text: str, expected: str) -> None:
    found = {f.entity: f.value for f in extractor.extract(text)}
    assert found.get("authority") == expected, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # someone else's title, talked about in the third person
        ("the CTO asked me to compare a few tools", "influencer"),
        ("the VP of marketing forwarded me your page", None),
        ("the owner of the coworking space we rent from is nice", None),
        # the budget held, a decision shared with a colleague, a part played once
        ("the budget is mine", "decision_maker"),
        ("the decision is joint between me and our COO", "influencer"),
        ("I used to own a restaurant", None),
        # a title at a job they left, a title of ours, a relative who owns it and decides
        ("the VP of sales at my old job used you guys", None),
        ("I was CEO of my last startup, so I know how this goes", None),
        ("the CEO of yours gave a great talk", None),
        ("ראיתי את ההרצאה של המנכ״ל שלכם", None),  # Hebrew: I saw your CEO's talk
        ("御社の社長のインタビューを読みました", None),  # Japanese: I read your president's interview
        ("my dad owns it and makes the calls, i just manage ops", "influencer"),
        ("אני מייסד של סטארטאפ תוכנה", "decision_maker"),  # Hebrew: I am a founder of a software startup
        ("giám đốc quyết định, em chỉ tìm hiểu thôi", "influencer"),  # Vietnamese: the director decides
    ],
)
def test_whose_title_and_when(extractor: QualificationExtractor, text: str, expected: str | None) -> None:
    found = {f.entity: f.value for f in extractor.extract(text)}
    assert found.get("authority") == expected, found


@pytest.mark.parametrize("text", ["recommend something", "pls recommend a plan", "ok recommend one for us"])
def test_asking_us_to_recommend_claims_no_part_in_the_choice(text: str) -> None:
    # "recommend something" to the consent question changed a decision maker's role to influencer
    assert authority(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # someone else's decision, where the dictionaries read only the decision's word and who takes it
        ("die Entscheidung trifft mein Chef", {"authority": INFLUENCER}),
        ("o patrão toma a decisão, eu só pesquiso", {"authority": INFLUENCER}),
        ("решение принимает директор, я собираю цены", {"authority": INFLUENCER}),
        # the visitor's own decision, a past one, an old boss's: no influencer
        ("my old boss made the decision to switch to you", {}),
        ("the board decided to open a second office last year", {}),
        ("it's my decision, not my boss's", {"authority": DECISION_MAKER}),
        # a relative's or friend's role, read through the dictionaries, is not the visitor's
        ("我朋友是一家工厂的老板", {}),
        ("mi cuñado es el CEO de una startup, me habló de ustedes", {}),
        ("my wife and i own it together", {"authority": DECISION_MAKER}),
    ],
)
def test_someone_elses_decision_in_words_the_dictionaries_read(
    extractor: QualificationExtractor, text: str, expected: dict[str, str]
) -> None:
    assert {f.entity: f.value for f in extractor.extract(text) if f.entity == "authority"} == expected


def test_a_two_letter_number_word_last_in_a_sentence_is_another_languages_word() -> None:
    from bot.nlu.other_words import is_english
    from bot.nlu.world_numbers import shared_world_numbers

    numbers = shared_world_numbers(is_english)
    # "он" is ten in Kazakh and "he" in Russian; "ده" (ten) still counts before the word it counts
    assert numbers.readings("решает он") == []
    assert [english for _, _, english in numbers.readings("ما ده نفر هستیم")] == ["10"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the title named as the reply, then "she" or "he": the title is someone else's
        ("the ceo, but she usually goes with my pick", "influencer"),
        ("the owner, she's my mom 😂 i just help out", "influencer"),
        ("our founder, he signs everything", "influencer"),
        # the visitor's own title, with someone else after it
        ("I'm the CEO, she's my cofounder", "decision_maker"),
    ],
)
def test_a_title_followed_by_she_or_he_is_theirs(extractor: QualificationExtractor, text: str, expected: str) -> None:
    found = {f.entity: f.value for f in extractor.extract(text, answering="authority")}
    assert found.get("authority") == expected, found
