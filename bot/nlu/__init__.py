"""Understanding visitors' own words: entity extraction and normalization."""
