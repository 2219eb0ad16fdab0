"""One entry point that finds every qualification fact in a visitor's message.

A spaCy pipeline built from `spacy.blank("en")` with an EntityRuler holds the lexicons
(industries from the taxonomy file); amounts, durations and roles are read by the normalizers
in this package. Overlaps are settled by a fixed priority so one stretch of text never yields
two conflicting entities.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from bot.clock import utctoday
from bot.nlu import dictionary_words
from bot.nlu.authority import find_authority, role_in_reply, someone_else_decides
from bot.nlu.budget import find_budgets, nothing_in_reply
from bot.nlu.clauses import clause_before, clause_end
from bot.nlu.cognates import CLIENT_WORDS, shared_cognates
from bot.nlu.company_size import ANY_PEOPLE_RE, find_company_sizes
from bot.nlu.corrections import disowned_figures, figures_said_of_something_else, settle, without_disowned_figures
from bot.nlu.currencies import load_rates
from bot.nlu.other_words import is_english
from bot.nlu.our_prices import list_prices
from bot.nlu.squeeze import Squeezed
from bot.nlu.taxonomy import Taxonomy, load_taxonomy
from bot.nlu.timeline import duration_in_reply, find_timelines
from bot.nlu.types import Found
from bot.nlu.typos import mend_swapped_letters
from bot.nlu.wordnet_industry import WordNetIndustries
from bot.nlu.wordnet_words import WordNetWords
from bot.settings import get_settings

MAX_CHARS = 2000
MAX_READINGS = 40
PRIORITY = ("budget", "company_size", "timeline", "authority", "industry")
ENTITY_NAMES = PRIORITY
# budgets settle their own corrections (bot/nlu/budget.py)
CORRECTABLE = ("company_size", "timeline", "authority")
_FIGURE_ENTITIES = ("budget", "company_size", "timeline")
_WHOLE_ANSWER_ONLY = {"other"}
# "other", "something else" name no business outside a reply; "hair salon" or "dog grooming" does anywhere
_SAYS_ONLY_OTHER = {"other", "others", "something else", "none of those"}
ROLE_WORDS = {
    "engineer",
    "engineers",
    "developer",
    "developers",
    "manager",
    "managers",
    "director",
    "lead",
    "analyst",
    "consultant",
    "specialist",
    "team",
    "department",
    "dept",
    "person",
    "guy",
    "officer",
    "admin",
    "administrator",
    "architect",
    "designer",
    "intern",
    "student",
    "teacher",
    "course",
    "class",
    "assignment",
    "project",
    "degree",
}


GENERIC_HEADS = {
    "startup",
    "startups",
    "start-up",
    "agency",
    "brand",
    "shop",
    "shops",
    "store",
    "stores",
    "company",
    "firm",
    "platform",
    "practice",
    "group",
    "chain",
    "broker",
    "brokers",
    "brokerage",
}
# Words that say what kind of company, not what it does: "our startup sells pet food" is retail.
WEAK_PHRASES = {"startup", "startups", "start-up", "start-ups"}
_NOT_GOODS = (
    r"(?!software|saas|apps?\b|games|websites|sites|tools|platforms|solutions|content|services?\b|ads\b|advertising|data\b|leads\b)"
    # "we make about 3 million", "we make money on ads": what they earn, not goods
    r"(?!(?:about|around|roughly|like|over|under|nearly|almost|close\s+to|money|revenue|profits?|sales|a\s+living|good\s+money)\b)"
    r"(?!(?:to|into|through|via|with|mostly|mainly|only|b2b|direct|everything|anything|stuff|things|it|them|orders|"
    r"parcels|packages)\b)"  # "we sell to hospitals": to whom, not what
    r"(?![a-z\s-]{0,30}\b(?:packages|holidays|trips|tours|travel|tickets|courses|training|services?|policies|loans|consulting)\b)"
)
# What the business does when no taxonomy word says it: "we make furniture", "we sell candles online".
DOING_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\bwe\s+(?:build|construct|renovate|remodel|install|fit|refit|retrofit)\s+(?:houses|homes|buildings|roads|bridges|offices|apartments|"
            r"warehouses|schools|hospitals|extensions|kitchens|bathrooms|roofs|windows|floors|flooring|boilers|hvac|"
            r"heat\s+pumps|solar\s+panels|elevators|lifts|fences|decks|pools)\b",
            re.IGNORECASE,
        ),
        "construction",
    ),
    (
        re.compile(
            r"\bwe\s+(?:lease|rent\s+out|let|own|develop|sell|manage|maintain|look\s+after)\s+(?:\w+\s+){0,3}?"
            r"(?:space|properties|property|buildings|apartments|homes|houses|offices|units|land|rentals|condos|flats|"
            r"lettings|lets)\b",
            re.IGNORECASE,
        ),
        "real_estate",
    ),
    (
        re.compile(
            r"\bwe\s+(?:ship|deliver|move|haul|transport|carry|store)\s+(?:\w+\s+)?(?:parcels|packages|freight|cargo|shipments|"
            r"containers|goods|pallets)\b",
            re.IGNORECASE,
        ),
        "logistics",
    ),
    (re.compile(r"\bwe\s+(?:truck|haul|transport|ferry|courier)\s+[a-z]+", re.IGNORECASE), "logistics"),
    # a public body: "state dept of transportation" is government whatever its department does
    (
        re.compile(
            r"\b(?:(?:state|county|city|municipal|federal|provincial|regional|local|town)\s+(?:[a-z&]+\s+){0,2}?"
            r"(?:dept|department|agency|government|council|office|authority|ministry)|"
            r"(?:dept|department|office|agency)\s+(?:for|of)\s+the\s+(?:city|county|state|town|municipality)|"
            r"(?:dept|department|ministry|secretary)\.?\s+of\s+(?:the\s+)?[a-z]+|city\s+of\s+[a-z]+|municipality|public\s+sector)\b",
            re.IGNORECASE,
        ),
        "government",
    ),
    # "we build marketing sites for construction firms": a web agency
    (
        re.compile(
            r"\bwe\s+(?:build|design|make|create|do)\s+(?:\w+\s+)?(?:web\s*sites|sites|landing\s+pages|brands?|logos|campaigns)\b",
            re.I,
        ),
        "professional_services",
    ),
    # "we see about 400 patients a week": a practice
    (
        re.compile(
            r"\bwe\s+(?:see|treat|care\s+for|look\s+after)\s+(?:about\s+|around\s+|~\s*)?(?:\d[\d,]*\s+)?patients\b",
            re.I,
        ),
        "healthcare",
    ),
    # "we fix roofs", "we install hvac": a trade on buildings
    (
        re.compile(
            r"\bwe\s+(?:fix|repair|install|replace|renovate|remodel|paint|build|do)\s+(?:\w+\s+)?(?:roofs?|roofing|gutters|"
            r"windows|kitchens|bathrooms|decks|fences|driveways|hvac|boilers|furnaces|plumbing|wiring|houses|homes|extensions)\b",
            re.I,
        ),
        "construction",
    ),
    # "we move boxes for amazon sellers": goods moved or stored for others
    (
        re.compile(
            r"\bwe\s+(?:move|ship|haul|deliver|store|warehouse|pick\s+and\s+pack)\s+(?:\w+\s+)?(?:boxes|parcels|packages|"
            r"freight|pallets|goods|containers|cargo|orders|stuff)\b",
            re.I,
        ),
        "logistics",
    ),
    # "we teach adults", "i teach 120 students", "i tutor kids": teaching is the business
    (
        re.compile(
            r"\b(?:we|i)\s+(?:teach|train|tutor|educate)\s+(?:\d[\d,]*\s+)?(?!(?:dogs|pets|horses|puppies|animals)\b)[a-z]+",
            re.IGNORECASE,
        ),
        "education",
    ),
    # "we grow tomatoes", not "we grow fast" or "we grow our team"
    (
        re.compile(
            r"\bwe\s+(?:grow|farm|raise|harvest|cultivate)\s+(?!(?:fast|quickly|rapidly|steadily|slowly|every|each|by|our|"
            r"the|a|an|it|revenue|sales|teams?|business|headcount|really|so|too|very|like|money|capital|funds|from|"
            r"year|month|quarter)\b)[a-z]+",
            re.IGNORECASE,
        ),
        "agriculture",
    ),
    (
        re.compile(
            r"\bwe\s+(?:audit|do\s+(?:the\s+)?(?:books|bookkeeping|taxes|tax\s+returns|accounts|payroll)\s+for|prepare\s+tax)",
            re.IGNORECASE,
        ),
        "professional_services",
    ),
    # software made for others: "we make apps for restaurants" is a software business whose customers are restaurants
    (
        re.compile(
            r"(?:\b(?:we|i|(?:co-?)?founders?|team|startup|us)(?:'re|'m|\s+are|\s+am)?\s+|(?<=,\s))(?P<doing>(?:make|build|develop|create|code|"
            r"write|design|making|building|developing|creating|coding|writing|designing)"
            # "we build and sell a scheduling app": two things done to one product
            r"(?:\s*(?:,|and|&)\s*(?:sell|market|run|maintain|support|license|ship|host|operate)\w*)*\s+(?:[\w-]+\s+){0,3}?"
            r"(?:apps?|software|web\s*apps?|saas|plugins?|browser\s+extensions?|mobile\s+games?|video\s+games?|games|"
            r"erps?|crms?|dev\s*tools?|developer\s+tools?|apis?|sdks?|(?:analytics|b2b|saas|ai|data|devops|security)\s+"
            r"(?:tools?|platforms?|products?)))\b",
            re.IGNORECASE,
        ),
        "software",
    ),
    # what is published or produced to be watched, read or heard: before "we make", which would take films for goods
    (
        re.compile(
            r"\bwe\s+(?:publish|print|produce|broadcast|stream|make|shoot|record)\s+(?:[\w'’-]+\s+){0,2}?(?:books|magazines|"
            r"podcasts?|films|movies|videos|tv\s+shows|documentaries|newsletters|news|comics|audiobooks|records|music)\b",
            re.IGNORECASE,
        ),
        "media",
    ),
    # food and drink made for shops and chains to sell, or brewed and distilled: a producer, not a shop
    (
        re.compile(
            r"\bwe\s+(?:bake|roast|brew|distill|bottle|mill|cure|smoke|pack)\s+(?:[\w'-]+\s+){0,3}?(?:for|to)\s+"
            r"(?:\w+\s+)?(?:grocery|grocers|supermarkets?|retailers?|stores|shops|chains|restaurants|cafes|wholesalers?|"
            r"distributors?|brands|hotels)\b|\bwe\s+(?:brew|distill)\s+[a-z]+",
            re.IGNORECASE,
        ),
        "manufacturing",
    ),
    (
        re.compile(
            rf"\bwe\s+(?:(?:design|develop|engineer|design,?\s+develop)\s*(?:,|and|&)\s*)?"
            rf"(?:make|manufacture|produce|fabricate|assemble|build)\s+{_NOT_GOODS}[a-z]+",
            re.IGNORECASE,
        ),
        "manufacturing",
    ),
    (
        re.compile(
            # "45 people selling home decor online": the team, said by its head count, selling
            rf"(?<!\bcan\s)(?<!\bcould\s)\b(?:we|i|company|startup|start-up|business|shop|store|brand|people|ppl|folks|guys|staff|of\s+us)"
            rf"(?:\s+(?:that|which|who))?\s+(?:sells?|selling|ships?|resells?|reselling|flips?|flipping)\s+{_NOT_GOODS}[a-z]+",
            re.IGNORECASE,
        ),
        "retail",
    ),
)
DOING_RULES += (
    # "solo consultant here", "independent consultant": their own consulting business
    (
        re.compile(r"\b(?:solo|independent|freelance|self[\s-]employed)\s+(?:[a-z]+\s+)?consultant\b", re.IGNORECASE),
        "professional_services",
    ),
    # "we plan corporate events and weddings", "we organise retreats": the events trade
    (
        re.compile(
            r"\bwe\s+(?:plan|organi[sz]e|host|put\s+on|run|cater|coordinate|throw)\s+(?:[a-z-]+\s+){0,2}?(?:weddings|events|"
            r"conferences|parties|festivals|retreats|banquets|galas|trips|tours|excursions)\b",
            re.IGNORECASE,
        ),
        "hospitality",
    ),
    # a fleet of heavy vehicles is a haulier's: "we run 60 trucks", "we operate a fleet of 40 lorries"
    (
        re.compile(
            r"\bwe\s+(?:(?:run|operate|dispatch)\s+(?:a\s+fleet\s+of\s+)?(?:about\s+|around\s+|over\s+|~\s*)?(?:\d[\d,]*\+?\s+)?|"
            r"(?:have|own|manage)\s+(?:a\s+fleet\s+of\s+)?(?:about\s+|around\s+|over\s+|~\s*)?\d[\d,]*\+?\s+)"
            r"(?:[a-z-]+\s+)?(?:trucks|lorries|semis|trailers|tractor[\s-]trailers|tankers|reefers|big\s+rigs)\b",
            re.IGNORECASE,
        ),
        "logistics",
    ),
    # what they do for their customers, done with their own software: "we help CFOs close the books with our app"
    (
        re.compile(
            r"\b(?:with|using|through|via)\s+our\s+(?:own\s+)?(?:app|software|platform|saas|api|web\s*app)\b|"
            r"\bour\s+(?:app|software|platform|saas|api)\s+(?:helps|lets|allows|enables|automates)\b",
            re.IGNORECASE,
        ),
        "software",
    ),
)
_MAKER_OF_GOODS_RE = re.compile(
    r"\b(?:manufactur\w*|fabricat\w*|assembl\w*)\b|\b(?:equipment|machinery|machines|parts|components|devices|hardware)\b",
    re.I,
)
# What they do says more than the goods or the kind of office they name ("we sell homes, brokerage").
_DOING_WINS = {"logistics", "real_estate", "government"}
# "I work for a competitor": a business like ours, a software one
_COMPETITOR_RE = re.compile(
    r"\b(?:i|we)\s*(?:work\s+(?:for|at)|am\s+(?:with|at|from)|'m\s+(?:with|at|from)|are\s+(?:with|from)|'re\s+(?:with|from))\s+"
    r"(?:a|an|one\s+of\s+your)\s+(?:direct\s+)?competitors?\b|\b(?:we'?re|we\s+are)\s+(?:a\s+)?(?:direct\s+)?competitors?\b"
    r"|^\W*(?:a\s+)?competitor\s+here\b"
    r"|\b(?:from|at|with|for)\s+(?:a|an|one\s+of\s+the)\s+competing\s+(?:vendor|company|product|tool|provider|platform|firm|solution)s?\b"
    # "hey it's dana from a competitor lol" (not "we switched from a competitor": their old vendor)
    r"|\b(?:i'?m|im|i\s+am|it'?s|its|this\s+is)\s+(?:\w+\s+)?from\s+(?:a|an|one\s+of\s+your)\s+(?:direct\s+)?competitors?\b",
    re.IGNORECASE,
)
# "consultant here, helping a retail client choose a CRM": a consultancy's own trade, whatever the client's
_CONSULTANT_RE = re.compile(
    r"\b(?:i'?m|im|i\s+am|as|we'?re|we\s+are)\s+(?:an?\s+)?(?:independent\s+|freelance\s+|external\s+|outside\s+|it\s+|"
    r"management\s+|tech\s+|strategy\s+)?consultants?\b(?!\s+(?:at|for|with|in)\s+(?:a|an|the)\s+(?!client))"
    r"|^\W*(?:\w+\s+)?consultant\s+here\b",
    re.IGNORECASE,
)
_BUILDS_A_RIVAL_RE = re.compile(
    r"\b(?:we|i)\s+(?:build|make|sell|run|develop)\s+(?:a\s+|an\s+)?(?:direct\s+)?(?:competing|competitor|rival)\s+"
    r"(?:tool|product|app|platform|software|solution|service)\b",
    re.I,
)
# What a business does, said by a verb and its object, names the business whatever other nouns the message holds
# ("we lend working capital to restaurants" is a lender, "we operate cell service in 3 states" a carrier, "we pour
# foundations for builders" a contractor): the nouns around it are its customers, places or materials.
STATED_DOING_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\bwe\s+(?:(?:lend|loan|advance)\s+(?:[\w-]+\s+){0,2}?(?:money|capital|cash|funds|credit)|"
            r"(?:offer|provide|give|make|write|arrange|broker|issue|originate|sell)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:loans|mortgages|microloans|financing|insurance(?!\s+(?:software|apps?))|annuities)|"
            r"(?:insure|underwrite|finance)\s+[a-z]+)\b",
            re.IGNORECASE,
        ),
        "financial_services",
    ),
    (
        re.compile(
            r"\bwe\s+(?:sell|supply|deliver|provide|generate|produce|distribute|retail|trade)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:electricity|natural\s+gas|(?:gas|power)\s+and\s+(?:electricity|power|gas)|heating\s+oil|"
            r"(?:solar|wind|green|renewable|clean)\s+(?:power|energy|electricity))\b",
            re.IGNORECASE,
        ),
        "energy",
    ),
    (
        re.compile(
            r"\bwe\s+(?:[a-z]+\s+and\s+)?(?:operate|run|provide|offer|sell|deliver|build|install)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:cell(?:ular)?|mobile|"
            r"wireless|phone|broadband|fib(?:er|re)|internet|5g|4g|lte)\s+(?:service|services|networks?|coverage)\b|"
            r"\b(?:regional|wireless|mobile|cell(?:ular)?|rural)\s+(?:carrier|telco|isp)\b",
            re.IGNORECASE,
        ),
        "telecom",
    ),
    (
        re.compile(
            r"\bwe\s+(?:pour|lay|frame|roof|plaster|drywall|pave|excavate|demolish)\s+(?:[\w-]+\s+){0,3}?(?:foundations|"
            r"concrete|slabs|driveways|floors|roofs|houses|homes|walls|decks|patios|buildings|sites)\b",
            re.IGNORECASE,
        ),
        "construction",
    ),
    # software sold by its kind: "we sell an EHR system to clinics", "we license our scheduling platform"
    (
        re.compile(
            r"\bwe\s+(?:sell|make|build|offer|provide|develop|license|run)\s+(?:an?\s+|the\s+|our\s+)?(?:own\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:ehr|emr|erp|crm|hris|ats|lms|cms|pos|saas|scheduling|booking|billing|inventory|"
            r"practice[\s-]management)\s*(?:system|software|platform|tool|suite|app|solution)s?\b",
            re.IGNORECASE,
        ),
        "software",
    ),
    # services done for other businesses: "we do SEO and ads for dentists"
    (
        re.compile(
            r"\bwe\s+(?:do|handle|run|provide|offer|sell)\s+(?:[\w-]+\s+(?:and\s+|&\s+)?){0,3}?(?:seo|sem|ppc|ads|"
            r"advertising|marketing|pr|branding|web\s*design|websites|bookkeeping|accounting|payroll|consulting|"
            r"recruiting|recruitment|staffing|translations?|it\s+support|managed\s+it)\s+(?:for|to)\b",
            re.IGNORECASE,
        ),
        "professional_services",
    ),
    # building for clients: "we build custom homes", "we renovate kitchens"
    (
        re.compile(
            r"\bwe\s+(?:build|renovate|remodel|fit\s+out|refurbish)\s+(?:(?:custom|new|luxury|modular|affordable|commercial|"
            r"residential|single[\s-]family|multi[\s-]family|office|small|timber|eco|private|public|family)\s+){0,2}"
            r"(?:homes|houses|apartments|condos|"
            r"buildings|offices|extensions|kitchens|bathrooms|warehouses|schools|hospitals|bridges|roads)\b",
            re.IGNORECASE,
        ),
        "construction",
    ),
    # advice and placement sold to businesses: "we advise hospitals on staffing", "we recruit nurses for clinics"
    (
        re.compile(
            r"\bwe\s+(?:advise|consult\s+(?:for|with)|coach|counsel|audit|recruit|headhunt|place)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:[a-z]+s|companies|businesses|firms|clients|startups|ngos|governments)\b",
            re.IGNORECASE,
        ),
        "professional_services",
    ),
    # printing goods, not books: "we print labels for food companies"
    (
        re.compile(
            r"\bwe\s+print\s+(?:[\w-]+\s+){0,2}?(?:labels|packaging|boxes|cartons|signs|signage|banners|t-?shirts|shirts|"
            r"stickers|circuit\s+boards|pcbs|parts|textiles|fabrics?)\b",
            re.IGNORECASE,
        ),
        "manufacturing",
    ),
    (
        re.compile(
            r"\bwe\s+(?:publish|produce|host|broadcast|stream|air|record)\s+(?:[\w'’-]+\s+){0,5}?(?:podcasts?|"
            r"(?:tv|television|news|radio|talk|cooking|reality)\s+(?:shows?|series|programmes?|programs?)|newscasts?|"
            r"documentar(?:y|ies)|magazines?|newspapers?)\b",
            re.IGNORECASE,
        ),
        "media",
    ),
)
# "apps for restaurants": the business is the first noun; what follows "for" is its customer.
# "the ERP that manufacturers use": a relative clause names the users, not the business
_CUSTOMER_JOINERS = {"for", "to", "serving", "that", "which", "into"}


def build_pipeline(taxonomy: Taxonomy) -> Language:
    nlp = spacy.blank("en")
    # "40 people, SaaS." ends a sentence: spaCy keeps the dot on a word that ends in a capital, as on "U.S.", and the
    # word is then no phrase of the taxonomy
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[a-z][A-Z])\.$", r"(?<=[a-zA-Z]{2})\.$"]
    tokenizer: Any = nlp.tokenizer
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    ruler.add_patterns(  # type: ignore[attr-defined]
        [{"label": "INDUSTRY", "pattern": phrase, "id": industry} for phrase, industry in taxonomy.phrases()]
    )
    return nlp


class QualificationExtractor:
    """Finds budget, timeline, authority, industry and company size with normalized values."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        rates: Mapping[str, float],
        today: Callable[[], date] = utctoday,
        prices: Callable[[], frozenset[float]] | None = None,
    ) -> None:
        self.nlp = build_pipeline(taxonomy)
        self.wordnet = WordNetIndustries(dict(taxonomy.phrases()))
        self.people = WordNetWords(self.wordnet.wordnet_dir)  # which words name staff, or a business
        # the trade words that stand alone, and the words that make a trade someone else's ("clientes")
        trade_words = [phrase for phrase, _ in taxonomy.phrases() if " " not in phrase]
        self.cognates = shared_cognates(tuple(sorted({*trade_words, *CLIENT_WORDS})), is_english)
        self.rates = dict(rates)
        self.today = today
        # the figures on our pricing page, read again when sales ops edit it
        self.prices = prices or (lambda: list_prices(get_settings().plans_path))

    @classmethod
    def from_files(
        cls, taxonomy_path: Path, currencies_path: Path, today: Callable[[], date] = utctoday
    ) -> QualificationExtractor:
        return cls(load_taxonomy(taxonomy_path), load_rates(currencies_path), today)

    def extract(self, text: str, *, answering: str | None = None) -> list[Found]:
        """Every fact in `text`; `answering` names the slot the visitor is replying to, which
        lets a bare answer ("3 months", "about 200", "other") count."""
        original = mend_swapped_letters(text[:MAX_CHARS])
        if not original.strip():
            return []
        squeezed = Squeezed(original, self.cognates.readings)
        found = self._read(squeezed.text, answering)
        meant = without_disowned_figures(squeezed.text)
        if meant != squeezed.text:
            # "2000 a month not 500", "40, not 15 like i said": read again without the figure disowned; where that
            # reading has a figure, it is the one meant (the rules read "not 500 people, more like 50" whole)
            again = {f.entity: f for f in self._read(meant, answering) if f.entity in _FIGURE_ENTITIES}
            # "not 500 employees, 50": the figure meant is bare, its unit said only with the one disowned; it answers
            # what the disowned figure was about
            about = self._kinds_of(disowned_figures(squeezed.text))
            for entity in sorted(about - again.keys()):
                meant_as_answer = [f for f in self._read(meant, entity) if f.entity == entity]
                if meant_as_answer:
                    again[entity] = meant_as_answer[0]
            # "the 5k i mentioned was for something else": with no other figure of its kind, none is meant
            elsewhere = self._kinds_of(figures_said_of_something_else(squeezed.text))
            found = sorted(
                [f for f in found if f.entity not in again and f.entity not in elsewhere] + list(again.values()),
                key=lambda f: f.start,
            )
        return [squeezed.unsqueezed(f) for f in found]

    def _kinds_of(self, figures: list[re.Match[str]]) -> set[str]:
        """What each figure (a match's group "figure") is read as alone: a budget, a head count, a timeline."""
        return {
            f.entity
            for figure in figures
            for f in self._read(figure.group("figure"), None)
            if f.entity in _FIGURE_ENTITIES
        }

    def _read(self, text: str, answering: str | None) -> list[Found]:
        """The facts of the squeezed `text`, on its offsets."""
        candidates: list[Found] = []
        candidates += find_budgets(text, self.rates, asked=answering == "budget", our_prices=self.prices())
        candidates += [
            size
            for size in find_company_sizes(text, whole_answer=answering == "company_size", people=self.people)
            if _counts_the_team(text, size)
        ]
        candidates += find_timelines(text, self.today(), whole_answer=answering == "timeline")
        # "我朋友是一家医院的老板" ("my friend 是一家 hospital 的 owner"): a relative's or friend's role, not theirs
        candidates += [
            a
            for a in find_authority(text, self.people)
            if not _kins(clause_before(text, a.start) + text[a.start : a.end])
        ]
        industries = self._industries(text, whole_answer=answering == "industry")
        outsider = _OUTSIDER_RE.search(text) is not None
        if outsider:  # a student's paper is about an industry; the place they intern at is theirs
            industries = [i for i in industries if _WORKS_AT_BEFORE_RE.search(text[max(0, i.start - 50) : i.start])]
            # "a case study on a 300 person retailer": the size of what they study
            candidates = [
                c
                for c in candidates
                if not (c.entity == "company_size" and _STUDIED_BEFORE_RE.search(text[max(0, c.start - 12) : c.start]))
            ]
        people = [c for c in candidates if c.info.get("people")]
        candidates += industries or ([] if outsider else self._from_occupations(people, text))
        if not any(c.entity == "industry" for c in candidates):
            if answering == "industry":
                candidates += self._trade_in_other_words(text)
            elif not outsider and _states_own_business(candidates):
                candidates += self._trade_in_other_words(text, volunteered=True)
            elif not outsider and (we_are := _WE_ARE_RE.match(text)):
                # "jsme malé vydavatelství", "vi är ett försäkringsbolag": what "we are", said first, is theirs
                said_first = clause_end(text, we_are.end())
                candidates += [c for c in self._trade_in_other_words(text, volunteered=True) if c.start < said_first]
        if answering == "authority" and not any(c.entity == "authority" for c in candidates):
            candidates += role_in_reply(text)
        if not any(c.entity == "authority" for c in candidates):
            candidates += someone_else_decides(text)
        if answering == "timeline" and not any(c.entity == "timeline" for c in candidates):
            candidates += duration_in_reply(text)
        if answering == "budget" and not any(c.entity == "budget" for c in candidates):
            candidates += nothing_in_reply(text)
        # a message states a handful of facts: past MAX_READINGS the rest is noise ("5k 5k 5k …"),
        # and weighing every pair of readings against each other costs time quadratic in their number
        candidates = sorted(candidates, key=lambda found: found.start)[:MAX_READINGS]
        candidates = settle(text, candidates, self._as_answer, CORRECTABLE)
        kept = _resolve_overlaps(candidates, first=answering)
        if any(f.entity == "timeline" and not f.info.get("no_timeline") for f in kept):
            # "a few weeks out, nothing urgent": the time named, with no hurry about it, is still the time
            kept = [f for f in kept if not (f.entity == "timeline" and f.info.get("no_timeline"))]
        return kept

    def _as_answer(self, text: str, entity: str) -> list[Found]:
        """`text` read as the reply to the question about `entity` (a bare "9", "2 months")."""
        if entity == "company_size":
            return find_company_sizes(text, whole_answer=True, people=self.people)
        if entity == "timeline":
            return find_timelines(text, self.today(), whole_answer=True) or duration_in_reply(text)
        if entity == "authority":  # "not my call... well actually it is, I'm the owner"
            return find_authority(text, self.people) or role_in_reply(text)
        return []

    def _trade_in_other_words(self, text: str, *, volunteered: bool = False) -> list[Found]:
        """The reply to the industry question in a word only a bilingual dictionary knows ("una panadería"):
        the first such word that names a trade. `volunteered`: said in passing, by a message that also gives the
        visitor's own head count or ownership ("sou dono de uma loja com 6 funcionários"), and with nothing before
        the word that makes it a client's, a relative's or another party's."""
        for start, end, english in dictionary_words.trades(text):
            if volunteered and (
                english in _ANY_BUSINESS_HAS
                or _PARTS_RE.fullmatch(english)
                or _someone_elses_business(clause_before(text, start), text[:start])
                or _CLIENT_NAMED_RE.search(text[max(0, start - 40) : end + 20])
            ):
                continue
            for found in self._industries(english, whole_answer=True):
                return [Found("industry", found.value, start, end)]
        return []

    def _industries(self, text: str, *, whole_answer: bool) -> list[Found]:
        """The most specific industry phrase; in "boutique hotel" the head noun (hotel) wins."""
        plain = _without_accents(text)  # "cafés" is a café whatever the keyboard
        doc = self.nlp(plain)
        best: Found | None = None
        weak: Found | None = None
        served: Found | None = None
        best_end_token = -10
        denied: set[str] = set()
        team_of: Found | None = None  # "a real estate team at a brokerage": the team's trade, if nothing says more
        for ent in doc.ents:
            industry = ent.ent_id_
            following = doc[ent.end].lower_ if ent.end < len(doc) else ""
            if following in _CLIENT_WORDS:
                continue  # "asking for a healthcare client": the client's business
            if (
                following in _ABOUT_A_TRADE
                or re.match(r"-(?:specific|focused|only)\b", text[ent.end_char : ent.end_char + 10])
                or (ent.text.lower().endswith("show") and re.search(r"\btrade\s+$", text[: ent.start_char], re.I))
            ):
                continue  # "a retail newsletter", "a trade show", "a healthcare-specific CRM": about a trade
            if _WORKS_AROUND_RE.match(text, ent.end_char) or _WORKS_AROUND_BEFORE_RE.search(text[: ent.start_char]):
                continue  # "we're moving offices, construction everywhere 😩": building work around them, no trade
            if following in ("crew", "crews") and re.search(
                r"\b(?:the|our|my|their)\s+$", text[: ent.start_char], re.I
            ):
                continue  # "forgot the warehouse crew": some of their people; "a roofing crew" is the business
            if following in ROLE_WORDS or following in _GROUP_OF_PEOPLE:
                if following == "team" and not _FUNCTION_RE.fullmatch(ent.text):
                    team_of = team_of or Found("industry", industry, ent.start_char, ent.end_char)
                continue  # "software engineer", "the warehouse folks": people with a role, not the business
            if (
                industry in _WHOLE_ANSWER_ONLY
                and ent.text.lower() in _SAYS_ONLY_OTHER
                and not (whole_answer or len(doc) <= 3)
            ):
                continue
            clause = clause_before(text, ent.start_char)
            if _someone_elses_business(clause, text[: ent.start_char]):
                continue  # "our clients are mostly banks", "we sell to hospitals", "your case study": not them
            if _COVERS_BEFORE_RE.search(text[max(0, ent.start_char - 30) : ent.start_char]) or (
                _MARKET_AFTER_RE.match(text, ent.end_char)
                and _STUDIED_MARKET_BEFORE_RE.search(text[max(0, ent.start_char - 30) : ent.start_char])
            ):
                continue  # "a trade magazine that covers manufacturing", "researching the healthcare market"
            if _DENIED_RE.search(text[max(0, ent.start_char - 26) : ent.start_char]):
                denied.add(industry)  # "we're not a healthcare company, we just sell to clinics": not even as customers
                continue
            if _ASKED_OF_US_RE.search(clause):
                continue  # "do you have customers in healthcare?", "we're not in healthcare": not what they are
            if ent.text.lower() in _ABOUT_A_TRADE and (
                re.search(
                    r"\b(?:read|saw|seen|heard|found|featured|mentioned|listened|was|were|appeared|interviewed|spoke)\b"
                    r"[^.;!?]{0,40}$",
                    text[: ent.start_char],
                    re.I,
                )
                or re.match(
                    r"[^.;!?]{0,20}?\b(?:i|we)\s+(?:listened|watched|read|saw|heard|follow|subscribe)",
                    text[ent.end_char :],
                    re.I,
                )
            ):
                # "I read about you in a healthcare magazine", "your founder was on a podcast I listened to": where
                # they heard of us
                continue
            if _TOPIC_OF_A_PUBLICATION_RE.match(text, ent.end_char):
                # "saw your booth at the healthcare IT conference", "a fintech newsletter": what the event or the
                # publication is about, not the visitor's trade
                continue
            if ent.text.lower() == "contractors":
                # "not counting contractors", "contractors use it too": freelance workers; "a roofing contractor"
                # still reads
                continue
            if industry == "software" and _software_bought(text, ent.start_char, ent.end_char):
                continue  # "sign-off on software purchases", "I advise our director on software": what they buy
            found = Found("industry", industry, ent.start_char, ent.end_char)
            if ent.text.lower() in WEAK_PHRASES:
                weak = weak or found
                continue
            if (
                _ASKED_PLAN_AFTER_RE.match(text, ent.end_char)
                and _ENDS_A_QUESTION_RE.match(text, ent.end_char)
                and not _DESCRIBES_RE.search(text)
            ):
                continue  # "is $10 per seat the nonprofit price?": our plan asked about, by someone who says no more
            if _VISITING_AFTER_RE.match(text, ent.end_char) and text[: ent.start_char].lower().endswith("the "):
                continue  # "the auditors arrive monday": people who come to them
            if _KNOWN_USER_AFTER_RE.match(text, ent.end_char):
                continue  # "a big retailer we know uses you": a customer of ours they heard of
            if (ent.start > 0 and doc[ent.start - 1].lower_ in _CUSTOMER_JOINERS) or _SERVED_BEFORE_RE.search(
                text[max(0, ent.start_char - 40) : ent.start_char]
            ):
                if best is not None:
                    continue  # "software for hospitals": hospitals are the customers
                served = (
                    served or found
                )  # "frozen pizzas for grocery chains": the customers, unless nothing better is said
                continue
            if (
                best is not None
                and text[best.start : best.end].lower() not in GENERIC_HEADS
                and _MODIFIER_OF_RE.fullmatch(text, best.end, ent.start_char)
            ):
                continue  # "an NGO of environmental education", "uma ONG de educação": the head is named first
            compound = best is not None and 0 <= ent.start - best_end_token <= 1
            if compound and ent.text.lower() in GENERIC_HEADS:
                continue  # "freight brokerage": the modifier says what the business is
            if best is None or compound or (found.end - found.start) > (best.end - best.start):
                best, best_end_token = found, ent.end
        if team_of is not None and best is not None and text[best.start : best.end].lower() in GENERIC_HEADS:
            best = team_of
        stated = _stated_doing(plain)
        if stated is not None and not _someone_elses_business(clause_before(text, stated.start)):
            return [stated]  # "we lend working capital to restaurants": a lender, whose customers are restaurants
        doing = _what_it_does(plain)
        if doing is not None and (
            (
                doing.value in _DOING_WINS
                and (
                    best is None
                    or text[best.start : best.end].lower() in GENERIC_HEADS
                    or doing.start <= best.start < doing.end + 40
                )
            )
            # "we produce podcasts": what is produced to be watched or heard says more than "produce"
            or (doing.value == "media" and best is not None and doing.start <= best.start < doing.end)
            # "we manufacture farming equipment": a maker of another trade's goods is a manufacturer
            or (
                doing.value == "manufacturing"
                and best is not None
                and doing.start <= best.start < doing.end + 30
                and _MAKER_OF_GOODS_RE.search(text, doing.start, min(len(text), doing.end + 30))
            )
        ):
            return [doing]  # "we truck produce from farms": what they do with the goods, not the goods
        served = served if served is None or served.value not in denied else None
        best = best or doing or weak or self._described(text, whole_answer=whole_answer) or served
        # "we build a competing tool" says what they make, over what else "build" was read as
        competitor = _BUILDS_A_RIVAL_RE.search(text) or (None if best else _COMPETITOR_RE.search(text))
        if competitor:  # the competitor's business is ours; the words also say who they are (no say in a purchase)
            return [Found("industry", "software", competitor.start(), competitor.end(), {"competitor": True})]
        consultant = _CONSULTANT_RE.search(text)
        consultancy = (
            [Found("industry", "professional_services", consultant.start(), consultant.end(), {"source": "consultant"})]
            if consultant
            else []
        )
        if best is None:
            return consultancy
        if best.value == "software" and _software_bought(text, best.start, best.end):
            return []  # "I own the software budget": what they buy, however it was read
        if (
            _TOOL_KIND_RE.fullmatch(text[best.start : best.end])
            and not _MAKES_IT_BEFORE_RE.search(clause_before(text, best.start))
            and not _MAKER_AFTER_RE.match(text, best.end)
        ):
            # "we need a CRM": the kind of tool they use or want; "consultant here, helping a hospital choose a crm"
            return consultancy
        if _BOUGHT_BEFORE_RE.search(text[: best.start]) and re.match(
            r"\s*(?:software|tools?|apps?|platform|system|solution|crm|erp)\b", text[best.end :], re.I
        ):
            return []  # "we pay 2k/mo for our accounting software": the kind of tool they buy
        if _STUDIED_MARKET_BEFORE_RE.search(text[max(0, best.start - 30) : best.start]):
            return []  # "we're researching the logistics market", however it was read
        if _FOR_A_CLIENT_BEFORE_RE.search(text[max(0, best.start - 60) : best.start]):
            return []  # "setting this up for a client of ours, a big bank": the client's business
        if _WHAT_THEY_PAY_AFTER_RE.match(text, best.end) or _DEALINGS_WITH_BEFORE_RE.search(
            clause_before(text, best.start)
        ):
            return []  # "our accountant charges us 500", "our pilot with a bank": trades they pay or deal with
        if _someone_elses_business(clause_before(text, best.start), text[: best.start]):
            return []  # read through WordNet, and still whom they sell to
        if best.info.get("guess") and _CLIENT_NAMED_RE.search(text[best.start : best.end]):
            return []  # "a client in manufacturing" described through WordNet: the client's business
        return [best]

    def _from_occupations(self, head_counts: list[Found], text: str) -> list[Found]:
        """ "6 nurses and 2 doctors": who works there says what the business does, when nothing else does."""
        votes: dict[str, list[Found]] = {}
        for count in head_counts:  # each occupation votes: "3 nurses and a cashier" is a clinic, not a bank
            for word in re.finditer(r"[a-z]{3,}", text[count.start : count.end], re.I):
                said = word.group(0)
                if ANY_PEOPLE_RE.fullmatch(said) or not (self.people.is_staff(said) or self.people.is_business(said)):
                    continue  # "4 interns", "the other site": neither an occupation nor a business
                reading = self.wordnet.read(said)
                if reading is not None:
                    start = count.start + word.start()
                    votes.setdefault(reading.industry, []).append(
                        Found("industry", reading.industry, start, start + len(word.group(0)), {"guess": True})
                    )
        if not votes:
            return []
        return [max(votes.values(), key=len)[0]]

    def _described(self, text: str, *, whole_answer: bool) -> Found | None:
        """A business described in words outside the taxonomy ("an urgent-care chain"), read
        through WordNet: the whole reply to the industry question, else only what follows
        "we're a", "we run", "we make" and the like, up to the end of that clause."""
        windows = (
            [(0, len(text))]
            if whole_answer
            else [
                (m.end(), m.end() + len(_CLAUSE_END_RE.split(text[m.end() :], maxsplit=1)[0]))
                for m in _DESCRIBES_RE.finditer(text)
            ]
            + [
                (m.start("what"), m.end("what"))
                for m in _HERE_RE.finditer(text)
                if not self.people.is_staff(m.group("what").split()[-1])  # "sales ops analyst here": a person
            ]
        )
        for start, end in windows:
            if re.match(r"\s*(?:not|never|no\s+longer)\b", text[start:end], re.I):
                continue  # "we're not a healthcare company": what they are not
            if _ASKED_OF_US_RE.search(clause_before(text, start)):
                continue  # "does this work for restaurants?": a question about us
            if _SELLS_TO_RE.match(text, start, end):
                continue  # "we mostly sell to firms with 500+ staff": whom they sell to
            spread = _WHERE_SPREAD_RE.search(text, start, end)  # "40 locations across the country": where, not what
            end = spread.start() if spread else end
            reading = self.wordnet.read(text[start:end])
            if reading is None or _names_no_business(text, start + reading.start, start + reading.end):
                continue
            return Found("industry", reading.industry, start + reading.start, start + reading.end, {"guess": True})
        return None

    def first(self, text: str, entity: str, *, answering: str | None = None) -> Found | None:
        matches = [f for f in self.extract(text, answering=answering) if f.entity == entity]
        return matches[-1] if matches else None


