"""Benchmarks: each prints its figures and the conditions it ran under. Not tests."""
