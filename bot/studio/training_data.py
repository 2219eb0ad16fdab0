"""NLU training examples in data/nlu/: read them, check a label against them, write labels back.

Labels live in a file of their own (`data/nlu/labelled.yml`), so a label never edits a hand-written
file. The file is the training data's truth: a label saved in the inbox is put into it, a label
removed (or erased with the visitor who wrote it) is taken out, and whatever else it holds stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.files import write_whole
from bot.yamlfile import load_yaml

LABELLED_FILE = Path("data") / "nlu" / "labelled.yml"
# Rasa 3.6's annotation of an entity inside an example: [text](entity), [text](entity:value) or [text]{...}
_ANNOTATION_RE = re.compile(r"\[(?P<text>[^\]]+?)\](?:\((?P<entity>[^):]*)[^)]*\)|\{[^}]*\})")
_TRAILING_RE = re.compile(r"[\s.!?,;:…]+$")
MAX_TEXT = 500  # a training example longer than this is a paste, not a message worth learning from


@dataclass(frozen=True)
class Example:
    """One training example as written in a file: its plain text, its intent and where it is."""

    text: str
    intent: str
    file: str


@dataclass(frozen=True)
class EntitySpan:
    """Words of a labelled message that say an entity, e.g. "3-4k a month" says the budget."""

    entity: str
    span: str


@dataclass(frozen=True)
class Label:
    """A message and what it means, as the studio writes it to the training data."""

    text: str
    intent: str
    entities: tuple[EntitySpan, ...] = ()


class LabelError(ValueError):
    """A label that cannot go into the training data; `field` names the form field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def plain_text(example: str) -> str:
    """An example without its entity annotations: "[40k](budget) a year" -> "40k a year"."""
    return _ANNOTATION_RE.sub(lambda found: found.group("text"), example)


def same_words(text: str) -> str:
    """The key two messages share when a model cannot tell them apart: case, spacing and a
    trailing "?" or "!" make no difference to what the visitor meant."""
    return _TRAILING_RE.sub("", " ".join(text.casefold().split()))


def tidy(text: str) -> str:
    """A message as one line of training data: its spacing collapsed, and square brackets made
    round, since Rasa would read "[x](y)" in an example as an entity annotation."""
    return " ".join(text.replace("[", "(").replace("]", ")").split())


def read_examples(nlu_dir: Path, *, skip: Path | None = None) -> list[Example]:
    """Every intent example in the NLU files (the labelled file too, unless skipped)."""
    examples: list[Example] = []
    for path in sorted(nlu_dir.glob("*.yml")):
        if skip is not None and path.resolve() == skip.resolve():
            continue
        document = load_yaml(path.read_text(encoding="utf-8")) or {}
        for block in document.get("nlu") or []:
            if not isinstance(block, dict) or "intent" not in block:
                continue  # synonyms, regexes and lookups are no intent examples
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    examples.append(Example(plain_text(line[2:].strip()), str(block["intent"]), path.name))
    return examples


def label_intents(domain_intents: Iterable[str], examples: Iterable[Example]) -> list[str]:
    """The intents a label may take: the domain's, with a retrieval intent ("faq") given as its
    sub-intents ("faq/pricing"), since Rasa trains a retrieval intent only with one."""
    retrieval = {example.intent.split("/")[0] for example in examples if "/" in example.intent}
    subintents = sorted({example.intent for example in examples if "/" in example.intent})
    plain = [intent for intent in domain_intents if intent not in retrieval and intent != "nlu_fallback"]
    return sorted(plain) + subintents


def contradictions(label: Label, examples: Iterable[Example]) -> list[Example]:
    """Examples that say the same words with another intent: training on both would teach the
    model two answers to one message, and `rasa data validate` refuses such data."""
    key = same_words(label.text)
    return [example for example in examples if same_words(example.text) == key and example.intent != label.intent]


def check(label: Label, intents: Sequence[str], entities: Sequence[str]) -> Label:
    """The label as it will be written, or a LabelError naming the field to mend."""
    text = tidy(label.text)
    if not text:
        raise LabelError("text", "The message is empty: there is nothing to learn from.")
    if len(text) > MAX_TEXT:
        raise LabelError("text", f"The message is longer than {MAX_TEXT} characters; label a shorter one.")
    if label.intent not in intents:
        raise LabelError("intent", f"Choose an intent from the list ('{label.intent}' is not one of them).")
    spans: list[EntitySpan] = []
    for number, item in enumerate(label.entities, start=1):
        span = tidy(item.span)
        if not item.entity and not span:
            continue  # an empty row of the form
        if item.entity not in entities:
            raise LabelError(f"entity-{number}", f"Entity {number}: choose one of {', '.join(entities)}.")
        if not span:
            raise LabelError(f"span-{number}", f"Entity {number}: copy the words that say the {item.entity}.")
        if span.casefold() not in text.casefold():
            raise LabelError(f"span-{number}", f"Entity {number}: '{span}' is not in the message; copy it exactly.")
        spans.append(EntitySpan(item.entity, span))
    return Label(text, label.intent, tuple(spans))


def annotated(label: Label) -> str:
    """The example line with its entities marked the way Rasa reads them."""
    text = label.text
    for item in label.entities:
        start = text.casefold().find(item.span.casefold())
        if start < 0 or "[" in text[start : start + len(item.span)]:
            continue  # not found again, or inside an earlier annotation
        words = text[start : start + len(item.span)]
        text = f"{text[:start]}[{words}]({item.entity}){text[start + len(item.span) :]}"
    return text


def render(labels: Iterable[Label]) -> str:
    """The labelled file: Rasa's NLU format, one block per intent, examples in a stable order."""
    by_intent: dict[str, list[str]] = {}
    for label in labels:
        by_intent.setdefault(label.intent, []).append(annotated(label))
    lines = [
        "# Labels marketers made in the studio (inbox > Studio), who and when in its trail. The studio",
        "# rewrites this file on every label; an edit here is kept, but label there to keep the trail.",
        'version: "3.1"',
        "nlu:",
    ]
    for intent in sorted(by_intent):
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {example}" for example in sorted(set(by_intent[intent]), key=str.casefold)]
    if not by_intent:
        lines[-1] = "nlu: []"
    return "\n".join(lines) + "\n"


def read_labelled(data_repo: Path) -> list[Label]:
    """The labels in the labelled file, their entity annotations as spans."""
    path = data_repo / LABELLED_FILE
    if not path.exists():
        return []
    labels = []
    for block in (load_yaml(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
        for line in str(block.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                example = line[2:].strip()
                spans = tuple(
                    EntitySpan(found.group("entity") or "", found.group("text"))
                    for found in _ANNOTATION_RE.finditer(example)
                )
                labels.append(Label(plain_text(example), str(block["intent"]), spans))
    return labels


def put_label(data_repo: Path, label: Label) -> Path:
    """The label into the labelled file, in place of any label of the same words."""
    key = same_words(label.text)
    return _write(data_repo, [kept for kept in read_labelled(data_repo) if same_words(kept.text) != key] + [label])


def drop_labels(data_repo: Path, texts: Iterable[str]) -> bool:
    """Labels of these words out of the labelled file; False when none was there."""
    keys = {same_words(text) for text in texts}
    labels = read_labelled(data_repo)
    kept = [label for label in labels if same_words(label.text) not in keys]
    if len(kept) == len(labels):
        return False
    _write(data_repo, kept)
    return True


def _write(data_repo: Path, labels: Iterable[Label]) -> Path:
    """Atomically: a training run that reads the file never sees half of it."""
    path = data_repo / LABELLED_FILE
    write_whole(path, render(labels))
    return path
