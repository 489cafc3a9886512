"""Byline vocabulary per language: credit labels, job titles to strip, words that are never names.

All entries lower case; matched case-insensitively on word boundaries.
"""

# Labels that introduce the people who wrote the piece ("Penulis: A", "Reporting by A").
BYLINE_AUTHOR_LABELS: tuple[str, ...] = (
    # en
    "additional reporting by", "reporting by", "reported by", "written by", "writing by", "words by",
    "compiled by", "story by", "text by", "by", "author", "authors", "reporter", "reporters", "writer",
    # id
    "laporan wartawan", "laporan reporter", "laporan koresponden", "penulis", "reporter", "pewarta",
    "wartawan", "kontributor", "oleh",
    # de
    "von", "autor", "autorin", "autoren", "text",
    # fr
    "par", "auteur", "autrice", "texte",
    # es
    "por", "escrito por", "autor", "redactado por",
    # ru, pl, tr, nl, pt
    "текст", "автор", "авторы", "tekst", "yazar", "muhabir", "door", "texto",
)
# Labels that introduce editors ("Editing by B", "Editor: B").
BYLINE_EDITOR_LABELS: tuple[str, ...] = (
    "editing by", "edited by", "editor", "editors", "penyunting", "redaktur", "editor in chief",
    "bearbeitung", "redaktion", "redigiert von", "édité par", "édition", "edición", "editado por", "editor:",
    "редактор", "redaktor", "editör",
)
# Job titles and desk names stripped from around a name.
BYLINE_ROLES: tuple[str, ...] = (
    "senior staff writer", "staff writer", "staff reporter", "senior reporter", "senior correspondent",
    "chief correspondent", "foreign correspondent", "special correspondent", "political correspondent",
    "political editor", "senior editor", "contributing writer", "contributing editor", "contributor",
    "correspondent", "columnist", "journalist", "reporter", "writer", "editor", "photographer", "intern",
    "wartawan", "koresponden", "jurnalis", "kontributor", "redaktur", "fotografer",
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journalistin",
    "envoyé spécial", "envoyée spéciale", "correspondant", "correspondante", "journaliste",
    "corresponsal", "enviado especial", "enviada especial", "periodista", "redactor", "redactora",
    "기자", "특파원", "記者", "记者", "特派員", "編集委員",
)
# Phrases that end the useful part of a byline ("Email the author", "Updated 3 hours ago").
BYLINE_STOP_PHRASES: tuple[str, ...] = (
    "email the author", "email", "follow", "updated", "published", "posted", "last updated",
    "diperbarui", "dipublikasikan", "diterbitkan", "aktualisiert", "veröffentlicht", "mis à jour",
    "publié", "actualizado", "publicado", "güncelleme", "yayınlanma", "read more", "view all posts", "more articles",
    "stand:", "anhören", "lesezeit", "min read", "minute read", "watch live", "listen",
)
# Words that never appear in a person's name as printed in a byline.
BYLINE_NOT_NAME_WORDS: frozenset[str] = frozenset({
    "news", "staff", "team", "desk", "online", "newsroom", "editorial", "admin", "redaksi", "redaktion",
    "numbers", "the", "agency", "agencies", "media", "press", "digital", "web", "service",
    "services", "correspondents", "wire", "wires", "reports", "report", "update", "live", "rédaction",
    "redacción", "agencias", "agences", "agenturen", "nachrichtenagentur", "kantor", "berita",
    # social networks printed next to a name ("Jane DoeTwitter")
    "twitter", "facebook", "instagram", "linkedin", "whatsapp", "telegram", "youtube", "tiktok", "bluesky",
    "mastodon", "rss",
    # company forms and publication words ("Nikkei Inc.", "Lesotho Times", "Stuttgarter Zeitung")
    "inc", "ltd", "llc", "gmbh", "corp", "plc", "co", "times", "zeitung", "nachrichten", "herald", "tribune",
    "gazette", "chronicle", "journal", "magazine", "magazin", "newsletter", "podcast",
    # desks and sections credited instead of a person ("Telegraph Sport", "Business Insider")
    "sport", "sports", "business", "insider", "politics", "entertainment", "lifestyle",
    # teaser furniture ("Letzte Artikel", "More stories")
    "artikel", "article", "articles", "stories", "story", "beiträge", "weitere", "latest", "stand",
    "social", "links", "navigation", "menu", "share", "profile", "subscribe",
    # "Subscribe" buttons in other languages ("ABONE OL")
    "abone", "abonnieren", "abonnez", "suscribirse", "suscríbete", "berlangganan", "langganan",
})
# Adjectives and role-word endings that start a job title after a name ("Holger Beispiel Leitender
# Wirtschaftsredakteur", "Anna Muster Fotballekspert"): the name ends before them.
BYLINE_ROLE_ADJECTIVES: frozenset[str] = frozenset({
    "leitender", "leitende", "stellvertretender", "stellvertretende", "freier", "freie", "chief", "senior",
    "assistant", "deputy", "associate", "executive", "managing", "contributing", "special", "political",
    "foreign", "chefredakteur", "chefredakteurin",
})
BYLINE_ROLE_ENDINGS: tuple[str, ...] = (
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporter", "reporterin", "editor",
    "autor", "autorin", "journalist", "journalistin", "ekspert", "experte", "expertin", "kolumnist",
    "kolumnistin", "writer", "columnist", "correspondent", "producer", "produzent", "moderator",
    "moderatorin", "volontär", "volontärin",
)
# Labels of credits that are not the story's authors ("Foto: …", "Image: …", "Quelle: …"); need a colon.
BYLINE_NOT_AUTHOR_LABELS: tuple[str, ...] = (
    "foto", "fotos", "photo", "photos", "image", "images", "bild", "bilder", "picture", "pictures",
    "illustration", "grafik", "video", "source", "quelle", "fuente", "sumber", "источник", "imagen",
    "crédit", "credit", "credits", "kamera", "camera", "фото", "фотография", "zdjęcie", "fotoğraf",
    # date and programme fields printed after the names ("... und Marcel Sommer Sendung: hr-INFO, 25.04.2024")
    "sendung", "stand", "aktualisiert", "veröffentlicht", "updated", "published", "publicado", "actualizado",
    "publié", "diperbarui", "dipublikasikan", "diterbitkan",
)
# Genre words that may stand before a mid-line author label ("Kommentar von A", "Analysis by B").
BYLINE_GENRE_WORDS: frozenset[str] = frozenset({
    "kommentar", "analyse", "interview", "essay", "gastbeitrag", "kolumne", "glosse", "reportage",
    "commentary", "analysis", "opinion", "column", "review", "chronique", "tribune", "éditorial", "editorial",
    "análisis", "opinión", "columna", "crónica", "ein", "eine", "un", "une", "a", "an",
})
# Lower-case particles allowed inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
BYLINE_NAME_PARTICLES: frozenset[str] = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "da", "di", "do", "dos", "das", "du", "la", "le",
    "bin", "binti", "al", "el", "ter", "ten", "zu", "y", "e", "bte", "mac",
})
# Joiners between names in one byline.
BYLINE_NAME_JOINERS: tuple[str, ...] = (
    "and", "&", "dan", "und", "et", "y", "e", "with", "serta", "og", "och", "oraz", "ve", "és", "ja", "и",
)
# Month and weekday names left over when a date is cut from a byline ("John Smith April").
BYLINE_DATE_WORDS: frozenset[str] = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober", "desember",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    "januar", "februar", "märz", "mai", "dezember",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
})
# Articles that open a publication's name ("Le Figaro", "Die Welt", "The Guardian"), not a person's.
BYLINE_PUBLICATION_ARTICLES: frozenset[str] = frozenset({
    "the", "le", "la", "les", "l'", "der", "die", "das", "el", "los", "las", "il", "lo", "het", "de",
})
# Last words of newspaper mastheads ("Florida Today", "Lesotho Times", "Jakarta Post") printed after a name.
BYLINE_PUBLICATION_TAILS: frozenset[str] = frozenset({
    "today", "times", "post", "herald", "tribune", "gazette", "chronicle", "journal", "news", "daily",
    "weekly", "observer", "express", "zeitung", "nachrichten", "rundschau", "kurier", "tagblatt",
})
# Words opening a three-word masthead ("New York Times", "Los Angeles Times", "St. Louis Post").
BYLINE_MASTHEAD_OPENERS: frozenset[str] = frozenset({"new", "los", "las", "san", "santa", "st", "saint", "the"})
