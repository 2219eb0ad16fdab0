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

from bot.nlu.misspellings import meant
from bot.nlu.wordnet_industry import shared_reader

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
    "firma": "signs",
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
    "a diretoria": "the management",
    "a direção": "the management",
    "voorleggen aan": "present it to",
    "décident": "decide",
    "entscheidet": "decides",
    "entscheiden": "decide",
    "beslist": "decides",
    "decidono": "decide",
    "la jefa": "the boss",
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
    "one": ("eins", "uno", "una", "un", "une", "één", "een", "um", "uma"),
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
    "by the end of": ("d'ici fin", "d’ici fin", "bis ende", "para finales de", "a finales de", "entro fine"),
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
    "we need": ("precisamos", "necesitamos", "nous avons besoin", "wir brauchen", "we hebben nodig", "abbiamo bisogno"),
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
        )
    },
    "we are": ("wij zijn", "we zijn", "nous sommes", "on est", "somos", "siamo", "nós somos"),
    "we have": ("wij hebben", "we hebben", "nous avons", "tenemos", "temos", "abbiamo"),
    "i am": ("ich bin", "ik ben", "je suis", "yo soy", "eu sou", "io sono"),
    "no budget": (
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
# the months of the year in French, Spanish and Portuguese ("mars" is read as March only after a word that says
# when, below), and each language's word for "in" before a month: "a settembre", "en enero", "em março"
_MONTHS_ELSEWHERE = {
    "january": ("janvier", "enero", "janeiro", "januar"),
    "february": ("février", "fevrier", "febrero", "fevereiro", "februar"),
    "march": ("março", "märz"),
    "april": ("avril", "abril"),
    "may": ("mayo", "maio"),
    "june": ("juin", "junio", "junho", "juni"),
    "july": ("juillet", "julio", "julho", "juli"),
    "august": ("août", "aout"),
    "september": ("septembre", "septiembre", "setembro"),
    "october": ("octobre", "octubre", "outubro", "oktober"),
    "november": ("novembre", "novembro"),
    "december": ("décembre", "decembre", "diciembre", "dezembro", "dezember"),
}
for _english, _words in _MONTHS_ELSEWHERE.items():
    for _word in _words:
        OTHER_WORDS.setdefault(_word, _english)
_MONTH_WORDS = {word: english for english, words in _MONTHS_ELSEWHERE.items() for word in words} | {
    word: english for english, words in _BY_CONCEPT.items() if english in _MONTHS_ELSEWHERE for word in words
}
for _word, _english in _MONTH_WORDS.items():
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


# Italian "un'" before a vowel is "a": "un'azienda agricola" is "a farm", not "one'farm"
_ELIDED_RE = re.compile(r"(?<![\w])un['’](?=[a-zàèéìòù])", re.I)


# a German or Dutch compound of a business word we read and "company": "Maschinenbauunternehmen", "Logistikfirma"
_COMPOUND_RE = re.compile(
    r"(?<![\w])([a-zäöüß]{4,}?)(?:s)?(unternehmen|firma|betrieb|konzern|bedrijf|gesellschaft)(?![\w])", re.I
)


def _compound(match: re.Match[str]) -> str:
    stem = OTHER_WORDS.get(match.group(1).lower())
    return f"{stem} company" if stem else match.group(0)


# "3ish months": three months, roughly
_ISH_BEFORE_UNIT_RE = re.compile(r"(?<![\w.,])(\d+)\s*-?ish(?=\s+(?:days?|weeks?|months?|years?|quarters?)\b)", re.I)


def _is_english(word: str) -> bool:
    reader = shared_reader()
    return reader is None or bool(reader.synsets(word))  # without WordNet, nothing is mended


_SLIP_RE = re.compile(r"[A-Za-z][a-z-]{4,}[a-z]", re.I)


def _mend(match: re.Match[str]) -> str:
    return meant(match.group(0), _is_english) or match.group(0)


def in_english(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """`text` with other words replaced, and for each character the offset in `origin` it stands for."""
    text, origin = _replaced(text, origin, _ISH_BEFORE_UNIT_RE, lambda match: match.group(1))
    text, origin = _replaced(text, origin, _ELIDED_RE, lambda match: "a ")
    text, origin = _replaced(text, origin, _SCALED_RE, _scaled)
    text, origin = _replaced(
        text, origin, _ITALIAN_THOUSANDS_RE, lambda match: str(round(float(match.group(1).replace(",", ".")) * 1000))
    )
    text, origin = _replaced(text, origin, _SPANISH_THOUSANDS_RE, _thousands)
    text, origin = _replaced(text, origin, _COMPOUND_RE, _compound)
    text, origin = _replaced(text, origin, _OTHER_RE, lambda match: OTHER_WORDS[match.group(0).lower()])
    return _replaced(text, origin, _SLIP_RE, _mend)  # "recomend", "aproval": the key word meant


def _thousands(match: re.Match[str]) -> str:
    number = next(group for group in match.groups() if group)
    return str(round(float(number.replace(",", ".")) * 1000))


def _scaled(match: re.Match[str]) -> str:
    number = str(round(float(match.group(1)) * _SCALES[match.group(2).lower()]))
    before, after = (
        match.string[max(0, match.start() - 4) : match.start()],
        match.string[match.end() : match.end() + 14],
    )
    # lakhs and crores are counted in rupees unless another currency is named ("1 lakh usd")
    return number if _CURRENCY_NEAR_RE.search(before + " " + after) else number + " rupees"


_CURRENCY_NEAR_RE = re.compile(r"[$€£¥₹]|\b(?:usd|eur|gbp|inr|rs\.?|rupees?|dollars?|euros?|pounds?)\b", re.I)
# Italian "mila" is thousands: "8mila euro" is 8,000
_ITALIAN_THOUSANDS_RE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*mila(?![\w])", re.I)
# Spanish "mil" is a thousand: "40 mil dólares" is 40,000 (English "40 mil" stays a million)
_SPANISH_THOUSANDS_RE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s+mil(?=\s+(?:d[oó]lares|euros|pesos|reales|reais)\b)"
    r"|(?<=r\$\s)(\d+(?:[.,]\d+)?)\s+mil(?![\w])|(?<=r\$)(\d+(?:[.,]\d+)?)\s+mil(?![\w])",
    re.I,
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
