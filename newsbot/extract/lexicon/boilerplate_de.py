"""German boilerplate: "Lesen Sie auch", newsletter boxes, comment widgets, ad labels."""

from newsbot.extract.lexicon.boilerplate_types import BoilerplatePhrases

PHRASES = BoilerplatePhrases(
    lines=(
        "anzeige", "werbung", "teilen", "artikel teilen", "kommentare", "mehr zum thema", "das könnte sie auch interessieren",
        "weitere artikel", "meistgelesen", "newsletter", "zum newsletter", "nach oben", "drucken",
    ),
    prefixes=(
        "lesen sie auch", "lesen sie mehr", "lesen sie hier", "mehr zum thema", "auch interessant:", "weiterlesen",
        "zum thema:", "hier geht es zum", "melden sie sich", "abonnieren sie",
    ),
    patterns=(r"\balle rechte vorbehalten\b",),
    end_markers=("kommentare",),
    tag_labels=("schlagworte", "themen", "schlagwörter", "stichworte"),
)
