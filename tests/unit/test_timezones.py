"""A time zone typed at the time-zone question is read as the zone it names."""

from __future__ import annotations

import pytest

from bot.dialog.answers import check_person_name
from bot.dialog.timezones import zone_in


@pytest.mark.parametrize(
    "text, zone",
    [
        ("we're on central time", "America/Chicago"),
        ("eastern", "America/New_York"),
        ("PST pls", "America/Los_Angeles"),
        ("i'm in berlin", "Europe/Berlin"),
        ("central european time", "Europe/Berlin"),
        ("sao paulo", "America/Sao_Paulo"),
        ("we're in kolkata", "Asia/Kolkata"),
        ("uk time", "Europe/London"),
        ("hora de la ciudad de méxico", "America/Mexico_City"),
        # the zone as a settings page shows it, a city's other name, a country in the visitor's language
        ("America/Sao_Paulo", "America/Sao_Paulo"),
        ("europe/berlin pls", "Europe/Berlin"),
        ("horário de brasília", "America/Sao_Paulo"),
        ("we're in Deutschland", "Europe/Berlin"),
        ("Polska", "Europe/Warsaw"),
        ("kenya time", "Africa/Nairobi"),
        ("I'm in Georgia", "America/New_York"),  # the state, on a US pricing page, not the country
        ("no idea", None),
        ("whenever works", None),
    ],
)
def test_a_typed_zone_is_read_as_the_zone_it_names(text: str, zone: str | None) -> None:
    assert zone_in(text) == zone


def test_a_time_zone_typed_where_the_name_was_asked_is_no_name() -> None:
    assert not check_person_name("central time").value
    assert check_person_name("dana").value == "Dana"


@pytest.mark.parametrize(
    "said", ["book a call", "can I see the pricing first", "what is this?", "Dana not Central time"]
)
def test_a_request_typed_where_the_name_was_asked_is_no_name(said: str) -> None:
    assert not check_person_name(said).value


@pytest.mark.parametrize("name", ["Will Smith", "Mary-Jo Anne", "Anh Nguyen", "Will May"])
def test_names_with_a_common_word_in_them_are_still_names(name: str) -> None:
    assert check_person_name(name).value == name


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("GMT-6 i think, we're in dallas", "America/Chicago"),  # "gmt" in an offset is no London
        ("GMT+3", "Etc/GMT-3"),
        ("utc +5:30", "Asia/Kolkata"),
        ("those times r in london?? central time pls", "America/Chicago"),  # the zone named last
        ("East Africa Time", "Africa/Nairobi"),
    ],
)
def test_offsets_abbreviations_and_the_zone_named_last(text: str, zone: str) -> None:
    assert zone_in(text) == zone


def test_an_offset_zone_is_shown_as_people_write_it() -> None:
    from bot.handoff.availability import zone_label

    assert zone_label("Etc/GMT-3") == "GMT+3" and zone_label("Etc/GMT+6") == "GMT-6"
    assert zone_label("Europe/Berlin") == "Europe/Berlin"
