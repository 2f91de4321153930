"""The pieces of concurrency-guard's Python trial program (see harness.py)."""
