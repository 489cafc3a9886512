"""Boilerplate recognition: phrase verdicts per language, tag-row labels, class/id hints."""

from __future__ import annotations

import pytest

from newsbot.extract.boilerplate import (
    LANGUAGE_PHRASES,
    PHRASE_MATCHER,
    Verdict,
    hint_text,
    is_negative_hint,
    normalize_space,
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Back to Top",
        "ADVERTISEMENT",
        "Iklan",
        "Scroll to continue with content",
        "Beranda",
        "Baca juga: Rusia dan Armenia sepakat",
        "Baca Juga: Harga minyak naik",
        "Lihat juga: video terbaru",
        "Simak juga berita lainnya",
        "Read also: Markets rally after the vote",
        "Related coverage",
        "Lesen Sie auch: Die Bahn streikt",
        "Lire aussi : Le gouvernement recule",
        "Lee también: El Congreso aprueba la ley",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "© 2024 Example Media. All rights reserved.",
        "Siapapun boleh berkomentar, tetapi dengan cara yang bijaksana sesuai UU ITE.",
        "$$INLINE_AD$$",
        "An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "Dieses Thema im Programm: Radio Nord | Nachrichten | 12.03.2024 | 18:00 Uhr",
        "Fehler gefunden?Jetzt melden.",
        "Artikel ini telah tayang di Kompas.com dengan judul Harga Minyak Naik",
        "Pilihan Editor: Harga Emas Turun",
        "[Gambas:Video CNN]",
        "Sign up here.",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "Baca berita lainnya di Google News",
        "Halaman: 1 2 3",
        "(*)",
        "Download aplikasi detikcom sekarang",
        "Click to share on Twitter (Opens in new window)",
        "Listen to this article",
        "Already a subscriber? Log in",
        "Updated 2 hours ago",
        "Subscribe now",
        "Haben Sie einen Fehler gefunden? Schreiben Sie uns.",
        "Jetzt abonnieren und von der Vorlesefunktion profitieren.",
        "Weitere Informationen",
        "Der Abendbrief-Newsletter informiert Sie werktags über das Wichtigste des Tages, direkt in Ihrem Postfach.",
        "We apologize, but this video has failed to load.",
        "Follow Example.com on Twitter and Facebook for the latest news updates.",
        "For more from us, sign up for our newsletters.",
        "Read more travel tips by signing up to our free weekly newsletter",
        "Got a story? Get in touch with our news desk.",
        "Il vous reste 42.5% de cet article à lire. La suite est réservée aux abonnés.",
        "Die Ministerin trat am Abend zurück. mehr",  # a teaser blurb ending in its "more" link
        "Follow Example News on Google News to get our stories in your feed",
        "Have a tip? Reach the newsroom by email.",
        "{{ promo.slot }}",
        "%%BANNER%%",
    ],
)
def test_furniture_paragraph_is_dropped(paragraph: str) -> None:
    assert PHRASE_MATCHER.verdict(paragraph) is Verdict.DROP


@pytest.mark.parametrize("paragraph", ["About the author", "Über die Autorin", "À propos de l'auteur", "Buka Komentar", "Tutup Komentar", "No comments:", "Write Komentar", "Leave a Reply", "Posting Lebih Baru"])
def test_comment_widget_heading_ends_the_article(paragraph: str) -> None:
    assert PHRASE_MATCHER.verdict(paragraph) is Verdict.END


@pytest.mark.parametrize(
    "paragraph",
    [
        "Armenia menuduh Azerbaijan mengirim pasukan melintasi perbatasan pekan lalu.",
        "Readers also wrote in about the decision, which many called rushed.",
        "The advertisement campaign cost the party more than it raised.",
        "Home prices rose 4% in March, the agency said.",
        "The fund paid out $$ to the winners, {{ not }} a template slot in a sentence.",
        "Readers can also subscribe to this newsletter, the editor said in a note to staff.",
        "Weitere Informationen zum Unfall gab die Polizei am Abend nicht bekannt.",
        "Follow the money, investigators told the committee on Tuesday.",
        "The app tracks your steps, your sleep, your location and more.",
    ],
)
def test_article_prose_is_kept(paragraph: str) -> None:
    assert PHRASE_MATCHER.verdict(paragraph) is Verdict.KEEP


