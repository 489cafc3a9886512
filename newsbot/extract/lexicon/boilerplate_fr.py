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
    patterns=(r"\btous droits réservés\b",),
    end_markers=("commentaires",),
    tag_labels=("mots-clés", "mots clés", "thèmes", "sujets"),
)
