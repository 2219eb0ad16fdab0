"""Editing the assistant's wording from the studio: a response's texts and buttons, checked as
`make validate` checks them (placeholders the assistant fills, payloads naming real intents and
entities, braces), written to DATA_REPO/domain.yml and put in the studio's trail."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from bot.app.database import Database
from bot.clock import utcnow
from bot.settings import PROJECT_ROOT
from bot.storage import labels as trail
from bot.studio import responses
from bot.studio.responses import Problem, Variation


class ResponseRefused(Exception):
    """Nothing was written; each problem names its form field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Editable:
    name: str
    variations: list[Variation]
    fills: list[str]  # the placeholders its texts may use


def _domain(data_repo: Path) -> Path:
    return data_repo / "domain.yml"


def _words(data_repo: Path) -> responses.Vocabulary:
    return responses.vocabulary(_domain(data_repo), responses.given_by_actions(PROJECT_ROOT / "actions"))


def all_responses(data_repo: Path) -> dict[str, list[Variation]]:
    return responses.responses(_domain(data_repo))


def editable(data_repo: Path, name: str) -> Editable | None:
    variations = all_responses(data_repo).get(name)
    if variations is None:
        return None
    words = _words(data_repo)
    return Editable(name, variations, sorted(words.given.get(name, frozenset())) or ["a slot's name"])


async def edit(database: Database, data_repo: Path, name: str, variations: list[Variation], *, user: str) -> None:
    if name not in all_responses(data_repo):
        raise ResponseRefused([Problem("text-1", f"there is no response {name} in domain.yml")])
    problems = responses.check(name, variations, _words(data_repo))
    if problems:
        raise ResponseRefused(problems)
    now = utcnow()
    detail = {"text": name, "response": name, "texts": [v.text for v in variations]}

    def work(session: Session) -> None:
        trail.audit(session, user, "edit wording", detail, now)
        session.flush()  # the trail row is in before the file changes: a file that cannot be written saves neither
        responses.write(_domain(data_repo), name, variations)

    await database.run(work)
