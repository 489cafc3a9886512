"""find_quotes: direct quotes, their cue as printed and the resolved speaker."""

import pytest

from newsbot.extract.fields.quotes import QUOTE_MIN_WORDS, find_quotes

SINGLE_PARAGRAPH = [
    # (paragraph, language, text, speaker, cue)
    ('"Kami akan membangun jembatan baru tahun depan," kata Budi Santoso.', "id", "Kami akan membangun jembatan baru tahun depan", "Budi Santoso", "kata"),
    ('"Harga beras sudah mulai turun di pasar," ujar Menteri Perdagangan Andi Wijaya.', "id", "Harga beras sudah mulai turun di pasar", "Andi Wijaya", "ujar"),
    ('"Kami siap membantu warga yang terdampak," kata Presiden Joko Widodo, Senin.', "id", "Kami siap membantu warga yang terdampak", "Joko Widodo", "kata"),
    # the speaker followed by a preposition or time word: "kepada wartawan", "saat ditemui", "usai rapat"
    ('"Kami siap membantu kedua negara," kata Budi Santoso kepada wartawan di Jakarta.', "id", "Kami siap membantu kedua negara", "Budi Santoso", "kata"),
    ('"Stok beras cukup sampai akhir tahun," ujar Andi Wijaya saat ditemui di Bandung, Senin.', "id", "Stok beras cukup sampai akhir tahun", "Andi Wijaya", "ujar"),
    ('"Pembangunan jalan dimulai bulan depan," tutur Siti Rahma usai rapat paripurna.', "id", "Pembangunan jalan dimulai bulan depan", "Siti Rahma", "tutur"),
    ('Menurut Siti Rahma, "pasokan air bersih masih sangat terbatas."', "id", "pasokan air bersih masih sangat terbatas.", "Siti Rahma", "Menurut"),
    ('Rina Kusuma mengatakan, "Kami belum menerima laporan resmi apa pun."', "id", "Kami belum menerima laporan resmi apa pun.", "Rina Kusuma", "mengatakan"),
    ("“We are ready to help with the talks,” said Foreign Minister Sergei Lavrov.", "en", "We are ready to help with the talks", "Sergei Lavrov", "said"),
    ("“We are ready to help with the talks,” Maria Lopez said.", "en", "We are ready to help with the talks", "Maria Lopez", "said"),
    ("“The plant will reopen next month,” Maria Lopez told Reuters.", "en", "The plant will reopen next month", "Maria Lopez", "told"),
    ("“The plant will reopen next month,” according to Maria Lopez.", "en", "The plant will reopen next month", "Maria Lopez", "according to"),
    ("Maria Lopez said: “The plant will reopen next month.”", "en", "The plant will reopen next month.", "Maria Lopez", "said"),
    ("“We need more time to decide,” energy minister Tom Baker added.", "en", "We need more time to decide", "Tom Baker", "added"),
    ("“This is a difficult day for the whole city,” said a spokesman for the council.", "en", "This is a difficult day for the whole city", None, "said"),
    ("„Wir werden alles tun, um zu helfen“, sagte Bundeskanzler Olaf Muster.", "de", "Wir werden alles tun, um zu helfen", "Olaf Muster", "sagte"),
    ("„Das ist eine gute Nachricht für alle“, so Anna Beispiel.", "de", "Das ist eine gute Nachricht für alle", "Anna Beispiel", "so"),
    ("»Wir sind bereit für die Verhandlungen«, erklärte Paul Muster.", "de", "Wir sind bereit für die Verhandlungen", "Paul Muster", "erklärte"),
    ("„Das Feuer ist noch nicht unter Kontrolle“, sagte ein Feuerwehrsprecher.", "de", "Das Feuer ist noch nicht unter Kontrolle", None, "sagte"),
    ("„Regel ist Regel, das gilt für alle“, sagte der deutsche Sportdirektor Horst Beispiel.", "de", "Regel ist Regel, das gilt für alle", "Horst Beispiel", "sagte"),
    ("« Nous sommes prêts à négocier dès demain », a déclaré Jean Dupont.", "fr", "Nous sommes prêts à négocier dès demain", "Jean Dupont", "a déclaré"),
    ("Selon Marie Durand, « la situation reste très tendue ».", "fr", "la situation reste très tendue", "Marie Durand", "Selon"),
    ("‹ Nous avons besoin de plus de temps ›, affirme Marie Durand.", "fr", "Nous avons besoin de plus de temps", "Marie Durand", "affirme"),
    ('"Vamos a seguir trabajando por el país", dijo el presidente Pedro Ejemplo.', "es", "Vamos a seguir trabajando por el país", "Pedro Ejemplo", "dijo"),
    ("“Es un día histórico para todos”, afirmó Ana García.", "es", "Es un día histórico para todos", "Ana García", "afirmó"),
    ("‘We will not give up on this project,’ said Anna Lee.", "en", "We will not give up on this project", "Anna Lee", "said"),
]


@pytest.mark.parametrize(("paragraph", "language", "text", "speaker", "cue"), SINGLE_PARAGRAPH)
def test_quote_text_speaker_and_cue(paragraph, language, text, speaker, cue):
    assert find_quotes([paragraph], language) == [{"text": text, "speaker": speaker, "cue": cue, "paragraph": 0}]


