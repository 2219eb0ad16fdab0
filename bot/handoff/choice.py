"""A meeting time typed instead of clicked ("Tuesday at 9", "the second one", "Thursday
afternoon"), matched against the times we offered, in the visitor's time zone.

Dates ("Tuesday", "Nov 26", "tomorrow") are read by dateparser; the hour is read here, because a
bare "at 9" means 09:00 in a chat about meetings, where dateparser reads a month or a day.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

import dateparser  # type: ignore  # ships no type hints

ORDINALS = {
    "first": 0,
    "1st": 0,
    "one": 0,
    "second": 1,
    "2nd": 1,
    "two": 1,
    "third": 2,
    "3rd": 2,
    "three": 2,
    "fourth": 3,
    "4th": 3,
    "four": 3,
    "fifth": 4,
    "5th": 4,
    "five": 4,
    "earliest": 0,
}
_ORDINAL_RE = re.compile(
    r"\b(?:(first|second|third|fourth|fifth|earliest|last|latest)\b(?:\s+(?:one|option|slot|time))?|"
    r"(1st|2nd|3rd|4th|5th)\s+(?:one|option|slot|time)|(?:option|number|#)\s*(\d|one|two|three|four|five)\b)",
    re.I,
)
_TIME_RE = re.compile(
    r"(?:\b(at|@)\s*)?\b(\d{1,2})(?::([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d/])(?!\s*(?:st|nd|rd|th)\b)", re.I
)
_NOON_RE = re.compile(r"\b(noon|midday)\b", re.I)
_PARTS = {"morning": (5, 12), "lunch": (11, 14), "afternoon": (12, 17), "evening": (17, 23)}
_PART_RE = re.compile(r"\b(morning|lunch(?:time)?|afternoon|evening)\b", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a date that names its month ("dec 17", "17 dec", "the 17th of december") says more than a weekday beside it
# ("thursday 17 dec" was read as the next Thursday, the 10th)
_DATE_RE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?=\W|$)|"
    r"\b\d{1,2}/\d{1,2}\b",
    re.I,
)
_DAY_RE = re.compile(
    r"\b(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)\b|"
    r"\b(?:today|tomorrow)\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:one|option|slot|time))",
    re.I,
)
# "after 4pm", "before 11", "not before 10am": a window of the day rather than a time
_WINDOW_RE = re.compile(
    r"\b(after|from|past|before|until|till)\s+(\d{1,2})(?::([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d/:])", re.I
)
NEAREST = 3
OPTIONS = 5


_PART_SAID = {
    "morning": "in the morning",
    "lunch": "around lunch",
    "afternoon": "in the afternoon",
    "evening": "in the evening",
}


def part_of_day(text: str) -> tuple[str, tuple[int, int]] | None:
    """ "anything in the evening?", "only free after 4pm": the part of the day asked for, as said back ("in the
    evening", "after 16:00"), and its hours in the visitor's zone."""
    window = _window(text)
    if window is not None:
        return window.word, (window.start, window.end)
    match = _PART_RE.search(text)
    if match is None:
        return None
    name = match.group(1).lower()
    name = "lunch" if name.startswith("lunch") else name
    return _PART_SAID[name], _PARTS[name]


def day_asked(text: str, zone: str, now: datetime) -> date | None:
    """ "anything friday?": the day named, in the visitor's zone (the next one from now)."""
    return _day(in_english_weekdays(text), now.astimezone(ZoneInfo(zone)))


@dataclass(frozen=True)
class Choice:
    """`chosen`: the offered start they meant; else `nearest`: offered starts closest to what they
    asked for; both empty when the text names no time at all."""

    chosen: datetime | None = None
    nearest: tuple[datetime, ...] = ()
    asked_for: str = ""
    # a day or a part of it without a time ("any afternoon slot?"): the offered times in it, to pick from
    # (several are no choice of one), or none offered there (`elsewhere`: times in it are to be looked for)
    options: tuple[datetime, ...] = ()
    elsewhere: bool = False


# "2am?? lol no. monday 10am", "not tuesday, wednesday 9": what follows the last no is the time asked for (not "not
# before", "no later than": windows)
_REJECTED_RE = re.compile(
    r"\b(?:(?P<before>not|rather\s+than|instead\s+of)|no|nope|nah|instead|actually|scratch\s+that|i\s+meant|make\s+it)\b"
    r"(?!\s+(?:before|after|later|earlier|sooner|more|than))[\s,.!?:;-]*",
    re.I,
)
_CLAUSE_RE = re.compile(r"[,;.!?]|\bbut\b", re.I)
# weekday names in the languages dateparser knows ("el martes a las 10:45" was booked on the Monday); shorter
# names are other words ("mar", "do", "lun")
_WEEKDAY_LANGUAGES = ("es", "pt", "fr", "de", "it", "nl", "pl", "sv", "da", "nb", "fi", "tr", "id", "ro", "cs", "ca")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=1)
def _weekday_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for language in _WEEKDAY_LANGUAGES:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
        for day in _WEEKDAYS:
            for name in info.get(day) or []:
                plain = _plain(name)
                if len(plain) >= 5 and plain not in _WEEKDAYS:
                    words.setdefault(plain, day)
    return words


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def in_english_weekdays(text: str) -> str:
    """`text` with weekday names of other languages in English: "el martes a las 10:45" -> "el tuesday a las 10:45"."""
    words = _weekday_words()

    def english(match: re.Match[str]) -> str:
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", match.group(0).lower()) if not unicodedata.combining(c)
        )
        return words.get(plain, match.group(0))

    return re.sub(r"[^\W\d_]{5,}", english, text)


