"""Bylines: credit lines out of the body, raw bylines into person names, editors and agencies.

The rule throughout is "no author rather than a wrong one": a candidate is kept only when it reads
as a person's name (capitalised words, no digits, URLs or site names, at most five words). Agency
names go to `agencies`. A single-word name is accepted only after an explicit label ("Editor: Sandro").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from newsbot.extract.fields.agency import agency_for_name
from newsbot.extract.lexicon.byline_roles import (
    BYLINE_AUTHOR_LABELS,
    BYLINE_DATE_WORDS,
    BYLINE_EDITOR_LABELS,
    BYLINE_GENRE_WORDS,
    BYLINE_MASTHEAD_OPENERS,
    BYLINE_NAME_JOINERS,
    BYLINE_NAME_PARTICLES,
    BYLINE_NOT_AUTHOR_LABELS,
    BYLINE_NOT_NAME_WORDS,
    BYLINE_PUBLICATION_ARTICLES,
    BYLINE_PUBLICATION_TAILS,
    BYLINE_ROLE_ADJECTIVES,
    BYLINE_ROLE_ENDINGS,
    BYLINE_ROLES,
    BYLINE_STOP_PHRASES,
)
from newsbot.extract.types import Byline

BYLINE_MAX_NAME_WORDS = 5
CREDIT_LINE_MAX_WORDS = 25
BARE_CREDIT_MAX_WORDS = 8
CREDIT_LINE_WINDOW = 3  # credit lines sit in the first or last few paragraphs

_LABELS = sorted(
    {*BYLINE_AUTHOR_LABELS, *(lab.rstrip(":") for lab in BYLINE_EDITOR_LABELS), *BYLINE_NOT_AUTHOR_LABELS},
    key=len,
    reverse=True,
)
_EDITOR_LABELS = {lab.rstrip(":") for lab in BYLINE_EDITOR_LABELS}
_SKIP_LABELS = set(BYLINE_NOT_AUTHOR_LABELS) - set(BYLINE_AUTHOR_LABELS) - _EDITOR_LABELS
# Short labels glued to the name when DOM text runs together ("VonSabrina Beispiel", "ByEmma Roe").
_GLUED_LABEL = re.compile(r"(?<![^\W\d_])(By|Von|Par|Por|Oleh|Door|Av|Af)(?=[A-ZÀ-ÞĀ-Ž][a-zß-ÿ])")
# "Jen RoePublished", "Jasper RoeBarbara Doe": lower-case letters then a capital inside one word is where
# two DOM elements were joined without a space, unless the word starts with a name prefix ("MacKenzie").
_GLUED_WORDS = re.compile(r"(?<=[a-zß-ÿ]{2})(?=[A-ZÀ-Þ][a-zß-ÿ])")
_NAME_PREFIXES = frozenset({"mac", "van", "von", "des", "del", "della", "fitz", "san", "ben", "abu", "bin"})
_FOOTNOTE_DIGITS = re.compile(r"(?<=[a-zß-ÿ])\d{1,2}(?=,|\s|$)")
_PARENTHETICAL = re.compile(r"\(([^()]*)\)")
_UNICASE_NAME_SUFFIXES = ("新聞", "新闻", "日報", "日报", "社", "网", "網", "局", "部", "デジタル", "オンライン")
_LABEL_RE = re.compile(r"(?<![\w@.])(" + "|".join(re.escape(lab) for lab in _LABELS) + r")(?![\w-])\s*(:)?", re.I)
_SEPARATORS = re.compile(r"\s*[|;•·\n]\s*|\s+[-–—/]\s+")
_JOINERS = re.compile(r"\s*,\s*|\s+(?:" + "|".join(re.escape(j) for j in BYLINE_NAME_JOINERS) + r")\s+", re.I)
_STOP = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in BYLINE_STOP_PHRASES) + r")(?!\w).*$", re.I | re.S)
_ROLE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(r) for r in sorted(BYLINE_ROLES, key=len, reverse=True)) + r")(?!\w)", re.I)
_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|@\w+|\(\s*\)")
_PLACE_SUFFIX = re.compile(r"\s+(?:in|aus|à|en|di|from|at)\s+[A-Z].*$")


@dataclass
class _Parsed:
    byline: Byline
    rejected: list[str] = field(default_factory=list)


def parse_byline(raw: str) -> Byline:
    """Person names, editors and agencies from one byline as printed; `raw` kept."""
    return _parse(raw).byline


def pull_credit_lines(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Remove standalone credit lines ("Reporting by A; Editing by B", "Oleh A") at the start or end."""
    kept, credits = [], []
    last = len(paragraphs) - 1
    # Where the text proper starts: a bare name after it is an interviewee or a heading, not a byline.
    lead = next((i for i, p in enumerate(paragraphs) if len(p.split()) >= NAME_LINE_LEAD_WORDS), len(paragraphs))
    for index, paragraph in enumerate(paragraphs):
        near_edge = index < CREDIT_LINE_WINDOW or index > last - CREDIT_LINE_WINDOW
        name_line = last > 0 and (index == last or index < CREDIT_LINE_WINDOW) and _is_name_line(paragraph, index == last or index < lead)
        if (near_edge and _is_credit_line(paragraph)) or name_line:
            credits.append(paragraph.strip())
        else:
            kept.append(paragraph)
    return kept, credits