# construction going on where they are, not their trade
_WORKS_AROUND_RE = re.compile(
    r"(?<=construction)\s*(?:work\s+|works\s+)?(?:everywhere|noise|going\s+on|outside|next\s+door|all\s+around|"
    r"on\s+(?:our|the|my)\s+(?:street|floor|building|road)|in\s+(?:our|the|my)\s+(?:building|office|street))\b",
    re.I,
)
_WORKS_AROUND_BEFORE_RE = re.compile(
    r"(?:there'?s|theres|there\s+is|with\s+all\s+the|because\s+of\s+(?:the|all\s+the)|due\s+to\s+(?:the\s+)?|"
    r"loud|noisy|the\s+road)\s*$",
    re.I,
)
# "grapes for local wineries", "parts for big carmakers": the customers, past a word or two that sizes them
_SERVED_BEFORE_RE = re.compile(r"\b(?:for|to|serving)\s+(?:local|small|big|large|major|independent|regional)\s+$", re.I)
_ASKED_PLAN_AFTER_RE = re.compile(
    r"\s+(?:price|pricing|discount|plan|rate|tier|edition|package|deal|licen[cs]e|version)s?\b", re.I
)
_ENDS_A_QUESTION_RE = re.compile(r"[^.!]*\?")
_VISITING_AFTER_RE = re.compile(
    r"\s+(?:arrive|arrives|arriving|come|comes|coming|are\s+coming|is\s+coming|visit|visits|show\s+up|shows\s+up|"
    r"will\s+be\s+here|are\s+here|start\s+(?:on|next|their))\b",
    re.I,
)
_PARTS_RE = re.compile(
    r"branch(?:es)?|departments?|divisions?|offices?|locations?|sites?|units?|teams?|subsidiar(?:y|ies)|outlets?|"
    r"headquarters|hq|premises",
    re.I,
)
# "setting this up for a client of ours, a big bank": the client's business
_FOR_A_CLIENT = r"\bfor\s+(?:a|an|our|one\s+of\s+our)\s+clients?(?:\s+of\s+(?:ours|mine))?\b[^.;!?]{0,25}$"
_CLIENT_WORDS = ("client", "clients")
_TOPIC_OF_A_PUBLICATION_RE = re.compile(
    r"(?:[\s-]+(?:it|tech|technology|industry|sector|marketing|sales|leaders|innovation|trade)){0,2}[\s-]+(?:"
    r"conferences?|expos?|summits?|webinars?|trade\s+shows?|fairs?|meetups?|newsletters?|magazines?|podcasts?|"
    r"journals?|publications?)\b",
    re.I,
)
_ABOUT_A_TRADE = frozenset(
    [
        "newsletter",
        "newsletters",
        "magazine",
        "magazines",
        "blog",
        "blogs",
        "podcast",
        "podcasts",
        "journal",
        "publication",
        "conference",
        "conferences",
        "expo",
        "expos",
        "webinar",
        "webinars",
        "summit",
        "fair",
        "show",
        "shows",
    ]
)
_FOR_A_CLIENT_BEFORE_RE = re.compile(_FOR_A_CLIENT, re.I)
_FUNCTION_RE = re.compile(
    r"marketing|sales|support|customer\s+(?:success|service|support)|it|ops|operations|engineering|product|design|finance|"
    r"hr|legal|data|admin|security|growth|content|recruiting|procurement|accounting|research|software|dev|media|social\s+media",
    re.I,
)
_OURS_BEFORE_RE = re.compile(r"\b(?:the|our|my|their)\s+$", re.I)
_GROUP_OF_PEOPLE = frozenset({"folks", "guys", "people", "ppl", "workers", "gals", "lads", "peeps"})
_SELLS_TO_RE = re.compile(
    r"\s*(?:sell|sells|selling|supply|supplies|serve|serves|cater|caters|market|markets|export|exports|ship|ships)\s+"
    r"(?:\w+\s+)?(?:to|into|for)\b",
    re.I,
)
_KNOWN_USER_AFTER_RE = re.compile(
    r"(?:\s+(?:group|chain|company|brand|firm|business))?"
    r"\s+(?:(?:we|i)\s+know\s+|(?:that\s+|who\s+)?(?:we|i)\s+(?:work|worked|partner)\s+with\s+)?(?:uses|used|is\s+using|"
    r"was\s+using|recommended|told\s+(?:us|me)\s+about)\s+(?:you|u|your)\b",
    re.I,
)


