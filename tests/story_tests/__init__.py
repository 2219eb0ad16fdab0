"""The dialog as Rasa test stories (the stories are in tests/stories/): `rasa test core` on the trained
model, and `make eval-stories`, the held-out ones with and without TEDPolicy."""
