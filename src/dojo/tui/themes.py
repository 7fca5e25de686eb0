"""dojo's two themes. Rep lines use primary, the prospect secondary, the coach accent;
gains are success-green and losses error-red in both."""

from __future__ import annotations

from textual.theme import Theme

DARK = "dojo-dark"
LIGHT = "dojo-light"


def themes() -> list[Theme]:
    return [
        Theme(
            name=DARK, dark=True,
            primary="#4C8DFF", secondary="#B98AE0", accent="#F2B33D",
            success="#3FB950", error="#F2545B", warning="#E3A008",
            foreground="#E6E8EE", background="#12141A", surface="#191C24", panel="#252A36",
        ),
        Theme(
            name=LIGHT, dark=False,
            primary="#1D5BD6", secondary="#8446A8", accent="#A86A00",
            success="#1A7F37", error="#C8232C", warning="#9A6700",
            foreground="#1F2328", background="#F4F5F8", surface="#FFFFFF", panel="#E1E5EC",
        ),
    ]
