"""A time zone the visitor types at the time-zone question ("central time", "i'm in berlin", "EST"), as an
IANA name.

The question offers buttons for six zones; a visitor who types instead names a region, an abbreviation or
a city. The cities come from the tz database itself (zoneinfo: "Chicago", "Sao Paulo", "Kolkata"); the
regions, abbreviations and a few countries and cities it spells otherwise are listed here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from zoneinfo import available_timezones

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
    "mexico": "America/Mexico_City",
    "utc": "UTC",
}
_REGIONS = ("America", "Europe", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian")


@cache
def _names() -> dict[str, str]:
    cities = {
        zone.rsplit("/", 1)[1].replace("_", " ").lower(): zone
        for zone in available_timezones()
        if zone.split("/", 1)[0] in _REGIONS and "/" in zone
    }
    return {**cities, **_NAMED}


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(_names(), key=len, reverse=True)  # "central european" before "central"
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w])", re.I)


def zone_in(text: str) -> str | None:
    """The IANA zone `text` names, if it names one ("méxico" as "mexico": the tz database has no accents)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    match = _pattern().search(plain)
    return _names()[match.group(0).lower()] if match else None
