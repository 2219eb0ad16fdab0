"""A time zone the visitor types at the time-zone question ("central time", "i'm in berlin", "EST"), as an
IANA name.

The question offers buttons for six zones; a visitor who types instead names a region, an abbreviation, a
city, a country or the zone itself ("America/Sao_Paulo"). The cities come from the tz database itself
(zoneinfo: "Chicago", "Sao Paulo", "Kolkata"); countries with one zone, in the languages visitors write
("Brasil" has several, "Deutschland" one), from CLDR through Babel; the regions, abbreviations and the
usual zone of a country with several are listed here.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

# what people call a zone -> the zone (whole words, lowercase)
_NAMED = {
    "eastern": "America/New_York",
    "east coast": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "nyc": "America/New_York",
    "central": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "ct": "America/Chicago",
    "texas": "America/Chicago",
    "illinois": "America/Chicago",
    "chicago": "America/Chicago",
    # US states a visitor names, where a country of the same name would be read
    "georgia": "America/New_York",
    "florida": "America/New_York",
    "new york": "America/New_York",
    "massachusetts": "America/New_York",
    "colorado": "America/Denver",
    "arizona": "America/Phoenix",
    "washington state": "America/Los_Angeles",
    "oregon": "America/Los_Angeles",
    "mountain": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "pacific": "America/Los_Angeles",
    "west coast": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "california": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "sf": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "uk": "Europe/London",
    "gmt": "Europe/London",
    "bst": "Europe/London",
    "england": "Europe/London",
    "britain": "Europe/London",
    "central european": "Europe/Berlin",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "germany": "Europe/Berlin",
    "france": "Europe/Paris",
    "spain": "Europe/Madrid",
    "espana": "Europe/Madrid",
    "portugal": "Europe/Lisbon",
    "italy": "Europe/Rome",
    "netherlands": "Europe/Amsterdam",
    "holland": "Europe/Amsterdam",
    "ireland": "Europe/Dublin",
    "poland": "Europe/Warsaw",
    "sweden": "Europe/Stockholm",
    "india": "Asia/Kolkata",
    "ist": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "japan": "Asia/Tokyo",
    "jst": "Asia/Tokyo",
    "singapore": "Asia/Singapore",
    "sgt": "Asia/Singapore",
    "aest": "Australia/Sydney",
    "brazil": "America/Sao_Paulo",
    "brasil": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo",
    "brt": "America/Sao_Paulo",
    "mexico": "America/Mexico_City",
    "canada": "America/Toronto",
    "australia": "Australia/Sydney",
    "russia": "Europe/Moscow",
    "indonesia": "Asia/Jakarta",
    "argentina": "America/Argentina/Buenos_Aires",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "hong kong": "Asia/Hong_Kong",
    "china": "Asia/Shanghai",
    "beijing": "Asia/Shanghai",
    "utc": "UTC",
    # abbreviations and names outside the tz database's cities
    "eat": "Africa/Nairobi",
    "east africa time": "Africa/Nairobi",
    "east african time": "Africa/Nairobi",
    "west africa time": "Africa/Lagos",
    "sast": "Africa/Johannesburg",
    "hkt": "Asia/Hong_Kong",
    "kst": "Asia/Seoul",
    "pht": "Asia/Manila",
    "wib": "Asia/Jakarta",
    "msk": "Europe/Moscow",
    "eet": "Europe/Athens",
    "eest": "Europe/Athens",
    "eastern european": "Europe/Athens",
    "wet": "Europe/Lisbon",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "aedt": "Australia/Sydney",
    "awst": "Australia/Perth",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "austin": "America/Chicago",
    "minneapolis": "America/Chicago",
    "nashville": "America/Chicago",
    "atlanta": "America/New_York",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "philadelphia": "America/New_York",
    "washington dc": "America/New_York",
    "orlando": "America/New_York",
    "san diego": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles",
    "salt lake city": "America/Denver",
}
# "GMT-6", "UTC+3", "gmt +5:30": an offset, as a zone of that offset (the tz database's Etc zones count west as +)
_OFFSET_RE = re.compile(r"\b(?:gmt|utc)\s*([+-−–])\s*(\d{1,2})(?::?([0-5]\d))?\b", re.I)
_HALF_HOURS = {
    (5, 30): "Asia/Kolkata",
    (5, 45): "Asia/Kathmandu",
    (9, 30): "Australia/Adelaide",
    (3, 30): "Asia/Tehran",
    (4, 30): "Asia/Kabul",
    (-3, 30): "America/St_Johns",
}
# the languages whose country names are read (CLDR, through Babel)
_COUNTRY_NAME_LANGUAGES = (
    "en",
    "es",
    "pt",
    "fr",
    "de",
    "it",
    "nl",
    "pl",
    "sv",
    "da",
    "nb",
    "fi",
    "tr",
    "id",
    "cs",
    "ro",
)
_REGIONS = ("America", "Europe", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian")


@cache
def _names() -> dict[str, str]:
    cities = {
        zone.rsplit("/", 1)[1].replace("_", " ").lower(): zone
        for zone in available_timezones()
        if zone.split("/", 1)[0] in _REGIONS and "/" in zone
    }
    return {**_countries(), **cities, **_NAMED}


def _countries() -> dict[str, str]:
    """A country with a single zone, by its name in each language read: "Deutschland", "Kenya", "Polska"."""
    from babel import Locale
    from babel.core import get_global

    known = available_timezones()
    single = {
        code: zones[0]
        for code, zones in get_global("territory_zones").items()
        if zones and all(zone in known for zone in zones) and len({_offsets(zone) for zone in zones}) == 1
    }  # Germany's Berlin and Büsingen keep one time: one zone to the visitor
    names: dict[str, str] = {}
    for language in _COUNTRY_NAME_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            zone = single.get(code)
            if zone in known and len(name) > 3:
                names[_plain(name).lower()] = zone
    return names


def _offsets(zone: str) -> tuple[object, object]:
    """A zone's offsets in winter and in summer (two fixed days: the rules, not today's clock)."""
    tz = ZoneInfo(zone)
    return (datetime(2026, 1, 15, tzinfo=tz).utcoffset(), datetime(2026, 7, 15, tzinfo=tz).utcoffset())


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(_names(), key=len, reverse=True)  # "central european" before "central"
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w])", re.I)


@cache
def _by_lowercase_name() -> dict[str, str]:
    """Every tz database zone by its name in lowercase (read from disk once, not at every message)."""
    return {zone.lower(): zone for zone in available_timezones()}


_IANA_RE = re.compile(r"\b[A-Za-z]+/[A-Za-z_-]+(?:/[A-Za-z_-]+)?\b")


def zone_in(text: str) -> str | None:
    """The IANA zone `text` names, if it names one ("méxico" as "mexico": the tz database has no accents); of
    several, the last ("those times r in london?? central time pls" asks for central time)."""
    by_name = _by_lowercase_name()
    found: list[tuple[int, str]] = []
    for written in _IANA_RE.finditer(text):  # "America/Sao_Paulo", as a settings page shows it
        if written.group(0).lower() in by_name:
            found.append((written.start(), by_name[written.group(0).lower()]))
    plain = _plain(text).replace("_", " ")
    offsets = list(_OFFSET_RE.finditer(plain))
    for offset in offsets:
        zone = _offset_zone(offset)
        if zone:
            found.append((offset.start(), zone))
    for match in _pattern().finditer(plain):
        if not any(o.start() <= match.start() < o.end() for o in offsets):  # "gmt" in "GMT-6" is no London
            found.append((match.start(), _names()[match.group(0).lower()]))
    return max(found)[1] if found else None


def _offset_zone(match: re.Match[str]) -> str | None:
    sign = -1 if match.group(1) in "-−–" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if minutes:
        return _HALF_HOURS.get((sign * hours, minutes))
    if hours == 0:
        return "UTC"
    if hours > 14:
        return None
    return f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"  # Etc/GMT-3 is three hours ahead of UTC


def awaits_time_zone(slots: dict[str, object]) -> bool:
    """A prospect was asked which time zone to show times in, and has not said: the question still stands."""
    return (
        slots.get("fit") == "good"
        and slots.get("lead_id") is not None
        and not slots.get("timezone")
        and not slots.get("slots_offered")
        and not slots.get("booked")
        and not slots.get("no_call")
    )
