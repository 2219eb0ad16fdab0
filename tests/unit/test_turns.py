"""Reading a reply in context: what a person reading the chat would take it to be."""

from __future__ import annotations

import pytest

from bot.dialog.buttons import LastButtons, payload_for
from bot.dialog.turns import (
    Reading,
    Reply,
    agrees_to_questions,
    asks_to_erase,
    asks_what_noted,
    besides_signal,
    gives_consent,
    read_reply,
    reply_from,
)


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("BrightPeak", "human", "company"),  # a one-word company name the classifier calls a request for a person
        ("Acme GmbH", "stop", "company"),
        ("like 25 guys incl the field crews", "faq", "company_size"),  # slang read as a security question
        ("Paul Young", "stop", "person_name"),
        ("we do tours for cruise ships", "compare", "industry"),
        ("St Mary's", "explain", "company"),
    ],
)
def test_a_reply_to_the_pending_question_is_its_answer_whatever_the_intent(text: str, intent: str, slot: str) -> None:
    assert read_reply(Reply(text, intent, slot)) is Reading.ANSWER


@pytest.mark.parametrize(
    "text",
    [
        "Can I just talk to someone in sales?",
        "i want to speak with a real person",
        "put me through to a sales rep",
        "human please",
        "can someone from your team call me",
        "is there a humna i can talk to :)",  # a typo, and the person named before the verb
        "we need 120 licenses asap, who do i talk to",
        # a stranger's refusal and shouting were kept as the industry and the team size
        "I don't want to answer questions, I want a human",
        "HUMAN. AGENT. PERSON.",
        "ugh just get me a person",
    ],
)
def test_a_request_for_a_person_wins_in_any_state(text: str) -> None:
    assert read_reply(Reply(text, "inform", "budget")) is Reading.HUMAN
    assert read_reply(Reply(text, "faq", None)) is Reading.HUMAN


@pytest.mark.parametrize(
    "text",
    [
        # a stranger's "can you give me a phone number or sales email?" got the price list
        "can you give me a phone number or sales email?",
        "whats the sales email",
        "is there a number I can call",
        "how do i contact sales",
        "how can we get in touch with your sales team?",
        "I'd like to reach someone in sales",
        "do you have a phone number for sales?",
    ],
)
def test_asking_how_to_reach_sales_is_a_request_for_a_person(text: str) -> None:
    assert read_reply(Reply(text, "faq", None)) is Reading.HUMAN


@pytest.mark.parametrize(
    "text",
    [
        "do you have phone support?",  # a support question
        "my phone number is 555 0100",  # their own details
        "we need a tool for sales emails",  # their own sales
        "our sales email campaigns go out weekly",
        "can it log sales calls from our reps",
    ],
)
def test_phones_and_sales_of_their_own_are_no_request_for_a_person(text: str) -> None:
    assert read_reply(Reply(text, "faq", None)) is not Reading.HUMAN


def _slips(text: str) -> list[str]:
    """Every way fast typing mangles one word of five letters or more: two letters swapped, one dropped."""
    words = text.split(" ")
    found = []
    for i, word in enumerate(words):
        if len(word) < 5 or not word.isalpha():
            continue
        for at in range(1, len(word) - 1):
            for slip in (word[:at] + word[at + 1] + word[at] + word[at + 2 :], word[:at] + word[at + 1 :]):
                if slip != word:
                    found.append(" ".join([*words[:i], slip, *words[i + 1 :]]))
    return found


_REQUESTS = [
    "is there a human i can talk to",
    "can i speak to someone in sales",
    "connect me with a person please",
    "is there someone we could speak with",
    "i would rather talk to a real person",
]


@pytest.mark.parametrize("text", [slip for request in _REQUESTS for slip in _slips(request)])
def test_a_request_for_a_person_survives_a_typo_in_any_word(text: str) -> None:
    assert read_reply(Reply(text, "faq", "company_size")) is Reading.HUMAN


