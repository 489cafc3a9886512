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


@pytest.mark.parametrize(("raw", "authors", "agencies"), [
    # DOM text run together
    ("VonSabrina Beispiel", ["Sabrina Beispiel"], []),
    ("ByEmma RoeLifestyle", ["Emma Roe"], []),
    ("Jen RoePublished Jul 17, 2024, 11:21am", ["Jen Roe"], []),
    ("VonJasper MusterBarbara Beispiel", ["Jasper Muster", "Barbara Beispiel"], []),
    ("Ryan DoeRyan DoeApril 28 2023, 3:54 p.m.", ["Ryan Doe"], []),
    ("NewsJoshua Roe12:43, 20 Apr 2026", ["Joshua Roe"], []),
    ("Jane Roe0, Mark Doe & Lee Poe", ["Jane Roe", "Mark Doe", "Lee Poe"], []),
    # job titles after the name
    ("Von Holger Beispiel Leitender Wirtschaftsredakteur", ["Holger Beispiel"], []),
    ("By Tom RoeAssistant Sports EditorFollow June 26, 2023 5 AM PT", ["Tom Roe"], []),
    ("Marta Roe, Luis Doe (Enviado especial)", ["Marta Roe", "Luis Doe"], []),
    ("Anna Roe Anna Roe", ["Anna Roe"], []),
    # labels after a genre word or a lower-case brand
    ("Kommentar von Nina Beispiel", ["Nina Beispiel"], []),
    ("magazin von Jemma Roe 05. November 2024 15:36 Uhr 3 Min", ["Jemma Roe"], []),
    ("Carl von Beispiel", ["Carl von Beispiel"], []),
    # places, organisations and acronyms are not people
    ("Von Anna Muster, Frankfurt", ["Anna Muster"], []),
    ("von David Roe, MDR THÜRINGEN Stand: 28. April 2023, 05:00 Uhr", ["David Roe"], []),
    ("Kevin Doe and Kevin Roe USA TODAY Published 7:07 PM EST", ["Kevin Doe", "Kevin Roe"], []),
    ("André Oliver DUPONT", ["André Oliver DUPONT"], []),
    ("Reuters/kra Frankfurt", [], ["Reuters"]),
    ("by Lesotho Times", [], []),
    ("Elliot Roe Florida Today Published 2:16 AM EST Nov 20, 2019", ["Elliot Roe"], []),
    ("Von Anna Maria Roe Badische Zeitung", ["Anna Maria Roe"], []),
    ("By Jane Roe New York Times", ["Jane Roe"], []),
    ("Nikkei Inc.", [], []),
    ("Jane RoeTwitter Today 5:00 am", ["Jane Roe"], []),
    ("Twitter Facebook", [], []),
    # share bars run together: "LinkedIn", "WhatsApp" are not split into name-like pieces
    ("Ana Roe Nov 13, 2019 4:26 pm @anaroe Share This Article Reddit LinkedIn WhatsApp Email Print", ["Ana Roe"], []),
    # an unknown label is no name; a desk or section is no person; a name does not end in a particle
    ("By Jason Roe | November 18, 2019 | Topic: Hardware", ["Jason Roe"], []),
    ("Telegraph Sport", [], []),
    ("Tanza Roe, Business Insider", ["Tanza Roe"], []),
    ("PMJS - Coordenadoria de TI", [], []),
    # labels in more languages
    ("Текст: Венера Примерова", ["Венера Примерова"], []),
    ("Yazar: Ayşe Örnek", ["Ayşe Örnek"], []),
    ("Фото: Иван Примеров", [], []),
    # joiners in more languages
    ("Trine Beispiel og Tôrtia Muster-Roe", ["Trine Beispiel", "Tôrtia Muster-Roe"], []),
    ("Anna Roe och Lars Doe", ["Anna Roe", "Lars Doe"], []),
    # scripts without capitals: short names, roles stripped; outlets are not names
    ("大渡 美咲", ["大渡 美咲"], []),
    ("松岡大地", ["松岡大地"], []),
    ("신현주 기자", ["신현주"], []),
    ("東京新聞デジタル", [], []),
])
def test_byline_rules_round_two(raw, authors, agencies):
    parsed = parse_byline(raw)
    assert (parsed.authors, parsed.agencies) == (authors, agencies)


