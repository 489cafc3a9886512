"""parse_dateline: the lead-in of the first body paragraph, as printed, split into city and source."""

import pytest

from newsbot.extract.fields.dateline import (
    dateline_from_byline,
    dateline_in_bylines,
    find_dateline,
    parse_dateline,
)

DATELINES = [
    # (paragraph, raw, city, source)
    ("MOSKOW, IPHEDIA.com - Moskow menawarkan bantuan.", "MOSKOW, IPHEDIA.com -", "Moskow", "IPHEDIA.com"),
    ("Mataram, NTB (ANTARA News) - Gubernur meresmikan jembatan.", "Mataram, NTB (ANTARA News) -", "Mataram", "ANTARA News"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Pemerintah menaikkan tarif.", "REPUBLIKA.CO.ID, JAKARTA --", "Jakarta", "REPUBLIKA.CO.ID"),
    ("Liputan6.com, Jakarta Harga cabai naik lagi.", "Liputan6.com, Jakarta", "Jakarta", "Liputan6.com"),
    ("KOMPAS.com - Gempa mengguncang Maluku.", "KOMPAS.com -", None, "KOMPAS.com"),
    ("Jakarta, Kompas - Harga beras turun.", "Jakarta, Kompas -", "Jakarta", "Kompas"),
    ("Jakarta, CNN Indonesia -- Rupiah menguat.", "Jakarta, CNN Indonesia --", "Jakarta", "CNN Indonesia"),
    ("JAKARTA - Banjir merendam ratusan rumah.", "JAKARTA -", "Jakarta", None),
    ("Bandung - Warga memadati alun-alun.", "Bandung -", "Bandung", None),
    ("Surabaya, Rabu (3/7/2024) - Warga antre.", "Surabaya, Rabu (3/7/2024) -", "Surabaya", None),
    ("KATHMANDU, April 25 (Reuters) - A quake struck Nepal.", "KATHMANDU, April 25 (Reuters) -", "Kathmandu", "Reuters"),
    ("LA CROSSE, Wis. (AP) — A man was arrested.", "LA CROSSE, Wis. (AP) —", "La Crosse", "AP"),
    ("ST. PAUL, Minn. (AP) — Lawmakers met.", "ST. PAUL, Minn. (AP) —", "St. Paul", "AP"),
    ("NEW DELHI: The monsoon arrived early.", "NEW DELHI:", "New Delhi", None),
    ("BEIRUT/THE HAGUE (Reuters) - Talks resumed.", "BEIRUT/THE HAGUE (Reuters) -", "Beirut/The Hague", "Reuters"),
    ("(Reuters) — Oil prices rose on Monday.", "(Reuters) —", None, "Reuters"),
    ("LONDON (Reuters) Shares fell sharply.", "LONDON (Reuters)", "London", "Reuters"),
    ("DUBAI, United Arab Emirates — The airline ordered jets.", "DUBAI, United Arab Emirates —", "Dubai", None),
    ("New York, NY – The company grew.", "New York, NY –", "New York", None),
    ("WASHINGTON—The Senate voted.", "WASHINGTON—", "Washington", None),
    ("McAllen, Texas (AP) — Agents detained two.", "McAllen, Texas (AP) —", "McAllen", "AP"),
    ("BERLIN (dpa) - Die Regierung plant Reformen.", "BERLIN (dpa) -", "Berlin", "dpa"),
    ("Frankfurt am Main (dpa) - Der Dax stieg.", "Frankfurt am Main (dpa) -", "Frankfurt am Main", "dpa"),
    ("PARIS (AFP) - Le gouvernement a annoncé une réforme.", "PARIS (AFP) -", "Paris", "AFP"),
    ("MADRID, 3 jul (EFE) - El Gobierno aprobó el plan.", "MADRID, 3 jul (EFE) -", "Madrid", "EFE"),
    ("RÍO DE JANEIRO, 5 may (EFE) - Miles marcharon.", "RÍO DE JANEIRO, 5 may (EFE) -", "Río de Janeiro", "EFE"),
    # place-only lead-ins: Funke's "Berlin." before the first sentence, a press release's caps line
    ("Berlin. Die Feuerwehr kämpft gegen einen Brand.", "Berlin.", "Berlin", None),
    ("Frankfurt am Main. Der Dax legte zu.", "Frankfurt am Main.", "Frankfurt am Main", None),
    ("Halle/Saale. Die Stadt plant einen Neubau.", "Halle/Saale.", "Halle/Saale", None),
    ("BAAR, SWITZERLAND", "BAAR, SWITZERLAND", "Baar", None),
    # a credit glued to the first word
    ("(CNN)President Donald Trump made an unscheduled trip.", "(CNN)", None, "CNN"),
    # an agency's desk in the credit, glued to the first word
    ("Hong Kong (CNN Business)A weak outlook hit shares.", "Hong Kong (CNN Business)", "Hong Kong", "CNN Business"),
    # city, region and country before a colon
    ("Washington, DC, United States: The senator spoke.", "Washington, DC, United States:", "Washington", None),
    # agency then place, on its own line or run into the story
    ("Reuters, Washington,", "Reuters, Washington,", "Washington", "Reuters"),
    ("AFP, Lyon", "AFP, Lyon", "Lyon", "AFP"),
    ("Reuters, Washington, The senator spoke.", "Reuters, Washington,", "Washington", "Reuters"),
    # a dateline alone in its own paragraph, the dash or colon ending it
    ("LONDON (Reuters) -", "LONDON (Reuters) -", "London", "Reuters"),
    ("BERLIN (dpa)", "BERLIN (dpa)", "Berlin", "dpa"),
    ("NEW DELHI:", "NEW DELHI:", "New Delhi", None),
]


@pytest.mark.parametrize(("paragraph", "raw", "city", "source"), DATELINES)
def test_dateline_is_split_into_city_and_source(paragraph, raw, city, source):
    assert parse_dateline(paragraph) == {"raw": raw, "city": city, "source": source}


NOT_DATELINES = [
    "Jakarta is the capital of Indonesia - and its largest city.",
    "Jakarta adalah ibu kota Indonesia, kata dia.",
    "Kenia: Parallel zum Gipfel riefen Gruppen zum Protest auf.",
    "Leipzig: Hier wurde vor Jahren eine Galerie gegründet.",
    "Müdigkeit und Kopfschmerzen: Jede Impfung hat Nebenwirkungen.",
    "Ob Radfahrer oder Politiker - beide Listen überraschen.",
    "Two hostages — an American and an Australian — were freed.",
    "DEAR ABBY: My husband bought plane tickets.",
    "WARNING GRAPHIC CONTENT: The footage shows the attack.",
    "BREAKING: The minister resigned.",
    "LE POINT SUR LA GUERRE - Les combats continuent.",
    "The prime minister, speaking in Rome, said the plan was ready.",
    "Wir Berliner können alles - nur nicht warten.",
    # a Title Case two-word opening with a spaced dash is a name as often as a place
    "Donald Trump - the former president - spoke on Monday.",
    "Joko Widodo - presiden ketujuh - meresmikan bendungan.",
    # one-word sentences and abbreviations before a full stop are not places
    "Ja. Das ist die Antwort.",
    "Update. Neue Zahlen liegen vor.",
    "Mr. Smith went to Washington.",
    "Donald Trump. Das ist der Name.",
    "RELATED ARTICLES, MORE",
    # a colon after a list of places, or a list of agencies, is no dateline
    "Berlin, Hamburg und München: Überall wird gestreikt.",
    "AP, Reuters, AFP and others reported the attack.",
    "Kenia:",
    "",
]


@pytest.mark.parametrize("paragraph", NOT_DATELINES)
def test_ordinary_opening_is_not_a_dateline(paragraph):
    assert parse_dateline(paragraph) is None


STANDFIRST = "Armenia menuding Azerbaijan memindahkan pasukan melewati perbatasan pekan lalu."


@pytest.mark.parametrize(
    ("paragraphs", "known", "index", "city"),
    [
        (["MOSKOW, IPHEDIA.com - Rusia siap membantu.", "Isi."], (), 0, "Moskow"),
        # the standfirst repeated from the page's description is not article text
        ([STANDFIRST, "MOSKOW, IPHEDIA.com - Rusia siap membantu."], (STANDFIRST,), 1, "Moskow"),
        # short furniture lines before the dateline
        (["Back to Gallery", "HANOI, Vietnam (AP) — Defense officials met on Tuesday."], (), 1, "Hanoi"),
        (["Published 10:02 AM EST Nov 19, 2019", "SIOUX FALLS, S.D. – The city council voted."], (), 1, "Sioux Falls"),
        # a real lede stops the search: a dash later in the story is not a dateline
        (["The council met on Monday to discuss the budget for next year.", "WHY — because it matters."], (), 0, None),
        (["Jakarta is the capital of Indonesia.", "Isi."], (), 0, None),
        # a summary block that the story restates after its dateline
        (["The airline ordered 30 jets at the air show on Wednesday.", "The deal adds to earlier sales this week.",
          "DUBAI, United Arab Emirates — The airline ordered 30 jets at the air show on Wednesday."], (), 2, "Dubai"),
        ([], (), 0, None),
        # the dateline alone in a short paragraph above the story
        (["Reuters, Washington,", "The senator spoke on Monday about the budget."], (), 0, "Washington"),
    ],
)
def test_find_dateline_skips_only_lead_in_lines(paragraphs, known, index, city):
    found_index, dateline = find_dateline(paragraphs, known)
    assert found_index == index
    assert (dateline or {}).get("city") == city


@pytest.mark.parametrize(
    ("byline", "raw", "city", "source"),
    [
        ("PTI, Washington, Nov 20 2019, 10:18am ist updated: Nov 20 2019, 13:42pm ist", "PTI, Washington", "Washington", "PTI"),
        ("Reuters/kra Frankfurt", "Reuters/kra Frankfurt", "Frankfurt", "Reuters"),
        ("AFP, Paris", "AFP, Paris", "Paris", "AFP"),
        ("Reuters | New Delhi, Nov 3, 2020", "Reuters | New Delhi", "New Delhi", "Reuters"),
        ("Reuters, Kyiv, Ukraine", "Reuters, Kyiv", "Kyiv", "Reuters"),
        ("ANTARA, JAKARTA", "ANTARA, JAKARTA", "Jakarta", "ANTARA"),
    ],
)
def test_byline_that_opens_with_agency_and_place_is_a_dateline(byline, raw, city, source):
    assert dateline_from_byline(byline) == {"raw": raw, "city": city, "source": source}


@pytest.mark.parametrize(
    "byline",
    [
        "Reuters, Thorsten Kramer",  # agency and author
        "AP, Staff",
        "dpa, Berlin, Jane Doe",  # a name follows the place
        "By Jane Doe, Reuters",
        "Reuters",
        "Jane Doe, Washington",  # no agency
        "Reuters, New Delhi",  # two capitalised words and no date: as likely a person
    ],
)
def test_byline_without_agency_then_place_is_no_dateline(byline):
    assert dateline_from_byline(byline) is None


def test_only_the_first_byline_lines_are_read():
    assert dateline_in_bylines(["Von Anna Roe", "Reuters/kra Frankfurt"])["city"] == "Frankfurt"
    assert dateline_in_bylines(["Von Anna Roe", "Von Bea Poe", "Reuters/kra Frankfurt"]) is None


def test_extract_takes_the_dateline_from_the_byline_block_when_the_text_has_none():
    from newsbot import extract

    html = """<html lang="en"><body><article><h1>Senate passes the budget after a long night</h1>
    <div class="byline">PTI, Washington, Nov 20 2019, 10:18am ist</div>
    <p>The Senate passed the budget on Tuesday night after a debate that lasted more than twelve hours.</p>
    <p>Lawmakers from both parties said the compromise was the best they could reach this year.</p>
    </article></body></html>"""
    result = extract(html, url="https://news.example/2019/11/20/budget")
    assert result["dateline"] == {"raw": "PTI, Washington", "city": "Washington", "source": "PTI"}
    assert result["body"].startswith("The Senate passed")