def _names_no_business(text: str, start: int, end: int) -> bool:
    """What WordNet read is a role, an occasion or a part of any business: "for our finance director" ("we're an
    energy developer" is the business), "our board meeting", "we have 3 branches, 20 in each"."""
    following = re.match(r"\s+([a-z]+)", text[end:], re.I)
    if following and following.group(1).lower() in _CLIENT_WORDS:
        return True  # "asking for a healthcare client": the client's business
    if (
        following
        and following.group(1).lower() in ROLE_WORDS | _GROUP_OF_PEOPLE
        and re.search(r"\b(?:our|my|the|your|their|his|her)\s+$", text[:start], re.I)
    ):
        return True
    return bool(
        _OCCASION_AFTER_RE.match(text, end)
        or _PARTS_RE.fullmatch(text[start:end])
        or (  # "we have a trade show next week": an event they go to ("we run trade shows" is the business)
            _EVENT_RE.fullmatch(text[start:end])
            and re.search(
                r"\b(?:have|got|attend\w*|at|to|visiting|prepping\s+for|for)\s+(?:a|an|the|our|this|that)\s+(?:trade\s+)?$",
                text[:start],
                re.I,
            )
        )
    )


_EVENT_RE = re.compile(r"(?:trade\s+)?(?:show|fair|expo|conference|summit|webinar|meetup|convention)s?", re.I)


