"""Rasa custom actions: thin adapters that read the tracker, call `bot/`, return events."""
