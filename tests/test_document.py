"""Document building: byte decoding, robust parsing, embedded metadata."""

from __future__ import annotations

import pytest

from newsbot.extract.document import (
    build_document,
    decode_html,
    flatten_json_ld,
    normalize_charset,
    utf8_first,
)

CAFE_HTML = "<html><head>{meta}</head><body><p>Café déjà vu</p></body></html>"


@pytest.mark.parametrize(
    ("data", "content_type", "expected_text", "expected_codec"),
    [
        pytest.param(CAFE_HTML.format(meta="").encode("utf-8"), None, "Café déjà vu", "utf-8", id="utf8-no-header"),
        pytest.param(
            CAFE_HTML.format(meta="").encode("utf-8"), "text/html; charset=UTF-8", "Café déjà vu", "utf-8", id="utf8-header"
        ),
        pytest.param(
            CAFE_HTML.format(meta='<meta charset="windows-1252">').encode("cp1252"),
            None,
            "Café déjà vu",
            "cp1252",
            id="cp1252-meta",
        ),
        pytest.param(
            CAFE_HTML.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').encode(
                "cp1252"
            ),
            None,
            "Café déjà vu",
            "cp1252",
            id="latin1-label-is-cp1252",
        ),
        pytest.param(
            CAFE_HTML.format(meta='<meta charset="utf-8">').encode("cp1252"),
            "text/html; charset=windows-1252",
            "Café déjà vu",
            "cp1252",
            id="header-overrides-meta",
        ),
        pytest.param(
            b"\xef\xbb\xbf" + CAFE_HTML.format(meta="").encode("utf-8"),
            None,
            "Café déjà vu",
            "utf-8-sig",
            id="utf8-bom",
        ),
        pytest.param(
            CAFE_HTML.format(meta='<meta charset="utf-8">').replace(
                "Café déjà vu", "Café déjà vu. " + "Le français s'écrit très souvent avec des accents à côté. " * 20
            ).encode("cp1252"),
            None,
            "Café déjà vu",
            None,
            id="wrong-declared-utf8-falls-back-to-detection",
        ),
        pytest.param(
            CAFE_HTML.format(meta='<meta charset="gb2312">').encode("utf-8"),
            None,
            "Café déjà vu",
            "utf-8",
            id="valid-utf8-beats-stale-meta",
        ),
    ],
)
def test_decode_html_picks_the_right_charset(data, content_type, expected_text, expected_codec):
    text, codec = decode_html(data, content_type)
    assert expected_text in text
    if expected_codec is not None:
        assert codec == expected_codec


MIXED_TEXT = "Überraschung: Café, naïve façade — 東京"
MIXED_HTML = f"<html><head></head><body><p>{MIXED_TEXT}</p></body></html>"


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO_8859-1", "latin1", "windows-1252", "us-ascii", "ascii"])
def test_western_header_label_on_utf8_bytes_decodes_as_utf8(label):
    text, codec = decode_html(MIXED_HTML.encode("utf-8"), f"text/html; charset={label}")
    assert MIXED_TEXT in text and codec == "utf-8"


@pytest.mark.parametrize(
    ("data", "content_type", "expected_text", "expected_codec"),
    [
        pytest.param(
            CAFE_HTML.format(meta="").encode("cp1252"), "text/html; charset=iso-8859-1", "Café déjà vu", "cp1252",
            id="latin1-header-on-cp1252-bytes-stays",
        ),
        pytest.param(
            "<p>Caf\u00e9 \u201cquoted\u201d \u2014 cr\u00e8me</p>".encode("cp1252"), "text/html; charset=utf-8",
            "Café “quoted” — crème", None, id="utf8-header-on-cp1252-bytes-is-not-utf8",
        ),
        pytest.param(
            "<p>Привет, мир: новости дня</p>".encode("cp1251"), "text/html; charset=windows-1251",
            "Привет, мир: новости дня", "cp1251", id="non-western-header-is-trusted",
        ),
        pytest.param(
            b"<p>plain ascii</p>", "text/html; charset=iso-8859-1", "plain ascii", "cp1252", id="ascii-bytes-keep-the-label",
        ),
    ],
)
def test_decode_html_header_labels(data, content_type, expected_text, expected_codec):
    text, codec = decode_html(data, content_type)
    assert expected_text in text
    if expected_codec is not None:
        assert codec == expected_codec


@pytest.mark.parametrize(
    ("declared", "in_header", "data", "expected"),
    [
        (None, False, b"caf\xc3\xa9", True),
        ("utf-8", True, b"caf\xe9", True),
        ("cp1252", True, b"caf\xc3\xa9", True),  # a Western header label: UTF-8 is tried first
        ("cp1252", True, b"cafe", False),  # ASCII: the label decodes it the same, no need
        ("cp1251", True, b"caf\xc3\xa9", False),  # any other header label is trusted
        ("gb18030", False, b"caf\xc3\xa9", True),  # a <meta> label is weaker than valid UTF-8
    ],
)
def test_utf8_first(declared, in_header, data, expected):
    assert utf8_first(declared, declared_in_header=in_header, data=data) is expected


def test_decode_html_reads_shift_jis_declared_in_meta():
    page = '<html><head><meta charset="Shift_JIS"></head><body><p>東京の天気は晴れです</p></body></html>'
    text, codec = decode_html(page.encode("shift_jis"))
    assert "東京の天気は晴れです" in text
    assert codec == "cp932"


