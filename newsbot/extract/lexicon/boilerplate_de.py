"""German boilerplate: "Lesen Sie auch", newsletter boxes, comment widgets, ad labels."""

from newsbot.extract.lexicon.boilerplate_types import BoilerplatePhrases

PHRASES = BoilerplatePhrases(
    lines=(
        "anzeige", "werbung", "teilen", "artikel teilen", "kommentare", "mehr zum thema", "das könnte sie auch interessieren",
        "weitere artikel", "meistgelesen", "newsletter", "zum newsletter", "nach oben", "drucken",
        # Info-box frames, font-size widgets and consent placeholders of embedded posts and videos.
        "weitere informationen", "ende der weiteren informationen", "schriftgröße anpassen", "externer inhalt",
        "empfohlener redaktioneller inhalt",
    ),
    prefixes=(
        "lesen sie auch", "lesen sie mehr", "lesen sie hier", "mehr zum thema", "auch interessant:", "weiterlesen",
        "zum thema:", "hier geht es zum", "melden sie sich", "abonnieren sie",
        "an dieser stelle finden sie", "an dieser stelle findest du", "ich bin damit einverstanden, dass mir",
        "dieses thema im programm", "ihre meinung ist uns wichtig", "hat ihnen dieser artikel gefallen",
        # Correction-report and subscription pitches under the text ("Fehler gefunden? Jetzt melden.").
        "fehler gefunden?", "haben sie einen fehler gefunden", "jetzt abonnieren und",
    ),
    patterns=(
        r"\balle rechte vorbehalten\b",
        # Newsletter pitches: "Der ... Newsletter informiert Sie ... direkt in Ihrem Postfach".
        r"\bnewsletter\b.{0,200}\b(?:ihr(?:em|en)?|dein(?:em|en)?)\s(?:privaten\s)?(?:postfach|posteingang)\b",
    ),
    end_markers=("kommentare", "über den autor", "über die autorin"),
    tag_labels=("schlagworte", "themen", "schlagwörter", "stichworte"),
)
