"""What a visitor's reply is, read in the context of the conversation, before intents decide.

The intent classifier sees one message without context: it gives "BrightPeak" to "human" and
"like 25 guys incl the field crews" to a security FAQ. A person reading the chat knows better: a
pending question claims the reply unless the reply is plainly a question or a command. Commands
need their own words ("talk to someone", "skip", "why"), not just the classifier's say-so.
Buying signals and requests for a person win in any state. Nothing here knows about Rasa.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from bot.dialog.answers import (
    CONTACT_SLOTS,
    DISCOVERY_SLOTS,
    EMAIL_RE,
    QUESTION_RE,
    consent_in,
    is_plain_answer,
    means_hold,
    without_fillers,
)
from bot.dialog.buttons import one_edit_apart


class Reading(StrEnum):
    ANSWER = "answer"  # the answer to the pending question, whatever its intent
    QUESTION = "question"  # the visitor's own question
    COMMAND = "command"  # a digression the visitor means (skip, stop, why, correct, bye...)
    HUMAN = "human"  # asks for a person
    BUYING = "buying"  # ready to buy: discovery or a person, at once
    CORRECTION = "correction"  # an earlier answer changed while a contact question is pending ("actually we're 60")
    LEAVING = "leaving"  # has to go now ("gotta jump into a meeting, let's continue another time")
    PAYLOAD = "payload"  # a button's payload: the rules know what it means
    OTHER = "other"  # no pending question and nothing above: the rules decide


HUMAN_RE = re.compile(
    r"\b(?:talk|speak|chat|connect|put\s+me\s+through|get\s+me|hook\s+me\s+up|transfer|call|meet)(?:ing|ed)?\b[^.?!]{0,40}?"
    r"\b(?:some\s*one|some\s*body|a\s+person|person|human|agent|rep|reps|representative|sales|salesperson|"
    r"account\s+exec\w*|specialist|expert|consultant|team\s+member|real\s+people|people)\b"
    r"|\b(?:some\s*one|some\s*body|a\s+person|a\s+rep|sales|your\s+team)\b[^.?!]{0,30}?\b(?:call|contact|reach|email|ring|phone)\s+(?:me|us)\b"
    r"|\b(?:is\s+there|are\s+there|any|got)\s+(?:a\s+|an\s+)?(?:human|person|real\s+person|some\s*one|some\s*body|agent|rep)\b"
    r"|\bwho\s+(?:do|can|should|could)\s+(?:i|we)\s+(?:talk|speak|reach\s+out|chat)\s+(?:to|with)\b"
    # someone to talk to, named by what they are for: "a human i can talk to", "anyone we could speak with"
    r"|\b(?:human|person|some\s*one|some\s*body|any\s*one|any\s*body|agent|rep|representative|salesperson)\s+"
    r"(?:that\s+|who\s+)?(?:i|we)\s+(?:can|could|might|may)\s+(?:talk|speak|chat|call)\s+(?:to|with)\b"
    r"|\b(?:real|live|actual)\s+(?:person|human|agent|people)\b|\bhuman\s+please\b"
    # "I want a human", "just get me a person": a person asked for in so many words
    r"|\b(?:want|need|get\s+me|give\s+me|gimme|prefer)\s+(?:a|an|some)\s+(?:(?:human|person|operator)\b"
    r"(?!\s*(?:resources?|capital|rights|error|body|centered|centric|in\s+the\s+loop)\b)(?!-)|(?:agent|rep)\b(?=\W*(?:please\W*)?$))"
    # a way to reach sales asked for: "can you give me a phone number or sales email?", "how do i contact sales"
    r"|\b(?:your|a|the)\s+(?:(?:tele)?phone\s*(?:number|no\b|#)|number\s+(?:to|i\s+can|we\s+can)\s+(?:call|ring))"
    r"(?!\s+(?:i|we)\s+(?:gave|left|sent|shared|entered|typed))"  # "the phone number i gave you" is theirs
    r"|(?<!\bour\s)(?<!\bmy\s)\bsales\s+(?:team'?s?\s+)?(?:e-?mail(?:\s+address)?|phone|number|line|contact)\b(?!s|\s*(?:outreach|campaign|"
    r"sequence|template|automation|tool|software|marketing))"
    r"|\bhow\s+(?:do|can|could|should)\s+(?:i|we)\s+(?:contact|reach|call|phone|ring|e-?mail|get\s+in\s+touch\s+with|get\s+hold\s+of)\s+"
    r"(?:you\b|sales\b|your\s+(?:sales|team)|the\s+sales|some\s*(?:one|body)|a\s+(?:person|human))"
    r"|\b(?:contact|reach|get\s+in\s+touch\s+with|get\s+hold\s+of)\s+(?:your\s+|the\s+)?(?:sales|sales\s+team|sales\s+rep|"
    r"some\s*(?:one|body)\s+(?:in|from|on)\s+sales|a\s+(?:person|human))\b"
    # "HUMAN. AGENT. PERSON.", "agent!!": nothing but the words for one
    r"|^\W*(?:(?:a\s+)?(?:human|person|agent|operator|sales\s+rep|representative)\W*)+$",
    re.I,
)
BUYING_RE = re.compile(
    r"\b(?:ready\s+to\s+(?:buy|purchase|sign|go|move|start|get\s+started|commit|roll)|move\s+forward|moving\s+forward|"
    r"want\s+to\s+(?:buy|purchase|sign\s+up|subscribe)|(?:like|looking)\s+to\s+(?:buy|purchase|sign\s+up)|"
    r"sign\s+(?:this|the|a|by|before|up\s+this|the\s+contract|this\s+month|this\s+week|this\s+quarter)|"
    r"get\s+(?:a\s+|an\s+)?(?:quote|proposal|order\s+form|contract)|send\s+(?:me\s+|us\s+)?(?:a\s+)?(?:quote|proposal|contract|order\s+form)|"
    r"need\s+(?:a\s+)?(?:quote|proposal)|request\s+(?:a\s+)?(?:quote|demo)|book\s+(?:a\s+)?(?:demo|call|meeting)|"
    r"(?:want|like|love|need|get|see|arrange|organi[sz]e)\s+(?:a\s+|to\s+see\s+a\s+|to\s+book\s+a\s+)?(?:demo|walkthrough|walk-through)\b|"
    r"(?:schedule|set\s+up)\s+(?:a\s+)?(?:demo|call|meeting)|purchase\s+order|\bpo\b|"
    r"how\s+do\s+(?:we|i)\s+(?:buy|purchase|sign\s+up|get\s+started)|let'?s\s+(?:do\s+(?:it|this)|get\s+started|go\s+ahead)|"
    # "I'm in!", "ok we're in, let's go": joining, not where they are ("I'm in PST", "we're in logistics")
    # ("why does it matter what industry we're in": where they are, asked about)
    r"(?<!\bindustry\s)(?<!\bsector\s)(?<!\bfield\s)(?<!\bbusiness\s)(?<!\bwhat\s)"
    r"(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:sold|convinced|in(?=\s*(?:[!.,;]|$|let'?s\b|for\s+it\b))))\b"
    # asking how to pay or where to sign is asking to buy: "where do i sign?", "take my money", "sign us up"
    r"|\bwhere\s+do\s+(?:i|we)\s+sign\b|\btake\s+my\s+money\b|\bsign\s+(?:me|us)\s+up\b|\bready\s+to\s+pay\b"
    r"|\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+take\s+(?:it|the\s+\w+(?:\s+plan)?)\s*(?:[!.]|$)"
    r"|\bhow\s+(?:do|can|could)\s+(?:i|we)\s+(?:pay(?=\s*(?:[?.!]|$|for\s+(?:it|this|that|the\s+\w+|a\s+\w+)|you\b|by\b|with\b|online\b|upfront\b|"
    r"annually\b|monthly\b))|order|upgrade|check\s*out)\b|\blet'?s\s+(?:buy|purchase|order)\b"
    # asking how to go on is asking to go on
    r"|\bwhat'?s\s+(?:the\s+)?next\s+step|\b(?:what\s+are\s+)?(?:the\s+)?next\s+steps\b|\bhow\s+do\s+(?:we|i)\s+(?:proceed|move\s+ahead)\b"
    r"|\b(?:where|how)\s+do\s+(?:we|i)\s+go\s+from\s+here\b|\bwhat\s+do\s+(?:we|i)\s+do\s+next\b"
    # asking to be told which plan fits is asking for discovery
    r"|\bwhich\s+(?:plan|tier|package|option|edition)\b[^?]{0,30}\b(?:right|best|fits?|should|suits?|for\s+us|for\s+me)\b"
    r"|\b(?:help|helping)\s+(?:me|us)\s+(?:pick|choose|decide|find)\b"
    # a plan recommended, not a show or a restaurant: "can you recommend a plan", "recommend which one fits"
    r"|\brecommend\s+(?:(?:a|one|the\s+right|the\s+best|which)\s+(?:\w+\s+)?(?:plan|tier|package|option|edition|setup|one)\b|which\b)"
    r"|\b(?:need|want|order|get)\s+(?:about\s+|around\s+|~)?\d[\d,]*\s+(?:licen[cs]es|seats|users|accounts)\b",
    re.I,
)
# a call asked for in the words of booking one: "book a call pls", "ok go ahead and book it", "can we hop on a call",
# "could we schedule a demo?" (not "i dont want a call, just a checkout link", nor "a call center")
_NOT_BEFORE = r"(?<!n't\s)(?<!nt\s)(?<!not\s)(?<!no\s)(?<!never\s)"
CALL_REQUEST_RE = re.compile(
    rf"{_NOT_BEFORE}\b(?:book|schedule|arrange|organi[sz]e|set\s+up|line\s+up|pencil\s+in)\s+(?:(?:me|us)\s+)?(?:in\b|it\b|"
    r"one\b|that\b|(?:in\s+)?(?:for\s+)?(?:a|an|the|some|that|this)\s+(?:quick\s+|short\s+|intro\s+|\d+[\s-]?min(?:ute)?s?\s+)?"
    r"(?:demo\s+|sales\s+|discovery\s+|intro\s+)?(?:call|meeting|demo|slot|time|chat|session|walk-?through)\b)"
    rf"|{_NOT_BEFORE}\b(?:get|have|hop\s+on|jump\s+on)\s+(?:me\s+|us\s+)?(?:in\s+)?(?:for\s+)?(?:a\s+|the\s+)?(?:quick\s+|short\s+)?"
    r"(?:demo\s+|sales\s+|discovery\s+|intro\s+)?(?:call|demo|meeting|chat\s+with\s+(?:sales|someone))\b"
    rf"|{_NOT_BEFORE}\b(?:want|like|need|prefer|love)\s+(?:a|to\s+(?:have|do|get|book)\s+a)\s+(?:quick\s+|short\s+)?(?:call|demo|meeting)\b"
    r"|^\W*(?:a\s+)?(?:quick\s+)?(?:call|demo|meeting)\s+(?:please|pls|plz)\b",
    re.I,
)
_NOT_A_CALL_RE = re.compile(r"\b(?:call|demo|meeting)\s+(?:center|centre|recording|tracking|logs?)\b", re.I)


def asks_for_a_call(text: str) -> bool:
    """ "book a call pls", "could we schedule a demo?": a call asked for, as a request or a question."""
    mended = _typos_mended(text)
    return bool(CALL_REQUEST_RE.search(mended)) and not _NOT_A_CALL_RE.search(mended)


# asking after the SDR who was told: "is lena here yet??", "how long til they join?", "hello? anyone there?"
WAITING_RE = re.compile(
    r"\bis\s+(?:she|he|they|some\s*one|any\s*one|any\s*body|some\s*body|[a-z]+)\s+(?:here|there|coming|joining|around|on\s+\w+\s+way)\b"
    r"|\bhow\s+long\s+(?:till|until|til|before|will|do\s+i|does\s+it|is\s+the\s+wait|for)\b|\bstill\s+waiting\b"
    r"|\bwhen\s+(?:will|does|is)\s+(?:\w+\s+)?(?:join|come|be\s+here|arrive|get\s+here|show\s+up)\b"
    r"|\bwhere\s+is\s+(?:she|he|they|[a-z]+)\s*\??\s*$|\b(?:any\s*one|any\s*body|some\s*one)\s+(?:there|here)\b"
    r"|\bist\s+\w+\s+(?:da|schon\s+da)\b",
    re.I,
)
# a day or a time of day, while times are on offer: "how about wednesday afternoon", "tmrw at 3?"
MEETING_TIME_RE = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(?:today|tomorrow|tmrw|tmr)\b"
    r"|\b\d{1,2}(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\bat\s+\d{1,2}(?::[0-5]\d)?\b|\b\d{1,2}:[0-5]\d\b"
    r"|\b(?:morning|afternoon|evening|noon|midday|lunch\s*time)\b",
    re.I,
)
LEAVING_RE = re.compile(
    r"\b(?:gotta|got\s+to|have\s+to|need\s+to|must)\s+(?:go|run|jump|leave|hop|dash|head)\b|"
    r"\b(?:another|some\s+other)\s+time\b|\btalk\s+(?:to\s+you\s+)?later\b|\bbrb\b|\bcontinue\s+later\b|"
    # "ok let me think about it": a pause, not an answer ("I've passed that on as you said it")
    r"\b(?:let\s+me|i'?ll|i\s+will|i\s+need\s+to|need\s+to|have\s+to|gotta)\s+(?:think\s+(?:about\s+it|it\s+over)|sleep\s+on\s+it|"
    r"mull\s+it\s+over|check\s+with\s+(?:my|the)\s+\w+\s+(?:first|and\s+(?:get|come)\s+back))\b",
    re.I,
)
EXPLAIN_RE = re.compile(
    r"\b(?:why|how\s+come|what\s+for|what'?s\s+(?:that|it|this)\s+for)\b[^?]{0,40}\b(?:need|want|ask|know|matter)", re.I
)
# "am I talking to a person?", "are you a real human?": asking what the assistant is, not for a person
_IDENTITY_RE = re.compile(
    r"\b(?:am\s+i|are\s+you|is\s+(?:this|that|it)|r\s+u|u\s+a)\b[^.?!]{0,25}?\b(?:person|human|bot|robot|ai|real)\b"
    # "is there a person typing this": who writes the replies, asked
    r"|\bis\s+there\s+(?:a\s+|an\s+)?(?:real\s+|actual\s+)?(?:person|human)\s+(?:typing|writing|behind|answering|replying|"
    r"on\s+the\s+other\s+end)\b",
    re.I,
)
_EXPLAIN_RE = re.compile(
    r"\b(?:why|what\s+for|reason|purpose|need\s+(?:that|this|it|to\s+know)|what'?s\s+it\s+for)\b", re.I
)
_CORRECT_RE = re.compile(
    r"\b(?:actually|correction|correct|change|update|wrong|mistake|meant|instead|typo|scratch\s+that|not\s+\w+\s*,|"
    r"sorry|oops|my\s+bad|i\s+mean|no\s+wait|not\s+(?:a\s+|an\s+)?\w+\W*$)",
    re.I,
)
_ERASE_RE = re.compile(r"\b(?:delete|erase|remove|forget|wipe|get\s+rid\s+of)\b", re.I)
_BYE_RE = re.compile(
    r"\b(?:bye|goodbye|see\s+ya|see\s+you|cya|gotta\s+go|got\s+to\s+go|have\s+to\s+go|gtg|later|another\s+time)\b", re.I
)
_THANK_RE = re.compile(r"^\W*(?:thanks?(?:\s+you)?|thx|ty|cheers|much\s+appreciated|appreciate\s+it)\W*$", re.I)
_BOT_RE = re.compile(r"\b(?:bot|robot|ai|automated|machine|real\s+person|human)\b", re.I)
_HELLO = r"(?:hi|hello|hey|hiya|howdy|good\s+(?:morning|afternoon|evening))"
_GREET_RE = re.compile(rf"^\W*(?:{_HELLO}|yo)\W*(?:there)?\W*$", re.I)
# a hello and where the visitor came from, nothing asked: "hiya, came here from your linkedin ad", "hi again, I was
# on here yesterday", "hello, a colleague sent me this page"; the classifier reads the ad or the colleague as a request
_HELLO_FROM_RE = re.compile(
    rf"^\W*(?:{_HELLO}|hallo|hola|bonjour|olá|ola)\b(?:\s+there)?"
    r"(?:\s+again)?[\s,!.:;-]*(?:(?:i\s+|we\s+)?(?:just\s+)?(?:came|come|coming|landed|got\s+here|ended\s+up\s+here|"
    r"clicked|found\s+(?:you|this|your)|saw\s+(?:you|your|this)|heard\s+(?:about|of)\s+you|was\s+(?:on\s+)?here|"
    r"(?:am|'m)\s+back|(?:am|'m)\s+(?:just\s+)?(?:popping|stopping)\s+(?:in|by)|popping\s+in)\b|"
    r"(?:a|my)\s+(?:colleague|friend|coworker|co-worker|boss|manager|partner)\s+(?:sent|shared|recommended|pointed|"
    r"told|forwarded|mentioned)\b|again\b|back\b)[^?]{0,80}$",
    re.I,
)
_ASKS_RE = re.compile(
    r"\b(?:can|could|would|do|does|is|are|how|what|why|when|where|which|need|want|looking\s+for)\b", re.I
)


def hello_and_whence(text: str) -> bool:
    """A greeting that only says where the visitor came from: a hello, whatever the classifier made of the rest."""
    return bool(_HELLO_FROM_RE.match(text)) and not _ASKS_RE.search(text) and "?" not in text


_ACK_RE = re.compile(r"^\W*(?:ok(?:ay)?|k|cool|great|nice|got\s+it|alright|sounds\s+good|hm+|hmm+)\W*$", re.I)
_ASKING_RE = re.compile(
    r"\b(?:tell\s+me|show\s+me|wondering|curious|info(?:rmation)?\s+(?:on|about)|details\s+(?:on|about)|explain)\b",
    re.I,
)

# A bare yes or shrug: no answer to a question about the business (a yes may answer the role or consent)
_AGREEING_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|oh|ugh|um+|meh)\s+)?(?:sure(?:\s+thing)?|fine|yes|yep|yeah|ya|yup|whatever|understood|noted|"
    r"kk|right|go\s+on|go\s+ahead|next|ok(?:ay)?\s+then|why\s+not|if\s+you\s+say\s+so)\W*$",
    re.I,
)
# a whole reply that is a yes or an ok in another language ("sí", "claro", "d'accord", "はい"): "sí" to the industry
# question was kept as the industry "in your words"
_YES_OTHER_RE = re.compile(
    r"^\W*(?:sí|si|claro|vale|dale|oui|d'accord|ouais|ja|jawohl|genau|klar|sim|certo|tak|jasne|ano|jo|joo|kyllä|да|"
    r"ага|конечно|evet|tamam|olur|ya|iya|oke|ok|baik|có|vâng|dạ|نعم|أكيد|כן|בטח|हाँ|हां|ठीक\s+है|ναι|igen|"
    r"da|sawa|ndiyo|oo|opo|はい|ええ|うん|是|是的|好|好的|行|네|예|응|ใช่|ครับ|ค่ะ)\W*$",
    re.I,
)
_NOT_ANSWERED_BY_AGREEING = frozenset({"industry", "company_size", "budget", "timeline"})
# several yeses in a row: "Sure, go ahead", "yes ok go on", "yep sure thing!"
_AGREE_WORD = (
    r"(?:ok(?:ay)?|sure(?:\s+thing)?|fine|yes|yep|yeah|ya|yup|alright|right|go\s+on|go\s+ahead|"
    r"go\s+for\s+it|next|then|please|pls|np|no\s+problem|fire\s+away|shoot|ask\s+away|ask\s+me)"
)
_GO_AHEAD_RE = re.compile(rf"^\W*{_AGREE_WORD}(?:[\s,.!-]+{_AGREE_WORD})*\W*$", re.I)

# A yes to "shall I ask you a few questions?", read from the words whatever the classifier said: typos mislead
# both readers ("alright, ask ur qustions"). A bare "ok" after an offer stays an acknowledgement: the offer follows
# an answer, which is what "ok" acknowledges (tests/stories/heldout_openings.yml)
_INVITES_QUESTIONS_RE = re.compile(
    r"(?<!\bi'll\s)(?<!\bwill\s)(?<!\blet\sme\s)(?<!\bto\s)(?<!\bgonna\s)"  # "I'll ask my boss" is theirs to ask
    r"\b(?:a(?:sk|ks)|shoot|fire)\s+(?:away|aw\w+|ahead|me\b|(?:your|ur|yr|ya)\b|(?:the|those|some|a\s+few)\s+q\w*|them\b)"
    r"|\bgo\s+a\w{2,4}d\b"  # "go ahead", "go ahaed"
    r"|\blet'?s\s+(?:do|start|begin|go\s+through|get\s+through|hear)\s+(?:the\s+|your\s+|ur\s+|those\s+|them\s+|"
    r"some\s+|a\s+few\s+)?(?:q\w*|them|it|this)\b"  # "ok let's do the questins"
    r"|\b(?:a(?:sk|ks)|shoot|fire)\s*$",
    re.I,
)
_REFUSING_RE = re.compile(r"\b(?:don'?t|dont|do\s+not|no|not|never|stop|quit|enough|later)\b|n't\b", re.I)


_HEARD_RE = re.compile(r"^\W*(?:ok(?:ay)?|k|kk|cool|got\s+it|alright|sounds\s+good|understood|noted)\W*$", re.I)


def acknowledges(text: str) -> bool:
    """ "ok", "got it", "cool": heard, nothing more ("hmm" is not even that)."""
    return bool(_HEARD_RE.search(without_fillers(text.strip())))


def goes_ahead(text: str, pending: str | None) -> bool:
    """ "Sure, go ahead", "ok fire away" to a question a yes cannot answer (the industry, size, budget or date): a
    go-ahead, not the answer ("Sure, go ahead" was kept as the industry "in your words")."""
    if pending not in _NOT_ANSWERED_BY_AGREEING:
        return False
    text = without_fillers(text.strip())
    return bool(_AGREEING_RE.search(text) or _GO_AHEAD_RE.match(text) or _YES_OTHER_RE.match(text))


def agrees_to_questions(text: str) -> bool:
    """The visitor lets the assistant ask: "alright, ask ur qustions", "ok fine, fire away"."""
    text = without_fillers(text.strip())
    if not text or is_question(text) or _REFUSING_RE.search(text):
        return False
    return bool(_INVITES_QUESTIONS_RE.search(text))


# A no to "shall I ask a few questions?", read from the words: the classifier is unsure of some ("not right now" at
# 0.50) and a retrained model may fall below the threshold. The whole reply is the no, with a thanks or a "for now".
_DECLINES_OFFER_RE = re.compile(
    r"^\W*(?:(?:no|nah|nope|na)\b[\s,.!]*)?(?:"
    r"not\s+(?:right\s+)?now|not\s+(?:just\s+)?(?:yet|today|at\s+the\s+moment|atm|rn)|maybe\s+(?:later|another\s+time|next\s+time)|"
    r"(?:some\s+)?other\s+time|later|no\s+thanks?|no\s+thank\s+you|no\s+need|(?:i'?m|im|i\s+am)\s+(?:good|fine|ok(?:ay)?)|"
    r"not\s+interested|(?:i'?d\s+)?rather\s+not|pass|no|nah|nope|na|"
    r"(?:i'?m\s+|im\s+)?just\s+(?:looking|browsing)|skip\s+(?:it|that|the\s+questions))"
    r"(?:[\s,.!]+(?:thanks?|thank\s+you|thx|ty|for\s+now|though|tho|sorry|just\s+(?:looking|browsing)|i'?m\s+just\s+(?:looking|browsing)))*"
    r"[\s.!]*$",
    re.I,
)


def declines_offer(text: str) -> bool:
    """The visitor says no to the offer of questions: "not right now", "nah i'm good", "maybe later, thanks"."""
    return bool(_DECLINES_OFFER_RE.match(without_fillers(text.strip())))


# what a comparison is made of: "we're a 60 person logistics company looking for a better tool" compares nothing
_COMPARES_RE = re.compile(
    r"\b(?:vs\.?|versus|compar\w*|alternatives?|(?:better|cheaper|worse|different)\s+(?:than|from)|"
    r"differ\w*|instead\s+of|switch\w*\s+from|over\s+(?:them|it)|stack\s+up|competitors?)\b",
    re.I,
)


def compares(text: str) -> bool:
    """The message compares something with something ("vs", "better than", "switch from")."""
    return bool(_COMPARES_RE.search(text))


# "why do you need my email?" while the name is asked: the question they ask about is the one named
_SLOT_NAMED = (
    ("company_size", r"company\s+size|team\s+size|head\s*count|how\s+many\s+(?:people|employees)|size"),
    ("email", r"e-?mail|mail\s+address"),
    ("person_name", r"(?:my|full|first|last)\s+name"),
    ("company", r"company(?:\s+name)?|business\s+name|employer"),
    ("budget", r"budget|money|spend\w*"),
    ("authority", r"role|authority|decision|title|position"),
    ("timeline", r"timeline|time\s*frame|go[-\s]live|deadline"),
    ("industry", r"industry|sector"),
)
_SLOT_NAMED_RE = [(slot, re.compile(rf"\b(?:{words})\b", re.I)) for slot, words in _SLOT_NAMED]


def slot_named(text: str) -> str | None:
    """The question a visitor names when they ask about one ("why do you need my email?")."""
    return next((slot for slot, pattern in _SLOT_NAMED_RE if pattern.search(text)), None)


def says_correction(text: str) -> bool:
    """The message says it changes an earlier answer ("actually", "sorry, 60 not 40", "I meant")."""
    return bool(_CORRECT_RE.search(text))


def _words(spaced: str, joined: str = "") -> re.Pattern[str]:
    """Words of many languages: those written with spaces as whole words, the others (CJK, Thai) anywhere."""
    alternatives = [rf"(?<!\w)(?:{spaced})(?!\w)"] + ([f"(?:{joined})"] if joined else [])
    return re.compile("|".join(alternatives), re.I)


# The same commands in the languages visitors write: a farewell, thanks or "delete my data" said in Spanish while a
# question is open was kept as the company's name or the industry "in your words". Closed sets of a few words per
# language, counted only where the classifier already read the command.
_ERASE_OTHER_RE = _words(
    "borra|borrar|borren|elimina|eliminar|eliminen|elimine|eliminate|eliminare|cancella|cancellate|apaga|apagar|"
    "apaguem|exclua|excluir|deleta|deletar|supprime|supprimez|supprimer|efface|effacez|effacer|lösch|lösche|löschen|"
    "löscht|verwijder|verwijderen|wis|usuń|usunąć|usuńcie|skasuj|smažte|smaž|smazat|vymažte|radera|slet|slett|poista|"
    "poistakaa|hapus|padam|удалите|удали|удалить|сотрите|видаліть|видалити|احذف|امسح|حذف|למחוק|מחק|תמחקו|"
    "हटा|हटाओ|हटाएं|मिटा|xóa|xoá|διαγράψτε|σβήστε|töröld|törölje|törölni|șterge|ștergeți|sterge|stergeti|futa",
    "削除|删除|刪除|삭제|ลบ",
)
# what would be erased, named beside the word for deleting: "usuń moje dane", "hapus data saya", "poista tietoni"
_PERSONAL_DATA_RE = _words(
    "(?:my|our|all\\s+my|all\\s+our)\\s+(?:personal\\s+)?(?:data|info|information|details|contact\\s+details|messages)|"
    "everything\\s+(?:i|we)\\s+(?:said|told\\s+you|shared|wrote)|"
    "(?:the|my)\\s+(?:phone\\s+number|number|e-?mail(?:\\s+address)?|address|details)\\s+(?:i|we)\\s+(?:gave|left|sent|shared)|this\\s+(?:chat|conversation)|(?<=forget\\s)me|(?<=delete\\s)me|(?<=remove\\s)me|(?<=erase\\s)me|"
    "datos|dados|données|donnees|daten|gegevens|dane|danych|údaje|údaj|tiedot|tietoni|tietojani|tiedoista|uppgifter|"
    "mina\\s+uppgifter|oplysninger|opplysninger|data\\s+saya|data\\s+gue|data\\s+aku|data\\s+peribadi|dati|i\\s+miei\\s+dati|"
    "данные|данных|дані|даних|بيانات|بياناتي|معلوماتي|הנתונים|נתונים|המידע|डेटा|जानकारी|dữ\\s+liệu|thông\\s+tin|"
    "δεδομένα|στοιχεία|adatok|adataimat|adataim|datele|verilerimi|verilerim|bilgilerimi|taarifa|data\\s+yangu",
    "データ|個人情報|数据|數據|资料|資料|信息|데이터|정보|ข้อมูล",
)


def _said_in_any_language(*patterns: re.Pattern[str]) -> Callable[[str], bool]:
    """Whether a text holds the English words or another language's for the same command."""
    return lambda text: any(pattern.search(text) for pattern in patterns)


