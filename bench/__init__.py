"""Benchmarks for newsroom-bot (run with `newsroom-bot bench ...`)."""