def merge_bylines(
    parsed: list[Byline],
    metadata_authors: list[str],
    not_authors: Iterable[str] = (),
    credit_lines: list[Byline] | None = None,
) -> Byline:
    """One byline from DOM bylines, credit lines and metadata authors, names deduped case-insensitively.

    Metadata authors (JSON-LD, <meta name=author>) name this article; DOM bylines may belong to teasers
    of other articles. So when the metadata names a person, a DOM byline adds names only if it shares
    one with the metadata (co-authors); otherwise the first byline that credits anyone is the byline.
    A name printed in capitals ("KAREN LINDQVIST") takes the metadata's spelling when there is one,
    else Title Case. Editors who are also authors are listed once, as authors. `not_authors` are names
    the page itself marks as no person (the site's brand, a CMS admin account's display name).

    `credit_lines` (pulled from the article text) may come apart from the DOM bylines in `parsed`; then
    they always count, and a DOM byline repeating a non-person metadata author ("Telegraph Sport") is
    the article's byline, so bare names in later DOM bylines are teasers'. With None, `parsed` holds both.
    """
    refused = {" ".join(name.casefold().split()) for name in not_authors}

    def keep_people(bylines: list[Byline]) -> list[Byline]:
        return [replace(b, authors=[n for n in b.authors if n.casefold() not in refused]) for b in bylines]

    parsed = keep_people(parsed)
    credits = keep_people(credit_lines) if credit_lines is not None else None
    everything = parsed + (credits or [])
    raw = next((b.raw for b in everything if b.raw), None)
    editors = [name for b in everything for name in b.editors]
    agencies = [a for b in everything for a in b.agencies]
    editor_keys = {e.casefold() for e in editors}
    declared: list[str] = []
    desks: list[str] = []
    for item in metadata_authors:
        meta = _parse(item).byline
        agencies += meta.agencies
        # Sites often list the editor as metadata author; the credit line knows better.
        declared += [name for name in meta.authors if name.casefold() not in editor_keys]
        desks += [] if meta.authors else [item]
    if credits is None or declared:
        authors = _authors_from_bylines(everything, declared)
    else:
        authors = _authors_from_dom(parsed, desks)
        # Credit lines from the text: labelled ones always count; a bare name line only when the DOM
        # byline names no person (it may be a sub-heading like "Girls Basketball" otherwise).
        authors += [name for b in credits if _is_labelled_credit(b.raw) or not authors for name in b.authors]
    authors = _unique_names(authors)
    author_keys = {a.casefold() for a in authors}
    editors = _unique_names([e for e in editors if e.casefold() not in author_keys])
    return Byline(raw=raw, authors=authors, editors=editors, agencies=_unique(agencies))


