from __future__ import annotations

from newsbot.extract.types import Image


def pull_caption_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[Image]]:
    return paragraphs, []
