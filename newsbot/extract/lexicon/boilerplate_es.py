"""Spanish boilerplate: "Lee también", newsletter boxes, comment widgets, ad labels."""

from newsbot.extract.lexicon.boilerplate_types import BoilerplatePhrases

PHRASES = BoilerplatePhrases(
    lines=(
        "publicidad", "compartir", "comentarios", "noticias relacionadas", "te puede interesar", "lo más leído",
        "newsletter", "volver arriba", "imprimir",
    ),
    prefixes=(
        "lee también", "lea también", "leer también", "ver también", "te puede interesar", "también te puede interesar",
        "noticias relacionadas", "suscríbete", "síguenos",
    ),
    patterns=(r"\btodos los derechos reservados\b",),
    end_markers=("comentarios",),
    tag_labels=("etiquetas", "temas", "tags"),
)