@pytest.mark.parametrize("raw", [
    "Foto: Mads Beispiel",
    "(Image: Getty Images/Cultura RF)",
    "Foto: REUTERS/Nadja Beispiel",
    "Quelle: Stiftung Beispiel",
    "Источник: Фундация Пример",
    "Bild: SN/APA/KEYSTONE/CYRIL MUSTER",
])
def test_photo_and_source_credits_are_not_authors(raw):
    assert parse_byline(raw).authors == []


def test_metadata_authors_outrank_teaser_bylines():
    teasers = [parse_byline("By Anna Teaser"), parse_byline("Mark Other")]
    assert merge_bylines(teasers, ["Rachel Roe"]).authors == ["Rachel Roe"]


def test_byline_sharing_a_metadata_author_adds_co_authors():
    merged = merge_bylines([parse_byline("Von Julia Roe, Carla Doe"), parse_byline("By Anna Teaser")], ["Julia Roe"])
    assert merged.authors == ["Julia Roe", "Carla Doe"]


def test_without_metadata_a_bare_name_after_the_first_byline_is_a_teaser():
    merged = merge_bylines([parse_byline("dpa"), parse_byline("Teaser Person")], [])
    assert (merged.authors, merged.agencies) == ([], ["dpa"])


def test_without_metadata_labelled_bylines_all_count():
    parsed = [parse_byline("By Staff | May 5, 2021"), parse_byline("By Lisa Roe"), parse_byline("By Ben Doe")]
    assert merge_bylines(parsed, []).authors == ["Lisa Roe", "Ben Doe"]


def test_explicit_credit_lines_add_to_the_first_byline():
    parsed = [parse_byline("REUTERS 19 NOV 2019"), parse_byline("Reporting by Will Roe; Editing by Tom Doe")]
    merged = merge_bylines(parsed, [])
    assert (merged.authors, merged.editors, merged.agencies) == (["Will Roe"], ["Tom Doe"], ["Reuters"])


def test_names_run_together_around_a_metadata_author_are_split():
    merged = merge_bylines([parse_byline("Ingrid Roe Marlene Lund Holm")], ["Marlene Lund Holm"])
    assert merged.authors == ["Marlene Lund Holm", "Ingrid Roe"]


def test_site_furniture_words_are_not_names():
    assert parse_byline("Lance Roe | Social Links Navigation At Large").authors == ["Lance Roe"]


@pytest.mark.parametrize(("paragraphs", "credits"), [
    # an unlabelled byline as the text's first line, alone or after a short deck line
    (["Mara Roe", "JAKARTA - Isi berita pertama yang cukup panjang.", "Isi kedua."], ["Mara Roe"]),
    (["…as villagers cry foul", "Mara Roe/Lena Doe", "The text starts here and goes on."], ["Mara Roe/Lena Doe"]),
    (["KAREL DOE", "Text."], ["KAREL DOE"]),
    # with a date it may follow the lead paragraph
    (["Ekonomi", "A lead paragraph that is long enough to be article text and not a deck line at all.",
      "Ada Roe | 05.04.2025 - Güncelleme : 05.04.2025", "Text."], ["Ada Roe | 05.04.2025 - Güncelleme : 05.04.2025"]),
    # as the very last line (a signature)
    (["Isi pertama.", "Isi kedua.", "Isi ketiga.", "Isi keempat.", "Lê Roe"], ["Lê Roe"]),
])
def test_bare_name_lines_at_the_text_edges_are_credits(paragraphs, credits):
    kept, pulled = pull_credit_lines(paragraphs)
    assert pulled == credits
    assert kept == [p for p in paragraphs if p not in credits]


