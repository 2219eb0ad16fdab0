"""Numbers spelt in other languages are read as digits; articles, English words and scales are not."""

from __future__ import annotations

import pytest

from bot.nlu.other_words import is_english
from bot.nlu.world_numbers import shared_world_numbers


def digits(text: str) -> list[str]:
    return [value for _start, _end, value in shared_world_numbers(is_english).readings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wir sind fünfzig", ["50"]),
        ("somos treinta y cinco", ["35"]),
        ("עשרים עובדים", ["20"]),
        ("kami dua puluh orang", ["20"]),
        ("watu kumi na tano", ["15"]),
        ("हम चालीस लोग", ["40"]),
    ],
)
def test_numbers_spelt_in_other_languages_are_read(text: str, expected: list[str]) -> None:
    assert digits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we are one team",  # English
        "un equipo, ein Team, een team",  # one is the article
        "put out the fire",  # Danish four, English word
        "on monday",  # Turkish ten
        "we are based in Lima",  # Indonesian five, a city
        "25 tisíc dolarů",  # after digits a scale, read with them
        "Otto runs the shop",  # Italian eight, a name
    ],
)
def test_articles_english_words_names_and_scales_are_no_number(text: str) -> None:
    assert digits(text) == []
