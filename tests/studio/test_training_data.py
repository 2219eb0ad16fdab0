"""The studio's training data file: what a label becomes, and what refuses it."""

from pathlib import Path

import pytest

from bot.studio.training_data import (
    EntitySpan,
    Example,
    Label,
    LabelError,
    check,
    contradictions,
    drop_labels,
    label_intents,
    put_label,
    read_examples,
    read_labelled,
)

INTENTS = ["affirm", "faq/pricing", "inform", "start_discovery"]
ENTITIES = ["budget", "company_size"]


def test_an_example_is_read_without_its_entity_annotations(tmp_path: Path) -> None:
    (tmp_path / "a.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: inform\n  examples: |\n    - we have [40k](budget) a year\n'
        "- synonym: usd\n  examples: |\n    - dollars\n"
    )
    assert read_examples(tmp_path) == [Example("we have 40k a year", "inform", "a.yml")]


def test_a_retrieval_intent_is_offered_by_its_sub_intents() -> None:
    examples = [Example("how much", "faq/pricing", "faq.yml"), Example("sso?", "faq/security", "faq.yml")]
    assert label_intents(["faq", "inform", "nlu_fallback"], examples) == ["inform", "faq/pricing", "faq/security"]


def test_the_same_words_under_another_intent_contradict_whatever_the_case_and_the_question_mark() -> None:
    examples = [Example("Sounds good", "affirm", "basics.yml"), Example("sounds good", "inform", "x.yml")]
    assert contradictions(Label("sounds good!", "inform"), examples) == [examples[0]]


@pytest.mark.parametrize(
    ("label", "field"),
    [
        (Label("   ", "inform"), "text"),
        (Label("hi", "greet"), "intent"),
        (Label("we have 40k", "inform", (EntitySpan("price", "40k"),)), "entity-1"),
        (Label("we have 40k", "inform", (EntitySpan("budget", ""),)), "span-1"),
        (Label("we have 40k", "inform", (EntitySpan("", ""), EntitySpan("budget", "50k"))), "span-2"),
    ],
)
def test_a_wrong_label_names_the_field_to_mend(label: Label, field: str) -> None:
    with pytest.raises(LabelError) as refused:
        check(label, INTENTS, ENTITIES)
    assert refused.value.field == field


def test_a_label_is_written_with_its_entities_annotated_and_read_back(tmp_path: Path) -> None:
    label = check(
        Label("we're  ~30 ppl, budget 3-4k a month [approx]", "inform", (EntitySpan("budget", "3-4K a month"),)),
        INTENTS,
        ENTITIES,
    )
    put_label(tmp_path, label)
    text = (tmp_path / "data/nlu/labelled.yml").read_text()
    assert "    - we're ~30 ppl, budget [3-4k a month](budget) (approx)\n" in text  # brackets made round
    assert read_labelled(tmp_path) == [
        Label("we're ~30 ppl, budget 3-4k a month (approx)", "inform", (EntitySpan("budget", "3-4k a month"),))
    ]


def test_labelling_the_same_words_again_replaces_the_label_and_dropping_takes_it_out(tmp_path: Path) -> None:
    put_label(tmp_path, Label("kick the tires first", "inform"))
    put_label(tmp_path, Label("yes please", "affirm"))
    put_label(tmp_path, Label("Kick the tires first?", "start_discovery"))
    assert [(label.text, label.intent) for label in read_labelled(tmp_path)] == [
        ("yes please", "affirm"),
        ("Kick the tires first?", "start_discovery"),
    ]
    assert drop_labels(tmp_path, ["kick the tires first"]) is True
    assert drop_labels(tmp_path, ["never labelled"]) is False
    assert read_labelled(tmp_path) == [Label("yes please", "affirm")]