def test_asking_what_the_assistant_is_is_not_asking_for_a_person() -> None:
    assert read_reply(Reply("am I talking to a person?", "bot_challenge", None)) is Reading.OTHER
    assert read_reply(Reply("are you a real human", "bot_challenge", None)) is Reading.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "we're ready to move forward on Enterprise, do you sign a BAA?",
        "we want to sign this month",
        "can I get a quote for 40 seats",
        "send me a proposal",
        "how do we buy this",
        "ready to purchase, what's next",
        "reday to buy, what's the next step",  # a typo does not hide the signal
        "we need 120 licenses asap",
        "what's the next step?",  # asking how to go on
        "ok so how do we proceed",
        "where do we go from here",
        "ok, I'm in!",
        "which plan would you recommend for us? can you recommend one",
        # asking where to sign or how to pay (a stranger's "where do i sign?" got the questions and no way to buy)
        "where do i sign?",
        "take my money lol",
        "ok sign us up",
        "we'll take the business plan",
        "how can i pay for it?",
        "how do we upgrade",
    ],
)
def test_buying_signals_are_read_as_such_outside_a_question(text: str) -> None:
    assert read_reply(Reply(text, "faq", None)) is Reading.BUYING


@pytest.mark.parametrize(
    "text",
    [
        "i'm in PST",  # where they are, not "count me in"
        "we're in chicago, what are your support hours?",
        "correction: we're in logistics, not retail",
        "why does it matter what industry we're in?",
        "can you recommend a good pizza place near me",  # a recommendation of something else
        "how do we pay invoices in your tool?",  # paying with the product, not for it
        "we take it seriously",
    ],
)
def test_where_they_are_and_other_recommendations_are_no_buying_signal(text: str) -> None:
    assert read_reply(Reply(text, "faq", None)) is not Reading.BUYING


def test_questions_and_meant_commands_are_not_taken_as_answers() -> None:
    assert read_reply(Reply("do you integrate with hubspot?", "inform", "budget")) is Reading.QUESTION
    assert read_reply(Reply("tell me about SSO first", "inform", "industry")) is Reading.QUESTION
    assert read_reply(Reply("why do you need that", "explain", "budget")) is Reading.QUESTION
    assert read_reply(Reply("rather not say", "skip", "budget")) is Reading.COMMAND
    assert read_reply(Reply("ok", "acknowledge", "company")) is Reading.COMMAND
    # ...but a value for the pending question is its answer even in a question's shape
    assert read_reply(Reply("about 40?", "faq", "company_size", answers_requested=True)) is Reading.ANSWER


def test_a_typed_button_title_is_the_button() -> None:
    buttons = [
        {"title": "I make the decision", "payload": '/inform{"authority": "decision_maker"}'},
        {"title": "I recommend, others approve", "payload": '/inform{"authority": "influencer"}'},
        {"title": "I'm just researching", "payload": '/inform{"authority": "no_authority"}'},
    ]
    assert payload_for("I'm just researching", buttons) == '/inform{"authority": "no_authority"}'
    assert payload_for("im just reserching", buttons) == '/inform{"authority": "no_authority"}'
    assert payload_for("i recommend, others approve.", buttons) == '/inform{"authority": "influencer"}'
    assert payload_for("I make most decisions but the board signs", buttons) is None
    assert payload_for("/affirm", buttons) is None
    zones = [{"title": "Japan", "payload": "/tz_jp"}, {"title": "UK", "payload": "/tz_uk"}]
    assert payload_for("japna", zones) == "/tz_jp"


def test_the_buttons_remembered_are_the_last_ones_shown_to_that_conversation() -> None:
    memory = LastButtons(capacity=2)
    memory.remember("a", [{"text": "Shall I?", "buttons": [{"title": "Sure, go ahead", "payload": "/affirm"}]}])
    assert memory.resolve("a", "sure go ahead") == "/affirm"
    assert memory.resolve("b", "sure go ahead") == "sure go ahead"
    memory.remember("a", [{"text": "What industry?"}])
    assert (
        memory.resolve("a", "sure go ahead") == "sure go ahead"
    )  # the buttons are gone once a message without them follows


