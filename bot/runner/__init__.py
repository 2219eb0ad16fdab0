"""`make run`: train when needed, migrate, start Rasa, the action server and the web app."""