@pytest.mark.parametrize(
    ("label", "expected"),
    [("ISO-8859-1", "cp1252"), ("latin1", "cp1252"), ("UTF8", "utf-8"), ("gb2312", "gb18030"), ("x-unknown", None)],
)
def test_normalize_charset_maps_browser_aliases(label, expected):
    assert normalize_charset(label) == expected


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty-bytes"),
        pytest.param("", id="empty-str"),
        pytest.param("   \n\t ", id="whitespace"),
        pytest.param(b"\x00\x01\x02\xff\xfe\x89PNG\r\n\x1a" * 50, id="binary"),
        pytest.param('<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>x</p></body></html>', id="xml-decl-str"),
        pytest.param("<p>a\x00b</p>", id="nul-byte"),
        pytest.param("<div>" * 20_000 + "deep", id="deeply-nested"),
        pytest.param("<p>" + "word " * 400_000 + "</p>", id="huge-line"),
    ],
)
def test_build_document_never_raises(data):
    doc = build_document(data, "https://example.com/a")
    assert isinstance(doc.text, str)
    assert doc.url == "https://example.com/a"


@pytest.mark.parametrize("data", [b"", "", "  \n "])
def test_build_document_gives_no_tree_for_empty_input(data):
    assert build_document(data).tree is None


def test_build_document_parses_str_with_xml_encoding_declaration():
    doc = build_document('<?xml version="1.0" encoding="utf-8"?><html><body><p>Halo dunia</p></body></html>')
    assert doc.tree is not None
    assert "Halo dunia" in doc.tree.text_content()


JSONLD_PAGE = """<html lang="id-ID"><head>
<base href="/berita/">
<link rel="canonical" href="2021/05/cerita.html">
<meta http-equiv="content-language" content="id">
<meta property="og:title" content="Judul OG">
<meta property="article:tag" content="Politik"><meta property="article:tag" content="Ekonomi">
<meta name="description" content="Ringkasan">
<script type="application/ld+json">{"@context": "https://schema.org", "headline": broken</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Situs"},
  {"@type": "NewsArticle", "headline": "Judul Berita", "datePublished": "2021-05-19T10:15:00+07:00"}]}</script>
</head><body><h1>Judul Berita</h1></body></html>"""


def test_json_ld_graph_is_flattened_and_broken_block_does_not_lose_others():
    doc = build_document(JSONLD_PAGE, "https://example.com/x/y")
    types = [item.get("@type") for item in doc.metadata["json-ld"]]
    assert types == ["WebSite", "NewsArticle"]


def test_meta_tags_keep_every_value_in_page_order():
    doc = build_document(JSONLD_PAGE, "https://example.com/x/y")
    assert doc.meta_tags["article:tag"] == ["Politik", "Ekonomi"]
    assert doc.meta_tags["description"] == ["Ringkasan"]


def test_opengraph_is_read_through_extruct():
    doc = build_document(JSONLD_PAGE, "https://example.com/x/y")
    assert ("og:title", "Judul OG") in doc.metadata["opengraph"][0]["properties"]


def test_base_href_resolves_canonical_url():
    doc = build_document(JSONLD_PAGE, "https://example.com/x/y")
    assert doc.base_url == "https://example.com/berita/"
    assert doc.canonical_url == "https://example.com/berita/2021/05/cerita.html"


def test_declared_language_is_the_html_lang_as_written():
    assert build_document(JSONLD_PAGE).declared_language == "id-ID"


def test_microdata_is_read_when_json_ld_has_no_article():
    page = (
        '<html><body><div itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Micro headline</h1></div></body></html>'
    )
    items = build_document(page, "https://example.com/").metadata["microdata"]
    assert items[0]["properties"]["headline"] == "Micro headline"


@pytest.mark.parametrize(
    ("item", "expected_count"),
    [
        ({"@type": "NewsArticle"}, 1),
        ({"@context": "x", "@graph": [{"@type": "A"}, {"@type": "B"}]}, 2),
        ({"@graph": [{"@graph": [{"@type": "A"}]}, {"@type": "B"}]}, 2),
        ([{"@type": "A"}, "not a dict"], 1),
    ],
)
def test_flatten_json_ld(item, expected_count):
    assert len(flatten_json_ld(item)) == expected_count


def test_meta_and_json_ld_walk_selects_what_the_xpaths_did():
    # One walk replaced two XPaths for speed: same elements, same order.
    import lxml.etree

    from newsbot.extract.document import _metas_and_json_ld_scripts, parse_html

    tree = parse_html(
        '<html><head><meta content="a" name="x"><meta content="b"><meta name="y"><meta content="" property="">'
        '<script type="application/ld+json">{}</script><script type="text/javascript">1</script>'
        '<meta content="c" http-equiv="content-language"></head><body><meta itemprop="k" content="d">'
        '<script type="application/ld+json ">{}</script><script type="application/ld+json">[]</script></body></html>'
    )
    metas = lxml.etree.XPath("//meta[@content][@name or @property or @itemprop or @http-equiv]")(tree)
    scripts = lxml.etree.XPath('//script[@type="application/ld+json"]')(tree)
    assert len(metas) == 4 and len(scripts) == 2
    assert _metas_and_json_ld_scripts(tree) == (metas, scripts)