_SAYS_ERASE = _said_in_any_language(_ERASE_RE, _ERASE_OTHER_RE)


def asks_to_erase(text: str) -> bool:
    """Deleting and what to delete, named together in any language: a request to erase, whatever the classifier read
    ("hapus data saya" was read as a question at 0.30 and got "Sorry, I didn't get that")."""
    return _SAYS_ERASE(text) and bool(_PERSONAL_DATA_RE.search(text))


_BYE_OTHER_RE = _words(
    "adiós|adios|hasta\\s+luego|chao|chau|tschüss|tschüs|tschau|auf\\s+wiedersehen|au\\s+revoir|à\\s+plus|arrivederci|"
    "tot\\s+ziens|doei|do\\s+widzenia|hej\\s+då|vi\\s+ses|ha\\s+det|farvel|näkemiin|пока|до\\s+свидания|до\\s+встречи|"
    "güle\\s+güle|hoşça\\s+kal|görüşürüz|sampai\\s+jumpa|dadah|tạm\\s+biệt|مع\\s+السلامة|وداعا|להתראות|अलविदा|αντίο|"
    "tchau|até\\s+logo|até\\s+mais|adeus|la\\s+revedere|viszlát|nashledanou|doviđenja|довиждане|до\\s+побачення|"
    "kwaheri|paalam",
    "さようなら|またね|じゃあね|再见|再見|拜拜|안녕히|ลาก่อน",
)
_THANK_OTHER_RE = _words(
    "gracias|danke|merci|grazie|obrigado|obrigada|dank\\s+je|dank\\s+u|bedankt|dziękuję|dzięki|tack|takk|kiitos|"
    "спасибо|благодарю|teşekkürler|teşekkür\\s+ederim|sağol|terima\\s+kasih|makasih|cảm\\s+ơn|شكرا|شكراً|תודה|"
    "धन्यवाद|शुक्रिया|ευχαριστώ|mulțumesc|köszönöm|děkuji|díky|hvala|дякую|asante|salamat",
    "ありがとう|谢谢|謝謝|감사합니다|고마워|ขอบคุณ",
)


