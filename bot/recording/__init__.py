"""Recording the whole two-way exchange from Rasa's event stream."""
