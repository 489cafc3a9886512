"""Agency credit: the closing code ("(rts/ip)", "- Reuters") and wire credits inside the body.

Closing codes, "— AFP" trailers and standalone "Sumber: ..." lines are removed from the body; credits
in running text ("melansir Reuters", "told Reuters") are only read. `raw` is the text that credits the
agency, as printed, first found of: the closing code ("(rts/ip)"), the dateline credit with its
brackets ("(Reuters)"), a trailer or source line ("— AFP"), the body credits ("melansir Reuters").
Several pieces of the same kind are joined with " ; ".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from newsbot.extract.types import Agency

_CODE_TOKEN = r"[A-Za-z][A-Za-z.]{0,11}|\*"
# "(rts/ip)", "(Ant)", "(*)", "(AP)" at the very end of a paragraph.
_CLOSING_CODE = re.compile(rf"(?:^|(?<=[.!?\"”’»)\]])\s*|\s+)(\(\s*(?:{_CODE_TOKEN})(?:\s*[/,-]\s*(?:{_CODE_TOKEN}))*\s*\))\s*$")
# "- Reuters", "— AFP", "(Reuters)" style trailer naming a known agency.
_CLOSING_DASH = re.compile(r"(?:^|\s)((?:-{1,2}|[–—])\s*([A-Za-z][\w.\- ]{1,30}?))\s*\.?\s*$")
# Editor initials alone ("ssi, dan", "ino/dpa"): lower-case tokens of 2-4 letters.
_INITIALS = re.compile(r"^[a-z]{2,4}(?:\s*[,/]\s*[a-z]{2,4}){0,3}$")
# One labelled credit in a closing credits line: "Foto [M]: Shutterstock", "Erstveröffentlichung: 4.4.18".
_LABELLED_CREDIT = re.compile(r"^[^\W\d][\w\s\[\]().-]{0,30}:\s*\S.{0,80}$")
# "Sumber: Antara", "(Quelle: APA/sda/dpa)": a source line, in brackets or not.
_SOURCE_LINE = re.compile(
    r"^\s*(\()?\s*(?:Sumber|Source|Sources|Quelle|Quellen|Fuente|Fuentes)\s*:\s*(.{2,80}?)\s*(?(1)\))\s*\.?\s*$", re.I
)
# "SDA/sep", "Reuters/kra": an agency and editor initials with no brackets, alone or after the last sentence.
_BARE_CODE = re.compile(rf"(?:^|(?<=[.!?\"”’»])\s+)((?:{_CODE_TOKEN})(?:/(?:{_CODE_TOKEN}))+)\s*$")
_CREDIT_CUES = (
    r"(?:seperti |sebagaimana |yang )?(?:di)?lansir(?: dari)?|melansir(?: dari)?|dikutip dari|mengutip(?: dari)?"
    r"|told|according to|reported by|citing|cited by|quoted by"
    r"|berichtet(?:e)?|meldet(?:e)?|laut|zitiert von|selon|rapporte|a rapporté|según|informó|citado por"
)
_CREDIT_CUES_AFTER = r"reported|melaporkan|berichtete|informó|rapporte"  # "Reuters reported"
# Every cue above holds one of these stems (lower case, ASCII): a paragraph with none cannot hold a credit,
# and skips the scan, which costs ~0.1 ms per paragraph (re.I alternations tried at every position).
_CREDIT_STEMS = ("lansir", "utip", "told", "according", "reported", "cit", "quoted", "berichtet", "meldet", "laut",
                 "zitiert", "selon", "rapport", "seg", "inform", "melapor")
# Characters re.I matches to an ASCII letter although str.lower() does not give that letter.
_IGNORECASE_ODD = frozenset("ſıİ")
_CREDIT_ARTICLES = r"(?:the |news agency |die |der |Nachrichtenagentur |l'|l’|la agencia |la |agencia |kantor berita )*"
_DOMAINISH = re.compile(r"^[A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,6})+$")


@lru_cache(maxsize=1)
def agency_table() -> dict[str, dict[str, str]]:
    """The code and name tables from lexicon/agency_codes.json."""
    text = resources.files("newsbot.extract.lexicon").joinpath("agency_codes.json").read_text("utf-8")
    data = json.loads(text)
    return {"codes": data["codes"], "names": data["names"]}


def agency_for_name(name: str) -> str | None:
    """Canonical agency for a printed name ("Associated Press", "ANTARA News", "Reuters"), else None."""
    key = " ".join(name.strip(" .,;:()").split()).casefold()
    table = agency_table()
    return table["names"].get(key) or table["codes"].get(key)


def agency_for_code(code: str) -> str | None:
    return agency_table()["codes"].get(code.casefold())


@lru_cache(maxsize=1)
def _credit_pattern() -> re.Pattern[str]:
    alternatives = word_alternation(sorted(agency_table()["names"], key=len, reverse=True))
    return re.compile(
        rf"\b(?P<cue>{_CREDIT_CUES})\s+{_CREDIT_ARTICLES}(?P<name>{alternatives})(?![\w-])"
        rf"|(?<![\w-])(?P<name2>{alternatives})\s+(?P<cue2>{_CREDIT_CUES_AFTER})\b",
        re.I,
    )


def word_alternation(words: list[str]) -> str:
    """A regex alternation of `words` (tried in this order) grouped by first letter: "s(?:aid|ays|o)|a(?:dded)".

    It matches exactly what "|".join(words) matches, with the same branch winning: only words sharing
    their first letter are grouped, in their order (so a longer word listed first still wins over its prefix).
    Several times faster under re.I, where the engine cannot skip a branch by its first letter and would
    otherwise enter every word at every position; deeper nesting gains little and compiles slower.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        first = word[:1].lower() if len(word[:1].lower()) == 1 else word[:1]
        groups.setdefault(first, []).append(word)
    branches = []
    for first, group in groups.items():
        if len(group) == 1 or not first:
            branches.extend(re.escape(word) for word in group)
        else:
            branches.append(re.escape(first) + "(?:" + "|".join(re.escape(word[1:]) for word in group) + ")")
    return "|".join(branches)