# A command intent counts only with its own words: the classifier alone is not enough.
_COMMAND_EVIDENCE: dict[str, object] = {
    "stop": means_hold,
    "skip": means_hold,
    "explain": _EXPLAIN_RE.search,
    "correct": _CORRECT_RE.search,
    "erase_data": _SAYS_ERASE,
    "goodbye": _said_in_any_language(_BYE_RE, _BYE_OTHER_RE),
    "thank": _said_in_any_language(_THANK_RE, _THANK_OTHER_RE),
    "bot_challenge": _BOT_RE.search,
}


@dataclass(frozen=True)
class Reply:
    """One visitor message and the context a person reading the chat would use."""

    text: str
    intent: str | None = None
    requested_slot: str | None = None  # the question pending, if a form asks one
    answers_requested: bool = False  # our extractor found a value for the pending question
    # one of our answers is about it (the FAQ reader's `answerable`): "gdpr and where is data stored" said
    # to the team-size question is a question about the product, whatever its punctuation
    about_product: bool = False
    states_facts: bool = False  # it carries an answer to a discovery question (our extractor's entities)
    beside_facts: str = ""  # the text without those answers: "no rush, sometime next year" says no "no" to anything
    # how near the FAQ reader puts it to one of its topics (its score), including the questions we hand to a
    # specialist: "iso 27001, give or take" to the role question is about the product, not a role
    faq_score: float = 0.0


