"""Crash-safety tests: the writing process is killed at random moments."""
