"""Words from the visitor's other languages and regional Englishes, for the things we read.

A pricing page in Europe, India or Nigeria gets "80 Mitarbeiter", "1.500 € im Monat", "wir
wollen im Januar starten", "30 pax", "1 lakh usd", "my oga go decide". The numbers are the
same in every language; the words around them (people, per month, a month's name, a boss) are a
short, closed list. They are read as their English words, with each character mapped back to the
word it came from, so entity spans stay on the visitor's text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from bot.nlu import dictionary_words, far_words
from bot.nlu.misspellings import CANDIDATE_RE, meant
from bot.nlu.phrase_table import alternation
from bot.nlu.wordnet_industry import shared_reader
from bot.nlu.world_dates import shared_world_dates
from bot.nlu.world_money import CURRENCIES, shared_world_money
from bot.nlu.world_numbers import shared_world_numbers

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
    # who decides, in the words of other languages: "det är min chef som bestämmer", "decideix el meu cap"
    "min chef": "my boss",
    "min sjef": "my boss",
    "mon chef": "my boss",
    "el meu cap": "my boss",
    "můj šéf": "my boss",
    "moje šéfová": "my boss",
    "bosi wangu": "my boss",
    "patronum": "my boss",
    "yöneticim": "my manager",
    "müdürüm": "my manager",
    "ο διευθυντής μου": "my director",
    "ο προϊστάμενός μου": "my boss",
    "decideix": "decides",
    "anaamua": "decides",
    "karar verir": "decides",
    "karar veriyor": "decides",
    "geschäftsführung": "management",
    # zero in other languages, as a budget is said to be none ("rozpočet nula"; "null" stays: it is English too)
    "nula": "zero",
    "cero": "zero",
    "zéro": "zero",
    "noll": "zero",
    "nolla": "zero",
    "ноль": "zero",
    "нуль": "zero",
    "sıfır": "zero",
    "μηδέν": "zero",
    "sifuri": "zero",
    # "c'est mon associé et moi" to who decides: the visitor with a partner
    "c'est mon associé et moi": "it's me and my partner",
    "qui décidons": "who decide",
    "qui décidez": "who decide",
    "qui décident": "who decide",
    "c'est mon associée et moi": "it's me and my partner",
    "eu e o meu sócio": "me and my partner",
    "io e il mio socio": "me and my partner",
    # "une agence immobilière": a real estate agency, not "a real estate"
    "agence immobilière": "real estate agency",
    "agencia inmobiliaria": "real estate agency",
    "agência imobiliária": "real estate agency",
    "agenzia immobiliare": "real estate agency",
    # "for now": how things stand, not a time to buy ("ninguno por ahora" to the budget question)
    "por ahora": "for now",
    "por agora": "for now",
    "por el momento": "for now",
    "por enquanto": "for now",
    "per ora": "for now",
    "pour l'instant": "for now",
    "pour le moment": "for now",
    "vorerst": "for now",
    "voorlopig": "for now",
    "na razie": "for now",
    "şimdilik": "for now",
    "пока что": "for now",
    "untuk sekarang": "for now",
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
    # where they work, said with its article: "on est une quinzaine dans la boîte"
    "la boîte": "the company",
    "la boite": "the company",
    "l'entreprise": "the company",
    "la société": "the company",
    "la empresa": "the company",
    "la compañía": "the company",
    "het bedrijf": "the company",
    "die firma": "the company",
    "der firma": "the company",
    "im unternehmen": "in the company",
    "l'azienda": "the company",
    "in azienda": "in the company",
    "a empresa": "the company",
    "na empresa": "in the company",
    "agencia de viajes": "travel agency",
    "ingenieurbüro": "engineering firm",
    "transportadora": "trucking company",
    "azienda agricola": "farm",
    "agence de voyages": "travel agency",
    "agence de voyage": "travel agency",
    "reisebüro": "travel agency",
    "reisbureau": "travel agency",
    "steuerberatungskanzlei": "tax firm",
    "steuerberater": "tax advisor",
    "steuerkanzlei": "tax firm",
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
    "zahnarztpraxis": "dental practice",
    "arztpraxis": "medical practice",
    "corretora de seguros": "insurance brokerage",
    "corredora de seguros": "insurance brokerage",
    "azienda manifatturiera": "manufacturing company",
    "gründer": "founder",
    "dueño": "owner",
    "dueña": "owner",
    "fundador": "founder",
    "fundadora": "founder",
    "fondateur": "founder",
    "fondatrice": "founder",
    "propriétaire": "owner",
    "gérant": "managing director",  # the legal head of a French SARL, not a middle manager
    "gérante": "managing director",
    "eigenaar": "owner",
    "eigenares": "owner",
    "le patron": "the boss",
    "la patronne": "the boss",
    "el jefe": "the boss",
    "der chef": "the boss",
    # when, in words of other languages
    "anfang nächsten jahres": "early next year",
    "anfang des nächsten jahres": "early next year",
    "début de l'année prochaine": "early next year",
    "début de l'an prochain": "early next year",
    "a principios del año que viene": "early next year",
    "a principios del próximo año": "early next year",
    "begin volgend jaar": "early next year",
    "inizio del prossimo anno": "early next year",
    "all'inizio del prossimo anno": "early next year",
    "início do próximo ano": "early next year",
    "no início do próximo ano": "early next year",
    "empezar ya": "start now",
    "comprar ya": "buy now",
    "ya mismo": "right now",
    "começar já": "start now",
    # businesses and asking for a discount, in other words
    "cooperativa agrícola": "agricultural cooperative",
    "coopérative agricole": "agricultural cooperative",
    "cooperativa agricola": "agricultural cooperative",
    "vastgoed": "real estate",
    "trasporti": "transport",
    "transportes": "transport",
    "la decisione finale è mia": "the final decision is mine",
    "la decisión final es mía": "the final decision is mine",
    "la décision finale est la mienne": "the final decision is mine",
    "a decisão final é minha": "the final decision is mine",
    "de eindbeslissing ligt bij mij": "the final decision is mine",
    "die endgültige entscheidung liegt bei mir": "the final decision is mine",
    "il titolare": "the owner",
    "la titolare": "the owner",
    "io faccio": "i do",
    "en parler à": "talk to",
    "en parler avec": "talk to",
    "parler à": "talk to",
    "pizza place": "pizzeria",
    "commercialisti": "accountants",
    "commercialista": "accountant",
    "mobilfunkanbieter": "mobile carrier",
    "mobilfunk": "mobile",
    "academia de idiomas": "language school",
    "escola de idiomas": "language school",
    "école de langues": "language school",
    "scuola di lingue": "language school",
    "sprachschule": "language school",
    "zorginstelling": "healthcare provider",
    "zorg": "care",
    "banca": "bank",
    "banque": "bank",
    "immobilienverwaltung": "property management",
    "hausverwaltung": "property management",
    "conseil en rh": "hr consulting",
    "conseil": "consulting",
    "consultoría": "consulting",
    "consultoria": "consulting",
    "consulenza": "consulting",
    "beratung": "consulting",
    "editoria": "publishing",
    "editorial": "publishing",
    "pubblichiamo": "we publish",
    "publicamos": "we publish",
    "publions": "we publish",
    "libri": "books",
    "libros": "books",
    "livres": "books",
    "livros": "books",
    "agronegócio": "agribusiness",
    "agronegocio": "agribusiness",
    "plantamos": "we grow",
    "cultivamos": "we grow",
    "coltiviamo": "we grow",
    "hotellerie": "hotels",
    "hôtellerie": "hotels",
    "d'hôtels": "of hotels",
    "d'hotels": "of hotels",
    "logistique": "logistics",
    "entrepôts": "warehouses",
    "tienda online": "online store",
    "loja online": "online store",
    "negozio online": "online store",
    "boutique en ligne": "online store",
    "sector agrícola": "agriculture",
    "agrícola": "agricultural",
    "agricole": "agricultural",
    "rabatt für": "discount for",
    "rabatt": "discount",
    "für": "for",
    "descuento para": "discount for",
    "réduction pour": "discount for",
    "remise pour": "discount for",
    "sconto per": "discount for",
    "desconto para": "discount for",
    "korting voor": "discount for",
    # whom the visitor works for, and the approval or research they do for them
    "für meinen chef": "for my boss",
    "für meine chefin": "for my boss",
    "für die geschäftsleitung": "for the management",
    "para mi jefe": "for my boss",
    "para mi jefa": "for my boss",
    "mi jefa": "my boss",
    "pour mon patron": "for my boss",
    "pour mon chef": "for my boss",
    "pour ma direction": "for my management",
    "per il mio capo": "for my boss",
    "per il mio responsabile": "for my manager",
    "al mio responsabile": "to my manager",
    "il mio responsabile": "my manager",
    "mio responsabile": "my manager",
    "para o meu chefe": "for my boss",
    "pro meu chefe": "for my boss",
    "meu gestor": "my manager",
    "do meu gestor": "from my manager",
    "mijn leidinggevende": "my manager",
    "voor mijn baas": "for my boss",
    "ma direction": "my management",
    "faire valider par": "get approval from",
    "fait valider par": "get approval from",
    "valider par": "approval from",
    "aprovação do": "approval from",
    "aprovação da": "approval from",
    "aprobación de": "approval from",
    "aprobación del": "approval from",
    "approvazione del": "approval from",
    "approvazione dal": "approval from",
    "goedkeuring van": "approval from",
    "genehmigung von": "approval from",
    "freigabe von": "approval from",
    "freigabe durch": "approval from",
    "m'a demandé de": "asked me to",
    "m'a demandé d'": "asked me to ",
    "me pidió que": "asked me to",
    "me ha pedido que": "asked me to",
    "mi ha chiesto di": "asked me to",
    "heeft me gevraagd om": "asked me to",
    "heeft me gevraagd": "asked me to",
    "hat mich gebeten": "asked me to",
    "me pediu para": "asked me to",
    "me pediu que": "asked me to",
    "as opções": "the options",
    "las opciones": "the options",
    "les options": "the options",
    "le opzioni": "the options",
    "vou levar": "i'll take",
    "levar": "take",
    "para a diretoria": "to the management",
    "à diretoria": "to the management",
    "a diretoria": "the management",
    "presentarlo al": "present it to",
    "presentarlo a": "present it to",
    "présenter à": "present it to",
    "apresentar ao": "present it to",
    "lo decide": "it is decided by",
    "la decisión es de": "the decision is with",
    "c'est moi qui": "i am the one who",
    "soy yo quien": "i am the one who",
    "sono io che": "i am the one who",
    "sou eu que": "i am the one who",
    "ich bin derjenige, der": "i am the one who",
    "signe": "signs",
    "décide": "decides",
    "firmo": "sign",
    # "firma" is "signs" only in Spanish and Italian; in a dozen languages it is the company ("jsme účetní firma")
    "decido": "decide",
    "assino": "sign",
    "recherchiere": "research",
    "estoy comparando": "i am comparing",
    "estoy investigando": "i am researching",
    "investigando": "researching",
    "pesquisando": "researching",
    "je me renseigne": "i am researching",
    "sto facendo ricerche": "i am researching",
    "die chefin": "the boss",
    "de baas": "the boss",
    "il capo": "the boss",
    "o chefe": "the boss",
    "o patrão": "the boss",
    "de directie": "the management",
    "la direction": "the management",
    "die geschäftsleitung": "the management",
    "la dirección": "the management",
    "la direzione": "the management",
    "a direção": "the management",
    "voorleggen aan": "present it to",
    "décident": "decide",
    "entscheidet": "decides",
    "entscheiden": "decide",
    "beslist": "decides",
    "decidono": "decide",
    "la jefa": "the boss",
    "oga": "boss",
    # Nigerian Pidgin and Patois: "we be like 25 for the office", "mi own di likkle shop"
    "we be": "we are",
    "una be": "you are",
    "maschinenbau": "machinery manufacturing",
    # joining words that carry the facts
    "wir sind": "we are",
    # the verb before its subject, as German, Dutch and the Nordic languages put it after a first word
    # ("eigentlich sind wir 40", "inmiddels zijn we met 25", "nu är vi 30")
    "sind wir": "we are",
    "haben wir": "we have",
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
    # "un hotel con 35 dipendenti": left as it is, "con" reads as a person (a convict) counted with the staff
    "with": ("mit", "con", "avec"),
    # "en parler au directeur": the director is someone else (not "au" alone: "AU$500" is Australian dollars)
    "to the director": ("au directeur", "à la directrice", "au dg"),
    "to the boss": ("au patron", "à la patronne", "au chef"),
    "to the manager": ("au gérant", "à la gérante", "au responsable", "à la responsable", "au manager"),
    "to the ceo": ("au pdg",),
    # numbers a size or duration is said with
    # (Portuguese "um" only in its phrases below: alone it is the English "um" of someone thinking)
    "one": ("eins", "uno", "één", "een", "um só"),
    # the article, before a noun ("somos 15 en una agencia": we are 15 in an agency, not 15 in one)
    "a": ("una", "un", "une", "uma"),
    "a month": ("um mês",),
    "a year": ("um ano",),
    "two": ("zwei", "dos", "deux", "twee", "dois", "duas"),
    "three": ("drei", "tres", "trois", "drie", "três", "tre"),
    "four": ("vier", "cuatro", "quatre", "quatro", "quattro"),
    "five": ("fünf", "cinco", "cinq", "vijf", "cinque"),
    "six": ("sechs", "seis", "zes", "sei"),
    "seven": ("sieben", "siete", "zeven", "sete", "sette"),
    "eight": ("acht", "ocho", "huit", "oito", "otto"),
    "nine": ("neun", "nueve", "neuf", "negen", "nove"),
    "ten": ("zehn", "diez", "dix", "tien", "dez", "dieci"),
    # ("onze" is French and Portuguese eleven, but far more often Dutch "our": "onze CEO heeft jullie webinar gezien")
    "eleven": ("undici",),
    "twelve": ("zwölf", "zwoelf", "doce", "douze", "twaalf", "doze", "dodici"),
    "thirteen": ("dreizehn", "trece", "treize", "dertien", "treze", "tredici"),
    "fourteen": ("vierzehn", "catorce", "quatorze", "veertien", "catorze", "quattordici"),
    "sixteen": ("sechzehn", "dieciséis", "seize", "zestien", "dezesseis", "sedici"),
    "seventeen": ("siebzehn", "diecisiete", "dix-sept", "zeventien", "dezessete", "diciassette"),
    "eighteen": ("achtzehn", "dieciocho", "dix-huit", "achttien", "dezoito", "diciotto"),
    "nineteen": ("neunzehn", "diecinueve", "dix-neuf", "negentien", "dezenove", "diciannove"),
    "forty": ("vierzig", "cuarenta", "quarante", "veertig", "quarenta", "quaranta"),
    "sixty": ("sechzig", "sesenta", "soixante", "zestig", "sessenta", "sessanta"),
    "seventy": ("siebzig", "setenta", "soixante-dix", "zeventig", "settanta"),
    "eighty": ("achtzig", "ochenta", "quatre-vingts", "quatre-vingt", "tachtig", "oitenta", "ottanta"),
    "ninety": ("neunzig", "noventa", "quatre-vingt-dix", "negentig", "novanta"),
    "fifteen": ("fünfzehn", "quince", "quinze", "vijftien", "quindici"),
    "twenty": ("zwanzig", "veinte", "vingt", "twintig", "vinte", "venti"),
    "thirty": ("dreißig", "dreissig", "treinta", "trente", "dertig", "trinta", "trenta"),
    "fifty": ("fünfzig", "cincuenta", "cinquante", "vijftig", "cinquenta", "cinquanta"),
    "a hundred": ("hundert", "cien", "honderd", "cem", "cento"),
    "a dozen": ("dutzend", "ein dutzend", "una docena", "une douzaine", "een dozijn", "uma dúzia", "una dozzina"),
    "about 10": ("une dizaine", "una decena", "uma dezena", "una decina"),
    "about 15": ("une quinzaine", "una quindicina"),
    "about 20": ("une vingtaine", "una veintena", "uma vintena", "una ventina"),
    "about 30": ("une trentaine", "una treintena", "una trentina"),
    "about 40": ("une quarantaine", "una quarantina"),
    "about 50": ("une cinquantaine", "una cincuentena", "una cinquantina"),
    "about 60": ("une soixantaine", "una sessantina", "una sesentena"),
    "about 80": ("une quatre-vingtaine", "un'ottantina", "una ottantina"),
    "about 100": ("une centaine", "un centenar", "uma centena", "un centinaio"),
    # when
    "as soon as possible": (
        "so schnell wie möglich",
        "so bald wie möglich",
        "sobald wie möglich",
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
        "próxima semana",
        "semana que vem",
        "la prossima settimana",
    ),
    "next month": (
        "el mes que viene",
        "el próximo mes",
        "volgende maand",
        "no próximo mês",
        "o próximo mês",
        "próximo mês",
        "proximo mes",
        "mês que vem",
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
        "próximo ano",
        "ano que vem",
        "l'anno prossimo",
        "il prossimo anno",
    ),
    "in": ("dans", "binnen", "innerhalb von", "entro", "dentro de", "tra", "fra", "daqui a", "em"),
    # the ends of a month, quarter and year, with the articles and prepositions of each language
    "the end of the month": (
        "ende des monats",
        "bis ende des monats",
        "bis zum monatsende",
        "monatsende",
        "ende dieses monats",
        "la fin du mois",
        "fin du mois",
        "fin de mes",
        "final de mes",
        "finales de mes",
        "fin de este mes",
        "eind van de maand",
        "einde van de maand",
        "eind deze maand",
        "fim do mês",
        "final do mês",
        "fine del mese",
        "fine di questo mese",
        "fine mese",
    ),
    "the end of the year": (
        "ende des jahres",
        "bis ende des jahres",
        "bis zum jahresende",
        "jahresende",
        "ende dieses jahres",
        "la fin de l'année",
        "fin de l'année",
        "fin d'année",
        "fin de año",
        "finales de año",
        "final de año",
        "fin de este año",
        "eind van het jaar",
        "einde van het jaar",
        "eind dit jaar",
        "fim do ano",
        "final do ano",
        "fine dell'anno",
        "fine anno",
    ),
    "the end of the quarter": (
        "ende des quartals",
        "bis ende des quartals",
        "quartalsende",
        "fin du trimestre",
        "fin de trimestre",
        "eind van het kwartaal",
        "fim do trimestre",
        "fine trimestre",
        "fine del trimestre",
    ),
    "by": (
        "d'ici",
        "d’ici",
        "bis spätestens",
        "para antes de",
        "uiterlijk",
        "bis",
        "bis zum",
        "bis zur",
        "avant la",
        "antes de",
        "voor het",
        "tegen het",
        "até o",
        "até ao",
        "até",
        "entro la",
        "entro il",
    ),
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
    "january": ("januari", "gennaio", "janvier", "enero", "janeiro", "januar"),
    "february": ("februari", "febbraio", "février", "fevrier", "febrero", "fevereiro", "februar"),
    "march": ("maart", "marzo", "março", "märz"),
    "april": ("aprile", "avril", "abril"),
    "may": ("mei", "maggio", "mayo", "maio"),
    "june": ("giugno", "juin", "junio", "junho", "juni"),
    "july": ("luglio", "juillet", "julio", "julho", "juli"),
    "august": ("augustus", "agosto", "août", "aout"),
    "september": ("settembre", "septembre", "septiembre", "setembro"),
    "october": ("ottobre", "octobre", "octubre", "outubro", "oktober"),
    "november": ("noviembre", "novembre", "novembro"),
    "december": ("dicembre", "décembre", "decembre", "diciembre", "dezembro", "dezember"),
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
        "meinen chef",
        "meinem chef",
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
    "I research": ("ik onderzoek", "ich recherchiere", "je fais des recherches"),
    "for our management": ("für unsere geschäftsleitung", "für die geschäftsleitung", "für unsere geschäftsführung"),
    "I have to present it to": ("ik moet het eerst voorleggen aan", "ik moet het voorleggen aan"),
    "thesis": ("tesi",),
    "I'm writing my thesis": ("estoy haciendo mi tesis", "estou fazendo minha tese", "je fais ma thèse"),
    "we sell clothes online": ("vendemos ropa por internet", "vendemos roupa pela internet", "vendemos ropa online"),
    "we are a small bank": ("somos um banco pequeno", "somos un banco pequeño"),
    "energy company": ("energibolag", "energiselskab", "energiselskap"),
    "home care service": ("ambulanter pflegedienst", "pflegedienst"),
    "at the latest": ("spätestens", "au plus tard", "a más tardar", "no máximo"),
    "end of": ("ende",),
    "my boss makes the decision": (
        "la decisión la toma mi jefe",
        "a decisão é do meu chefe",
        "quem decide é meu chefe",
    ),
    "I'm only researching": ("yo solo estoy investigando", "solo estoy investigando", "só estou pesquisando"),
    "we are a": ("somos um", "somos uma"),
    "launch on": ("lancement le", "lanzamiento el", "lançamento em"),
    "yesterday": ("pra ontem", "para ontem", "para ayer"),
    "I only prepare the decision": (
        "ich bereite die entscheidung nur vor",
        "ich bereite die entscheidung vor",
        "ich bereite das nur vor",
        "ich bereite es nur vor",
        "ich bereite nur vor",
    ),
    "the one who signs is": ("unterschreiben tut", "unterschreibt"),
    "million": ("millón", "millones", "milhão", "milhões", "milione", "milioni"),
    "by the summer": ("entro l'estate", "entro l’estate"),
    "our revenue is": ("facturamos", "faturamos"),
    "I'm preparing a recommendation": ("ich bereite eine empfehlung", "ich erstelle eine empfehlung"),
    "I'm on the selection committee": ("ich bin im auswahlgremium", "ich bin im auswahlkomitee"),
    "I'm an intern": ("soy practicante", "soy becario", "soy becaria", "sou estagiário", "sou estagiária"),
    "I have no say": ("no tengo voz", "no tengo voz ni voto", "não tenho voz"),
    "I'm just curious": ("solo tengo curiosidad", "só tenho curiosidade"),
    "in autumn": ("i höst", "til høsten", "i efteråret"),
    "in spring": ("i vår", "til våren", "i foråret"),
    "in summer": ("i sommar", "til sommeren", "i sommer"),
    "in winter": ("i vinter", "til vinteren"),
    "my": ("mijn",),
    "our": ("onze",),
    "options": ("opties",),
    "for my team": ("voor mijn team",),
    "give advice to": ("geef een advies aan", "geef advies aan"),
    "the management": ("de directie",),
    "I have to present it to my boss": ("ik moet het aan mijn baas voorleggen",),
    "I have to ask my boss first": ("jeg skal lige høre min chef først", "jeg skal høre min chef først"),
    "I have to ask my boss": ("jeg skal lige høre min chef", "jeg skal høre min chef", "jeg må spørre sjefen min"),
    "freight transport": ("transporte de carga", "transporte de cargas", "transport de marchandises"),
    "transport company": (
        "empresa de transporte",
        "empresa de transportes",
        "firmą transportową",
        "firma transportowa",
        "firmą transportowo-spedycyjną",
    ),
    "I own a": (
        "soy dueño de una",
        "soy dueña de una",
        "soy dueño de un",
        "soy dueña de un",
        "sou dono de uma",
        "sou dona de uma",
    ),
    "stores": ("magasins", "tiendas", "lojas", "negozi", "winkels"),
    "by the": ("para el",),
    "I'm a student": (
        "sou estudante",
        "soy estudiante",
        "je suis étudiant",
        "je suis étudiante",
        "sono uno studente",
        "sono una studentessa",
    ),
    "project manager": ("chargé de projet", "chargée de projet", "chargé de projets", "chargée de projets"),
    "I only research": ("eu só pesquiso", "só pesquiso", "yo solo investigo"),
    "the decider is the": ("quem decide é o", "quem decide é a", "quien decide es el", "quien decide es la"),
    "the decider is": ("quem decide é", "quien decide es", "celui qui décide c'est", "wer entscheidet, ist"),
    "electrical contractor": ("elektroinstallation", "elektroinstallationen", "elektriker"),
    "DKK": ("danske kroner", "danske kr"),
    "NOK": ("norske kroner", "norske kr"),
    "SEK": ("svenska kronor", "svenske kroner"),
    "teachers": ("professores", "professeurs", "profesores", "lehrer", "docenti", "leraren"),
    "we manufacture": ("wir fertigen", "nous fabriquons", "fabricamos"),  # ("produciamo vino" is a farm)
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
        "advokatfirma",
        "advokatkontor",
        "advokatbyrå",
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
        "construcción",
        "construção",
        "costruzioni",
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
    "vineyard": (
        "weingut",
        "weinberg",
        "viñedo",
        "bodega familiar",
        "vignoble",
        "domaine viticole",
        "wijngaard",
        "vinha",
        "vinhedo",
        "vigneto",
        "cantina vinicola",
    ),
    "credit union": (
        "cooperativa de crédito",
        "cooperativa de credito",
        "caisse populaire",
        "credit cooperativa",
        "kreditgenossenschaft",
        "genossenschaftsbank",
    ),
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
    "hotels": ("hoteles", "hôtels", "hotéis", "alberghi"),
    "we manage": ("gestionamos", "administramos", "nous gérons", "wir verwalten", "gerimos", "gestiamo", "wij beheren"),
    "book publishing": ("édition de livres", "buchverlag", "editorial de libros", "editora de livros", "uitgeverij"),
    "electricity and gas": (
        "stroom en gas",
        "strom und gas",
        "electricidad y gas",
        "électricité et gaz",
        "luz e gás",
        "luce e gas",
    ),
    "we supply": ("wij leveren", "wir liefern", "suministramos", "nous fournissons", "fornecemos", "forniamo"),
    "restaurant": ("restaurante", "ristorante"),
    "logistics company": (
        "logistik",
        "logística",
        "logistique",
        "logistica",
        "lagerhaltung",
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
    "employees": (
        "mitarbeitenden",
        "mitarbeiterinnen",
        "werknemers",
        "medewerkers",
        "empregados",
        "impiegati",
        "mitarbeiterinnen",
        "mitarbeitern",
        "funcionários",
        "funcionarios",
        "dipendenti",
        "salariés",
    ),
    "myself": (
        "yo mismo",
        "yo misma",
        "ich selbst",
        "moi-même",
        "moi même",
        "ik zelf",
        "eu mesmo",
        "eu mesma",
        "io stesso",
    ),
    "by the end of": (
        "d'ici fin",
        "d’ici fin",
        "bis ende",
        "para finales de",
        "a finales de",
        "entro fine",
        "até o fim de",
        "até o final de",
        "hasta finales de",
        "antes de finales de",
    ),
    # what must come first, said with the modal: "je dois demander à mon patron", "ich muss das mit
    # meinem Chef abklären", "tengo que consultarlo con mi jefe" (the French "dois" is no "two")
    "i need to": (
        "je dois",
        "il faut que je",
        "ich muss",
        "tengo que",
        "necesito",
        "ik moet",
        "preciso",
        "eu preciso",
        "tenho que",
        "devo",
        "io devo",
    ),
    "we need to": ("nous devons", "on doit", "wir müssen", "tenemos que", "we moeten", "temos que", "dobbiamo"),
    "we need": (
        "precisamos",
        "necesitamos",
        "nous avons besoin",
        "wir brauchen",
        "we hebben nodig",
        "abbiamo bisogno",
        "нам нужно",
        "нам надо",
        "нам потрібно",
        "potrzebujemy",
        "potřebujeme",
        "ihtiyacımız var",
        "kailangan namin",
        "kami butuh",
        "kami perlu",
        "tunahitaji",
        "vi behöver",
        "vi trenger",
        "vi har brug for",
        "tarvitsemme",
        "avem nevoie",
        "szükségünk van",
    ),
    "we want": (
        "queremos",
        "nous voulons",
        "on veut",
        "wir wollen",
        "wir möchten",
        "vogliamo",
        "we willen",
        "хотим",
        "мы хотим",
        "chcemy",
        "chceme",
        "istiyoruz",
        "vi vill",
        "vi vil",
        "haluamme",
        "vrem",
        "szeretnénk",
    ),
    "ask": (
        "demander à",
        "demander a",
        "fragen",
        "preguntar a",
        "perguntar ao",
        "perguntar a",
        "chiedere al",
        "chiedere a",
    ),
    "check": ("abklären", "absprechen", "besprechen", "consultarlo", "consultar", "voir", "overleggen", "verificare"),
    "with my boss": (
        "mit meinem chef",
        "mit meiner chefin",
        "mit dem chef",
        "con mi jefe",
        "con mi jefa",
        "avec mon patron",
        "avec ma patronne",
        "avec mon chef",
        "met mijn baas",
        "com o meu chefe",
        "com meu chefe",
        "con il mio capo",
        "col mio capo",
    ),
    # the visitor's own role: "sono il titolare", "soy la dueña"
    "i am the": ("sono il", "sono la", "soy el", "soy la", "sou o", "sou a"),
    "i am a": ("sono un", "sono una", "soy un", "soy una", "sou um", "sou uma"),
    "owner": ("titolare", "proprietario", "proprietaria", "proprietário", "proprietária", "dono"),
    "the owner": ("o dono", "a dona", "el dueño", "la dueña", "le propriétaire", "il titolare", "de eigenaar"),
    "the owners": ("los dueños", "las dueñas", "os donos", "les propriétaires", "i titolari", "de eigenaren"),
    "the board": (
        "il consiglio di amministrazione",
        "al consiglio di amministrazione",
        "consiglio di amministrazione",
        "el consejo de administración",
        "al consejo",
        "le conseil d'administration",
        "au conseil",
        "o conselho",
        "ao conselho",
        "de raad van bestuur",
        "der vorstand",
        "dem vorstand",
        "den vorstand",
    ),
    "talk about it": ("en parler", "en discuter", "darüber reden", "darüber sprechen", "parlarne", "hablarlo"),
    # someone else decides: "c'est ma directrice qui tranche", "es mi jefe quien decide"
    "who decides": (
        "qui tranche",
        "qui décide",
        "quien decide",
        "quién decide",
        "que decide",
        "chi decide",
        "wer entscheidet",
        "die beslist",
    ),
    "i": ("eu",),  # not "yo", a greeting in English
    "and i": ("y yo",),  # not "en ik", "und ich": "en ik ben", "und ich bin" are "and i am"
    "my partner": (
        "mi socio",
        "mi socia",
        "meu sócio",
        "minha sócia",
        "mon associé",
        "mon associée",
        "il mio socio",
        "mijn compagnon",
    ),
    "it's my": ("c'est ma", "c'est mon", "es mi", "è il mio", "è la mia", "é o meu", "é a minha", "het is mijn"),
    "founder": ("fondatore", "fondatrice", "fundadores", "fondateurs"),
    "ceo": ("amministratore delegato", "amministratrice delegata", "pdg", "directeur général", "director general"),
    # Spanish, Italian and Portuguese "solo"/"só" is "only": "solo estoy mirando" is no one-person business
    "just": (
        "sólo",
        "solo estoy",
        "solo estamos",
        "solo quiero",
        "solo queremos",
        "solo necesito",
        "solo sto",
        "sto solo",
        "solo stiamo",
        "só estou",
        "só estamos",
        "só quero",
    ),
    # a count of people said as a group: "we zijn met z'n zessen" (six of us), "wir sind zu sechst"
    **{
        f"{number} of us": tuple(
            f"{prefix} {word}" for prefix in ("met z'n", "met z’n", "met zijn", "met ons") for word in dutch
        )
        + tuple(f"zu {word}" for word in german)
        for number, dutch, german in (
            (2, ("tweeën", "tweeen", "twee"), ("zweit",)),
            (3, ("drieën", "drieen"), ("dritt",)),
            (4, ("vieren",), ("viert",)),
            (5, ("vijven", "vijfen"), ("fünft", "fuenft")),
            (6, ("zessen",), ("sechst",)),
            (7, ("zevenen",), ("siebt", "siebent")),
            (8, ("achten",), ("acht",)),
            (9, ("negenen",), ("neunt",)),
            (10, ("tienen",), ("zehnt",)),
            (11, ("elven",), ("elft",)),
            (12, ("twaalven",), ("zwölft", "zwoelft")),
            (13, ("dertienen",), ("dreizehnt",)),
            (14, ("veertienen",), ("vierzehnt",)),
            (15, ("vijftienen",), ("fünfzehnt", "fuenfzehnt")),
            (16, ("zestienen",), ("sechzehnt",)),
            (20, ("twintigen",), ("zwanzigst",)),
            (30, ("dertigen",), ("dreißigst", "dreissigst")),
        )
    },
    "we are": (
        "wij zijn",
        "we zijn",
        "zijn we",
        "zijn wij",
        "nous sommes",
        "on est",
        "somos",
        "siamo",
        "siamo in",
        "nós somos",
    ),
    "we have": ("wij hebben", "we hebben", "nous avons", "tenemos", "temos", "abbiamo"),
    "i am": ("ich bin", "ik ben", "je suis", "yo soy", "eu sou", "io sono"),
    "a team of": ("une équipe de", "un equipo de", "uma equipe de", "ein team von", "een team van", "un team di"),
    "zero budget": (
        "cero presupuesto",
        "presupuesto cero",
        "budget zéro",
        "zéro budget",
        "orçamento zero",
        "zero orçamento",
        "null budget",
        "budget zero",
        "nul budget",
    ),
    "the decision is mine": (
        "a decisão é minha",
        "la decisión es mía",
        "la decisión es mia",
        "la décision est la mienne",
        "la décision m'appartient",
        "die entscheidung liegt bei mir",
        "die entscheidung treffe ich",
        "la decisione è mia",
        "la decisione spetta a me",
        "de beslissing ligt bij mij",
        "de beslissing is aan mij",
    ),
    "my director": (
        "mon directeur",
        "ma directrice",
        "mi director",
        "mi directora",
        "meu diretor",
        "minha diretora",
        "il mio direttore",
        "la mia direttrice",
        "mijn directeur",
        "mein direktor",
        "meine direktorin",
        "meinem direktor",
    ),
    "boss": ("patronne", "jefe", "jefa", "chefin", "baas", "chefe", "capo"),
    "travel agency": ("agenzia di viaggi", "agenzia viaggi", "agência de viagens", "agencia de viagens"),
    "restaurants": ("gastronomie", "gastronomía", "gastronomia", "horeca", "hostelería", "hotellerie"),
    "no budget": (
        "ingen budget alls",
        "ingen budget",
        "intet budget",
        "ikke noe budsjett",
        "sin presupuesto",
        "kein budget",
        "pas de budget",
        "geen budget",
        "sem orçamento",
        "nessun budget",
        "pas encore de budget",
        "pas encore de budget défini",
        "aucun budget",
        "todavía no hay presupuesto",
        "aún no hay presupuesto",
        "no hay presupuesto",
        "no tenemos presupuesto",
        "nog geen budget",
        "ainda sem orçamento",
        "não temos orçamento",
        "ancora nessun budget",
        "non abbiamo budget",
        "non c'è budget",
    ),
}
for _english, _words in _BY_CONCEPT.items():
    for _word in _words:
        OTHER_WORDS.setdefault(_word, _english)
# Italian "due" is English too ("renewal due in march"): two only before what it counts
_ITALIAN_COUNTED = {
    "settimane": "weeks",
    "mesi": "months",
    "giorni": "days",
    "anni": "years",
    "persone": "people",
    "dipendenti": "employees",
    "collaboratori": "employees",
    "sedi": "locations",
    "uffici": "offices",
    "soci": "partners",
}
OTHER_WORDS.update({f"due {italian}": f"two {english}" for italian, english in _ITALIAN_COUNTED.items()})
# "half a year-ish", "a month-ish": the unit, approximately
OTHER_WORDS.update(
    {f"{unit}{s}-ish": f"{unit}{s}" for unit in ("day", "week", "month", "year", "quarter") for s in ("", "s")}
)
# each language's word for "in" before a month: "a settembre", "en enero", "em março" ("mars" is read as March
# only after a word that says when, below)
_MONTH_WORDS = {
    word: english
    for english, words in _BY_CONCEPT.items()
    if english in {name.lower() for name in calendar.month_name if name}
    for word in words
}
for _word, _english in _MONTH_WORDS.items():
    OTHER_WORDS.setdefault(f"de {_word}", _english)  # "el 1 de marzo", "até 15 de abril": the day, then its month
    for _in in ("a", "en", "em", "à", "ad", "au mois de", "en el mes de", "no mês de", "nel mese di", "vanaf", "per"):
        OTHER_WORDS.setdefault(f"{_in} {_word}", f"in {_english}")
# aiming for a time: "on vise janvier", "apuntamos a marzo"
OTHER_WORDS.update(
    {"on vise": "we're aiming for", "nous visons": "we're aiming for", "apuntamos a": "we're aiming for"}
)
# ordinal quarters: "het tweede kwartaal", "le deuxième trimestre"
for _english, _words in {
    "first quarter": (
        "eerste kwartaal",
        "ersten quartal",
        "erstes quartal",
        "premier trimestre",
        "primer trimestre",
        "primeiro trimestre",
        "primo trimestre",
    ),
    "second quarter": (
        "tweede kwartaal",
        "zweiten quartal",
        "zweites quartal",
        "deuxième trimestre",
        "second trimestre",
        "segundo trimestre",
        "secondo trimestre",
    ),
    "third quarter": (
        "derde kwartaal",
        "dritten quartal",
        "drittes quartal",
        "troisième trimestre",
        "tercer trimestre",
        "terceiro trimestre",
        "terzo trimestre",
    ),
    "fourth quarter": (
        "vierde kwartaal",
        "vierten quartal",
        "viertes quartal",
        "quatrième trimestre",
        "cuarto trimestre",
        "quarto trimestre",
    ),
}.items():
    for _word in _words:
        OTHER_WORDS.setdefault(_word, _english)
# money in other words: "pro Quartal", "entre 500 et 800"
OTHER_WORDS.update(
    {
        "pro quartal": "per quarter",
        "im quartal": "per quarter",
        "par trimestre": "per quarter",
        "por trimestre": "per quarter",
        "al trimestre": "per quarter",
        "per kwartaal": "per quarter",
        "par utilisateur": "per user",
        "pro nutzer": "per user",
        "por usuario": "per user",
        "por usuário": "per user",
        "per utente": "per user",
        "per gebruiker": "per user",
        "utilisateurs": "users",
        "usuarios": "users",
        "usuários": "users",
        "utenti": "users",
        "gebruikers": "users",
        "nutzer": "users",
        "et par mois": "per month",
        "entre": "between",
        "et": "and",
        # "somos entre 30 y 40 empleados", "siamo in 25, più 3 stagisti"
        "y": "and",
        "più": "plus",
        "più o meno": "more or less",
        "mais": "plus",
        "stagisti": "interns",
        "stagiaires": "interns",
        "becarios": "interns",
        "praktikanten": "interns",
        "stagiairs": "interns",
        "estagiários": "interns",
    }
)
# English shorthand read as the words it stands for ("property mgmt co", "next wk")
_SHORTHAND = {
    "mgmt": "management",
    "mgt": "management",
    "svcs": "services",
    "svc": "service",
    "mfg": "manufacturing",
    "govt": "government",
    "gov't": "government",
    "wk": "week",
    "nxt": "next",
    "wks": "weeks",
    "qtr": "quarter",
    "ecom": "e-commerce",
    "ecomm": "e-commerce",
    "leuten": "people",
    "hosp": "hospital",
    "accts": "accounts",
    "acct": "accounting",
    "uni": "university",
}
for _short, _long in _SHORTHAND.items():
    OTHER_WORDS.setdefault(_short, _long)
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
# French "mars" (March) is English too: read as a month after a word that says when ("d'ici mars", "fin mars")
_FRENCH_WHEN = {
    "en": "in",
    "d'ici": "by",
    "d’ici": "by",
    "d'ici fin": "by the end of",
    "d’ici fin": "by the end of",
    "avant": "before",
    "avant fin": "before the end of",
    "début": "early",
    "fin": "end of",
    "mi": "mid",
    "à partir de": "from",
    "dès": "from",
    "pour": "by",
    "courant": "during",
}
OTHER_WORDS.update(
    {f"{french} mars": f"{english} march" for french, english in _FRENCH_WHEN.items()}
    | {"mi-mars": "mid march", "mars prochain": "next march"}
)
OTHER_WORDS.update({f"ab {german}": f"from {english}" for german, english in _GERMAN_MONTHS.items()})
# parts of a month: "Mitte Januar", "Anfang März", "Ende April"; "a mediados de enero", "a metà gennaio"
OTHER_WORDS.update(
    {
        f"{german} {month}": f"{english} {month_en}"
        for german, english in (("mitte", "mid"), ("anfang", "early"), ("ende", "end of"))
        for month, month_en in _GERMAN_MONTHS.items()
    }
)
OTHER_WORDS.update(
    {
        "dopo le feste": "after the holidays",
        "después de las fiestas": "after the holidays",
        "después de fiestas": "after the holidays",
        "après les fêtes": "after the holidays",
        "nach den feiertagen": "after the holidays",
        "na de feestdagen": "after the holidays",
        "depois das festas": "after the holidays",
    }
)
# The Nordic languages (Danish, Norwegian, Swedish): a visitor from Oslo writes "vi er 35 ansatte, vi vil starte i
# januar". Their months after "i" (in) or "fra"/"från" (from), weekdays, next week/month/year, staff and owners.
_NORDIC_MONTHS = {
    "january": ("januar", "januari"),
    "february": ("februar", "februari"),
    "march": ("marts", "mars"),
    "april": ("april",),
    "may": ("maj", "mai"),
    "june": ("juni",),
    "july": ("juli",),
    "august": ("august", "augusti"),
    "september": ("september",),
    "october": ("oktober",),
    "november": ("november",),
    "december": ("december", "desember"),
}
for _english, _words in _NORDIC_MONTHS.items():
    for _word in _words:
        for _nordic_in, _in in (("i", "in"), ("fra", "from"), ("från", "from"), ("innen", "by"), ("inden", "by")):
            OTHER_WORDS.setdefault(f"{_nordic_in} {_word}", f"{_in} {_english}")
for _english, _words in {
    "monday": ("mandag", "måndag"),
    "tuesday": ("tirsdag", "tisdag"),
    "wednesday": ("onsdag",),
    "thursday": ("torsdag",),
    "friday": ("fredag",),
    # Portuguese weekdays said short after "na"/"no": "começar na segunda" is Monday
    "on monday": ("na segunda",),
    "on tuesday": ("na terça",),
    "on wednesday": ("na quarta",),
    "on thursday": ("na quinta",),
    "on friday": ("na sexta",),
    "next week": ("næste uge", "neste uke", "nästa vecka"),
    "next month": ("næste måned", "neste måned", "nästa månad"),
    "next year": ("næste år", "neste år", "nästa år"),
    "as soon as possible": ("så snart som muligt", "så snart som mulig", "så snart som möjligt", "snarest"),
    "employees": ("ansatte", "anställda", "medarbejdere", "medarbeidere", "medarbetare"),
    "people": ("personer", "folk"),
    "we are": ("vi er", "vi är", "er vi", "är vi"),
    "we have": ("vi har", "har vi"),
    # "tengo una pequeña granja", "tenho uma loja": a business the visitor has is theirs
    "i have a": ("tengo una", "tengo un", "tenho uma", "tenho um", "ho un", "ho una", "j'ai un", "j'ai une"),
    "we want to start": ("vi vil starte", "vi vil gerne i gang", "vi planerar att börja", "vi vill börja"),
    "i am": ("jeg er", "jag är"),
    "managing director": ("daglig leder", "administrerende direktør", "verkställande direktör"),
    "owner": ("ejer", "eier", "ägare", "indehaver", "innehaver"),
    "i decide": ("jeg bestemmer", "jag bestämmer", "jeg tar beslutningen", "jeg træffer beslutningen"),
    "accounting firm": ("regnskapsbyrå", "regnskabskontor", "revisionsbyrå", "revisjonsfirma", "redovisningsbyrå"),
    "private bank": ("privatbank",),
    "clothing store": ("loja de roupas", "tienda de ropa", "klesbutikk", "tøjbutik", "klädbutik"),
}.items():
    for _word in _words:
        OTHER_WORDS.setdefault(_word, _english)
# more of the languages visitors write in (a concept may repeat across languages: each is its own list)
for _english, _words in (
    # the Nordic languages' periods, roles and businesses: "2.500 DKK om måneden", "IT-chef", "byggföretag"
    (
        "a month",
        (
            "om måneden",
            "i måneden",
            "per måned",
            "pr. måned",
            "pr måned",
            "om månaden",
            "i månaden",
            "per månad",
        ),
    ),
    ("a year", ("om året", "i året", "per år", "pr. år", "pr år")),
    ("head of it", ("it-chef", "it-sjef", "it-chef:en")),
    (
        "i make the decision",
        (
            "det är jag som tar beslutet",
            "det är jag som bestämmer",
            "det er meg som bestemmer",
            "det er mig der bestemmer",
            "det er mig, der bestemmer",
        ),
    ),
    (
        "i need to get approval from my boss",
        (
            "jag måste få godkännande från min chef",
            "jeg må få godkjenning fra sjefen min",
            "jeg skal have godkendelse fra min chef",
        ),
    ),
    ("approval", ("godkännande", "godkjenning", "godkendelse")),
    ("construction company", ("byggföretag", "byggfirma", "byggeselskap", "byggefirma", "entreprenørfirma")),
    ("real estate company", ("fastighetsbolag", "eiendomsselskap", "ejendomsselskab")),
    # Polish: "jesteśmy firmą budowlaną, 40 pracowników, budżet 2000 euro miesięcznie"
    ("employees", ("pracowników", "pracownicy", "pracownikow", "zatrudnionych")),
    ("people", ("osób", "osoby", "ludzi")),
    ("monthly", ("miesięcznie",)),
    ("yearly", ("rocznie",)),
    ("a month", ("na miesiąc", "w miesiącu")),
    ("a year", ("na rok", "w roku")),
    ("next week", ("w przyszłym tygodniu",)),
    ("next month", ("w przyszłym miesiącu",)),
    ("next year", ("w przyszłym roku",)),
    ("as soon as possible", ("jak najszybciej", "jak najszybciej to możliwe")),
    ("right away", ("od razu", "natychmiast")),
    ("we are", ("jesteśmy",)),
    ("we have", ("mamy",)),
    ("i am", ("jestem",)),
    ("owner", ("właściciel", "właścicielem", "właścicielką", "właścicielka")),
    ("i decide", ("decyduję", "ja decyduję", "ja podejmuję decyzję", "podejmuję decyzję")),
    ("my boss", ("mój szef", "mojego szefa", "mojej szefowej", "moja szefowa", "szefa")),
    ("ceo", ("prezes", "prezesem", "prezesa")),
    ("student", ("studentem", "studentką", "student")),
    (
        "journalist",
        (
            "dziennikarzem",
            "dziennikarką",
            "dziennikarz",
            "giornalista",
            "periodista",
            "journaliste",
            "jornalista",
            "journalistin",
        ),
    ),
    (
        "writing an article",
        (
            "sto scrivendo un articolo",
            "escribiendo un artículo",
            "écris un article",
            "schreibe einen artikel",
        ),
    ),
    ("company", ("firma", "firmą", "firmy")),
    ("budget", ("budżet", "budżetu")),
    ("construction company", ("firma budowlana", "firmą budowlaną")),
    ("law firm", ("kancelaria prawna", "kancelarią prawną", "kancelaria")),
    ("accounting firm", ("biuro rachunkowe", "biurem rachunkowym")),
    ("hospital", ("szpital", "szpitalem")),
    ("clinic", ("klinika", "kliniką", "przychodnia", "przychodnią")),
    ("online store", ("sklep internetowy", "sklepem internetowym")),
    ("shop", ("sklep", "sklepem")),
    ("school", ("szkoła", "szkołą", "szkole")),
    ("restaurant", ("restauracja", "restauracją")),
    ("logistics company", ("firma logistyczna", "firmą logistyczną")),
    ("marketing agency", ("agencja marketingowa", "agencją marketingową")),
    ("software house", ("softwarehouse",)),
    ("factory", ("fabryka", "fabryką")),
    # German and Dutch words the lists missed: "Gesundheitswesen", "selbstständige Unternehmensberaterin, nur ich"
    ("healthcare", ("gesundheitswesen", "gezondheidszorg", "sanità", "sanidad", "santé")),
    (
        "self-employed",
        (
            "selbstständig",
            "selbstständige",
            "selbstständiger",
            "selbständig",
            "selbständige",
            "zelfstandige",
            "zzp'er",
            "autónomo",
            "autónoma",
            "autonomo",
            "indépendant",
            "indépendante",
        ),
    ),
    ("management consultant", ("unternehmensberaterin", "unternehmensberater")),
    (
        "just me",
        (
            "nur ich",
            "alleen ik",
            "solo yo",
            "juste moi",
            "só eu",
            "solo io",
            "bara jag",
            "bare meg",
            "kun mig",
            "tylko ja",
        ),
    ),
    (
        "we develop",
        (
            "wij ontwikkelen",
            "we ontwikkelen",
            "wir entwickeln",
            "nous développons",
            "desarrollamos",
            "desenvolvemos",
            "sviluppiamo",
        ),
    ),
    ("and", ("und",)),
    ("we are a", ("wij zijn een", "we zijn een")),
    ("healthcare institution", ("zorginstelling", "zorgorganisatie")),
    ("municipality", ("kommune", "kommun", "gemeente", "gemeinde", "municipalité", "municipio", "comune", "gmina")),
    (
        "nonprofit",
        (
            "ideell förening",
            "ideell organisation",
            "ideell forening",
            "ideel forening",
            "frivillig organisation",
            "ong",
            "onlus",
            "vzw",
            "asbl",
            "verein",
            "e.v.",
        ),
    ),
    (
        "wind farms",
        (
            "vindmølleparker",
            "vindmøllepark",
            "vindkraftparker",
            "vindkraftpark",
            "windparks",
            "windpark",
            "parques eólicos",
            "parcs éoliens",
            "parchi eolici",
        ),
    ),
    ("in the new year", ("i det nye år", "i det nya året", "im neuen jahr", "en el año nuevo", "no ano novo")),
    (
        "right away",
        (
            "direkt",
            "med en gang",
            "med det samme",
            "genast",
            "sofort",
            "meteen",
            "subito",
            "de inmediato",
            "imediatamente",
        ),
    ),
    (
        "before christmas",
        (
            "före jul",
            "før jul",
            "vor weihnachten",
            "avant noël",
            "antes de navidad",
            "antes do natal",
            "voor kerst",
            "prima di natale",
        ),
    ),
    (
        "in spring",
        (
            "im frühjahr",
            "im frühling",
            "in het voorjaar",
            "au printemps",
            "en primavera",
            "na primavera",
            "in primavera",
            "till våren",
            "til våren",
            "i foråret",
        ),
    ),
    (
        "in summer",
        ("im sommer", "in de zomer", "en été", "en verano", "no verão", "in estate", "till sommaren", "til sommeren"),
    ),
    ("in autumn", ("im herbst", "in het najaar", "en automne", "en otoño", "no outono", "in autunno", "till hösten")),
    ("not before", ("pas avant", "nicht vor", "no antes de", "não antes de", "niet voor", "non prima del")),
    (
        "just looking",
        (
            "ser oss bare rundt",
            "ser oss bara omkring",
            "kigger bare",
            "tittar bara",
            "ik kijk alleen even",
            "nur am schauen",
        ),
    ),
    (
        "no rush",
        (
            "não temos pressa",
            "no tenemos prisa",
            "nous ne sommes pas pressés",
            "wir haben keine eile",
            "non abbiamo fretta",
            "we hebben geen haast",
            "ingen brådska",
            "ingen hast",
            "ingen hastværk",
        ),
    ),
    (
        "just researching",
        (
            "só pesquisando",
            "solo investigando",
            "je me renseigne",
            "ich informiere mich nur",
            "sto solo guardando",
            "ik oriënteer me",
        ),
    ),
    (
        "insurance",
        (
            "seguros",
            "seguradora",
            "aseguradora",
            "versicherung",
            "versicherungen",
            "assurances",
            "assureur",
            "verzekeringen",
            "verzekeraar",
            "assicurazioni",
            "försäkring",
            "forsikring",
            "ubezpieczenia",
        ),
    ),
    ("coffee farm", ("fazenda de café", "finca cafetera", "finca de café")),
    ("farm", ("fazenda", "finca", "granja", "ferme", "bauernhof", "boerderij", "fattoria", "gård", "gospodarstwo")),
    ("media company", ("mediebolag", "mediehus", "medieselskab", "medieselskap")),
    (
        "industrial company",
        (
            "pme industrielle",
            "entreprise industrielle",
            "industriebetrieb",
            "empresa industrial",
            "azienda industriale",
            "industriebedrijf",
        ),
    ),
    (
        "the decision is mine",
        (
            "decyzja należy do mnie",
            "la decisión es mía",
            "la décision m'appartient",
            "die entscheidung liegt bei mir",
            "a decisão é minha",
            "la decisione è mia",
        ),
    ),
    ("i evaluate", ("yo evalúo", "evalúo", "j'évalue", "ich evaluiere", "eu avalio", "io valuto")),
    ("i'm doing a comparison for my manager", ("je fais une comparaison pour mon responsable",)),
    ("my manager", ("mon responsable", "ma responsable", "mi responsable", "meine vorgesetzte", "mein vorgesetzter")),
    ("by april", ("para abril",)),
    ("for", ("voor",)),
    ("a", ("ett",)),
    ("online store", ("sklepu internetowego", "sklepem internetowym")),
    ("municipalities", ("gemeenten", "gemeinden", "municipalités", "municipios", "comuni")),
    # no budget, none, no rush, just looking, said the ways batch 36 said them (and their neighbours)
    ("none", ("ninguno", "ninguna", "nenhum", "nenhuma", "aucun", "aucune", "nessuno", "geen enkele")),
    ("no budget", ("não tenho orçamento", "não temos orçamento", "sem orçamento", "no tenemos presupuesto")),
    ("no rush", ("kein zeitdruck", "keine eile", "no hay prisa", "pas de rush", "geen tijdsdruk")),
    ("just looking", ("wir schauen uns nur um", "ich schaue mich nur um", "on regarde juste", "solo estamos mirando")),
    ("well", ("enfin",)),
    ("check with my boss", ("mit meinem chef abstimmen", "mit meiner chefin abstimmen", "mit dem chef abstimmen")),
    ("he decides", ("er entscheidet",)),
    ("she decides", ("sie entscheidet",)),
    ("decide", ("entscheide",)),
    ("head of it", ("it-leiter", "it-leiterin", "leiter it", "responsable informatique")),
    ("assistant", ("assistante", "assistente")),
    ("it's the", ("c'est la", "c'est le")),
    ("who will decide", ("qui décidera", "qui va décider", "quien decidirá", "quem vai decidir")),
    ("do you have", ("vous avez", "avez-vous", "tienen", "tenéis", "haben sie", "vocês têm", "avete")),
    ("references", ("références", "referencias", "referências", "referenzen", "referenties")),
    ("construction", ("edilizia", "impresa edile", "bouw", "bauunternehmen", "construção")),
    # batch 37: who decides, said in Portuguese, German, Italian; each; on a weekday; businesses
    ("budget", ("presupuesto", "orçamento")),
    ("monthly", ("mensual",)),
    (
        "for my",
        ("pro meu", "pra minha", "pro minha", "für meinen", "für meine", "für meinem", "per il mio", "per la mia"),
    ),
    ("he decides", ("ele que decide", "ele decide", "der entscheidet", "è lui che decide", "lui decide")),
    ("she decides", ("ela que decide", "ela decide", "die entscheidet", "è lei che decide", "lei decide")),
    ("team lead", ("teamleiter", "teamleiterin", "teamlead")),
    ("manager", ("gestor", "gestora")),
    ("at a", ("bei einem", "bei einer")),
    ("I'm a working student", ("bin werkstudent", "ich bin werkstudent", "bin werkstudentin", "ich bin werkstudentin")),
    ("each", ("chacun", "chacune", "cada uno", "cada una", "jeweils", "ciascuno", "ciascuna")),
    ("on monday", ("am montag",)),
    ("on tuesday", ("am dienstag",)),
    ("on wednesday", ("am mittwoch",)),
    ("on thursday", ("am donnerstag",)),
    ("on friday", ("am freitag",)),
    ("my boss decides", ("decide il mio capo", "decide il capo", "il mio capo decide", "decide la mia capa")),
    ("I only do the research", ("io faccio solo la ricerca", "faccio solo la ricerca", "faccio solo ricerca")),
    ("and one more", ("e mais uma", "e mais um")),
    ("and two more", ("e mais duas", "e mais dois")),
    ("and three more", ("e mais três",)),
    ("salespeople", ("vendedoras", "vendedores")),
    (
        "accounting firm",
        (
            "revisionsfirma",
            "revisionsfirmaet",
            "revisorfirma",
            "revisionsbyrå",
            "redovisningsbyrå",
            "revisjonsfirma",
            "regnskapsbyrå",
        ),
    ),
    ("early next year", ("i början av nästa år", "i begyndelsen af næste år", "tidlig neste år")),
    ("hardware store", ("ferretería", "ferreteria", "ferragem", "quincaillerie", "eisenwarenladen")),
    # batch 38: Portuguese, Swedish, Danish, German
    (
        "I decide",
        (
            "sou eu quem decide",
            "quem decide sou eu",
            "eu que decido",
            "det är jag som beslutar",
            "det är jag som bestämmer",
            "jag bestämmer",
            "jag beslutar",
        ),
    ),
    ("I'm just curious", ("jag är bara nyfiken", "bara nyfiken")),
    ("not buying anything", ("ska inte köpa något", "ska inte köpa")),
    ("nonprofit association", ("ideell förening", "ideella förening", "ideel forening")),
    ("dental clinic", ("tandlægeklinik", "tandläkarklinik", "tannlegeklinikk")),
    ("no rush", ("ingen hast", "ingen brådska", "ingen hastverk")),
    (
        "is a",
        ("ist ein", "ist eine", "es un", "es una", "est un", "est une", "é um", "é uma", "è un", "è una"),
    ),
    (
        "my biggest customer",
        (
            "mein größter kunde",
            "unser größter kunde",
            "mi mayor cliente",
            "notre plus gros client",
            "nosso maior cliente",
            "il nostro cliente più grande",
        ),
    ),
    # Norwegian, Danish and Swedish: "budsjettet er rundt 100 000 kroner i året", "vi vill komma igång om tre veckor"
    ("budget", ("budsjettet", "budsjett", "budgettet", "budgeten")),
    ("about", ("rundt", "omkring", "omtrent", "ungefär", "cirka")),
    ("we want to", ("vi vill", "vi vil")),
    ("want to", ("vill",)),
    ("get started", ("komma igång", "komme i gang", "komme i gang med")),
    ("weeks", ("veckor", "uker", "uger")),
    ("days", ("dagar", "dager", "dage")),
    ("months", ("månader", "måneder")),
    ("the CEO", ("vd", "vd:n", "dg", "directeur général", "directrice générale")),
    # French: "pas de calendrier pour l'instant", "pas de date fixe"
    ("no timeline", ("pas de calendrier", "pas encore de calendrier", "aucun calendrier", "pas de timing")),
    ("no set date", ("pas de date", "pas encore de date", "aucune date")),
    ("no deadline", ("pas d'échéance", "aucune échéance", "pas de deadline")),
    ("for now", ("pour l'instant", "pour le moment")),
    # Portuguese and Spanish: "sou analista e estou pesquisando para meu chefe"
    ("i am", ("sou", "estou")),
    ("analyst", ("analista",)),
    ("researching for", ("pesquisando para", "investigando para")),
    (
        "researching for the",
        ("pesquisando para o", "pesquisando para a", "investigando para el", "investigando para la"),
    ),
    ("researching for my", ("pesquisando para meu", "pesquisando para minha", "investigando para mi")),
    ("licenses", ("licencias", "licenças")),
    (
        "my friend",
        ("mi amigo", "mi amiga", "meu amigo", "minha amiga", "mon ami", "mon amie", "mein freund", "meine freundin"),
    ),
    ("is the", ("es el", "es la", "é o", "é a", "est le", "est la")),
    # French, Italian: "je fais des recherches pour mon directeur", "pensavamo di partire dal primo ottobre"
    ("i am researching for my", ("je fais des recherches pour mon", "je fais des recherches pour ma")),
    ("i am researching", ("je fais des recherches",)),
    ("we want to start", ("pensavamo di partire", "pensavamo di iniziare")),
    ("from", ("dal",)),
    ("1st", ("primo", "primeiro")),
    # Taglish, Indonesian, Welsh, Nigerian Pidgin
    ("i am the one recommending", ("ako yung nag-rerecommend", "ako yung nagrerecommend", "ako ang nagrerecommend")),
    ("i am the", ("ako yung", "ako ang")),
    ("recommending", ("nag-rerecommend", "nagrerecommend", "nagre-recommend")),
    ("the boss decides", ("si boss ang magdedecide", "si boss magdedecide", "boss ang magdedecide")),
    ("about", ("mga",)),
    ("i am just helping with the research", ("saya cuma bantu riset", "saya hanya bantu riset", "cuma bantu riset")),
    (
        "the decision is my boss's",
        ("keputusannya di atasan saya", "keputusan di atasan saya", "keputusannya di bos saya"),
    ),
    ("i am the owner of the business", ("fi yw perchennog y busnes",)),
    ("owner", ("perchennog",)),
    ("i am", ("i be",)),
    ("we are", ("we be",)),
    # Swedish, Danish, Polish, German, Romanian, Estonian, Vietnamese, Greek
    ("co-owner", ("delägare", "medeier", "medejer")),
    ("and i decide", ("och bestämmer", "og bestemmer")),
    ("after new year", ("efter nytår", "etter nyttår")),
    ("manager", ("kierownikiem", "kierownik")),
    ("looking for a solution for the board", ("szukam rozwiązania dla zarządu",)),
    ("manufacturing company", ("firmą produkcyjną", "firma produkcyjna")),
    (
        "electrical contractor",
        ("elektro-handwerksbetrieb", "elektrobetrieb", "elektrofirma", "elektroinstallationsbetrieb"),
    ),
    ("we are a", ("suntem o", "suntem un")),
    ("farm", ("fermă", "ferma")),
    ("vegetables", ("legume",)),
    ("we are a telecommunications company", ("oleme telekommunikatsiooni ettevõte",)),
    ("telecommunications", ("telekommunikatsiooni",)),
    ("company", ("ettevõte",)),
    ("dollars", ("đô",)),
    ("a month", ("mỗi tháng", "τον μήνα", "το μήνα", "μηνιαίως")),
    ("euros", ("ευρώ",)),
    ("immediately", ("άμεσα",)),
    ("we want to start", ("θέλουμε να ξεκινήσουμε",)),
    ("owner", ("ιδιοκτήτης",)),
    ("hotel", ("ξενοδοχείο",)),
    ("employees", ("υπαλλήλους", "υπάλληλοι")),
    ("i am researching for the", ("ninatafuta kwa ajili ya",)),
    ("i am a purchasing specialist", ("satın alma uzmanıyım",)),
    ("the decision is with the general manager", ("karar genel müdürde",)),
    ("in the sales department", ("в отделе продаж",)),
    ("in the department", ("в отделе",)),
    # batch 41's words: Italian, French, Czech, Romanian, Welsh, Spanish, Pidgin, Singlish, Swiss German
    ("CHF", ("franchi svizzeri", "schweizer franken", "francs suisses", "swiss francs")),
    ("francs", ("franchi", "franken")),
    ("a restaurant chain", ("una catena di ristoranti",)),
    ("restaurants", ("ristoranti",)),
    ("we would like to start", ("on aimerait démarrer", "on voudrait démarrer", "nous aimerions démarrer")),
    ("1", ("1er",)),
    ("i'm just curious", ("jsem jen zvědavý", "jsem jen zvědavá")),
    ("not buying anything", ("nic nekupuju", "nic nekupuji")),
    ("i am the founder of the company", ("sunt fondatorul firmei", "sunt fondatoarea firmei")),
    ("the county council", ("cyngor sir",)),
    ("we are", ("ydyn ni",)),
    ("i am the purchasing manager", ("soy el gerente de compras", "soy la gerente de compras")),
    ("getting quotes for the director", ("cotizando para el director", "cotizando para la directora")),
    ("i am the boss", ("na me be oga", "i the boss", "i'm the boss lah", "i the boss lah")),
    ("i will pay", ("na me go pay",)),
    ("accounting firm", ("treuhandfirma", "treuhandbüro", "treuhand")),
    ("the year", ("yıl",)),
    ("me and my", ("me n my",)),
    # batch 42's words: French, Norwegian, Spanish, Greek, Hungarian, Welsh, Romanian, Catalan, Ukrainian, Icelandic,
    # Turkish, Vietnamese, Finnish, Polish, German, Dutch, Afrikaans
    ("CAD", ("dollars canadiens",)),
    ("a quarter", ("par trimestre",)),
    ("construction", ("btp",)),
    ("guys", ("chavos", "chavas")),
    ("our department has", ("το τμήμα μας έχει",)),
    ("people", ("άτομα",)),
    ("as soon as possible", ("minél előbb",)),
    ("this week", ("ezen a héten",)),
    ("in january", ("ym mis ionawr",)),
    ("in six weeks", ("peste șase săptămâni", "peste sase saptamani")),
    ("weeks", ("săptămâni",)),
    ("before christmas", ("abans de nadal",)),
    ("i am a cofounder", ("я співзасновниця", "я співзасновник", "kurucu ortağım", "kurucu ortağıyım")),
    ("we decide together", ("рішення приймаємо разом",)),
    ("i am the managing director of the company", ("ég er framkvæmdastjóri fyrirtækisins",)),
    ("managing director", ("framkvæmdastjóri",)),
    ("my friend", ("arkadaşım",)),
    ("is the CEO of a company", ("bir şirketin ceo'su", "bir şirketin ceosu")),
    ("within two weeks", ("iki hafta içinde",)),
    ("within three months", ("üç ay içinde",)),
    ("travel company", ("công ty du lịch",)),
    # Vietnamese visitors call themselves "em", "anh", "chị" as often as "tôi" or "mình" ("em" is no Portuguese "in")
    ("i am the owner of", ("mình là chủ", "em là chủ", "anh là chủ", "chị là chủ", "tớ là chủ")),
    ("my boss", ("sếp em", "sếp của em", "sếp anh", "sếp chị")),
    ("my company", ("công ty em", "công ty của em", "công ty anh", "công ty chị")),
    ("our company", ("bên em", "bên anh", "bên chị")),
    ("restaurant chain", ("chuỗi nhà hàng",)),
    ("employees", ("nhân viên",)),
    ("power company", ("kraftselskap",)),
    ("we sell software to hospitals", ("myymme ohjelmistoja sairaaloille",)),
    ("funeral home", ("temetkezési vállalkozás",)),
    ("transport company", ("firmy transportowej", "firma transportowa", "firmą transportową")),
    ("from january", ("od stycznia",)),
    (
        "i am a purchaser preparing the decision for our managing director",
        (
            "ich bin einkäuferin und bereite die entscheidung für unseren geschäftsführer vor",
            "ich bin einkäufer und bereite die entscheidung für unseren geschäftsführer vor",
        ),
    ),
    ("installation contractor", ("installatiebedrijf",)),
    ("after new year", ("na de jaarwisseling",)),
    ("i own a small farm", ("ek besit 'n klein boerdery",)),
    ("farm", ("boerdery",)),
    ("workers", ("werkers",)),
    ("i am a journalist", ("я журналист", "я журналистка")),
    ("writing an article", ("пишу статью",)),
    ("is my boss's", ("mere boss ka hoga",)),
    ("i am looking at options for him", ("main bas options dekh raha hu", "main bas options dekh rahi hu")),
    ("i am the marketing director", ("я директор по маркетингу",)),
    ("the board decides", ("решение принимает правление",)),
    ("at a bank", ("в банке",)),
    (
        "for the director",
        ("para o diretor", "para a diretora", "para el director", "para la directora"),
    ),
):
    for _word in _words:
        OTHER_WORDS.setdefault(_word, _english)
# Swahili, Turkish, Indonesian, Russian and Hinglish words, whole words like the ones above (bot/nlu/far_words.py)
for _english, _words in far_words.SPACED.items():
    for _word in _words:
        OTHER_WORDS.setdefault(_word, _english)
# Indian numbering: a lakh is 100,000 and a crore 10,000,000 ("1.5 lakh" is 150000)
_SCALES = {
    "lakh": 100_000,
    "lakhs": 100_000,
    "lac": 100_000,
    "lacs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_SCALED_RE = re.compile(
    r"(?<![\w.,])(?:(?P<low>\d+(?:\.\d+)?)\s*(?:-|–|to)\s*)?(\d+(?:\.\d+)?)\s*(lakhs?|lacs?|crores?)(?![\w])", re.I
)
# "tage" inside "tagesgeld" is no day: whole words only, longest first ("im monat" before "monat")
_OTHER_RE = re.compile(r"(?<![\w])(?:" + alternation(list(OTHER_WORDS)) + r")(?![\w])", re.I)


def _folded(word: str) -> str:
    return word.casefold().replace("\u0131", "i").replace("i\u0307", "i")


# the regular expression ignores case as Unicode does, where Turkish "y\u0131l" (dotless i), "YIL" and "yil" are
# one word, and lower() does not always give the key back: looked up folded, never a KeyError on a visitor's spelling
_OTHER_FOLDED: dict[str, str] = {}
for _word, _english in OTHER_WORDS.items():
    _OTHER_FOLDED.setdefault(_folded(_word), _english)


def _other_word(said: str) -> str:
    return OTHER_WORDS.get(said.lower()) or _OTHER_FOLDED.get(_folded(said.lower()), said)


# Italian "un'" before a vowel is "a": "un'azienda agricola" is "a farm", not "one'farm"
# Polish and Russian "po"/"по" before a number: "3 oddziały po 10 osób" is three branches of ten each
_EACH_BEFORE_NUMBER_RE = re.compile(r"(?<![\w])(?:po|по)\s+(?=\d)", re.I)
_ORDINAL_MARK_RE = re.compile(r"(?<![\w.,])(\d{1,2})\s?[°º](?=\s+[a-zà-ü])", re.I)
_ELIDED_RE = re.compile(r"(?<![\w])un['’](?=[a-zàèéìòù])", re.I)


# a compound of a business word we read and "company", in the languages that write them as one word: German and
# Dutch ("Maschinenbauunternehmen", "Logistikfirma"), the Nordic ones ("konsultbolag", "försäkringsbolag",
# "rengøringsfirma"), Finnish and Estonian ("logistiikkayritys", "ehitusettevõte")
_COMPOUND_RE = re.compile(
    r"(?<![\w])([a-zäöüßåæøõ]{4,}?)(?:s|e)?(unternehmen|firma|betrieb|konzern|bedrijf|gesellschaft|kantoor|büro|bureau|"
    r"bolag|bolaget|företag|företaget|byrå|byrån|selskab|selskabet|selskap|selskapet|virksomhed|virksomheden|bedrift|"
    r"bedriften|firmaet|firmaen|yritys|yhtiö|ettevõte|ettevõtte|firmat|firman)(?![\w])",
    re.I,
)


def _compound(match: re.Match[str]) -> str:
    said = match.group(1).lower()
    if match.group(0).lower() in dictionary_words.dictionary_words():
        return match.group(0)  # the dictionary has the whole word: "advokatfirma" is a law firm
    stem = OTHER_WORDS.get(said) or dictionary_words.dictionary_words().get(said)
    if stem is None or stem in dictionary_words.CONCEPT_WORDS:
        return match.group(0)
    if stem.endswith(("company", "firm", "agency")):
        return stem
    return f"{stem} {'agency' if match.group(2).lower().startswith('byr') else 'company'}"  # "reklambyrå"


# "3ish months": three months, roughly
_ISH_BEFORE_UNIT_RE = re.compile(r"(?<![\w.,])(\d+)\s*-?ish(?=\s+(?:days?|weeks?|months?|years?|quarters?)\b)", re.I)


def is_english(word: str) -> bool:
    reader = shared_reader()
    return reader is None or bool(reader.synsets(word))  # without WordNet, nothing is mended


def _mend(match: re.Match[str]) -> str:
    return meant(match.group(0), is_english) or match.group(0)


# Nordic "om" before a span is "in": "om tre veckor", "om 2 uker"
_NORDIC_COUNT = {
    "en": 1, "ett": 1, "et": 1, "ei": 1, "to": 2, "två": 2, "tre": 3, "fire": 4, "fyra": 4, "fem": 5, "seks": 6,
    "sex": 6, "sju": 7, "syv": 7, "åtte": 8, "åtta": 8, "otte": 8, "ni": 9, "nio": 9, "ti": 10, "tio": 10,
}  # fmt: skip
_NORDIC_IN_RE = re.compile(
    rf"(?<![\w])om\s+(\d+|{'|'.join(_NORDIC_COUNT)})(?=\s+"
    r"(?:veckor|vecka|uker|uke|uger|uge|dagar|dager|dage|månader|måneder|månad|måned|år)\b)",
    re.I,
)
# French quarters: "on vise le T3" is Q3
_FRENCH_QUARTER_RE = re.compile(r"\b(le|au|du|fin|début|debut|pour|en|ce)\s+T([1-4])\b")
# Turkish "by the end of" follows its month: "nisan sonuna kadar" is by the end of April
_TURKISH_END_OF_RE = re.compile(r"(?<![\w])([a-zçğıöşü]+)\s+sonuna\s+kadar\b", re.I)
# "somos como 300": about 300; "mga 25 kami": 25 of us; "entre 50 e 70": between 50 and 70
_LIKE_BEFORE_NUMBER_RE = re.compile(r"\bcomo\s+(?=\d)", re.I)
_OF_US_AFTER_NUMBER_RE = re.compile(r"(?<=\d)\s+kami\b", re.I)
_BETWEEN_RE = re.compile(r"\bentre\s+(\d[\d.,]*)\s+(?:e|y|et)\s+(?=\d)", re.I)
# Dutch "we zijn met 3" is three people ("met z'n drieën" is read as a word)
_DUTCH_WE_ARE_RE = re.compile(r"\b(?:wij|we)\s+zijn\s+met\s+(?=\d)", re.I)
# "march end" is the end of March; "the ides of march" its 15th
_MONTH_END_RE = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)[\s-]+end\b",
    re.I,
)
_FRENCH_MARCH_RE = re.compile(r"(?<![\w.,])(\d{1,2})(?:er|e)?\s+mars\b", re.I)  # "le 1er mars": a day of March
_IDES_RE = re.compile(r"\bthe\s+ides\s+of\s+march\b", re.I)
# German dates: "per 1. April" is from the first of April
_GERMAN_DAY_RE = re.compile(
    r"(?:\bper\s+)?(?<![\w.,])(\d{1,2})\.\s+(?=(?:januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|"
    r"november|dezember)\b)",
    re.I,
)
# Turkish "bin" after a number is a thousand: "30 bin TL"
_TURKISH_THOUSANDS_RE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s+bin(?![\w])", re.I)


# "kr" after an amount is a Swedish, Norwegian or Danish crown, told apart by the language around it: Swedish
# written with ä or ö or its own words (and no æ or ø), Norwegian or Danish by words only one of them writes
# ("budsjett", "hva", "kjøpe" against "hvad", "noget", "købe"); when unsure, "kr" stays unread ("kr. om måneden")
_CROWNS_RE = re.compile(r"(?<=\d)(\s*)(?:kr\.?(?![\w.])|kr\.(?=\s)|kroner\b|kronor\b|kronur\b)", re.I)
_SWEDISH_LETTERS_RE = re.compile(r"[äö]", re.I)
# or by words only Swedish writes: "20 000 kr/mån" (Norwegian writes "mnd", Danish "md")
_SWEDISH_RE = re.compile(r"\b(?:mån|månad\w*|kronor|och|jag|inte|ungefär|ungefar|bolag\w*)\b", re.I)
_DANO_NORWEGIAN_LETTERS_RE = re.compile(r"[æø]", re.I)
_NORWEGIAN_RE = re.compile(
    r"\b(?:budsjett\w*|hva|nå|noe|mye|kjøpe\w*|sjef\w*|uke|uker|begynne|gjerne|etter|takk|hei|sånn|bedrift\w*|"
    r"ikkje|rundt|omtrent)\b",
    re.I,
)
_DANISH_RE = re.compile(
    r"\b(?:hvad|nu|noget|meget|købe\w*|uge|uger|begynde|gerne|efter|tak|sådan|virksomhed\w*|budgettet|omkring|vores)\b",
    re.I,
)


def load_world_words() -> None:
    """The world's words of time, money and numbers, loaded now: the first message would otherwise wait about a
    second for them (the component loads them in the background when the model loads)."""
    shared_world_dates(is_english)
    shared_world_money(is_english)
    shared_world_numbers(is_english)
    dictionary_words.dictionary_words()
    dictionary_words.number_words()


def _crowns_of(text: str) -> str | None:
    if (_SWEDISH_LETTERS_RE.search(text) or _SWEDISH_RE.search(text)) and not _DANO_NORWEGIAN_LETTERS_RE.search(text):
        return "SEK"
    norwegian, danish = bool(_NORWEGIAN_RE.search(text)), bool(_DANISH_RE.search(text))
    return ("NOK" if norwegian else "DKK") if norwegian != danish else None


def in_english(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """`text` with other words replaced, and for each character the offset in `origin` it stands for."""
    text = text.translate(far_words.DIGITS)  # one digit for another: the offsets stay
    if far_words.FAR_SCRIPT_RE.search(text):
        text, origin = _far_words(text, origin)
    # numbers spelt in other languages as digits first, so the rewrites below see "50 Mitarbeiter"
    text, origin = spans_replaced(text, origin, shared_world_numbers(is_english).readings(text))
    for pattern, english_for in _NUMBER_REWRITES:
        text, origin = _replaced(text, origin, pattern, english_for)
    crowns = _crowns_of(text) if _CROWNS_RE.search(text) else None
    if crowns:
        text, origin = _replaced(text, origin, _CROWNS_RE, lambda match: f"{match.group(1) or ' '}{crowns}")
    money = shared_world_money(is_english)
    # a currency named in several words before the glossary reads its first ("dolar Singapura" is no US dollar)
    named = [span for span in money.readings(text) if span[2] in CURRENCIES and " " in text[span[0] : span[1]].strip()]
    text, origin = spans_replaced(text, origin, named)
    for pattern, english_for in _PHRASE_REWRITES:
        text, origin = _replaced(text, origin, pattern, english_for)
    # number words in a case the glossaries' phrases left ("через две недели", "trzech"; "met z'n twintigen" is theirs)
    text, origin = spans_replaced(text, origin, dictionary_words.numbers(text))
    # then the words of time and money of every language the glossary lacks ("через 3 недели", "2 ribu dolar")
    text, origin = spans_replaced(text, origin, shared_world_dates(is_english).readings(text))
    text, origin = spans_replaced(text, origin, money.readings(text))
    # then any word left that a bilingual dictionary knows ("Angestellten", "panaderías")
    text, origin = spans_replaced(text, origin, dictionary_words.readings(text))
    return _replaced(text, origin, CANDIDATE_RE, _mend)  # last: a word of another language is no misspelling


def _far_words(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Amounts, counts, months and durations with their one-character units first ("月5万円", "45人", "4月",
    "3ヶ月"), then the words, each read with a space either side so the English stands apart."""
    text, origin = _replaced(text, origin, far_words.CHINESE_NUMERAL_RE, far_words.chinese_numeral)
    for pattern, english_for in (
        (far_words.CJK_DATE_RE, far_words.cjk_date),
        (far_words.MONEY_RE, far_words.money),
        (far_words.SCALED_RE, far_words.scaled),
        (far_words.COUNTED_RE, far_words.counted),
        (far_words.DURATION_RE, far_words.duration),
        (far_words.MONTH_RE, far_words.month),
        (far_words.UNSPACED_RE, lambda match: far_words.UNSPACED_WORDS[match.group(0)]),
    ):
        text, origin = _replaced(text, origin, pattern, _spaced(english_for))
    return text, origin


