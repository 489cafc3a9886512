"""Language: the page's declaration first, else detection on the body text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Legacy or alternative codes pages still declare, mapped to today's ISO 639-1 code.
LANGUAGE_CODE_ALIASES = {"in": "id", "iw": "he", "ji": "yi", "jw": "jv", "mo": "ro", "sh": "sr"}
# Three-letter (ISO 639-2/3) codes seen in lang attributes, for the languages newsbot meets most.
LANGUAGE_THREE_LETTER = {
    "ind": "id", "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it",
    "por": "pt", "nld": "nl", "dut": "nl", "jpn": "ja", "kor": "ko", "zho": "zh", "chi": "zh", "rus": "ru",
    "tur": "tr", "pol": "pl", "ces": "cs", "cze": "cs", "swe": "sv", "nor": "no", "nob": "no", "dan": "da",
    "msa": "ms", "may": "ms", "ara": "ar", "ukr": "uk", "vie": "vi", "tha": "th", "fin": "fi", "lit": "lt",
}  # fmt: skip
_CODE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
_MIN_WORDS_TO_DETECT = 20


def iso639_1(declared: str | None) -> str | None:
    """"id-ID" -> "id", "in" -> "id", "en_US" -> "en", "deu" -> "de"; None when not a language code."""
    match = _CODE.match(declared or "")
    if not match:
        return None
    code = match.group(1).lower()
    if len(code) == 3:
        return LANGUAGE_THREE_LETTER.get(code)
    code = LANGUAGE_CODE_ALIASES.get(code, code)
    return code if code in _ISO_639_1 else None


def choose_language(declared: str | None, body_text: str) -> str | None:
    """The declared language when it is a valid ISO 639-1 code, else detection on >= 20 words of body."""
    code = iso639_1(declared)
    if code:
        return code
    if len((body_text or "").split()) < _MIN_WORDS_TO_DETECT:
        return None
    detected, _score = _identifier().classify(body_text[:20_000])
    # langid also knows languages with no two-letter code ("lij"); the contract is ISO 639-1 only.
    return iso639_1(detected)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Loading the model takes ~0.3 s: once per process, and only when some page declares no language.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


_ISO_639_1 = frozenset(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz "  # noqa: SIM905 - a code list reads better as words
    "ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik "
    "io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml "
    "mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd "
    "se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi "
    "vo wa wo xh yi yo za zh zu".split()
)
