"""Page metadata: headline choice, site-name suffixes, authors, tags, section, language, URLs."""

from __future__ import annotations

import json

import pytest

from newsbot.extract.document import build_document
from newsbot.extract.metadata import read_metadata, strip_site_name


def _page(head: str = "", body: str = "", lang: str = "") -> str:
    return f"<html{f' lang={lang!r}' if lang else ''}><head>{head}</head><body>{body}</body></html>"


def _json_ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _meta_of(html: str, url: str = "https://www.example.com/news/story") -> object:
    return read_metadata(build_document(html, url))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Banjir melanda Jakarta - Kabar Kita", "Banjir melanda Jakarta"),
        ("Banjir melanda Jakarta | Kabar Kita", "Banjir melanda Jakarta"),
        ("Kabar Kita | Banjir melanda Jakarta", "Banjir melanda Jakarta"),
        ("Banjir melanda Jakarta – Berita – Kabar Kita", "Banjir melanda Jakarta – Berita"),
        ("Trump: a new plan - Kabar Kita", "Trump: a new plan"),
        ("Banjir melanda Jakarta - Bagian 2", "Banjir melanda Jakarta - Bagian 2"),
        ("폭우로 도로 통제ㅣKabar Kita", "폭우로 도로 통제"),
        ("폭우로 도로 통제-사회ㅣKabar Kita", "폭우로 도로 통제"),
        ("Banjir melanda Jakarta-Barat | Kabar Kita", "Banjir melanda Jakarta-Barat"),
        ("폭우로 도로 통제-사회", "폭우로 도로 통제-사회"),
        ("Пожар в Москва-Сити | Kabar Kita", "Пожар в Москва-Сити"),
    ],
)
def test_strip_site_name_removes_only_the_site_suffix(title, expected):
    assert strip_site_name(title, {"kabar kita"}) == expected


@pytest.mark.parametrize(
    ("title", "site_names", "expected"),
    [
        ("Storm nears the coast | Example News", {"example", "example.ca"}, "Storm nears the coast"),
        ("Storm nears the coast - Die Neue Beispielzeitung", {"beispielzeitung"}, "Storm nears the coast"),
        ("Storm nears the coast - Example Online", {"example"}, "Storm nears the coast"),
        # a generic host label ("news.example.org") is not the site's name
        ("News Analysis: storm nears the coast", {"news"}, "News Analysis: storm nears the coast"),
        # a long piece that merely mentions the site is part of the headline
        ("Storm nears - Example says the worst is yet to come", {"example"},
         "Storm nears - Example says the worst is yet to come"),
    ],
)
def test_strip_site_name_recognises_branded_suffixes(title, site_names, expected):
    assert strip_site_name(title, site_names) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            _page("<title>Storm hits coast - Daily Planet</title>"
                  '<meta property="og:site_name" content="Daily Planet">'),
            "Storm hits coast",
            id="title-suffix-stripped",
        ),
        pytest.param(
            _page(_json_ld({"@type": "NewsArticle", "headline": "Storm hits the coast"})
                  + '<meta property="og:title" content="Storm hits coast | Daily Planet">'),
            "Storm hits the coast",
            id="json-ld-headline-first",
        ),
        pytest.param(
            _page('<meta property="og:title" content="Storm hits the coast, leaving thousands without…">',
                  "<h1>Storm hits the coast, leaving thousands without power for days</h1>"),
            "Storm hits the coast, leaving thousands without power for days",
            id="displayed-h1-beats-truncated-metadata",
        ),
        pytest.param(
            _page('<meta property="og:title" content="Storm hits the coast tonight">',
                  "<h1>Weather: Storm hits the coast tonight</h1>"),
            "Storm hits the coast tonight",
            id="kicker-before-h1-dropped",
        ),
        pytest.param(_page(body="<h1>Only a heading here</h1>"), "Only a heading here", id="h1-only"),
        pytest.param(
            _page("<title>Storm hits the coast - Example</title>",
                  '<div><a href="/"><h1>Kabar Kita</h1></a></div><h2>Storm hits the coast</h2>'),
            "Storm hits the coast",
            id="logo-h1-linking-home-is-not-the-headline",
        ),
        pytest.param(
            _page("<title>Storm hits the coast - Example</title>",
                  '<h1><a href="https://www.example.com/index.html">Kabar Kita</a></h1>'),
            "Storm hits the coast",
            id="h1-holding-a-home-link-is-a-logo",
        ),
        pytest.param(
            _page(body='<h1><a href="/news/storm-hits-the-coast">Storm hits the coast</a></h1>'),
            "Storm hits the coast",
            id="h1-linking-to-its-story-stays",
        ),
        pytest.param(_page(), None, id="nothing"),
    ],
)
def test_headline(html, expected):
    assert _meta_of(html).headline == expected


