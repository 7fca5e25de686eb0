"""Pasting from a coloured log: the words stay in order, escapes show literally, nothing fires a binding."""

from __future__ import annotations

from textual import events

from dojo.tui.paste import PASTE_END, PASTE_START, PasteSafeParser


def parse(*chunks: str) -> list:
    parser = PasteSafeParser()
    found = []
    for chunk in chunks:
        found += list(parser.feed(chunk))
    return found


def test_a_paste_with_ansi_escapes_and_a_bell_is_one_literal_paste():
    pasted = "Sorry about that \x1b[31mRED\x1b[0m colour test here\x07"
    found = parse(PASTE_START + pasted + PASTE_END)
    assert [type(e) for e in found] == [events.Paste]
    assert found[0].text == "Sorry about that ␛[31mRED␛[0m colour test here␇"


def test_the_end_of_a_paste_split_across_reads_is_still_found():
    found = parse(PASTE_START + "one\x1b[1mtwo" + PASTE_END[:3], PASTE_END[3:] + "x")
    assert isinstance(found[0], events.Paste) and found[0].text == "one␛[1mtwo"
    assert [e.key for e in found[1:] if isinstance(e, events.Key)] == ["x"]


def test_keys_outside_a_paste_are_untouched():
    found = parse("\x07")
    assert [e.key for e in found if isinstance(e, events.Key)] == ["ctrl+g"]
