"""Everything that plugs into Rasa 3.6 itself, in one place: read this before upgrading Rasa.

Each module's docstring lists what it overrides or relies on; in short:
- lock_store: `rasa.core.lock_store.RedisLockStore` (overrides issue_ticket, update_lock,
  finish_serving, cleanup; uses `red`, `key_prefix`), `rasa.core.lock.TicketLock`, `LOCK_LIFETIME`.
- tracker_store: `rasa.core.tracker_store.SQLTrackerStore` (overrides retrieve, save; uses
  `engine`, `sessionmaker`, `SQLEvent`, `session_scope`, private `_event_query` and
  `_stream_new_events`, `stream_events`), `DialogueStateTracker.from_dict`.
- broker: `rasa.core.brokers.broker.EventBroker` (from_endpoint_config, publish, is_ready, close).
- erasure_channel: `rasa.core.channels.channel.InputChannel`, `request.app.ctx.agent`, the
  private `_tracker_store` of Rasa's `FailSafeTrackerStore` and `AwaitableTrackerStore`,
  `agent.lock_store.lock`.
- action_response: replaces the private `rasa.core.actions.action.RemoteAction._validate_action_result`;
  uses `RemoteAction.action_response_format_spec` and `rasa.shared.constants.DOCS_BASE_URL`.
- event_types: wraps `rasa.shared.core.events.Event.resolve_by_type` (remembers found classes by
  `type_name`).
- model_loading: replaces `rasa.utils.tensorflow.models.RasaModel.load` (an eager one-example fit
  builds the weights; uses `RasaBatchDataGenerator`, `run_inference`, the learning_rate and
  run_eagerly config keys).
- rest_channel: `rasa.core.channels.rest.RestInput` (name, blueprint), `UserMessage.text`,
  `sender_id` and `output_channel.messages` (`CollectingOutputChannel`).

Rasa finds them by the class paths in endpoints.yml (tracker store, broker), credentials.yml
(the two channels) and bot/runner/endpoints.py (the lock store when REDIS_URL is set);
bot/runner/rasa_server.py installs action_response, event_types and model_loading. Tests: tests/rasa_plugins/.
"""
