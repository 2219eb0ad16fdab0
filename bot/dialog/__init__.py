"""Dialog rules that are not Rasa glue: checking answers, wording helpers."""