NEAR_A_TOPIC = 0.7  # the FAQ reader's score from which a message the classifier calls a question is one


# "kindly share the pricing details", "just give me the price", "hello, need pricing for our team": a request
# for prices is a question, however it is worded
_PRICE_REQUEST_RE = re.compile(
    r"\b(?:give|share|send|show|tell|need|want|get|see|know|enquir\w*|inquir\w*|looking\s+for)\b"
    r"[^.?!]{0,25}?\b(?:pric(?:e|es|ing)|costs?|rates|fees|how\s+much)\b"
    r"|^\W*(?:(?:hello|hi|hey|so|ok|k)\W+)?(?:pric(?:e|es|ing)|h(?:o)?w\s+mu?ch)\b",
    re.I,
)
# "whats the cheapest option", "lowest tier?", "entry level plan": our cheapest plan, which the price list names
_CHEAPEST_RE = re.compile(
    r"\b(?:cheapest|least\s+expensive|lowest[\s-]priced?|lowest|entry[\s-]level|most\s+affordable|budget)\s+"
    r"(?:option|plan|tier|package|one|version|choice|price|subscription)s?\b",
    re.I,
)


def asks_for_prices(text: str) -> bool:
    return bool(_PRICE_REQUEST_RE.search(text)) or asks_for_the_cheapest(text)