@pytest.mark.parametrize(("cue", "language"), [
    ("katanya", "id"), ("ujarnya", "id"), ("jelasnya", "id"), ("tuturnya", "id"), ("tambahnya", "id"),
    ("imbuhnya", "id"), ("ungkapnya", "id"), ("tegasnya", "id"),
])
def test_nya_form_refers_to_last_named_speaker(cue, language):
    paragraphs = [
        '"Pasokan listrik akan pulih malam ini," kata Direktur Utama Dewi Lestari.',
        f'"Petugas kami sudah bekerja sejak pagi tadi," {cue}.',
    ]
    assert find_quotes(paragraphs, language)[1] == {
        "text": "Petugas kami sudah bekerja sejak pagi tadi", "speaker": "Dewi Lestari", "cue": cue, "paragraph": 1,
    }


@pytest.mark.parametrize(("attribution", "language"), [
    ("he said", "en"), ("she added", "en"), ("kata dia", "id"), ("ujar beliau", "id"), ("sagte er", "de"),
    ("a-t-elle dit", "fr"), ("dijo él", "es"),
])
def test_pronoun_refers_to_last_named_speaker(attribution, language):
    paragraphs = ["“The first results are very promising,” said Maria Lopez.", f"“We will publish everything next week,” {attribution}."]
    assert find_quotes(paragraphs, language)[1]["speaker"] == "Maria Lopez"


def test_surname_resolves_to_full_name_introduced_earlier():
    paragraphs = [
        "Kepala Dinas Kesehatan Ahmad Fauzi meninjau posko pada Senin.",
        '"Stok obat di posko masih cukup untuk seminggu," kata Fauzi.',
    ]
    assert find_quotes(paragraphs, "id")[0]["speaker"] == "Ahmad Fauzi"


def test_quote_spanning_paragraphs_gives_one_entry_per_paragraph():
    paragraphs = [
        "Intro paragraph without quotes.",
        "“The first part of a long statement goes here,",
        "“and the statement continues in the next paragraph,” said Anna Lee.",
    ]
    assert find_quotes(paragraphs, "en") == [
        {"text": "The first part of a long statement goes here", "speaker": "Anna Lee", "cue": "said", "paragraph": 1},
        {"text": "and the statement continues in the next paragraph", "speaker": "Anna Lee", "cue": "said", "paragraph": 2},
    ]


def test_quote_spanning_paragraphs_takes_the_attribution_before_it():
    paragraphs = [
        'Speaking to the club at the time, Phil Example said: "I was there for the birth of my son.',
        '"Your whole life changes after that day."',
    ]
    assert [(q["speaker"], q["cue"], q["paragraph"]) for q in find_quotes(paragraphs, "en")] == [
        ("Phil Example", "said", 0), ("Phil Example", "said", 1),
    ]


def test_second_quote_in_same_paragraph_keeps_the_speaker():
    paragraph = "“We are ready to sign the agreement,” Maria Lopez said. “The details will follow later this week.”"
    quotes = find_quotes([paragraph], "en")
    assert [q["speaker"] for q in quotes] == ["Maria Lopez", "Maria Lopez"]


def test_partial_quote_inside_a_sentence_is_kept():
    paragraph = "The minister called the plan “a serious step backwards for the region” on Monday."
    assert [q["text"] for q in find_quotes([paragraph], "en")] == ["a serious step backwards for the region"]


@pytest.mark.parametrize("paragraph", [
    "He called the deal “historic” and left.",
    "Die Expertin nannte das „großartige Arbeit“.",
    "Pemerintah menyebut program itu sebagai \"solusi jangka panjang\".",
    "Le ministre parle d'une « réforme majeure ».",
    "The “so-called experts” disagreed.",
    "It’s the group’s third album and the band’s best.",
])
def test_scare_quotes_and_apostrophes_are_not_quotes(paragraph):
    assert find_quotes([paragraph], None) == []


def test_threshold_is_documented_in_words():
    assert QUOTE_MIN_WORDS == 4


def test_apostrophe_inside_single_quoted_quote_does_not_close_it():
    paragraph = "‘It’s the best result we’ve had in years,’ said Anna Lee."
    assert find_quotes([paragraph], "en")[0]["text"] == "It’s the best result we’ve had in years"


def test_unknown_language_still_finds_cues():
    paragraph = '"Kami akan membangun jembatan baru tahun depan," kata Budi Santoso.'
    assert find_quotes([paragraph], None)[0]["speaker"] == "Budi Santoso"


# --- end to end: the seed page's structure, through the steps in article.py's order ---------------

SEED_LIKE_PARAGRAPHS = [
    "Menteri Luar Negeri Rusia, Sergei Lavrov (Foto: Reuters)",
    "MOSKOW, IPHEDIA.com - Moskow siap membantu perundingan antara Armenia dan Azerbaijan soal garis "
    "perbatasan setelah insiden pekan lalu, kata Menteri Luar Negeri Rusia, Sergei Lavrov, Rabu.",
    "Armenia menuding Azerbaijan memindahkan pasukan melewati perbatasan, sementara Azerbaijan membantahnya.",
    '"Rusia telah menawarkan pertama-tama untuk memberikan bantuan dengan penetapan batas dan demarkasi," kata Lavrov.',
    "Dia menambahkan bahwa Moskow mengusulkan komisi bersama kedua negara. "
    '"Rusia dapat mengambil bagian (dalam komisi ini) sebagai konsultan, mediator," jelasnya, melansir Reuters.',
    "Rusia punya pangkalan militer di Armenia dan tetap bersahabat dengan Azerbaijan. (rts/ip)",
]


