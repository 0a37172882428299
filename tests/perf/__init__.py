"""Benchmarks: ``python -m tests.perf`` (not part of the test suite)."""