_OCCASION_AFTER_RE = re.compile(
    r"\s+(?:meetings?|calls?|demos?|presentations?|reviews?|sessions?|visits?|deadlines?|votes?|approvals?|budgets?|"
    r"purchases?|decisions?|elections?|season|dinners?|party|parties)\b",
    re.I,
)
_WHERE_SPREAD_RE = re.compile(
    r"\b(?:across|throughout|all\s+over|around\s+the\s+(?:country|world|globe|region|state|nation)|nationwide|statewide|"
    r"worldwide|globally|in\s+\d+\s+(?:countries|cities|states|markets|regions|locations|continents))\b",
    re.I,
)
# a visitor introduced by their business: "pizza place here", "taco truck here lol"
_HERE_RE = re.compile(r"^\W*(?P<what>(?:[a-z][a-z'-]*\s+){0,3}[a-z][a-z'-]*)\s+here\b", re.I)
_DESCRIBES_RE = re.compile(
    # not asked of us: "can we do a smaller package?", "could we run it on our site?"
    r"(?<!\bcan\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bwill\s)(?<!\bshall\s)(?<!\bif\s)"
    r"\b(?:we'?re|we\s+are|were|i'?m\s+(?:with|at|from)|we\s+run|i\s+run|we\s+own|i\s+own|we\s+operate|we\s+manage|i\s+manage|"
    r"our\s+(?:company|business|firm|org|organi[sz]ation)\s+is|company\s+is|work\s+(?:at|for|in)|we\s+do|we\s+make|we\s+sell|"
    r"we\s+build|we\s+grow|we\s+provide|we\s+offer|we\s+have\s+(?:a|an)|as\s+(?:a|an)|"
    # "for a bakery", not "for a board demo" or "for our spring launch": an occasion, not the business
    r"for\s+(?:a|an|our)(?!\s+(?:[\w-]+\s+)?(?:demo|meeting|presentation|pitch|call|trial|pilot|webinar|review|launch|event|"
    r"conference|deadline|project|test)\b)|"
    # a role of or at a business: "founder of a tiny tour company", "intern at a freight forwarder"
    r"(?:(?:co-?)?founder|owner|ceo|manager|director|head|intern|partner|employee|engineer|analyst)\s+(?:of|at|with)\s+"
    r"(?:a|an|the|our|\d+|two|three|four|five|several)|"
    # what the business does, said with any verb ("we drill oil wells", "we've got three daycares"),
    # but not what the visitor wants from us, nor what they must do ("we have to be live by …")
    r"we(?:'ve|\s+have)?\s+(?:got|have)(?!\s+(?:to|gotta)\b)(?:\s+(?:about|around|like|~))?\s+\d*|"
    r"we\s+(?!(?:need|want|use|used|like|love|hate|tried|try|hope|plan(?=\s+(?:to|on|for|ahead|a|an|the|our|it|this|that|its|their)\b)|would|could|will|can|should|might|may|just|only|"
    r"also|already|still|really|are|were|have|had|got|get|do|did|don'?t|didn'?t|won'?t|can'?t|think|know|saw|see|looked|"
    r"look|wonder|compare|evaluate|pay|spend|budget|started|start|go|decide|buy|switch|moved|spent|paid|bought|purchased|"
    r"hired|invested|ordered|upgraded|replaced|renewed|outsourced|redesigned|redid|rebuilt|pick|choose|select|move|"
    r"migrate|launch|open|sign|go|ship|deliver|export|serve|expand)\b)[a-z]{3,}(?:\s+and\s+[a-z]{3,})?)\b",
    re.I,
)
_CLAUSE_END_RE = re.compile(r"[,.;:!?()]|\s(?:and|but|so|with|looking|need|want|we|i)\s", re.I)


