"""English boilerplate: related links, newsletter boxes, comment widgets, editorial policy lines."""

from newsbot.extract.lexicon.boilerplate_types import BoilerplatePhrases

PHRASES = BoilerplatePhrases(
    lines=(
        "related", "related articles", "related stories", "related coverage", "related content", "more stories",
        "read more", "read next", "recommended", "recommended for you", "most popular", "most read", "trending",
        "comments", "leave a comment", "leave a reply", "no comments", "show comments", "view comments",
        "sign up", "sign up for our newsletter", "subscribe to our newsletter", "newsletter",
        "scroll to continue with content", "continue reading", "continue reading below", "story continues below",
        "article continues below", "story continues below advertisement", "topics", "follow us",
        "sign in or create an account", "about the author", "sign up here", "subscribe here", "subscribe now",
    ),
    prefixes=(
        "read also", "read more:", "read more about", "also read", "related:", "related coverage",
        "see also:", "recommended:", "more:", "click here to", "sign up for", "subscribe to", "get the latest",
        "follow us on", "our standards:", "join the conversation", "watch:", "listen:", "you may also like",
        "we apologize, but this video has failed to load", "got a story?", "like this story? share it",
        "for more stories like this", "have a tip?", "enjoying our latest content?",
        # Share-button labels, audio players and paywall prompts printed as text.
        "click to share on", "listen to this article", "already a subscriber?", "support our journalism",
    ),
    patterns=(
        r"\bour standards:\s*the thomson reuters trust principles\b",
        r"\bthis material may not be published, broadcast, rewritten,? or redistributed\b",
        r"\bsign up for (?:our|the) [\w\s]{0,40}newsletters?\b",
        r"\bsigning up (?:to|for) our\b.{0,40}\bnewsletters?\b",
        r"^follow [\w.]+(?: [\w.]+){0,2} on (?:twitter|facebook|instagram|x|google news)\b",
        r"^(?:updated|published|posted)\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$",
    ),
    end_markers=("comments", "leave a comment", "leave a reply", "no comments", "about the author"),
    tag_labels=("tags", "topics", "filed under", "related topics", "more on"),
)