def _run_text_steps(paragraphs: list[str]) -> dict:
    from newsbot.extract.fields.agency import extract_agency
    from newsbot.extract.fields.byline import pull_credit_lines
    from newsbot.extract.fields.captions import pull_caption_paragraphs
    from newsbot.extract.fields.dateline import parse_dateline

    paragraphs, images = pull_caption_paragraphs(paragraphs)
    paragraphs, credit_lines = pull_credit_lines(paragraphs)
    dateline = parse_dateline(paragraphs[0]) if paragraphs else None
    paragraphs, agency = extract_agency(paragraphs, dateline["source"] if dateline else None)
    quotes = find_quotes(paragraphs, "id")
    return {"paragraphs": paragraphs, "images": images, "credits": credit_lines, "dateline": dateline,
            "agency": agency, "quotes": quotes}


def test_seed_pattern_caption_is_an_image():
    assert _run_text_steps(SEED_LIKE_PARAGRAPHS)["images"] == [
        {"url": None, "caption": "Menteri Luar Negeri Rusia, Sergei Lavrov", "credit": "Reuters"}
    ]


def test_seed_pattern_dateline():
    assert _run_text_steps(SEED_LIKE_PARAGRAPHS)["dateline"] == {
        "raw": "MOSKOW, IPHEDIA.com -", "city": "Moskow", "source": "IPHEDIA.com"
    }


def test_seed_pattern_agency_code_is_read_and_removed():
    result = _run_text_steps(SEED_LIKE_PARAGRAPHS)
    assert result["agency"] == {"raw": "(rts/ip)", "codes": ["rts", "ip"], "agencies": ["Reuters"]}
    assert result["paragraphs"][-1].endswith("Azerbaijan.")
    assert result["credits"] == []


def test_seed_pattern_quotes_resolve_to_lavrov():
    assert _run_text_steps(SEED_LIKE_PARAGRAPHS)["quotes"] == [
        {"text": "Rusia telah menawarkan pertama-tama untuk memberikan bantuan dengan penetapan batas dan demarkasi",
         "speaker": "Sergei Lavrov", "cue": "kata", "paragraph": 2},
        {"text": "Rusia dapat mengambil bagian (dalam komisi ini) sebagai konsultan, mediator",
         "speaker": "Sergei Lavrov", "cue": "jelasnya", "paragraph": 3},
    ]


def test_quote_inside_a_caption_is_not_a_quote():
    paragraphs = ['Warga membawa poster bertuliskan "Kami butuh air bersih sekarang juga" (Foto: ANTARA/Rina)', "Isi berita."]
    assert _run_text_steps(paragraphs)["quotes"] == []


def test_upper_case_dateline_is_not_part_of_the_speaker_name():
    paragraphs = ["MADRID — Carlos Ejemplo kept his team's hopes alive.", "“The format makes every mistake very costly,” Ejemplo said."]
    assert find_quotes(paragraphs, "en")[0]["speaker"] == "Carlos Ejemplo"


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ("“Demand will stay weak this year,” Jane Roe, an analyst at the Example Council on Energy, said.", "Jane Roe"),
    ("“Water vapour was found in the plume,” agency planetary scientist Avi Example said.", "Avi Example"),
    ("“We published the data in the journal,” Example and his team wrote.", None),
    ("Robertson Example, the U.S. commander, said: “The mission is going according to plan.”", "Robertson Example"),
])
def test_subject_with_apposition_or_description(paragraph, speaker):
    assert find_quotes([paragraph], "en")[0]["speaker"] == speaker


def test_pronoun_subject_with_adverb_refers_to_last_speaker():
    paragraphs = ["“The plan is ready for a vote,” said Anna Lee.", "She later told reporters: “We will win this vote easily.”"]
    assert find_quotes(paragraphs, "en")[1]["speaker"] == "Anna Lee"


def test_surname_resolves_to_the_most_mentioned_full_name():
    paragraphs = [
        "At a rally in Kentucky Example spoke for an hour.",
        "Supporters of John Example cheered. John Example thanked them.",
        "“We will win this state again next year,” Example said.",
    ]
    assert find_quotes(paragraphs, "en")[0]["speaker"] == "John Example"


def test_nya_refers_to_speaker_of_reported_speech_before_it():
    paragraphs = [
        "Juru bicara Dinas Pasar, Sari Wulandari, mengatakan jadwal disusun bersama pengelola pasar.",
        '"Kami datang pagi hari sebelum pembeli ramai," ujarnya.',
    ]
    assert find_quotes(paragraphs, "id")[0]["speaker"] == "Sari Wulandari"


def test_he_refers_to_the_person_reported_last_not_the_last_quoted():
    paragraphs = [
        "“The route is safe for hikers and porters again,” said Ram Example, a ministry official.",
        "Mina Sample, who runs a lodge near the trail, said bookings had collapsed.",
        "“Guests cancelled within hours of the news and never came back,” she said.",
    ]
    assert find_quotes(paragraphs, "en")[1]["speaker"] == "Mina Sample"


def test_pronoun_reported_speech_does_not_reset_the_speaker():
    paragraphs = [
        '"Rusia siap menjadi penengah dalam perundingan itu," kata Sergei Lavrov.',
        'Dia menambahkan bahwa Moskow mengusulkan komisi bersama. "Kami bisa menjadi konsultan bagi kedua pihak," jelasnya.',
    ]
    assert find_quotes(paragraphs, "id")[1]["speaker"] == "Sergei Lavrov"


def test_verb_first_with_lower_case_role_before_the_name():
    paragraph = "“When that money runs out, we face the same hole,” said council member Greg Example. “We are only postponing it.”"
    quotes = find_quotes([paragraph], "en")
    assert [(q["speaker"], q["cue"]) for q in quotes] == [("Greg Example", "said"), ("Greg Example", "said")]


