"""Property tests: `extract` never raises and always returns a schema-valid object, for arbitrary bytes, arbitrary
text and mutated (self-written) news pages. Kept to a few seconds; the long run is fuzz/fuzz_extract.py."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbot import extract
from newsbot.schema import validation_errors

FUZZ_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)

SEED_PAGES = [
    """<html lang="en"><head><meta charset="utf-8"><title>Storm hits coast - Daily Example</title>
<meta property="og:title" content="Storm hits coast"><meta name="author" content="Jane Doe">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm hits coast", "datePublished": "2024-05-01T10:00:00+02:00",
"author": {"@type": "Person", "name": "Jane Doe"}}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Storm hits coast</h1><p class="byline">By Jane Doe</p>
<p>KINGSTON, May 1 (Reuters) - A storm hit the coast on Tuesday, officials said.</p>
<figure><img src="/a.jpg"><figcaption>Waves at the pier (Photo: Reuters)</figcaption></figure>
<p>"We have never seen anything like it," said Mayor John Smith. "Stay inside."</p><p>(rts/ip)</p></article>
<footer>Back to Top</footer></body></html>""",
    """<html lang="id"><body><div class="content"><h1>Banjir di Jakarta</h1>
<p>JAKARTA, KOMPAS.com - Banjir melanda beberapa wilayah, kata petugas.</p><p>Baca juga: Hujan deras</p>
<p>"Kami sudah siaga," ujar Budi.</p><div class="tags"><a>banjir</a><a>jakarta</a></div></div></body></html>""",
]


def mutate(page: str, data: st.DataObject) -> str:
    """A few random edits: delete, duplicate or replace a slice, insert markup or random text, truncate."""
    ops = data.draw(st.lists(st.sampled_from(["delete", "duplicate", "insert_tag", "insert_text", "truncate", "close_tags"]), max_size=6))
    for op in ops:
        if not page:
            break
        i = data.draw(st.integers(0, len(page) - 1))
        j = data.draw(st.integers(i, min(len(page), i + 400)))
        if op == "delete":
            page = page[:i] + page[j:]
        elif op == "duplicate":
            page = page[:j] + page[i:j] * data.draw(st.integers(1, 20)) + page[j:]
        elif op == "insert_tag":
            tag = data.draw(st.sampled_from(["<p>", "</p>", "<div>", "</article>", "<script>", "<!--", "<![CDATA[", "<table><tr><td>", "<br>", "<h1>", "&", "&#x0;", "\0"]))
            page = page[:i] + tag + page[i:]
        elif op == "insert_text":
            page = page[:i] + data.draw(st.text(max_size=80)) + page[i:]
        elif op == "truncate":
            page = page[:i]
        else:
            page = page + "</div>" * data.draw(st.integers(1, 50))
    return page


def assert_valid(result: dict) -> None:
    assert isinstance(result, dict)
    assert validation_errors(result) == []


@FUZZ_SETTINGS
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(raw):
    assert_valid(extract(raw, url="https://news.example/a.html"))


@FUZZ_SETTINGS
@given(st.text(max_size=2048))
def test_arbitrary_text(text):
    assert_valid(extract(text))


@FUZZ_SETTINGS
@given(st.sampled_from(SEED_PAGES), st.data())
def test_mutated_news_page(page, data):
    assert_valid(extract(mutate(page, data), url="https://news.example/2024/05/storm.html"))


@FUZZ_SETTINGS
@given(st.sampled_from(SEED_PAGES), st.data(), st.sampled_from(["utf-8", "cp1252", "utf-16", "shift_jis", "latin-1"]),
       st.sampled_from([None, "text/html", "text/html; charset=utf-8", "text/html; charset=bogus", "text/html; charset=iso-8859-1"]))
def test_mutated_page_as_bytes_in_any_encoding(page, data, encoding, content_type):
    raw = mutate(page, data).encode(encoding, "replace")
    assert_valid(extract(raw, url="https://news.example/a.html", content_type=content_type))