def _authors_from_bylines(parsed: list[Byline], declared: list[str]) -> list[str]:
    if declared:
        if len(declared) > 1:
            return declared  # metadata listing several people is the full list; DOM bylines may be teasers
        keys = {name.casefold() for name in declared}
        shared = [b for b in parsed if any(name.casefold() in keys for name in b.authors) and not _is_teaser(b.raw)]
        return declared + [name for b in shared for name in b.authors] + _co_authors_around(parsed, declared)
    first = next((b for b in parsed if b.authors or b.agencies), None)
    # A wire story ("dpa") has no writers in other elements: a bare "Von A" further down is a teaser's.
    explicit_only = first is not None and not first.authors
    credits = [b for b in parsed if b is not first and _is_labelled_credit(b.raw, explicit_only)]
    return [name for b in ([first] if first else []) + credits for name in b.authors]


DESK_MIN_CHARS = 3


def _authors_from_dom(parsed: list[Byline], desks: list[str]) -> list[str]:
    """Without metadata persons: the first DOM byline that credits anyone or repeats a desk the
    metadata names ("Telegraph Sport"), plus the labelled credits after it."""
    keys = [" ".join(desk.casefold().split()) for desk in desks if len(desk.strip()) >= DESK_MIN_CHARS]

    def is_first(byline: Byline) -> bool:
        text = " ".join((byline.raw or "").casefold().split())
        return bool(byline.authors or byline.agencies) or any(key in text for key in keys)

    first = next((b for b in parsed if is_first(b)), None)
    # After a wire credit only explicit credits count; after a desk ("HNN Staff") a "By A" does too.
    explicit_only = first is not None and not first.authors and bool(first.agencies)
    credits = [b for b in parsed if b is not first and _is_labelled_credit(b.raw, explicit_only)]
    return [name for b in ([first] if first else []) + credits for name in b.authors]


TEASER_MIN_REJECTED_WORDS = 4


def _is_teaser(raw: str | None) -> bool:
    """A byline run together with other text ("Newsblog zur Wahl: Trump legt nachVon A, B") is a teaser
    for another article: its names are that article's writers."""
    rejected = _parse(raw).rejected if raw else []
    return sum(len(piece.split()) for piece in rejected) >= TEASER_MIN_REJECTED_WORDS


def _co_authors_around(parsed: list[Byline], declared: list[str]) -> list[str]:
    """"Ingrid Roe Marlene Doe Holm" (DOM names run together with spaces) with "Marlene Doe Holm" declared:
    the rest of that run is a co-author when it reads as a full name."""
    found: list[str] = []
    for byline in parsed:
        for run in byline.authors:
            for name in declared:
                if name != run and f" {name} " in f" {run} ":
                    rest = " ".join(f" {run} ".replace(f" {name} ", " | ").split())
                    found += [n for part in rest.split("|") if (n := _clean_name(part.strip())) and " " in n]
    return found


def opens_with_credit_label(text: str) -> bool:
    """The text starts with an explicit credit label: "Penulis: A | Editor: B", "Reporting by A", "Autor: A"."""
    text = text.lstrip(" ([")
    return _LABEL_RE.match(text) is not None and _is_labelled_credit(text, explicit_only=True)


def _is_labelled_credit(raw: str | None, explicit_only: bool = False) -> bool:
    """"Reporting by A; Editing by B", "Penulis: A", "By A": a credit that says it is one. A bare
    name ("Anna Roe") may be a teaser's byline and only counts when it is the first byline. With
    `explicit_only` a bare "By"/"Von" is not enough: the label needs a colon or a phrase ("Reporting by")."""
    match = _LABEL_RE.search(raw or "")
    if not match or match.group(1).casefold() in _SKIP_LABELS:
        return False
    if bool(match.group(2)) or " " in match.group(1).strip():
        return True
    return not explicit_only and not raw[: match.start()].strip(" ([")