def split_agency_codes(code: str) -> list[str]:
    """"(rts/ip)" -> ["rts", "ip"]."""
    return [part.strip().casefold() for part in re.split(r"[/,-]", code.strip("() ")) if part.strip()]


def _closing_code(paragraph: str) -> tuple[str, str] | None:
    """(text without the code, code as printed) when the paragraph ends with a plausible closing code."""
    match = _CLOSING_CODE.search(paragraph)
    if not match:
        return None
    code = match.group(1)
    tokens = split_agency_codes(code)
    printed = code.strip("() ").split("/")[0].strip()
    known = any(agency_for_code(t) for t in tokens)
    # An upper-case unknown token is more likely an acronym ending a sentence ("... (WHO)") than initials.
    plausible = known or "/" in code or printed == "*" or printed.islower()
    before = paragraph[: match.start(1)]
    # Codes follow the last sentence ("... Azerbaijan. (rts/ip)"); "visited Andhra Pradesh (AP)" is not one.
    if not plausible or (before.strip() and "/" not in code and not _ends_sentence(before)):
        return None
    return paragraph[: match.start(1)].rstrip(), code


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", '"', "”", "’", "»", ")"))


def _closing_dash(paragraph: str) -> tuple[str, str, str] | None:
    """(text without the trailer, trailer as printed, agency) for "... - Reuters"."""
    match = _CLOSING_DASH.search(paragraph)
    if not match:
        return None
    agency = agency_for_name(match.group(2))
    if agency is None or not _printed_as_name(match.group(2), agency):
        return None
    return paragraph[: match.start(1)].rstrip(), match.group(1).strip(), agency


def _source_line(paragraph: str) -> tuple[str, list[str], list[str]] | None:
    """(line as printed, codes, agencies) for a standalone "Sumber: Reuters" or "(Quelle: ntv.de, ino/dpa)" line.

    Only known agencies count: "SOURCE: News agencies" names none, and a publisher crediting itself
    ("SOURCE: Al Jazeera News") is no wire agency; such lines still leave the body."""
    match = _SOURCE_LINE.match(paragraph)
    if not match or len(match.group(2).split()) > 6:
        return None
    codes: list[str] = []
    agencies: list[str] = []
    name = match.group(2)
    if agency := agency_for_name(name):
        return paragraph.strip(), codes, [agency]
    for part in re.split(r"\s*[,;]\s*|\s+(?:and|und|y|et|dan)\s+", name):
        if "/" in part:  # "ino/dpa": editor initials and agency codes
            tokens = split_agency_codes(part)
            codes += tokens
            agencies += [a for t in tokens if (a := agency_for_code(t) or agency_for_name(t))]
        elif agency := agency_for_name(part):
            agencies.append(agency)
    return paragraph.strip(), codes, agencies


def _bare_code(paragraph: str) -> tuple[str, str, list[str], list[str]] | None:
    """(text before, code as printed, codes, agencies) for "... Satz. SDA/sep" or a line "Reuters/kra"."""
    match = _BARE_CODE.search(paragraph)
    if not match:
        return None
    tokens = split_agency_codes(match.group(1))
    agencies = [a for t in tokens if (a := agency_for_code(t))]
    if not agencies:
        return None  # "and/or", "km/h": a slash pair with no agency in it
    return paragraph[: match.start(1)].rstrip(), match.group(1), tokens, agencies


def _bare_agency_line(paragraph: str) -> str | None:
    """The agency of a closing line that is only its name: "PTI", "Reuters", "dpa"."""
    printed = paragraph.strip(" .")
    agency = agency_for_name(printed) if 0 < len(printed.split()) <= 4 else None
    return agency if agency and _printed_as_name(printed, agency) else None


