"""The app's visual language in one place: how scores, gains, losses and outcomes look.

Every piece of text that came from a trainee or a scenario file goes through
`literal`, which returns Content (never markup), so `[bold]` and ANSI escapes
show exactly as typed.
"""

from __future__ import annotations

from textual.content import Content

from dojo.text import visible

GAIN = "$text-success"
LOSS = "$text-error"
MUTED = "$text-muted"
ACCENT = "$text-accent"
#: The unfilled part of a score bar: visible on both themes, quieter than any score colour.
TRACK = "$foreground-disabled"

DIMENSION_TITLES = {"reciprocity": "Reciprocity", "pathway": "Pathway", "chasing": "Chasing"}

RESULTS = {
    "win": ("WIN", "$text-success"),
    "loss": ("LOSS", "$text-error"),
    "neutral": ("NEUTRAL", "$text-warning"),
    "unfinished": ("ENDED EARLY", "$text-muted"),
}


def literal(text: str, style: str = "") -> Content:
    """Untrusted text, shown as typed: control characters made visible, markup left alone."""
    return Content.styled(visible(text), style) if style else Content(visible(text))


#: A 0–100 score's band and its colour: good from 80, fair from 50, poor below.
BAND_COLOURS = {"good": "$success", "fair": "$warning", "poor": "$error"}


def score_band(value: int) -> str:
    return "good" if value >= 80 else "fair" if value >= 50 else "poor"


def score_style(value: int) -> str:
    """Colour of a 0–100 score: green when good, amber when fair, red when poor."""
    return BAND_COLOURS[score_band(value)]


def score_text_style(value: int) -> str:
    return score_style(value).replace("$", "$text-")


def delta_content(delta: int, unchanged: str = "• 0") -> Content:
    """A change in score: `▲ +15` in green, `▼ −10` in red, `unchanged` muted."""
    if delta > 0:
        return Content.styled(f"▲ +{delta}", f"bold {GAIN}")
    if delta < 0:
        return Content.styled(f"▼ −{-delta}", f"bold {LOSS}")
    return Content.styled(unchanged, MUTED)


def grade_content(overall: int) -> Content:
    from dojo.coach.scores import grade  # the coach loads with the first score shown, not at start-up

    return Content.styled(f" {grade(overall)} ", f"bold reverse {score_text_style(overall)}")


def result_content(result: str) -> Content:
    label, style = RESULTS.get(result, (result.upper(), MUTED))
    return Content.styled(f" {label} ", f"bold reverse {style}")


def outcome_content(result: str, title: str, gap: str = "  ") -> Content:
    """The result's badge and the ending's title, the title left out when it only repeats the badge
    (an ended-early session is titled "Ended early", which read "ENDED EARLY  Ended early")."""
    label, _ = RESULTS.get(result, (result.upper(), MUTED))
    if " ".join(title.split()).casefold() == label.casefold():
        return result_content(result)
    return Content.assemble(result_content(result), gap, literal(title, "bold"))


def difficulty_content(level: int) -> Content:
    level = max(0, min(5, level))
    return Content.assemble(("●" * level, "$text-warning"), ("○" * (5 - level), MUTED))


def first_sentence(text: str) -> str:
    """The one-line version of a summary: up to the first full stop (or all of it)."""
    flat = " ".join(text.split())
    for stop in (". ", "! ", "? "):
        at = flat.find(stop)
        if 0 < at < len(flat) - 2:
            flat = flat[: at + 1]
    return flat


def turns_old(age: int) -> str:
    if age <= 0:
        return "this turn"
    return f"{age} turn{'s' if age != 1 else ''} old"
