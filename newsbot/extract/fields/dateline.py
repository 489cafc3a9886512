"""Dateline at the start of the first body paragraph: "KATHMANDU, April 25 (Reuters) -" -> city, source.

A dateline is a short lead-in (a place, a source, a date) closed by a dash or colon or by an
"(Agency)" credit. Without a source, only an ALL CAPS place or a short Title Case place followed by a
spaced dash counts, so ordinary opening sentences ("Jakarta is ...", "Kenia: Parallel ...") are left
alone. `raw` is the lead-in exactly as printed, trailing dash or colon included.
"""

from __future__ import annotations

import re
from collections import Counter

from newsbot.extract.fields.agency import agency_for_name
from newsbot.extract.lexicon.dateline_kickers import DATELINE_KICKERS
from newsbot.extract.types import Dateline

DATELINE_MAX_WORDS = 8
DATELINE_MAX_CITY_WORDS = 4
# First dash or colon that can close a lead-in: a spaced hyphen, "--", an en/em dash, "X: ".
# The dash or colon may also end the paragraph: "LONDON (Reuters) -" alone above the story.
_TERMINATED = re.compile(r"^(?P<head>[^\n]{1,100}?)(?P<term>\s*(?:--|[–—])\s*|\s+-(?:\s+|$)|:(?:\s+|$))")
# "(Reuters) Oil prices ...", "(CNN)President ...": an agency credit with no dash; glued text allowed.
# The credit may also end its paragraph: "BERLIN (dpa)" alone on a line above the story.
_AGENCY_ONLY = re.compile(r"^(?P<head>[^\n]{0,60}?\((?P<src>[^()]{2,40})\))\s*(?=[A-Z\"“]|$)")
# An agency-and-place line of its own: "Reuters, Washington" (a trailing comma or stop allowed).
_SOURCE_PLACE_LINE = re.compile(r"^(?P<src>[^,\n]{2,30}),\s*(?P<city>[^,\n]{2,40}?)\s*[,.]?$")
# The same run into the story: "Reuters, Washington, The president ...".
_SOURCE_PLACE_LEAD = re.compile(r"^(?P<head>(?P<src>[^,\n]{2,30}),\s*(?P<city>[^,\n]{2,30}?),)\s+(?=[A-Z\"“])")
# Funke-style place-only lead-in: "Berlin. Die Feuerwehr ..." (a place, a full stop, a new sentence).
_PLACE_STOP = re.compile(r"^(?P<head>(?P<city>[^\W\d][\w/'’-]*(?:\s+[\w/'’-]+){0,2})\.)(?:\s+(?=[A-Z\"“„«])|$)")
# A press-release lead-in alone on its line: "BAAR, SWITZERLAND".
_CAPS_PLACE_LINE = re.compile(r"^(?P<city>[^\W\d][^\W\d.\s]*(?:[ .'’-]+[^\W\d][^\W\d.\s]*){0,3})\s*,\s*(?P<rest>[^\W\d][^,\d]{1,40})$")
PLACE_STOP_MIN_LETTERS = 3
_SITE_THEN_CITY = re.compile(r"^(?P<head>(?P<src>[\w-]+(?:\.[A-Za-z]{2,6})+),\s+(?P<city>[A-Z][\w-]+))(?=[\s,])")
_TRAILING_SOURCE = re.compile(r"\((?P<src>[^()]{2,40})\)\s*$")
_DOMAINISH = re.compile(r"^[\w-]+(?:\.[A-Za-z]{2,6})+$")
# Words that end a one-word opening sentence without being a place ("Ja.", "Update.").
_NOT_PLACES = frozenset({"dr", "mr", "mrs", "ms", "st", "prof", "nr", "no", "ja", "nein", "yes", "okay", "ok", "oui",
                         "non", "si", "sí", "danke", "thanks", "hallo", "hello", "achtung", "stop", "ende", "fin", "end",
                         "schluss", "aus", "vorbei", "genau", "richtig", "falsch", "wow", "tja", "nun", "gut", "klar"})