_OG = '<meta property="og:title" content="{}">'


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            _page(_json_ld({"@type": "NewsArticle", "headline": "Ferries stop as the storm reaches the coast"})
                  + _OG.format("Storm live: ferries stop, roads closed"),
                  '<nav class="crumbs"><h1>Storm live: ferries stop, roads closed</h1></nav>'
                  "<article><hgroup><h2>Ferries stop as the storm reaches the coast</h2></hgroup><p>Text.</p></article>"),
            "Ferries stop as the storm reaches the coast",
            id="breadcrumb-h1-skipped-article-h2-agrees",
        ),
        pytest.param(
            _page(_OG.format("Storm live: ferries stop")
                  + _json_ld({"@type": "NewsArticle", "headline": "Ferries stop as the storm reaches the coast"}),
                  '<h1 class="breadcrumb__headline">Storm live: ferries stop</h1>'
                  '<header><h2 itemprop="headline">Ferries stop as the storm reaches the coast</h2></header>'),
            "Ferries stop as the storm reaches the coast",
            id="itemprop-headline-when-h1-is-a-breadcrumb",
        ),
        pytest.param(
            _page(_OG.format("Storm live: ferries stop, roads closed"),
                  '<div><h1 data-breadcrumb-headline="">Storm live: ferries stop, roads closed</h1></div>'),
            "Storm live: ferries stop, roads closed",
            id="only-a-breadcrumb-h1-metadata-title-used",
        ),
        pytest.param(
            _page(_OG.format("Storm live: ferries stop, roads closed"),
                  '<main class="page has-breadcrumbs"><nav class="breadcrumbs"><a href="/">Home</a></nav>'
                  "<h1>Ferries stop as the storm reaches the coast</h1>" + "<p>Text of the story.</p>" * 60 + "</main>"),
            "Ferries stop as the storm reaches the coast",
            id="page-wrapper-with-breadcrumb-class-is-not-a-trail",
        ),
        pytest.param(
            _page(_OG.format("Coast guard: «The storm surprised everyone on the island»"),
                  '<h1><span class="overline">Storm</span><span class="sr"> - </span>'
                  "<span>«The storm surprised everyone on the island»</span></h1>"),
            "«The storm surprised everyone on the island»",
            id="kicker-span-in-h1-dropped",
        ),
        pytest.param(
            _page(_OG.format("Storm season: Ferries stop at the coast")
                  + '<meta name="twitter:title" content="Storm season: Ferries stop at the coast">'
                  + _json_ld({"@type": "NewsArticle", "headline": "Storm season - Ferries stop at the coast"}),
                  "<article><h2><span>Storm season</span> <span>Ferries stop at the coast</span></h2></article>"),
            "Storm season: Ferries stop at the coast",
            id="kicker-span-printed-with-colon-in-metadata",
        ),
        pytest.param(
            _page("<title>What next for the coast after the storm? | Daily Planet</title>"
                  + _OG.format("Villagers say the storm ruined the harvest")
                  + '<meta property="og:site_name" content="Daily Planet">',
                  "<div><h1>What next for the coast after the storm?</h1></div>"),
            "What next for the coast after the storm?",
            id="h1-agreeing-with-title-element",
        ),
        pytest.param(
            _page(_OG.format("Storm 'worst in decades', mayor's office says"),
                  "<h1>Storm ‘worst in decades’, mayor’s office says</h1>"),
            "Storm 'worst in decades', mayor's office says",
            id="plain-quotes-of-the-metadata",
        ),
        pytest.param(
            _page(_OG.format("An SEO title written for search engines only"),
                  "<main><h1>Ferries stop as the storm reaches the coast</h1><p>Text.</p></main>"),
            "Ferries stop as the storm reaches the coast",
            id="lone-h1-in-the-story-is-displayed",
        ),
        pytest.param(
            _page(_OG.format("Ferries stop as the storm reaches the coast"),
                  "<div><h1>Weather warnings for the whole region</h1></div>"),
            "Ferries stop as the storm reaches the coast",
            id="lone-h1-outside-the-story-loses-to-metadata",
        ),
        pytest.param(
            _page(body="<article><h1>Helikopter\u00adlandeplatz am\u200b Weissen Haus</h1></article>"),
            "Helikopterlandeplatz am Weissen Haus",
            id="soft-hyphens-and-zero-width-spaces-dropped",
        ),
    ],
)
def test_headline_from_displayed_headings(html, expected):
    assert _meta_of(html).headline == expected


