"""Date parsing (printed and declared forms) and finding a page's published/modified dates."""

from __future__ import annotations

import pytest

from newsbot.extract.dates import date_from_url, find_dates, parse_date
from newsbot.extract.document import build_document


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("Rabu, 19 Mei 2021 10:15 WIB", ["id"], "2021-05-19T10:15:00+07:00"),
        ("Rabu, 19 Mei 2021 10:15 WITA", ["id"], "2021-05-19T10:15:00+08:00"),
        ("19 Mei 2021, 10.15 WIT", ["id"], "2021-05-19T10:15:00+09:00"),
        ("Kamis, 20 Mei 2021 | 08:30 WIB", ["id"], "2021-05-20T08:30:00+07:00"),
        ("19/05/2021 10:15", None, "2021-05-19T10:15:00"),
        ("19.05.2021", ["de"], "2021-05-19"),
        ("05/19/2021", None, "2021-05-19"),
        ("April 25, 2021 3:04 PM EDT", ["en"], "2021-04-25T15:04:00-04:00"),
        ("Published April 25, 2021 at 3:04 p.m. ET", ["en"], "2021-04-25T15:04:00-04:00"),
        ("Jan 25, 2021 3:04 pm ET", ["en"], "2021-01-25T15:04:00-05:00"),
        ("19. Mai 2021, 10:15 Uhr", ["de"], "2021-05-19T10:15:00"),
        ("19 mai 2021 à 10h15", ["fr"], "2021-05-19T10:15:00"),
        ("19 de mayo de 2021", ["es"], "2021-05-19"),
        ("2021-05-19T03:15:00Z", None, "2021-05-19T03:15:00+00:00"),
        ("2021-05-19T10:15:00.389+02:00", None, "2021-05-19T10:15:00+02:00"),
        ("2021-05-19", None, "2021-05-19"),
        ("Wed, 19 May 2021 10:15:00 +0700", None, "2021-05-19T10:15:00+07:00"),
    ],
)
def test_parse_date_forms(text, languages, expected):
    assert parse_date(text, languages=languages) == expected


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Updated 2 hours ago", ["en"]),
        ("3 jam yang lalu", ["id"]),
        ("19 Mei", ["id"]),  # no year: completing it with this year would invent a date
        ("", None),
        ("not a date at all", ["en"]),
    ],
)
def test_parse_date_rejects_relative_and_incomplete_dates(text, languages):
    assert parse_date(text, languages=languages) is None


def test_parse_date_never_invents_a_time():
    assert parse_date("19 Mei 2021", languages=["id"]) == "2021-05-19"


@pytest.mark.parametrize(
    ("default_tz", "expected"),
    [("Asia/Jakarta", "2021-05-19T10:15:00+07:00"), ("+08:00", "2021-05-19T10:15:00+08:00")],
)
def test_default_tz_applies_only_to_zone_less_times(default_tz, expected):
    assert parse_date("19/05/2021 10:15", default_tz=default_tz) == expected
    assert parse_date("2021-05-19T10:15:00Z", default_tz=default_tz) == "2021-05-19T10:15:00+00:00"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/2021/05/19/story-slug", "2021-05-19"),
        ("https://example.com/news/2021-5-9/story", "2021-05-09"),
        ("https://example.com/news/story-2021", None),
        (None, None),
    ],
)
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


INDONESIAN_PARAGRAPH = (
    "Pemerintah daerah mengatakan bahwa pembangunan jalan baru akan dimulai bulan depan setelah "
    "anggaran disetujui oleh dewan, dan warga berharap perjalanan ke pasar menjadi lebih cepat."
)


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            _page('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-05-19T10:15:00+07:00"}</script>'),
            "2021-05-19T10:15:00+07:00",
            id="json-ld",
        ),
        pytest.param(
            _page('<meta property="article:published_time" content="2021-05-19T10:15:00+07:00">'),
            "2021-05-19T10:15:00+07:00",
            id="article-published-time",
        ),
        pytest.param(
            _page(body='<time itemprop="datePublished" datetime="2021-05-19">19 Mei</time>'),
            "2021-05-19",
            id="time-itemprop",
        ),
        pytest.param(
            _page(body='<abbr class="published" title="2021-05-19T10:15:00+07:00">Rabu</abbr>'),
            "2021-05-19T10:15:00+07:00",
            id="blogger-abbr",
        ),
        pytest.param(_page('<meta name="parsely-pub-date" content="2021-05-19T03:15:00Z">'), "2021-05-19T03:15:00+00:00", id="parsely"),
        pytest.param(
            _page(body="<h1>Judul</h1><div><span>Rabu, 19 Mei 2021 10:15 WIB</span></div><p>" + INDONESIAN_PARAGRAPH + "</p>"),
            "2021-05-19T10:15:00+07:00",
            id="visible-near-headline",
        ),
    ],
)
def test_find_dates_published_sources(html, expected):
    published, _modified = find_dates(build_document(html, "https://example.com/news/story"))
    assert published == expected


def test_find_dates_falls_back_to_the_url():
    published, _ = find_dates(build_document(_page(body="<p>x</p>"), "https://example.com/2021/05/19/story"))
    assert published == "2021-05-19"


def test_find_dates_ignores_relative_visible_dates():
    page = _page(body="<h1>Title</h1><span>Updated 2 hours ago</span>")
    assert find_dates(build_document(page, "https://example.com/story")) == (None, None)


@pytest.mark.parametrize(
    ("modified", "expected"),
    [("2021-05-20T08:00:00+07:00", "2021-05-20T08:00:00+07:00"), ("2021-05-19T03:15:00Z", None)],
)
def test_find_dates_keeps_modified_only_when_it_differs(modified, expected):
    page = _page(
        '<meta property="article:published_time" content="2021-05-19T10:15:00+07:00">'
        f'<meta property="article:modified_time" content="{modified}">'
    )
    assert find_dates(build_document(page))[1] == expected


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("05/06/2021", False, "2021-06-05"),
        ("05/06/2021", True, "2021-05-06"),
        ("05/06/2021 3:04 PM", True, "2021-05-06T15:04:00"),
        ("19/05/2021", True, "2021-05-19"),  # impossible as month first: day first after all
        ("05/19/2021", False, "2021-05-19"),  # impossible as day first: month first after all
        ("05.06.2021", True, "2021-06-05"),  # dotted dates are day first everywhere
    ],
)
def test_numeric_dates_follow_the_page_locale(text, month_first, expected):
    assert parse_date(text, month_first=month_first) == expected


@pytest.mark.parametrize(
    ("lang", "head", "expected"),
    [
        ("en-US", "", "2021-05-06"),
        ("en-GB", "", "2021-06-05"),
        ("en", '<meta property="og:locale" content="en_US">', "2021-05-06"),
        ("en", "", "2021-06-05"),
        ("id-ID", "", "2021-06-05"),
    ],
)
def test_find_dates_reads_numeric_dates_in_the_declared_locale(lang, head, expected):
    html = f"<html lang='{lang}'><head>{head}</head><body><h1>Storm nears</h1><p>05/06/2021</p></body></html>"
    assert find_dates(build_document(html, None))[0] == expected
