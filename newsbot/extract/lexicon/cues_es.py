"""Spanish quote attribution: "dijo X", "afirmó X", "según X"."""

from newsbot.extract.lexicon.cues_types import QuoteCues

CUES = QuoteCues(
    verbs=("dijo", "afirmó", "señaló", "declaró", "explicó", "aseguró", "añadió", "indicó", "dice", "afirma",
           "asegura", "explica", "señala", "agregó", "sostuvo", "subrayó", "destacó", "manifestó", "expresó",
           "advirtió", "insistió", "escribió", "comentó", "apuntó", "recalcó", "precisó", "aseveró",
           "reconoció", "admitió", "relató", "contó", "recordó", "sentenció", "concluyó", "respondió",
           "preguntó", "denunció", "lamentó", "agrega", "añade", "sostiene", "subraya"),
    according=("según",),
    pronouns=("él", "ella", "ellos", "ellas"),
    titles=("presidente", "presidenta", "ministro", "ministra", "portavoz", "alcalde", "alcaldesa", "director",
            "directora", "secretario", "secretaria", "jefe", "jefa", "canciller", "don", "doña", "sr.", "sra.",
            "el presidente", "la presidenta"),
    unnamed=("un", "una", "el", "la", "los", "las", "unos", "unas"),
)
