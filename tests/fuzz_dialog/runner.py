"""Plays generated conversations concurrently against Rasa's REST webhook and checks each turn.

Talks to Rasa the way an operator's check does (CONTRACT.md): the REST channel for messages, the
tracker API for the state a client cannot see in the replies (`requested_slot`, `active_loop`).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import statistics
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from tests.fuzz_dialog.generator import PERSONAS, WILLING, Visitor, conversation_seed
from tests.fuzz_dialog.invariants import ASKED_SLOTS, INVARIANTS, Checks, Move, State, Turn, Violation

SHOWN_SLOTS = (*ASKED_SLOTS, "consent", "human_requested", "slots_offered")


@dataclass
class Conversation:
    """One visitor's conversation: kept whole, with its seed, so a failure can be read and replayed."""

    seed: int
    persona: str
    sender: str
    turns: list[Turn] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)

    @property
    def reached_end(self) -> bool:
        return any(t.after.end_state for t in self.turns)


def state_from(tracker: dict[str, Any], messages: list[dict[str, Any]]) -> State:
    """The visible state after a turn: tracker slots and loop, plus the last buttons this turn showed."""
    slots = dict(tracker.get("slots") or {})
    loop = tracker.get("active_loop") or {}
    name = loop.get("name") if isinstance(loop, dict) else loop
    with_buttons = [m for m in messages if m.get("buttons")]
    last = with_buttons[-1] if with_buttons else {}
    return State(
        slots, name or None, slots.get("requested_slot"), list(last.get("buttons") or []), str(last.get("text") or "")
    )


class Client:
    """The two HTTP calls a turn needs."""

    def __init__(self, session: aiohttp.ClientSession, rasa: str, token: str) -> None:
        self.session, self.rasa, self.token = session, rasa.rstrip("/"), token

    async def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        body = {"sender": sender, "message": text, "metadata": {}}
        async with self.session.post(f"{self.rasa}/webhooks/rest/webhook", json=body) as response:
            if response.status != 200:
                raise RuntimeError(f"webhook HTTP {response.status}: {(await response.text())[:200]}")
            return list(await response.json())

    async def tracker(self, sender: str) -> dict[str, Any]:
        async with self.session.get(
            f"{self.rasa}/conversations/{sender}/tracker", params={"token": self.token}
        ) as response:
            if response.status != 200:
                raise RuntimeError(f"tracker HTTP {response.status}: {(await response.text())[:200]}")
            return dict(await response.json())


async def play(client: Client, seed: int) -> Conversation:
    """One conversation from its seed: the visitor moves, the bot answers, the checks look."""
    visitor = Visitor(seed)
    conversation = Conversation(seed, visitor.persona, secrets.token_hex(12))
    checks, state, messages = Checks(), State(), []
    move: Move | None = visitor.opening()
    while move is not None:
        index = len(conversation.turns) + 1
        started = time.perf_counter()
        try:
            messages = await client.say(conversation.sender, move.text)
            seconds = time.perf_counter() - started
            after = state_from(await client.tracker(conversation.sender), messages)
            turn = Turn(index, move, state, messages, after, seconds)
        except (TimeoutError, aiohttp.ClientError, RuntimeError, ValueError) as error:
            turn = Turn(
                index, move, state, [], state, time.perf_counter() - started, f"{type(error).__name__}: {error}"
            )
        conversation.turns.append(turn)
        conversation.violations.extend(checks.turn(turn))
        if turn.error is not None:
            break
        state = turn.after
        move = visitor.next(state, messages)
    conversation.violations.extend(Checks.end(visitor.persona, conversation.turns))
    return conversation


async def run(rasa: str, token: str, seeds: list[int], concurrency: int = 8) -> list[Conversation]:
    """All conversations, at most `concurrency` at a time, in seed order."""
    gate = asyncio.Semaphore(concurrency)
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=concurrency * 2)) as session:
        client = Client(session, rasa, token)

        async def one(seed: int) -> Conversation:
            async with gate:
                return await play(client, seed)

        return list(await asyncio.gather(*(one(seed) for seed in seeds)))


