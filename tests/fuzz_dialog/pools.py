"""Phrasing pools and noise for the generated visitors.

Written fresh, not copied from the training data: the point is to type what a stranger would,
so the rules get tested on phrasings they were never tuned on.
"""

from __future__ import annotations

import random
import re

OPENINGS: dict[str, list[str]] = {
    "greeting": [
        "hi",
        "hello there",
        "hey!",
        "good morning",
        "hiya",
        "yo",
        "hi, quick question",
        "hello, anyone there?",
    ],
    "pricing": [
        "how much does this cost?",
        "what's the price for 30 users",
        "pricing for a team of 12?",
        "is there a monthly plan",
        "how much is business vs starter",
        "whats the cheapest option",
        "do you charge per seat?",
        "how expensive is enterprise",
    ],
    "feature": [
        "do you support sso?",
        "can it integrate with salesforce",
        "does it work with slack",
        "is there an api",
        "do you have a free trial?",
        "can we export our data",
        "do you have scim provisioning",
        "hubspot integration?",
    ],
    "compliance": [
        "are you soc 2 compliant?",
        "will you sign a hipaa baa",
        "do you have a gdpr dpa we can sign",
        "are you fedramp authorized",
        "where is the data hosted, eu or us?",
        "do you do pen tests",
        "iso 27001?",
        "is data encrypted at rest",
    ],
    "competitor": [
        "how are you different from hubspot?",
        "why pick you over salesforce",
        "we currently use pipedrive, why switch",
        "are you cheaper than zendesk?",
        "compare with intercom pls",
    ],
    "out_of_scope": [
        "what's the weather in paris",
        "can you book me a flight",
        "who won the game last night",
        "write me a poem about cats",
        "whats 17 times 23",
        "recommend a good pizza place",
    ],
    "chitchat": [
        "are you a bot?",
        "how are you today",
        "lol ok",
        "you're pretty smart",
        "is this a real person",
        "thanks!",
    ],
}
BUYING_SIGNALS = [
    "we're ready to move forward on enterprise",
    "can i get a quote for 40 seats",
    "talk to sales pls",
    "we want to sign this month",
    "how do we buy this",
    "i'd like to purchase the business plan for my team",
    "send me a contract, we're ready",
    "we need 120 licenses asap, who do i talk to",
    "can someone from sales call me",
    "i want a demo with your sales team",
    "ready to buy, what's the next step",
    "need a quote for 250 users on enterprise",
]
# a call asked for mid-questions: promised, and the question put again (free), never kept as the answer
CALL_REQUESTS = [
    "ok go ahead and book it",
    "can we just schedule a call",
    "book me in pls",
    "set up a demo for us",
    "can we hop on a call instead",
]
ANSWERS: dict[str, list[str]] = {
    "industry": [
        "we run a chain of dental clinics",
        "saas",
        "we make frozen pizzas for grocery chains",
        "constrution co",
        "fintech",
        "we're a regional bank",
        "online clothing store",
        "we're a logistics company, trucking mostly",
        "k-12 school district",
        "marketing agency",
        "we build b2b software",
        "hospital network",
        "real estate brokerage",
        "nonprofit, we do food banks",
        "solar panel installer",
        "we're a law firm",
        "boutique hotels",
        "farming equipment maker",
    ],
    "company_size": [
        "like 25 guys incl the field crews",
        "30ish",
        "two hundred-ish",
        "just over 400",
        "3 offices, ~20 each",
        "about 50",
        "we're 12 people",
        "around 1500 employees",
        "just me and 4 others",
        "roughly 80 staff",
        "a bit under 100",
    ],
    "budget": [
        "5k a month",
        "€30 per seat per month for 40 seats",
        "half a mil",
        "quarterly we could swing 7.5k",
        "no budget yet",
        "around 20k a year",
        "maybe $2,000 per month",
        "somewhere between 10 and 15k annually",
        "under 1k a month",
        "$60k/yr",
        "we have about 100k for this",
    ],
    "authority": [
        "me, it's my company",
        "i recommend, cfo signs",
        "just researching",
        "i'm the decision maker",
        "i make the call",
        "my boss decides, i'm gathering options",
        "i'm on the buying committee with our cto",
        "it's my call, i'm the founder",
    ],
    "timeline": [
        "this friday",
        "half a year or so",
        "asap",
        "next quarter",
        "maybe next year",
        "within 2 weeks",
        "in about 3 months",
        "by end of month",
        "no rush, sometime in the next 6 months",
        "yesterday lol",
    ],
    "person_name": [
        "Maya Chen",
        "it's Tom",
        "jo",
        "Priya Raman",
        "call me Dave",
        "Luis García",
        "Sam O'Neill",
        "Anna",
        "Jane from Acme",
    ],
    "email": [
        "maya.chen@brightpeak.io",
        "tom@acme.de",
        "p.raman@northwind-health.com",
        "dave_k@frozenfolk.co",
        "luis@tallstack.dev",
        "sam.oneill@kesslerbuild.com",
        "anna@lumen.example",
    ],
    "company": [
        "BrightPeak",
        "Acme GmbH",
        "we're Northwind Health",
        "Frozen Folk Foods",
        "it's called Tallstack",
        "Kessler & Sons Construction",
        "lumen",
        "Dentalworks Inc.",
    ],
}
# contact details that say what they are, given to another contact question (a bare "BrightPeak" could be a name)
SAID_AS: dict[str, list[str]] = {
    "company": [
        "Acme GmbH",
        "we're Northwind Health",
        "Kessler & Sons Construction",
        "Dentalworks Inc.",
        "I'm from Initech",
    ],
    "email": ["maya.chen@brightpeak.io", "tom@acme.de", "p.raman@northwind-health.com"],
}
CORRECTIONS: dict[str, list[str]] = {
    "budget": ["actually the budget is 80k", "sorry, budget is more like 3k a month"],
    "company_size": ["correction, we're about 200 people", "actually we're closer to 60 employees"],
    "timeline": ["actually make that next month", "sorry, timeline is more like end of year"],
    "industry": ["correction: we're in healthcare", "actually we're more of a retail business"],
    "authority": ["actually i'm the one who decides", "correction, my manager makes the final call"],
}
WHY = ["why do you need that?", "why do u ask", "what's that for?", "why does that matter", "is that necessary?"]
SKIPS = ["rather not say", "skip", "i'd prefer not to answer that", "pass", "next question pls", "not sharing that"]
PRODUCT_QUESTIONS = OPENINGS["pricing"] + OPENINGS["feature"] + OPENINGS["compliance"]
HUMAN = [
    "can i just talk to someone in sales?",
    "is there a human i can talk to",
    "get me a real person",
    "connect me with sales",
]
GIBBERISH = ["asdf qwerty", "lkjhlkjh", "???", "hmm", "....", "zzz", "x", "jkl; jkl;"]
DECLINES = ["no thanks, just a question", "not right now", "nah", "i'd rather just ask something", "no"]
LATER_YES = [
    "ok fine, go ahead",
    "alright, ask your questions",
    "ok let's do the questions",
    "sure, go ahead and ask",
    "fine, ask away",
]
CONSENT_YES = ["yes that's fine", "sure, ok", "yep go ahead", "ok", "yes"]
ADVANCE = [
    "ok what else do you need from me?",
    "so which plan fits us?",
    "what's the next step?",
    "can you recommend a plan for us",
    "ok, let's figure out the right plan",
]
GOODBYES = ["thanks, bye", "that's all, thanks", "bye", "gotta go", "ok thanks, ttyl", "stop"]

