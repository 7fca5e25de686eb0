"""The practice app: a Textual shell that renders the engine's events. Nothing runs at import."""