def test_what_a_message_after_booking_asks_about_the_call() -> None:
    from bot.dialog.turns import booking_request

    assert booking_request("can I add my colleague to the invite?") == "add_guest"
    assert booking_request("please also invite ana@acme.com") == "add_guest"
    assert booking_request("can we do another time?") == "reschedule"
    assert booking_request("where's the zoom link?") == "details"
    assert booking_request("thanks, talk soon") is None


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("so how much is it", Reading.QUESTION),  # an opening filler does not hide a question
        ("um what do you need that for", Reading.QUESTION),
        ("well, thanks", Reading.COMMAND),  # nor a thank-you that is not an answer
        ("uh hi", Reading.COMMAND),
        ("so, 40 people", Reading.ANSWER),
    ],
)
def test_opening_fillers_are_read_past(text: str, reading: Reading) -> None:
    assert read_reply(Reply(text, "inform", "company_size")) is reading


@pytest.mark.parametrize(
    ("text", "asks_more"),
    [
        ("so which plan fits us?", False),  # the signal asked as a question: nothing else to answer
        ("how do we buy this", False),
        ("ready to buy, do you support SSO?", True),  # a question of its own beside the signal
        ("we're ready to move forward on Enterprise, do you sign a BAA?", True),
    ],
)
def test_what_a_buying_signal_asks_besides_itself(text: str, asks_more: bool) -> None:
    assert bool(besides_signal(text)) is asks_more


@pytest.mark.parametrize("said", ["sure", "fine", "ugh whatever", "yes", "ok then", "yep"])
@pytest.mark.parametrize("pending", ["industry", "company_size", "budget", "timeline"])
def test_a_bare_yes_or_shrug_answers_no_question_about_the_business(said: str, pending: str) -> None:
    assert read_reply(Reply(said, "affirm", pending)) is Reading.COMMAND


def test_a_typed_yes_still_answers_the_role_and_consent_questions() -> None:
    assert read_reply(Reply("yes", "affirm", "authority")) is Reading.ANSWER


@pytest.mark.parametrize(
    "said",
    [
        "alright, ask ur qustions",
        "i guess alright, ask ur questions",
        "ok fine, fire away",
        "go ahead and ask",
        "ok let's do the questins",
        "ok fine, go ahaed",
        "fine, aks away",
    ],
)
def test_letting_the_assistant_ask_is_a_yes_typos_and_all(said: str) -> None:
    # the classifiers read these as show_options or stop (a typo misleads both); the words say yes
    assert agrees_to_questions(said)


@pytest.mark.parametrize(
    "said",
    [
        "don't ask me questions",
        "not now, maybe later",
        "can I ask you something?",
        "ok",
        "alright",
        "no",
        "let's do the questions later",
    ],
)
def test_refusals_questions_and_a_bare_ok_are_no_yes(said: str) -> None:
    # a bare "ok" after an offer acknowledges the answer the offer followed (tests/stories/heldout_openings.yml)
    assert not agrees_to_questions(said)


@pytest.mark.parametrize(
    "text", ["we need a human resources tool", "we need an agent inbox", "a rep to handle onboarding"]
)
def test_a_product_need_named_with_person_words_is_no_request_for_one(text: str) -> None:
    assert read_reply(Reply(text, "inform", "industry")) is Reading.ANSWER


@pytest.mark.parametrize("text", ["huh", "come again?", "i don't get it", "???"])
def test_a_puzzled_reply_to_a_question_is_no_answer_to_it(text: str) -> None:
    # a stranger's "huh" to the role question was kept "as you said it"
    assert read_reply(Reply(text, "inform", "authority")) is Reading.QUESTION


@pytest.mark.parametrize(
    ("text", "pending", "reading"),
    [
        ("idk like 60?", "company_size", Reading.ANSWER),  # it got "I don't want to guess"
        ("maybe 5k a month?", "budget", Reading.ANSWER),
        ("around 3 months??", "timeline", Reading.ANSWER),
        ("is 60 too many?", "company_size", Reading.QUESTION),
        ("how much for 60?", "company_size", Reading.QUESTION),
    ],
)
def test_a_figure_said_unsure_of_itself_answers_the_pending_question(text: str, pending: str, reading: Reading) -> None:
    assert read_reply(Reply(text, "faq", pending, False)) is reading


def _parsed(text: str, intent: str, answerable: bool) -> dict:
    return {"text": text, "intent": {"name": intent}, "faq_answer": {"topic": "faq/x", "answerable": answerable}}


