"""A seeded conversation fuzzer: generated visitors talk to the running stack while invariants
watch every turn. Written apart from the dialog rules, so it plays what a stranger would type.
`python -m tests.fuzz_dialog --help` runs it; `make fuzz-dialog` runs 2,000 conversations."""
