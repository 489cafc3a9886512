"""extract_agency: closing codes come off the body; credits in running text are only read."""

import re

import pytest

from newsbot.extract.fields.agency import (
    agency_in_source_lines,
    extract_agency,
    find_credits,
    split_agency_codes,
)

CLOSING = [
    # (last paragraph, kept text or None when dropped, raw, codes, agencies)
    ("Rusia bersahabat dengan Azerbaijan. (rts/ip)", "Rusia bersahabat dengan Azerbaijan.", "(rts/ip)", ["rts", "ip"], ["Reuters"]),
    ("Harga beras naik tipis. (ant/ip)", "Harga beras naik tipis.", "(ant/ip)", ["ant", "ip"], ["Antara"]),
    ("Polisi masih menyelidiki. (dtk/ip)", "Polisi masih menyelidiki.", "(dtk/ip)", ["dtk", "ip"], ["detik"]),
    ("Korban dibawa ke rumah sakit. (Ant)", "Korban dibawa ke rumah sakit.", "(Ant)", ["ant"], ["Antara"]),
    ("Laporan itu dirilis Senin. (bbc/ip)", "Laporan itu dirilis Senin.", "(bbc/ip)", ["bbc", "ip"], ["BBC"]),
    ("Pertemuan dilanjutkan pekan depan. (*)", "Pertemuan dilanjutkan pekan depan.", "(*)", ["*"], []),
    ("The search continued overnight. (AP)", "The search continued overnight.", "(AP)", ["ap"], ["AP"]),
    ("Sidang ditunda hingga Kamis. (ANTARA)", "Sidang ditunda hingga Kamis.", "(ANTARA)", ["antara"], ["Antara"]),
    ("Der Eintritt ist frei. (kas)", "Der Eintritt ist frei.", "(kas)", ["kas"], []),
    ("Warga diminta waspada. (xyz/ab)", "Warga diminta waspada.", "(xyz/ab)", ["xyz", "ab"], []),
    ("(rts/ip)", None, "(rts/ip)", ["rts", "ip"], ["Reuters"]),
    ("Markets closed lower on Friday. - Reuters", "Markets closed lower on Friday.", "- Reuters", [], ["Reuters"]),
    ("The vote is expected next week. — AFP", "The vote is expected next week.", "— AFP", [], ["AFP"]),
    ("Die Gespräche gehen weiter. – dpa", "Die Gespräche gehen weiter.", "– dpa", [], ["dpa"]),
    ("Sumber: Antara", None, "Sumber: Antara", [], ["Antara"]),
    ("Fuente: EFE", None, "Fuente: EFE", [], ["EFE"]),
    # a bare agency line after the last sentence; agency and initials with no brackets
    ("PTI", None, "PTI", [], ["PTI"]),
    ("Der Bund prüft den Fall. SDA/sep", "Der Bund prüft den Fall.", "SDA/sep", ["sda", "sep"], ["SDA"]),
    ("Reuters/kra", None, "Reuters/kra", ["reuters", "kra"], ["Reuters"]),
    # source lines in brackets, with codes, a publisher's domain, several agencies
    ("(Quelle: APA/sda/dpa)", None, "(Quelle: APA/sda/dpa)", ["apa", "sda", "dpa"], ["APA", "SDA", "dpa"]),
    ("Quelle: beispiel.de, ino/dpa", None, "Quelle: beispiel.de, ino/dpa", ["ino", "dpa"], ["dpa"]),
    ("Source: Reuters, AFP", None, "Source: Reuters, AFP", [], ["Reuters", "AFP"]),
]


@pytest.mark.parametrize(("last", "kept", "raw", "codes", "agencies"), CLOSING)
def test_closing_code_is_read_and_removed(last, kept, raw, codes, agencies):
    paragraphs, agency = extract_agency(["Paragraf pertama.", last])
    assert paragraphs == ["Paragraf pertama.", *([kept] if kept else [])]
    assert agency == {"raw": raw, "codes": codes, "agencies": agencies}


CREDITS = [
    ("Dia menambahkan hal itu, melansir Reuters.", "melansir Reuters", "Reuters"),
    ("Seperti dilansir Antara, jumlah korban bertambah.", "Seperti dilansir Antara", "Antara"),
    ("Hal itu dikutip dari AFP pada Senin.", "dikutip dari AFP", "AFP"),
    ("Informasi ini dilansir dari CNN, Selasa.", "dilansir dari CNN", "CNN"),
    ("The official told Reuters the deal was close.", "told Reuters", "Reuters"),
    ("Das berichtete die Nachrichtenagentur dpa am Abend.", "berichtete die Nachrichtenagentur dpa", "dpa"),
    ("Le bilan s'alourdit, selon l'AFP.", "selon l'AFP", "AFP"),
    ("El balance aumentó, según EFE.", "según EFE", "EFE"),
]