@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("gdpr and where is data stored", "company_size"),  # it was kept as the team size "in your words"
        ("hubspot and slack mostly", "budget"),  # kept as the budget
        ("depends on the discount", "budget"),
        ("data must stay in the eu", "timeline"),
    ],
)
def test_a_topic_we_answer_said_to_a_discovery_question_is_a_question(text: str, pending: str) -> None:
    assert read_reply(reply_from(_parsed(text, "faq", True), pending)) is Reading.QUESTION


@pytest.mark.parametrize(
    ("text", "pending", "answerable"),
    [
        ("after our security review", "timeline", False),  # no answer of ours is about it: their words, kept
        ("Slack Technologies", "company", True),  # a company's name is its name, whatever it sounds like
        ("salesforce", "industry", True),  # one word to the industry question: where they work
    ],
)
def test_a_reply_no_answer_of_ours_is_about_stays_the_answer(text: str, pending: str, answerable: bool) -> None:
    assert read_reply(reply_from(_parsed(text, "inform", answerable), pending)) is Reading.ANSWER


@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("anna.weber@medinet-clinics.com", "authority"),  # it was passed on as her role in the decision
        ("Dr. Anna Weber", "budget"),  # it was kept as the budget
        ("Tom Baker", "timeline"),
        ("ok, fire away with your questions", "company_size"),  # it was kept as the team size
    ],
)
def test_contact_details_or_a_go_ahead_said_to_a_discovery_question_are_not_its_answer(text: str, pending: str) -> None:
    assert read_reply(Reply(text, "inform", pending)) is Reading.COMMAND


@pytest.mark.parametrize(("text", "pending"), [("Very Flexible", "budget"), ("Head of Sales", "authority")])
def test_capitalised_words_that_name_no_person_stay_the_answer(text: str, pending: str) -> None:
    assert read_reply(Reply(text, "inform", pending)) is Reading.ANSWER


@pytest.mark.parametrize(
    "text",
    [
        "what do you have on file for us?",
        "can you summarize what you know about us?",
        "what's noted now",  # it skipped the role question
    ],
)
def test_asking_what_is_noted_is_a_question_whatever_is_pending(text: str) -> None:
    assert read_reply(Reply(text, "start_discovery", "consent")) is Reading.QUESTION


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("ok yes you can keep my details", True),
        ("changed my mind, keep my details", True),
        ("i consent", True),
        ("please dont keep my details", False),
        ("yes", False),  # a bare yes answers whatever was asked
        ("i agree to keep it simple", False),
    ],
)
def test_consent_is_read_only_from_words_that_say_what_is_agreed_to(text: str, gives: bool) -> None:
    from bot.dialog.turns import gives_consent

    assert gives_consent(text) is gives


@pytest.mark.parametrize(
    ("text", "pending"), [("ok let me think about it", "budget"), ("let me sleep on it", "consent")]
)
def test_taking_time_to_think_is_a_pause_not_an_answer(text: str, pending: str) -> None:
    # "ok let me think about it" was kept as the budget "in your words", then the consent asked
    assert read_reply(Reply(text, "inform", pending)) is Reading.LEAVING


def test_a_question_naming_a_time_zone_is_answered_not_taken_for_the_time_zone() -> None:
    from bot.dialog.turn_policy import plan_turn

    message = {"text": "what's the price in AUD? we're in Melbourne", "intent": {"name": "set_timezone"}}
    assert plan_turn(message, {}, None) == ["action_answer"]  # it got "I'll use that time zone when we schedule"


@pytest.mark.parametrize("text", ["actually never mind", "nvm", "ok forget it", "no need"])
def test_a_request_withdrawn_while_details_are_asked_is_a_pause(text: str) -> None:
    # "actually never mind" after asking for a person got the consent question four times
    assert read_reply(Reply(text, "deny", "consent")) is Reading.LEAVING
    assert read_reply(Reply(text, "deny", "email")) is Reading.LEAVING


