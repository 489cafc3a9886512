"""Photo captions left among body paragraphs: "Sergei Lavrov (Foto: Reuters)" -> an image, out of the body.

A caption is short, ends with its photo credit ("(Foto: X)", "Photo: X", "REUTERS/Name",
"Photo by X/Getty Images"), or is a bare credit line ("Foto: dok. X"). A paragraph that merely talks
about a photo has no credit marker at its end and stays in the body.
"""

from __future__ import annotations

import re

from newsbot.extract.fields.agency import agency_for_name, is_source_line
from newsbot.extract.types import Image

CAPTION_MAX_WORDS = 45
CAPTION_MAX_SENTENCES = 2
CREDIT_MAX_WORDS = 8
CREDIT_LABELS = (
    # No short or plural nouns of running text here ("un pic de 100 points", "Bilder von Paris"): with "by/de/von"
    # after them they would end an ordinary sentence with a "credit".
    r"Foto|Photo|Photograph|Photographie|Fotograf[ií]a|Fotografie|Bildquelle|Bild|Image|Picture"
    r"|Gambar|Ilustrasi|Illustration"
    r"|Credit|Photo credit|Crédit photo|Crédit|Crédito|Quelle|Sumber foto|Video|Grafik|Grafis|Infografis"
)
_LABEL = rf"(?:{CREDIT_LABELS})"
_BY = r"(?:by|oleh|von|de|par|por)"
# "... (Foto: Reuters)" / "... [Photo: AP]"
_PAREN_CREDIT = re.compile(rf"\s*[(\[]\s*(?P<label>{_LABEL})\s*(?::|{_BY})\s*(?P<credit>[^()\[\]]{{1,80}})[)\]]\s*$", re.I)
# "... Photo: AP" / "... FOTO: ANTARA/Name" / "... Photo by X/Getty Images"
_TRAILING_CREDIT = re.compile(rf"(?:^|[\s.,;|–—-])\s*(?P<label>{_LABEL})\s*(?::|{_BY}\b)\s*(?P<credit>[^:()]{{1,80}}?(?:\s*\([^():]{{1,40}}\))?)\s*\.?$", re.I)
# "... REUTERS/Jane Doe", "... ANTARA FOTO/Name", "... AP Photo/Name", "... AFP/Getty Images"
_SLASH_CREDIT = re.compile(r"(?:^|\s)\(?(?P<credit>(?P<agency>[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?) ?/ ?[A-Z][\w.'’ -]{1,40}?(?:/[A-Z][\w ]{1,30})?)\)?\s*$")
# "... Jane Roe/AP", "... Anna Beispiel/dpa": photographer first, agency after the slash.
_NAME_SLASH_AGENCY = re.compile(r"(?:^|\s)\(?(?P<credit>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?/(?P<agency>[A-Za-z][\w ]{1,30}?))\)?\s*$")
# "Foto: dok. X" standing alone, or "FOTO: caption ..." with the label first.
_LEADING_LABEL = re.compile(rf"^\s*(?P<label>{_LABEL})\s*:\s*(?P<rest>.+)$", re.I)
# "... © FUNKE Foto Services | Reto Klar": everything after the last copyright sign.
_COPYRIGHT_CREDIT = re.compile(r"\s*(?:©|\(c\)|Copyright)\s*(?P<credit>[^©]{1,80}?)\s*$", re.I)
# "... (Elias Funez/The Union via AP)", "... (Fred Scheiber/SIPA)": a closing bracket with a slash or "via".
_BRACKET_SLASH_CREDIT = re.compile(r"\s*[(\[](?P<credit>[^()\[\]]{1,80}?(?:/|\bvia\b)[^()\[\]]{1,80}?)[)\]]\s*$")
# "... J. Scott Applewhite / AP file": photographer, spaced slash, agency (and "file"/"photo").
_SPACED_SLASH_CREDIT = re.compile(
    r"(?:^|(?<=[.!?])\s)(?P<credit>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} / (?P<agency>[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?: (?:file|photo|pool))?)\s*$"
)
# "... (AP)", "... (Keystone": a known agency or photo service alone in brackets (the closing one may be lost).
_BARE_SOURCE_CREDIT = re.compile(r"[(\[](?P<credit>[^()\[\]]{2,40}?)[)\]]?\s*$")
BARE_SOURCE_MAX_CHARS = 45  # "(" + 40 + ")" and spaces: the last bracket must open this close to the end
# "... plaza mayorJuan Roe/EFE": a photographer/agency credit glued to the caption's last word.
_GLUED_SLASH_CREDIT = re.compile(
    r"(?:(?<=[a-zß-ÿ]{3})|(?<=[.!?)»”]))(?P<credit>[A-Z][\w'’-]*(?: [A-Z][\w'’-]+){0,3}/(?P<agency>[A-Za-z][\w -]{1,30}?))\s*$"
)
# Photo services that credit pictures but write no news (so they are not in the agency table).
PHOTO_SOURCES = frozenset({
    "getty images", "getty", "afp/getty images", "keystone", "epa", "epa-efe", "imago", "imago images", "picture alliance",
    "picture-alliance", "shutterstock", "istock", "alamy", "pa", "pa images", "pa wire", "anp", "belga", "lusa", "sipa",
    "abaca", "zuma", "zuma press", "nurphoto", "reuters pictures", "ap photo", "afp photo", "efe photo", "ddp", "action press",
    "sz photo", "ullstein bild", "ritzau", "tt", "ntb", "agencia efe", "europa press", "ep", "gtres", "cordon press",
})
# Slide counters in front of a caption: "1 of 4", "2/7", "Bild 3 von 12".
_COUNTER = re.compile(r"^\s*(?:(?:Bild|Foto|Photo|Image|Gambar)\s+)?\d{1,3}\s*(?:of|von|de|dari|/)\s*\d{1,3}\s+", re.I)
# The credit patterns above that end in "$" match at most ~170 characters of whitespace-normalised text (single
# spaces), so their search starts this far from the end: the same leftmost match, without trying every
# position of a long paragraph. The slash patterns (unbounded words) need a "/" instead.
_CREDIT_TAIL_CHARS = 250
_SENTENCE_ENDS = re.compile(r"[.!?](?:\s+|$)(?=[A-Z\"“(]|$)")
_PHOTO_WORDS = re.compile(r"\b(?:photo|foto|getty|shutterstock|istock|dok\.?|doc\.?|dokumentasi)\b", re.I)