@pytest.mark.parametrize(("paragraph", "raw", "agency_name"), CREDITS)
def test_body_credit_is_read_but_kept(paragraph, raw, agency_name):
    paragraphs, agency = extract_agency([paragraph])
    assert paragraphs == [paragraph]
    assert agency == {"raw": raw, "codes": [], "agencies": [agency_name]}


NO_AGENCY = [
    ["Pemerintah menaikkan harga BBM."],
    ["The report was published by the World Health Organization (WHO)"],
    ["He visited Andhra Pradesh (AP)"],
    ["Ia datang tepat waktu (tempo hari)."],
    [],
]


@pytest.mark.parametrize("paragraphs", NO_AGENCY)
def test_no_agency_without_code_or_credit(paragraphs):
    assert extract_agency(paragraphs) == (paragraphs, None)


def test_dateline_source_counts_when_it_is_an_agency():
    assert extract_agency(["Text."], "Reuters") == (["Text."], {"raw": "(Reuters)", "codes": [], "agencies": ["Reuters"]})


def test_dateline_source_that_is_the_site_is_not_an_agency():
    assert extract_agency(["Text."], "IPHEDIA.com") == (["Text."], None)


def test_code_and_credit_merge_agencies_in_order_of_appearance():
    paragraphs = ["Harga naik, dikutip dari AFP.", "Pasokan berkurang. (rts/ip)"]
    _, agency = extract_agency(paragraphs)
    assert agency == {"raw": "(rts/ip)", "codes": ["rts", "ip"], "agencies": ["AFP", "Reuters"]}


def test_source_line_and_code_both_come_off():
    paragraphs, agency = extract_agency(["Isi berita.", "Sumber: Reuters", "(ant/ip)"])
    assert paragraphs == ["Isi berita."]
    assert agency == {"raw": "(ant/ip)", "codes": ["ant", "ip"], "agencies": ["Reuters", "Antara"]}


@pytest.mark.parametrize(("paragraphs", "dateline_source", "raw"), [
    (["Isi, melansir Reuters.", "Akhir. (ant/ip)"], "Reuters", "(ant/ip)"),
    (["Text, told Reuters.", "The end. — AFP"], "AP", "(AP)"),
    (["Text, told Reuters.", "The end. — AFP"], None, "— AFP"),
    (["Text, told Reuters.", "The end."], None, "told Reuters"),
])
def test_raw_is_code_then_dateline_credit_then_trailer_then_body_credit(paragraphs, dateline_source, raw):
    assert extract_agency(paragraphs, dateline_source)[1]["raw"] == raw


@pytest.mark.parametrize(("code", "parts"), [("(rts/ip)", ["rts", "ip"]), ("(Ant)", ["ant"]), ("( AFP / x )", ["afp", "x"])])
def test_split_agency_codes(code, parts):
    assert split_agency_codes(code) == parts


@pytest.mark.parametrize(("code", "agency"), [
    ("rts", "Reuters"), ("reu", "Reuters"), ("ant", "Antara"), ("antr", "Antara"), ("afp", "AFP"), ("ap", "AP"),
    ("dpa", "dpa"), ("xinhua", "Xinhua"), ("xin", "Xinhua"), ("kyodo", "Kyodo"), ("bernama", "Bernama"),
    ("efe", "EFE"), ("ansa", "ANSA"), ("bbc", "BBC"), ("cnn", "CNN"), ("dtk", "detik"), ("kmp", "Kompas"),
    ("tmp", "Tempo"),
])
def test_code_table_maps_each_wire_code(code, agency):
    _, found = extract_agency(["Isi berita.", f"Penutup berita. ({code}/ip)"])
    assert found == {"raw": f"({code}/ip)", "codes": [code, "ip"], "agencies": [agency]}


@pytest.mark.parametrize(("last", "raw", "codes"), [
    # editor initials closing the article, alone or with labelled credits after them
    ("ssi, dan", "ssi, dan", ["ssi", "dan"]),
    ("ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung: 4.4.18", "ssi, dan", ["ssi", "dan"]),
    ("ino/dpa", "ino/dpa", ["ino", "dpa"]),
])
def test_closing_initials_line_is_a_code_and_leaves_the_body(last, raw, codes):
    kept, found = extract_agency(["Der Text endet hier.", last])
    assert kept == ["Der Text endet hier."]
    assert found is not None and (found["raw"], found["codes"]) == (raw, codes)


@pytest.mark.parametrize("last", [
    "Mehr dazu: hier und dort.",
    "Das ist das Ende.",
    "ok, das wars; Foto: privat",
])
def test_ordinary_last_paragraph_is_not_an_initials_line(last):
    kept, found = extract_agency(["Der Text.", last])
    assert kept[-1] == last and found is None


