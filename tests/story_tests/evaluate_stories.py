"""`make eval-stories`: held-out test stories predicted with and without TEDPolicy, beside the cost.

The dialog runs on rules and memoization. Whether a learned policy (TED) is worth its latency is
decided by two numbers measured here in one run on the same data:
- how many held-out stories (tests/stories/heldout_openings.yml, never in the training data)
  each variant predicts exactly (`rasa test core`);
- the time one next-action prediction takes on the full tracker of each of those stories.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from bot.settings import PROJECT_ROOT
from bot.yamlfile import load_yaml

HELD_OUT = PROJECT_ROOT / "tests" / "stories" / "heldout_openings.yml"
TED = {"name": "TEDPolicy", "max_history": 5, "epochs": 50, "constrain_similarities": True, "random_seed": 42}
PREDICTIONS_PER_STORY = 20


def variant_config(with_ted: bool) -> dict[str, Any]:
    config = load_yaml((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))
    config["policies"] = [p for p in config["policies"] if p["name"] != "TEDPolicy"]
    if with_ted:
        config["policies"].append(TED)
    return config


def train(config: dict[str, Any], workdir: Path, name: str) -> Path:
    config_path = workdir / f"{name}.yml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "rasa",
            "train",
            "--config",
            str(config_path),
            "--domain",
            "domain.yml",
            "--data",
            "data",
            "--out",
            str(workdir),
            "--fixed-model-name",
            name,
        ],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    print(f"  trained {name} in {time.monotonic() - started:.0f}s", flush=True)
    return workdir / f"{name}.tar.gz"


def failed_stories(model: Path, out: Path) -> int:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.runner.rasa_cli",
            "test",
            "core",
            "--model",
            str(model),
            "--stories",
            str(HELD_OUT),
            "--out",
            str(out),
        ],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    failed = out / "failed_test_stories.yml"
    if not failed.exists():
        return 0
    data = load_yaml(failed.read_text(encoding="utf-8")) or {}
    return len(data.get("stories") or [])


async def prediction_ms(model: Path) -> list[float]:
    """Milliseconds for one next-action prediction on each held-out story's full tracker."""
    from rasa.core.agent import load_agent
    from rasa.shared.core.generator import TrainingDataGenerator
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
    from rasa.shared.core.training_data.structures import StoryGraph

    agent = await load_agent(model_path=str(model))
    assert agent.processor is not None
    domain = agent.domain
    steps = YAMLStoryReader(domain).read_from_file(str(HELD_OUT))
    trackers = TrainingDataGenerator(
        StoryGraph(steps), domain, augmentation_factor=0, use_story_concatenation=False
    ).generate_story_trackers()
    timings = []
    for story in trackers:
        tracker = DialogueStateTracker.from_events(story.sender_id, list(story.events), domain.slots)
        for _ in range(PREDICTIONS_PER_STORY):
            started = time.perf_counter()
            agent.processor.predict_next_with_tracker(tracker)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def main() -> int:
    total = len(load_yaml(HELD_OUT.read_text(encoding="utf-8"))["stories"])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for name, with_ted in (("rules-memo", False), ("rules-memo-ted", True)):
            model = train(variant_config(with_ted), workdir, name)
            failed = failed_stories(model, workdir / f"{name}-results")
            timings = asyncio.run(prediction_ms(model))
            rows.append((name, total - failed, statistics.median(timings), statistics.quantiles(timings, n=20)[18]))
    print(f"eval-stories: {total} held-out stories ({HELD_OUT.relative_to(PROJECT_ROOT)})")
    print(f"  {'policies':16} {'passed':>10} {'predict p50':>12} {'predict p95':>12}")
    for name, passed, p50, p95 in rows:
        print(f"  {name:16} {passed:>4}/{total:<5} {p50:>9.1f} ms {p95:>9.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
