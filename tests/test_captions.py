"""Caption paragraphs with photo credits leave the body and become images."""

import pytest

from newsbot.extract.fields.captions import clean_credit, pull_caption_paragraphs, split_caption_credit

CAPTIONS = [
    # (text, caption, credit)
    ("Menteri Luar Negeri Rusia, Sergei Lavrov (Foto: Reuters)", "Menteri Luar Negeri Rusia, Sergei Lavrov", "Reuters"),
    ("(Foto: ANTARA/Budi Santoso)", None, "ANTARA/Budi Santoso"),
    ("Presiden meninjau lokasi banjir di Bekasi. (ANTARA/Rina Wulandari)", "Presiden meninjau lokasi banjir di Bekasi.", "ANTARA/Rina Wulandari"),
    ("FOTO: Warga mengantre bantuan di Bekasi (ANTARA/Fajar)", "Warga mengantre bantuan di Bekasi", "ANTARA/Fajar"),
    ("Foto: dok. Humas Polda", None, "dok. Humas Polda"),
    ("Ilustrasi unjuk rasa (Foto: Istimewa)", "Ilustrasi unjuk rasa", "Istimewa"),
    ("Police stand guard outside the court. Photo: AP", "Police stand guard outside the court", "AP"),
    ("Photo: AP", None, "AP"),
    ("A woman walks past a mural in Lagos, Nigeria, May 2, 2024. REUTERS/Jane Roe", "A woman walks past a mural in Lagos, Nigeria, May 2, 2024.", "REUTERS/Jane Roe"),
    ("Fans celebrate in Madrid. Photo by John Roe/Getty Images", "Fans celebrate in Madrid", "John Roe/Getty Images"),
    ("Die Ministerin in Bonn. Foto: Anna Beispiel/dpa", "Die Ministerin in Bonn", "Anna Beispiel/dpa"),
    ("Bild: dpa", None, "dpa"),
    ("Le président à Lyon (Photo: AFP)", "Le président à Lyon", "AFP"),
    ("El alcalde en Sevilla. Foto: EFE", "El alcalde en Sevilla", "EFE"),
    # copyright sign before the credit (Funke), bracketed photographer/agency, spaced slash, slide counters
    ("Eine Rauchwolke zieht über Wohnhäuser. © FUNKE Foto Services | Anna Beispiel", "Eine Rauchwolke zieht über Wohnhäuser.",
     "FUNKE Foto Services | Anna Beispiel"),
    ("A shopper looks at extension cords. (Jane Roe/The Union via AP)", "A shopper looks at extension cords.",
     "Jane Roe/The Union via AP"),
    ("Les voitures électriques au premier semestre. (Jean Exemple/SIPA)", "Les voitures électriques au premier semestre.",
     "Jean Exemple/SIPA"),
    ("The senator speaks at the Capitol. J. Scott Example / AP file", "The senator speaks at the Capitol.", "J. Scott Example / AP file"),
    ("1 of 4 A shopper looks at extension cords. (Jane Roe/AP)", "A shopper looks at extension cords.", "Jane Roe/AP"),
    ("Warga mengungsi ke masjid (Foto: ANTARA/Rina Wulandari)", "Warga mengungsi ke masjid", "ANTARA/Rina Wulandari"),
    ("Pedagang menata cabai (Foto: Republika/Putra M. Akbar)", "Pedagang menata cabai", "Republika/Putra M. Akbar"),
]


@pytest.mark.parametrize(("text", "caption", "credit"), CAPTIONS)
def test_caption_and_credit_are_split(text, caption, credit):
    assert split_caption_credit(text) == (caption, credit)


NOT_CAPTIONS = [
    "Foto itu diambil di Jakarta pada Senin, kata dia.",
    "The photo shows the minister shaking hands with the president at the summit, officials said.",
    "He said: the photo was taken by a friend.",
    "Photo: The minister had been invited to the ceremony on Friday, where he spoke about the new law for an hour.",
    "Das Foto zeigt den Kanzler bei seiner Ankunft in Paris, wie die Regierung mitteilte.",
    "The talks resumed in Geneva on Monday.",
    "Presiden Jokowi (kanan) bersama Menteri (kiri) di Istana.",
    # a noun of running text before "de"/"von" is no credit label
    "Les recherches se sont multipliées, atteignant un pic de 100 points dimanche.",
    "Die Ausstellung zeigt Bilder von Paris.",
]


@pytest.mark.parametrize("text", NOT_CAPTIONS)
def test_paragraph_mentioning_a_photo_is_not_a_caption(text):
    assert split_caption_credit(text) == (None, None)


def test_caption_paragraphs_leave_the_body_as_images():
    paragraphs = ["Menteri Luar Negeri Rusia, Sergei Lavrov (Foto: Reuters)", "MOSKOW - Isi berita.", "Foto itu viral."]
    kept, images = pull_caption_paragraphs(paragraphs)
    assert kept == ["MOSKOW - Isi berita.", "Foto itu viral."]
    assert images == [{"url": None, "caption": "Menteri Luar Negeri Rusia, Sergei Lavrov", "credit": "Reuters"}]


def test_long_paragraph_ending_in_a_credit_stays_in_the_body():
    long_paragraph = " ".join(["Warga berkumpul di alun-alun kota."] * 12) + " (Foto: Reuters)"
    kept, images = pull_caption_paragraphs([long_paragraph])
    assert (kept, images) == ([long_paragraph], [])