# --- every attribution pattern of issue #4, one row each ---------------------------------------------

INTRO = "Kepala Dinas Perdagangan Budi Santoso meninjau pasar pada Senin."  # introduces the full name for "-nya" and surnames
ATTRIBUTIONS = [
    # (language, paragraphs, text, speaker, cue)
    *[("id", [INTRO, f'"Harga beras di pasar ini mulai turun," {cue} Budi.'], "Harga beras di pasar ini mulai turun",
       "Budi Santoso", cue)
      for cue in ("kata", "ujar", "ucap", "ungkap", "jelas", "tutur", "tegas", "terang", "imbuh", "tambah", "sebut",
                  "papar", "lanjut")],
    *[("id", [INTRO, f'"Harga beras di pasar ini mulai turun," {cue}.'], "Harga beras di pasar ini mulai turun",
       "Budi Santoso", cue)
      for cue in ("katanya", "jelasnya", "ujarnya", "tuturnya", "tegasnya", "imbuhnya", "ungkapnya", "lanjutnya")],
    ("id", [INTRO, 'Menurut Budi, "harga beras di pasar ini mulai turun."'], "harga beras di pasar ini mulai turun.",
     "Budi Santoso", "Menurut"),
    # a title without a comma before the name, a country inside the title
    ("id", ['"Rusia siap menjadi penengah perundingan," kata Menteri Luar Negeri Rusia Sergei Lavrov.'],
     "Rusia siap menjadi penengah perundingan", "Sergei Lavrov", "kata"),
    ("id", ['"Tim kami sudah mendata kerusakan rumah," kata Kepala Pelaksana BPBD NTB Lalu Hamdani.'],
     "Tim kami sudah mendata kerusakan rumah", "Lalu Hamdani", "kata"),
    ("en", ["“The plant will reopen next month,” Maria Lopez told Reuters."], "The plant will reopen next month",
     "Maria Lopez", "told"),
    ("en", ["Asked about jobs, Maria Lopez said: “The plant will reopen next month.”"],
     "The plant will reopen next month.", "Maria Lopez", "said"),
    ("en", ["Anna Lee spoke first.", "The company was “a serious step backwards for the region,” Lee said."],
     "a serious step backwards for the region", "Anna Lee", "said"),
    # a single-word organisation subject is not a speaker; nor is the organisation of an unnamed voice
    ("en", ["“We are cooperating with the inquiry,” WeWork said."], "We are cooperating with the inquiry", None, "said"),
    ("en", ["“We are cooperating with the inquiry,” said a WeWork spokesperson."], "We are cooperating with the inquiry",
     None, "said"),
    # "said X, who ...": the name comes first; an apposition after a description
    ("en", ["“We will appeal the ruling,” said another lawyer in the case, former prosecutor Dana Example."],
     "We will appeal the ruling", "Dana Example", "said"),
    ("de", ["„Das ist eine gute Nachricht für alle“, so Anna Beispiel."], "Das ist eine gute Nachricht für alle",
     "Anna Beispiel", "so"),
    ("de", ["Anna Beispiel sagte: „Das ist eine gute Nachricht für alle.“"], "Das ist eine gute Nachricht für alle.",
     "Anna Beispiel", "sagte"),
    # German descriptors before the name are not part of it
    ("de", ["Der Ukrainer Olek Beispiel boxt am Samstag.", "„Ich bin bereit für diesen Kampf“, sagte Beispiel."],
     "Ich bin bereit für diesen Kampf", "Olek Beispiel", "sagte"),
    ("de", ["„Wir müssen die Verfassung ändern“, sagte die Sprecherin der Partei, Karla Muster."],
     "Wir müssen die Verfassung ändern", "Karla Muster", "sagte"),
    # a role with a definite article refers to the person quoted just before
    ("de", ["Das Ziel, sagt Laith Beispiel, sei eine neue Verfassung.",
            "«Wir haben nicht einen Tyrannen gestürzt, damit ein anderer kommt», sagt der Drusenführer."],
     "Wir haben nicht einen Tyrannen gestürzt, damit ein anderer kommt", "Laith Beispiel", "sagt"),
    ("fr", ["« Nous sommes prêts à négocier dès demain », a déclaré Jean Dupont."],
     "Nous sommes prêts à négocier dès demain", "Jean Dupont", "a déclaré"),
    ("fr", ["Selon Marie Durand, « la situation reste très tendue »."], "la situation reste très tendue",
     "Marie Durand", "Selon"),
    # inverted French attributions: the pronoun is dropped from the cue
    ("fr", ["Marie Durand a reçu les syndicats.", "« La situation dans le pays est très inquiétante », confie-t-elle."],
     "La situation dans le pays est très inquiétante", "Marie Durand", "confie"),
    ("fr", ["Marie Durand a reçu les syndicats.", "« La situation dans le pays est très inquiétante », a-t-elle dit."],
     "La situation dans le pays est très inquiétante", "Marie Durand", "a dit"),
    ("es", ['"Vamos a seguir trabajando por el país", dijo el presidente Pedro Ejemplo.'],
     "Vamos a seguir trabajando por el país", "Pedro Ejemplo", "dijo"),
    ("es", ["Según Ana García, «la economía crecerá este año»."], "la economía crecerá este año", "Ana García", "Según"),
    # an unnamed speaker stays None
    ("es", ["«Siempre fue violento con nosotros», declaró la mujer de 35 años."], "Siempre fue violento con nosotros",
     None, "declaró"),
]


