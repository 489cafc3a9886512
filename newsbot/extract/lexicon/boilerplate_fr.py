"""French boilerplate: "Lire aussi", newsletter boxes, comment widgets, ad labels."""

from newsbot.extract.lexicon.boilerplate_types import BoilerplatePhrases

PHRASES = BoilerplatePhrases(
    lines=(
        "publicité", "partager", "partager l'article", "commentaires", "à lire aussi", "sur le même sujet",
        "les plus lus", "newsletter", "haut de page", "imprimer",
    ),
    prefixes=(
        "lire aussi", "à lire aussi", "a lire aussi", "lire également", "voir aussi", "à voir aussi",
        "sur le même sujet", "inscrivez-vous", "abonnez-vous",
    ),
    patterns=(
        r"\btous droits réservés\b",
        # Paywall cut: "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés."
        r"^il vous reste [\d.,]+\s?% de cet article à lire",
        r"\bla suite est réservée aux abonnés\b",
    ),
    end_markers=("commentaires", "à propos de l'auteur"),
    tag_labels=("mots-clés", "mots clés", "thèmes", "sujets"),
)