def _unique_names(names: list[str]) -> list[str]:
    """Dedupe case-insensitively in first-seen order, preferring a spelling that is not all capitals."""
    spellings: dict[str, str] = {}
    for name in names:
        key = name.casefold()
        if key not in spellings or (spellings[key].isupper() and not name.isupper()):
            spellings[key] = name
    return [name.title() if name.isupper() else name for name in spellings.values()]


def _is_credit_line(paragraph: str) -> bool:
    text = paragraph.strip().strip("()[]").strip()
    words = text.split()
    if not words or len(words) > CREDIT_LINE_MAX_WORDS or text.endswith(("?", "!")):
        return False
    label = _LABEL_RE.match(text)
    if not label:
        return False
    parsed = _parse(text)
    found = parsed.byline.authors or parsed.byline.editors or parsed.byline.agencies
    if label.group(2) or " by" in label.group(1).casefold() or label.group(1).casefold().startswith("laporan"):
        return bool(found)
    # A bare "By A" / "Oleh A" / "Von A": short and nothing but names.
    return bool(found) and len(words) <= BARE_CREDIT_MAX_WORDS and not parsed.rejected


NAME_LINE_MAX_WORDS = 12
NAME_LINE_MAX_CHARS = 80
NAME_LINE_LEAD_WORDS = 15  # a paragraph this long is article text


def _is_name_line(paragraph: str, bare_ok: bool = True) -> bool:
    """A paragraph of nothing but full names, maybe with a date ("Mara Roe/Lena Doe", "Ada Roe | 05.04.2025"):
    an unlabelled byline printed as the first lines or the last line of the text. Without `bare_ok` (after
    the text has started) only a name with a date counts: a bare name there heads an interview or a box."""
    text = paragraph.strip()
    if not text or len(text) > NAME_LINE_MAX_CHARS or len(text.split()) > NAME_LINE_MAX_WORDS:
        return False
    if text.endswith((".", "?", "!", ":")) or '"' in text or _LABEL_RE.match(text):
        return False  # sentences, quotes; labelled credits are _is_credit_line's
    first_digit = re.search(r"\d", text)
    if first_digit and not _is_date_tail(text[first_digit.start():]):
        return False  # "Police Caught 2 Miscreants", "Stock Car Calendar 2018": the digits are not a date
    if not first_digit and not bare_ok:
        return False
    parsed = _parse(text)
    byline = parsed.byline
    return bool(byline.authors) and not parsed.rejected and not byline.editors and not byline.agencies


_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}|\d{1,2}:\d{2}")


def _is_date_tail(text: str) -> bool:
    """"05.04.2025 - Updated: 05.04.2025", "12 May 2024 10:00 Uhr": a date or time and nothing else
    (a lone year or count is not a date)."""
    words = [word.casefold() for word in re.findall(r"[^\W\d_]{3,}", _STOP.sub("", text))]
    if any(word not in BYLINE_DATE_WORDS and word not in _CLOCK_WORDS for word in words):
        return False
    return bool(_NUMERIC_DATE.search(text)) or any(word in BYLINE_DATE_WORDS for word in words)


_CLOCK_WORDS = frozenset({"uhr", "wib", "wita", "wit", "utc", "gmt", "cet", "cest", "edt", "est", "pdt", "pst"})


