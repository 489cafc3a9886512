"""Language choice: a valid declaration wins, else detection on enough body text."""

from __future__ import annotations

import pytest

from newsbot.extract.language import choose_language, iso639_1

INDONESIAN = (
    "Pemerintah daerah mengatakan bahwa pembangunan jalan baru akan dimulai bulan depan setelah "
    "anggaran disetujui oleh dewan, dan warga berharap perjalanan ke pasar menjadi lebih cepat."
)
GERMAN = (
    "Die Stadtverwaltung teilte am Montag mit, dass der Bau der neuen Straße im nächsten Monat beginnen "
    "soll, nachdem der Haushalt vom Stadtrat genehmigt worden ist und die Anwohner zugestimmt haben."
)


@pytest.mark.parametrize(
    ("declared", "expected"),
    [("id-ID", "id"), ("in", "id"), ("en_US", "en"), ("DE", "de"), ("deu", "de"), ("xx", None), ("", None), (None, None)],
)
def test_iso639_1(declared, expected):
    assert iso639_1(declared) == expected


@pytest.mark.parametrize(
    ("declared", "body", "expected"),
    [
        ("en-US", INDONESIAN, "en"),  # a valid declaration is trusted
        (None, INDONESIAN, "id"),
        ("not-a-code", GERMAN, "de"),
        (None, "Terlalu pendek untuk dideteksi.", None),
        (None, "", None),
    ],
)
def test_choose_language(declared, body, expected):
    assert choose_language(declared, body) == expected


def test_detection_never_returns_a_code_outside_iso_639_1():
    # langid knows languages with no two-letter code: Ligurian text is detected as "lij".
    ligurian = "Sta cösa a l'è scrîta in zeneise, a lengoa de Zena e da Ligûria, parlâ da tanta gente inte sta tæra. " * 3
    assert choose_language(None, ligurian) is None
