"""Bylines: person names only; editors and agencies apart; credit lines out of the body."""

import pytest

from newsbot.extract.fields.byline import merge_bylines, parse_byline, pull_credit_lines
from newsbot.extract.types import Byline

BYLINES = [
    # (raw, authors, editors, agencies)
    ("By John Smith", ["John Smith"], [], []),
    ("By John Smith and Jane Doe", ["John Smith", "Jane Doe"], [], []),
    ("John Smith & Mary Jones", ["John Smith", "Mary Jones"], [], []),
    ("By JOHN SMITH, Staff Writer", ["JOHN SMITH"], [], []),
    ("Jane Doe, Senior Reporter", ["Jane Doe"], [], []),
    ("Jane Doe, Correspondent in Paris", ["Jane Doe"], [], []),
    ("By Jane Doe | The Daily Planet", ["Jane Doe"], [], []),
    ("By Jane Doe @janedoe Email the author", ["Jane Doe"], [], []),
    ("By Jane Doe Updated 3:45 PM EDT, April 25, 2024", ["Jane Doe"], [], []),
    ("By Jane Doe, April 25, 2024", ["Jane Doe"], [], []),
    ("Reporting by Anna Lee and Tom Berg; Editing by Mark Potter", ["Anna Lee", "Tom Berg"], ["Mark Potter"], []),
    ("Penulis: Rahmat Hidayat | Editor: Sandro", ["Rahmat Hidayat"], ["Sandro"], []),
    ("Editor: Sandro Gatra", [], ["Sandro Gatra"], []),
    ("Reporter: Dimas Putra", ["Dimas Putra"], [], []),
    ("Laporan wartawan Tribunnews.com, Ilham Rian Pratama", ["Ilham Rian Pratama"], [], []),
    ("Oleh Andi Saputra dan Budi Santoso", ["Andi Saputra", "Budi Santoso"], [], []),
    ("Oleh: Budi Santoso, Kompas.com", ["Budi Santoso"], [], ["Kompas"]),
    ("Von Birgit Beispiel und Anna Muster", ["Birgit Beispiel", "Anna Muster"], [], []),
    ("Par Jean Dupont et Marie Durand", ["Jean Dupont", "Marie Durand"], [], []),
    ("Por Juan Pérez y Ana García", ["Juan Pérez", "Ana García"], [], []),
    ("Ursula von der Leyen", ["Ursula von der Leyen"], [], []),
    ("Associated Press in Valencia", [], [], ["AP"]),
    ("AFP, MANILA", [], [], ["AFP"]),
    ("Reuters", [], [], ["Reuters"]),
    ("By Jane Doe and Reuters", ["Jane Doe"], [], ["Reuters"]),
    ("Deutsche Presse-Agentur", [], [], ["dpa"]),
    # no author rather than a wrong one
    ("By the numbers", [], [], []),
    ("Kompas.com", [], [], ["Kompas"]),
    ("Tim Redaksi", [], [], []),
    ("Newsroom-Redaktion", [], [], []),
    ("Site.at", [], [], []),
    ("By Staff Reporter", [], [], []),
    ("https://example.com/author/jane", [], [], []),
    ("john smith", [], [], []),
    ("By One Two Three Four Five Six", [], [], []),
]


@pytest.mark.parametrize(("raw", "authors", "editors", "agencies"), BYLINES)
def test_byline_is_split_into_people_and_agencies(raw, authors, editors, agencies):
    assert parse_byline(raw) == Byline(raw=raw, authors=authors, editors=editors, agencies=agencies)


CREDIT_LINES = [
    "Reporting by Anna Lee and Tom Berg; Editing by Mark Potter",
    "(Reporting by Anna Lee; Editing by Mark Potter)",
    "Penulis: Rahmat Hidayat | Editor: Sandro Gatra",
    "Editor: Sandro Gatra",
    "Reporter: Dimas Putra",
    "Laporan wartawan Tribunnews.com, Ilham Rian Pratama",
    "Oleh Andi Saputra",
    "By Jane Doe",
    "Von Birgit Beispiel",
    "Par Jean Dupont",
    "Por Juan Pérez",
]