@pytest.mark.parametrize(
    ("text", "label"),
    [("TOPIK", "TOPIK"), ("Tags: budget, council", "Tags"), ("Schlagworte: Bahn", "Schlagworte"), ("Topics of the day were many", None)],
)
def test_tag_row_label(text: str, label: str | None) -> None:
    assert PHRASE_MATCHER.tag_label(text) == label


@pytest.mark.parametrize(
    ("attrib", "negative"),
    [
        ({"class": "related-posts"}, True),
        ({"id": "comments"}, True),
        ({"class": "share-bar social"}, True),
        ({"class": "newsletter-signup"}, True),
        ({"class": "ad-slot"}, True),
        ({"class": "entry-content"}, False),
        ({"class": "article-body"}, False),
        ({"class": "content has-sidebar"}, False),  # a layout state class, not a sidebar
        ({"class": "header"}, False),  # "ad" must match as a whole word only
        ({"class": "comments article-body"}, False),  # naming the article text outweighs
        ({"class": "sidebar-grid__content article__content"}, False),  # BEM joins words with "__"
        ({"class": "sidebar-grid__content"}, True),
        ({"class": "InlineDonationPromo-container"}, True),  # CamelCase names count word by word
        ({"class": "RelatedStoriesList"}, True),
        ({"class": "ArticleBody"}, False),
        ({"class": "storyBlock", "id": "block-id-x9QaAdZvKL"}, False),  # a generated id is not words ("Ad")
        ({"class": "article-factbox"}, True),
        ({"class": "info-box info-box--grey"}, True),
        ({"class": "glossary-tooltip"}, True),
        ({"class": "video-player__wrapper"}, True),
        ({"class": "player-name"}, False),  # a results table's player column is text
        ({"class": "image-overlay"}, True),
        ({"class": "affiliate-note"}, True),
        ({"class": "reader-poll"}, True),
        ({"class": "legal-disclaimer"}, True),
    ],
)
def test_negative_class_hints(attrib: dict[str, str], negative: bool) -> None:
    assert is_negative_hint(hint_text(attrib)) is negative


def test_every_language_has_phrase_data() -> None:
    assert set(LANGUAGE_PHRASES) == {"common", "id", "en", "de", "fr", "es"}
    assert all(phrases.lines and phrases.prefixes for phrases in LANGUAGE_PHRASES.values())


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("a\u00a0b", "a b"), ("zero\u200bwidth", "zerowidth"), ("  many \n\t spaces ", "many spaces"), ("soft\u00adhyphen", "softhyphen")],
)
def test_normalize_space(raw: str, clean: str) -> None:
    assert normalize_space(raw) == clean


@pytest.mark.parametrize(
    "line",
    [
        "Stand: 26.04.2024, 20:44 Uhr",
        "Aktualisiert am 07.01.2026 - 18:50 Uhr",
        "10/07/2026 00:50 Actualizado a 10/07/2026 22:39",
        "Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57",
        "Jane Roe 2019-11-20 14:35:08",
        "5. Januar 2026 18:58 Uhr",
        "18.07.2024 7 min",
    ],
)
def test_publish_stamp_lines_are_dropped(line: str) -> None:
    assert PHRASE_MATCHER.verdict(line) is Verdict.DROP


@pytest.mark.parametrize(
    "line",
    [
        "4:14 p.m.",  # a live-blog time heading: no date, no year
        "Die beste Deutsche lief eine Zeit von 2:35:07 und wurde Fünfte.",
        "The vote on 12.03.2024 was postponed after a long and heated debate in the chamber.",
        "ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung: 4.4.18",  # the agency step reads this line
        "11.13 Uhr: Feuerwehr sperrt die Brücke",  # a live-ticker entry heading
        "18:40 - Police close the road near the station",
    ],
)
def test_sentences_and_credit_lines_with_dates_are_kept(line: str) -> None:
    assert PHRASE_MATCHER.verdict(line) is Verdict.KEEP