# Lower-case words allowed inside place names ("Rio de Janeiro", "Frankfurt am Main").
_PLACE_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "der", "den", "am", "an", "im", "la", "le",
                              "les", "el", "of", "upon", "sur", "on", "en", "di", "y"})


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening `paragraph`, or None when it starts with an ordinary sentence."""
    text = paragraph.lstrip()
    match = _TERMINATED.match(text)
    if match and (found := _read_head(match.group("head"), colon=match.group("term").strip() == ":")):
        city, source = found
        return {"raw": text[: match.end("term")].rstrip(), "city": city, "source": source}
    match = _AGENCY_ONLY.match(text)
    if match and _names_agency(match.group("src")) and (found := _read_head(match.group("head"), colon=False)):
        return {"raw": match.group("head"), "city": found[0], "source": found[1]}
    for pattern in (_SOURCE_PLACE_LINE, _SOURCE_PLACE_LEAD):
        match = pattern.match(text.rstrip())
        if match and _is_agency_place(match.group("src").strip(), city := match.group("city").strip()):
            raw = match.group("head") if "head" in match.groupdict() else text.rstrip()
            return {"raw": raw, "city": _place_case(city), "source": match.group("src").strip()}
    match = _SITE_THEN_CITY.match(text)
    if match and _is_place(match.group("city")):
        return {"raw": match.group("head"), "city": _place_case(match.group("city")), "source": match.group("src")}
    return _place_only(text)


def _is_agency_place(source: str, city: str) -> bool:
    """"Reuters" then "Washington": an agency, then a place that is no second agency ("AP, Reuters")."""
    return bool(agency_for_name(source)) and _is_place(city) and not agency_for_name(city) and not _is_kicker(city)


def _names_agency(credit: str) -> bool:
    """"Reuters", or an agency's desk: "CNN Business", "Reuters Breakingviews"."""
    words = credit.split()
    return bool(agency_for_name(credit) or (len(words) <= 3 and agency_for_name(words[0])))


def _place_only(text: str) -> Dateline | None:
    """"Berlin. Die ..." (Funke) or a line that is only "BAAR, SWITZERLAND": a place with no dash."""
    match = _PLACE_STOP.match(text)
    if match:
        city = match.group("city")
        letters = sum(ch.isalpha() for ch in city)
        if letters >= PLACE_STOP_MIN_LETTERS and _is_place(city) and not _is_kicker(city) and _title_or_caps(city):
            return {"raw": match.group("head"), "city": _place_case(city), "source": None}
    match = _CAPS_PLACE_LINE.match(text.strip())
    if not match or not _is_caps(text) or _is_kicker(city := match.group("city")):
        return None
    if _is_place(city) and _is_qualifier(match.group("rest").strip()):
        return {"raw": text.strip(), "city": _place_case(city), "source": None}
    return None


def _title_or_caps(place: str) -> bool:
    """Every word capitalised and none an abbreviation ("Dr.", "St" before a stop is a title, not a place)."""
    words = place.split()
    capitalised = [w for w in words if w.casefold() not in _PLACE_PARTICLES]
    if len(capitalised) > 1 and len(capitalised) == len(words):
        return False  # "Donald Trump." may be a name; "Frankfurt am Main." has its particle
    return all(w[0].isupper() and w.casefold().strip(".") not in _NOT_PLACES for w in capitalised)


def _read_head(head: str, *, colon: bool) -> tuple[str | None, str | None] | None:
    """(city, source) when `head` reads as a dateline lead-in, else None."""
    head = head.strip()
    if not head or len(head.split()) > DATELINE_MAX_WORDS:
        return None
    source = None
    if (paren := _TRAILING_SOURCE.search(head)) and not any(ch.isdigit() for ch in paren.group("src")):
        source = paren.group("src").strip()
        head = head[: paren.start()].strip()
    parts = [part.strip() for part in head.split(",") if part.strip()]
    if not parts:
        return (None, source) if source and agency_for_name(source) else None
    if _is_source(parts[0]):
        source = source or parts[0]
        place = parts[1] if len(parts) > 1 else None
        qualifiers = parts[2:]
    else:
        place, qualifiers = parts[0], parts[1:]
    for part in qualifiers:
        if source is None and _is_source(part):
            source = part
        elif not _is_qualifier(part):
            return None
    if place is None:
        return None, source
    if not _is_place(place) or _is_kicker(place):
        return None
    if colon and not (_is_caps(place) or source or (qualifiers and _is_place(qualifiers[-1]))):
        # "Kenia: Parallel ..." is a topic lead-in; "NEW DELHI:" and "Washington, DC, United States:" datelines
        return None
    if not source and not _is_caps(place) and (len(place.split()) > 3 or (_looks_like_name(place) and not qualifiers)):
        return None  # "Donald Trump - ..." opens a sentence; "Bandung -", "New York, NY –" are places
    return _place_case(place), source


