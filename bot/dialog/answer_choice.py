"""Which answer a visitor's question gets. The classifier's intent and the response selector's
pick are both read with suspicion: a product named in an integrations question is no comparison,
a number of seats is a price request whatever the FAQ key, and an FAQ answer the classifier did
not ask for is given only when the selector is sure of it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.dialog.steering import BUYING_SIGNAL_ANSWERS
from bot.dialog.turns import (
    asks_for_a_call,
    asks_for_price_list,
    asks_for_prices,
    asks_for_the_cheapest,
    asks_what_next,
    asks_what_noted,
    compares,
    is_question,
    wants_self_serve,
)

SPECIALIST_BELOW = 0.5  # the FAQ answer the selector picks for a message the classifier did not call a question
QUESTION_INTENTS = ("faq", "compare")
HANDOFF_KEYS = ("faq/ask_specialist",)  # questions near a topic that its answer does not answer (data/nlu/faq.yml)
# "what does the Business plan include?", "what's in starter", "what do I get with enterprise", "business features?"
_PLAN_CONTENTS_RE = re.compile(
    r"\b(?:includ\w*|come\s+with|comes\s+with|features?|what'?s\s+in|what\s+is\s+in|get\s+with|get\s+on|contain\w*|"
    r"what\s+(?:do|does)\s+(?:i|we|you)\s+get|differen\w*\s+between|diff\s+(?:between|btw)|vs\.?|versus)\b",
    re.I,
)
_COST_RE = re.compile(
    r"\b(?:cost\w*|price\w*|pric(?:e|ing)|how\s+much|h(?:o)?w\s+mu?ch|per\s+(?:year|month)|a\s+year)\b", re.I
)


# "which plan is right for us", "what tier would you recommend for 12 people", "best plan for a small agency?"
_WHICH_PLAN_RE = re.compile(
    r"\b(?:which|what)\s+(?:plan|tier|package|one|option)\b(?!\s+(?:is\s+)?(?:sso|reporting)\b)[^?.!]{0,40}"
    r"\b(?:right|best|fit|fits|suit|suits|recommend\w*|suggest\w*|should|need|go\s+for|pick|choose)\b|"
    r"\b(?:right|best|ideal|good)\s+(?:plan|tier|package)\s+for\b|"
    r"\b(?:recommend|suggest)\s+(?:a\s+|the\s+)?(?:plan|tier|package)\b",
    re.I,
)


# "how are you different from monday.com", "compare to asana", "better than clickup?": the product named
_PRODUCT_NAMED_RE = re.compile(
    r"\b(?:vs\.?|versus|than|from|to|with|over|against)\s+(?P<name>[a-z0-9][\w.-]*[a-z0-9])", re.I
)
_NOT_A_PRODUCT = frozenset(
    (
        "you",
        "your",
        "yours",
        "us",
        "them",
        "it",
        "this",
        "that",
        "others",
        "other",
        "competitors",
        "competition",
        "the",
        "a",
        "an",
        "what",
        "which",
        "our",
        "my",
    )
)


def product_named(text: str) -> str | None:
    """The product a comparison names, when sales/competitors.yml does not know it; None when it names none."""
    for match in _PRODUCT_NAMED_RE.finditer(text):
        name = match.group("name")
        if name.lower() not in _NOT_A_PRODUCT:
            return name if any(c.isupper() for c in name) or "." in name else name.capitalize()
    return None


# "why enterprise?", "why that plan", "how come you suggested business?": why the plan suggested fits them
_ABOUT_A_PLAN = r"\b(?:plan|tier|package|one|suggest\w*|recommend\w*|pick\w*|fit\w*|right)\b"
_WHY_PLAN_RE = re.compile(
    r"^\W*(?:(?:but|so|and|ok|okay|hmm+|wait)\W+)?(?:why|how\s+come|what\s+makes)\b"
    r"(?!\s+(?:isn'?t|doesn'?t|don'?t|can'?t|is\s+(?:it|there|the\s+price)|so\s+(?:expensive|much|pricey)))"
    rf"(?:[^?.!]{{0,40}}?{_ABOUT_A_PLAN}|"
    r"\s+(?:not\s+)?(?:the\s+)?[\w-]+\s*\??\s*$)",
    re.I,
)
_ABOUT_A_PLAN_RE = re.compile(_ABOUT_A_PLAN, re.I)


def asks_why_plan(text: str, *, plan_named: bool) -> bool:
    """Why a plan suits them, or why not another: answered with the plan suggested and the reason ("why
    enterprise?" after the wrap-up got a generic blurb)."""
    match = _WHY_PLAN_RE.search(text)
    return match is not None and (plan_named or bool(_ABOUT_A_PLAN_RE.search(match.group(0))))


def asks_which_plan(text: str) -> bool:
    """The visitor asks us to pick a plan for them, not what the plans are."""
    return bool(_WHICH_PLAN_RE.search(text))


@dataclass(frozen=True)
class FaqPick:
    """What the NLU said of a message's FAQ answer (Rasa's parse data)."""

    key: str | None  # the FAQ reader's topic where it read the message, else the response selector's pick
    answerable: bool | None  # the reader's judgement; None where it did not read the message
    selector_key: str | None  # the response selector's own pick
    selector_confidence: float


def faq_pick(parse_data: dict[str, Any]) -> FaqPick:
    """The FAQ reader's topic (bot/nlu/faq_answers.py) over the selector's pick, as the dialog answers it."""
    response = (((parse_data.get("response_selector") or {}).get("faq") or {}).get("response")) or {}
    picked = response.get("intent_response_key")
    selector_key = str(picked) if picked else None
    confidence = float(response.get("confidence") or 0.0)
    reading = parse_data.get("faq_answer") or {}
    if reading.get("topic"):
        return FaqPick(str(reading["topic"]), bool(reading.get("answerable")), selector_key, confidence)
    return FaqPick(selector_key, None, selector_key, confidence)


class Answer(StrEnum):
    COMPETITOR = "competitor"  # how we differ from the product they named (sales/competitors.yml)
    UNKNOWN_COMPETITOR = "unknown_competitor"  # a comparison with a product we do not know
    PRICING = "pricing"  # computed from sales/plans.yml
    PLAN = "plan"  # "what does the Business plan include?": what it includes, and its price
    RECOMMENDATION = "recommendation"  # "which plan is right for a 10-person law firm?": a plan, why, and its price
    FAQ = "faq"  # the response selector's answer
    SPECIALIST = "specialist"  # a question we cannot answer well: better a person's answer than a wrong one
    CALL = "call"  # "can I book a call?": yes, and the times come once the details are in
    ORDER = "order"  # "no call, just a checkout link": the order form comes by email, no call
    OUT_OF_SCOPE = "out_of_scope"  # "what's the weather in paris?": not ours to answer, and not a specialist's
    WHAT_NEXT = "what_next"  # "hmm what happens next?": the way on from here (it got "I'll have a specialist confirm")
    NOTED = "noted"  # "what do you have on file for us?": the answers so far, read back
    NO_PROBLEM = "no_problem"  # not a question after all


@dataclass(frozen=True)
class AnswerChoice:
    answer: Answer
    buying_signal: bool  # asking this shows intent to buy: the offer to help pick a plan comes sooner


def choose_answer(
    text: str,
    *,
    intent: str | None,
    faq_key: str | None,
    faq_confidence: float,
    seats: int | None,
    names_competitor: bool,
    answerable: bool | None = None,
    selector_key: str | None = None,
    plan_named: bool = False,
) -> AnswerChoice:
    """`faq_key` is the FAQ topic picked ("faq/pricing"), `answerable` whether its answer answers the question
    (None: not judged), `selector_key` the response selector's own pick, `seats` how many users the text names,
    `names_competitor` whether it names a product sales/competitors.yml knows, `plan_named` whether it names one of
    our plans."""
    if asks_what_noted(text):
        return AnswerChoice(Answer.NOTED, buying_signal=False)
    if asks_what_next(text):
        return AnswerChoice(Answer.WHAT_NEXT, buying_signal=False)
    if wants_self_serve(text):
        return AnswerChoice(Answer.ORDER, buying_signal=True)
    if intent == "out_of_scope" and (answerable is not True or faq_key in HANDOFF_KEYS):
        # asked mid-question it got "I'll have a specialist confirm it, noted for the sales team"
        return AnswerChoice(Answer.OUT_OF_SCOPE, buying_signal=False)
    if asks_for_a_call(text):
        return AnswerChoice(Answer.CALL, buying_signal=True)  # never an FAQ answer to "can I book a call?"
    if asks_why_plan(text, plan_named=plan_named) and not names_competitor:
        return AnswerChoice(Answer.RECOMMENDATION, buying_signal=True)  # the plan, with why and its price
    if plan_named and _PLAN_CONTENTS_RE.search(text) and not (names_competitor and compares(text)):
        # "does starter include the salesforce integration?" is about the plan, not a comparison (it got the pitch)
        return AnswerChoice(Answer.PLAN, buying_signal=False)
    if names_competitor and not (faq_key in ("faq/integrations", *HANDOFF_KEYS) and not compares(text)):
        # "does it integrate with salesforce?" is about connecting, not choosing
        return AnswerChoice(Answer.COMPETITOR, buying_signal=True)
    if intent == "compare":
        return AnswerChoice(Answer.UNKNOWN_COMPETITOR, buying_signal=True)
    if plan_named and _COST_RE.search(text) and faq_key not in ("faq/free_trial",):
        # "how much would Business cost us per year?" got the discounts answer
        return AnswerChoice(Answer.PRICING, buying_signal=seats is not None)
    if answerable is False and faq_key == selector_key == "faq/pricing":
        # "cuanto cuesta para 10 usuarios": the encoder reads English, but both readers say prices, and a price
        # list worked out from plans.yml answers no other question wrongly
        return AnswerChoice(Answer.PRICING, buying_signal=seats is not None)
    if (asks_for_the_cheapest(text) or asks_for_price_list(text)) and not names_competitor:
        # "what is the cheapest plan" was sent to a specialist: a price of ours, from plans.yml
        return AnswerChoice(Answer.PRICING, buying_signal=seats is not None)
    unanswered = faq_key in HANDOFF_KEYS or (answerable is False and seats is None)
    if unanswered and (intent in QUESTION_INTENTS or is_question(text)):
        # "is it HIPAA compliant?": no answer we have is about it, and a near one would read as a yes
        return AnswerChoice(Answer.SPECIALIST, buying_signal=False)
    if asks_which_plan(text) and faq_key in ("faq/plans", "faq/pricing", None):
        return AnswerChoice(Answer.RECOMMENDATION, buying_signal=True)
    if (
        faq_key == "faq/pricing"
        or (faq_key in ("faq/plans", "faq/discounts", None) and seats is not None)
        or (asks_for_prices(text) and intent != "faq")
    ):
        return AnswerChoice(Answer.PRICING, buying_signal=seats is not None)
    if faq_key and (intent in QUESTION_INTENTS or faq_confidence >= SPECIALIST_BELOW):
        return AnswerChoice(Answer.FAQ, buying_signal=faq_key in BUYING_SIGNAL_ANSWERS)
    if is_question(text):
        return AnswerChoice(Answer.SPECIALIST, buying_signal=False)
    return AnswerChoice(Answer.NO_PROBLEM, buying_signal=False)