@pytest.mark.parametrize(("text", "caption", "credit"), [
    ("Helfer gehen zum Schiff: 11. Mai 2026 (AFP / JANE ROE)", "Helfer gehen zum Schiff: 11. Mai 2026", "AFP / JANE ROE"),
    ("Der Präsident in Kiew Anna Beispiel/AP", "Der Präsident in Kiew", "Anna Beispiel/AP"),
    ("Die Nachrichten wirken echt. (Bild: Beispielzentrale.de / Radar)", "Die Nachrichten wirken echt.", "Beispielzentrale.de / Radar"),
])
def test_figcaption_credit_forms(text, caption, credit):
    assert split_caption_credit(text) == (caption, credit)


@pytest.mark.parametrize("text", ["He flew home from Beirut/The Hague", "Talks moved to Beirut/The Hague."])
def test_place_pair_with_slash_is_not_a_credit(text):
    assert split_caption_credit(text) == (None, None)


@pytest.mark.parametrize(
    ("printed", "credit"),
    [
        ("Photo: AP", "AP"),
        ("Foto: Reuters", "Reuters"),
        ("© Jane Doe", "Jane Doe"),
        ("Credit: Getty Images", "Getty Images"),
        ("Photo by Anna Lee.", "Anna Lee"),
        ("Reuters", "Reuters"),
        ("", None),
    ],
)
def test_credit_span_loses_its_label(printed, credit):
    assert clean_credit(printed) == credit


@pytest.mark.parametrize(("text", "caption", "credit"), [
    # a known agency or photo service alone in brackets, its closing bracket possibly lost
    ("Firefighters work at the scene on Monday. (AP)", "Firefighters work at the scene on Monday.", "AP"),
    ("Crowds gather in the square (Getty Images)", "Crowds gather in the square", "Getty Images"),
    ("Der Bundesrat tagt in Bern. (Keystone", "Der Bundesrat tagt in Bern.", "Keystone"),
    # more labels, a bracketed agency after the photographer
    ("Firefighters work at the scene. (Picture: Reuters)", "Firefighters work at the scene.", "Reuters"),
    ("Der Bundesrat tagt in Bern. Bild: Anna Beispiel (Keystone)", "Der Bundesrat tagt in Bern", "Anna Beispiel (Keystone)"),
    # a credit run on without a separator
    ("El alcalde en la plaza mayorJuan Ejemplo/EFE", "El alcalde en la plaza mayor", "Juan Ejemplo/EFE"),
    ("El alcalde en la plaza mayor.Juan Ejemplo/EFE", "El alcalde en la plaza mayor.", "Juan Ejemplo/EFE"),
    # a capital inside a surname is no run-on credit
    ("The governor in the capital. Ron DeExample/AP", "The governor in the capital.", "Ron DeExample/AP"),
])
def test_bare_glued_and_bracketed_credits(text, caption, credit):
    assert split_caption_credit(text) == (caption, credit)


@pytest.mark.parametrize("text", ["He met the minister (left).", "The talks were held in Geneva (Switzerland)"])
def test_bracketed_words_that_are_no_source_stay_caption(text):
    assert split_caption_credit(text) == (None, None)


def test_body_paragraph_ending_in_an_agency_in_brackets_stays_in_the_body():
    # In the body "(AP)" may close a story; only caption elements read it as a photo credit.
    paragraph = "The senator left the building without comment. (AP)"
    assert pull_caption_paragraphs([paragraph]) == ([paragraph], [])


@pytest.mark.parametrize(("printed", "credit"), [
    ("(Foto: AP)", "AP"),
    ("Foto: Anna Beispiel (Keystone)", "Anna Beispiel (Keystone)"),
    ("Anna Beispiel (Keystone)", "Anna Beispiel (Keystone)"),
])
def test_clean_credit_keeps_brackets_inside_the_credit(printed, credit):
    assert clean_credit(printed) == credit


def test_a_source_line_ending_the_text_is_left_for_the_agency_step():
    kept, images = pull_caption_paragraphs(["Der Text der Meldung ist lang genug.", "(Quelle: APA/sda/dpa)"])
    assert kept[-1] == "(Quelle: APA/sda/dpa)" and images == []
    # a photo credit there, or a source credit anywhere else, is still a caption credit
    assert pull_caption_paragraphs(["Text.", "(Foto: Reuters)"])[1][0]["credit"] == "Reuters"
    assert pull_caption_paragraphs(["(Quelle: APA/sda/dpa)", "Text."])[1][0]["credit"] == "APA/sda/dpa"


@pytest.mark.parametrize(
    ("raw", "credit"),
    [
        ("Image copyright Getty Images", "Getty Images"),
        ("Image credit: All About Space", "All About Space"),
        ("Bild © Roman Warschauer (hr)", "Roman Warschauer (hr)"),
        ("Copyright: dpa", "dpa"),
        ("Getty Images", "Getty Images"),
    ],
)
def test_clean_credit_drops_two_word_labels_and_copyright_marks(raw, credit):
    assert clean_credit(raw) == credit


def test_a_credit_element_beside_the_figcaption_is_the_images_credit():
    from newsbot import extract

    html = """<html lang="en"><body><article><h1>Volcano erupts again on the island after weeks of quiet</h1>
    <div class="article-body"><figure><img src="/v.jpg"><span class="image-credit">Photo: Jane Roe/Getty Images</span>
    <figcaption><span class="off-screen">Image caption</span> Ash rises over the crater on Monday.</figcaption></figure>
    <p>The volcano erupted again on Monday, sending a column of ash several kilometres into the sky above the island.</p>
    <p>Residents of nearby villages were told to stay indoors while officials assessed the damage to roads and farms.</p>
    </div></article></body></html>"""
    images = extract(html, url="https://news.example/volcano")["images"]
    assert images[0] == {"url": "https://news.example/v.jpg", "caption": "Ash rises over the crater on Monday.",
                         "credit": "Jane Roe/Getty Images"}
