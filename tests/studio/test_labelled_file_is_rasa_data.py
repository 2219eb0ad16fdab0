"""What the studio writes is training data Rasa reads as meant: the intents, and the entities at their words."""

from pathlib import Path

from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

from bot.studio.training_data import EntitySpan, Label, put_label


def test_rasa_reads_the_labels_with_their_intents_and_entities(tmp_path: Path) -> None:
    put_label(
        tmp_path,
        Label("we're ~30 ppl, budget 3-4k a month (approx)", "inform", (EntitySpan("budget", "3-4k a month"),)),
    )
    put_label(tmp_path, Label("do u do monthly billing", "faq/pricing"))
    put_label(tmp_path, Label("kick the tires first: 2 weeks?", "start_discovery"))
    data = RasaYAMLReader().read(tmp_path / "data/nlu/labelled.yml")
    read = {(m.get("text"), m.get("intent")): m.get("entities", []) for m in data.intent_examples}
    assert set(read) == {
        ("we're ~30 ppl, budget 3-4k a month (approx)", "inform"),
        ("do u do monthly billing", "faq"),
        ("kick the tires first: 2 weeks?", "start_discovery"),
    }
    [budget] = read[("we're ~30 ppl, budget 3-4k a month (approx)", "inform")]
    assert (budget["entity"], budget["value"]) == ("budget", "3-4k a month")