def test_authors_from_json_ld_list_drop_organisations():
    page = _page(_json_ld({
        "@type": "NewsArticle",
        "author": [{"@type": "Person", "name": "Siti Rahma"}, {"@type": "Organization", "name": "Kabar Kita"},
                   "Budi Santoso", "https://example.com/author/budi"],
    }))
    assert _meta_of(page).authors == ["Siti Rahma", "Budi Santoso"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta name="author" content="Siti Rahma, Budi Santoso">', ["Siti Rahma", "Budi Santoso"]),
        ('<meta property="article:author" content="https://facebook.com/someone">', []),
        ('<meta name="dc.creator" content="Roe, Jane"><meta name="dc.creator" content="Doe, Mark">',
         ["Jane Roe", "Mark Doe"]),
        ('<meta property="site_authors" content="Povilas Pavyzdys">', ["Povilas Pavyzdys"]),
        ('<meta name="twitter:creator" content="@janeroe">', []),
        ('<meta name="author" content="chuck-roe">', ["Chuck Roe"]),
    ],
)
def test_authors_from_meta(head, expected):
    assert _meta_of(_page(head)).authors == expected


def test_authors_from_an_article_nested_as_main_entity():
    page = _page(_json_ld({"@type": "WebPage", "mainEntity": {
        "@type": "NewsArticle", "headline": "Storm nears", "author": [{"@type": "Person", "name": "Ana Roe"}]}}))
    assert (_meta_of(page).authors, _meta_of(page).headline) == (["Ana Roe"], "Storm nears")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<h1>Storm nears</h1><p>von <a href="/autoren/name/max-roe">Dr. Max Roe</a></p>', ["Dr. Max Roe"]),
        ('<h1>Storm nears</h1><ul><li><a href="/author/nroe/">Nina Roe</a></li></ul>', ["Nina Roe"]),
        ('<p><a rel="author" href="/p/1">Lee Doe</a></p><h1>Storm nears</h1>', ["Lee Doe"]),
        # a metadata author that is only the site's name does not hide the printed byline
        ('<meta name="author" content="Example"><h1>Storm nears</h1><a href="/author/x">Max Roe</a>', ["Max Roe"]),
        # one word of the site's name is a brand, not a one-name blogger
        ('<meta name="author" content="Beachball"><meta property="og:site_name" content="The Beachball Blog">'
         "<h1>Storm nears</h1>", []),
        ('<meta name="author" content="Regan"><meta property="og:site_name" content="The Beachball Blog">'
         "<h1>Storm nears</h1>", ["Regan"]),
        # a teaser's author link far below the headline is not this article's author
        ('<h1>Storm nears</h1>' + "<p>Text.</p>" * 130 + '<a href="/author/other/">Otto Other</a>', []),
    ],
)
def test_authors_from_author_links_next_to_the_headline(body, expected):
    assert _meta_of(_page(body=body)).authors == expected


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        # no "name", only its parts
        ({"@type": "Person", "givenName": "Anna Maria", "familyName": "Roe"}, ["Anna Maria Roe"]),
        ({"@type": "Person", "givenName": "Anna"}, []),
        # a CMS default account is no person, whatever its display name
        ({"@type": "Person", "name": "Kabar D", "url": "https://www.example.com/author/admin/"}, []),
        ({"name": "Site Team", "@id": "https://www.example.com/author/webmaster"}, []),
        ({"@type": "Person", "name": "Ada Roe", "url": "https://www.example.com/author/ada-roe/"}, ["Ada Roe"]),
    ],
)
def test_authors_from_json_ld_person_objects(author, expected):
    assert _meta_of(_page(_json_ld({"@type": "NewsArticle", "author": author}))).authors == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Ana Roe</li></ul>",
         ["Ana Roe"]),
        ("<dl><dt>Author:</dt><dd>Lee Doe, Max Poe</dd></dl>", ["Lee Doe", "Max Poe"]),
        ("<p><b>Penulis:</b> Budi Santoso</p>", ["Budi Santoso"]),
        # a label word inside prose, or a label introducing nothing, is no credit
        ("<p><strong>Author</strong> interviews are published every week on this site.</p>", []),
        ("<p><strong>Autor</strong></p>", []),
        ("<p><strong>Thema</strong> Ana Roe</p>", []),
    ],
)
def test_authors_from_a_labelled_details_block(body, expected):
    assert _meta_of(_page(body=body)).authors == expected


