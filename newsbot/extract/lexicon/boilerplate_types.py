"""The shape of one language's boilerplate phrase data (kept apart so every language file is pure data)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BoilerplatePhrases:
    """Phrases that mark page furniture rather than article text, for one language.

    lines: a whole paragraph equal to one of these (case-insensitive, trailing ":" ignored) is dropped.
    prefixes: a paragraph starting with one of these ("Baca juga: ...") is dropped.
    patterns: regular expressions; a short paragraph matching one anywhere is dropped (policy/legal text).
    end_markers: a paragraph equal to one of these starts a comment widget or footer; the rest is dropped.
    tag_labels: labels that introduce a row of topic tags ("TOPIK", "Tags:"); the row goes to `tags`.
    """

    lines: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    end_markers: tuple[str, ...] = ()
    tag_labels: tuple[str, ...] = ()
