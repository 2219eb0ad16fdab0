"""The marketer's learning loop: what a labelled message becomes in the training data files.

Pure file logic (no database, no web): reading the NLU examples marketers and the studio write,
finding a label that contradicts one, and writing the labels back in Rasa's own format, so the
repository stays the source of truth.
"""