def _parse(raw: str) -> _Parsed:
    text = _unglue(" ".join(raw.split())) if raw else ""
    result = _Parsed(Byline(raw=raw or None))
    for role, labelled, segment in _segments(text):
        if role == "skip":
            continue
        names: list[str] = []
        for piece in _SEPARATORS.split(segment):
            names += _classify_piece(piece, labelled, result)
        target = result.byline.editors if role == "editor" else result.byline.authors
        target += _drop_stray_single_words(names)
    result.byline.authors = _unique(result.byline.authors)
    result.byline.editors = _unique(result.byline.editors)
    result.byline.agencies = _unique(result.byline.agencies)
    return result


def _unglue(text: str) -> str:
    """Undo DOM text run together: "VonJane RoeRedakteurin" -> "Von Jane Roe | Redakteurin"."""
    text = _FOOTNOTE_DIGITS.sub("", text)
    text = _split_glued_words(_unglue_roles(text))
    text = _GLUED_LABEL.sub(r"\1 ", text)
    return _unglue_agencies(text)


def _split_glued_words(text: str) -> str:
    pieces, start = [], 0
    for match in _GLUED_WORDS.finditer(text):
        word_start = match.start()
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        word_end = match.start()
        while word_end < len(text) and text[word_end].isalpha():
            word_end += 1
        # "MacKenzie" is one name; "LinkedIn", "WhatsApp" are one (non-name) word of a share bar.
        whole = text[word_start:word_end].casefold()
        if text[word_start : match.start()].casefold() not in _NAME_PREFIXES and whole not in BYLINE_NOT_NAME_WORDS:
            pieces.append(text[start : match.start()])
            start = match.start()
    return " | ".join([*pieces, text[start:]])


def _drop_stray_single_words(names: list[str]) -> list[str]:
    """Names that break the style of the others in one byline are places or desks, not people:
    "Von Anna Roe, Frankfurt" (one word among full names), "David Roe, MDR THÜRINGEN" (capitals among
    mixed case)."""
    if any(len(name.split()) > 1 for name in names):
        names = [name for name in names if len(name.split()) > 1 or _is_unicase(name)]
    if any(not name.isupper() and not _is_unicase(name) for name in names):
        names = [name for name in names if not name.isupper()]
    return names


def _segments(text: str) -> list[tuple[str, bool, str]]:
    """(role, labelled, text) runs: "Penulis: A | Editor: B" -> [("author", True, "A |"), ("editor", True, "B")]."""
    cuts: list[tuple[int, int, str]] = []
    for match in _LABEL_RE.finditer(text):
        label = match.group(1).casefold()
        if label in _SKIP_LABELS:
            if match.group(2):
                cuts.append((match.start(), match.end(), "skip"))
            continue
        if match.group(2) or " by" in label or label.startswith("laporan") or _opens_byline(text, match):
            cuts.append((match.start(), match.end(), "editor" if label in _EDITOR_LABELS else "author"))
    if not cuts:
        return [("author", False, text)]
    segments = [("author", False, text[: cuts[0][0]])] if cuts[0][0] > 0 else []
    for i, (_, end, role) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        segments.append((role, True, text[end:stop]))
    return segments


def _opens_byline(text: str, match: re.Match[str]) -> bool:
    """A bare label ("By", "Von") at the start, after a separator, or after a genre or lower-case word
    ("Kommentar von A", "capital von A") and followed by a capitalised word ("Carl von Ossietzky" is a name)."""
    before = text[: match.start()].rstrip()
    if not before or before[-1] in "|;•·(\n,":
        return True
    after = text[match.end():].lstrip()
    if not after[:1].isupper():
        return False
    previous = before.split()[-1]
    return previous.casefold() in BYLINE_GENRE_WORDS or (
        previous[:1].islower() and previous.casefold() not in BYLINE_NAME_PARTICLES
    )


