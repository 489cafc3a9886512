"""ArticleItem mirrors the schema; ArticleLoader cleans strings, passes structures through, keeps types stable."""

import hashlib

import pytest
from scrapy.http import HtmlResponse

from newsbot import extract
from newsbot.items import ArticleItem
from newsbot.loaders import ArticleLoader, clean_text, field_defaults, load_article
from newsbot.schema import field_names, validation_errors

PAGE = (
    b"<html lang='en'><head><title>T</title><meta property='article:tag' content='Oil'></head><body><article>"
    b"<h1>Oil prices edge up</h1><p>LONDON (Reuters) - Oil rose on Monday, traders said.</p>"
    b"<p>\"Supply is tight,\" said Jane Smith, an analyst.</p></article></body></html>"
)
URL = "http://news.example/2021/05/oil-prices-edge-up.html"
LIST_OR_DICT_FIELDS = ["authors", "editors", "tags", "quotes", "images", "dateline", "agency"]


def response(url=URL, body=PAGE):
    return HtmlResponse(url, body=body, encoding="utf-8")


def test_item_has_one_field_per_schema_field_plus_fetched_at():
    assert list(ArticleItem.fields) == list(dict.fromkeys([*field_names(), "fetched_at"]))


def test_every_loader_processor_names_a_real_field():
    names = [n for n in vars(ArticleLoader) if n.endswith(("_in", "_out")) and not n.startswith("default_")]
    assert names, "the loader declares per-field processors"
    assert sorted(n for n in names if n.rsplit("_", 1)[0] not in ArticleItem.fields) == []


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("  Oil   prices\tup ", "Oil prices up"),
        ("Cafe\u0301", "Caf\u00e9"),  # NFC
        ("First.\n\n\n\nSecond.", "First.\n\nSecond."),
        ("First.\r\n\r\nSecond.", "First.\n\nSecond."),
        ("First.\n\nBack to Top\n\nSecond.", "First.\n\nSecond."),
        ("Buka Komentar", None),
        ("   ", None),
        (42, 42),
        ({"raw": "x"}, {"raw": "x"}),
    ],
)
def test_clean_text(raw, cleaned):
    assert clean_text(raw) == cleaned


def test_loader_keeps_list_and_dict_fields_of_the_extraction():
    extracted = extract(PAGE, url=URL)
    item = load_article(extracted, response())
    assert {k: item[k] for k in LIST_OR_DICT_FIELDS} == {k: extracted[k] for k in LIST_OR_DICT_FIELDS}


def test_loader_output_is_valid_against_the_schema():
    assert validation_errors(dict(load_article(extract(PAGE, url=URL), response()))) == []


def test_missing_fields_get_typed_empty_values():
    item = load_article({}, response())
    assert (item["headline"], item["authors"], item["quotes"], item["dateline"], item["body"]) == (None, [], [], None, "")


def test_every_field_has_a_default():
    assert set(field_defaults()) == set(ArticleItem.fields)


def test_url_is_the_final_response_url():
    item = load_article({"url": "http://news.example/old"}, response(url="http://news.example/new-final-url"))
    assert item["url"] == "http://news.example/new-final-url"


def test_fetched_at_is_utc_iso():
    assert load_article({}, response())["fetched_at"].endswith("Z")


def test_sha1_and_word_count_follow_the_cleaned_body():
    item = load_article({"body": "One two.\n\nBack to Top", "body_sha1": "0" * 40, "word_count": 99}, response())
    assert item["body"] == "One two."
    assert (item["word_count"], item["body_sha1"]) == (2, hashlib.sha1(b"One two.").hexdigest())