def split_caption_credit(text: str, *, bare_source: bool = True) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption line; (None, None) when `text` carries no photo credit.

    `bare_source`: a known agency alone in brackets at the end ("... (AP)") is a credit. True for the text
    of a caption element; body paragraphs pass False (there "(AP)" may close a story's sentence)."""
    text = _COUNTER.sub("", " ".join(text.split()))
    tail = max(0, len(text) - _CREDIT_TAIL_CHARS)
    match = _LEADING_LABEL.match(text)
    if match:  # "FOTO: caption (ANTARA/Name)" or a bare "Foto: dok. X"
        rest = match.group("rest")
        caption, credit = split_caption_credit(rest)
        if credit:
            return caption, credit
        if len(rest.split()) <= CREDIT_MAX_WORDS and _is_credit(rest):
            return None, rest.strip(" .")
        return None, None
    for pattern in (_PAREN_CREDIT, _TRAILING_CREDIT):
        match = pattern.search(text, tail)
        if match and _is_credit(match.group("credit")):
            return _clean_caption(text[: match.start()]), match.group("credit").strip(" .")
    match = _COPYRIGHT_CREDIT.search(text, tail)
    if match and match.start() > 0 and _is_credit(match.group("credit")):
        return _clean_caption(text[: match.start()]), match.group("credit").strip(" .")
    match = _BRACKET_SLASH_CREDIT.search(text, tail)
    if match and match.start() > 0 and _is_credit(match.group("credit")):
        return _clean_caption(text[: match.start()]), match.group("credit").strip()
    # Matched at the last opening bracket only (one regex call, not a scan of the tail).
    opened = max(text.rfind("("), text.rfind("["))
    near_end = opened > 0 and len(text) - opened <= BARE_SOURCE_MAX_CHARS
    closed = text.endswith((")", "]"))
    match = _BARE_SOURCE_CREDIT.match(text, opened) if near_end and (bare_source or not closed) else None
    if match and _is_known_source(match.group("credit")):
        return _clean_caption(text[: match.start()]), match.group("credit").strip()
    if "/" not in text:
        return None, None
    match = _SPACED_SLASH_CREDIT.search(text)
    if match and match.start("credit") > 0 and (agency_for_name(match.group("agency")) or match.group("agency").isupper()):
        return _clean_caption(text[: match.start("credit")]), match.group("credit").strip()
    match = _SLASH_CREDIT.search(text)
    if match and _is_slash_credit(match):
        return _clean_caption(text[: match.start("credit")]), match.group("credit").strip()
    match = _GLUED_SLASH_CREDIT.search(text, tail)
    if match and match.start() > 0 and _is_known_source(match.group("agency")):
        return _clean_caption(text[: match.start("credit")]), match.group("credit").strip()
    match = _NAME_SLASH_AGENCY.search(text)
    if match and (agency_for_name(match.group("agency")) or _PHOTO_WORDS.search(match.group("agency"))):
        return _clean_caption(text[: match.start("credit")]), match.group("credit").strip()
    return None, None


def _is_known_source(name: str) -> bool:
    """A news agency or a photo service: "AP", "EFE", "Getty Images", "Keystone"."""
    name = name.strip(" .")
    return bool(agency_for_name(name)) or name.casefold() in PHOTO_SOURCES


def pull_caption_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[Image]]:
    """Take caption paragraphs out of the body; they come back as images with no URL."""
    kept: list[str] = []
    images: list[Image] = []
    last = len(paragraphs) - 1
    for index, paragraph in enumerate(paragraphs):
        caption, credit = split_caption_credit(paragraph, bare_source=False) if _looks_like_caption(paragraph) else (None, None)
        if credit and not (index == last and caption is None and _is_closing_source_line(paragraph, credit)):
            images.append({"url": None, "caption": caption, "credit": credit})
        else:
            kept.append(paragraph)
    return kept, images


