"""WordNet's parsed index is cached across processes and read back to the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.nlu import wordnet_industry
from bot.settings import get_settings

pytestmark = pytest.mark.skipif(
    not wordnet_industry.WORDNET_DIR.joinpath("data.noun").is_file(),
    reason="WordNet data missing (scripts/install-wordnet.sh)",
)


def test_a_reader_from_the_cached_index_reads_wordnet_as_one_that_parsed_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRICING_ASSISTANT_CACHE", str(tmp_path))
    get_settings.cache_clear()
    try:
        parsed = wordnet_industry._load(wordnet_industry.WORDNET_DIR)  # parses the files, writes the cache
        assert list(tmp_path.glob("wordnet-index-*.marshal"))
        cached = wordnet_industry._load(wordnet_industry.WORDNET_DIR)
        assert cached._indexed and not parsed._indexed
        assert cached.satellite_offsets == parsed.satellite_offsets
        for word in ("bakery", "plumber", "run", "quick", "happily", "wedding_barn", "oilfield", "good"):
            assert cached.synsets(word) == parsed.synsets(word)
    finally:
        get_settings.cache_clear()


def test_an_unreadable_index_cache_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRICING_ASSISTANT_CACHE", str(tmp_path))
    get_settings.cache_clear()
    try:
        wordnet_industry._load(wordnet_industry.WORDNET_DIR)
        for cache in tmp_path.glob("wordnet-index-*.marshal"):
            cache.write_bytes(b"not marshal")
        reader = wordnet_industry._load(wordnet_industry.WORDNET_DIR)
        assert not reader._indexed and reader.synsets("bakery")
    finally:
        get_settings.cache_clear()