def test_an_organisation_as_metadata_author_does_not_hide_a_labelled_name():
    page = _page('<meta name="author" content="Kabar Kita News (www.example.com)">',
                 "<h1>Storm nears</h1><ul><li><strong>Autor</strong> Ana Roe</li></ul>")
    assert _meta_of(page).authors == ["Kabar Kita News (www.example.com)", "Ana Roe"]


def test_not_authors_name_the_site_brand_and_cms_admin_accounts():
    page = _page('<meta property="og:site_name" content="Kabar Kita News">',
                 '<h1>Storm nears</h1><p>by <a rel="author" href="https://kabar.example/author/admin/">Kabar D</a></p>')
    meta = read_metadata(build_document(page, "https://kabarkita.example/a"))
    assert meta.authors == []
    assert {"kabar d", "kabar kita news", "kabar", "kabarkita"} <= set(meta.not_authors)


@pytest.mark.parametrize(
    ("link", "is_account"),
    [
        ('<a href="/autoren/webmaster">Redaktion Nord</a>', True),  # an author-page path to an account slug
        ('<a rel="author" href="/u/Editor/">Desk Team</a>', True),  # rel=author, slug matched case-blind
        ('<a href="/tags/admin">Desk Team</a>', False),  # an account slug outside an author path
        ('<a href="/author/jane-roe">Jane Roe</a>', False),  # a person's page
    ],
)
def test_cms_account_links_are_not_authors(link, is_account):
    meta = read_metadata(build_document(_page("", f"<h1>Storm nears</h1><p>{link}</p>"), "https://n.example/a"))
    name = link.split(">")[1].split("<")[0].casefold()
    assert (name in meta.not_authors) is is_account


def test_metadata_persons_outrank_a_labelled_block():
    page = _page('<meta name="author" content="Rachel Roe">', "<ul><li><strong>Autor</strong> Ana Teaser</li></ul>")
    assert _meta_of(page).authors == ["Rachel Roe"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:tag" content="Politik"><meta property="article:tag" content="Ekonomi">',
         ["Politik", "Ekonomi"]),
        (_json_ld({"@type": "NewsArticle", "keywords": "banjir, Jakarta ,cuaca"}), ["banjir", "Jakarta", "cuaca"]),
        (_json_ld({"@type": "NewsArticle", "keywords": ["banjir", "Jakarta"]}), ["banjir", "Jakarta"]),
        ('<meta name="keywords" content="a, b">', ["a", "b"]),
        ('<meta name="news_keywords" content="banjir"><meta name="keywords" content="a, b">', ["banjir"]),
    ],
)
def test_tags(head, expected):
    assert _meta_of(_page(head)).tags == expected