# "pls send me the pricing sheet", "can you email me the price list?": the prices, asked to be sent
_PRICE_LIST_RE = re.compile(
    r"\b(?:send|email|e-mail|mail|share|forward|shoot|drop)\s+(?:me|us|over|across)?\s*(?:the|a|your|ur|a\s+copy\s+of\s+the)?\s*"
    r"(?:pricing|price|prices)(?:\s+(?:sheet|list|pdf|deck|doc|document|breakdown|table|page))?\b"
    r"|\b(?:pricing|price)\s+(?:sheet|list|pdf|deck|breakdown|table)\b",
    re.I,
)


def asks_for_price_list(text: str) -> bool:
    return bool(_PRICE_LIST_RE.search(text))


def asks_for_the_cheapest(text: str) -> bool:
    return bool(_CHEAPEST_RE.search(text))


# "???", "huh?", "what?" said to a pending question: the question was not understood, so it is explained
_PUZZLED_RE = re.compile(
    r"^\W*(?:huh|what|eh|sorry|pardon|hm+)?\W*\?[?!.\s]*$"
    # "huh", "come again", "i don't get it": puzzled without a question mark
    r"|^\W*(?:huh+|eh|pardon|come\s+again|what\s+do\s+you\s+mean|i\s+don'?t\s+(?:understand|get\s+it)|"
    r"not\s+sure\s+what\s+you\s+mean|confused)\W*$",
    re.I,
)


def puzzled(text: str) -> bool:
    """The visitor did not understand the question ("???", "huh?"): not a question of theirs to answer."""
    return bool(_PUZZLED_RE.match(text.strip()))


# "what do you have on file for us?", "can you summarize what you know about us", "what's noted now": the
# answers so far, read back (a question, with or without its question mark)
_ASKED_FIELDS = r"(?:budget|industry|name|e-?mail|company|team\s+size|size|head\s*count|timeline|role|details|info)"
_WHAT_NOTED_RE = re.compile(
    r"\bwhat\s+(?:do\s+you\s+have|have\s+you\s+(?:got|noted|written|saved|recorded|stored|kept)|did\s+you\s+"
    r"(?:note|write|save|record|store|keep|get)|(?:do\s+)?you\s+(?:know|have)\s+(?:about|on))\b"
    r"(?=[^.?!]{0,25}\b(?:on\s+file|about\s+(?:us|me|our)|so\s+far|down|noted|of\s+(?:us|mine|ours)|from\s+me)\b)"
    r"|\bsumm?ar(?:y|i[sz]e)\b[^.?!]{0,30}\b(?:you\s+(?:know|have|noted|got)|so\s+far|i\s+(?:said|told))"
    r"|\bwhat(?:'?s|\s+is|\s+has)\s+(?:been\s+)?(?:noted|saved|recorded|stored|on\s+file|written\s+down)\b"
    r"|\bwhat\s+(?:info|information|data|details)\s+(?:do\s+you\s+have|have\s+you\s+(?:got|noted|saved|kept))\b"
    # "what did u note down for budget", "what industry did u put me down as", "what name did u save?", "what info u
    # have on me": one answer asked after, in a text's words (they had got why we ask, or the price list)
    rf"|\bwhat\s+(?:did|have)\s+(?:you|u|ya)\s+(?:note|put|write|save|record|enter|store|get|have)\w*\s+"
    rf"(?:me\s+)?(?:down\s+)?(?:for|as)\s+(?:my\s+|our\s+|the\s+)?{_ASKED_FIELDS}\b"
    rf"|\bwhat\s+(?:{_ASKED_FIELDS})\s+(?:did|have)\s+(?:you|u|ya)\s+(?:note|put|write|save|record|enter|store|get|have)\w*\b"
    r"|\bwhat\s+(?:info|information|data|details)\s+(?:do\s+)?(?:you|u)\s+(?:have|got)\s+(?:on|about)\s+(?:me|us)\b",
    re.I,
)