@pytest.mark.parametrize("line", CREDIT_LINES)
def test_credit_line_at_the_end_is_pulled(line):
    body = ["JAKARTA - Isi berita pertama.", "Isi kedua.", "Isi ketiga.", "Isi keempat.", "Isi kelima.", "Isi keenam."]
    kept, credits = pull_credit_lines([*body, line])
    assert (kept, credits) == (body, [line])


NOT_CREDIT_LINES = [
    "Von Anfang an war der Gipfel von Protesten überschattet.",
    "By the end of the day, the market had recovered most of its losses.",
    "Oleh karena itu, pemerintah menaikkan anggaran.",
    "Par ailleurs, le ministre a annoncé une réforme.",
    "Por eso el Gobierno aprobó el plan.",
    "By Friday",
]


@pytest.mark.parametrize("line", NOT_CREDIT_LINES)
def test_sentence_starting_like_a_credit_stays(line):
    assert pull_credit_lines([line, "Isi."]) == ([line, "Isi."], [])


def test_credit_line_in_the_middle_of_a_long_body_stays():
    body = [f"Isi {i}." for i in range(10)]
    body.insert(5, "Oleh Andi Saputra")
    assert pull_credit_lines(body) == (body, [])


def test_merge_dedupes_names_and_keeps_first_raw():
    merged = merge_bylines([parse_byline("By John Smith"), parse_byline("Editor: Sandro Gatra")], ["john smith", "Redaksi"])
    assert merged == Byline(raw="By John Smith", authors=["John Smith"], editors=["Sandro Gatra"], agencies=[])


def test_merge_cleans_metadata_authors():
    merged = merge_bylines([], ["Jane Doe, Staff Writer", "Reuters", "Kompas.com", "Budi Santoso"])
    assert merged == Byline(raw=None, authors=["Jane Doe", "Budi Santoso"], editors=[], agencies=["Reuters", "Kompas"])


def test_metadata_author_who_is_the_editor_is_not_an_author():
    merged = merge_bylines([parse_byline("Penulis: Rahmat Hidayat | Editor: Sandro Gatra")], ["Sandro Gatra"])
    assert (merged.authors, merged.editors) == (["Rahmat Hidayat"], ["Sandro Gatra"])


@pytest.mark.parametrize(("raw", "authors", "agencies"), [
    ("Von Ulrich BeispielKorrespondent", ["Ulrich Beispiel"], []),
    ("By Jane DoeStaff Writer", ["Jane Doe"], []),
    ("Par Le Monde et AFP", [], ["AFP"]),
    ("The Daily Planet", [], []),
    ("AFP Deutschland", [], ["AFP"]),
    ("Deutsche Welle", [], ["DW"]),
    ("Le Thanh Hai", ["Le Thanh Hai"], []),
])
def test_glued_roles_publications_and_agency_desks(raw, authors, agencies):
    parsed = parse_byline(raw)
    assert (parsed.authors, parsed.agencies) == (authors, agencies)


@pytest.mark.parametrize(("raw", "authors", "agencies"), [
    ("By ANNA ROE, MARY JANE DOE and ERIC POETAssociated Press", ["ANNA ROE", "MARY JANE DOE", "ERIC POET"], ["AP"]),
    ("Steve Example, AP National Political Writer", ["Steve Example"], ["AP"]),
    ("Reuters November 18, 2019 11:03 PM", [], ["Reuters"]),
])
def test_wire_bylines_as_sites_print_them(raw, authors, agencies):
    parsed = parse_byline(raw)
    assert (parsed.authors, parsed.agencies) == (authors, agencies)


def test_merge_prefers_metadata_spelling_over_capitals():
    merged = merge_bylines([parse_byline("By KAREN EXAMPLE Associated Press")], ["Karen Example"])
    assert (merged.authors, merged.agencies) == (["Karen Example"], ["AP"])


def test_merge_title_cases_names_printed_only_in_capitals():
    assert merge_bylines([parse_byline("By MARY JANE SAMPLE")], []).authors == ["Mary Jane Sample"]


def test_merge_does_not_repeat_an_author_as_editor():
    merged = merge_bylines([parse_byline("By Anna Lee"), parse_byline("Editor: Anna Lee")], [])
    assert (merged.authors, merged.editors) == (["Anna Lee"], [])