SAFE_HEDGES = ["um ", "uh, ", "sure, "]
HEDGES = ["um ", "i guess ", "hmm, ", "well, ", "so ", "uh, ", "honestly "]
CLAUSES = [", if that helps", " btw", ", not sure if that matters"]
NUMBER_CLAUSES = [" more or less", ", give or take", ", roughly"]
ENDINGS = ["!", ".", "...", " :)", ""]
SLANG = {
    "you": "u",
    "please": "pls",
    "people": "ppl",
    "thanks": "thx",
    "are": "r",
    "your": "ur",
    "okay": "ok",
    "probably": "prob",
}


def typo(rng: random.Random, text: str) -> str:
    """Swap or drop one letter inside one longer word, the way fast typing does."""
    words = text.split(" ")
    spots = [i for i, word in enumerate(words) if len(word) >= 5 and word.isalpha()]  # "saas" -> "sasa" is another word
    if not spots:
        return text
    i = rng.choice(spots)
    word = words[i]
    at = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    else:
        word = word[:at] + word[at + 1 :]
    words[i] = word
    return " ".join(words)


def slang(rng: random.Random, text: str) -> str:
    """Replace a few common words with chat spellings."""
    return re.sub(
        r"\b(\w+)\b", lambda m: SLANG.get(m.group(1).lower(), m.group(1)) if rng.random() < 0.6 else m.group(1), text
    )


def noisy(rng: random.Random, text: str, level: float, safe: bool = False, clause: bool = True) -> str:
    """The text as a hurried visitor might type it. `safe` keeps the words intact (emails, names);
    `clause` allows an extra clause (not on a yes, a no or a goodbye, where it would change the meaning)."""
    if rng.random() < 0.5 * level:
        text = text.lower()
    if not safe:
        if rng.random() < 0.25 * level:
            text = typo(rng, text)
        if rng.random() < 0.3 * level:
            text = slang(rng, text)
        if clause and rng.random() < 0.2 * level:
            text = text.rstrip("?.!") + rng.choice(NUMBER_CLAUSES if re.search(r"\d", text) else CLAUSES)
        if rng.random() < 0.3 * level:
            text = text.rstrip(".!") + rng.choice(ENDINGS)
    if rng.random() < 0.3 * level:
        text = rng.choice(SAFE_HEDGES if safe else HEDGES) + text
    return text


def typed_title(rng: random.Random, title: str, level: float) -> str:
    """A button's title typed by hand: lowercased most of the time, sometimes with one typo."""
    text = title.lower() if rng.random() < 0.7 else title
    if rng.random() < 0.3 * max(level, 0.5):
        text = typo(rng, text)
    return text
