"""Reusable widgets: the chat log, the coach panel and the reply box."""
