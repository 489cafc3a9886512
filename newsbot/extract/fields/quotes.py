"""Direct quotes with their speakers: '"...," kata Lavrov' -> {text, speaker "Sergei Lavrov", cue "kata"}.

Steps: find quoted spans (straight, curly, „ “, « », ‹ ›, ‘ ’; a quote left open at the end of a
paragraph continues when the next paragraph reopens it), then read the attribution right after the
closing mark ("kata X", "X said", "jelasnya") or right before the opening one ("X said:",
"Menurut X,"). Speakers are resolved to full names: pronouns and "-nya" forms to the last named
speaker, a surname to the full name introduced elsewhere in the article; titles are stripped and an
unnamed speaker ("a spokesman") stays None.

Scare quotes are not quotes: a quoted span needs at least QUOTE_MIN_WORDS words. Cue vocabularies
are data, one module per language (lexicon/cues_<lang>.py); all of them are tried, so a page with a
wrong language tag still gets its quotes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from newsbot.extract.fields.agency import agency_for_name
from newsbot.extract.lexicon import cues_de, cues_en, cues_es, cues_fr, cues_id
from newsbot.extract.lexicon.byline_roles import BYLINE_DATE_WORDS, BYLINE_NAME_PARTICLES
from newsbot.extract.lexicon.cues_types import QuoteCues
from newsbot.extract.types import Quote

QUOTE_MIN_WORDS = 4  # "a 'historic' deal" or „großartige Arbeit“ is emphasis, not a quote
SPEAKER_MAX_WORDS = 10
SUBJECT_MAX_WORDS = 16  # "Name, a research analyst at the X Council, said"
_CUES_BY_LANGUAGE: dict[str, QuoteCues] = {
    "en": cues_en.CUES, "id": cues_id.CUES, "de": cues_de.CUES, "fr": cues_fr.CUES, "es": cues_es.CUES,
}
# Opening mark -> the marks that may close it.
_CLOSERS: dict[str, str] = {'"': '"', "“": "”", "„": "“”", "«": "»", "»": "«", "‹": "›", "‘": "’", "「": "」"}
_SENTENCE_MARK = re.compile(r"[.!?;](?=\s|$)")
# A period after these (or after one capital: "J.") ends an abbreviation, not a sentence.
_ABBREVIATIONS = frozenset({"dr", "mr", "ms", "mrs", "st", "jr", "sr", "gen", "sen", "rep", "gov", "prof", "lt", "col", "no"})
_WORD = re.compile(r"[\w][\w.'’-]*|,")
_WORD_TOKEN = re.compile(r"(?<![\w-])[\w'’]+")
# Particles that may continue a name after a capitalised word ("Ursula von der Leyen"); "der", "den"
# only right after one of these, so "Bernd Bönte der Deutschen Presse-Agentur" stops at "Bönte".
_NAME_LINK_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "della", "dos", "du", "le", "la", "bin",
                                  "binti", "al", "el", "ter", "ten", "zu"})
_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with", "in", "on", "to", "during", "after", "before", "im", "am", "auf", "nach",
                           "that", "bahwa", "dass", "que", "if", "jika", "ob", "si", "für", "von", "vom", "bei", "der", "des", "de", "du", "del",
                           "dari", "untuk", "di", "pada"})
_NAME_INNER_PARTICLES = frozenset({"der", "den", "des", "la", "le", "los", "las"})


@dataclass(frozen=True)
class _Span:
    start_paragraph: int
    text: str
    before: str  # text before the opening mark in its paragraph
    after: str  # text after the closing mark in its paragraph


@dataclass
class _Context:
    known_names: list[str] = field(default_factory=list)
    mentions: Counter[str] = field(default_factory=Counter)
    last_speaker: str | None = None
    quoted: list[tuple[tuple[int, int], str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Vocabulary:
    verbs: tuple[str, ...]
    self_verbs: tuple[str, ...]
    according: tuple[str, ...]
    pronouns: frozenset[str]
    titles: tuple[str, ...]
    unnamed: frozenset[str]
    title_suffixes: tuple[str, ...]
    title_objects: frozenset[str]
    # Derived once: regex alternations, longest first, and titles indexed by their first word.
    verbs_re: str = ""
    speech_re: str = ""  # verbs and "according to" phrases
    self_verbs_re: str = ""
    according_re: str = ""
    speech_first_words: frozenset[str] = frozenset()
    title_index: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    single_titles: frozenset[str] = frozenset()


def find_quotes(paragraphs: list[str], language: str | None) -> list[Quote]:
    """Direct quotes in reading order; `paragraph` is the index where each quote opens."""
    vocab = _vocabulary(language)
    mentions = _full_names(paragraphs, vocab)
    context = _Context(known_names=list(mentions), mentions=mentions)
    # Who spoke last, including reported speech ("Dewi Anggraini mengatakan ...") before a "-nya" quote.
    reported = _reported_speakers(paragraphs, vocab, context)
    quotes: list[Quote] = []
    for span in _quoted_spans(paragraphs):
        text = _clean_quote(span.text)
        if len(text.split()) < QUOTE_MIN_WORDS:
            continue
        here = (span.start_paragraph, len(span.before))
        context.last_speaker = _latest_before(here, [*reported, *context.quoted], context.last_speaker)
        cue, speaker = _attribution(span, vocab, context)
        same_sentence_run = not _sentences(span.before)[-1].strip()
        if cue is None and quotes and quotes[-1]["paragraph"] == span.start_paragraph and same_sentence_run:
            # '"A," Vang said. "B."': B has A's speaker and cue.
            speaker, cue = quotes[-1]["speaker"], quotes[-1]["cue"]
        if speaker:
            context.quoted.append((here, speaker))
        quotes.append({"text": text, "speaker": speaker, "cue": cue, "paragraph": span.start_paragraph})
    return quotes


def _latest_before(here: tuple[int, int], events: list[tuple[tuple[int, int], str]], default: str | None) -> str | None:
    earlier = [event for event in events if event[0] < here]
    return max(earlier, key=lambda event: event[0])[1] if earlier else default


def _reported_speakers(paragraphs: list[str], vocab: _Vocabulary, context: _Context) -> list[tuple[tuple[int, int], str]]:
    """((paragraph, offset), name) for each named speaker of reported speech outside quote marks."""
    cue_at = re.compile(rf"(?:{vocab.speech_re})(?![\w-])", re.I)
    blank = _Context(known_names=context.known_names, mentions=context.mentions)  # pronouns name nobody here
    events = []
    for index, paragraph in enumerate(paragraphs):
        masked = _mask_quotes(paragraph)
        # Words first, the cue alternation only where a cue can start: much faster than scanning with it.
        starts = (w.start() for w in _WORD_TOKEN.finditer(masked) if w.group().casefold() in vocab.speech_first_words)
        for match in filter(None, (cue_at.match(masked, start) for start in starts)):
            subject = _sentences(masked[: match.start()])[-1].strip(" ,")
            name = None
            if subject and len(subject.split()) <= SUBJECT_MAX_WORDS:
                name = _speaker_from_subject(subject, vocab, blank)  # "Dewi menjelaskan, ..."
            if name is None:  # "..., kata Menteri Luar Negeri Rusia, Sergei Lavrov, Rabu."
                found = _verb_then_speaker(_first_clause(masked[match.start() :]), vocab, blank)
                name = found[1] if found else None
            if name:
                events.append(((index, match.start()), name))
    return events


def _mask_quotes(paragraph: str) -> str:
    """`paragraph` with quoted text blanked (same length), so cues inside quotes are not read."""
    chars = list(paragraph)
    position = 0
    while (opened := _find_open(paragraph, position)) is not None:
        close = _find_close(paragraph, opened + 1, _CLOSERS[paragraph[opened]])
        end = len(paragraph) if close is None else close + 1
        chars[opened:end] = " " * (end - opened)
        position = end
    return "".join(chars)


# --- quoted spans -------------------------------------------------------------------------------


def _quoted_spans(paragraphs: list[str]) -> list[_Span]:
    spans: list[_Span] = []
    pending: tuple[int, str, list[str], str] | None = None  # (paragraph, closers, parts, before)
    for index, paragraph in enumerate(paragraphs):
        position = 0
        if pending is not None:
            start, closers, parts, before = pending
            stripped = paragraph.lstrip()
            offset = len(paragraph) - len(stripped)
            if stripped[:1] in _CLOSERS:  # the quote goes on: the next paragraph reopens it
                close = _find_close(paragraph, offset + 1, closers)
                if close is None:
                    pending = (start, closers, [*parts, paragraph[offset + 1 :]], before)
                    continue
                parts.append(paragraph[offset + 1 : close])
                spans.append(_Span(start, " ".join(parts), before, paragraph[close + 1 :]))
                position = close + 1
            else:  # the site never closed it: the quote ends with its paragraph
                spans.append(_Span(start, " ".join(parts), before, ""))
            pending = None
        while (opened := _find_open(paragraph, position)) is not None:
            closers = _CLOSERS[paragraph[opened]]
            close = _find_close(paragraph, opened + 1, closers)
            if close is None:
                if paragraph[opened] != "‘":
                    pending = (index, closers, [paragraph[opened + 1 :]], paragraph[:opened])
                break
            spans.append(_Span(index, paragraph[opened + 1 : close], paragraph[:opened], paragraph[close + 1 :]))
            position = close + 1
    if pending is not None:
        spans.append(_Span(pending[0], " ".join(pending[2]), pending[3], ""))
    return spans


def _find_open(text: str, start: int) -> int | None:
    for i in range(start, len(text)):
        ch = text[i]
        if ch in _CLOSERS and not (ch == "‘" and i > 0 and text[i - 1].isalnum()):
            return i
    return None


def _find_close(text: str, start: int, closers: str) -> int | None:
    for i in range(start, len(text)):
        if text[i] in closers:
            # ’ is also the apostrophe: it closes only when no letter follows ("it’s" stays inside).
            if text[i] == "’" and i + 1 < len(text) and text[i + 1].isalpha():
                continue
            return i
    return None


def _sentences(text: str) -> list[str]:
    """`text` split after sentence-ending marks, abbreviations ("Dr.", "J.") left alone."""
    pieces, start = [], 0
    for mark in _SENTENCE_MARK.finditer(text):
        word = re.split(r"\s", text[start : mark.start()])[-1]
        if mark.group() == "." and (word.casefold() in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word)):
            continue
        pieces.append(text[start : mark.start()])
        start = mark.end()
    pieces.append(text[start:])
    return pieces


def _clean_quote(text: str) -> str:
    return " ".join(text.split()).strip().rstrip(",;:").strip()


# --- attribution --------------------------------------------------------------------------------


def _attribution(span: _Span, vocab: _Vocabulary, context: _Context) -> tuple[str | None, str | None]:
    """(cue as printed, resolved speaker) from the words after the quote, else before it."""
    after = _first_clause(span.after)
    for reader in (_verb_then_speaker, _self_verb, _speaker_then_verb):
        found = reader(after, vocab, context)
        if found is not None:
            return found
    return _speaker_before(span.before, vocab, context) or (None, None)


def _first_clause(after: str) -> str:
    """Words after the closing mark, up to the end of that sentence or the next quote."""
    cut = re.split(r"[\"“”„«»‹›]", after, maxsplit=1)[0]
    return _sentences(cut)[0] if cut.strip() else cut


def _verb_then_speaker(after: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'..., kata Lavrov' / '..., said Smith' / '..., according to Smith' / '..., so Trump'."""
    match = re.match(rf"^\s*[,.]?\s*[-–—]?\s*(?P<cue>{vocab.speech_re})\s+(?P<who>\S.*)$", after, re.I | re.S)
    if not match:
        return None
    who = match.group("who").strip()
    first = who.split()[0].strip(",").casefold()
    if first in vocab.pronouns:
        return match.group("cue"), context.last_speaker
    if first in vocab.unnamed or not who[0].isupper():
        who = _after_descriptors(who, vocab)  # "said council member Greg Thornton"
    if not who:
        return match.group("cue"), None  # "said a spokesman for the ministry": unnamed
    return match.group("cue"), _resolve(_name_in(who, vocab), vocab, context)


