"""Telling leads from prospects: the editable policy, the score and the stage."""
