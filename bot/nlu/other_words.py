"""Words from the visitor's other languages and regional Englishes, for the things we read.

A pricing page in Europe, India or Nigeria gets "80 Mitarbeiter", "1.500 € im Monat", "wir
wollen im Januar starten", "30 pax", "1 lakh usd", "my oga go decide". The numbers are the
same in every language; the words around them (people, per month, a month's name, a boss) are a
short, closed list. They are read as their English words, with each character mapped back to the
word it came from, so entity spans stay on the visitor's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# other word (lowercase, whole words) -> the English the extractors read
OTHER_WORDS: dict[str, str] = {
    # people
    "mitarbeiter": "employees",
    "mitarbeitern": "employees",
    "mitarbeitende": "employees",
    "angestellte": "employees",
    "beschäftigte": "employees",
    "leute": "people",
    "personen": "people",
    "empleados": "employees",
    "trabajadores": "employees",
    "personas": "people",
    "employés": "employees",
    "employes": "employees",
    "salariés": "employees",
    "funcionários": "employees",
    "funcionarios": "employees",
    "colaboradores": "employees",
    "collaborateurs": "employees",
    "medewerkers": "employees",
    "dipendenti": "employees",
    "pax": "people",
    "staff strength": "staff",
    # per period
    "im monat": "a month",
    "pro monat": "a month",
    "monatlich": "monthly",
    "pro jahr": "a year",
    "im jahr": "a year",
    "jährlich": "yearly",
    "al mes": "a month",
    "por mes": "a month",
    "mensuales": "monthly",
    "al año": "a year",
    "por año": "a year",
    "anuales": "yearly",
    "par mois": "a month",
    "par an": "a year",
    "par année": "a year",
    "por mês": "a month",
    "por ano": "a year",
    "per maand": "a month",
    "per jaar": "a year",
    "al mese": "a month",
    "all'anno": "a year",
    # durations and when
    "wochen": "weeks",
    "monate": "months",
    "monaten": "months",
    "tage": "days",
    "tagen": "days",
    "semanas": "weeks",
    "meses": "months",
    "días": "days",
    "semaines": "weeks",
    "jours": "days",
    "sofort": "immediately",
    "nächsten monat": "next month",
    "nächstes jahr": "next year",
    "próximo mes": "next month",
    "el año que viene": "next year",
    "le mois prochain": "next month",
    "l'année prochaine": "next year",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    # when: the preposition before a month's name ("en abril", "bis März", "antes de junio")
    "en": "in",
    "bis": "by",
    "antes de": "before",
    "hasta": "by",
    # months
    "januar": "january",
    "februar": "february",
    "märz": "march",
    "maerz": "march",
    "juni": "june",
    "juli": "july",
    "oktober": "october",
    "dezember": "december",
    "enero": "january",
    "febrero": "february",
    "marzo": "march",
    "abril": "april",
    "mayo": "may",
    "junio": "june",
    "julio": "july",
    "agosto": "august",
    "septiembre": "september",
    "setiembre": "september",
    "octubre": "october",
    "noviembre": "november",
    "diciembre": "december",
    "janvier": "january",
    "février": "february",
    "fevrier": "february",
    "avril": "april",
    "juin": "june",
    "juillet": "july",
    "août": "august",
    "septembre": "september",
    "octobre": "october",
    "novembre": "november",
    "décembre": "december",
    "janeiro": "january",
    "fevereiro": "february",
    "março": "march",
    "maio": "may",
    "junho": "june",
    "julho": "july",
    "setembro": "september",
    "outubro": "october",
    "dezembro": "december",
    # amounts
    "ca.": "about",
    "dólares": "dollars",
    "dolares": "dollars",
    "rupee": "rupees",
    "rs.": "inr",
    "etwa": "about",
    "ungefähr": "about",
    "unos": "about",
    "environ": "about",
    # roles and the business
    "empresa": "company",
    "constructora": "construction company",
    "logística": "logistics",
    "logistica": "logistics",
    "inmobiliaria": "real estate agency",
    "clínica": "clinic",
    "restaurante": "restaurant",
    "despacho": "firm",
    "bufete": "law firm",
    "escuela": "school",
    "spedition": "freight forwarder",
    "geschäftsführer": "managing director",
    "geschäftsführerin": "managing director",
    "inhaber": "owner",
    "inhaberin": "owner",
    "gründer": "founder",
    "dueño": "owner",
    "dueña": "owner",
    "fundador": "founder",
    "fundadora": "founder",
    "fondateur": "founder",
    "fondatrice": "founder",
    "propriétaire": "owner",
    "gérant": "manager",
    "oga": "boss",
    "maschinenbau": "machinery manufacturing",
    # joining words that carry the facts
    "wir sind": "we are",
    "wir haben": "we have",
    "somos": "we are",
    "nous sommes": "we are",
    "wir wollen": "we want to",
    "starten": "start",
    "empezar": "start",
    "commencer": "start",
}
_GERMAN_MONTHS = {
    "januar": "january",
    "februar": "february",
    "märz": "march",
    "april": "april",
    "mai": "may",
    "juni": "june",
    "juli": "july",
    "august": "august",
    "september": "september",
    "oktober": "october",
    "november": "november",
    "dezember": "december",
}
OTHER_WORDS.update({f"im {german}": f"in {english}" for german, english in _GERMAN_MONTHS.items()})
OTHER_WORDS.update({f"ab {german}": f"from {english}" for german, english in _GERMAN_MONTHS.items()})
# Indian numbering: a lakh is 100,000 and a crore 10,000,000 ("1.5 lakh" is 150000)
_SCALES = {
    "lakh": 100_000,
    "lakhs": 100_000,
    "lac": 100_000,
    "lacs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_SCALED_RE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s*(lakhs?|lacs?|crores?)(?![\w])", re.I)
# "tage" inside "tagesgeld" is no day: whole words only, longest first ("im monat" before "monat")
_OTHER_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(w) for w in sorted(OTHER_WORDS, key=len, reverse=True)) + r")(?![\w])", re.I
)


def in_english(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """`text` with other words replaced, and for each character the offset in `origin` it stands for."""
    text, origin = _replaced(text, origin, _SCALED_RE, _scaled)
    text, origin = _replaced(
        text, origin, _SPANISH_THOUSANDS_RE, lambda match: str(round(float(match.group(1).replace(",", ".")) * 1000))
    )
    return _replaced(text, origin, _OTHER_RE, lambda match: OTHER_WORDS[match.group(0).lower()])


def _scaled(match: re.Match[str]) -> str:
    number = str(round(float(match.group(1)) * _SCALES[match.group(2).lower()]))
    before, after = (
        match.string[max(0, match.start() - 4) : match.start()],
        match.string[match.end() : match.end() + 14],
    )
    # lakhs and crores are counted in rupees unless another currency is named ("1 lakh usd")
    return number if _CURRENCY_NEAR_RE.search(before + " " + after) else number + " rupees"


_CURRENCY_NEAR_RE = re.compile(r"[$€£¥₹]|\b(?:usd|eur|gbp|inr|rs\.?|rupees?|dollars?|euros?|pounds?)\b", re.I)
# Spanish "mil" is a thousand: "40 mil dólares" is 40,000 (English "40 mil" stays a million)
_SPANISH_THOUSANDS_RE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s+mil(?=\s+(?:d[oó]lares|euros|pesos|reales)\b)", re.I
)


def _replaced(
    text: str, origin: list[int], pattern: re.Pattern[str], english_for: Callable[[re.Match[str]], str]
) -> tuple[str, list[int]]:
    if not pattern.search(text):
        return text, origin
    chars: list[str] = []
    mapped: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        chars.append(text[last : match.start()])
        mapped += origin[last : match.start()]
        english = english_for(match)
        span = match.end() - match.start()
        chars.append(english)
        # spread the English over the original word, its first and last characters on the word's own
        mapped += [origin[match.start() + (i * (span - 1) // max(1, len(english) - 1))] for i in range(len(english))]
        last = match.end()
    chars.append(text[last:])
    mapped += origin[last:]  # the trailing entry: where the text ends
    return "".join(chars), mapped