# "what happens next?", "what now", "then what?", "what are the next steps": the way on, from where they are
_WHAT_NEXT_RE = re.compile(
    r"\bwhat\s+(?:happens|comes|is\s+happening)\s+(?:next|now|after(?:\s+(?:that|this))?|then)\b|\bwhat(?:'?s|\s+is)\s+next\b(?!\s+(?:on|for|in)\s+(?:the|your)\s+(?:roadmap|product|release|version))"
    r"|^\W*(?:ok(?:ay)?\W+|so\W+)?(?:what\s+now|then\s+what|and\s+then|now\s+what)\W*$"
    r"|\bwhat\s+(?:are\s+)?the\s+next\s+steps?\b|\bnext\s+steps?\s*\?",
    re.I,
)


# consent said in so many words, whatever was asked: "ok yes you can keep my details", "i consent", "keep my email"
_KEEP_MY_DETAILS_RE = re.compile(
    r"\byou\s+(?:can|may|could)\s+(?:keep|store|save|have|use|record)\s+(?:my|our)\s+"
    r"(?:details|data|info\w*|e-?mail|name|contact\w*|chat)\b"
    r"|\b(?:ok(?:ay)?|fine|yes|sure)\W+(?:to\s+)?(?:keep|store|save)\s+(?:my|our)\s+(?:details|data|info\w*|e-?mail)\b"
    r"|\bi\s+(?:do\s+)?consent\b|\bi\s+agree\s+to\s+(?:you\s+)?(?:keeping|storing|saving|(?:the|your)\s+privacy)\b"
    r"|\bchanged?\s+my\s+mind\b[^.?!]{0,40}\b(?:keep|details|consent|data|email)\b"
    # "I DO want to leave my details", "happy to give you my email", "take my details": offering them is agreeing
    r"|\bi\s+(?:do\s+|really\s+)?(?:want|wanna|would\s+like|'d\s+like|am\s+happy|'m\s+happy|m\s+happy)\s+to\s+"
    r"(?:leave|give|share|send)\s+(?:you\s+)?(?:my|our)\s+(?:details|data|info\w*|e-?mail|contact\w*)\b"
    r"|\b(?:take|have)\s+my\s+(?:details|e-?mail|contact\s+(?:details|info))\b",
    re.I,
)


def gives_consent(text: str) -> bool:
    """Consent given in words that say what is agreed to, not a bare "yes" (which answers whatever was asked)."""
    return bool(_KEEP_MY_DETAILS_RE.search(text)) and not _REFUSING_KEEP_RE.search(text)


_REFUSING_KEEP_RE = re.compile(r"\b(?:don'?t|do\s+not|not|never|no)\s+(?:\w+\s+){0,2}(?:keep|store|save)\b", re.I)


# "stop asking me questions", "no more questions please", "enough with the questions": none to be offered again
_NO_MORE_QUESTIONS_RE = re.compile(
    r"\b(?:stop|quit|enough\s+(?:with\s+)?(?:the\s+|your\s+)?|no\s+more)\s*(?:asking\s+(?:me\s+|us\s+)?)?"
    r"(?:(?:all\s+)?(?:the\s+|these\s+|your\s+|ur\s+)?q(?:uestion)?s\b|questions?\b)"
    r"|\bdon'?t\s+(?:want\s+to\s+)?(?:answer|do)\s+(?:any\s+)?(?:more\s+)?(?:the\s+|your\s+)?questions\b",
    re.I,
)


# "skip the rest please", "skip all of them": every question still open, not only the pending one
_SKIP_THE_REST_RE = re.compile(
    r"\bskip\s+(?:the\s+)?(?:rest|remaining(?:\s+(?:ones|questions|qs))?|all(?:\s+of\s+(?:them|these|the\s+rest))?|"
    r"them\s+all|everything(?:\s+else)?|the\s+others)\b",
    re.I,
)


def skips_the_rest(text: str) -> bool:
    return bool(_SKIP_THE_REST_RE.search(text))


def no_more_questions(said: str) -> bool:
    """The visitor said, at some point, not to be asked questions."""
    return bool(_NO_MORE_QUESTIONS_RE.search(said))


def asks_what_next(text: str) -> bool:
    return bool(_WHAT_NEXT_RE.search(text))


def asks_what_noted(text: str) -> bool:
    return bool(_WHAT_NOTED_RE.search(text))


# buying without a call: "i dont want a call, just a checkout link", "can i sign up myself without talking to
# sales?", "I just want to pay with a credit card", "where's the signup link?", "how do I check out?"
_SELF_SERVE_RE = re.compile(
    r"\b(?:check\s*-?\s*out|payment|sign\s*-?\s*up|order|purchase|buy(?:ing)?)\s+(?:link|page|form|url)\b"
    r"|\bhow\s+(?:do|can)\s+(?:i|we)\s+(?:check\s*-?\s*out|sign\s*-?\s*up|subscribe|pay\s+for\s+it|buy\s+(?:it\s+)?online)\b"
    r"|\bwhere\s+(?:do|can)\s+(?:i|we)\s+(?:sign\s*-?\s*up|buy|purchase|pay|subscribe|check\s*-?\s*out|enter|put\s+in)\b"
    r"|\b(?:(?:(?:want|wanna|need|like|prefer|happy)\s+to|rather)\s+(?:just\s+)?(?:pay|buy|purchase|sign\s*-?\s*up|subscribe|order)"
    r"|(?:can|could)\s+(?:i|we)\s+(?:just\s+)?(?:buy|purchase|sign\s*-?\s*up|subscribe|order))"
    r"\b[^.?!]{0,30}\b(?:online|myself|ourselves|self[\s-]?serve|"
    r"(?:with|by)\s+(?:a\s+|my\s+|our\s+)?(?:credit\s+|debit\s+|company\s+)?card)\b"
    r"|\b(?:pay|buy|purchase|sign\s*-?\s*up|subscribe|order|check\s*-?\s*out)\b[^.?!]{0,40}\b(?:without|no|don'?t\s+(?:want|need)|"
    r"skip(?:ping)?)\s+(?:a\s+|any\s+|the\s+)?(?:sales\s+)?(?:call|calls|meeting|demo|talking|sales\s+pitch)\b"
    r"|\b(?:no|don'?t\s+(?:want|need)|without|skip(?:ping)?)\s+(?:a\s+|any\s+|the\s+)?(?:sales\s+)?(?:call|calls|meeting|demo)\b"
    r"[^.?!]{0,40}\b(?:buy|purchase|pay|sign\s*-?\s*up|subscribe|check\s*-?\s*out|card|link|order)\b"
    r"|\bself[\s-]?serve\b",
    re.I,
)
# the quote without the questions: "no more qs pls, just send the quote", "skip the questions and email me a quote"
_QUOTE_WITHOUT_QUESTIONS_RE = re.compile(
    r"\b(?:no\s+more|skip(?:ping)?\s+(?:the|these|your|ur|all\s+the)|stop\s+(?:the|these|with\s+the)|enough|without\s+(?:the|any|all\s+the))\s+"
    r"(?:q(?:uestion)?s|questions|questionnaire)\b[^.?!]{0,40}?\b(?:quote|quotation|pricing|price|invoice|proposal|order\s+form)\b"
    r"|\bjust\s+(?:send|email|e-mail|give|shoot)\s+(?:me|us|over)?\s*(?:the|a|your)\s+(?:quote|quotation|invoice|proposal|order\s+form)\b",
    re.I,
)


