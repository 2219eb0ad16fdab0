"""WordNet's parsed index is cached across processes and read back to the same answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.nlu import wordnet_industry
from bot.settings import get_settings

pytestmark = pytest.mark.skipif(
    not wordnet_industry.WORDNET_DIR.joinpath("data.noun").is_file(),
    reason="WordNet data missing (scripts/install-wordnet.sh)",
)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PRICING_ASSISTANT_CACHE", str(tmp_path))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


@pytest.mark.slow  # parses WordNet's index (a few seconds): `make test`, not the inner loop
def test_a_reader_from_the_cached_index_reads_wordnet_as_one_that_parsed_it(cache_dir: Path) -> None:
    parsed = wordnet_industry._load(wordnet_industry.WORDNET_DIR)  # parses the files, writes the cache
    assert list(cache_dir.glob("wordnet-index-*.marshal"))
    cached = wordnet_industry._load(wordnet_industry.WORDNET_DIR)
    assert cached._indexed and not parsed._indexed
    assert cached.satellite_offsets == parsed.satellite_offsets
    for word in ("bakery", "plumber", "run", "quick", "happily", "wedding_barn", "oilfield", "good"):
        assert cached.synsets(word) == parsed.synsets(word)


def test_a_cache_that_is_missing_or_unreadable_is_not_used(cache_dir: Path) -> None:
    path = wordnet_industry._index_cache_path(wordnet_industry.WORDNET_DIR)
    assert path is not None and path.parent == cache_dir
    assert wordnet_industry._read_index_cache(path) is None  # none yet: the files are parsed
    path.write_bytes(b"not marshal")
    assert wordnet_industry._read_index_cache(path) is None


def test_a_written_cache_reads_back_whole(cache_dir: Path) -> None:
    path = wordnet_industry._index_cache_path(wordnet_industry.WORDNET_DIR)
    lemmas: dict[str, Any] = {"bakery": {"n": [2693860]}, "run": {"n": [1], "v": [2, 3]}}
    wordnet_industry._write_index_cache(path, {5, 3}, lemmas)
    assert wordnet_industry._read_index_cache(path) == ([3, 5], lemmas)
    assert not list(cache_dir.glob("*.partial"))  # written aside, then moved into place