# Every spelling of every credit cue (find_credits skips paragraphs holding none of its cue stems).
CREDIT_CUES_BEFORE = ["lansir", "dilansir", "seperti dilansir", "sebagaimana dilansir dari", "yang dilansir", "melansir",
                      "melansir dari", "dikutip dari", "mengutip", "mengutip dari", "told", "according to", "reported by",
                      "citing", "cited by", "quoted by", "berichtet", "berichtete", "meldet", "meldete", "laut",
                      "zitiert von", "selon", "rapporte", "a rapporté", "según", "informó", "citado por"]
CREDIT_CUES_AFTER = ["reported", "melaporkan", "berichtete", "informó", "rapporte"]


@pytest.mark.parametrize("cue", CREDIT_CUES_BEFORE)
def test_every_credit_cue_before_the_agency_is_read(cue):
    for spelled in (cue, cue.upper(), cue.capitalize()):
        assert find_credits([f"Die Zahl stieg weiter, {spelled} Reuters am Montag."]) == [(f"{spelled} Reuters", "Reuters")]


@pytest.mark.parametrize("cue", CREDIT_CUES_AFTER)
def test_every_credit_cue_after_the_agency_is_read(cue):
    assert find_credits([f"Am Montag hat Reuters {cue.upper()}, die Zahl sei gestiegen."]) == [(f"Reuters {cue.upper()}", "Reuters")]


def test_a_paragraph_without_a_credit_cue_has_no_credit():
    assert find_credits(["Reuters und AFP waren vor Ort, die Polizei auch."]) == []


@pytest.mark.parametrize("last", ["SOURCE: Example Network News", "SOURCE: News agencies"])
def test_source_line_naming_no_agency_leaves_the_body_without_an_agency(last):
    # The publisher crediting itself, or "news agencies" in general, names no wire agency.
    assert extract_agency(["First paragraph.", last]) == (["First paragraph."], None)


@pytest.mark.parametrize("last", ["Speeds rose to 50 km/h.", "Pick one and/or the other.", "tempo"])
def test_slash_pairs_and_lower_case_words_are_no_codes(last):
    assert extract_agency(["First paragraph.", last]) == (["First paragraph.", last], None)


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


def test_every_credit_cue_in_the_pattern_passes_the_stem_filter():
    # Guards _CREDIT_STEMS against a cue added to the pattern later: each alternative, its optional parts
    # dropped, must hold a stem, or find_credits would skip paragraphs crediting an agency with it.
    from newsbot.extract.fields.agency import _CREDIT_CUES, _CREDIT_CUES_AFTER, _may_hold_credit

    for alternative in _top_level_alternatives(_CREDIT_CUES) + _top_level_alternatives(_CREDIT_CUES_AFTER):
        required = re.sub(r"\(\?:[^()]*\)\?", "", alternative)
        assert _may_hold_credit(required), alternative


@pytest.mark.parametrize(
    ("lines", "raw", "codes"),
    [
        (["Quelle: ntv.de, ino/dpa"], "Quelle: ntv.de, ino/dpa", ["ino", "dpa"]),
        (["Mehr zum Thema", "(APA/dpa)"], "(APA/dpa)", ["apa", "dpa"]),
        (["Reuters reported the figures on Monday, according to people familiar with the talks."], None, None),
        ([], None, None),
    ],
)
def test_agency_in_source_lines_takes_a_line_that_is_only_a_credit(lines, raw, codes):
    agency = agency_in_source_lines(lines)
    assert (agency or {}).get("raw") == raw
    assert (agency or {}).get("codes") == codes


SOURCE_FOOTER_PAGE = """<html lang="de"><body><main><article><h1>Die Stadt baut eine neue Brücke über den Fluss</h1>
<div class="article-body">
<p>Die Stadt hat am Montag beschlossen, eine neue Brücke über den Fluss zu bauen, die im Jahr 2027 fertig sein soll.</p>
<p>Die Kosten liegen nach Angaben der Verwaltung bei rund 40 Millionen Euro, der Bund übernimmt einen Teil davon.</p>
<p>Anwohner hatten sich seit Jahren eine zweite Verbindung zwischen den beiden Ufern gewünscht.</p>
<p class="article-footer_source">Quelle: ntv.de, abc/dpa</p>
</div></article></main></body></html>"""


def test_extract_reads_the_agency_from_a_source_footer_under_the_text():
    from newsbot import extract

    result = extract(SOURCE_FOOTER_PAGE, url="https://news.example/brücke")
    assert result["agency"] == {"raw": "Quelle: ntv.de, abc/dpa", "codes": ["abc", "dpa"], "agencies": ["dpa"]}
    assert "Quelle" not in result["body"]