def _credits_line(paragraph: str) -> tuple[str, list[str]] | None:
    """(initials as printed, codes) for a closing line of editor initials, alone or with labelled
    credits: "ssi, dan; Foto [M]: Shutterstock; Erstveröffentlichung: 4.4.18"."""
    segments = [segment.strip() for segment in paragraph.strip().rstrip(".").split(";")]
    initials = [segment for segment in segments if _INITIALS.match(segment)]
    if len(initials) != 1 or not all(_INITIALS.match(seg) or _LABELLED_CREDIT.match(seg) for seg in segments):
        return None
    return initials[0], split_agency_codes(initials[0])


@dataclass
class _Closing:
    """What came off the end of the body."""

    code_raws: list[str] = field(default_factory=list)
    other_raws: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)


def _strip_closing(paragraphs: list[str]) -> tuple[list[str], _Closing]:
    """Peel codes, "- Agency" trailers and source lines off the end of the body."""
    paragraphs = list(paragraphs)
    closing = _Closing()
    for _ in range(3):  # a code line, a source line and a trailer at most
        if not paragraphs:
            break
        last = paragraphs[-1]
        if (found := _closing_code(last)) is not None:
            rest, code = found
            closing.code_raws.insert(0, code)
            tokens = split_agency_codes(code)
            closing.codes[:0] = tokens
            closing.agencies[:0] = [a for t in tokens if (a := agency_for_code(t))]
        elif (trailer := _closing_dash(last)) is not None:
            rest, printed, agency = trailer
            closing.other_raws.insert(0, printed)
            closing.agencies.insert(0, agency)
        elif (credit_line := _credits_line(last)) is not None:
            rest = ""
            printed, tokens = credit_line
            closing.code_raws.insert(0, printed)
            closing.codes[:0] = tokens
            closing.agencies[:0] = [a for t in tokens if (a := agency_for_code(t))]
        elif (line := _source_line(last)) is not None:
            rest = ""
            printed, tokens, agencies = line
            if tokens or agencies:
                closing.other_raws.insert(0, printed)
                closing.codes[:0] = tokens
                closing.agencies[:0] = agencies
        elif (bare := _bare_code(last)) is not None:
            rest, printed, tokens, agencies = bare
            closing.code_raws.insert(0, printed)
            closing.codes[:0] = tokens
            closing.agencies[:0] = agencies
        elif (agency := _bare_agency_line(last)) is not None:
            rest = ""
            closing.other_raws.insert(0, last.strip())
            closing.agencies.insert(0, agency)
        else:
            break
        if rest:
            paragraphs[-1] = rest
        else:
            paragraphs.pop()
    return paragraphs, closing


def _printed_as_name(printed: str, agency: str) -> bool:
    """Capitalised, or spelt as the agency spells itself ("dpa"): "tempo" the word is not Tempo."""
    return printed[0].isupper() or printed == agency


def find_credits(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(phrase as printed, agency) for wire credits in running text: "melansir Reuters", "told Reuters"."""
    found = []
    for paragraph in paragraphs:
        if not _may_hold_credit(paragraph):
            continue
        for match in _credit_pattern().finditer(paragraph):
            name = match.group("name") or match.group("name2")
            agency = agency_for_name(name)
            if agency and _printed_as_name(name, agency):
                found.append((match.group(0), agency))
    return found


def _may_hold_credit(paragraph: str) -> bool:
    lowered = paragraph.lower()
    return any(stem in lowered for stem in _CREDIT_STEMS) or not _IGNORECASE_ODD.isdisjoint(paragraph)


def extract_agency(paragraphs: list[str], dateline_source: str | None = None) -> tuple[list[str], Agency | None]:
    """Remove the closing code from the body and collect every agency credit; None when there is none."""
    kept, closing = _strip_closing(paragraphs)
    credits = find_credits(kept)
    dateline_agency = agency_for_name(dateline_source) if dateline_source else None
    ordered = [*([dateline_agency] if dateline_agency else []), *(a for _, a in credits), *closing.agencies]
    if not closing.code_raws and not closing.other_raws and not ordered:
        return kept, None
    dateline_raws = [f"({dateline_source})"] if dateline_agency else []
    raws = closing.code_raws or dateline_raws or closing.other_raws or [phrase for phrase, _ in credits]
    return kept, {"raw": " ; ".join(_unique(raws)), "codes": closing.codes, "agencies": _unique(ordered)}


def is_source_line(text: str) -> bool:
    """A line that is only a source credit: "Sumber: Antara", "(Quelle: APA/sda/dpa)"."""
    return _SOURCE_LINE.match(text) is not None


def is_code_line(text: str) -> bool:
    """A line that is only an agency/editor code: "(ant/wkk)", "(rts/ip)", "dpa/abc"."""
    text = " ".join(text.split())
    return any((m := pattern.search(text)) is not None and m.start(1) == 0 for pattern in (_CLOSING_CODE, _BARE_CODE))


def agency_in_source_lines(lines: list[str]) -> Agency | None:
    """The first source line that reads as a closing agency line ("Quelle: ntv.de, ino/dpa"), as the agency."""
    for line in lines:
        kept, agency = extract_agency([line])
        if agency is not None and not kept:  # the whole line was the credit, not a sentence that mentions one
            return agency
    return None


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out
