"""The application layer: one module per use case, each one transaction (bot/app/database.py).

The web app and the actions translate HTTP requests and trackers into these calls; the SQL and
the rules they need live here and below, so neither door grows its own copy.
"""
