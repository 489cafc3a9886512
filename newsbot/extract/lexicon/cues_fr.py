"""French quote attribution: "a déclaré X", "affirme X", "selon X", "pour X"."""

from newsbot.extract.lexicon.cues_types import QuoteCues

# Verbs of saying: (present, past participle). Each gives "affirme" and the passé composé "a affirmé".
_SAYING = (
    ("déclare", "déclaré"), ("dit", "dit"), ("affirme", "affirmé"), ("explique", "expliqué"), ("ajoute", "ajouté"),
    ("estime", "estimé"), ("souligne", "souligné"), ("assure", "assuré"), ("insiste", "insisté"),
    ("poursuit", "poursuivi"), ("précise", "précisé"), ("indique", "indiqué"), ("confie", "confié"),
    ("écrit", "écrit"), ("lance", "lancé"), ("martèle", "martelé"), ("déplore", "déploré"), ("raconte", "raconté"),
    ("juge", "jugé"), ("argumente", "argumenté"), ("fait valoir", "fait valoir"), ("observe", "observé"),
    ("note", "noté"), ("relève", "relevé"), ("rappelle", "rappelé"), ("reconnaît", "reconnu"),
    ("regrette", "regretté"), ("prévient", "prévenu"), ("tranche", "tranché"), ("résume", "résumé"),
    ("analyse", "analysé"), ("dénonce", "dénoncé"), ("soutient", "soutenu"), ("conclut", "conclu"),
    ("répond", "répondu"), ("annonce", "annoncé"), ("avertit", "averti"), ("admet", "admis"), ("avoue", "avoué"),
    ("commente", "commenté"), ("confirme", "confirmé"), ("constate", "constaté"), ("détaille", "détaillé"),
    ("lâche", "lâché"), ("met en garde", "mis en garde"), ("plaide", "plaidé"), ("promet", "promis"),
    ("réagit", "réagi"), ("réclame", "réclamé"), ("tweete", "tweeté"), ("demande", "demandé"), ("répète", "répété"),
    ("rétorque", "rétorqué"), ("riposte", "riposté"), ("glisse", "glissé"), ("ironise", "ironisé"),
    ("témoigne", "témoigné"), ("souffle", "soufflé"), ("pointe", "pointé"), ("avance", "avancé"),
    ("considère", "considéré"), ("défend", "défendu"), ("critique", "critiqué"), ("justifie", "justifié"),
    ("nuance", "nuancé"), ("rassure", "rassuré"), ("interroge", "interrogé"), ("s'interroge", "s'est interrogé"),
    ("s'inquiète", "s'est inquiété"), ("se félicite", "s'est félicité"), ("se réjouit", "s'est réjoui"),
    ("s'indigne", "s'est indigné"), ("s'emporte", "s'est emporté"), ("s'agace", "s'est agacé"),
)

CUES = QuoteCues(
    verbs=(
        *(present for present, _ in _SAYING),
        # "a affirmé"; a reflexive participle already carries its auxiliary ("s'est inquiété").
        *(participle if participle.startswith("s'") else f"a {participle}" for _, participle in _SAYING),
        *(f"{participle}e" for _, participle in _SAYING if participle.startswith("s'")),  # "s'est inquiétée"
        "ont déclaré", "ont affirmé", "ont expliqué", "ont indiqué", "ont souligné", "ont précisé",
    ),
    according=("selon", "d'après", "d’après"),
    # "Pour X, « ... »": the view of X, only right before the quote.
    opinion=("pour",),
    pronouns=("il", "elle", "ils", "elles"),
    titles=("président", "présidente", "ministre", "premier ministre", "porte-parole", "maire", "directeur",
            "directrice", "chef", "secrétaire", "député", "députée", "sénateur", "sénatrice", "conseiller",
            "conseillère", "entraîneur", "sélectionneur", "avocat", "avocate", "procureur", "m.", "mme",
            "monsieur", "madame", "le président", "la ministre", "le ministre"),
    unnamed=("un", "une", "le", "la", "les", "des", "nous", "je"),
)
