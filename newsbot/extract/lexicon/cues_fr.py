"""French quote attribution: "a déclaré X", "selon X", "affirme X"."""

from newsbot.extract.lexicon.cues_types import QuoteCues

CUES = QuoteCues(
    verbs=("a déclaré", "a dit", "a affirmé", "affirme", "déclare", "dit", "explique", "a expliqué", "a ajouté",
           "ajoute", "estime", "a estimé", "souligne", "a souligné", "assure", "a assuré", "insiste",
           "poursuit", "précise", "a précisé", "indique", "a indiqué", "confie", "a confié", "écrit", "a écrit",
           "lance", "a lancé", "martèle", "déplore", "raconte", "juge", "a jugé", "argumente", "a argumenté",
           "a fait valoir", "fait valoir", "ajoute", "observe", "note", "relève", "rappelle", "reconnaît",
           "a reconnu", "regrette", "prévient", "a prévenu", "tranche", "résume", "analyse", "explique",
           "dénonce", "a dénoncé", "soutient", "a soutenu", "conclut", "a conclu", "répond", "a répondu"),
    according=("selon", "d'après", "d’après"),
    pronouns=("il", "elle", "ils", "elles"),
    titles=("président", "présidente", "ministre", "premier ministre", "porte-parole", "maire", "directeur",
            "directrice", "chef", "secrétaire", "m.", "mme", "monsieur", "madame", "le président",
            "la ministre", "le ministre"),
    unnamed=("un", "une", "le", "la", "les", "des"),
)
