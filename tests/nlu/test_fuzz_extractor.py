"""The extraction component on generated text: it never raises, never takes long, and every
value it finds is one the slots can hold."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.nlu.extractor import QualificationExtractor
from bot.nlu.other_words import load_world_words

WORDS = st.sampled_from(
    [
        "budget",
        "k",
        "million",
        "a",
        "year",
        "per",
        "month",
        "$",
        "€",
        "50",
        "1e9",
        "9" * 60,
        "users",
        "employees",
        "next",
        "quarter",
        "Q3",
        "2027",
        "december",
        "in",
        "weeks",
        "CEO",
        "I",
        "decide",
        "hospital",
        "software",
        "-",
        "to",
        "and",
        "half",
        "/",
        "between",
        "%",
        "30th",
        "ago",
    ]
)
PHRASES = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
TEXT = st.one_of(st.text(max_size=400), PHRASES)
KINDS = {"industry": str, "company_size": int, "budget": float, "authority": str, "timeline": int}

pytestmark = pytest.mark.sweep  # 2,000 generated messages: `make test` runs it, `make test-fast` does not


@settings(max_examples=2000, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(text=TEXT, answering=st.sampled_from([None, "industry", "company_size", "budget", "authority", "timeline"]))
def test_extraction_never_breaks_on_generated_text(
    extractor: QualificationExtractor, text: str, answering: str | None
) -> None:
    # loaded once per process, in the background when the model loads (not part of a message's time)
    extractor.wordnet.reader()
    load_world_words()
    # the thread's CPU time, not the wall clock: a backtracking pattern costs seconds of CPU, while other
    # processes on a busy machine (the other test worker, a build) only stretch the wall clock
    started = time.thread_time()
    found = extractor.extract(text, answering=answering)
    assert time.thread_time() - started < 1.0, text
    for item in found:
        assert item.entity in KINDS, item
        assert isinstance(item.value, (KINDS[item.entity], int, float)), item
        if item.entity in ("company_size", "budget", "timeline"):
            assert item.value >= 0, item
