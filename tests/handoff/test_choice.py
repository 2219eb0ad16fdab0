"""Typed meeting times matched against the offered ones, in the visitor's zone, whatever the machine's."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.handoff.choice import match_choice

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday 11:00 in Berlin
OFFERED = [
    datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN),
    datetime(2026, 11, 24, 14, 30, tzinfo=BERLIN),
    datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN),
    datetime(2026, 11, 26, 15, 0, tzinfo=BERLIN),
    datetime(2026, 11, 27, 11, 0, tzinfo=BERLIN),
]


def chosen(text: str) -> datetime | None:
    result = match_choice(text, [o.astimezone(UTC) for o in OFFERED], "Europe/Berlin", NOW)
    return result.chosen.astimezone(BERLIN) if result.chosen else None


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Tuesday at 9", 0),
        ("tuesday 2:30pm", 1),
        ("the second one", 1),
        ("Thursday afternoon", 3),
        ("thursday morning works", 2),
        ("the last option", 4),
        ("friday", 4),
        ("option 3", 2),
        ("the 3rd one", 2),
        ("Nov 26 at 3pm", 3),
        ("tomorrow at 2:30", 1),
        ("can we do the earliest?", 0),
        ("at 11", 4),
    ],
)
def test_a_typed_time_picks_the_offered_slot_it_names(text: str, index: int) -> None:
    assert chosen(text) == OFFERED[index]


def test_a_time_not_offered_gets_the_nearest_offered_ones() -> None:
    result = match_choice("Wednesday at 10", [o.astimezone(UTC) for o in OFFERED], "Europe/Berlin", NOW)
    assert result.chosen is None
    assert [n.astimezone(BERLIN) for n in result.nearest] == [
        OFFERED[0],
        OFFERED[1],
        OFFERED[2],
    ]  # within 25 h, in order
    assert result.asked_for == "Wednesday 25 Nov 10:00"


def test_words_without_a_time_match_nothing() -> None:
    result = match_choice("sounds great", [o.astimezone(UTC) for o in OFFERED], "Europe/Berlin", NOW)
    assert result.chosen is None and result.nearest == ()


def test_the_visitors_zone_decides_the_day_not_utc() -> None:
    # 23:30 on Monday in New York is already Tuesday in UTC: "Tuesday at 9" is New York's Tuesday
    tokyo_now = datetime(2026, 11, 24, 4, 30, tzinfo=UTC)
    ny = ZoneInfo("America/New_York")
    offered = [
        datetime(2026, 11, 24, 9, 0, tzinfo=ny).astimezone(UTC),
        datetime(2026, 11, 25, 9, 0, tzinfo=ny).astimezone(UTC),
    ]
    assert match_choice("Tuesday at 9", offered, "America/New_York", tokyo_now).chosen == offered[0]


EARLY_AND_LATE = [
    datetime(2026, 11, 30, 7, 15, tzinfo=BERLIN),  # Monday morning
    datetime(2026, 11, 30, 13, 0, tzinfo=BERLIN),
    datetime(2026, 11, 24, 19, 30, tzinfo=BERLIN),  # Tuesday evening
]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("monday 7:15", 0),  # a stranger's 07:15 was read as 19:15, which was not on offer
        ("monday at 7:15 please", 0),
        ("tuesday 7:30", 2),  # the evening one, the only 7:30 offered
        ("monday at 1", 1),
        ("monday at 7:15pm", None),  # said pm: not the morning one
    ],
)
def test_a_time_without_am_or_pm_is_the_one_offered(text: str, index: int | None) -> None:
    result = match_choice(text, [o.astimezone(UTC) for o in EARLY_AND_LATE], "Europe/Berlin", NOW)
    assert (result.chosen.astimezone(BERLIN) if result.chosen else None) == (
        EARLY_AND_LATE[index] if index is not None else None
    )


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("thursday 26 nov at 15:00?", 3),  # the date with its month, not the next Thursday named beside it
        ("26th of november 10am", 2),
        ("fine, 26 nov 10:00", 2),
    ],
)
def test_a_date_with_its_month_says_more_than_a_weekday(text: str, index: int) -> None:
    assert chosen(text) == OFFERED[index]


def test_a_part_of_the_day_with_several_times_in_it_is_no_choice_of_one() -> None:
    # "any afternoon slot at all?" was booked into Monday 13:00
    result = match_choice("any afternoon slot at all?", [o.astimezone(UTC) for o in OFFERED], "Europe/Berlin", NOW)
    assert result.chosen is None
    assert [o.astimezone(BERLIN) for o in result.options] == [OFFERED[1], OFFERED[3]]


def test_a_window_none_of_the_offered_times_is_in_asks_for_times_in_it() -> None:
    # "none work, i'm only free after 4pm" was offered more mornings
    result = match_choice(
        "none work, i'm only free after 4pm", [o.astimezone(UTC) for o in OFFERED], "Europe/Berlin", NOW
    )
    assert result.chosen is None and not result.options and result.elsewhere
    assert result.asked_for == "after 16:00"


@pytest.mark.parametrize(
    ("text", "index"),
    [
        # what follows the last "no" is the time asked for ("2am?? lol no. monday 10am" was booked at 2am)
        ("9?? no. thursday at 3pm", 3),
        ("not tuesday, thursday morning", 2),
        # a weekday in the visitor's language ("el martes a las 10:45" was booked on the Monday)
        ("el martes a las 14:30", 1),
        ("jeudi à 10:00", 2),
        ("Freitag um 11", 4),
    ],
)
def test_a_rejected_time_or_a_weekday_in_another_language_picks_the_one_meant(text: str, index: int) -> None:
    assert chosen(text) == OFFERED[index]


def test_a_window_said_with_not_is_still_a_window() -> None:
    # "not before 3pm" is after 3, not "before 3pm"
    result = match_choice("thursday, not before 3pm", [o.astimezone(UTC) for o in OFFERED], "Europe/Berlin", NOW)
    assert result.chosen == OFFERED[3].astimezone(UTC) or OFFERED[3].astimezone(UTC) in result.options
