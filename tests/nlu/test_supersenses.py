"""The intent classifier's view of words no example holds (bot/nlu/supersenses.py)."""

from __future__ import annotations

import pytest
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.component import SupersenseFeaturizer
from bot.nlu.supersenses import SUPERSENSES, supersenses
from bot.nlu.wordnet_industry import WordNetIndustries

pytestmark = pytest.mark.skipif(
    not WordNetIndustries({}).wordnet_dir.joinpath("data.noun").is_file(),
    reason="WordNet data missing (scripts/install-wordnet.sh)",
)


@pytest.mark.parametrize(
    "word, kind",
    [
        ("banana", "noun.plant"),
        ("calories", "noun.quantity"),
        ("france", "noun.location"),
        ("purchase", "verb.possession"),
        ("president", "noun.person"),
        ("snow", "verb.weather"),
    ],
)
def test_a_word_is_read_by_the_kind_of_thing_it_names(word: str, kind: str) -> None:
    assert kind in supersenses(word)


@pytest.mark.parametrize("word", ["the", "is", "what", "42", "x", "asdfgh"])
def test_function_words_numbers_and_gibberish_carry_no_kind(word: str) -> None:
    assert supersenses(word) == ()


def test_the_featurizer_marks_each_word_and_the_whole_message() -> None:
    message = Message({TEXT: "how many calories in a banana"})
    WhitespaceTokenizer(WhitespaceTokenizer.get_default_config()).process([message])
    SupersenseFeaturizer({"alias": None}, "supersenses").process([message])
    sequence, sentence = message.get_sparse_features(TEXT)
    assert sequence.features.shape == (6, len(SUPERSENSES)) and sentence.features.shape == (1, len(SUPERSENSES))
    kinds = {SUPERSENSES[column] for column in sentence.features.tocoo().col}
    assert {"noun.plant", "noun.quantity"} <= kinds