def model_of(rasa: str, token: str) -> str:
    """The model the server has actually loaded (it may be newer than the one trained for us)."""
    try:
        with urllib.request.urlopen(f"{rasa}/status?token={token}", timeout=10) as response:
            return str(json.load(response).get("model_file", "?"))
    except (OSError, ValueError):
        return "?"


def seeds_for(run_seed: int, conversations: int) -> list[int]:
    return [conversation_seed(run_seed, i) for i in range(conversations)]


def render_buttons(buttons: list[dict[str, Any]]) -> str:
    return " [" + " | ".join(f"{b.get('title')} -> {b.get('payload')}" for b in buttons) + "]" if buttons else ""


def transcript(conversation: Conversation) -> str:
    """Both sides of the conversation with buttons, the state after each turn, and the violations."""
    by_turn: dict[int, list[Violation]] = {}
    for violation in conversation.violations:
        by_turn.setdefault(violation.turn, []).append(violation)
    lines = [
        f"--- seed {conversation.seed} persona={conversation.persona} sender={conversation.sender} "
        f"(replay: python -m tests.fuzz_dialog --only-seed {conversation.seed})"
    ]
    for turn in conversation.turns:
        move = turn.move
        tags = (
            move.kind
            + (f":{move.slot}" if move.slot else "")
            + (" typed-title" if move.typed_title else "")
            + (" later-yes" if move.later_yes else "")
        )
        noise = f" <- {move.raw!r}" if move.raw and move.raw != move.text else ""
        lines.append(f"{turn.index:>3} > {move.text!r}{noise}  ({tags})")
        for message in turn.messages:
            lines.append(f"    < {message.get('text') or ''}{render_buttons(message.get('buttons') or [])}")
        if turn.error:
            lines.append(f"    ! {turn.error}")
        known = ", ".join(
            f"{s}={turn.after.slots.get(s)!r}" for s in SHOWN_SLOTS if turn.after.slots.get(s) is not None
        )
        lines.append(f"    . loop={turn.after.active_loop} requested={turn.after.requested_slot} {known}")
        for violation in by_turn.get(turn.index, []):
            lines.append(f"    !! {violation.name}: {violation.detail}")
    return "\n".join(lines)


def report(conversations: list[Conversation], conditions: dict[str, Any], show: int = 3) -> tuple[str, int]:
    """The printed summary (its last line is the one `make fuzz-dialog` promises) and the violation count."""
    turns = [t for c in conversations for t in c.turns]
    violations = Counter(v.name for c in conversations for v in c.violations)
    failing = Counter(name for c in conversations for name in {v.name for v in c.violations})
    total = sum(violations.values())
    lines = ["fuzz-dialog: generated visitors against the running stack", "conditions:"]
    lines += [f"  {key:<14} {value}" for key, value in conditions.items()]
    lines.append("outcomes (end state reached / conversations, by persona):")
    for persona in PERSONAS:
        mine = [c for c in conversations if c.persona == persona]
        if mine:
            mark = "  (checked)" if persona in WILLING else ""
            lines.append(f"  {persona:<24} {sum(c.reached_end for c in mine):>4} / {len(mine):<4}{mark}")
    lines.append("violations by invariant (count, conversations):")
    for name in INVARIANTS:
        lines.append(f"  {name:<24} {violations.get(name, 0):>5}  {failing.get(name, 0):>5}")
    failed = [c for c in conversations if c.violations]
    for conversation in failed[:show]:
        lines.append(transcript(conversation))
    seconds = sorted(t.seconds for t in turns if t.error is None)
    if seconds:
        p95 = seconds[min(len(seconds) - 1, int(len(seconds) * 0.95))]
        lines.append(f"turn latency p50 / p95: {statistics.median(seconds) * 1000:.0f} / {p95 * 1000:.0f} ms")
    if failed:
        lines.append(
            "failing seeds: " + " ".join(str(c.seed) for c in failed[:30]) + (" ..." if len(failed) > 30 else "")
        )
    lines.append(f"fuzz-dialog: {len(conversations)} conversations, {len(turns)} turns, {total} violations")
    return "\n".join(lines), total
