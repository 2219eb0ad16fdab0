"""data/nlu/generated.yml: intent examples composed from the phrase parts below.

Hand-written examples say each thing a few ways; visitors say it many more (openers, fillers,
slang, missing punctuation). Composing examples from parts teaches the classifier what varies
and what carries the intent. Edit the parts here, then `make train` (it regenerates the file;
`make validate` says when the committed file is out of date). Deterministic: a fixed seed.
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "data" / "nlu" / "generated.yml"
PER_INTENT = 40
SEED = 7

# Fillers go on every intent alike, so that none of them comes to mean one intent ("well, no").
OPENERS = ["", "", "", "hey ", "hi, ", "ok ", "so ", "honestly ", "quick one: ", "um ", "alright, ", "hello, ", "hmm ", "right, ",
           "well, ", "uh ", "i mean ", "ok so "]
CLOSERS = ["", "", "", "?", " pls", " please", " thanks", " thx", " 🙏", "!", " lol", " tbh"]
COMPETITORS = ["hubspot", "salesforce", "pipedrive", "intercom", "drift", "zendesk", "zoho", "freshworks", "monday", "close.com"]
TOOLS = ["hubspot", "salesforce", "slack", "zapier", "pipedrive", "google sheets", "outlook", "gmail", "teams", "marketo"]

# intent -> alternatives; "a|b" inside (…) picks one; {seats}, {competitor}, {tool} are filled in.
PARTS: dict[str, list[str]] = {
    "start_discovery": [
        "(which|what) (plan|tier|package) (would you recommend|fits us|is right for us|should we get|makes sense for a team like ours)",
        "(help me|can you help me|could you help us) (pick|choose|figure out|work out) (a|the right|which) (plan|tier|package)",
        "(can i|could we|can we|i'd like to) get a (quote|proposal|custom quote|price quote|price) for (about {seats} seats|our team|{seats} users)",
        "(i want|we want|i'd like|we would like|we're ready|i'm ready) to (buy|sign up|get started|purchase|subscribe|go ahead)( today| this week| this month|)",
        "sign (me|us) up",
        "(book|schedule|set up|arrange) (a demo|a call|a walkthrough|an intro call)( for next week|)",
        "(what's|whats|what is) the next step( to buy| to get started|)",
        "how do (we|i) (get started|move forward|proceed|buy this)",
        "(just tell me|tell me) what (we'd|we would) need and what it (would|'d) cost",
        "(can|could) you put together (a proposal|an offer|a quote) for us",
        "(can i|could we) get pricing (tailored|specific) to (us|our setup|how we'd use it)",
        "(want to|wanna|would love to) see it in action( before i pitch it to my boss|)",
        "(we're|we are) (ready|looking) to (switch|move over) (from {competitor}|soon), (help us|can you help us) pick a plan",
        "(show me|give me) a demo",
        "(i'd like|we'd like) to talk about which plan fits",
        "(take my money|shut up and take my money|where do i pay|ok sold)( 💸|)",
        "(just |)(send|email) (me|us) the (contract|invoice|order form|paperwork|agreement)",
        "(we're ready to sign|ready to sign|let's sign)( today| this week|)( for {seats} seats|)",
        "(can you|could you) help (me|us) (figure out|work out|understand) what (we need|plan we need|fits)",
    ],
    "stop": [
        "(can we|let's|lets|could we) (continue|pick this up|finish this|resume|carry on) (later|tomorrow|another time|next week)",
        "(gotta|got to|have to|need to) (jump|hop) (into|on) a (meeting|call)(, (can we|let's) (continue|pick this up) (later|another time)|)",
        "(brb|one sec|hold on|back in a bit), (save|keep) (where we are|my answers|this|my progress)",
        "(pause|stop) (here|this|for now)(, i'll (be back|come back)|)",
    ],
    "skip": [
        "(rather not|prefer not to|i'd prefer not to|not comfortable) (say|share|sharing|saying|answering) (that|our budget|the budget|our size|this)",
        "(none of your business|that's private|that's confidential|can't disclose that|not telling)( lol|)",
        "(skip|pass|next question)( this one| on that| for now|)",
        "(i don't|dont|do not) (want|wish) to (answer|share|say) (that|this)( yet|)",
    ],
    "set_timezone": [
        "(i'm|im|we're|we are) (on|in) (singapore|sydney|london|new york|berlin|tokyo|pacific|eastern|central|mountain|india|paris) time",
        "(my|our) (time zone|timezone|tz) is (cet|est|pst|aedt|ist|gmt|utc|bst|pacific|eastern|europe/berlin|america/chicago)",
        "(i'm|im|we're) in (sydney|singapore|london|berlin|austin|toronto|mumbai|dubai)( so (aedt|sgt|gmt|cet|cst|est|ist|gst)|)",
        "(show|give) me (the |)times in (cet|est|pst|my time zone|pacific|eastern|london time)",
    ],
    "show_options": [
        "(show me|what are|can i see|list) (the |your |)(available |free |)(times|slots|time slots)( for a call|)",
        "(what|which) (times|slots|days) (do you have|are (open|free|available))( this week| next week|)",
        "when (can|could) we (meet|talk|do the call|book it)",
    ],
    "decline_consent": [
        "(no consent|i don't consent|i do not consent|don't store|do not store|dont keep) (my data|my details|anything|that)(, sorry|)",
        "(no|nope|nah),? (don't|do not|dont) (save|keep|store) (my|any) (details|info|data)",
    ],
    "human": [
        "get me (sales|a salesperson|your sales team|someone in sales)",
        "(i want|i need|lemme talk to) (sales|a sales rep|a salesperson)( now|)",
        "(get|put) me (through to|in touch with) (someone|a person|sales|your team|a rep|a human)",
        "(is|are) (anyone|someone|a person) from (sales|your team) (online|around|available)( right now|)",
        "(i'd rather|i prefer to|i want to|i'd like to) (talk|chat|speak) (to|with) (an actual|a real|a live) (person|human)( than fill this out|)",
        "hook me up with (whoever handles|someone who does|the person for) (enterprise deals|pricing|contracts)",
        "this bot (isn't|is not|isnt) helping, (get me|i need|find me) (a person|someone|a human)",
        "(can|could) (someone|a rep|a salesperson|one of your people) (call|email|text|contact) me",
        "who can i (talk|speak) to about (pricing|a contract|an enterprise deal|our account)",
        "(connect|transfer|pass) me to (a human|sales|a real person|an agent)",
    ],
    "bot_challenge": [
        "(are you|r u|am i talking to|is this) (a bot|an ai|a robot|a real person|human|automated)",
        "(wait |)(are|r) (you|u) (an actual|a real) (person|human)( typing|)",
        "is (this|it) (chatgpt|gpt|an ai|a chatbot) (answering|talking|)",
        "(bot|human|ai) or (human|person|not)",
    ],
    "compare": [
        "(is this|is it|is yours) (basically the same as|like|better than|different from|cheaper than) {competitor}( or|)",
        "{competitor} or you, which (one|is better)",
        "why (you|this|your tool) over {competitor}",
        "(is it|would it be) better than (building it ourselves|doing it in-house|a spreadsheet|a gpt wrapper|what we have now)",
        "how (do you|does this) (stack up|compare) (against|to|with) {competitor}",
        "what do you do that {competitor} (doesn't|does not|can't)",
    ],
    "faq/integrations": [
        "(does it|can it|can you|will it) (integrate with|sync with|push leads into|connect to|export to|work with|send data to) {tool}",
        "(is there|do you have) (an integration|a connector|an api|a zap) for {tool}",
        "can (leads|contacts|chats) (go|flow|sync) (straight|directly|automatically) into {tool}",
    ],
    "out_of_scope": [
        "(whats|what's|what is) {a}(\\*| times | plus ){b}",
        "tell me a (joke|story|fun fact)",
        "(my cat|the dog|my kid) just (walked on|sat on|typed on) the keyboard",
        "(what's|whats) the weather (like |)(in (london|austin|berlin)|today|)",
        "are you (hiring|looking for interns|accepting job applications)",
        "(can you|could you|help me) (write|fix|debug) my (essay|code|resume|homework)",
        "who (won|is winning) the (game|match|election)",
        "(what's|whats) your favou?rite (color|movie|food)",
        "my (printer|laptop|wifi) (isn't|is not|wont) (working|connecting)",
    ],
    "goodbye": [
        "(i'm|im|we're) (out|off|done here|heading off)( for now| for today|)( ✌️| 👋|)",
        "(gotta|got to|need to) (run|jump|head out|go)( now|, bye|)",
        "(that's|thats) all i needed(, bye| thanks bye| cheers|)",
        "(later|peace|ciao|cheers|bye for now)( 👋|!|)",
        "(talk|speak|chat) (to you |with you |)(soon|later|another time)",
    ],
    "correct": [
        "(oh |sorry |wait |no wait |)i meant (Q3|50|healthcare|monthly|the team plan|march) not (Q2|40|retail|yearly|the business plan|april)",
        "(actually|correction|sorry)(:|,) (we're|we are|it's|it is) (closer to 80|in logistics|more like 30k|about 200 people|next quarter)",
        "(no wait|sorry|hang on), (i'm|im) not the (decision maker|ceo|owner|buyer), (my boss|our cfo|the founder) is",
        "scratch that, (it's|we're|the budget is) (60|in retail|25k|a team of 12)",
        "(i made a typo|typo), (it's|should be) (45|finance|q1) not (54|fitness|q4)",
    ],
    "deny": [
        "no(,|) i (don't|dont|do not) (need|want) (a demo|that|the questions|a call|the newsletter)",
        "nah(,|) (i'm good|not now|not really|not interested|pass)",
        "no thanks(,|) not (interested|now|today|for me)",
        "(nope|no)(,|) (that's not it|not what i meant|i'll pass)",
    ],
    "greet": [
        "(hola|bonjour|hallo|ciao|ola|namaste|salut)( 👋|!|)",
        "(hey hey|heyy|good day|hiya|hi hi|sup|yo yo)( there|!|)",
    ],
}


def _expand(template: str, rng: random.Random) -> str:
    """One pick for each (a|b) group, innermost first, then the placeholders."""
    text = template
    pattern = re.compile(r"\(([^()]*)\)")
    while True:
        match = pattern.search(text)
        if match is None:
            break
        text = text[:match.start()] + rng.choice(match.group(1).split("|")) + text[match.end():]
    text = text.replace("\\*", "*")
    return (text.replace("{seats}", str(rng.choice([5, 12, 25, 40, 60, 150])))
            .replace("{competitor}", rng.choice(COMPETITORS)).replace("{tool}", rng.choice(TOOLS))
            .replace("{a}", str(rng.randint(2, 99))).replace("{b}", str(rng.randint(2, 99))))


def _noisy(text: str, rng: random.Random) -> str:
    """Lowercase, drop an apostrophe, or swap two letters: how people type in a chat box."""
    roll = rng.random()
    if roll < 0.15:
        text = text.replace("'", "")
    elif roll < 0.25:
        words = text.split()
        index = rng.randrange(len(words))
        word = words[index]
        if len(word) > 4 and word.isalpha():
            i = rng.randrange(1, len(word) - 2)
            words[index] = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        text = " ".join(words)
    return text


def existing_examples() -> set[str]:
    seen = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        if path == TARGET:
            continue
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                seen.add(line.strip().lstrip("- ").strip().lower())
    return seen


def generate() -> str:
    rng = random.Random(SEED)
    taken = existing_examples()
    lines = ["# Generated by scripts/generate_intents.py from the phrase parts there: edit those, not this file.",
             'version: "3.1"', "nlu:"]
    for intent, templates in PARTS.items():
        examples: list[str] = []
        for _ in itertools.count():
            if len(examples) >= PER_INTENT or _ > PER_INTENT * 40:
                break
            core = _expand(rng.choice(templates), rng)
            text = _noisy(f"{rng.choice(OPENERS)}{core}{rng.choice(CLOSERS)}".strip(), rng)
            text = re.sub(r"\s+", " ", text).strip()
            if text.lower() not in taken:
                taken.add(text.lower())
                examples.append(text)
        lines += [f"- intent: {intent}", "  examples: |"] + [f"    - {example}" for example in examples]
    return "\n".join(lines) + "\n"


def out_of_date() -> str | None:
    """A clear message when the committed file is not what the parts make, else None."""
    if not TARGET.exists() or TARGET.read_text() != generate():
        return (f"{TARGET.relative_to(ROOT)} is out of date with bot/nlu/intent_examples.py: run `make train` "
                "(or python -m bot.nlu.intent_examples) and commit the result")
    return None


def write() -> int:
    text = generate()
    if not TARGET.exists() or TARGET.read_text() != text:
        TARGET.write_text(text)
    return sum(1 for line in text.splitlines() if line.startswith("    - "))


if __name__ == "__main__":
    print(f"intent-examples: {write()} examples in {TARGET.relative_to(ROOT)}")
