"""Language-neutral boilerplate: ad labels, share buttons, copyright lines, blog furniture."""

from newsbot.extract.lexicon.boilerplate_types import BoilerplatePhrases

PHRASES = BoilerplatePhrases(
    lines=(
        "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "promoted",
        "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet",
        "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "telegram", "email", "print", "copy link",
        "back to top", "scroll to top", "top", "powered by blogger", "newer post", "older post", "home",
        "close", "menu", "search", "loading...", "loading", "subscribe", "skip to content",
    ),
    prefixes=("©", "(c) ", "copyright ©", "copyright (c)", "powered by blogger"),
    patterns=(
        r"\ball rights reserved\b",
        r"^copyright\b.{0,80}\d{4}",
        r"^\W*(?:photo|foto|image|picture|bild|imagen|illustration)\s*:\s*\S+(?:\s\S+){0,4}\W*$",
        # Stand-alone photo credits ("AFP/Getty Images", "REUTERS/Jane Doe"). A bare agency line ("— AFP")
        # is the story's sign-off, not a photo credit: the agency step reads and removes it.
        r"^\W*(?:afp|reuters|ap photo|ap|epa|dpa)\s*/\s*\S+(?:\s\S+){0,3}\W*$",
        r"^\W*(?:getty images|ap photo)\W*$",
        # A teaser blurb ending in its "more" link ("... der Rücktritt ihres Innenministers. mehr").
        r"[.!?\"“”»]\s*(?:mehr|weiterlesen|read more|more|lire la suite|leer más|selengkapnya)\s*$",
        # Unfilled template slots a server left in the article text ("$$ARTICLEAD$$", "{{ad_slot}}").
        r"^(?:\$\$|\{\{|%%)\s*[\w.:-]+\s*(?:\$\$|\}\}|%%)$",
    ),
    end_markers=("powered by blogger", "newer post", "older post"),
    tag_labels=("tags", "tag"),
)