def _classify_piece(piece: str, labelled: bool, result: _Parsed) -> list[str]:
    """Names in one separator-delimited piece; agencies go to `result`, non-names to `rejected`."""
    piece = _PARENTHETICAL.sub(lambda m: m.group(0) if agency_for_name(m.group(1)) else " ", piece)
    piece = _STOP.sub("", _NOISE.sub(" ", piece))
    piece = re.split(r"\d", piece, maxsplit=1)[0]  # dates and times end the names
    names: list[str] = []
    for candidate in _JOINERS.split(piece.replace("/", ", ")):
        candidate = _drop_trailing_date_words(candidate.strip(" .,:;()[]-–—'\""))
        if not candidate:
            continue
        agency = agency_for_name(candidate) or agency_for_name(_PLACE_SUFFIX.sub("", candidate)) or _agency_desk(candidate)
        if agency:
            result.byline.agencies.append(agency)
            continue
        name = _clean_name(candidate)
        if name is None:
            if _ROLE.sub("", candidate).strip(" .,"):  # a role alone ("Staff Writer") is not a rejection
                result.rejected.append(candidate)
            continue
        if len(name.split()) == 1 and not labelled and not _is_unicase(name):
            result.rejected.append(candidate)
            continue
        names.append(name)
    return names


def _drop_trailing_date_words(text: str) -> str:
    """"Reuters November" (the date's digits already cut) -> "Reuters"."""
    words = text.split()
    while words and words[-1].casefold().strip(".,") in BYLINE_DATE_WORDS:
        words.pop()
    return " ".join(words)


def _agency_desk(candidate: str) -> str | None:
    """"AFP Deutschland", "AP National Political Writer": an agency name opening a desk or role credit."""
    words = candidate.split()
    if len(words) > 1 and ((len(words) <= 3 and words[0].isupper()) or _ROLE.search(candidate)):
        return agency_for_name(words[0])
    return None


_TRAILING_AGENCIES = ("Associated Press", "Reuters", "Agence France-Presse", "AFP", "Bloomberg",
                      "Deutsche Presse-Agentur", "dpa")


# Compiled once; a pattern only runs when its literal is in the text (the common case: none is).
_TRAILING_AGENCY_PATTERNS = [(name, re.compile(rf"(?<=[A-Za-z])\s?{re.escape(name)}(?!\w)")) for name in _TRAILING_AGENCIES]


def _unglue_agencies(text: str) -> str:
    """Split an agency off the name before it: "ERIC TUCKERAssociated Press" (DOM text run together),
    "By KAREN LINDQVIST Associated Press" -> "..., Associated Press"."""
    joiners = {j.casefold() for j in BYLINE_NAME_JOINERS}
    for name, pattern in _TRAILING_AGENCY_PATTERNS:
        if name not in text:
            continue
        text = pattern.sub(
            lambda m, name=name: m.group(0) if _word_before(m.string, m.start()) in joiners else ", " + name, text
        )
    return text


def _word_before(text: str, end: int) -> str:
    words = text[:end].split()
    return words[-1].casefold() if words else ""


_GLUED_ROLE_PATTERNS = [
    (printed, re.compile(rf"(?<=[a-zß-ÿ]){re.escape(printed)}(?!\w)"))
    for printed in (" ".join(word[:1].upper() + word[1:] for word in role.split()) for role in BYLINE_ROLES)
]


def _unglue_roles(text: str) -> str:
    """"Ulrich ExnerKorrespondent" (DOM text run together) -> "Ulrich Exner Korrespondent"."""
    for printed, pattern in _GLUED_ROLE_PATTERNS:
        if printed in text:  # compiled once; run only when the role is in the text at all
            text = pattern.sub(" " + printed, text)
    return text


