from bot.dialog.steering import Steering, first_name, greeting, pick
from bot.wording import variations

BRIDGES = variations("steering.bridges")


def test_the_offer_is_made_after_every_answer_until_discovery_is_done() -> None:
    assert Steering(discovery_done=False, questions_answered=1, declined_at=None).should_offer()
    assert not Steering(discovery_done=True, questions_answered=1, declined_at=None).should_offer()


def test_after_a_decline_the_offer_waits_two_questions_or_buying_intent() -> None:
    assert not Steering(discovery_done=False, questions_answered=2, declined_at=1).should_offer()
    assert Steering(discovery_done=False, questions_answered=3, declined_at=1).should_offer()
    assert Steering(discovery_done=False, questions_answered=2, declined_at=1, buying_signal=True).should_offer()


def test_the_wording_varies_and_never_repeats_the_sentence_just_said() -> None:
    assert len({pick(BRIDGES, turn) for turn in range(3)}) == 3
    for turn in range(6):
        assert pick(BRIDGES, turn, last=BRIDGES[turn % len(BRIDGES)]) != BRIDGES[turn % len(BRIDGES)]


def test_a_returning_visitor_is_greeted_by_first_name() -> None:
    assert greeting(None, "Dana Whitfield").startswith("Hi Dana, welcome back!")
    assert greeting("business", None) == "Hi there! Looking at the Business plan?"
    assert first_name("unknown") == ""


def test_an_offer_let_pass_waits_two_questions_unless_they_show_buying() -> None:
    assert not Steering(discovery_done=False, questions_answered=2, declined_at=None, since_offer=0).should_offer()
    assert not Steering(discovery_done=False, questions_answered=3, declined_at=None, since_offer=1).should_offer()
    assert Steering(discovery_done=False, questions_answered=4, declined_at=None, since_offer=2).should_offer()
    assert Steering(
        discovery_done=False, questions_answered=2, declined_at=None, since_offer=0, buying_signal=True
    ).should_offer()


def test_a_question_of_theirs_at_the_second_ask_gets_the_question_once_more_not_given_up() -> None:
    # "why do you need that?" to the second ask of the email: the email was given up on, unasked
    from bot.dialog.asking import plan_ask

    counts = {"email": 2}
    plan = plan_ask("email", ["person_name", "email", "company"], {}, counts, after_their_question=True)
    assert plan.ask == "email" and plan.given_up == []
    spent = plan_ask("email", ["email"], {}, {"email": 2, "email?": 2}, after_their_question=True)
    assert spent.ask is None and spent.given_up == ["email"]  # free re-asks have their limit too
    assert plan_ask("email", ["email"], {}, counts).given_up == ["email"]  # a failed answer: given up as before