def _is_source(part: str) -> bool:
    """A publisher or agency credit: "IPHEDIA.com", "REPUBLIKA.CO.ID", "Kompas", "CNN Indonesia"."""
    words = part.split()
    return bool(_DOMAINISH.match(part) or agency_for_name(part) or (words and agency_for_name(words[0]) and len(words) <= 3))


def _is_qualifier(part: str) -> bool:
    """A state, region or date after the city: "Wis.", "United Arab Emirates", "April 25", "3 jul"."""
    words = part.split()
    if any(ch.isdigit() for ch in part):
        return len(words) <= 4
    return 0 < len(words) <= 4 and all(w[0].isupper() or w.casefold() in _PLACE_PARTICLES for w in words)


def _is_place(place: str) -> bool:
    words = place.replace("/", " ").split()
    if not 0 < len(words) <= DATELINE_MAX_CITY_WORDS or any(ch.isdigit() for ch in place):
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.casefold() in _PLACE_PARTICLES for w in words)


def _looks_like_name(place: str) -> bool:
    """Two or more capitalised words with no place particle: as likely a person as a place."""
    words = place.split()
    return len(words) >= 2 and not any(w.casefold() in _PLACE_PARTICLES for w in words)


def _is_caps(place: str) -> bool:
    letters = [ch for ch in place if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _is_kicker(place: str) -> bool:
    words = place.casefold().replace(":", "").split()
    return any(" ".join(words[:n]) in DATELINE_KICKERS for n in (1, 2, 3))


def _place_case(place: str) -> str:
    """ALL CAPS words to Title Case ("LA CROSSE" -> "La Crosse", "RÍO DE JANEIRO" -> "Río de Janeiro");
    mixed case kept ("McAllen")."""
    words = place.split()
    out = []
    for i, word in enumerate(words):
        if not _is_caps(word):
            out.append(word)
        elif i > 0 and word.casefold() in _PLACE_PARTICLES:
            out.append(word.casefold())
        else:
            out.append(word.title())
    return " ".join(out)


# A dateline printed in the byline block instead of the text: "PTI, Washington, Nov 20 2019, 10:18am ist",
# "Reuters | New Delhi", "Reuters/kra Frankfurt" (an agency, its desk codes, the place).
_BYLINE_PARTS = re.compile(r"\s*[,|·•]\s*")
_AGENCY_CODES_THEN_PLACE = re.compile(r"^(?P<src>[^\s/]{2,30})(?:/[a-z]{2,4})+\s+(?P<city>\S.*)$")
# Words a byline puts after the agency that name no place.
_BYLINE_NOT_PLACES = frozenset({"staff", "agencies", "agency", "wires", "desk", "bureau", "team", "online", "news"})


BYLINE_DATELINE_MAX_LINES = 2  # only the byline lines at the top of the article: later ones credit other items


def dateline_in_bylines(bylines: list[str]) -> Dateline | None:
    """A dateline printed in the byline block (for a story whose text opens with none)."""
    return next(filter(None, map(dateline_from_byline, bylines[:BYLINE_DATELINE_MAX_LINES])), None)


def dateline_from_byline(byline: str) -> Dateline | None:
    """The agency and place that open a byline line ("PTI, Washington, Nov 20 2019"), as a dateline; else None.

    Only an agency followed by a place counts: "Reuters, Thorsten Kramer" names a person, "AP, Staff" nobody.
    """
    text = " ".join(byline.split())
    parts = [part for part in _BYLINE_PARTS.split(text) if part]
    if len(parts) >= 2:
        source, place, rest = parts[0], parts[1], parts[2:]
        raw = text[: text.index(place, len(source)) + len(place)]
    elif (match := _AGENCY_CODES_THEN_PLACE.match(text)) is not None:
        source, place, rest, raw = match.group("src"), match.group("city"), [], text
    else:
        return None
    if not _is_agency_place(source.split("/")[0], place) or place.casefold() in _BYLINE_NOT_PLACES:
        return None
    dated = bool(rest) and any(ch.isdigit() for ch in rest[0])
    if _looks_like_name(place) and not dated:
        return None  # "Reuters, Thorsten Kramer"; "PTI, New Delhi, Nov 20" has its date to tell it is a place
    if rest and not dated and len(rest[0].split()) > 1:
        return None  # "Reuters, Berlin, Jane Doe": a name follows, not a date or a one-word region
    return {"raw": raw, "city": _place_case(place), "source": source.split("/")[0]}


# How many paragraphs may stand before the dateline (a standfirst, a "Back to gallery" line, a kicker).
DATELINE_MAX_LEAD_PARAGRAPHS = 2
# A lead-in line before a dateline is short and is not a sentence ("Back to Gallery", "Published 10:02 AM").
LEAD_IN_MAX_WORDS = 12
# Word overlap (over the longer side) at which a paragraph repeats the standfirst or the story's first lines.
LEAD_IN_MIN_OVERLAP = 0.8
LEAD_IN_REPEAT_WINDOW = 8
_WORDS = re.compile(r"\w+")


def find_dateline(paragraphs: list[str], known_texts: tuple[str | None, ...] = ()) -> tuple[int, Dateline | None]:
    """(index, dateline) of the paragraph that opens with a dateline; (0, None) if none.

    A dateline opens the story proper. It may follow a few lead-in lines that are not article text: the
    page's own headline or standfirst repeated (`known_texts`), or a short line that is not a sentence.
    The caller drops those lead-in paragraphs. A real lede before the dateline stops the search, so a
    dash deep in the story is never taken for a dateline.
    """
    window = paragraphs[: DATELINE_MAX_LEAD_PARAGRAPHS + 1]
    found = [parse_dateline(paragraph) for paragraph in window]
    # The story text after each dateline: a standfirst reworded from it is a lead-in too.
    known = [text for text in known_texts if text]
    known += [paragraph[len(d["raw"]) :] for paragraph, d in zip(window, found, strict=True) if d is not None]
    for index, dateline in enumerate(found):
        # A summary block above the dateline that the story then restates: the summary is a lead-in.
        if dateline is not None and any(_near_duplicate(p, window[index][len(dateline["raw"]) :]) for p in window[:index]):
            return index, dateline
    for index, (paragraph, dateline) in enumerate(zip(window, found, strict=True)):
        if dateline is not None:
            return index, dateline
        # A summary line that the story repeats a little later ("Key points" above the dateline).
        repeated = paragraphs[index + 1 : index + 1 + LEAD_IN_REPEAT_WINDOW]
        if not _is_lead_in(paragraph, known + repeated):
            break
    return 0, None


def _is_lead_in(paragraph: str, known: list[str]) -> bool:
    if any(_near_duplicate(paragraph, text) for text in known):
        return True
    return len(paragraph.split()) <= LEAD_IN_MAX_WORDS and not paragraph.rstrip().endswith((".", "!", "?", "”", '"'))


def _near_duplicate(a: str, b: str) -> bool:
    """Same words, give or take a few ("has finalized" vs "finalized"): a repeated standfirst."""
    words_a, words_b = Counter(_WORDS.findall(a.casefold())), Counter(_WORDS.findall(b.casefold()))
    longer = max(sum(words_a.values()), sum(words_b.values()))
    return longer > 0 and sum((words_a & words_b).values()) / longer >= LEAD_IN_MIN_OVERLAP


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()