def _clean_name(candidate: str) -> str | None:
    """The person's name in `candidate`, or None when it does not read as one."""
    text = _PLACE_SUFFIX.sub("", _ROLE.sub(" ", _unglue_roles(candidate)))
    words = _cut_at_role(text.strip(" .,:;-").split())
    if len(words) == 2 and words[0].casefold() in BYLINE_PUBLICATION_ARTICLES:
        return None  # "Le Figaro", "Die Welt": a publication
    while words and words[-1].casefold().strip(".,") in BYLINE_DATE_WORDS:
        words.pop()
    words = _cut_publication_tail(_drop_repeat(words))
    if words and _is_unicase(" ".join(words)):
        return _unicase_name(words)
    if not 0 < len(words) <= BYLINE_MAX_NAME_WORDS or not words[0][0].isupper():
        return None
    words = _cut_at_acronym(words)
    if not words:
        return None
    if words[-1].casefold() in BYLINE_NAME_PARTICLES:
        return None  # "Coordenadoria de" (cut before an acronym): a name does not end in "de"
    for word in words:
        bare = word.strip(".,")
        if bare.casefold() in BYLINE_NOT_NAME_WORDS or any(ch.isdigit() or ch == ":" for ch in word):
            return None  # "Topic: Hardware": an unknown label is no name
        # Dots only in initials or abbreviations ("J.", "A.B.", "Jr."); "Kompas.com" is a site.
        if "." in word and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.", word.rstrip(",")):
            return None
        if not (word[0].isupper() or word.casefold() in BYLINE_NAME_PARTICLES):
            return None
    name = " ".join(words)
    if len(name) < 3 or agency_for_name(name):
        return None
    return name


PUBLICATION_TAIL_MIN_WORDS = 4


def _cut_publication_tail(words: list[str]) -> list[str]:
    """"Elliot Roe Florida Today" (name and publication in separate spans, run together) -> "Elliot Roe":
    a publication word closing four or more words ends a two-word masthead after the name."""
    if len(words) >= PUBLICATION_TAIL_MIN_WORDS and words[-1].casefold().strip(".,") in BYLINE_PUBLICATION_TAILS:
        words = words[:-2]
        while words and words[-1].casefold().strip(".,") in BYLINE_MASTHEAD_OPENERS:  # "New York Times"
            words = words[:-1]
    return words


def _cut_at_role(words: list[str]) -> list[str]:
    """"Holger Roe Leitender Wirtschaftsredakteur" -> "Holger Roe": a job title after the name ends it."""
    for index, word in enumerate(words):
        key = word.casefold().strip(".,")
        if key in BYLINE_ROLE_ADJECTIVES or (index and len(key) > 4 and key.endswith(BYLINE_ROLE_ENDINGS)):
            return words[:index]
    return words


def _cut_at_acronym(words: list[str]) -> list[str]:
    """"Kevin Roe USA TODAY" -> "Kevin Roe"; "MDR Thüringen", "NZZ Redaktion" (an organisation) -> [].
    A short acronym among mixed-case words ends the name ("Jean DUPONT", a surname in capitals, is
    longer); names printed all in capitals are left alone."""
    if all(word.isupper() for word in words):
        return words
    for index, word in enumerate(words):
        bare = word.strip(".,")
        if 2 <= len(bare) <= 4 and bare.isupper() and bare.isalpha():
            return words[:index]
    return words


def _drop_repeat(words: list[str]) -> list[str]:
    """"Martin Roe Martin Roe" (a byline printed twice in one element) -> "Martin Roe"."""
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return words[:half]
    return words


def _is_unicase(text: str) -> bool:
    """Written in a script without capitals (Chinese, Japanese, Korean, ...)."""
    letters = [ch for ch in text if not ch.isspace()]
    return bool(letters) and all(ch.isalpha() and not ch.isupper() and not ch.islower() for ch in letters)


def _unicase_name(words: list[str]) -> str | None:
    """"松岡大地", "大渡 美咲", "구현모": one word of 2-4 characters or two short words; not an outlet."""
    name = " ".join(words)
    if name.endswith(_UNICASE_NAME_SUFFIXES):
        return None
    if (len(words) == 1 and 2 <= len(name) <= 4) or (len(words) == 2 and all(len(w) <= 3 for w in words)):
        return name
    return None


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out
