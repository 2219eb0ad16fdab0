from datetime import date

import pytest

from bot.nlu.timeline import FAR_DAYS, find_timelines

TODAY = date(2026, 11, 22)  # a Sunday


def days(text: str, today: date = TODAY, **kwargs: bool) -> int | None:
    found = find_timelines(text, today, **kwargs)
    return found[0].value if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ASAP", 0),
        ("immediately", 0),
        ("right away", 0),
        ("this week", 0),
        ("next week", 7),
        ("in two weeks", 14),
        ("within six weeks", 42),
        ("in a couple of weeks", 14),
        ("within a fortnight", 14),
        ("in 10 days", 10),
        ("within 90 days", 90),
    ],
)
def test_near_term_phrases(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("in 3 months", 92),
        ("next month", 30),
        ("in 6 months", 181),
        ("our contract ends in four months", 120),
        ("in 2-3 months", 76),
        ("in a year", 365),
    ],
)
def test_months_follow_the_calendar(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("next quarter", 40),
        ("in Q3", 221),
        ("Q1 2027", 40),
        ("by the end of the year", 39),
        ("end of this month", 8),
        ("early next year", 40),
        ("next year", 365),  # any time in it: no plan to buy soon (issue #23)
        ("maybe next year", 365),
        ("not this year, probably next year", 365),
        ("starting Monday would be great", 1),
        ("first of march is our go live date", 99),
        ("Q2, or Q3 if hiring drags", 130),  # the plan, not its fallback
        ("by March 1st", 99),
        ("by june", 191),
        ("by 15 february", 85),
        ("end of january", 70),
    ],
)
def test_calendar_anchors(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize("text", ["no rush", "just researching", "no timeline", "not in a hurry", "someday"])
def test_no_timeline_gives_a_far_one_marked_as_such(text: str) -> None:
    [found] = find_timelines(text, TODAY)
    assert found.value == FAR_DAYS
    assert found.info == {"no_timeline": True}


def test_today_is_injectable_so_results_are_deterministic() -> None:
    assert days("next quarter", date(2026, 2, 10)) == (date(2026, 4, 1) - date(2026, 2, 10)).days
    assert days("by the end of the year", date(2026, 12, 30)) == 1


def test_a_past_date_this_year_means_next_year() -> None:
    assert days("by March 1st", date(2026, 6, 1)) == (date(2027, 3, 1) - date(2026, 6, 1)).days


@pytest.mark.parametrize("text", ["we have been around for 10 years", "pay 10k a month", "I may need it", "3 months"])
def test_durations_without_a_cue_are_not_timelines(text: str) -> None:
    assert days(text + " and more context here") is None


def test_a_bare_duration_counts_when_it_answers_the_question() -> None:
    assert days("3 months", whole_answer=True) == 92


@pytest.mark.parametrize("text", ["not now", "not right now", "Not now, thanks"])
def test_putting_something_off_is_not_a_timeline(text: str) -> None:
    assert days(text, whole_answer=True) is None
    assert days("we need it now", whole_answer=True) == 0


@pytest.mark.parametrize("text", ["8000YEAR", "in 2200000000 years", "within 99999 months"])
def test_absurd_spans_are_not_timelines_and_do_not_crash(text: str) -> None:
    # found by tests/nlu/test_fuzz_extractor.py: these raised inside dateutil
    assert find_timelines(text, date(2026, 11, 22), whole_answer=True) == []


@pytest.mark.parametrize(
    ("reply", "days"),
    [
        ("within 2 wees", 14),
        ("1 quater", 91),
        ("3 mnths", 91),
        ("2 dys", 2),
        ("so 2-3 months", 76),  # units typed in a hurry
        ("3 of us", None),
        ("2 ways", None),  # numbers, not durations
    ],
)
def test_a_duration_in_a_reply_to_when_is_read_whatever_the_typo_in_its_unit(reply: str, days: int | None) -> None:
    from bot.nlu.timeline import duration_in_reply

    found = duration_in_reply(reply)
    assert (found[0].value if found else None) == days


@pytest.mark.parametrize(
    "text, today, days",
    [
        ("could we go live by thursday?", date(2027, 3, 1), 3),  # a Monday: the coming Thursday
        ("start on the monday", date(2027, 3, 1), 7),  # today is Monday: a week on
        ("wed would be ideal", date(2027, 3, 1), None),  # a clipped day name without a cue: no timeline
        ("need it before the 20th", date(2027, 3, 1), 19),
        ("by the 3rd", date(2027, 3, 25), 9),  # the next 3rd is in April
        ("has to be running before thanksgiving", date(2027, 3, 1), 269),  # the fourth Thursday of November 2027
        ("in time for black friday", date(2027, 3, 1), 270),
        ("by xmas", date(2027, 12, 26), 365),  # this year's is past: next year's
        ("next year, probably around may", date(2027, 3, 1), 61),
        ("sometime next year, q2 I guess", date(2027, 11, 1), 152),
    ],
)
def test_days_dates_and_holidays_by_name(text: str, today: date, days: int | None) -> None:
    found = find_timelines(text, today)
    assert (found[-1].value if found else None) == days


@pytest.mark.parametrize(
    "text",
    [
        "the trade show is in april, see you there",
        "I'm on holiday until the 12th so reply slowly",
        "our q2 results came in strong",
        "our cfo is out of office till thursday",
    ],
)
def test_the_date_of_another_event_or_an_absence_is_no_timeline(text: str) -> None:
    assert days(text) is None


def test_a_deadline_set_by_another_event_is_a_timeline() -> None:
    assert days("we want it running before the summit in march") == 99


def test_the_current_quarter_named_late_in_it_is_next_years() -> None:
    assert days("realistically q4", today=date(2026, 12, 10)) == 295  # 1 October 2027
    assert days("realistically q4", today=date(2026, 10, 5)) == 0  # early in it: this one
    assert days("by the end of q4", today=date(2026, 12, 10)) == 21


@pytest.mark.parametrize(("text", "expected"), [("keen to launch thursday", 4), ("budget is 5k. wednesday.", 3)])
def test_a_day_right_after_buying_or_said_on_its_own_is_when(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize("text", ["our thursday all-hands is long", "we ship every wednesday and budget is 5k"])
def test_a_day_for_something_else_is_not_when(text: str) -> None:
    assert days(text) is None


def test_shorthand_for_a_week_is_a_week() -> None:
    assert days("in 2 wks", whole_answer=True) == 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoping to roll it out mid-feb", 85),  # the 15th
        ("early-march would be ideal", 99),  # the 1st
        ("launch late-jan", 70),  # the last day
    ],
)
def test_a_cue_joined_to_the_month_by_a_hyphen_is_the_same_cue(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("need it set up before the 28th of this month", 6),
        ("could we go live on the 5th of next month?", 13),
        ("by the 30th of the current month if possible", 8),
    ],
)
def test_a_day_of_this_or_next_month_is_that_day(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "got a job interview at your company on monday, reading up on you",
        "our 25th anniversary is in march so things are hectic",
        "we're celebrating the office move next week",
        "i graduate in may, just learning about these tools",
    ],
)
def test_the_date_of_an_occasion_in_their_life_is_no_timeline(text: str) -> None:
    assert days(text) is None