def wants_self_serve(text: str) -> bool:
    """Ready to buy, without a call or without more questions: the order form or quote comes by email (a question,
    whatever else is pending)."""
    return bool(_SELF_SERVE_RE.search(text)) or wants_quote_now(text)


def wants_quote_now(text: str) -> bool:
    """A quote asked for in place of the questions ("no more qs pls, just send the quote" got the industry
    question)."""
    return bool(_QUOTE_WITHOUT_QUESTIONS_RE.search(text))


# back after a pause: "ok I am back", "where were we?", "sorry, back now", "let's pick up where we left off"
_BACK_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|hi|hey|sorry|alright|right)\W+)*(?:i'?m|i\s+am|am)\s+back\b"
    r"|^\W*(?:(?:ok(?:ay)?|sorry|alright)\W+)*back(?:\s+now|\s+again)?\W*$"
    r"|\bwhere\s+(?:were|was)\s+(?:we|i)\b|\bwhere\s+did\s+we\s+(?:leave|stop)\b"
    r"|\b(?:pick\s+up|carry\s+on|continue|go\s+on)\s+(?:from\s+)?where\s+we\s+(?:left\s+off|stopped)\b",
    re.I,
)


def comes_back(text: str) -> bool:
    """Back after a pause, to go on where the conversation stopped."""
    return bool(_BACK_RE.search(text))


def is_question(text: str) -> bool:
    return bool(QUESTION_RE.search(without_fillers(text)) or _ASKING_RE.search(text) or asks_for_prices(text))


def besides_signal(text: str) -> str:
    """What a message says beside its buying signal or request for a person: "do you sign a
    BAA?" in "ready to move forward, do you sign a BAA?"; next to nothing in "which plan fits us?"
    (the signal asked as a question). Empty when fewer than three words are left."""
    rest = HUMAN_RE.sub(" ", BUYING_RE.sub(" ", _typos_mended(text)))
    return rest if len(re.findall(r"[A-Za-z]{2,}", rest)) >= 3 else ""


# The words requests for a person and buying signals are made of; a visitor in a hurry types
# "reday to buy" or "tlak to sales", and a signal must not be lost to a typo.
_SIGNAL_WORDS = (
    "ready",
    "purchase",
    "forward",
    "quote",
    "proposal",
    "contract",
    "talk",
    "speak",
    "someone",
    "somebody",
    "person",
    "human",
    "sales",
    "salesperson",
    "representative",
    "schedule",
    "demo",
    "meeting",
    "move",
    "moving",
    "there",  # "is tehre a person"
    "connect",
)
# English words a letter away from a signal word: never a typo of it
_NOT_TYPOS = frozenset({"here", "where", "three", "these", "theme", "thee", "thew", "contact"})
_TOKEN_RE = re.compile(r"[A-Za-z]{4,}")


def _typos_mended(text: str) -> str:
    def mend(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        if word in _SIGNAL_WORDS or word in _NOT_TYPOS:
            return match.group(0)
        close = difflib.get_close_matches(word, _SIGNAL_WORDS, n=1, cutoff=0.8) or [
            w for w in _SIGNAL_WORDS if one_edit_apart(word, w)
        ]
        return close[0] if close else match.group(0)

    return _TOKEN_RE.sub(mend, text)


_FIGURE_SLOTS = ("company_size", "budget", "timeline")
_CONTACT_ASKS = ("consent", *CONTACT_SLOTS)
_GO_ON_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|sure|yes|yeah|right|alright)\W+)*(?:let'?s\s+)?(?:continue|go\s+on|keep\s+going|carry\s+on|"
    r"resume|next(?:\s+question)?)\W*$",
    re.I,
)
_NEVER_MIND_RE = re.compile(
    r"^\W*(?:(?:oh|ok(?:ay)?|actually|hmm+|sorry|no|nah)\W+)*(?:never\s*mind|nvm|forget\s+(?:about\s+)?it|"
    r"don'?t\s+(?:worry|bother)(?:\s+about\s+it)?|no\s+need)\b",
    re.I,
)
# a figure and little else, however unsure: "idk like 60?", "maybe 5k a month?", "around 3 months??"
_HEDGED_FIGURE_RE = re.compile(
    r"^\W*(?:(?:idk|dunno|i\s+guess|i\s+think|maybe|probably|prob|like|about|around|roughly|approx\w*|hmm+|um+|uh+|"
    r"so|ok|well)\W+)*(?:~\s*)?[$€£]?\s*\d[\d,.]*\s*(?:k|ish|-ish)?\s*(?:ppl|people|employees|users|staff|seats|"
    r"a\s+month|a\s+year|/mo|/yr|per\s+(?:month|year)|months?|weeks?|days?)?\W*(?:i\s+guess|maybe|or\s+so|tops)?\W*$",
    re.I,
)


# a person's name and nothing else, titled or in capitals: "Dr. Anna Weber", "Tom Baker" (not "Not Sure")
_NAME_ONLY_RE = re.compile(
    r"^\W*(?:(?i:dr|mr|mrs|ms|miss|prof)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
    r"|(?!(?i:not|no|yes|very|next|last|this|maybe|depends|tbd|unknown|sure|flexible|around|about)\b)"
    r"[A-Z][a-z'-]+\s+(?!(?i:sure|idea|yet|clue|budget|rush|decision|time)\b)[A-Z][a-z'-]+)\W*$"
)


