"""Which messages are written in another language than English (the replies are in English, said once)."""

from __future__ import annotations

import pytest

from bot.nlu.language import another_language, mostly_unknown_to_english


@pytest.mark.parametrize(
    "text",
    ["¿Tienen servidores en Europa?", "ich bin der Geschäftsführer", "quanto custa o plano business?"],
)
def test_a_message_in_another_language_is_seen(text: str) -> None:
    assert another_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "hw much 4 like 25 ppl",  # slang and typos are still English
        "k wats the diff btw starter n biz",
        "Kessler & Partners GmbH",  # a name is no language
        "Ja, gerne",  # two words: not judged
        "we use salesforce and hubspot",
        "so asdf qwerty",  # gibberish is no language (it was told replies are in English)
    ],
)
def test_english_however_written_is_not_taken_for_another_language(text: str) -> None:
    assert not another_language(text)


@pytest.mark.parametrize(
    "text, unknown",
    [
        ("geç bunu", True),
        ("der erste termin passt", True),
        ("je voudrais parler à un commercial", True),
        ("humn pls", True),
        ("ok", False),
        ("friday 11am works", False),
        ("see you later", False),
        ("", False),
    ],
)
def test_a_message_mostly_in_words_english_does_not_have(text: str, unknown: bool) -> None:
    """However short: the blended reader gives DIET a second opinion on these (bot/nlu/component.py)."""
    assert mostly_unknown_to_english(text) is unknown