def test_a_deadline_set_by_an_occasion_is_a_timeline() -> None:
    assert days("we want it running before our anniversary next month") == 30


@pytest.mark.parametrize(
    "text", ["we want to launch in march, and celebrate after", "need it next month for the anniversary party"]
)
def test_an_occasion_after_the_deadline_leaves_it_a_timeline(text: str) -> None:
    assert days(text) is not None


DEC_3 = date(2026, 12, 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("q1, or q2 if things slip", 29),  # the second time is a fallback, the first the plan
        ("thinking Q1 or Q2", 74),  # a range, read at its middle
        ("after new year, so january or february", 44),
        ("we hope to be live in ~2 months", 62),
        ("not this year, that's for sure", FAR_DAYS),  # a year ruled out, none named
        ("we want it for our spring launch", 107),  # a season's event worked toward
        ("we're a school, so the summer break is when we can deploy anything", 200),
        ("we'd like it in place for the september term", 272),
        ("want to switch after peak, so january", 29),
    ],
)
def test_times_said_around_plans_and_events(text: str, expected: int) -> None:
    assert days(text, DEC_3) == expected


@pytest.mark.parametrize("text", ["we run a summer sale", "so may I ask about pricing", "this year's budget is 20k"])
def test_a_season_or_month_in_passing_is_no_timeline(text: str) -> None:
    assert days(text, DEC_3) is None


@pytest.mark.parametrize(
    "text, expected",
    [("Wir wollen Mitte Januar starten", date(2027, 1, 15)), ("Vorremmo partire dopo le feste", date(2027, 1, 1))],
)
def test_parts_of_months_and_the_holidays_in_other_languages(extractor, text: str, expected: date) -> None:
    assert extractor.first(text, "timeline").value == (expected - TODAY).days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ready to buy business for 60 seats today. where do i sign?", 0),
        ("want to buy 40 licenses for the sales team today", 0),
        ("we want to buy more seats as we have 60 users today", None),  # how many they have now
    ],
)
def test_today_after_what_they_buy_is_when_they_buy(text: str, expected: int | None) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our q4 ends dec 31 so things are hectic", None),  # when their books close, said in passing
        ("we need it live before our q4 ends dec 31", date(2026, 12, 31)),  # a deadline
        ("by the time our q1 ends", date(2027, 3, 31)),
        ("önümüzdeki hafta demo alabilir miyiz?", date(2026, 11, 29)),  # Turkish: a demo next week
        ("hurrengo astean", date(2026, 11, 29)),  # Basque: next week
        ("umwaka utaha", date(2027, 11, 22)),  # Kinyarwanda: next year
        ("i'm on vacation next week", None),  # away, not buying
        ("ik ben volgende week op vakantie, kan mijn collega het overnemen?", None),  # Dutch: the same
        ("we want it live before my vacation next week", date(2026, 11, 29)),  # a deadline
    ],
)
def test_a_quarter_ending_and_next_week_in_more_languages(extractor, text: str, expected: date | None) -> None:
    found = extractor.first(text, "timeline")
    assert (found.value if found else None) == (None if expected is None else (expected - TODAY).days)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the month named is this one: its end, not next year's
        ("we want to start in december", 25),
        ("by december", 25),
        ("mid december", 9),
        ("early december", 0),
        # next year's only when said so, and other months as before
        ("december 2027", 360),
        ("in january", 26),
        ("mid march", 99),
    ],
)
def test_the_month_it_is_now_is_this_one(text: str, expected: int) -> None:
    assert days(text, date(2026, 12, 6)) == expected


def test_a_premises_date_is_no_purchase_date() -> None:
    assert days("our office lease ends in march") is None
    assert days("the new office will be finished in march") is None
    assert days("we need it before the new office is finished in march") == 99