@pytest.mark.parametrize(
    ("text", "entity", "reading"),
    [
        # discovery answers said to the consent question were read as a no, and the visitor's answers deleted
        (
            "no rush, sometime next year",
            {"entity": "timeline", "value": 365, "start": 0, "end": 27},
            Reading.CORRECTION,
        ),
        (
            "budget is 2000 per month",
            {"entity": "budget", "value": 24000.0, "start": 10, "end": 24},
            Reading.CORRECTION,
        ),
        ("no thanks, we're 40 people", {"entity": "company_size", "value": 40, "start": 11, "end": 26}, Reading.ANSWER),
    ],
)
def test_a_discovery_answer_said_to_the_consent_question_is_no_no(text: str, entity: dict, reading: Reading) -> None:
    message = {"text": text, "intent": {"name": "inform"}, "entities": [entity]}
    assert read_reply(reply_from(message, "consent")) is reading


@pytest.mark.parametrize("text", ["sure ask away", "let's continue", "ok go on"])
def test_a_go_ahead_said_to_the_role_question_is_no_role(text: str) -> None:
    # "sure ask away" and "let's continue" were kept as the visitor's role
    assert read_reply(Reply(text, "inform", "authority")) is Reading.COMMAND


@pytest.mark.parametrize(
    "text", ["ok go ahead and book it", "book me in pls", "can we just schedule a call", "demo please"]
)
def test_a_call_asked_for_at_a_discovery_question_is_no_answer_to_it(text: str) -> None:
    assert read_reply(Reply(text, "inform", "industry")) is Reading.BUYING


def test_a_call_asked_for_beside_the_answer_is_the_answer() -> None:
    # "logistics, book a call after" states the industry: the answer, and the call comes after the questions anyway
    reply = Reply("logistics, book a call after", "inform", "industry", True, states_facts=True)
    assert read_reply(reply) is Reading.ANSWER


@pytest.mark.parametrize(
    "text", ["r you fedramp authorized", "r u soc2", "wat about sso", "cn we pay yearly", "u guys support saml"]
)
def test_a_question_typed_as_a_text_is_a_question_at_any_discovery_question(text: str) -> None:
    # "r you fedramp authorzed" to the timeline question was kept as the timeline, "in your words"
    assert read_reply(Reply(text, "inform", "timeline")) is Reading.QUESTION


@pytest.mark.parametrize("text", ["ur pricing looks fine", "r&d team of 12", "you know, about 40"])
def test_statements_that_open_like_a_text_question_are_not_questions(text: str) -> None:
    assert read_reply(Reply(text, "inform", "company_size")) is not Reading.QUESTION


@pytest.mark.parametrize("slot", ["company", "person_name"])
def test_a_call_asked_for_at_a_contact_question_is_no_name_or_company(slot: str) -> None:
    # "book me in pls" to the company question was kept as the company
    assert read_reply(Reply("book me in pls", "inform", slot)) is Reading.BUYING


def test_a_question_behind_a_filler_is_a_question() -> None:
    # "i guess does it work with slack" to the company question was kept as the company
    assert read_reply(Reply("i guess does it work with slack", "inform", "company")) is Reading.QUESTION


def test_a_question_the_classifier_is_sure_of_is_no_answer_to_a_discovery_question() -> None:
    # "iso 27001, give or take :)" to the role question (faq, the reader's specialist topic at 0.87) was kept as the
    # role; "a rural internet provider" (faq too, but an industry stated, the reader far from any topic) stays an answer
    asked = Reply("iso 27001, give or take :)", "faq", "authority", faq_score=0.87)
    assert read_reply(asked) is Reading.QUESTION
    stated = Reply("a rural internet provider", "faq", "industry", True, states_facts=True, faq_score=0.32)
    assert read_reply(stated) is Reading.ANSWER


@pytest.mark.parametrize("text", ["I DO want to leave my details", "ok i want to give you my email", "take my details"])
def test_wanting_to_leave_details_is_consent(text: str) -> None:
    # "I DO want to leave my details", after a no, got "as you'd rather not leave your details"
    assert gives_consent(text)


@pytest.mark.parametrize("text", ["i dont want to leave my details", "i do not want to give my email"])
def test_not_wanting_to_leave_details_is_no_consent(text: str) -> None:
    assert not gives_consent(text)


@pytest.mark.parametrize(
    "text",
    [
        "what did u note down for budget btw",
        "what industry did u put me down as",
        "what name did u save?",
        "what info u have on me",
    ],
)
def test_asking_what_was_noted_in_a_texts_words_is_asking_what_was_noted(text: str) -> None:
    # they had got why we ask for it, or the price list
    assert asks_what_noted(text)