@pytest.mark.parametrize("paragraphs", [
    # after the text has started, a bare name heads an interview box
    ["A lead paragraph that is long enough to be article text and not a deck line at all.", "Tomas Roe",
     "Politikwissenschaftler", "Text."],
    # digits that are no date, headings, buttons, sentences
    ["Harbour Police Caught 2 Suspects", "Text."],
    ["Fixtures of the Stock Car 2018", "Text."],
    ["Calendar da Stock Car 2018", "Text."],
    ["Krieg in der Ukraine", "Text."],
    ["ABONE OL", "Text."],
    ["Anna Roe.", "Text."],
    ["Text.", "Isi kedua.", "Isi ketiga.", "Isi keempat.", "Lena Doe", "Isi terakhir."],
])
def test_name_like_lines_that_are_not_credits_stay(paragraphs):
    assert pull_credit_lines(paragraphs) == (paragraphs, [])


def test_a_teaser_byline_adds_no_co_authors():
    teaser = parse_byline('Newsblog zur Wahl"Absolut klar": Die Lage spitzt sich zu nachVon Julia Roe, Carla Doe')
    assert merge_bylines([teaser], ["Julia Roe"]).authors == ["Julia Roe"]


def test_several_metadata_authors_are_the_full_list():
    ticker = parse_byline("Adina Roe, Alex Doe, Julia Roe")
    assert merge_bylines([ticker], ["Julia Roe", "Oli Poe"]).authors == ["Julia Roe", "Oli Poe"]


def test_after_a_wire_byline_only_explicit_credits_count():
    parsed = [parse_byline("dpa"), parse_byline("Von unserer Redaktion"), parse_byline("Von Chris Teaser"),
              parse_byline("Autorin: Lena Roe")]
    merged = merge_bylines(parsed, [])
    assert (merged.authors, merged.agencies) == (["Lena Roe"], ["dpa"])


def test_names_the_page_marks_as_no_person_are_refused():
    parsed = [parse_byline("by Kabar D"), parse_byline("| BY: Beachball"), parse_byline("MARA ROE")]
    merged = merge_bylines(parsed, [], not_authors=["kabar d", "beachball"])
    assert merged.authors == ["Mara Roe"]


def test_with_credit_lines_apart_a_desk_byline_ends_the_search_for_bare_names():
    dom = [parse_byline("Planet Sport 19 November 2019 • 1:16pm"), parse_byline("Judy Teaser")]
    merged = merge_bylines(dom, ["Planet Sport"], credit_lines=[])
    assert merged.authors == []


def test_with_credit_lines_apart_labelled_bylines_after_a_desk_count():
    dom = [parse_byline("By HNN Staff | November 18, 2019"), parse_byline("By Lisa Roe"), parse_byline("By Ben Doe")]
    assert merge_bylines(dom, ["HNN Staff"], credit_lines=[]).authors == ["Lisa Roe", "Ben Doe"]


def test_with_credit_lines_apart_a_name_line_counts_only_without_a_dom_person():
    name_line = [parse_byline("Mara Roe/Lena Doe")]
    assert merge_bylines([parse_byline("by Kabar Times")], ["Kabar Times"], credit_lines=name_line).authors == [
        "Mara Roe", "Lena Doe"]
    heading = [parse_byline("Girls Basketball")]
    assert merge_bylines([parse_byline("Elliot Roe")], [], credit_lines=heading).authors == ["Elliot Roe"]
    reporting = [parse_byline("Reporting by Will Roe")]
    assert merge_bylines([parse_byline("Elliot Roe")], [], credit_lines=reporting).authors == ["Elliot Roe", "Will Roe"]


@pytest.mark.parametrize(
    ("raw", "authors", "editors"),
    [
        ("Redaktion: Roman Warschauer und Marcel Sommer Sendung: hr-INFO, 25.04.2024, 10.45 Uhr", [], ["Roman Warschauer", "Marcel Sommer"]),
        ("By Jane Doe Updated: 3:04 PM", ["Jane Doe"], []),
        ("Von Jane Doe Stand: 10.05.2024", ["Jane Doe"], []),
    ],
)
def test_a_date_or_programme_field_after_the_names_ends_them(raw, authors, editors):
    byline = parse_byline(raw)
    assert (byline.authors, byline.editors) == (authors, editors)