def _spaced(english_for: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    def english(match: re.Match[str]) -> str:
        before = " " if match.start() > 0 and not match.string[match.start() - 1].isspace() else ""
        after = " " if match.end() < len(match.string) and not match.string[match.end()].isspace() else ""
        return before + english_for(match) + after

    return english


def _thousands(match: re.Match[str]) -> str:
    number = next(group for _index, group in _numbered_groups(match) if group)
    high = round(float(number.replace(",", ".")) * 1000)
    low = match.groupdict().get("low")
    if low and float(low.replace(",", ".")) * 1000 < high:
        return f"{round(float(low.replace(',', '.')) * 1000)}-{high}"  # "entre 40 y 60 mil": both ends in thousands
    return str(high)


def _numbered_groups(match: re.Match[str]) -> list[tuple[int, str | None]]:
    """The groups without a name, in order ("low" is the range's other end)."""
    named = set(match.re.groupindex.values())
    return [(index, match.group(index)) for index in range(1, (match.re.groups or 0) + 1) if index not in named]


def _scaled(match: re.Match[str]) -> str:
    scale = _SCALES[match.group(3).lower()]
    number = str(round(float(match.group(2)) * scale))
    if match.group("low"):  # "5-6 lakh": both ends in lakhs
        number = f"{round(float(match.group('low')) * scale)}-{number}"
    before, after = (
        match.string[max(0, match.start() - 4) : match.start()],
        match.string[match.end() : match.end() + 14],
    )
    # lakhs and crores are counted in rupees unless another currency is named ("1 lakh usd")
    return number if _CURRENCY_NEAR_RE.search(before + " " + after) else number + " rupees"


_CURRENCY_NEAR_RE = re.compile(r"[$€£¥₹]|\b(?:usd|eur|gbp|inr|rs\.?|rupees?|dollars?|euros?|pounds?)\b", re.I)
# Russian puts the count after its word to say "about": "нас человек 500" is about 500 people
_RUSSIAN_ABOUT_RE = re.compile(
    r"(?<![\w])(человек|людей|сотрудников|работников|сотрудника)\s+(\d+)(?![\d.,]|\s*(?:%|процент))", re.I
)
# "60 000 $ CAD", "500$ AUD": the dollar sign and the code that says which dollar, as the code alone
_DOLLAR_SIGN_AND_CODE_RE = re.compile(r"(?<=\d)\s*\$\s*(cad|aud|nzd|sgd|usd|hkd)\b", re.I)
# "more like 50 if you count part-timers": a count that takes in some staff counts the staff
_COUNTING_STAFF_RE = re.compile(
    r"(?<![\w.,$€£])(\d{1,6})(\s+(?:if\s+(?:you|we)\s+(?:count|include)|including|incl\.?|counting)\s+(?:the\s+|our\s+|all\s+)?"
    r"(?:part[\s-]?timers?|contractors|freelancers|interns|temps|seasonal\s+(?:staff|workers|hires)|field\s+crews?|"
    r"drivers|volunteers))\b",
    re.I,
)
# Swahili counts after the noun: "sisi ni watu 8" is eight people
_SWAHILI_COUNT_RE = re.compile(r"(?<![\w])(watu|wafanyakazi|wafanyikazi)\s+(\d+)(?![\d]|[.,]\d)", re.I)
# Italian "mila" is thousands: "8mila euro" is 8,000
# the low end of a range shares the scale said once: "tra i 10 e i 14 mila", "entre 40 y 60 mil"
_LOW_END = r"(?:(?P<low>\d+(?:[.,]\d+)?)\s*(?:-|–|a|y|e|and|to)\s+(?:i\s+|gli\s+|le\s+|los\s+|las\s+|os\s+|as\s+)?)?"
_ITALIAN_THOUSANDS_RE = re.compile(rf"(?<![\w.,]){_LOW_END}(\d+(?:[.,]\d+)?)\s*mila(?![\w])", re.I)
# Spanish "mil" is a thousand: "40 mil dólares" is 40,000 (English "40 mil" stays a million)
_SPANISH_THOUSANDS_RE = re.compile(
    rf"(?<![\w.,]){_LOW_END}(\d+(?:[.,]\d+)?)\s+mil(?=\s+(?:d[oó]lares|euros|pesos|reales|reais)\b)"
    r"|(?<=r\$\s)(\d+(?:[.,]\d+)?)\s+mil(?![\w])|(?<=r\$)(\d+(?:[.,]\d+)?)\s+mil(?![\w])",
    re.I,
)


def _replaced(
    text: str, origin: list[int], pattern: re.Pattern[str], english_for: Callable[[re.Match[str]], str]
) -> tuple[str, list[int]]:
    if not pattern.search(text):
        return text, origin
    return spans_replaced(
        text, origin, [(match.start(), match.end(), english_for(match)) for match in pattern.finditer(text)]
    )


def spans_replaced(text: str, origin: list[int], spans: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """`text` with each (start, end) span, in order and apart, replaced by its English."""
    if not spans:
        return text, origin
    chars: list[str] = []
    mapped: list[int] = []
    last = 0
    for start, end, english in spans:
        chars.append(text[last:start])
        mapped += origin[last:start]
        span = end - start
        chars.append(english)
        # spread the English over the original word, its first and last characters on the word's own
        mapped += [origin[start + (i * (span - 1) // max(1, len(english) - 1))] for i in range(len(english))]
        last = end
    chars.append(text[last:])
    mapped += origin[last:]  # the trailing entry: where the text ends
    return "".join(chars), mapped


# the rewrites in_english makes, in order: numbers and their units first, then dates and phrases said in a
# language's own order, then the words themselves; then CLDR's words of time and money for what is left
# (world_dates, world_money), and last the misspelt key words ("recomend", "aproval")
_Rewrite = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]
# a period glued to the amount, as British listings write it: "£400pcm", "£30k pa" ("5pm" is a time: pm and pa only
# after a currency)
_GLUED_PERIOD_RE = re.compile(r"(?P<cur>[$€£]\s?)?\d[\d,.]*[kK]?(?P<period>pcm|pm|pa)\b")


def _unglued(match: re.Match[str]) -> str:
    period = match.group("period")
    if period != "pcm" and not match.group("cur"):
        return match.group(0)
    return f"{match.group(0)[: -len(period)]} {period}"


_NUMBER_REWRITES: tuple[_Rewrite, ...] = (
    (_RUSSIAN_ABOUT_RE, lambda match: f"about {match.group(2)} {match.group(1)}"),
    (_SWAHILI_COUNT_RE, lambda match: f"{match.group(2)} {match.group(1)}"),
    (far_words.HINGLISH_PEOPLE_RE, lambda match: " people"),
    (_ISH_BEFORE_UNIT_RE, lambda match: match.group(1)),
    (_ORDINAL_MARK_RE, lambda match: match.group(1)),  # "il 1° ottobre"
    (_EACH_BEFORE_NUMBER_RE, lambda match: "each with "),
    (_ELIDED_RE, lambda match: "a "),
    (_SCALED_RE, _scaled),
    (_ITALIAN_THOUSANDS_RE, _thousands),
    (_SPANISH_THOUSANDS_RE, _thousands),
    (_DOLLAR_SIGN_AND_CODE_RE, lambda match: f" {match.group(1).upper()}"),
    (_GLUED_PERIOD_RE, _unglued),
)
# "not this year, maybe next": the next one of the span just named
_ELLIPTIC_NEXT_RE = re.compile(
    r"\bthis\s+(year|quarter|month|week)\b(?P<between>[^.;!?\d]{0,25}?\b)next\b"
    r"(?!\s*(?:-|\w*(?:year|yr|quarter|qtr|month|week|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)))",
    re.I,
)
_PHRASE_REWRITES: tuple[_Rewrite, ...] = (
    (_ELLIPTIC_NEXT_RE, lambda match: f"this {match.group(1)}{match.group('between')}next {match.group(1)}"),
    (_COUNTING_STAFF_RE, lambda match: f"{match.group(1)} people{match.group(2)}"),
    (_TURKISH_THOUSANDS_RE, _thousands),
    (_MONTH_END_RE, lambda match: f"end of {match.group(1)}"),
    (_IDES_RE, lambda match: "march 15"),
    (_FRENCH_MARCH_RE, lambda match: f"{match.group(1)} march"),
    (_GERMAN_DAY_RE, lambda match: f"{'from ' if match.group(0).lower().startswith('per') else ''}{match.group(1)} "),
    (_NORDIC_IN_RE, lambda match: f"in {_NORDIC_COUNT.get(match.group(1).lower(), match.group(1))}"),
    (_DUTCH_WE_ARE_RE, lambda match: "we are a team of "),
    (_LIKE_BEFORE_NUMBER_RE, lambda match: "about "),
    (_OF_US_AFTER_NUMBER_RE, lambda match: " of us"),
    (_BETWEEN_RE, lambda match: f"between {match.group(1)} and "),
    (_FRENCH_QUARTER_RE, lambda match: f"{match.group(1)} Q{match.group(2)}"),
    (_TURKISH_END_OF_RE, lambda match: f"by the end of {match.group(1)}"),
    (_COMPOUND_RE, _compound),
    (_OTHER_RE, lambda match: _other_word(match.group(0))),
)