@pytest.mark.parametrize(("language", "paragraphs", "text", "speaker", "cue"), ATTRIBUTIONS)
def test_attribution_patterns(language, paragraphs, text, speaker, cue):
    quotes = find_quotes(paragraphs, language)
    assert [(q["text"], q["speaker"], q["cue"]) for q in quotes] == [(text, speaker, cue)]


def test_french_attribution_inside_the_marks_splits_the_quote():
    paragraphs = ["Marie Durand a reçu les syndicats.",
                  "« Là-dessus, notre désaccord est total, souligne-t-elle. Nous avons des solutions pour la branche. »"]
    assert [(q["text"], q["speaker"], q["cue"]) for q in find_quotes(paragraphs, "fr")] == [
        ("Là-dessus, notre désaccord est total", "Marie Durand", "souligne"),
        ("Nous avons des solutions pour la branche.", "Marie Durand", "souligne"),
    ]


@pytest.mark.parametrize(("open_mark", "close_mark"), [('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"), ("‹", "›"), ("‘", "’")])
def test_every_quote_mark_pair(open_mark, close_mark):
    paragraph = f"{open_mark}We will not give up on this project{close_mark}, said Anna Lee."
    assert find_quotes([paragraph], "en")[0]["text"] == "We will not give up on this project"


def test_quote_inside_a_forward_attribution_is_not_read_backwards():
    paragraph = "Umar berkata, “Wahai Aslam, jangan berlebihan dalam hal apa pun.” Aslam berkata, “Bagaimana itu?”"
    assert find_quotes(["Umar bin Khattab datang.", paragraph], "id")[0]["speaker"] == "Umar bin Khattab"


@pytest.mark.parametrize("paragraph", [
    # Two spaces before the verb: the subject regex backtracked a lone space into "who" (IndexError before).
    '"We will build the new bridge next year,"  said.',
    # A subject over SUBJECT_MAX_WORDS ending in a comma: its last comma segment is empty (IndexError before).
    "Speaking to the club members at the annual meeting in the town hall late on Friday evening last week, said: "
    '"We will build the new bridge next year."',
])
def test_blank_subject_before_the_verb_names_nobody(paragraph):
    quotes = find_quotes(["Maria Lopez opened the meeting.", paragraph], "en")
    assert [(q["text"].rstrip("."), q["speaker"]) for q in quotes] == [("We will build the new bridge next year", None)]


def test_blank_subject_reads_like_a_single_space():
    one, two = (f'"We will build the new bridge next year,"{gap}said.' for gap in (" ", "  "))
    assert find_quotes([two], "en") == find_quotes([one], "en")


# Verbs of saying in the tenses news uses, per language (perfect "ha señalado", "a martelé", Präteritum
# and Präsens, separable verbs split around the speaker), and speaker phrases with a role, a preposition
# or a place in them. The sentences are made up.
ATTRIBUTION_FORMS = [
    ("«No vamos a permitir que esto vuelva a pasar», ha señalado el presidente Pedro Ejemplo.", "es", "Pedro Ejemplo", "ha señalado"),
    ("«No vamos a permitir que esto vuelva a pasar», ha asegurado la ministra de Hacienda, María Prueba.", "es", "María Prueba", "ha asegurado"),
    ('"Esto no es aceptable para nadie", espetó Alberto Modelo.', "es", "Alberto Modelo", "espetó"),
    ('"No vamos a ceder ante nadie", zanjó Alberto Modelo.', "es", "Alberto Modelo", "zanjó"),
    ("Pedro Ejemplo ha resumido: «Hemos hecho todo lo posible por todos».", "es", "Pedro Ejemplo", "ha resumido"),
    ("«Hemos hecho todo lo posible por todos», ha dicho Pedro Ejemplo en rueda de prensa.", "es", "Pedro Ejemplo", "ha dicho"),
    ("«La obra estará lista en mayo del año que viene», recalca Juan Muestra.", "es", "Juan Muestra", "recalca"),
    ("Para Juan Muestra, «la obra estará lista en mayo del año que viene».", "es", "Juan Muestra", "Para"),
    ("«La obra estará lista en mayo del año que viene», sentenció el técnico de Los Gallardos.", "es", None, "sentenció"),
    ("„Ich habe einen großen Fehler gemacht“, gestand Karl Beispiel.", "de", "Karl Beispiel", "gestand"),
    ("„Das ist ein guter Tag für unser Land“, twitterte Karl Beispiel.", "de", "Karl Beispiel", "twitterte"),
    ("„Wir haben zu spät gehandelt“, räumte Karl Beispiel ein.", "de", "Karl Beispiel", "räumte ein"),
    ("„Wir haben zu spät gehandelt“, fügte Karl Beispiel am Montag hinzu.", "de", "Karl Beispiel", "fügte hinzu"),
    ("„Das ist nicht akzeptabel für uns“, sagt Tessiner Ständerat Marco Muster.", "de", "Marco Muster", "sagt"),
    ("Seit Mai sagt Marco Muster: „Das ist nicht akzeptabel für uns.“", "de", "Marco Muster", "sagt"),
    ("« Nous allons gagner cette bataille ensemble », a affirmé Jean Exemple.", "fr", "Jean Exemple", "a affirmé"),
    ("« C'est une erreur qui coûtera cher », a martelé Javier Modelo.", "fr", "Javier Modelo", "a martelé"),
    ("Pour Javier Modelo, « c'est une erreur qui coûtera cher ».", "fr", "Javier Modelo", "Pour"),
    ('"This is a great day for our state," House Speaker Brian Example said.', "en", "Brian Example", "said"),
    ('On Monday, Jane Sample said: "This is a great day for our state."', "en", "Jane Sample", "said"),
    ('"This is a great day for our state," Jane Sample conceded.', "en", "Jane Sample", "conceded"),
    ('"This is a great day for our state," Jane Sample quipped.', "en", "Jane Sample", "quipped"),
]


@pytest.mark.parametrize(("paragraph", "language", "speaker", "cue"), ATTRIBUTION_FORMS)
def test_attribution_forms(paragraph, language, speaker, cue):
    (quote,) = find_quotes([paragraph], language)
    assert (quote["speaker"], quote["cue"]) == (speaker, cue)


def test_possessive_is_no_speaker():
    # "Trump's July" is an owner and a month, not a two-word name.
    (quote,) = find_quotes(['Trump\'s July statement read: "This is a great day for our state."'], "en")
    assert quote["speaker"] is None


def test_opinion_preposition_needs_a_name_right_before_the_quote():
    # "pour"/"para" anywhere else is an ordinary word, and "Pour le ministre" names nobody.
    (quote,) = find_quotes(["Pour le ministre, « c'est une erreur qui coûtera cher »."], "fr")
    assert quote["speaker"] is None


@pytest.mark.parametrize("paragraph", [
    '"We will not stop this project now” the mayor said, and the council met.',
    '“We will not stop this project now," the mayor said, and the council met.',
])
def test_straight_and_curly_marks_close_each_other(paragraph):
    (quote,) = find_quotes([paragraph], "en")
    assert quote["text"] == "We will not stop this project now"


@pytest.mark.parametrize(("paragraph", "language", "speaker", "cue"), [
    ("„Das ist ein guter Tag für unser Land“, sagte Karl Beispiel dem „Spiegel“.", "de", "Karl Beispiel", "sagte"),
    ("„Das ist ein guter Tag für unser Land“, teilte das Ministerium mit.", "de", None, "teilte mit"),
    ("„Das ist ein guter Tag für unser Land“, gab Karl Beispiel zu.", "de", "Karl Beispiel", "gab zu"),
    ('"This is a great day for our state," Manchester United manager Jane Sample said.', "en", "Jane Sample", "said"),
    ('"This is a great day for our state," White House press secretary Jane Sample told reporters.', "en", "Jane Sample", "told"),
    ("« C'est une erreur qui coûtera cher », s'est inquiétée Marie Durand.", "fr", "Marie Durand", "s'est inquiétée"),
    ("«La obra estará lista en mayo del año que viene», ha explicado a Europa Press el alcalde, Juan Muestra.", "es", "Juan Muestra", "ha explicado"),
])
def test_speaker_after_addressee_role_or_split_verb(paragraph, language, speaker, cue):
    (quote,) = find_quotes([paragraph], language)
    assert (quote["speaker"], quote["cue"]) == (speaker, cue)


def test_reported_cue_inside_a_longer_cue_counts_once():
    # "fait valoir" inside "a fait valoir": the longer cue, and "Durand a" is no name before a noun.
    (quote,) = find_quotes(["Une demande. Mme Durand a fait valoir qu’« il ne peut pas avoir raison seul face à tous »."], "fr")
    assert quote["cue"] == "a fait valoir"


@pytest.mark.parametrize(("paragraph", "language"), [
    ("The band closed the night with “Dancing In The Summer Rain” before the encore.", "en"),
    ("Shops opened early for the “Black Friday Mega Sale Weekend” on Friday.", "en"),
    ("« Les Nuits Blanches De Montréal » reviennent cet hiver.", "fr"),
])
def test_quoted_titles_are_not_quotes(paragraph, language):
    assert find_quotes([paragraph], language) == []


def test_german_noun_phrase_in_quotes_is_no_title():
    # German capitalises nouns: „Mitarbeiter des Roten Kreuzes“ is read like any quote.
    quotes = find_quotes(["Er nannte sie „Mitarbeiter des Roten Kreuzes“, sagte Karl Beispiel."], "de")
    assert [q["text"] for q in quotes] == ["Mitarbeiter des Roten Kreuzes"]


def test_quote_shaped_subheading_is_not_a_quote():
    paragraphs = ["The mayor spoke for an hour on Monday.", "“We will rebuild this town together”", "The council agreed."]
    assert find_quotes(paragraphs, "en") == []


def test_paragraph_that_is_a_full_quoted_sentence_is_still_a_quote():
    paragraphs = ["Jane Roe spoke for an hour on Monday.", "“We will rebuild this town together.”"]
    assert [q["text"] for q in find_quotes(paragraphs, "en")] == ["We will rebuild this town together."]


def test_lone_capitalised_word_opening_the_sentence_is_no_speaker():
    # "Además" opens the sentence before the verb; no known name ends in it.
    (quote,) = find_quotes(["Además insistió en que «la obra estará lista en mayo del año que viene»."], "es")
    assert (quote["speaker"], quote["cue"]) == (None, "insistió")


PRE_ES = "Pedro Ejemplo llegó a Madrid el lunes por la mañana."
PRE_FR = "Jean Exemple est arrivé à Paris lundi matin pour la réunion."


@pytest.mark.parametrize(("paragraphs", "language", "speaker", "cue"), [
    # the subject after the verb, behind time words and an object phrase
    ([PRE_ES, "«Vamos a ganar esta batalla juntos», dijo el martes el presidente Pedro Ejemplo."], "es", "Pedro Ejemplo", "dijo"),
    ([PRE_ES, "«Vamos a ganar esta batalla juntos», ha señalado en declaraciones a los medios Pedro Ejemplo."], "es",
     "Pedro Ejemplo", "ha señalado"),
    ([PRE_ES, "«Vamos a ganar esta batalla juntos», ha escrito en X Pedro Ejemplo."], "es", "Pedro Ejemplo", "ha escrito"),
    ([PRE_FR, "« Nous allons gagner cette bataille ensemble », a réagi sur X le député Jean Exemple."], "fr",
     "Jean Exemple", "a réagi"),
    ([PRE_FR, "« Nous allons gagner cette bataille ensemble », a assuré mardi à l'AFP Jean Exemple, le maire."], "fr",
     "Jean Exemple", "a assuré"),
    # an outlet or the object of a preposition is no speaker
    ([PRE_ES, "«Vamos a ganar esta batalla juntos», dijo el ministro a la cadena Antena Tres."], "es", None, "dijo"),
    (["Jane Roe spoke.", '"We will win this fight together," she said in an interview with Fox News.'], "en", "Jane Roe", "said"),
    # Spanish leaves the subject out: the speaker just named
    ([PRE_ES, "«Vamos a ganar esta batalla juntos», ha añadido."], "es", "Pedro Ejemplo", "ha añadido"),
    # a party in brackets and an adverb after the name
    (["„Wir werden diesen Kampf gemeinsam gewinnen“, sagte Bundesgesundheitsminister Karl Beispiel (SPD)."], "de",
     "Karl Beispiel", "sagte"),
    (["Karl Beispiel kam nach Berlin.", "„Wir werden diesen Kampf gemeinsam gewinnen“, so Beispiel weiter."], "de",
     "Karl Beispiel", "so"),
    ([PRE_ES, "«Vamos a ganar esta batalla juntos», señaló Ejemplo a los periodistas."], "es", "Pedro Ejemplo", "señaló"),
])
def test_subject_after_the_verb_and_left_out(paragraphs, language, speaker, cue):
    quote = find_quotes(paragraphs, language)[-1]
    assert (quote["speaker"], quote["cue"]) == (speaker, cue)


@pytest.mark.parametrize(("paragraphs", "language", "speaker", "cue"), [
    # a genitive after a role: the school is no speaker, the name after the comma is
    (["Der Schulleiter der Volksschule Beispieldorf, Norbert Muster, bestätigte: „Es war sehr ruhig heute bei uns.“"], "de",
     "Norbert Muster", "bestätigte"),
    # a noun with an article is no speaker
    (["Und das Ministerium urteilt über die Lage: „Lange Transportzeiten sind nicht im Sinne der Tiere.“"], "de", None, "urteilt"),
    # the listener after "a" and a place after a particle are no speakers
    (['"El karma es algo maravilloso para todos", espetó el ingeniero a Max Muster, ganador del GP de Qatar.'], "es", None, "espetó"),
    # "it" names an organisation; a heading in capitals and a role with no name name nobody
    (['It suggests her memories were "California and the long summer of 1980".'], "en", None, "suggests"),
    (['"We will fight this decision in every court," the Prime Minister said.'], "en", None, "said"),
    # a name alone in a middle comma segment, a name alone in the last one before the verb
    (["«Nous avons pratiquement gagné cette bataille», a affirmé le ministre de la Défense, Andreï Exemple, selon une vidéo."],
     "fr", "Andreï Exemple", "a affirmé"),
    (['Asked whether he backs packing the Supreme Court, Tester quipped, "That is not going to happen here."'], "en",
     "Tester", "quipped"),
    (['Sen. Ted Roe, R-Texas, said: "This is a profound indictment of the system."'], "en", "Ted Roe", "said"),
    # a conjunction opening the sentence is not part of the name
    (["Liat Beispiel lebt im Kibbuz.", "Obwohl Liat große Angst hatte, sagt sie: „Ich habe vor, zurückzukehren.“"], "de",
     "Liat Beispiel", "sagt"),
])
def test_speaker_phrases_that_hold_no_name_or_a_hidden_one(paragraphs, language, speaker, cue):
    quote = find_quotes(paragraphs, language)[-1]
    assert (quote["speaker"], quote["cue"]) == (speaker, cue)


def _speakers(paragraphs: list[str], language: str = "en") -> list[str | None]:
    return [quote["speaker"] for quote in find_quotes(paragraphs, language)]


def test_a_capitalised_word_inside_a_name_is_not_a_speech_verb():
    # "States" in "United States" is not the verb "states", so "Two United" never becomes a speaker
    paragraphs = [
        "Two United States soldiers were killed in Afghanistan on Monday, the military said.",
        '"The cause of the crash is under investigation, and early reports rule out enemy fire," the statement said.',
    ]
    assert _speakers(paragraphs) == [None]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [("Zwei Wachen brachten Liat Atzili in ein anderes Haus.", "de"), ("Two Guards took Liat Atzili to another house.", "en")],
)
def test_a_count_opening_the_sentence_is_not_part_of_a_name(sentence, language):
    from newsbot.extract.fields.quotes import _full_names, _vocabulary

    assert list(_full_names([sentence], _vocabulary(language))) == ["Liat Atzili"]


def test_a_military_rank_is_a_title_not_part_of_the_name():
    paragraphs = ['"There is only one place for him," Rear Admiral Daniel Hagari told the television channel.']
    assert _speakers(paragraphs) == ["Daniel Hagari"]


def test_the_last_part_of_a_double_surname_names_the_person():
    paragraphs = [
        "El ministro del Interior, Fernando Grande-Marlaska, ha comparecido por la tarde.",
        '"Es una tragedia enorme para todos nosotros", ha dicho Marlaska.',
    ]
    assert _speakers(paragraphs, "es") == ["Fernando Grande-Marlaska"]


def test_a_compound_noun_after_an_acronym_is_no_double_surname():
    # "EU-Richtlinien" must not make every "Richtlinien" a mention of a person called "Neue EU-Richtlinien"
    from newsbot.extract.fields.quotes import _surname_keys

    assert _surname_keys("Neue EU-Richtlinien") == ["eu-richtlinien"]
    assert _surname_keys("Laith al-Balaous") == ["al-balaous", "balaous"]


def test_indonesian_di_after_a_name_is_a_preposition_and_the_short_name_resolves():
    paragraphs = [
        "Jakarta (ANTARA) - Menteri Keuangan Sri Mulyani Indrawati mengatakan inflasi akan tetap terkendali.",
        '"Kami melihat tekanan harga pangan sudah mereda," kata Sri Mulyani di Jakarta, Senin.',
        '"Koordinasi dengan daerah menjadi kunci," ujarnya.',
    ]
    assert _speakers(paragraphs, "id") == ["Sri Mulyani Indrawati", "Sri Mulyani Indrawati"]


def test_a_first_name_cited_alone_after_a_cue_keeps_the_full_name_it_comes_from():
    paragraphs = [
        "Kepala Stasiun Geofisika Ambon, Andi Azhar Rusdin, mengatakan gempa tidak berpotensi tsunami.",
        '"Hasil pemodelan menunjukkan gempa ini tidak berpotensi tsunami," ungkap Andi saat dihubungi.',
    ]
    assert _speakers(paragraphs, "id") == ["Andi Azhar Rusdin"]


def test_a_name_is_not_extended_by_a_trailing_abbreviation():
    paragraphs = [
        "Plymouth's Luke Pollard MP condemned the violence on Sunday.",
        '"Be in no doubt: you will face the full force of the law," said Luke Pollard.',
    ]
    assert _speakers(paragraphs) == ["Luke Pollard"]


def test_an_office_acronym_after_the_title_is_not_part_of_the_name():
    paragraphs = ['"Kami terus memantau harga minyak dunia," tutur Menteri ESDM Bahlil Lahadalia.']
    assert _speakers(paragraphs, "id") == ["Bahlil Lahadalia"]


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        (["Der Familienvater ist seit Jahren arbeitslos.", '"Ich trage die Verantwortung für meine Kinder allein", sagt Familienvater.'], "de"),
        (["However, the plan was delayed again.", '"We will not accept this kind of delay at all," However said.'], "en"),
    ],
)
def test_a_noun_or_a_sentence_adverb_is_never_a_speaker(paragraphs, language):
    assert _speakers(paragraphs, language) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"Viele Produkte sind mangelhaft", sagt Simone Vintz von der Stiftung Warentest.', "Simone Vintz"),
        ('"Wir fordern sofort mehr Personal für die Wachen", sagt Benjamin Jendro von der Gewerkschaft der Polizei.', "Benjamin Jendro"),
        ('"Europa muss jetzt gemeinsam und entschlossen handeln", sagte Ursula von der Leyen in Brüssel.', "Ursula von der Leyen"),
    ],
)
def test_a_phrase_about_an_institution_after_the_name_is_cut(sentence, speaker):
    assert _speakers([sentence], "de") == [speaker]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ('"The pending proceeding must not be prejudged in any way," Israel said.', "en"),
        ('"Die Lage ist ernst und wir beobachten sie sehr genau", erklärte Moskau.', "de"),
    ],
)
def test_a_state_speaking_through_its_name_is_no_person(sentence, language):
    assert _speakers([sentence], language) == [None]


