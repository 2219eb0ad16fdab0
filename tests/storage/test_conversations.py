"""The conversation row is made by whoever sees the chat first: the transcript writer, a turn
asking for a person, a lead being saved. When two of them see it at the same moment, both must
end up with the one row, and neither turn may fail."""

import threading

import pytest
from sqlalchemy import func, select

from bot.storage.conversations import conversation_for
from bot.storage.db import make_engine, session_factory, transaction
from bot.storage.models import Conversation

pytestmark = pytest.mark.clock  # a new row takes the time it was made: rerun by scripts/clock-matrix.sh
WRITERS = 8


def test_writers_seeing_a_new_chat_at_the_same_moment_share_one_row(db_url: str) -> None:
    engine = make_engine(db_url)
    sessions = session_factory(engine)
    start = threading.Barrier(WRITERS)
    ids: list[int] = []
    errors: list[BaseException] = []

    def writer(round_: int) -> None:
        try:
            start.wait()
            with transaction(sessions) as session:
                ids.append(int(conversation_for(session, f"visitor-race-{round_}").id))
        except BaseException as error:
            errors.append(error)

    for round_ in range(5):
        threads = [threading.Thread(target=writer, args=(round_,)) for _ in range(WRITERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    with transaction(sessions) as session:
        rows = session.execute(select(func.count()).select_from(Conversation)).scalar_one()
    engine.dispose()
    assert errors == []
    assert rows == 5 and len(set(ids)) == 5 and len(ids) == 5 * WRITERS
