"""Spanish quote attribution: "dijo X", "ha señalado X", "según X", "para X"."""

from newsbot.extract.lexicon.cues_types import QuoteCues

# Verbs of saying as news prints them: (preterite, present, participle). Each gives "dijo", "dice",
# "ha dicho" and "han dicho" (the perfect is the usual tense of Spanish news from Spain).
_SAYING = (
    ("dijo", "dice", "dicho"), ("afirmó", "afirma", "afirmado"), ("señaló", "señala", "señalado"),
    ("declaró", "declara", "declarado"), ("explicó", "explica", "explicado"), ("aseguró", "asegura", "asegurado"),
    ("añadió", "añade", "añadido"), ("indicó", "indica", "indicado"), ("agregó", "agrega", "agregado"),
    ("sostuvo", "sostiene", "sostenido"), ("subrayó", "subraya", "subrayado"), ("destacó", "destaca", "destacado"),
    ("manifestó", "manifiesta", "manifestado"), ("expresó", "expresa", "expresado"),
    ("advirtió", "advierte", "advertido"), ("insistió", "insiste", "insistido"), ("escribió", "escribe", "escrito"),
    ("comentó", "comenta", "comentado"), ("apuntó", "apunta", "apuntado"), ("recalcó", "recalca", "recalcado"),
    ("precisó", "precisa", "precisado"), ("aseveró", "asevera", "aseverado"), ("reconoció", "reconoce", "reconocido"),
    ("admitió", "admite", "admitido"), ("relató", "relata", "relatado"), ("contó", "cuenta", "contado"),
    ("recordó", "recuerda", "recordado"), ("sentenció", "sentencia", "sentenciado"),
    ("concluyó", "concluye", "concluido"), ("respondió", "responde", "respondido"),
    ("preguntó", "pregunta", "preguntado"), ("denunció", "denuncia", "denunciado"), ("lamentó", "lamenta", "lamentado"),
    ("espetó", "espeta", "espetado"), ("zanjó", "zanja", "zanjado"), ("resumió", "resume", "resumido"),
    ("defendió", "defiende", "defendido"), ("criticó", "critica", "criticado"), ("detalló", "detalla", "detallado"),
    ("enfatizó", "enfatiza", "enfatizado"), ("puntualizó", "puntualiza", "puntualizado"),
    ("matizó", "matiza", "matizado"), ("aclaró", "aclara", "aclarado"), ("opinó", "opina", "opinado"),
    ("consideró", "considera", "considerado"), ("valoró", "valora", "valorado"), ("reclamó", "reclama", "reclamado"),
    ("exigió", "exige", "exigido"), ("pidió", "pide", "pedido"), ("anunció", "anuncia", "anunciado"),
    ("avisó", "avisa", "avisado"), ("alertó", "alerta", "alertado"), ("confesó", "confiesa", "confesado"),
    ("reiteró", "reitera", "reiterado"), ("replicó", "replica", "replicado"), ("contestó", "contesta", "contestado"),
    ("proclamó", "proclama", "proclamado"), ("garantizó", "garantiza", "garantizado"),
    ("prometió", "promete", "prometido"), ("exclamó", "exclama", "exclamado"), ("tuiteó", "tuitea", "tuiteado"),
    ("narró", "narra", "narrado"), ("describió", "describe", "descrito"), ("justificó", "justifica", "justificado"),
    ("argumentó", "argumenta", "argumentado"), ("razonó", "razona", "razonado"), ("incidió", "incide", "incidido"),
    ("remarcó", "remarca", "remarcado"), ("resaltó", "resalta", "resaltado"), ("sugirió", "sugiere", "sugerido"),
    ("estimó", "estima", "estimado"), ("confirmó", "confirma", "confirmado"), ("mantuvo", "mantiene", "mantenido"),
    ("prosiguió", "prosigue", "proseguido"), ("continuó", "continúa", "continuado"), ("bromeó", "bromea", "bromeado"),
    ("ironizó", "ironiza", "ironizado"), ("informó", "informa", "informado"), ("reivindicó", "reivindica", "reivindicado"),
)

CUES = QuoteCues(
    verbs=(
        *(form for forms in _SAYING for form in forms[:2]),
        *(f"{aux} {forms[2]}" for forms in _SAYING for aux in ("ha", "han")),
        "dijeron", "afirmaron", "señalaron", "explicaron", "aseguraron", "indicaron", "añadieron",
    ),
    according=("según",),
    # "Para X, «...»": the view of X, only right before the quote.
    opinion=("para",),
    drops_subject=True,
    pronouns=("él", "ella", "ellos", "ellas"),
    titles=("presidente", "presidenta", "vicepresidente", "vicepresidenta", "ministro", "ministra", "portavoz",
            "alcalde", "alcaldesa", "concejal", "concejala", "consejero", "consejera", "diputado", "diputada",
            "senador", "senadora", "director", "directora", "secretario", "secretaria", "jefe", "jefa", "canciller",
            "líder", "delegado", "delegada", "entrenador", "técnico", "don", "doña", "sr.", "sra.", "el presidente",
            "la presidenta"),
    unnamed=("un", "una", "el", "la", "los", "las", "unos", "unas", "fuentes", "nosotros", "yo"),
)