def _is_closing_source_line(paragraph: str, credit: str) -> bool:
    """"(Quelle: APA/sda/dpa)" ending the text credits the article, not a photo: the agency step reads it."""
    return is_source_line(paragraph) and any(agency_for_name(part) for part in re.split(r"[/,;]\s*", credit))


def _looks_like_caption(paragraph: str) -> bool:
    words = paragraph.split()
    sentences = _SENTENCE_ENDS.findall(paragraph)
    return 0 < len(words) <= CAPTION_MAX_WORDS and len(sentences) <= CAPTION_MAX_SENTENCES + 1


def _is_credit(credit: str) -> bool:
    """A credit names a source in a few words: "Reuters", "ANTARA/Name", "dok. Humas", "AP Photo/Name"."""
    credit = credit.strip(" .")
    words = credit.split()
    if not 0 < len(words) <= CREDIT_MAX_WORDS or credit.endswith(("?", "!")):
        return False
    if re.search(r"[.!?]\s+[a-z]", credit):  # a sentence continues: not a credit
        return False
    if agency_for_name(credit):
        return True
    return credit[0].isupper() or credit[0].isdigit() or words[0].casefold() in {"dok.", "dok", "doc.", "istimewa"}


def _is_slash_credit(match: re.Match[str]) -> bool:
    agency = match.group("agency")
    return bool(agency_for_name(agency) or agency.isupper() or _PHOTO_WORDS.search(match.group("credit")))


def _clean_caption(text: str) -> str | None:
    # The caption's own sentence punctuation stays as printed; only separators before the credit go.
    text = text.strip(" -–—|,;:(")
    return text or None


# "Photo: ", "Image credit: ", "Image copyright ", "Bild © ", "© ", "Copyright: ".
_CREDIT_MARK = r"(?::|©|\(c\)|copyright\b:?)"
_CREDIT_LABEL_PREFIX = re.compile(
    rf"^\s*(?:©|\(c\))?\s*(?:(?:{_LABEL})(?:\s+(?:{_LABEL}))?\s*(?:{_CREDIT_MARK}|{_BY}\b)|©|\(c\)|copyright\b:?)\s*", re.I
)


def clean_credit(text: str) -> str | None:
    """A credit as the name it gives: "Photo: AP" -> "AP", "© Jane Doe" -> "Jane Doe", "Foto by X." -> "X"."""
    text = " ".join(text.split())
    if text[:1] in "([" and text[-1:] in ")]":
        text = text[1:-1]  # "(Foto: AP)": the brackets wrap the whole credit
    text = _CREDIT_LABEL_PREFIX.sub("", text).strip(" .")
    # A bracket that opens or closes inside the credit stays: "Anna Roe (Keystone)".
    if text.count("(") < text.count(")") or text.startswith(")"):
        text = text.rstrip(")").strip()
    if text.count("(") > text.count(")"):
        text = text.lstrip("(").strip() if text.startswith("(") else text
    return text or None
