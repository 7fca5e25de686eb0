"""Giving the C heap's free pages back once a conversation's long-lived heap is built."""

from __future__ import annotations

import sys

from dojo.tui import heap


def test_free_pages_go_back_where_the_c_library_can_do_it():
    if sys.platform.startswith("linux"):
        import ctypes

        has_trim = hasattr(ctypes.CDLL(None), "malloc_trim")
        assert heap.release_free_memory() is has_trim
    assert heap.release_free_memory() in (True, False)  # and it can be asked again


def test_elsewhere_nothing_is_asked_and_nothing_fails(monkeypatch):
    monkeypatch.setattr(heap.sys, "platform", "darwin")
    assert heap.release_free_memory() is False