@pytest.mark.parametrize(
    ("text", "score"), [("hospiatl network", 0.61), ("network security firm", 0.89), ("an integration agency", 0.8)]
)
def test_a_trade_near_a_product_topic_is_still_the_industry(text: str, score: float) -> None:
    # "hospiatl network" to the industry question (faq, near the integrations answer) was taken for a question
    assert read_reply(Reply(text, "faq", "industry", faq_score=score)) is not Reading.QUESTION


def test_a_call_asked_for_at_the_email_question_is_no_refusal_of_it() -> None:
    # "book me in pls" to the email question, read as skip, gave the email up: the lead could not be reached
    assert read_reply(Reply("book me in pls", "skip", "email")) is Reading.BUYING


@pytest.mark.parametrize("text", ["hubspot integration btw", "sso and audit logs"])
def test_a_topic_of_ours_said_to_the_name_question_is_a_question_not_a_name(text: str) -> None:
    # "hubspot integration btw" to the name question was thanked as "Hubspot Integration Btw"
    assert read_reply(Reply(text, "inform", "person_name", about_product=True)) is Reading.QUESTION
    assert read_reply(Reply("Dana Whitfield", "inform", "person_name")) is Reading.ANSWER


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("borra mis datos por favor", "erase_data"),
        ("löschen Sie meine Daten", "erase_data"),
        ("請刪除我的資料", "erase_data"),
        ("adiós, gracias", "goodbye"),
        ("пока!", "goodbye"),
        ("danke schön", "thank"),
        ("ありがとうございます", "thank"),
    ],
)
def test_a_command_in_another_language_is_no_answer_to_the_open_question(text: str, intent: str) -> None:
    # it was kept as the company's name or the industry "in your words"
    for slot in ("company", "industry"):
        assert read_reply(Reply(text, intent, slot)) is Reading.COMMAND


@pytest.mark.parametrize("text", ["usuń moje dane", "hapus data saya", "データを削除してください"])
def test_deleting_and_what_to_delete_is_no_answer_whatever_the_classifier_read(text: str) -> None:
    for slot in ("company", "industry", "budget"):
        assert read_reply(Reply(text, "inform", slot)) is Reading.COMMAND


def test_a_name_the_classifier_misreads_as_a_command_stays_an_answer() -> None:
    assert read_reply(Reply("Danke GmbH", "inform", "company")) is Reading.ANSWER
    assert read_reply(Reply("Brightwave", "goodbye", "company")) is Reading.ANSWER


@pytest.mark.parametrize("said", ["sí", "claro!", "oui", "ja", "はい", "네", "da"])
def test_a_yes_in_another_language_answers_no_question_about_the_business(said: str) -> None:
    # "sí" to the industry question was kept as the industry "in your words"
    for pending in ("industry", "company_size", "budget", "timeline"):
        assert read_reply(Reply(said, "affirm", pending)) is Reading.COMMAND
    assert read_reply(Reply("Si Ltd", "affirm", "industry")) is Reading.ANSWER


@pytest.mark.parametrize(
    ("text", "intent", "reading"),
    [
        # who writes the replies, asked: not a request for a person
        ("is there a person typing this or is it automated", "bot_challenge", Reading.OTHER),
        ("is there a person i can talk to", "human", Reading.HUMAN),
        # where they are, asked about: not "we're in!"
        ("why does it matter what industry we're in", "explain", Reading.OTHER),
        ("ok we're in, let's go", "affirm", Reading.BUYING),
        # their own number, to be erased: not ours asked for
        ("get rid of the phone number i gave you", "erase_data", Reading.OTHER),
        ("can i get your phone number", "faq", Reading.HUMAN),
    ],
)
def test_a_first_message_the_dialog_had_misread(text: str, intent: str, reading: Reading) -> None:
    # the classifier read each of these right, and the dialog's own reading overrode it
    assert read_reply(Reply(text, intent)) is reading


def test_their_own_details_named_with_getting_rid_of_them_asks_to_erase() -> None:
    assert asks_to_erase("get rid of the phone number i gave you")
    assert not asks_to_erase("get rid of the popup")