def test_a_definite_title_names_the_person_introduced_with_it():
    paragraphs = [
        "US President Donald Trump met Chinese officials in Washington on Monday.",
        "Secretary-General Antonio Guterres was not at the meeting.",
        'The president said on Tuesday that China "is going to have to make a deal that I like."',
    ]
    assert _speakers(paragraphs) == ["Donald Trump"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "speaker"),
    [
        (["El alcalde de la ciudad, Ángel Collados, visitó la zona.",
          '"Hay que cumplir siempre las órdenes de evacuación", ha insistido el alcalde.'], "es", "Ángel Collados"),
        (["Der Kanzler, Olaf Scholz, reiste am Montag nach Paris.",
          '"Wir stehen fest an der Seite unserer Partner", sagte der Kanzler.'], "de", "Olaf Scholz"),
    ],
)
def test_a_title_introduced_as_an_apposition_names_its_holder(paragraphs, language, speaker):
    assert _speakers(paragraphs, language) == [speaker]


def test_a_title_two_people_hold_is_not_resolved_by_title():
    from newsbot.extract.fields.quotes import _note_title

    titled: dict[str, str | None] = {}
    _note_title(titled, "president", "Donald Trump")
    _note_title(titled, "president", "Donald Trump")
    assert titled == {"president": "Donald Trump"}
    _note_title(titled, "president", "Emmanuel Macron")
    assert titled == {"president": None}
    paragraphs = [
        "US President Donald Trump met French President Emmanuel Macron in Paris.",
        '"We talked about trade and about the war for a long time," the president said.',
    ]
    assert _speakers(paragraphs) == [None]
