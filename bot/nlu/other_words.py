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
# The same concepts in German, Spanish, French, Dutch, Portuguese and Italian, by concept: what a
# visitor says about time, people, say and business in the first words they reach for. Phrases
# come before their words (the longest match wins), so "ik beslis niks" is not "i decide". Words
# that are English too ("once", "sept", "due", "cent", "direct", "bureau", "on a") are left out.
_BY_CONCEPT: dict[str, tuple[str, ...]] = {
    # numbers a size or duration is said with
    "one": ("eins", "uno", "una", "un", "une", "één", "um", "uma"),
    "two": ("zwei", "dos", "deux", "twee", "dois", "duas"),
    "three": ("drei", "tres", "trois", "drie", "três", "tre"),
    "four": ("vier", "cuatro", "quatre", "quatro", "quattro"),
    "five": ("fünf", "cinco", "cinq", "vijf", "cinque"),
    "six": ("sechs", "seis", "zes", "sei"),
    "seven": ("sieben", "siete", "zeven", "sete", "sette"),
    "eight": ("acht", "ocho", "huit", "oito", "otto"),
    "nine": ("neun", "nueve", "neuf", "negen", "nove"),
    "ten": ("zehn", "diez", "dix", "tien", "dez", "dieci"),
    "eleven": ("onze", "undici"),
    "twelve": ("zwölf", "zwoelf", "doce", "douze", "twaalf", "doze", "dodici"),
    "fifteen": ("fünfzehn", "quince", "quinze", "vijftien", "quindici"),
    "twenty": ("zwanzig", "veinte", "vingt", "twintig", "vinte", "venti"),
    "thirty": ("dreißig", "dreissig", "treinta", "trente", "dertig", "trinta", "trenta"),
    "fifty": ("fünfzig", "cincuenta", "cinquante", "vijftig", "cinquenta", "cinquanta"),
    "a hundred": ("hundert", "cien", "honderd", "cem", "cento"),
    "a dozen": ("dutzend", "ein dutzend", "una docena", "une douzaine", "een dozijn", "uma dúzia", "una dozzina"),
    "about 10": ("une dizaine", "una decena", "uma dezena", "una decina"),
    "about 20": ("une vingtaine", "una veintena", "uma vintena", "una ventina"),
    "about 30": ("une trentaine", "una treintena", "una trentina"),
    "about 40": ("une quarantaine", "una quarantina"),
    "about 50": ("une cinquantaine", "una cincuentena", "una cinquantina"),
    "about 100": ("une centaine", "un centenar", "uma centena", "un centinaio"),
    # when
    "as soon as possible": (
        "so schnell wie möglich",
        "schnellstmöglich",
        "möglichst schnell",
        "lo antes posible",
        "cuanto antes",
        "lo más pronto posible",
        "dès que possible",
        "au plus vite",
        "le plus vite possible",
        "au plus tôt",
        "zo snel mogelijk",
        "zsm",
        "o quanto antes",
        "o mais rápido possível",
        "il prima possibile",
        "al più presto",
    ),
    "immediately": (
        "sofort",
        "inmediatamente",
        "ya mismo",
        "tout de suite",
        "immédiatement",
        "meteen",
        "imediatamente",
        "subito",
    ),
    "next week": (
        "nächste woche",
        "nächsten woche",
        "la próxima semana",
        "la semana que viene",
        "la semaine prochaine",
        "volgende week",
        "na próxima semana",
        "la prossima settimana",
    ),
    "next month": (
        "el mes que viene",
        "el próximo mes",
        "volgende maand",
        "no próximo mês",
        "il mese prossimo",
        "il prossimo mese",
    ),
    "next quarter": (
        "nächstes quartal",
        "nächsten quartal",
        "el próximo trimestre",
        "el trimestre que viene",
        "le trimestre prochain",
        "le prochain trimestre",
        "volgend kwartaal",
        "het volgende kwartaal",
        "no próximo trimestre",
        "il prossimo trimestre",
    ),
    "next year": (
        "nächstes jahr",
        "nächsten jahr",
        "el próximo año",
        "l'an prochain",
        "volgend jaar",
        "het volgende jaar",
        "no próximo ano",
        "l'anno prossimo",
        "il prossimo anno",
    ),
    "in": ("dans", "binnen", "innerhalb von", "entro", "dentro de"),
    "weeks": ("weken", "settimane"),
    "months": ("maanden", "mesi"),
    "days": ("dagen", "giorni", "dias"),
    "week": ("woche", "semana", "semaine", "settimana"),
    "month": ("monat", "mes", "mois", "maand", "mês", "mese"),
    "quarter": ("quartal", "trimestre", "kwartaal"),
    "year": ("jahr", "año", "ano", "année", "jaar", "anno"),
    "monday": ("montag", "lunes", "lundi", "maandag", "segunda-feira", "lunedì"),
    "tuesday": ("dienstag", "martes", "mardi", "dinsdag", "terça-feira", "martedì"),
    "wednesday": ("mittwoch", "miércoles", "mercredi", "woensdag", "quarta-feira", "mercoledì"),
    "thursday": ("donnerstag", "jueves", "jeudi", "donderdag", "quinta-feira", "giovedì"),
    "friday": ("freitag", "viernes", "vendredi", "vrijdag", "sexta-feira", "venerdì"),
    "january": ("januari", "gennaio"),
    "february": ("februari", "febbraio"),
    "march": ("maart", "marzo"),
    "april": ("aprile",),
    "may": ("mei", "maggio"),
    "june": ("giugno",),
    "july": ("luglio",),
    "august": ("augustus", "agosto"),
    "september": ("settembre",),
    "october": ("ottobre",),
    "november": ("noviembre",),
    "december": ("dicembre",),
    "no rush": ("keine eile", "sin prisa", "pas pressé", "pas d'urgence", "geen haast", "sem pressa", "nessuna fretta"),
    # who decides
    "i decide": (
        "ich entscheide",
        "entscheide ich",
        "ich treffe die entscheidung",
        "yo decido",
        "decido yo",
        "lo decido yo",
        "je décide",
        "c'est moi qui décide",
        "ik beslis",
        "ik beslis dat",
        "eu decido",
        "sou eu que decido",
        "decido io",
        "io decido",
    ),
    "i don't decide": (
        "ich entscheide nicht",
        "ich entscheide nichts",
        "no decido",
        "no decido nada",
        "yo no decido",
        "je ne décide pas",
        "je ne décide rien",
        "ik beslis niks",
        "ik beslis niets",
        "ik beslis niet",
        "não decido",
        "eu não decido",
        "non decido",
        "non decido io",
    ),
    "committee": (
        "ausschuss",
        "gremium",
        "auswahlkomitee",
        "comité",
        "comité de selección",
        "comité de sélection",
        "commissie",
        "selectiecommissie",
        "comitê",
        "comitato",
    ),
    "intern": (
        "praktikant",
        "praktikantin",
        "becario",
        "becaria",
        "stagiaire",
        "stagiair",
        "estagiário",
        "estagiária",
        "tirocinante",
        "stagista",
    ),
    "student": ("studentin", "estudiante", "étudiant", "étudiante", "estudante", "studente", "studentessa"),
    "my boss": (
        "mein chef",
        "meine chefin",
        "mi jefe",
        "mi jefa",
        "mon patron",
        "ma patronne",
        "mon chef",
        "mijn baas",
        "meu chefe",
        "o meu chefe",
        "il mio capo",
    ),
    "managing partner": (
        "socio director",
        "socia directora",
        "associé gérant",
        "associée gérante",
        "geschäftsführender gesellschafter",
        "managing vennoot",
        "sócio-gerente",
        "socio amministratore",
    ),
    "director": ("directeur", "directrice", "directora", "direktor", "direktorin", "diretor", "diretora", "direttore"),
    # the business, as the taxonomy's English names it
    "machinery manufacturer": (
        "maschinenbauer",
        "fabricante de maquinaria",
        "fabricant de machines",
        "machinebouwer",
        "costruttore di macchine",
    ),
    "manufacturer": ("hersteller", "fabricante", "fabricant", "fabrikant", "produttore"),
    "accounting firm": (
        "cabinet comptable",
        "cabinet d'expertise comptable",
        "steuerberater",
        "steuerberatung",
        "steuerkanzlei",
        "gestoría",
        "asesoría",
        "despacho contable",
        "accountantskantoor",
        "boekhoudkantoor",
        "escritório de contabilidade",
        "studio commercialista",
    ),
    "law firm": (
        "anwaltskanzlei",
        "kanzlei",
        "despacho de abogados",
        "bufete de abogados",
        "cabinet d'avocats",
        "advocatenkantoor",
        "escritório de advocacia",
        "studio legale",
    ),
    "construction company": (
        "baufirma",
        "bauunternehmen",
        "entreprise de construction",
        "entreprise du bâtiment",
        "bouwbedrijf",
        "aannemer",
        "construtora",
        "impresa edile",
    ),
    "real estate": (
        "immobilien",
        "immobilier",
        "agence immobilière",
        "makelaar",
        "makelaardij",
        "vastgoed",
        "imobiliária",
        "agenzia immobiliare",
        "immobiliare",
    ),
    "municipality": (
        "gemeente",
        "gemeinde",
        "stadtverwaltung",
        "ayuntamiento",
        "municipio",
        "mairie",
        "municipalité",
        "prefeitura",
        "comune",
    ),
    "hospital": ("krankenhaus", "klinikum", "hôpital", "ziekenhuis", "ospedale"),
    "clinic": (
        "klinik",
        "arztpraxis",
        "clinique",
        "cabinet médical",
        "kliniek",
        "huisartsenpraktijk",
        "clínica",
        "clinica",
    ),
    "school": (
        "schule",
        "école",
        "escola",
        "scuola",
        "hochschule",
        "universität",
        "universidad",
        "université",
        "universiteit",
        "università",
    ),
    "bakery": ("bäckerei", "panadería", "boulangerie", "bakkerij", "padaria", "panetteria"),
    "insurance company": (
        "versicherung",
        "aseguradora",
        "compagnie d'assurance",
        "verzekeraar",
        "seguradora",
        "assicurazione",
    ),
    "software company": (
        "softwarefirma",
        "softwarehaus",
        "softwarebedrijf",
        "éditeur de logiciels",
        "empresa de software",
        "azienda di software",
    ),
    "agency": ("agentur", "agencia", "agence", "agência", "agenzia"),
    "farm": (
        "bauernhof",
        "landwirtschaftsbetrieb",
        "granja",
        "ferme",
        "exploitation agricole",
        "boerderij",
        "fazenda",
        "azienda agricola",
    ),
    "farming": ("landwirtschaft", "agricultura", "landbouw", "agricoltura"),
    "utility": (
        "energieversorger",
        "stadtwerke",
        "compañía eléctrica",
        "fournisseur d'énergie",
        "energiebedrijf",
        "azienda elettrica",
    ),
    "nonprofit": (
        "gemeinnütziger verein",
        "stiftung",
        "fundación",
        "ong",
        "association à but non lucratif",
        "stichting",
        "fundação",
        "onlus",
        "fondazione",
    ),
    "shop": ("laden", "geschäft", "tienda", "magasin", "winkel", "loja", "negozio"),
    "hotel": ("hôtel", "albergo"),
    "restaurant": ("restaurante", "ristorante"),
    "logistics company": (
        "logistikunternehmen",
        "empresa de logística",
        "entreprise de logistique",
        "logistiek bedrijf",
        "transportbedrijf",
        "transportista",
        "transporteur",
    ),
    # people
    "people": ("mensen", "personnes", "pessoas", "persone"),
    "employees": ("werknemers", "medewerkers", "empregados", "impiegati", "mitarbeiterinnen"),
    "we are": ("wij zijn", "we zijn", "nous sommes", "on est", "somos", "siamo", "nós somos"),
    "we have": ("wij hebben", "we hebben", "nous avons", "tenemos", "temos", "abbiamo"),
}
for _english, _words in _BY_CONCEPT.items():
    for _word in _words:
        OTHER_WORDS.setdefault(_word, _english)
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
