"""Pricing-page qualification assistant: everything that is not Rasa glue."""
