"""Rasa adapter: a policy that lets the conversation's context decide before intents do.

Rules key on the intent of one message; this policy reads the reply the way a person would
(bot/dialog/turns.py) and, when that reading settles it, predicts the turn itself: a reply to a
pending question goes to the form whatever its intent, a request for a person or a buying signal
is acted on in any state, and a later "yes" starts discovery. It outranks the rules
(priority 7 > 6) only when it predicts; otherwise it abstains and the rules decide.

A turn it starts may take two actions (answer, then ask the pending question again): the rest of
its plan is kept in the `turn_plan` slot, so the next step does not depend on a rule existing
for whatever intent the classifier gave.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecutionRejected, SlotSet
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.dialog.answers import CONTACT_SLOTS, DISCOVERY_SLOTS
from bot.dialog.turns import Reading, read_reply, reply_from

FORMS = ("qualification_form", "contact_form")
PLAN_SLOT = "turn_plan"
_ANSWERED_BY_RULES = {"faq", "compare", "explain"}  # questions the rules already answer, then re-ask
_YES_INTENTS = {"affirm", "start_discovery"}


def plan_turn(message: dict[str, Any], slots: dict[str, Any], form: str | None, *, form_stepped_aside: bool = False) -> list[str] | None:
    """The actions of this turn when the context settles it, else None (the rules decide).

    While a form asks a question, the form runs first (Rasa's rule for active loops) and its
    validator claims the reply when it is an answer; only when the form steps aside (it rejected
    the turn) does this plan a request for a person or an answer, then the question again."""
    if form == "erasure_form":
        return None
    requested = slots.get("requested_slot") if form in FORMS else None
    reading = read_reply(reply_from(message, requested))
    intent = str((message.get("intent") or {}).get("name") or "")
    if form in FORMS:
        if not (requested and form_stepped_aside):
            return None
        if reading is Reading.HUMAN:
            return ["action_request_human", str(form)]
        if reading is Reading.QUESTION and intent not in _ANSWERED_BY_RULES:
            return ["action_answer", str(form)]
        if intent in ("nlu_fallback", "out_of_scope"):
            return ["action_fallback", str(form)]  # an honest "didn't get that", then the question again
        return None
    if form is not None or slots.get("slots_offered"):
        return None
    if reading is Reading.HUMAN:
        return ["action_request_human", "action_offer_discovery"]
    discovery_open = any(slots.get(slot) is None for slot in DISCOVERY_SLOTS)
    if reading is Reading.BUYING:
        return ["action_buying_signal", *_next_step(slots, discovery_open)]
    offered = slots.get("discovery_offer") or slots.get("declined_at") is not None
    if discovery_open and offered and intent in _YES_INTENTS:
        return ["qualification_form"]  # a later "yes" wins, also after a "not now"
    return None


def _next_step(slots: dict[str, Any], discovery_open: bool) -> list[str]:
    if discovery_open:
        return ["qualification_form"]
    if slots.get("consent") is not False and any(slots.get(slot) in (None,) for slot in CONTACT_SLOTS):
        return ["contact_form"]
    return ["action_request_human"]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class TurnPolicy(Policy):
    """See the module docstring. Nothing to learn: `train` keeps nothing."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": 7}

    def train(self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(self, tracker: DialogueStateTracker, domain: Domain,
                                     rule_only_data: dict[str, Any] | None = None, **kwargs: Any) -> PolicyPrediction:
        slots = tracker.current_slot_values()
        stale = [SlotSet(PLAN_SLOT, None)] if slots.get(PLAN_SLOT) is not None else []
        abstain = self._prediction(self._default_predictions(domain), events=stale)
        rejected = bool(tracker.events) and isinstance(tracker.events[-1], ActionExecutionRejected)
        if tracker.latest_action_name == ACTION_LISTEN_NAME:
            if tracker.latest_message is None or not tracker.latest_message.text:
                return abstain
            plan = plan_turn(tracker.latest_message.parse_data, slots, tracker.active_loop_name,  # type: ignore[arg-type]
                             form_stepped_aside=rejected)
            if not plan or (rejected and plan[0] == tracker.events[-1].action_name):  # type: ignore[attr-defined]
                return abstain
            return self._predict(domain, plan[0], plan[1:])
        remaining = slots.get(PLAN_SLOT)
        if not isinstance(remaining, list):
            return abstain
        if not remaining:
            return self._predict(domain, ACTION_LISTEN_NAME, [])
        return self._predict(domain, str(remaining[0]), remaining[1:])

    def _predict(self, domain: Domain, action: str, rest: list[str]) -> PolicyPrediction:
        if action not in domain.action_names_or_texts:
            return self._prediction(self._default_predictions(domain), events=[SlotSet(PLAN_SLOT, None)])
        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(action)] = 1.0
        # after a form or a listen the rules take over again (a finished form leads on to the next step)
        done = action in FORMS or action == ACTION_LISTEN_NAME
        return self._prediction(probabilities, events=[SlotSet(PLAN_SLOT, None if done and not rest else rest)])
