"""How well a model understands visitors, measured the same way for a studio candidate and the live
model so the page can set them side by side and refuse a worse one.

- intents: the held-out intent batches not yet learnt (tests/nlu/heldout_intents*.yml; once scored, a batch
  may join data/phrasings/, which the blended intent reader learns from), right
  at the FallbackClassifier threshold of the model's config (below it, only out_of_scope is right);
- stories: the test stories (tests/stories) the model's policies predict exactly.
Entities are read by rules (bot/nlu), which training does not change, so they are not scored here.
Rasa is imported inside the functions: the web app, which only reads scores, has no Rasa.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.settings import PROJECT_ROOT
from bot.studio.scores import Score
from bot.yamlfile import load_yaml

if TYPE_CHECKING:
    from rasa.core.agent import Agent

INTENT_BATCHES = "tests/nlu/heldout_intents*.yml"
TEST_STORIES = "tests/stories"


def scoring_sets_digest(root: Path = PROJECT_ROOT) -> str:
    """Of the phrasings and stories a model is scored on: a kept score counts only for the same sets."""
    digest = hashlib.sha256()
    for path in [*sorted(root.glob(INTENT_BATCHES)), *sorted((root / TEST_STORIES).glob("*.yml"))]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def threshold_in(config: Path) -> float:
    document = load_yaml(config.read_text(encoding="utf-8"))
    return float(next(c["threshold"] for c in document["pipeline"] if c["name"] == "FallbackClassifier"))


def right(expected: str, intent: str, confidence: float, threshold: float) -> bool:
    if confidence < threshold:
        return expected == "out_of_scope"
    return intent == expected or (expected == "out_of_scope" and intent == "nlu_fallback")


def load_agent(model: Path) -> Agent:
    """The model loaded as the running assistant loads it (with our Rasa plugins), quietly: scoring
    parses thousands of messages, and Rasa's default logging writes a debug line for each."""
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    from bot.runner.rasa_cli import install_plugins

    configure_structlog(logging.WARNING)
    logging.getLogger("rasa").setLevel(logging.WARNING)
    install_plugins()
    return Agent.load(str(model))


_BATCH = 256


async def top_intents(agent: Agent, texts: list[str]) -> list[tuple[str, float]]:
    """Each text's best intent other than the fallback (a retrieval intent by its name: faq), and its confidence.

    The texts go through the model's NLU graph a batch at a time up to the intent classifier's input, and the
    classifier reads each batch in one pass of its network, where `process` runs it once per message: the same
    readings (the scores of a studio candidate are compared with the live model's) in a third of the time, which
    is most of a candidate's scoring. What follows the classifier (the response selector, the fallback
    classifier) changes no intent's name or confidence. Rasa 3.6 internals used: `MessageProcessor.graph_runner`
    and its instantiated nodes, `model_metadata.predict_schema`, and DIETClassifier's `_create_model_data`,
    `model.run_inference` and `_predict_label`, which its `process` calls per message; our blended reader
    (bot/nlu/component.py) then re-ranks the batch as its `process` does."""
    from rasa.core.channels.channel import UserMessage
    from rasa.engine.constants import PLACEHOLDER_MESSAGE, PLACEHOLDER_TRACKER
    from rasa.shared.core.trackers import DialogueStateTracker

    processor = agent.processor
    assert processor is not None, "the agent has no model loaded"
    tracker = DialogueStateTracker.from_events("scoring", [], slots=processor.domain.slots)
    schema = processor.model_metadata.predict_schema
    classifier_node = str(_node_of(schema, "DIETClassifier"))
    feed = schema.nodes[classifier_node].needs["messages"]
    classifier = _component(processor, classifier_node)
    blend_node = _node_of(schema, "BlendedIntentClassifier", required=False)
    blender = _component(processor, blend_node) if blend_node else None
    parsed = []
    for first in range(0, len(texts), _BATCH):
        messages = [UserMessage(text) for text in texts[first : first + _BATCH]]
        featurized = processor.graph_runner.run(
            inputs={PLACEHOLDER_MESSAGE: messages, PLACEHOLDER_TRACKER: tracker}, targets=[feed]
        )[feed]
        scores = classifier.model.run_inference(
            classifier._create_model_data(featurized, training=False), batch_size=64, output_keys_expected=["i_scores"]
        )["i_scores"]
        rankings = [classifier._predict_label({"i_scores": row})[1] for row in scores]
        if blender is not None:
            rankings = blender.blended(featurized, rankings)
        for ranking in rankings:
            top = next(r for r in ranking if r["name"] != "nlu_fallback")
            parsed.append((str(top["name"]).split("/")[0], float(top["confidence"])))
    return parsed


def _node_of(schema: Any, component: str, required: bool = True) -> str | None:
    found = [name for name, node in schema.nodes.items() if getattr(node.uses, "__name__", "") == component]
    if required and not found:
        raise ValueError(f"the model has no {component}")
    return found[0] if found else None


def _component(processor: Any, node_name: str) -> Any:
    node = processor.graph_runner._instantiated_nodes[node_name]
    if node._component is None:
        node._load_component()
    return node._component


async def score(model: Path, config: Path, root: Path = PROJECT_ROOT) -> Score:
    return await score_agent(load_agent(model), config, root)


async def score_agent(agent: Agent, config: Path, root: Path = PROJECT_ROOT) -> Score:
    from rasa.core.test import test as test_stories

    cases = [case for batch in sorted(root.glob(INTENT_BATCHES)) for case in load_yaml(batch.read_text())["cases"]]
    threshold = threshold_in(config)
    parsed = await top_intents(agent, [str(case["text"]) for case in cases])
    intents_right = sum(right(c["intent"], i, p, threshold) for c, (i, p) in zip(cases, parsed, strict=True))
    stories = root / TEST_STORIES
    total = sum(len((load_yaml(f.read_text()) or {}).get("stories") or []) for f in sorted(stories.glob("*.yml")))
    with tempfile.TemporaryDirectory() as out:
        await test_stories(str(stories), agent, out_directory=out, disable_plotting=True)
        failed = load_yaml((Path(out) / "failed_test_stories.yml").read_text()) or {}
    failures = len(failed.get("stories") or []) if isinstance(failed, dict) else 0
    return {"intents": [intents_right, len(cases)], "stories": [total - failures, total]}


def scores_of(model: Path, config: Path, cache: Path, agent: Agent | None = None) -> Score:
    """Scores of a model, kept by its content and the scoring sets: the live model is scored once on the
    machine, not at every training (`make train` scores the model it trains)."""
    import asyncio
    import json

    with model.open("rb") as file:
        content = hashlib.file_digest(file, "sha256").hexdigest()
    kept = cache / f"{content[:24]}.{scoring_sets_digest()}.json"
    if kept.exists():
        result: Score = json.loads(kept.read_text())
        return result
    result = asyncio.run(score_agent(agent or load_agent(model), config))
    cache.mkdir(parents=True, exist_ok=True)
    kept.write_text(json.dumps(result))
    return result


def main(argv: list[str]) -> int:
    """`python -m bot.runner.scoring MODEL`: score a model into the shared cache, as the studio would. `make
    train` runs it once per trained model, so the studio's first candidate does not wait for the live model's
    scores (about 20 s of label to live)."""
    from bot.settings import get_settings, shared_cache_dir

    scores = scores_of(Path(argv[1]), PROJECT_ROOT / "config.yml", shared_cache_dir(get_settings()) / "scores")
    (intents, phrasings), (stories, of) = scores["intents"], scores["stories"]
    print(f"scores: intents {intents}/{phrasings}, stories {stories}/{of}")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