def _after_descriptors(who: str, vocab: _Vocabulary) -> str:
    """Skip an article, titles and up to two lower-case words before a name.

    "el presidente Pedro Sánchez" -> "Pedro Sánchez", "council member Greg Thornton" -> "Greg Thornton";
    "a spokesman for the ministry" -> "" (a preposition means an organisation or nobody follows).
    """
    words = who.split()
    if words and words[0].casefold() in vocab.unnamed:
        words = words[1:]
    titles = vocab.single_titles
    described = 0
    while words and (words[0].casefold().strip(",") in titles or not words[0][0].isupper()):
        if words[0].casefold().strip(",") not in titles:
            described += 1
            if described > 2 or words[0].casefold() in _PREPOSITIONS or words[0].casefold() in vocab.unnamed:
                return ""
        words = words[1:]
    return " ".join(words) if words and words[0].casefold() not in titles else ""


def _self_verb(after: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'..., jelasnya' carries its speaker: the last one named."""
    cues = vocab.self_verbs_re
    match = re.match(rf"^\s*[,.]?\s*(?P<cue>{cues})\b", after, re.I) if cues else None
    return (match.group("cue"), context.last_speaker) if match else None


def _speaker_then_verb(after: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'..., Smith said' / '..., he said' / '..., minister Tom Alweendo told reporters'."""
    cues = vocab.verbs_re
    # `after` is one clause already, so commas and abbreviation dots may sit in the subject
    # ("Jane Roe, an analyst at the U.N. agency, said").
    match = re.match(rf"^\s*[,.]?\s*[-–—]?\s*(?P<who>[^!?;]+?)\s+(?P<cue>{cues})\b", after, re.I)
    if not match or len(match.group("who").split()) > SUBJECT_MAX_WORDS:
        return None
    return match.group("cue"), _speaker_from_subject(match.group("who"), vocab, context)


def _speaker_before(before: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'Smith said: "..."' / 'Menurut Lavrov, "..."' / 'Lavrov mengatakan, "..."'."""
    clause = _sentences(before)[-1].strip()
    if not clause:
        return None
    according = vocab.according_re
    match = re.search(rf"(?:^|\s)(?P<cue>{according})\s+(?P<who>[^,:]+?)\s*[,:]?\s*$", clause, re.I)
    if match:
        return match.group("cue"), _resolve(_name_in(match.group("who"), vocab), vocab, context)
    cues = vocab.verbs_re
    match = re.search(rf"^(?P<who>.+?)\s+(?P<cue>{cues})\b(?:\s+[\w-]+){{0,3}}?\s*[:,]?\s*$", clause, re.I)
    if match and len(match.group("who").split()) <= SPEAKER_MAX_WORDS:
        return match.group("cue"), _speaker_from_subject(match.group("who"), vocab, context)
    return None


def _speaker_from_subject(who: str, vocab: _Vocabulary, context: _Context) -> str | None:
    """The speaker in a subject phrase before the verb."""
    words = who.split()
    first = words[0].casefold().strip(",")
    if first in vocab.pronouns:
        return context.last_speaker
    if first in vocab.unnamed:
        who = _after_descriptors(who, vocab)
        if not who:
            return None
        words = who.split()
    runs = _capitalised_runs(who, stop_at_lowercase=False)
    if not runs:
        return None
    if words[0][0].isupper() and (len(runs[0]) >= 2 or len(words) == 1 or words[0].endswith(",")):
        # "Samson Mokoena from X says", "Jane Roe, an analyst, said", "Lavrov said": named first.
        chosen = runs[0]
    else:
        # "minister of mines Tom Alweendo told", "Asked about jobs, Bennett said": the run next to the
        # verb; a lone capitalised word further away ("Paganini and his team wrote") is too unsure.
        next_to_verb = who.rstrip(" ,").endswith(runs[-1][-1])
        chosen = runs[-1] if len(runs[-1]) >= 2 or next_to_verb else []
    return _resolve(_name_in(" ".join(chosen), vocab), vocab, context) if chosen else None


# --- names --------------------------------------------------------------------------------------


def _name_in(phrase: str, vocab: _Vocabulary) -> str | None:
    """The person's name in a speaker phrase, titles stripped ("Menteri Luar Negeri Rusia, Sergei Lavrov")."""
    runs = _capitalised_runs(phrase, stop_at_lowercase=True)
    candidates = []
    for run in runs:
        words = [w for w in run if w.casefold().strip(".") not in BYLINE_DATE_WORDS]
        if not words or agency_for_name(" ".join(words)):
            continue
        stripped = _strip_titles(words, vocab)
        if stripped:
            candidates.append((len(stripped) < len(words), " ".join(stripped), run))
    if not candidates:
        return None
    untitled = [c for c in candidates if not c[0]]
    # "ROLE, NAME": a run that is all title defers to a title-free run after it.
    chosen = untitled[0] if untitled and candidates[0][0] and len(untitled[0][1].split()) >= 2 else candidates[0]
    return chosen[1]


def _capitalised_runs(phrase: str, *, stop_at_lowercase: bool) -> list[list[str]]:
    """Runs of capitalised words, split at commas and lower-case words."""
    runs: list[list[str]] = []
    current: list[str] = []
    for token in _WORD.findall(phrase):
        word = token.strip(".'’") if token != "," else token
        if token != "," and word and (word[0].isupper() or _continues_name(current, word)):
            current.append(token.rstrip(".") if not re.fullmatch(r"[A-Z]\.", token) else token)
            continue
        if current:
            runs.append(current)
            current = []
        if token != "," and stop_at_lowercase and runs:
            break
    if current:
        runs.append(current)
    return [[w for w in run if w] for run in runs if run]


def _continues_name(current: list[str], word: str) -> bool:
    if not current:
        return False
    lowered = word.casefold()
    return lowered in _NAME_LINK_PARTICLES or (lowered in _NAME_INNER_PARTICLES and current[-1].casefold() in _NAME_LINK_PARTICLES)


def _strip_titles(words: list[str], vocab: _Vocabulary) -> list[str]:
    """Drop job titles: everything up to the last title word ("Russian Foreign Minister Sergei Lavrov")."""
    lowered = [w.casefold().rstrip(".") for w in words]
    cut = 0
    # "MADRID Rafael Nadal": an upper-case dateline run into the name is not part of it.
    while cut < len(words) - 1 and _is_all_caps(words[cut]) and not all(_is_all_caps(w) for w in words[cut:]):
        cut += 1
    for i in range(len(words)):
        for parts in vocab.title_index.get(lowered[i], ()):
            # A title ending the run is a surname ("Martin Luther King"), not a title.
            if tuple(lowered[i : i + len(parts)]) == parts and i + len(parts) < len(words):
                cut = max(cut, i + len(parts))
        if i + 1 < len(words) and lowered[i].endswith(vocab.title_suffixes):
            cut = max(cut, i + 1)
    while cut and cut < len(words) - 1 and lowered[cut] in vocab.title_objects:
        cut += 1  # "Kepala Dinas Kesehatan Ahmad Fauzi": the office belongs to the title
    rest = words[cut:]
    while rest and rest[-1].casefold() in BYLINE_NAME_PARTICLES:
        rest = rest[:-1]
    if len(rest) == 1 and rest[0].casefold().endswith(vocab.title_suffixes):
        return []  # "Feuerwehrsprecher" alone names a role, not a person
    return rest


def _is_all_caps(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def _resolve(name: str | None, vocab: _Vocabulary, context: _Context) -> str | None:
    """A surname (or a first name) to the full name introduced in the article."""
    if not name:
        return None
    if name.casefold() in vocab.pronouns:
        return context.last_speaker
    if len(name.split()) > 1:
        return name
    key = name.casefold()
    for position in (-1, 0):  # surname first ("Lavrov"), then a first name ("Joko")
        matches = [full for full in context.known_names if full.split()[position].casefold() == key]
        if matches:
            # The most mentioned wins: "Donald Trump" over a stray "Kentucky Trump" run.
            return max(matches, key=lambda full: (context.mentions[full], -context.known_names.index(full)))
    return name


def _full_names(paragraphs: list[str], vocab: _Vocabulary) -> Counter[str]:
    """Capitalised runs of 2-4 words (titles stripped), counted, in order of first appearance."""
    names: Counter[str] = Counter()
    for paragraph in paragraphs:
        for sentence in _sentences(paragraph):
            for run in _capitalised_runs(sentence, stop_at_lowercase=False):
                words = _strip_titles(run, vocab)
                if any(re.search(r"\w\.\w", word) for word in words):
                    continue  # "IPHEDIA.com Moskow" is a site name run into the dateline
                if 2 <= len(words) <= 4 and not agency_for_name(" ".join(words)):
                    names[" ".join(words)] += 1
    return names


@lru_cache(maxsize=8)
def _vocabulary(language: str | None) -> _Vocabulary:
    """All languages' cues, the page language's first (so its verbs win ties)."""
    ordered = sorted(_CUES_BY_LANGUAGE.items(), key=lambda item: item[0] != (language or ""))
    sets = [cues for _, cues in ordered]

    def merged(attr: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(word for cues in sets for word in getattr(cues, attr)))

    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))

    titles = merged("titles")
    index: dict[str, list[tuple[str, ...]]] = {}
    for title in titles:
        parts = tuple(part.rstrip(".") for part in title.split())
        index.setdefault(parts[0], []).append(parts)
    return _Vocabulary(
        verbs=merged("verbs"),
        self_verbs=merged("self_verbs"),
        according=merged("according"),
        pronouns=frozenset(merged("pronouns")),
        titles=titles,
        unnamed=frozenset(merged("unnamed")),
        title_suffixes=merged("title_suffixes"),
        title_objects=frozenset(merged("title_objects")),
        verbs_re=alternation(merged("verbs")),
        speech_re=alternation((*merged("verbs"), *merged("according"))),
        self_verbs_re=alternation(merged("self_verbs")),
        according_re=alternation(merged("according")),
        speech_first_words=frozenset(c.split()[0] for c in (*merged("verbs"), *merged("according"))),
        title_index={first: tuple(parts) for first, parts in index.items()},
        single_titles=frozenset(t for t in titles if " " not in t),
    )
