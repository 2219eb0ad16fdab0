"""A lead whose visitor said something the assistant missed: what the inbox and studio tests start from."""

from __future__ import annotations

from bot.qualification.lifecycle import decide_stage
from bot.qualification.policy import Policy
from bot.qualification.score import Answers, score
from bot.recording.recorder import record_events
from bot.storage.db import make_engine, session_factory, transaction
from bot.storage.leads import save_qualified_contact


def lead_with_a_missed_message(db_url: str, policy: Policy, sender: str, answers: Answers, missed: str) -> None:
    """A lead scored on `answers` whose conversation holds `missed`, read as nothing, and the assistant's apology."""
    engine = make_engine(db_url)
    with transaction(session_factory(engine)) as session:
        result = score(answers, policy)
        save_qualified_contact(session, sender, answers, result, decide_stage(answers, result))
        record_events(
            session,
            sender,
            [
                {
                    "event": "user",
                    "timestamp": 1.0,
                    "text": missed,
                    "parse_data": {"intent": {"name": "nlu_fallback", "confidence": 0.2}},
                },
                {"event": "bot", "timestamp": 2.0, "text": "Sorry, I didn't quite get that."},
            ],
        )
    engine.dispose()
