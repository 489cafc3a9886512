"""Upper-case lead-ins that look like a dateline ("WARNING:", "DEAR ABBY:") but name no place.

Matched case-insensitively against the first word(s) of a candidate dateline city.
"""

DATELINE_KICKERS: frozenset[str] = frozenset(
    {
        # en
        "breaking", "update", "updated", "exclusive", "warning", "watch", "live", "opinion", "analysis",
        "editorial", "review", "dear", "note", "editor's note", "correction", "photos", "video", "listen",
        "read", "fact check", "explainer", "summary", "sponsored", "advertisement", "q&a", "interview",
        "related", "more", "top", "latest", "news", "contact", "media contact", "about", "share", "follow",
        # id
        "baca", "baca juga", "simak", "lihat", "tonton", "berita", "ilustrasi", "foto", "info",
        "advertorial", "kolom", "opini", "catatan",
        # de
        "eilmeldung", "kommentar", "meinung", "hinweis", "anzeige", "lesen sie", "liveblog",
        # fr
        "direct", "vidéo", "tribune", "le point", "à lire", "lire aussi", "exclusif",
        # es
        "última hora", "en vivo", "opinión", "lea también", "vea",
    }
)