def read_reply(reply: Reply) -> Reading:
    text = without_fillers(reply.text.strip())
    if not text:
        return Reading.OTHER
    if text.startswith("/"):
        return Reading.PAYLOAD
    mended = _typos_mended(text)
    if HUMAN_RE.search(mended) and not _IDENTITY_RE.search(mended):
        return Reading.HUMAN
    if LEAVING_RE.search(text) and not reply.answers_requested:
        return Reading.LEAVING
    pending = reply.requested_slot
    if pending and asks_to_erase(text):
        return Reading.COMMAND  # "usuń moje dane" to the industry question: the erasure, never the industry
    if not pending:
        return Reading.BUYING if BUYING_RE.search(mended) or asks_for_a_call(mended) else Reading.OTHER
    if puzzled(text):
        return Reading.QUESTION  # "huh" to a question is no answer to it: the question is explained
    if reply.answers_requested:
        return Reading.ANSWER
    if (
        pending in (*DISCOVERY_SLOTS, "person_name", "company", "email")
        and not reply.states_facts
        and asks_for_a_call(mended)
        and not wants_self_serve(text)
    ):
        # "ok go ahead and book it" to the industry question had been kept as the industry, "in your words", and "book
        # me in pls" as the company
        return Reading.BUYING
    if pending in _CONTACT_ASKS and _NEVER_MIND_RE.match(text):
        # "actually never mind" after asking for a person: the details are not asked for again and again
        return Reading.LEAVING
    if (
        pending in _CONTACT_ASKS
        and reply.states_facts
        and (says_correction(text) or (pending == "consent" and consent_in(reply.beside_facts) is None))
    ):
        # "actually we're more of a freight software company" to the consent question got "Sorry, I didn't
        # get that": the earlier answer is changed and said so, then the question is put again
        return Reading.CORRECTION
    if pending in DISCOVERY_SLOTS and (
        EMAIL_RE.search(text) or (pending in _FIGURE_SLOTS and _NAME_ONLY_RE.match(text))
    ):
        # "anna.weber@medinet.com" to the role question, "Dr. Anna Weber" to the budget: contact details, offered
        # early (kept once consent is given), never the answer; the question is put again
        return Reading.COMMAND
    if pending in _FIGURE_SLOTS and _HEDGED_FIGURE_RE.match(text):
        return Reading.ANSWER  # "idk like 60?" to the team size: an answer unsure of itself, not a question
    if is_question(text) or asks_what_noted(text) or asks_what_next(text) or wants_self_serve(text):
        return Reading.QUESTION
    if (
        pending in DISCOVERY_SLOTS
        and pending != "industry"  # "network security firm" is a trade, however near the security answer
        and reply.intent == "faq"
        and reply.faq_score >= NEAR_A_TOPIC
        and not reply.states_facts
        and len(text.split()) > 1
    ):
        return Reading.QUESTION  # "iso 27001, give or take :)" to the role question was kept as the role "as said"
    # ("hubspot integration btw" to the name question was thanked as "Hubspot Integration Btw")
    if reply.about_product and pending in (*DISCOVERY_SLOTS, "person_name") and len(text.split()) > 1:
        # "hubspot and slack mostly" to the budget, "depends on the discount": no budget, but a topic we answer;
        # answered, then the question is put again, instead of keeping the words as the answer
        return Reading.QUESTION
    intent = reply.intent or ""
    evidence = _COMMAND_EVIDENCE.get(intent)
    if evidence is not None and evidence(text):  # type: ignore[operator]
        return Reading.COMMAND
    if _GREET_RE.search(text) or _ACK_RE.search(text) or _THANK_RE.search(text):
        return Reading.COMMAND  # "hi", "ok", "thanks" are not a company or a name
    if pending in DISCOVERY_SLOTS and (_INVITES_QUESTIONS_RE.search(text) or _GO_ON_RE.match(text)):
        return Reading.COMMAND  # "sure ask away", "let's continue" to the role question: a go-ahead, not a role
    if goes_ahead(text, pending) or (pending in _NOT_ANSWERED_BY_AGREEING and _INVITES_QUESTIONS_RE.search(text)):
        # "sure", "fine", "ok, fire away with your questions" name no industry, size, budget or date
        return Reading.COMMAND
    if pending not in ("person_name", "company", "email") and means_hold(text) and len(text.split()) <= 4:
        return Reading.COMMAND  # "no idea", "rather not say" to a discovery question
    if pending == "email" and "@" not in text and means_hold(text) and len(text.split()) <= 5:
        return Reading.COMMAND  # "nah no email" got "That doesn't look like an email address"
    return Reading.ANSWER


def reply_from(message: dict, requested_slot: str | None) -> Reply:
    """The Reply for a parsed message (Rasa's parse data), as both the policy and the forms read it."""
    text = str(message.get("text") or "")
    intent = (message.get("intent") or {}).get("name")
    found = bool(requested_slot) and any(e.get("entity") == requested_slot for e in message.get("entities") or [])
    if requested_slot == "email" and EMAIL_RE.search(text):
        found = True
    faq = message.get("faq_answer") or {}
    about_product = bool(faq.get("answerable"))
    score = faq.get("score")
    faq_score = float(score) if isinstance(score, (int, float)) else 0.0
    spans = [e for e in message.get("entities") or [] if e.get("entity") in DISCOVERY_SLOTS]
    beside = text
    for entity in sorted(spans, key=lambda e: -int(e.get("start") or 0)):
        start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
        if 0 <= start < end <= len(beside):
            beside = beside[:start] + " " + beside[end:]
    return Reply(
        text, str(intent) if intent else None, requested_slot, found, about_product, bool(spans), beside, faq_score
    )


def plain_answer(message: dict, requested_slot: str) -> object | None:
    """The value a parsed message plainly gives for the pending question (our extractor's entity
    for it, or an email address when the email is asked), whatever its intent: "this quarter"
    read as "stop", or an address read as "skip", is still the answer. None when it gives none."""
    values = [e.get("value") for e in message.get("entities") or [] if e.get("entity") == requested_slot]
    if values:
        return values[-1]
    text = str(message.get("text") or "")
    if requested_slot == "email":
        match = EMAIL_RE.search(text)
        return match.group(0) if match else None
    if requested_slot in ("person_name", "company") and is_plain_answer(text) and not means_hold(text):
        return text
    return None


def answer_despite_intent(
    slot: str, text: str, plain: object | None, reading: Reading, intent: str | None
) -> object | None:
    """The reply's value for the pending question `slot`, whatever intent the classifier gave it
    (None when it gives none): a pending question claims every reply that is not plainly a question
    or a command. `plain` is what `plain_answer` found in it; "skip, it's about 40" still answers,
    "not now" does not."""
    if reading is not Reading.ANSWER:
        return plain if plain is not None and reading is Reading.COMMAND and intent in ("stop", "skip") else None
    if plain is not None:
        return plain
    if slot == "consent":
        return None
    return text or None


_GUEST_RE = re.compile(
    r"\b(?:add|invite|include|bring|loop\s+in|cc|forward)\b[^.?!]{0,60}?\b(?:colleague|coworker|co-worker|teammate|"
    r"boss|manager|cto|ceo|cfo|partner|someone|somebody|team|them|him|her|[\w.+-]+@[\w-]+\.[\w.]+)|"
    r"\b(?:colleague|coworker|teammate|boss|cto|ceo|cfo)\b[^.?!]{0,40}?\b(?:join|come|attend|be\s+on)\b",
    re.I,
)
_RESCHEDULE_RE = re.compile(
    r"\b(?:reschedul\w*|another\s+time|different\s+time|other\s+time|move\s+(?:it|the\s+call|our\s+call)|"
    r"change\s+the\s+(?:time|date)|can'?t\s+make\s+it|push\s+(?:it|the\s+call)|cancel\w*)\b",
    re.I,
)
_DETAILS_RE = re.compile(
    r"\b(?:link|zoom|teams|meet|dial|join|invite|calendar|where|what\s+time|when\s+is|booking|booked|the\s+call|"
    r"the\s+meeting|agenda)\b",
    re.I,
)


def booking_request(text: str) -> str | None:
    """What a message after booking asks about the call: add a guest, another time, or details."""
    if _GUEST_RE.search(text):
        return "add_guest"
    if _RESCHEDULE_RE.search(text):
        return "reschedule"
    if _DETAILS_RE.search(text) and is_question(text):
        return "details"
    return None