def test_section_from_breadcrumb_is_the_item_before_the_story():
    crumbs = {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home"},
        {"@type": "ListItem", "position": 2, "name": "Nasional"},
        {"@type": "ListItem", "position": 3, "name": "Banjir melanda Jakarta"},
    ]}
    assert _meta_of(_page(_json_ld(crumbs))).section == "Nasional"


def test_section_prefers_article_section_meta():
    assert _meta_of(_page('<meta property="article:section" content="Ekonomi">')).section == "Ekonomi"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (_page(lang="id-ID"), "id"),
        (_page(lang="in"), "id"),
        (_page('<meta property="og:locale" content="en_GB">'), "en"),
        (_page(_json_ld({"@type": "NewsArticle", "inLanguage": "de-DE"})), "de"),
        (_page(lang="xx-invalid"), None),
    ],
)
def test_declared_language(html, expected):
    assert _meta_of(html).language == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<link rel="canonical" href="/news/story">', "https://www.example.com/news/story"),
        ('<meta property="og:url" content="https://example.com/og">', "https://example.com/og"),
    ],
)
def test_canonical_url_absolutized(head, expected):
    assert _meta_of(_page(head)).canonical_url == expected


def test_site_name_from_json_ld_publisher():
    page = _page(_json_ld({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Kabar Kita"}}))
    assert _meta_of(page).site_name == "Kabar Kita"


def test_images_from_og_and_json_ld_are_absolute_and_unique():
    page = _page('<meta property="og:image" content="/img/a.jpg">'
                 + _json_ld({"@type": "NewsArticle", "image": [{"url": "https://www.example.com/img/a.jpg"},
                                                               {"url": "/img/b.jpg", "caption": "Banjir"}]}))
    images = _meta_of(page).images
    assert [image["url"] for image in images] == ["https://www.example.com/img/a.jpg", "https://www.example.com/img/b.jpg"]
    assert images[1]["caption"] == "Banjir"


def test_description_from_meta():
    assert _meta_of(_page('<meta name="description" content=" Ringkasan  berita ">')).description == "Ringkasan berita"


@pytest.mark.parametrize(
    ("trail", "section"),
    [
        ('<div class="breadcrumbs"><a href="/">Beranda</a> » <a href="/label/Internasional">Internasional</a> » <span>Judul</span></div>', "Internasional"),
        ('<nav aria-label="breadcrumb"><a href="/">Home</a> / <a href="/world">World</a> / <a href="/world/asia">Asia</a></nav>', "Asia"),
        ('<ol id="Breadcrumb"><li><a href="/">Startseite</a></li><li>Artikel</li></ol>', None),
        ('<div class="SiteBreadCrumbs"><a href="/">Home</a> > <a href="/sport">Sport</a></div>', "Sport"),
        ('<nav aria-label="Breadcrumb"><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>', "Monde"),
        ('<ol itemtype="https://schema.org/BreadcrumbList"><li><a href="/">Inicio</a></li><li><a href="/es">España</a></li></ol>', "España"),
        # The first trail with crumbs wins; a trail of home links alone is passed over.
        ('<div class="breadcrumb"><a href="/">Home</a></div><div class="breadcrumb"><a href="/tech">Tech</a></div>', "Tech"),
    ],
)
def test_visible_breadcrumb_gives_the_section(trail, section):
    html = f"<html><body>{trail}<h1>Judul</h1><p>Isi.</p></body></html>"
    assert read_metadata(build_document(html, "https://news.example/a")).section == section
