"""Scenarios: TOML files describing a prospect persona, read as data and never executed."""