def _stated_doing(text: str) -> Found | None:
    for pattern, industry in STATED_DOING_RULES:
        doing = pattern.search(text)
        if doing:
            return Found("industry", industry, doing.start(), doing.end())
    return None


def _what_it_does(text: str) -> Found | None:
    for pattern, industry in DOING_RULES:
        doing = pattern.search(text)
        if doing:  # a rule may leave out who does it ("founder" is the visitor's title, "building an app" the business)
            start = doing.start("doing") if "doing" in pattern.groupindex else doing.start()
            return Found("industry", industry, start, doing.end())
    return None


# "6 nurses and 2 doctors": the people counted also say what the business does
# readings that may share words: "6 nurses" is a size and an industry, "3 cofounders" a size and a role
# "just researching for the partners": how soon (not soon) and who decides (someone else)
_SHARE_WORDS = ({"company_size", "industry"}, {"company_size", "authority"}, {"timeline", "authority"})


# A student's paper or a journalist's piece is about an industry, not in one ("a student at a
# university" still works in education).
_OUTSIDER_RE = re.compile(
    r"\b(?:(?:i'?m|im|i\s+am)\s+(?:just\s+|only\s+)?(?:a\s+|an\s+)?(?!(?:phd|doctoral|graduate|grad|research)\s)(?:[\w-]+\s+)?student\b(?!\s+worker)|school\s+(?:assignment|project)|class\s+project|homework|thesis|dissertation|"
    r"\bstudent\s+here\b|doing\s+a\s+(?:school\s+|uni\s+|class\s+)?project\s+on|for\s+(?:a|an|my)\s+(?:assignment|class|course)\b|"
    r"writing\s+(?:a|an|my)\s+(?:paper|article|piece|story|essay|report)|research\s+paper|"
    r"(?:paper|article|piece|essay|assignment|case\s+study)\s+(?:on|about|of)|"
    # a job seeker's interview is at someone else's business
    r"job\s+(?:seeker|hunting|hunter)|looking\s+for\s+(?:a\s+)?(?:job|work)|(?:have|got)\s+an\s+interview\s+(?:at|with))\b",
    re.I,
)
_COVERS_BEFORE_RE = re.compile(
    r"\b(?:covers?|covering|writes?\s+about|writing\s+about|reports?\s+on|reporting\s+on|read(?:ing)?\s+(?:a\s+lot\s+|lots\s+|"
    r"loads\s+)?about)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
# "researching the healthcare market for a report": a market studied, not theirs
_STUDIED_MARKET_BEFORE_RE = re.compile(
    r"\b(?:research\w*|stud(?:y|ying|ies)|analy[sz]\w*|looking\s+into|mapping|sizing)\s+(?:the\s+)?(?:\w+\s+)?$", re.I
)
_MARKET_AFTER_RE = re.compile(r"\s+(?:market|industry|sector|space|vertical|landscape)s?\b", re.I)
_STUDIED_BEFORE_RE = re.compile(r"\b(?:on|about|of|into)\s+(?:a|an|the|one)\s+$", re.I)
# "intern at a logistics company", "i work for a bank": where the visitor works, whatever their visit is for
_WORKS_AT_BEFORE_RE = re.compile(
    r"\b(?:intern(?:ing)?|work(?:s|ing)?|employed|job|placement|apprentice|trainee|student(?:\s+worker)?|journalist|"
    r"reporter|editor|writer)\s+(?:at|for|with|in)\s+"
    r"(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# software as the thing bought, not the business: "sign-off on software purchases", "buying software"
# kinds of tool a business uses: the trade of the one who makes them only with a maker's words
_TOOL_KIND_RE = re.compile(
    r"(?:crm|erp|hris|ats|lms|cms|helpdesk|help\s+desk)s?(?:\s+(?:software|system|tool|platform)s?)?", re.I
)
_MAKES_IT_BEFORE_RE = re.compile(
    r"\b(?:we|i)\s+(?:(?:also\s+|mainly\s+|basically\s+)?(?:sell|make|build|develop|offer|provide|code|ship|resell|"
    r"implement|integrate)|(?:are|'re|am|'m)\s+(?:a|an)?)\b|\b(?:company|startup|vendor|provider|firm|business)\s+(?:that|which)\s+"
    r"(?:sells|makes|builds|develops)\b|^\W*(?:an?\s+)?$",
    re.I,
)
_MAKER_AFTER_RE = re.compile(
    r"\s*(?:company|companies|vendor|vendors|startup|provider|firm|business|maker|developer|agency|consultancy|"
    r"consultants?|reseller|partner|implementer|integrator|saas)\b",
    re.I,
)
_BOUGHT_AFTER_RE = re.compile(
    r"\s+(?:purchases?|purchasing|buying|tools?|decisions?|spend(?:ing)?|budgets?|licen[cs]es?|"
    r"subscriptions?|stack|procurement|evaluations?|selection|search|shopping|rfp|"
    # a project of buying or changing the tool: "a failed CRM rollout", "a CRM refresh", "our ERP migration"
    r"roll-?outs?|refresh|migrations?|implementations?|upgrades?|replacements?|renewals?|"
    # "software like this", "tools like yours": what they buy
    r"like\s+(?:this|that|yours|ours|these)|"
    # "all the software we buy"
    r"(?:that\s+)?(?:we|i)\s+(?:buy|use|purchase|need|pick|choose|get|pay\s+for))\b",
    re.I,
)
_BOUGHT_BEFORE_RE = re.compile(
    r"\b(?:about|buying|buy|bought|purchase\s+of|purchasing|evaluating|choosing|picking|selecting|using|use|"
    r"replace|replacing|switch(?:ing)?\s+from|sign(?:ing)?\s+off\s+on(?:\s+all|\s+any)?)\s+"
    r"(?:a\s+lot\s+of\s+|lots\s+of\s+|plenty\s+of\s+)?(?:new\s+|our\s+|the\s+|a\s+)?"
    r"(?:current\s+|last\s+|old\s+|existing\s+|previous\s+)?$"
    r"|\b(?:our|my)\s+(?:current|last|old|existing|previous)\s+$"
    # "15k a month for software", "but for software we have maybe 1k/mo": what the money is for
    r"|\b(?:month|year|mo|yr|monthly|annually|yearly|budget)\s+for\s+$|(?:^|[,;]\s*|\bbut\s+)for\s+$"
    # "we spend 5k/mo on payroll software": software they pay for
    r"|\b(?:spend|spending|spent|pay|paying|paid)\b[^.;!?]{0,30}\b(?:on|for)\s+(?:our\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$"
    # "comparing you vs a healthcare-specific CRM"
    r"|\b(?:vs\.?|versus|compar\w+\s+(?:you|u|it|this)\s+(?:to|with|vs\.?|versus|and))\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
    # "I sign the contracts for all our software", "in charge of all the software"
    r"|\b(?:for|on|of|over)\s+all\s+(?:of\s+)?(?:our|the|their)\s+$"
    # money for it: "our cap for software like this", "a budget of 7,500 for customer engagement software"
    r"|\b(?:budget|cap|spend|spending|money|allocated|earmarked|set\s+aside)\b[^.;!?]{0,50}\bfor\s+(?:[\w-]+\s+){0,3}$"
    # what they are getting: "we move to the new CRM", "we launch our new website"
    r"|\b(?:mov\w*|migrat\w*|switch\w*|launch\w*|build\w*|get\w*|open\w*|roll\w*\s+out|go\w*\s+live\s+with)\s+"
    r"(?:to\s+|with\s+)?(?:our|the|a|an)\s+new\s+$"
    # what they spent money on: "we spent 12k on a new crm", "paid 3k for a website"
    r"|\b(?:spent|spend|spending|paid|pay|paying|invested|earmarked|allocated|budgeted|set\s+aside|saved\s+up)\s+"
    r"(?:\S+\s+){0,3}?(?:on|for|in)\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:new\s+|failed\s+|botched\s+)?$",
    re.I,
)  # a tool they use is not their business


# "do you have customers in healthcare?", "discounts for nonprofits?": a question about us names no industry of theirs
_ASKED_OF_US_RE = re.compile(
    r"^\s*(?:do|does|can|could|are|is|would|will)\s+(?:you|your|u|there|it|this|that|the\s+(?:tool|product|app|platform|bot))\b|"
    # "how do construction companies usually use this?": others' use, asked about
    r"^\s*(?:how|what|which|why|where)\s+(?:do|does|would|could|can|are|is)\s+(?!(?:we|i|my|our|us)\b)(?:[\w-]+\s+){0,2}$|"
    # a product named as what ours should work with: "does it integrate with shopify", "a plugin for wordpress"
    r"\b(?:integrat\w*|connect\w*|sync\w*|plug\s*in|plugin|works?|compatible|hook\s+up)\s+(?:in\s*to|with|to|for)\s+$|"
    r"\b(?:discounts?|pricing|price|deals?|plans?|offers?)\s+for\s+(?:\w+\s+)?$|"
    # "habt ihr Referenzen aus der Logistik?" (glossed "references aus der logistics"): others' business, asked for
    r"\b(?:references?|case[\s-]?stud(?:y|ies)|testimonials?|success\s+stor(?:y|ies))\b[^.;!?]{0,25}$",
    re.I,
)


# Whom they sell to or work for, or a customer of ours: "our clients are mostly banks", "we sell to
# hospitals", "we mostly work with restaurants", "your case study with that retail brand"
# someone else's business or team, or one they left: "our biggest client has 5000 employees", "my
# brother runs a farm", "i used to work in banking", "my old company was 40 people"
def _counts_the_team(text: str, size: Found) -> bool:
    """A head count that is the visitor's team now, not someone else's, an event's crowd, the tool's users or the
    team of the past."""
    before = clause_before(text, size.start)
    return not (
        _OTHER_PARTY_BEFORE_RE.search(before)
        or _kins(before)
        or _AN_EVENTS_CROWD_BEFORE_RE.search(before)
        or _ONCE_HAD_BEFORE_RE.search(before)
        or _TERMS_FOR_A_SIZE_BEFORE_RE.search(before)
        or _CLIENT_DESCRIBED_BEFORE_RE.search(text[max(0, size.start - 60) : size.start])
        or _CROWD_AFTER_RE.match(text, size.end)
        or (
            _WOULD_USE_IT_AFTER_RE.match(text, size.end)
            and not _ALL_OF_BEFORE_RE.search(text[: size.start])
            and not _STAFF_NAMED_RE.search(text[size.start : size.end])
        )
    )


# "picking a tool for a client, they're a 200-person retailer": the client described, its size and its trade
_CLIENT_DESCRIBED_BEFORE_RE = re.compile(
    r"\b(?:clients?|customers?)\b[^.;!?]{0,25}[,;:(-]\s*(?:they'?re|they\s+are|theyre|who'?s|who\s+are|it'?s|a|an)\s+(?:a|an\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "a discount for startups under 10 employees?", "pricing for teams of up to 50": the terms of a kind of customer
_TERMS_FOR_A_SIZE_BEFORE_RE = re.compile(
    r"\b(?:for|to)\s+(?:startups?|teams?|companies|businesses|orgs?|organi[sz]ations|nonprofits|smbs?|customers|firms|"
    r"shops|accounts)\s+(?:with\s+|of\s+)?(?:under|over|below|above|fewer\s+than|less\s+than|more\s+than|up\s+to|"
    r"smaller\s+than|bigger\s+than|larger\s+than|at\s+least)\s+$",
    re.I,
)
# "our annual conference has 800 attendees", "500 people attend our summit": the crowd at an event, not the staff
_AN_EVENTS_CROWD_BEFORE_RE = re.compile(
    r"\b(?:conference|event|webinar|summit|expo|festival|meetup|workshop|gala|concert|trade\s*show|convention|"
    r"fair|tournament|race|marathon|ceremony)s?\b[^.;!?,]{0,30}\b(?:has|had|have|draws?|drew|gets|got|attract\w*|sees|saw|"
    r"hosts?|hosted|with|for)\b[^.;!?,\d]{0,12}$",
    re.I,
)
# "only 2 of us would actually use the tool": the users of the tool, not the team
_WOULD_USE_IT_AFTER_RE = re.compile(
    r"\s*(?:(?:of\s+(?:us|them)|people|users|folks|of\s+(?:the\s+)?(?:team|staff))\s+)?(?:would|will|'d|'ll|need\s+to|are\s+going\s+to)\s+"
    r"(?:actually\s+|really\s+|even\s+)?(?:use|be\s+using|log\s+in|need\s+(?:it|access|a\s+seat|seats))\b",
    re.I,
)
_STAFF_NAMED_RE = re.compile(r"\b(?:staff|employees?|people|ppl|team|heads|workers|fte)\b", re.I)
_ALL_OF_BEFORE_RE = re.compile(r"\b(?:all|every\s+one\s+of|each\s+of)\s+(?:the\s+)?$", re.I)
# "last year we had 20 interns over the summer": a count of the past, not the team now
_ONCE_HAD_BEFORE_RE = re.compile(
    r"\b(?:last\s+(?:year|summer|month|quarter)|(?:\w+\s+)?years?\s+ago|back\s+(?:in|then)|in\s+20\d\d|at\s+(?:our|the)\s+peak|"
    r"used\s+to)\b[^.;!?]{0,20}\b(?:had|have|were|was|employed|hired)\s+(?:about\s+|around\s+|like\s+|~\s*)?$"
    r"|\bused\s+to\s+(?:have|be|employ)\s+(?:about\s+|around\s+|like\s+|~\s*)?$",
    re.I,
)
_CROWD_AFTER_RE = re.compile(
    r"\s*(?:\w+\s+)?(?:attend\w*|show(?:ed)?\s+up|turn(?:ed)?\s+up|came\s+to|come\s+to|register\w*\s+for|"
    r"sign(?:ed)?\s+up\s+for|visit\w*)\b",
    re.I,
)
_OTHER_PARTY_BEFORE_RE = re.compile(
    r"\b(?:(?:our|my|a|his|her|their)\s+(?:biggest\s+|main\s+|largest\s+|key\s+|best\s+|old\s+|former\s+)?"
    r"(?:clients?|customers?|brother|sister|friend|buddy|dad|father|mom|mum|mother|wife|husband|cousin|uncle|aunt|"
    r"neighbou?r|competitors?|parents?|son|daughter|girlfriend|boyfriend)"
    r"(?:['’]s\s+(?:company|firm|business|shop|employer|team|place|restaurant|practice|agency|store|farm))?"
    r"|(?:my|our)\s+(?:old|former|previous|last)\s+(?:company|employer|job|firm|team|boss|manager|colleague|co-?worker)"
    r"|(?:his|her|their)\s+(?:company|employer|job|firm|team)"
    # a group the business belongs to: "our parent company has 8,000 employees but we're run independently"
    r"|(?:our|the)\s+(?:parent|holding|mother)\s+(?:company|group|org|organi[sz]ation|corp))\s+"
    r"(?:used\s+to\s+(?:run|own|work|have|be)|(?:has|have)\s+(?:run|owned|worked)|has|have|had|runs|ran|owns|owned|is|"
    r"was|were|are|works?|worked|employs|employed)\b(?:\s+\w+){0,4}\s*$",
    re.I,
)
# a business they left: "i used to work in banking", "previously at a bank" (a size they had is a correction)
_LEFT_BEFORE_RE = re.compile(
    r"\bused\s+to\s+(?:work|be)\b(?:\s+\w+){0,5}\s*$|\b(?:before\s+this|previously|formerly)\b(?:\s+\w+){0,4}\s*$|"
    # "I used your product at my old job at a hospital"
    r"\b(?:my|our)\s+(?:old|former|previous|last|ex-?)\s*(?:job|company|employer|role|position|gig|workplace|boss|manager|"
    r"colleagues?|co-?workers?|team)\s+(?:at|with|in|from)\s+(?:a|an|the)?\s*(?:\w+\s+)?$",
    re.I,
)
# a client named ("client-focused" describes their own business)
_CLIENT = r"\b(?:clients?|customers)\b(?!-)"
_CUSTOMERS_BEFORE_RE = re.compile(
    r"\b(?:our|my)\s+(?:main\s+|biggest\s+|key\s+|typical\s+)?(?:clients?|customers?|buyers|accounts|users)\s+"
    r"(?:are|is|include|incl|=|being)\s+(?:\w+\s+){0,3}$"
    r"|\b(?:sell|selling|sold|supply|supplying|cater|catering|market|marketing|work|working|partner|partnering)\s+"
    r"(?:mostly\s+|mainly\s+|only\s+|primarily\s+)?(?:to|with|into)\s+(?:a\s+lot\s+of\s+|lots\s+of\s+|many\s+)?(?:\w+\s+){0,2}$"
    r"|\b(?:serve|serving|supply|supplying|targets?|targeting)\s+(?:mostly\s+|mainly\s+|only\s+)?(?:\w+\s+){0,2}$"
    # "setting this up for a client of ours, a big bank"
    rf"|{_FOR_A_CLIENT}"
    # "doing a project for a big oil company": a client's business
    r"|\b(?:projects?|engagements?|contracts?|assignments?|gigs?|audits?)\s+(?:for|with|at)\s+(?:a|an|the|one\s+of\s+\w+)\s+"
    r"(?:\w+\s+){0,2}$"
    r"|\byour\s+(?:case\s+stud(?:y|ies)|customers?|clients?|references?)\b"
    # "we have customers in banking and insurance", "clients mostly from healthcare": whom they serve
    r"|\b(?:clients?|customers?|buyers|accounts)\s+(?:(?:mostly|mainly|largely|all|primarily)\s+)?(?:in|from|across|like|such\s+as)\s+"
    r"(?:\w+\s+){0,3}$"
    # the client named right before the trade, in any language's word order: "the client is a bank", "a client in
    # manufacturing", "meu cliente é uma escola", "クライアントは銀行です" ("client-focused" describes their own)
    # (three words: "wateja wetu wengi ni mahoteli", our clients mostly are hotels)
    rf"|{_CLIENT}\s*(?:[^\s.;!?,]+\s*){{0,3}}$",
    re.I,
)


def _software_bought(text: str, start: int, end: int) -> bool:
    """Software named at start..end is what they buy ("sign-off on software purchases", "I own the software budget")."""
    return bool(_BOUGHT_AFTER_RE.match(text, end) or _BOUGHT_BEFORE_RE.search(text[:start]))


def _without_accents(text: str) -> str:
    """The text with its accents dropped, when that keeps every character where it was (the spans
    found in it are the text's); else the text."""
    folded = "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))
    return folded if len(folded) == len(text) else text


# what any business has or is run as, which WordNet files under a trade: "op kantoor" (at the office, a bureau),
# "los de almacén" (the warehouse staff), "النظام" (the system, a regime). Named in passing they say nothing of
# the trade; in reply to the industry question they still count.
_ANY_BUSINESS_HAS = frozenset({"bureau", "office", "warehouse", "regime", "system", "administration", "department"})


# between a business and what it is of, in English and the Romance languages' order ("ONG de educação ambiental")
_MODIFIER_OF_RE = re.compile(r"\s+(?:of|de|di|do|da|du|des|del|della)\s+(?:[^\W\d_]+\s+){0,1}", re.I)
# "we are" opening the message, as the glossaries read it in any language ("jsme", "vi är", "somos")
_WE_ARE_RE = re.compile(r"^\W*(?:we\s+are|we'?re)\s+", re.I)


def _states_own_business(candidates: list[Found]) -> bool:
    """The message gives the visitor's own head count or says they own or run the business: a trade named beside
    it is theirs, in whatever language ("Jsme banka se 200 zaměstnanci", "olemme 40 hengen kustantamo")."""
    return any(
        c.entity == "company_size" or (c.entity == "authority" and c.value == "decision_maker") for c in candidates
    )


def _someone_elses_business(clause: str, before: str = "") -> bool:
    """The clause before an industry word says it is whom they sell to, another party's, or one they left
    (`before`: the text before it, where a client described after a comma is named)."""
    if before and _CLIENT_DESCRIBED_BEFORE_RE.search(before[-60:]):
        return True
    return _kins(clause) or any(
        rule.search(clause) for rule in (_CUSTOMERS_BEFORE_RE, _OTHER_PARTY_BEFORE_RE, _LEFT_BEFORE_RE, _FOR_ANOTHER_RE)
    )


# a relative or friend named just before, with no word saying the visitor is in it: "brother works in logistics", and
# in other languages, where only the relative is read ("mein Bruder arbeitet in der Logistik": "mein brother arbeitet
# in der …", "मेरे दोस्त की कंपनी में 200 लोग")
_KIN_BEFORE_RE = re.compile(
    r"\b(?:brother|sister|cousin|friend|uncle|aunt|father|mother|husband|wife|daughter|neighbou?r|sibling|"
    r"brother-in-law|sister-in-law)s?\b"
    r"(?:['’]s)?(?:\s+[^\s.;!?]+){0,6}\s*$",
    re.I,
)
_FIRST_PERSON_RE = re.compile(r"\b(?:i|me|we|us|our|ours|myself|ourselves|i'm|im|we're)\b", re.I)


def _kins(clause: str) -> bool:
    return bool(_KIN_BEFORE_RE.search(clause)) and not _FIRST_PERSON_RE.search(clause)


# what a trade costs them: "our bookkeeper charges us 300 a month", "our insurance premium went up"
_WHAT_THEY_PAY_AFTER_RE = re.compile(
    r"\s*(?:firm\s+|company\s+|guy\s+|people\s+)?(?:charges?|bills?|invoices?|costs?)\s+(?:us|me)\b"
    r"|\s*(?:premiums?|polic(?:y|ies)|bills?|invoices?|renewals?|rates?|fees?|costs?|payments?|excess|deductible|claims?)\b",
    re.I,
)
# a business they deal with: "our pilot with a bank ended", "a partnership with a hospital"
_DEALINGS_WITH_BEFORE_RE = re.compile(
    r"\b(?:pilot|project|partnership|deal|contract|integration|collab\w*|engagement|poc|proof\s+of\s+concept|meeting|call|"
    r"negotiations?|talks)\s+with\s+(?:a|an|the|one|some|this|that)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# "asking on behalf of a client in healthcare", "my kid's school uses something like this": a business they
# speak for or know, not theirs
_FOR_ANOTHER_RE = re.compile(
    r"\bon\s+behalf\s+of\s+(?:a|an|my|our|one\s+of\s+our)\s+(?:\w+\s+)?(?:clients?|customers?|friends?)\b|"
    # "asking for a friend in healthcare", "your competitor says they specialize in real estate"
    r"\basking\s+for\s+a\s+friend\b|\byour\s+competitors?\b[^.;!?]{0,40}$|"
    # "our CEO loves your podcast", "your CEO's podcast": ours, not theirs
    r"\b(?:your|ur)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?$|"
    # "consultant here, helping a hospital choose a crm": the business they advise
    r"\bhelping\s+(?:a|an|the|one\s+of\s+(?:our|my)|our|my)\s+(?:[\w-]+\s+){0,2}$|"
    # "we pay our bookkeeper 400 a month": whom they pay
    r"\b(?:pay|paying|paid)\s+(?:our|my|the)\s+$|"
    # "we spend 2k a month on catering": what they buy
    r"\b(?:spend|spending|spent)\b[^.;!?]{0,30}\bon\s+(?:[\w-]+\s+)?$|"
    r"\b(?:my|our|a|his|her|their)\s+(?:kids?|son|daughter|child|children|nephew|niece|partner|wife|husband|friend|"
    r"neighbou?r|client|customer)(?:['’]s\s+|\s+(?:is|works|worked|was)\s+)(?:(?:in|into|at|for)\s+(?:a\s+|an\s+|the\s+)?)?$",
    re.I,
)


_CLIENT_NAMED_RE = re.compile(_CLIENT, re.I)


# "not a hospital", "we aren't a bank", "not really a software company": the trade said not to be theirs
_DENIED_RE = re.compile(
    r"(?:\bnot|n['’]t|\b(?:aren|isn|wasn|weren|ain)t|\bnever|\bno\s+longer)(?:\s+(?:really|exactly|quite|just|actually|technically))?\s+(?:in|an?|the)?\s*$",
    re.I,
)


def _may_share(one: Found, other: Found) -> bool:
    pair = {one.entity, other.entity}
    if pair == {"company_size", "authority"}:  # a role said outright, not a title inside a head count ("+ a designer")
        return any(
            f.entity == "authority" and f.info.get("source") in ("phrase", "holder", "solo") for f in (one, other)
        )
    if pair == {"authority", "industry"}:  # "property manager at a firm", "solar developer": the title and the trade
        return any(
            (f.entity == "authority" and f.info.get("source") in ("title", "solo")) or f.info.get("competitor")
            for f in (one, other)
        )
    return pair in _SHARE_WORDS


def _resolve_overlaps(candidates: list[Found], first: str | None = None) -> list[Found]:
    """Where two readings overlap, the one for the question being answered wins, then PRIORITY."""
    kept: list[Found] = []
    for found in sorted(candidates, key=lambda f: (f.entity != first, PRIORITY.index(f.entity))):
        if any(
            k.start < found.end and found.start < k.end and k.entity != found.entity and not _may_share(k, found)
            for k in kept
        ):
            continue
        kept.append(found)
    return sorted(kept, key=lambda f: f.start)