def _wanted_part(text: str) -> str:
    """The part of `text` after its last rejection, when a time or day follows it."""
    for rejected in reversed(list(_REJECTED_RE.finditer(text))):
        rest = text[rejected.end() :]
        if rejected.group("before"):  # "not tuesday, thursday morning": the clause after "not" is what is rejected
            end = _CLAUSE_RE.search(rest)
            rest = rest[end.end() :] if end else ""
        if _TIME_RE.search(rest) or _DAY_RE.search(rest) or _DATE_RE.search(rest):
            return rest
    return text


def match_choice(text: str, offered: Sequence[datetime], zone: str, now: datetime) -> Choice:
    if not offered:
        return Choice()
    text = _wanted_part(in_english_weekdays(text))
    tz = ZoneInfo(zone)
    local = [start.astimezone(tz) for start in offered]
    ordinal = _ordinal(text, len(offered))
    if ordinal is not None:
        return Choice(chosen=offered[ordinal])
    day = day_asked(text, zone, now)
    readings = _times_of_day(text)
    part = _part_of_day(text)
    if day is None and not readings and part is None:
        return Choice()

    def fitting(at: time | None) -> list[datetime]:
        return [
            start
            for start, moment in zip(offered, local, strict=True)
            if (day is None or moment.date() == day)
            and (at is None or (moment.hour, moment.minute) == (at.hour, at.minute))
            and (part is None or part.start <= moment.hour < part.end)
        ]

    # "7:15" with no am or pm is whichever of 07:15 and 19:15 we offered; else the likelier (business hours)
    candidates: list[time | None] = [*readings] or [None]
    at, fits = next(((at, fits) for at in candidates if (fits := fitting(at))), (candidates[0], []))
    asked_for = " ".join(
        piece
        for piece in (
            day.strftime("%A %d %b") if day else "",
            at.strftime("%H:%M") if at else "",
            part.word if part else "",
        )
        if piece
    )
    if fits and (readings or len(fits) == 1):
        return Choice(chosen=min(fits), asked_for=asked_for)
    if fits:
        return Choice(options=tuple(sorted(fits)[:OPTIONS]), asked_for=asked_for)
    if not readings:
        return Choice(asked_for=asked_for, elsewhere=True)  # "only free after 4pm": none of those offered is
    target = datetime.combine(day or local[0].date(), at or time(part.start if part else 9), tz)
    if day is None:
        # only a time of day: the offered times closest to it on any day
        nearest = sorted(offered, key=lambda s: abs(_minutes(s.astimezone(tz).time()) - _minutes(target.time())))
    else:
        nearest = sorted(offered, key=lambda s: abs((s - target).total_seconds()))
    return Choice(nearest=tuple(sorted(nearest[:NEAREST])), asked_for=asked_for)


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _ordinal(text: str, count: int) -> int | None:
    match = _ORDINAL_RE.search(text)
    if not match:
        return None
    word = (match.group(1) or match.group(2) or match.group(3) or "").lower()
    index = (
        count - 1
        if word in ("last", "latest")
        else ORDINALS.get(word, int(word) - 1 if word.isascii() and word.isdigit() else -1)
    )
    return index if 0 <= index < count else None


def _day(text: str, now_local: datetime) -> date | None:
    match = _DATE_RE.search(text) or _DAY_RE.search(text)
    if not match:
        return None
    parsed = dateparser.parse(
        match.group(0),
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": now_local.replace(tzinfo=None),
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return parsed.date() if parsed else None


def _times_of_day(text: str) -> list[time]:
    """The time of day named, the likelier reading first: "at 2" is 14:00 in a chat about meetings, "7:15"
    could be either 07:15 or 19:15, so both are read (in that order) unless am or pm was said."""
    if _NOON_RE.search(text):
        return [time(12, 0)]
    for match in _TIME_RE.finditer(text):
        if _WINDOW_RE.search(text[max(0, match.start() - 8) : match.end()]):
            continue  # "after 4pm" is a window (`_part_of_day`), not a time
        cue, hour, minute, meridiem = (
            match.group(1),
            int(match.group(2)),
            match.group(3),
            (match.group(4) or "").lower(),
        )
        if not (cue or minute or meridiem) or hour > 23:
            continue
        if meridiem:
            hour = (hour % 12) + (12 if meridiem.startswith("p") else 0)
            return [time(hour, int(minute or 0))]
        if not 1 <= hour <= 12:
            return [time(hour, int(minute or 0))]  # "14:30", "0:30": a 24-hour clock
        morning, evening = time(hour % 12, int(minute or 0)), time(hour % 12 + 12, int(minute or 0))
        return [evening, morning] if hour < 8 or hour == 12 else [morning, evening]
    return []


@dataclass(frozen=True)
class _Part:
    word: str  # as said back: "in the afternoon", "after 16:00"
    start: int  # hours, local
    end: int


def _window(text: str) -> _Part | None:
    match = _WINDOW_RE.search(text)
    if match is None:
        return None
    bound, hour, meridiem = match.group(1).lower(), int(match.group(2)), (match.group(4) or "").lower()
    if re.search(r"\bnot\s+$", text[: match.start()], re.I):  # "not before 3pm" is after it, "not after 5" before
        bound = "after" if bound in ("before", "until", "till") else "before"
    if meridiem:
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
    elif 1 <= hour < 8:
        hour += 12  # "after 4": the afternoon, in a chat about meetings
    if hour > 23:
        return None
    if bound in ("before", "until", "till"):
        return _Part(f"before {hour:02d}:00", 0, hour)
    return _Part(f"after {hour:02d}:00", hour, 24)


def _part_of_day(text: str) -> _Part | None:
    window = _window(text)
    if window is not None:
        return window
    match = _PART_RE.search(text)
    if not match:
        return None
    name = "lunch" if match.group(1).lower().startswith("lunch") else match.group(1).lower()
    start, end = _PARTS[name]
    return _Part(_PART_SAID[name], start, end)
