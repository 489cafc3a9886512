"""Direct quotes with their speakers: '"...," kata Lavrov' -> {text, speaker "Sergei Lavrov", cue "kata"}.

Steps: find quoted spans (straight, curly, „ “, « », ‹ ›, ‘ ’; a quote left open at the end of a
paragraph continues when the next paragraph reopens it), then read the attribution right after the
closing mark ("kata X", "X said", "jelasnya", a subject printed late: "dijo el martes el presidente X",
a split verb: "räumte X ein", a Spanish verb alone: "ha añadido") or right before the opening one
("X said:", "Menurut X,", "Pour X,"). Speakers are resolved to full names: pronouns and "-nya" forms to the last named
speaker, a surname to the full name introduced elsewhere in the article; titles are stripped and an
unnamed speaker ("a spokesman") stays None.

Scare quotes are not quotes: a quoted span needs at least QUOTE_MIN_WORDS words. Cue vocabularies
are data, one module per language (lexicon/cues_<lang>.py); all of them are tried, so a page with a
wrong language tag still gets its quotes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

from newsbot.extract.fields.agency import agency_for_name, word_alternation
from newsbot.extract.lexicon import cues_de, cues_en, cues_es, cues_fr, cues_id
from newsbot.extract.lexicon.byline_roles import BYLINE_DATE_WORDS, BYLINE_NAME_PARTICLES
from newsbot.extract.lexicon.cues_types import QuoteCues
from newsbot.extract.lexicon.places import SPEAKING_PLACES
from newsbot.extract.types import Quote

QUOTE_MIN_WORDS = 4  # "a 'historic' deal" or „großartige Arbeit“ is emphasis, not a quote
SPEAKER_MAX_WORDS = 10
SUBJECT_MAX_WORDS = 16  # "Name, a research analyst at the X Council, said"
# A role ("sagt der Leseforscher") refers back to a speaker of this or the previous two paragraphs.
ROLE_REFERENCE_PARAGRAPHS = 2
SUBJECT_TAIL_MIN_WORDS = 3
OPENING_MAX_WORDS = 3  # words (a determiner, titles) allowed before a sentence subject  # "The pair ... just after Weaver uttered": a long clause whose verb has its own subject
# A capitalised first word this long in a run of three or more is a compound job noun, not a first name
# ("Literaturdidaktiker Christian Dawidowski", "Politikwissenschaftler Uwe Jun").
DESCRIPTOR_MIN_LETTERS = 12
_CUES_BY_LANGUAGE: dict[str, QuoteCues] = {
    "en": cues_en.CUES, "id": cues_id.CUES, "de": cues_de.CUES, "fr": cues_fr.CUES, "es": cues_es.CUES,
}
# Opening mark -> the marks that may close it.
# A straight mark and a curly one close each other: sites mix them ('"We will ...” the mayor said').
_CLOSERS: dict[str, str] = {'"': '"”', "“": '”"', "„": "“”", "«": "»", "»": "«", "‹": "›", "‘": "’", "「": "」"}
_ALL_MARKS = "\"“”„«»‹›‘’「」"
_SENTENCE_MARK = re.compile(r"[.!?;](?=\s|$)")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_CLAUSE_BREAK = re.compile(r"[.!?;:,]\s")
_MARK_AFTER_TEXT = re.compile(r"^([^\"“”„«»‹›]*)[\"“„«»‹]")
_ANY_QUOTE_MARK = re.compile(r"[\"“”„«»‹›]")
_NOUN_AFTER = re.compile(r"\s+([a-zäöüßéèàç][\w-]*)")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_CAPITALISED_PREFIX = re.compile(r"(?:Mc|Mac|O'|O’|De|Di|Da|Le|La|Van|Von)[A-Z]")
_DOTTED_WORD = re.compile(r"\w\.\w")
_HYPHEN_COMPOUND = re.compile(r"\w-[A-ZÄÖÜ][a-zäöüß]{4,}")
# A period after these (or after one capital: "J.") ends an abbreviation, not a sentence.
_ABBREVIATIONS = frozenset({"dr", "mr", "ms", "mrs", "st", "jr", "sr", "gen", "sen", "rep", "gov", "prof", "lt", "col", "no"})
_WORD = re.compile(r"[\w][\w.'’-]*|,")
# _WORD, with ":", ";" and "(" breaking a name run like "," ("Karl Roe (SPD)": the party is no name part).
_WORD_OR_BREAK = re.compile(r"[\w][\w.'’-]*|[,:;(]")
_BREAKS = frozenset(",:;(")
_WORD_TOKEN = re.compile(r"(?<![\w-])[\w'’]+")
_NAME_WORD = re.compile(r"(?<![\w-])[^\W\d_][\w'’-]*")
# Generational suffixes after a surname: "James P. Kennedy Jr." is still Kennedy.
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Particles that may continue a name after a capitalised word ("Ursula von der Leyen"); "der", "den"
# only right after one of these, so "Bernd Bönte der Deutschen Presse-Agentur" stops at "Bönte".
# Not "di": in Indonesian it is "at/in" ("kata Sri Mulyani di Jakarta"); Italian names capitalise it ("Di Maio").
_NAME_LINK_PARTICLES = frozenset({"van", "von", "de", "da", "del", "della", "dos", "du", "le", "la", "bin",
                                  "binti", "al", "el", "ter", "ten", "zu"})
_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with", "in", "on", "to", "during", "after", "before", "im", "am", "auf", "nach",
                           "that", "bahwa", "dass", "que", "if", "jika", "ob", "si", "für", "von", "vom", "bei", "der", "des", "de", "du", "del",
                           "dari", "untuk", "di", "pada",
                           # more prepositions: "Pedro Ejemplo en rueda de prensa", "Seit Mai", "Pour X"
                           "since", "by", "about", "over", "under", "into", "through", "without", "against", "amid",
                           "seit", "mit", "ohne", "über", "unter", "gegen", "wegen", "trotz", "während", "zum", "zur",
                           "en", "pour", "par", "sur", "dans", "avec", "sans", "chez", "contre", "depuis", "pendant",
                           "para", "por", "con", "sin", "sobre", "desde", "durante", "tras", "ante", "hacia", "entre"})
# An Arabic or Dutch particle fused to a capitalised name: "ad-Din", "al-Scharaa", "el-Sisi".
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ed|as|ash|at|az|ar|an|bin|ibn|abu|abd|da|de|di|du|van|von|ul)-[^\W\d_]", re.I)
# Determiners that open a descriptive noun phrase, not a name: "der Ukrainer Usyk", "the We Company".
_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
                          "the", "a", "an", "le", "la", "les", "l", "un", "une", "el", "los", "las", "una", "unos",
                          "unas", "sang", "si", "para",
                          # possessives and demonstratives open a description too: "Seine Hypothese"
                          "sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren",
                          "unser", "unsere", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede",
                          "his", "her", "their", "its", "our", "this", "these", "those", "son", "sa", "ses",
                          "leur", "leurs", "su", "sus", "este", "esta", "ese", "esa"})
# Blessings and honorifics printed after a name ("Umar ra", "Nabi Muhammad saw").
_HONORIFICS = frozenset({"ra", "saw", "swt", "radiallohu", "radhiyallahu", "radhiallahu", "radiyallahu", "anhu", "anha",
                         "anhuma", "rahimahullah", "pbuh", "alaihissalam"})
# Verbs whose object is the listener, not the speaker: "X told Reuters".
_ADDRESSEE_VERBS = frozenset({"told", "tells"})
# Definite articles: "sagt der Anwalt" points back at a named person, "sagt ein Anwalt" does not.
_DEFINITE = frozenset({"der", "die", "das", "the", "le", "la", "l", "el", "los", "las", "les", "sang"})
_NAME_INNER_PARTICLES = frozenset({"der", "den", "des", "la", "le", "los", "las"})


@dataclass(frozen=True)
class _Span:
    start_paragraph: int
    text: str
    before: str  # text before the opening mark in its paragraph
    after: str  # text after the closing mark in its paragraph
    # (paragraph, text) for each paragraph the quote runs through; one part for a one-paragraph quote.
    parts: tuple[tuple[int, str], ...] = ()


@dataclass
class _Context:
    known_names: list[str] = field(default_factory=list)
    mentions: Counter[str] = field(default_factory=Counter)
    last_speaker: str | None = None  # who a pronoun ("he", "jelasnya") refers to at this point
    recent_speaker: str | None = None  # who a role ("der Anwalt") refers to: a speaker of the last paragraphs
    quoted: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    # _resolve() of a name that is no pronoun depends only on known_names and mentions (fixed per page):
    # memoised, as every mention of a known name in the article resolves it again.
    resolved: dict[str, str | None] = field(default_factory=dict)
    # Known names by casefolded surname and by first name, in known_names order (built on first use).
    name_parts: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # Capitalised words the text uses as common nouns (German: after an article), casefolded: never a speaker.
    common_nouns: frozenset[str] = frozenset()
    # One-word titles a known name was introduced with ("US President Donald Trump": "president" -> that name),
    # so "the president said" names him.
    titled: dict[str, str | None] = field(default_factory=dict)


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
    separable: frozenset[tuple[str, str]] = frozenset()  # (verb, particle) pairs, casefolded
    # The attribution patterns, compiled once per vocabulary: built from the long cue alternations above,
    # they cost ~1 ms each to compile and would fall out of `re`'s cache on a busy page.
    patterns: _Patterns | None = None


@dataclass(frozen=True)
class _Patterns:
    reported_cue: re.Pattern[str]  # a speech cue where a word starts (reported speech)
    verb_then_speaker: re.Pattern[str]  # '..., kata Lavrov'
    self_verb: re.Pattern[str] | None  # '..., jelasnya' (None: no language has self verbs)
    speaker_then_verb: re.Pattern[str]  # '..., Smith said'
    according_before: re.Pattern[str]  # 'Menurut Lavrov, "..."'
    verb_name_before: re.Pattern[str]  # '..., sagte Leavitt: "..."'
    subject_verb_before: re.Pattern[str]  # 'Smith said: "..."'
    short_subject_before: re.Pattern[str]  # 'He continued, speaking of ...: "..."'
    opinion_before: re.Pattern[str] | None  # 'Pour Marie Durand, « ... »' (None: no language has one)
    separable_after: re.Pattern[str] | None  # '„…“, räumte Müller ein' (None: no separable verbs)
    bare_verb: re.Pattern[str] | None  # '«…», ha añadido.' (a subject left out, as Spanish allows)


@lru_cache(maxsize=8)
def _compile_patterns(
    speech_re: str, verbs_re: str, self_verbs_re: str, according_re: str, opinion_re: str,
    separable: tuple[tuple[str, str], ...], bare_verbs_re: str,
) -> _Patterns:
    stems = word_alternation(sorted({stem for stem, _ in separable}, key=lambda word: (-len(word), word)))
    particles = word_alternation(sorted({particle for _, particle in separable}, key=lambda word: (-len(word), word)))
    return _Patterns(
        bare_verb=re.compile(rf"^\s*[,.]?\s*[-–—]?\s*(?P<cue>{bare_verbs_re})\s*[.!?]?\s*$", re.I) if bare_verbs_re else None,
        opinion_before=re.compile(rf"^(?P<cue>{opinion_re})\s+(?P<who>[^,:]+?)\s*[,:]\s*$", re.I) if opinion_re else None,
        separable_after=re.compile(
            rf"^\s*[,.]?\s*[-–—]?\s*(?P<stem>{stems})\s+(?P<who>[^\W\d_].*?)\s+(?P<particle>{particles})\s*[.!?]?\s*$", re.I
        ) if separable else None,
        reported_cue=re.compile(rf"(?:{speech_re})(?![\w-])", re.I),
        verb_then_speaker=re.compile(rf"^\s*[,.]?\s*[-–—]?\s*(?P<cue>{speech_re})\s+(?P<who>\S.*)$", re.I | re.S),
        self_verb=re.compile(rf"^\s*[,.]?\s*(?P<cue>{self_verbs_re})\b", re.I) if self_verbs_re else None,
        speaker_then_verb=re.compile(rf"^\s*[,.]?\s*[-–—]?\s*(?P<who>[^!?;]+?)\s+(?P<cue>{verbs_re})\b", re.I),
        according_before=re.compile(rf"(?:^|\s)(?P<cue>{according_re})\s+(?P<who>[^,:]+?)\s*[,:]?\s*$", re.I),
        verb_name_before=re.compile(
            rf"(?:^|[\s,])(?P<cue>{verbs_re})\s+(?P<who>[^\s,:]+(?:\s+[^\s,:]+){{0,3}})\s*[:,]\s*$", re.I
        ),
        subject_verb_before=re.compile(rf"^(?P<who>.+?)\s+(?P<cue>{verbs_re})\b(?:\s+[\w-]+){{0,5}}?\s*[:,]?\s*$", re.I),
        short_subject_before=re.compile(rf"^(?P<who>\S+(?:\s+\S+){{0,3}}?)\s+(?P<cue>{verbs_re})\b[^:]*:\s*$", re.I),
    )


def find_quotes(paragraphs: list[str], language: str | None) -> list[Quote]:
    """Direct quotes in reading order, one entry per paragraph a quote runs through.

    `paragraph` is the body paragraph holding that part of the quote; the parts of a quote that spans
    paragraphs share its speaker and cue.
    """
    # Languages without a cue module all get the same vocabulary (default order): one cached entry for them.
    vocab = _vocabulary(language if language in _CUES_BY_LANGUAGE else None)
    spans = [span for span in _split_inserted_attributions(_quoted_spans(paragraphs)) if _is_speech(span, language)]
    if not spans:
        return []  # a quarter of articles quote nobody: skip the name and speaker passes over the whole text
    masked = [_mask_quotes(paragraph) for paragraph in paragraphs]
    titled: dict[str, str | None] = {}
    mentions = _full_names(masked, vocab, titled)
    for title, name in _appositive_titles(masked, list(mentions), vocab):
        _note_title(titled, title, name)
    context = _Context(known_names=list(mentions), mentions=mentions, common_nouns=_common_nouns(masked, language), titled=titled)
    # Who spoke last, including reported speech ("Dewi Anggraini mengatakan ...") before a "-nya" quote.
    reported = _reported_speakers(masked, vocab, context)
    people = _person_mentions(masked, vocab, context)
    subjects = {name for (index, offset), name in people if _opens_clause(masked[index], offset)}
    quotes: list[Quote] = []
    for span in spans:
        here = (span.start_paragraph, len(span.before))
        speakers = [*((at, name) for at, name, _ in reported), *context.quoted]
        context.last_speaker = _referent(here, speakers, people, context.last_speaker)
        recent = [event for event in speakers if here[0] - event[0][0] <= ROLE_REFERENCE_PARAGRAPHS]
        context.recent_speaker = _latest_before(here, recent, None)
        cue, speaker = _attribution(span, vocab, context)
        same_sentence_run = not _sentences(span.before)[-1].strip()
        if cue is None and quotes and quotes[-1]["paragraph"] == span.start_paragraph and same_sentence_run:
            # '"A," Vang said. "B."': B has A's speaker and cue.
            speaker, cue = quotes[-1]["speaker"], quotes[-1]["cue"]
        elif cue is None and speaker is None:
            speaker, cue = _unattributed(here, reported, people, subjects)
        if speaker:
            context.quoted.append((here, speaker))
        for paragraph, part in span.parts or ((span.start_paragraph, span.text),):
            part_text = _clean_quote(part)
            if part_text:
                quotes.append({"text": part_text, "speaker": speaker, "cue": cue, "paragraph": paragraph})
    return quotes


def _is_speech(span: _Span, language: str | None) -> bool:
    """Long enough to be said, and not a quoted title or a subheading printed as a quote."""
    text = _clean_quote(span.text)
    if len(text.split()) < QUOTE_MIN_WORDS:
        return False
    return not ((language != "de" and _is_title(text)) or _is_quoted_heading(span, text))


# A quoted title ("Takin' It to the Streets", "Black Friday Sales Event"): every word of this many letters
# or more is capitalised; a sentence has lower-case verbs and nouns. Not for German, whose capitalised nouns
# make a short quote look like a title („Mitarbeiter des Roten Kreuzes“).
TITLE_WORD_MIN_LETTERS = 4
QUOTED_HEADING_MAX_WORDS = 12


def _is_title(text: str) -> bool:
    """A song, film, event or holiday name in quote marks, not speech."""
    if text.rstrip().endswith((".", "!", "?", "…", ",")):
        return False
    long_words = [w for w in _NAME_WORD.findall(text) if len(w) >= TITLE_WORD_MIN_LETTERS]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _is_quoted_heading(span: _Span, text: str) -> bool:
    """A subheading printed as a quote: a short paragraph that is only the quote, with no full stop."""
    return (
        len(span.parts) <= 1
        and not span.before.strip()
        and not span.after.strip(" .")
        and len(text.split()) <= QUOTED_HEADING_MAX_WORDS
        and not span.text.rstrip().endswith((".", "!", "?", "…", ",", ".”", '."'))
    )


def _latest_before(here: tuple[int, int], events: list[tuple[tuple[int, int], str]], default: str | None) -> str | None:
    earlier = [event for event in events if event[0] < here]
    return max(earlier, key=lambda event: event[0])[1] if earlier else default


def _referent(
    here: tuple[int, int],
    speakers: list[tuple[tuple[int, int], str]],
    people: list[tuple[tuple[int, int], str]],
    default: str | None,
) -> str | None:
    """Who "he", "elle" or "jelasnya" means at `here`: the last speaker in this paragraph, else the person
    named last in it, else the last speaker, else the last person named anywhere before."""
    spoke_here = _latest_before(here, [event for event in speakers if event[0][0] == here[0]], None)
    named_here = _latest_before(here, [event for event in people if event[0][0] == here[0]], None)
    return spoke_here or named_here or _latest_before(here, speakers, None) or _latest_before(here, people, default)


def _unattributed(
    here: tuple[int, int],
    reported: list[tuple[tuple[int, int], str, str]],
    people: list[tuple[tuple[int, int], str]],
    opening: set[str],
) -> tuple[str | None, str | None]:
    """(speaker, cue) for a quote with no attribution of its own, from its paragraph only.

    '..., sagt Matthias Zahn. "Dreyer will ..."' carries on the reported speech before it (speaker and
    cue); 'Uwe Jun stellt ... aus. "Die Gespräche ..."' is the person the paragraph is about, cue None.
    """
    said_here = [(at, (name, cue)) for at, name, cue in reported if at[0] == here[0] and at < here]
    if said_here:
        return max(said_here)[1]
    subjects = [event for event in people if event[0][0] == here[0] and event[1] in opening]
    return _latest_before(here, subjects, None), None


def _opens_clause(text: str, offset: int) -> bool:
    """The mention at `offset` starts its sentence or clause, give or take a title or descriptor:
    "Der Trierer Politikwissenschaftler Uwe Jun stellt ...", "..., Mme Binet est ..."."""
    prefix = _CLAUSE_BREAK.split(text[:offset])[-1].split()
    return len(prefix) <= OPENING_MAX_WORDS and all(w[0].isupper() or w.casefold() in _DETERMINERS for w in prefix)


def _person_mentions(masked: list[str], vocab: _Vocabulary, context: _Context) -> list[tuple[tuple[int, int], str]]:
    """((paragraph, offset), full name) wherever a known person is named, by full name or one part of it."""
    known_parts = {key for name in context.known_names for key in (name.split()[0].casefold(), *_surname_keys(name))}
    events = []
    for index, paragraph in enumerate(masked):
        for match in _words_in(_NAME_WORD, paragraph, known_parts):
            word = match.group()
            if word[0].isupper() or _PARTICLE_NAME.match(word):
                resolved = _resolve(word, vocab, context)
                if resolved and len(resolved.split()) > 1:
                    events.append(((index, match.start()), resolved))
    return events


def _words_in(pattern: re.Pattern[str], text: str, keys: frozenset[str] | set[str]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `text` whose casefolded text is in `keys`, in order.

    The membership test runs over findall() in C (map/compress); match objects are made only for hits,
    which are few: this is the inner loop over every word of the article."""
    hits = list(map(keys.__contains__, map(str.casefold, pattern.findall(text))))
    return compress(pattern.finditer(text), hits) if any(hits) else iter(())


def _reported_speakers(masked_paragraphs: list[str], vocab: _Vocabulary, context: _Context) -> list[tuple[tuple[int, int], str, str]]:
    """((paragraph, offset), name, cue) for each named speaker of reported speech outside quote marks."""
    cue_at = _patterns(vocab).reported_cue
    # Pronouns name nobody here; names resolve as in `context` (so they share its memo).
    blank = _Context(
        known_names=context.known_names, mentions=context.mentions, resolved=context.resolved, name_parts=context.name_parts,
        common_nouns=context.common_nouns, titled=context.titled,
    )
    events = []
    for index, masked in enumerate(masked_paragraphs):
        # Words first, the cue alternation only where a cue can start: much faster than scanning with it.
        starts = (w.start() for w in _words_in(_WORD_TOKEN, masked, vocab.speech_first_words))
        end = 0
        for match in filter(None, (cue_at.match(masked, start) for start in starts)):
            if match.start() < end:
                continue  # "fait valoir" inside "a fait valoir": one cue
            if masked[match.start()].isupper() and not _opens_sentence(masked, match.start()):
                continue  # "Two United States soldiers": a capitalised word inside a name, not the verb "states"
            end = match.end()
            subject = _sentences(masked[: match.start()])[-1].strip(" ,")
            name = None
            if subject and len(subject.split()) <= SUBJECT_MAX_WORDS:
                name = _speaker_from_subject(subject, vocab, blank)  # "Dewi menjelaskan, ..."
            if name is None:  # "..., kata Menteri Luar Negeri Rusia, Sergei Lavrov, Rabu."
                found = _verb_then_speaker(_first_clause(masked[match.start() :]), vocab, blank)
                name = found[1] if found else None
            if name:
                events.append(((index, match.start()), name, match.group()))
    return events


def _opens_sentence(text: str, offset: int) -> bool:
    """Nothing but a sentence or clause break (or a masked quote) before `offset`: "Menurut Dewi", "Kata dia"."""
    before = text[:offset].rstrip()
    return not before or before[-1] in ".!?:;,\"“”„«»()"


def _mask_quotes(paragraph: str) -> str:
    """`paragraph` with quoted text blanked (same length), so cues and names inside quotes are not read.

    The blank opens with a comma (a name run never continues across a quote) and ends with a full stop
    when the quote ended its sentence ('"... Dinge." Die USA ...'), so sentences still split there.
    """
    chars = list(paragraph)
    position = 0
    while (opened := _find_open(paragraph, position)) is not None:
        close = _find_close(paragraph, opened + 1, _CLOSERS[paragraph[opened]])
        end = len(paragraph) if close is None else close + 1
        ended = paragraph[opened + 1 : end].rstrip(_ALL_MARKS + " ").endswith((".", "!", "?"))
        chars[opened:end] = "," + " " * (end - opened - 2) + ("." if ended else " ") if end - opened >= 2 else " "
        position = end
    return "".join(chars)


# --- quoted spans -------------------------------------------------------------------------------


def _quoted_spans(paragraphs: list[str]) -> list[_Span]:
    spans: list[_Span] = []
    # (first paragraph, closers, [(paragraph, text) ...], text before the opening mark)
    pending: tuple[int, str, list[tuple[int, str]], str] | None = None
    for index, paragraph in enumerate(paragraphs):
        position = 0
        if pending is not None:
            start, closers, parts, before = pending
            stripped = paragraph.lstrip()
            offset = len(paragraph) - len(stripped)
            if stripped[:1] in _CLOSERS:  # the quote goes on: the next paragraph reopens it
                close = _find_close(paragraph, offset + 1, closers)
                if close is None:
                    pending = (start, closers, [*parts, (index, paragraph[offset + 1 :])], before)
                    continue
                parts.append((index, paragraph[offset + 1 : close]))
                spans.append(_joined_span(start, parts, before, paragraph[close + 1 :]))
                position = close + 1
            else:  # the site never closed it: the quote ends with its paragraph
                spans.append(_joined_span(start, parts, before, ""))
            pending = None
        while (opened := _find_open(paragraph, position)) is not None:
            closers = _CLOSERS[paragraph[opened]]
            close = _find_close(paragraph, opened + 1, closers)
            if close is None:
                if paragraph[opened] != "‘":
                    pending = (index, closers, [(index, paragraph[opened + 1 :])], paragraph[:opened])
                break
            spans.append(_Span(index, paragraph[opened + 1 : close], paragraph[:opened], paragraph[close + 1 :]))
            position = close + 1
    if pending is not None:
        spans.append(_joined_span(pending[0], pending[2], pending[3], ""))
    return spans


# « Là-dessus, notre désaccord est total, souligne-t-elle. La CGT a des solutions » : an attribution
# printed inside the marks splits the quote in two.
_INSERTED_ATTRIBUTION = re.compile(r",\s*[^\W\d_][\w’']*(?:-t)?-(?:il|elle|ils|elles|on)\s*[.,]\s+(?=\S)")


def _split_inserted_attributions(spans: list[_Span]) -> list[_Span]:
    out = []
    for span in spans:
        match = _INSERTED_ATTRIBUTION.search(span.text) if len(span.parts) <= 1 else None
        if match is None:
            out.append(span)
            continue
        first, second = span.text[: match.start()], span.text[match.end() :]
        out.append(_Span(span.start_paragraph, first, span.before, span.text[match.start() :] + span.after))
        before_second = span.before + first + span.text[match.start() : match.end()]
        out.append(_Span(span.start_paragraph, second, before_second, span.after))
    return out


def _joined_span(start: int, parts: list[tuple[int, str]], before: str, after: str) -> _Span:
    return _Span(start, " ".join(text for _, text in parts), before, after, tuple(parts))


# Mark searches run in C (a regex character class) instead of a Python loop over every character.
_OPENER = re.compile("[" + re.escape("".join(_CLOSERS)) + "]")
_CLOSER = {closers: re.compile("[" + re.escape(closers) + "]") for closers in _CLOSERS.values()}


def _find_open(text: str, start: int) -> int | None:
    while (match := _OPENER.search(text, start)) is not None:
        i = match.start()
        if not (text[i] == "‘" and i > 0 and text[i - 1].isalnum()):
            return i
        start = i + 1
    return None


def _find_close(text: str, start: int, closers: str) -> int | None:
    pattern = _CLOSER[closers]
    while (match := pattern.search(text, start)) is not None:
        i = match.start()
        # ’ is also the apostrophe: it closes only when no letter follows ("it’s" stays inside).
        if not (text[i] == "’" and i + 1 < len(text) and text[i + 1].isalpha()):
            return i
        start = i + 1
    return None


def _sentences(text: str) -> list[str]:
    """`text` split after sentence-ending marks, abbreviations ("Dr.", "J.") left alone."""
    pieces, start = [], 0
    for mark in _SENTENCE_MARK.finditer(text):
        if mark.group() == "." and _is_abbreviation(_last_word(text[start : mark.start()])):
            continue
        pieces.append(text[start : mark.start()])
        start = mark.end()
    pieces.append(text[start:])
    return pieces


def _last_word(text: str) -> str:
    """What follows the last whitespace character ("" when `text` ends with one)."""
    return "" if not text or text[-1].isspace() else text.split()[-1]


def _is_abbreviation(word: str) -> bool:
    return word.casefold() in _ABBREVIATIONS or _INITIALS.fullmatch(word) is not None


def _clean_quote(text: str) -> str:
    return " ".join(text.split()).strip().rstrip(",;:").strip()


# --- attribution --------------------------------------------------------------------------------


def _attribution(span: _Span, vocab: _Vocabulary, context: _Context) -> tuple[str | None, str | None]:
    """(cue as printed, resolved speaker) from the words after the quote, else before it."""
    after = _first_clause(span.after)
    if not _introduces_next_quote(span):
        for reader in (_inverted_french, _verb_then_speaker, _separable_verb, _bare_verb, _self_verb, _speaker_then_verb):
            found = reader(after, vocab, context)
            if found is not None:
                return found
    return _speaker_before(_mask_quotes(span.before), vocab, context) or (None, None)


def _introduces_next_quote(span: _Span) -> bool:
    """'“… membinasakan.” Aslam berkata, “Bagaimana itu?”': a quote that ends its own sentence, then a
    new sentence ending in a comma or colon right before the next quote: those words attribute the next one."""
    match = _MARK_AFTER_TEXT.match(span.after)
    if not match or not span.text.rstrip().endswith((".", "?", "!", "…")):
        return False
    between = match.group(1).strip()
    return bool(between) and between[0].isupper() and between.endswith((",", ":"))


_FRENCH_INVERSION = re.compile(
    r"^\s*[,.]?\s*(?P<verb>[^\W\d_][\w’']*)(?:-t)?-(?:il|elle|ils|elles|on)(?![\w-])(?:\s+(?P<participle>[^\W\d_]+(?:\s+valoir)?))?",
    re.I,
)


def _inverted_french(after: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'« … », confie-t-elle' / 'a-t-il ajouté' / 'a-t-elle fait valoir': cue without the pronoun."""
    match = _FRENCH_INVERSION.match(after)
    if not match:
        return None
    verbs = set(vocab.verbs)
    verb, participle = match.group("verb"), match.group("participle")
    if participle and f"{verb} {participle}".casefold() in verbs:
        return f"{verb} {participle}", context.last_speaker
    if verb.casefold() in verbs:
        return verb, context.last_speaker
    return None


def _first_clause(after: str) -> str:
    """Words after the closing mark, up to the end of that sentence or the next quote."""
    cut = _ANY_QUOTE_MARK.split(after, maxsplit=1)[0]
    return _sentences(cut)[0] if cut.strip() else cut


def _verb_then_speaker(after: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'..., kata Lavrov' / '..., said Smith' / '..., according to Smith' / '..., so Trump'."""
    match = _patterns(vocab).verb_then_speaker.match(after)
    if not match or match.group("cue").casefold() in _ADDRESSEE_VERBS:
        return None  # "told Ruptly": the name after "told" is the listener
    cue, who = match.group("cue"), match.group("who").strip()
    first = who.split()[0].strip(",").casefold()
    if first in vocab.pronouns:
        return cue, context.last_speaker
    if (appositive := _appositive_name(who, vocab)) is not None:
        return cue, _resolve(appositive, vocab, context)  # "said the spokeswoman of X, Karoline Leavitt"
    described = who
    if first in vocab.unnamed or not who[0].isupper():
        described = _after_descriptors(who, vocab)  # "said council member Greg Thornton"
    runs = _capitalised_runs(described, stop_at_lowercase=True)
    if runs and _modifies_a_noun(described, runs[0]):
        described = ""  # "said a WeWork spokesperson": an organisation's unnamed voice
    name = _name_in(described, vocab) if described else None
    if name is None and cue.casefold() not in vocab.according:
        late = _late_subject(who, vocab)  # "dijo el martes el presidente Pedro Roe"
        if late is not None and late[1]:
            return cue, late[0]  # "en X Pedro Roe": not extended back to the run "X Pedro Roe"
        name = late[0] if late else None
    if name is None and cue.casefold() in vocab.according:
        return None  # "d'après le récit ...": no one is named, so this is no attribution
    if first in _DEFINITE and _is_role(name, vocab, context):
        # "sagte der Kanzler" -> the person introduced as Kanzler; else "sagt der Anwalt": the person quoted just
        # before; "la mujer": nobody
        return cue, _titled_person(who, context) or context.recent_speaker
    return cue, _resolve(name, vocab, context)


def _titled_person(phrase: str, context: _Context) -> str | None:
    """The known person a definite title phrase refers to: "the president" -> the one introduced as President."""
    keys = (word.casefold().strip(",.") for word in phrase.split()[1:4])
    title = next((key for key in keys if key in context.titled), None)
    return context.titled[title] if title else None  # None also when two people hold the title


# Nouns that name a medium: the name after one is the outlet ("a la cadena Antena Tres"), not the speaker.
_MEDIA_NOUNS = frozenset({"cadena", "diario", "periódico", "emisora", "radio", "televisión", "agencia", "revista",
                          "journal", "quotidien", "chaîne", "hebdomadaire", "magazine", "newspaper", "network",
                          "channel", "broadcaster", "zeitung", "sender", "blatt", "magazin", "portal", "site", "web",
                          "programa", "programme", "émission", "sendung", "show", "podcast", "station"})
LATE_SUBJECT_MAX_WORDS = 8
_TO = frozenset({"a", "à", "al", "au", "aux"})
_PARTY_STATE = re.compile(r"^[A-Z]-[A-Z]")  # "R-Texas", "D-N.Y."
_GENITIVES = frozenset({"der", "des"})  # German articles that mean "of" right after a noun  # "espetó el ingeniero a Max Roe": the listener  # words between the verb and a subject printed after it


def _late_subject(who: str, vocab: _Vocabulary) -> tuple[str, bool] | None:
    """The full name ending the clause after the verb, behind time words and an object phrase:
    "dijo el martes el presidente Pedro Roe", "a réagi sur X le député Jean Roe", "ha señalado en
    declaraciones a los medios Pedro Roe". Not the object of a preposition ("in an interview with Fox
    News") nor a medium's name ("a la cadena Antena Tres"). (name, True when a medium's name was cut off it)."""
    head = _sentences(who)[0].split(",", 1)[0].strip(" .")
    runs = _capitalised_runs(head, stop_at_lowercase=False)
    if not runs or not head.endswith(runs[-1][-1]):
        return None
    run = runs[-1]
    start = head.rfind(run[0], 0, len(head) - sum(len(w) for w in run[1:]))
    before = [w.casefold().strip(".,") for w in head[:start].split()]
    if len(before) > LATE_SUBJECT_MAX_WORDS:
        return None
    printed = head[:start].split()
    for i, word in enumerate(printed):
        # "der 35 Jahre alte Aufbauspieler und Kapitän von Real", "der Chef der Deutschen Bank": a capitalised
        # noun (German) or a coordination before the run makes it part of a description.
        if before[i] in _CONNECTORS or (word[0].isupper() and not (i and before[i - 1] in _PREPOSITIONS)):
            return None
    meaningful = [w for w in before if w not in _DETERMINERS]
    # "a"/"à" right before the run is "to" (also an English article, so not among the meaningful words)
    trimmed = (bool(before) and before[-1] in _TO) or (bool(meaningful) and meaningful[-1] in _PREPOSITIONS)
    if trimmed:
        if len(run) < 3:
            return None  # "con Fox News": the object of the preposition
        run = run[1:]  # "en X Pedro Roe": the medium, then the name
    elif before and before[-1].split("'")[-1].split("’")[-1] in _MEDIA_NOUNS:
        return None
    name = _strip_titles(run, vocab)
    if len(name) < 2 or not name[0][0].isupper() or agency_for_name(" ".join(name)) or any(_is_all_caps(w) for w in name):
        return None  # "Präsidentin von Qatar" leaves "von Qatar": no name
    return " ".join(name), trimmed


def _is_role(name: str | None, vocab: _Vocabulary, context: _Context) -> bool:
    """A definite role noun ("der Leseforscher", "the ambassador") rather than a name."""
    if name is None:
        return True
    if len(name.split()) > 1:
        return False
    resolved = _resolve(name, vocab, context)
    return not resolved or len(resolved.split()) == 1


def _appositive_name(who: str, vocab: _Vocabulary) -> str | None:
    """'another witness in the probe, former adviser Fiona Hill': the full name ending the last comma
    segment, after a description of the person; None when the phrase has no such shape."""
    if "," not in who:
        return None
    head, tail = who.rsplit(",", 1)
    segments = [segment.strip() for segment in _sentences(who)[0].split(",")]
    # "le ministre russe de la Défense, Andreï Roe, selon une vidéo": a middle segment that is only a name.
    middle = [seg for seg in segments[1:-1] if seg and _is_bare_name(seg)]
    if middle:
        head, tail = who.split(middle[0], 1)[0].rstrip(" ,"), middle[0]
    tail = _sentences(tail)[0].strip()
    runs = _capitalised_runs(tail, stop_at_lowercase=False)
    if not runs or not tail.rstrip(" .").endswith(runs[-1][-1]):
        return None
    name = _strip_titles(runs[-1], vocab)
    if len(name) < 2 or agency_for_name(" ".join(name)):
        return None
    head_first = head.split()[0].casefold() if head.split() else ""
    if head_first not in vocab.unnamed and head_first not in _DEFINITE and head[:1].isupper():
        return None  # "said Hill, who will testify": the name comes first
    return " ".join(name)


def _is_bare_name(segment: str) -> bool:
    """A comma segment that is one capitalised run of 2-4 words and nothing else ("Andreï Roe")."""
    words = segment.rstrip(" .").split()
    return 2 <= len(words) <= 4 and all((w[0].isupper() and not _PARTY_STATE.match(w)) or _is_particle_name(w) for w in words)


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
            lowered = words[0].casefold()
            if described > 2 or lowered in _PREPOSITIONS or lowered in _TO or lowered in vocab.unnamed:
                return ""
        words = words[1:]
    return " ".join(words) if words and words[0].casefold() not in titles else ""


def _separable_verb(after: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'„…“, räumte Müller ein' / 'fügte sie hinzu': a separable verb around its subject; cue "räumte ein"."""
    pattern = _patterns(vocab).separable_after
    match = pattern.match(after) if pattern is not None else None
    if match is None:
        return None
    stem, particle = match.group("stem"), match.group("particle")
    if (stem.casefold(), particle.casefold()) not in vocab.separable:
        return None  # "gab X ein" pairs a stem with another verb's particle
    who = match.group("who")
    if len(who.split()) > SPEAKER_MAX_WORDS:
        return None
    # Read as if printed together ("räumte ein Müller"): the same speaker rules as "sagte Müller".
    found = _verb_then_speaker(f"{stem} {particle} {who}", vocab, context)
    return (f"{stem} {particle}", found[1]) if found else None


def _bare_verb(after: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'«…», ha añadido.' / '«…», explicó.': the verb alone; its subject is the speaker just named."""
    pattern = _patterns(vocab).bare_verb
    match = pattern.match(after) if pattern is not None else None
    return (match.group("cue"), context.last_speaker) if match else None


def _self_verb(after: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'..., jelasnya' carries its speaker: the last one named."""
    pattern = _patterns(vocab).self_verb
    match = pattern.match(after) if pattern is not None else None
    return (match.group("cue"), context.last_speaker) if match else None


def _speaker_then_verb(after: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'..., Smith said' / '..., he said' / '..., minister Tom Alweendo told reporters'."""
    # `after` is one clause already, so commas and abbreviation dots may sit in the subject
    # ("Jane Roe, an analyst at the U.N. agency, said").
    match = _patterns(vocab).speaker_then_verb.match(after)
    # A blank subject ('"...,"  said.': the regex backtracks a space into it) names nobody, as with one space.
    if not match or not match.group("who").strip() or len(match.group("who").split()) > SUBJECT_MAX_WORDS:
        return None
    return match.group("cue"), _speaker_from_subject(match.group("who"), vocab, context)


def _speaker_before(before: str, vocab: _Vocabulary, context: _Context) -> tuple[str, str | None] | None:
    """'Smith said: "..."' / 'Menurut Lavrov, "..."' / 'Lavrov mengatakan, "..."'."""
    clause = _sentences(before)[-1].strip()
    if not clause:
        return None
    patterns = _patterns(vocab)
    match = patterns.according_before.search(clause)
    if match:
        return match.group("cue"), _resolve(_name_in(match.group("who"), vocab), vocab, context)
    # "Pour Marie Durand, « ... »": the whole clause is the preposition and a named person.
    match = patterns.opinion_before.match(clause) if patterns.opinion_before is not None else None
    if match and match.group("who")[:1].isupper() and (name := _name_in(match.group("who"), vocab)):
        return match.group("cue"), _resolve(name, vocab, context)
    # "..., sagte Leavitt:" / "..., said Hill:": the verb first, then a short name, then the quote.
    match = patterns.verb_name_before.search(clause)
    if match and _capitalised_runs(match.group("who"), stop_at_lowercase=True):
        found = _verb_then_speaker(clause[match.start("cue") :].rstrip(" :,"), vocab, context)
        if found is not None and found[1]:
            return found
    match = patterns.subject_verb_before.search(clause)
    if match is None:
        # "He continued, speaking of the things he misses:": a short subject, its verb, then a clause.
        match = patterns.short_subject_before.search(clause)
    if match is None:
        return None
    who = match.group("who")
    following = clause[match.end("cue") :].split()
    if following and following[0].strip(":,").casefold() in vocab.pronouns:
        return match.group("cue"), context.last_speaker  # "Zynikern ... entgegnet sie:": the pronoun is the subject
    if len(who.split()) > SUBJECT_MAX_WORDS:
        # "Speaking to the club at the time, Phil said:": the subject is the last clause before the verb.
        who = who.rsplit(",", 1)[-1]
    speaker = _speaker_from_subject(who, vocab, context)
    if speaker and " " not in speaker and _lone_word_is_no_name(who, speaker):
        # "Además insistió en que «...»", "Later said:": a lone word opening the sentence is capitalised for
        # its position, and no known name ends in it; as likely an adverb or an organisation as a person.
        return match.group("cue"), None
    return match.group("cue"), speaker


def _lone_word_is_no_name(who: str, word: str) -> bool:
    """A one-word subject that opens the sentence ("Además", "Later") or follows an article ("das
    Ministerium", "la Plataforma") names a thing or is capitalised for its place, not a known person."""
    words = [w.strip(",") for w in who.split()]
    if words and words[0] == word:
        return True
    return any(w == word and i and words[i - 1].casefold() in _DETERMINERS for i, w in enumerate(words))


def _speaker_from_subject(who: str, vocab: _Vocabulary, context: _Context) -> str | None:
    """The speaker in a subject phrase before the verb."""
    words = who.split()
    if not words:
        return None  # "..., at the time, said:" with only the comma before the verb left as subject
    while len(words) > 1 and words[-1].casefold().strip(".,") in _HONORIFICS:
        words = words[:-1]  # "Umar radiallohu anhu berkata": the blessing follows the name
    who = " ".join(words)
    first = words[0].casefold().strip(",")
    last_segment = who.rsplit(",", 1)[-1].strip().casefold()
    if first in vocab.pronouns or last_segment in vocab.pronouns:
        return context.last_speaker  # "he said", "During the call, he said"
    named = [
        run for run in _subject_runs(who)
        if len(_strip_titles(run, vocab)) >= 2 and run[0].casefold() not in vocab.title_objects  # "Dinas Pasar"
    ]
    # "Manchester United manager Jane Roe": a run describing the noun after it yields to a later name.
    named = [run for run in named if not _modifies_a_noun(who, run)] or named
    if first in vocab.unnamed and not named:
        described = _after_descriptors(who, vocab)
        runs = _capitalised_runs(who, stop_at_lowercase=False)
        if runs and len(words) > SUBJECT_TAIL_MIN_WORDS and _subject_of_own_clause(who, runs[-1]):
            # "The pair launched a cannon just after Weaver uttered": the name right before the verb.
            return _resolve(_name_in(" ".join(runs[-1]), vocab), vocab, context)
        if first in _DEFINITE:
            # "the president said" -> the person introduced as "President ..."; else the recent speaker
            # ("La dirigeante de la CGT affirme", "the ambassador said").
            return _titled_person(who, context) or context.recent_speaker
        if not described:
            return None
        who = described
        words = who.split()
    clause_first = not words[0][0].isupper() and first not in _DETERMINERS and not _PARTICLE_NAME.match(words[0])
    if clause_first and (not any("A" <= ch <= "Z" for ch in who) or first in _PREPOSITIONS or len(words) > SPEAKER_MAX_WORDS):
        return None  # "despite being the envoy in Brussels, said ...": a clause, not the verb's subject
    runs = _capitalised_runs(who, stop_at_lowercase=False)
    if not runs:
        return None
    last_segment_run = _last_segment_subject(who)
    if last_segment_run is not None and (not named or last_segment_run in named or len(last_segment_run) == 1):
        # "Asked whether he backs packing the Supreme Court, Tester quipped": the name right before the verb.
        chosen = last_segment_run
    elif named:
        # "Samson Mokoena from X says", "One of the protesters, Hayley Walsh, 42, said": the first full
        # name that is not the object of a preposition ("from Tynemouth, North Tyneside").
        chosen = named[0]
    elif words[0][0].isupper() and (len(runs[0]) >= 2 or len(words) == 1 or words[0].endswith(",")):
        chosen = runs[0]  # "Lavrov said", "Jane Roe, an analyst, said"
    else:
        # "Asked about jobs, Bennett said": the word next to the verb; a lone capitalised word further
        # away ("Paganini and his team wrote") is too unsure.
        next_to_verb = who.rstrip(" ,").endswith(runs[-1][-1])
        chosen = runs[-1] if len(runs[-1]) >= 2 or next_to_verb else []
    if chosen and _modifies_a_noun(who, chosen):
        return None  # "a WeWork spokesperson": the organisation, not a person
    return _resolve(_name_in(" ".join(chosen), vocab), vocab, context) if chosen else None


def _last_segment_subject(who: str) -> list[str] | None:
    """The capitalised run that alone makes up the last comma segment before the verb, when an opening
    clause precedes it ("Asked about jobs, Bennett"), and it is no place after a preposition."""
    if "," not in who:
        return None
    last = who.rsplit(",", 1)[1].strip()
    words = last.split()
    if not 1 <= len(words) <= 4 or not all(w[0].isupper() for w in words) or words[0].casefold() in _DETERMINERS:
        return None
    if any(_PARTY_STATE.match(w) for w in words):
        return None  # "Ted Roe, R-Texas, said": a party and state, not the subject
    runs = _subject_runs(who)
    return runs[-1] if runs and runs[-1] == [w.rstrip(".") for w in words] else None


def _subject_of_own_clause(who: str, run: list[str]) -> bool:
    """'... just after Weaver' (then the verb): the run ends the phrase and opens its own clause, unlike
    'La dirigeante de la CGT' where it is the object of a preposition."""
    if not who.rstrip(" ,").endswith(run[-1]):
        return False
    before = [w.casefold() for w in who[: who.rfind(run[0])].split() if w.casefold() not in _DETERMINERS]
    return not before or before[-1] in _CLAUSE_OPENERS or before[-1] not in _PREPOSITIONS


_CLAUSE_OPENERS = frozenset({"after", "before", "when", "while", "as", "until", "once", "because", "since", "nachdem",
                             "als", "wenn", "weil", "bevor", "après", "quand", "lorsque", "cuando", "después",
                             "setelah", "ketika", "saat", "sebelum", "sesudah",
                             # conjunctions that open a clause before a name ("Obwohl Liat ...")
                             "although", "though", "obwohl", "während", "damit", "aunque", "mientras", "puisque"})


def _subject_runs(who: str) -> list[list[str]]:
    """Capitalised runs of a subject phrase, without objects of a preposition or the places listed after
    one ("from Tynemouth, North Tyneside")."""
    out: list[list[str]] = []
    current: list[str] = []
    previous, placed = "", False
    for token in [*_WORD.findall(who), ","]:
        word = token.strip(".'’")
        if token != "," and word and (word[0].isupper() or _is_particle_name(word)):
            if not current:
                placed = previous in _PREPOSITIONS or (previous == "," and placed)
            current.append(token if _is_initial(token) else token.rstrip("."))
            continue
        if current and current[0].casefold() in _DETERMINERS:
            current = current[1:]  # "Das Ziel", "Der Trierer Politikwissenschaftler Uwe Jun"
        elif current and current[0].casefold() in _PREPOSITIONS:
            # "On Monday", "Seit Mai": a capitalised preposition and its object; opening the phrase, it does
            # not make the run after its comma a place ("On Monday, Jane Roe said").
            current, placed = [], bool(out) or previous != ""
        after_run = bool(current)
        if current and not placed:
            out.append(current)
        current = []
        if token != ",":
            placed = False  # a lower-case word ends a list of places
        if token.casefold() in _GENITIVES and after_run:
            previous = "des"  # "Der Schulleiter der Volksschule X": an article right after a noun means "of"
        elif token.casefold() not in _DETERMINERS:
            previous = token.casefold()  # "at the Example Council": the preposition before "the"
    return out


def _modifies_a_noun(who: str, run: list[str]) -> bool:
    """True when the run is followed by a lower-case noun ("WeWork spokesperson", "Kremlin aide")."""
    following = _word_after(who, run[-1])
    if following is None:
        return False
    following = following.casefold()
    # "sagte Karl Roe dem Spiegel": an article opens the next phrase, it is no noun the run describes.
    return following not in _PREPOSITIONS and following not in _CONNECTORS and following not in _NOT_NOUNS_AFTER_NAME


def _word_after(text: str, word: str) -> str | None:
    """The lower-case word after the first occurrence of `word` that has one (after whitespace), else None.

    Same as searching `re.escape(word) + _NOUN_AFTER`, without compiling a pattern per word."""
    at = text.find(word)
    while at >= 0:
        match = _NOUN_AFTER.match(text, at + len(word))
        if match:
            return match.group(1)
        at = text.find(word, at + 1)
    return None


_CONNECTORS = frozenset({"and", "und", "dan", "et", "y", "or", "oder", "atau", "ou", "o", "who", "which", "der", "die",
                         "but", "aber", "mais", "pero", "tetapi", "namun", "yet", "doch", "sino", "pourtant",
                         "yang", "qui", "que", "quien", "when", "as", "also", "auch", "juga", "said", "says", "ra",
                         "saw", "radiallohu", "radhiyallahu", "anhu", "anha", "bin", "binti", "van", "von", "de"})


# Articles that open the phrase after a name ("sagte Karl Roe dem Spiegel"); not "a", a French verb ("Binet a dit").
_ARTICLES_AFTER_NAME = frozenset({"dem", "den", "der", "des", "the", "le", "la", "les", "el", "los", "las"})
# Lower-case words after a name that start another phrase, so the name describes no noun: articles,
# "a"/"à" ("señaló Roe a los periodistas"), adverbs ("so Roe weiter", "Roe later said").
_NOT_NOUNS_AFTER_NAME = _ARTICLES_AFTER_NAME | frozenset({
    "a", "à", "al", "au", "aux", "weiter", "zudem", "außerdem", "dazu", "jedoch", "nun", "noch", "heute", "gestern",
    "damals", "später", "bereits", "schon", "jetzt", "later", "today", "yesterday", "recently", "earlier", "again",
    "too", "además", "también", "hoy", "ayer", "luego", "después", "aussi", "encore", "hier", "ensuite", "également",
    # Indonesian: "kata Lavrov kepada wartawan", "ujar Budi saat ditemui", "kata dia seusai rapat"
    "kepada", "ke", "dalam", "saat", "ketika", "usai", "seusai", "setelah", "sebelum", "sesudah", "melalui", "lewat",
    "terkait", "soal", "tentang", "mengenai", "sambil", "seraya", "kemarin", "tadi", "pula", "lagi", "seperti",
    "sebagaimana", "dikutip", "dilansir", "melansir", "menurut", "via", "sembari",
}) | BYLINE_DATE_WORDS
# Articles that open a place's name in Spanish ("Los Gallardos", "El Ejido", "La Paz", "Las Vegas").
_PLACE_ARTICLES = frozenset({"los", "las", "el", "la"})


# --- names --------------------------------------------------------------------------------------


def _name_in(phrase: str, vocab: _Vocabulary) -> str | None:
    """The person's name in a speaker phrase, titles stripped ("Menteri Luar Negeri Rusia, Sergei Lavrov")."""
    runs = _capitalised_runs(phrase, stop_at_lowercase=True)
    candidates = []
    for run in runs:
        words = [w for w in run if w.casefold().strip(".") not in BYLINE_DATE_WORDS]
        if len(words) > 1 and words[0].casefold() in _PLACE_ARTICLES and words[0][0].isupper():
            continue  # "Los Gallardos", "La Paz", "El Ejido": an article opening a name makes it a place
        while words and (
            words[0].casefold() in _CONNECTORS or words[0].casefold() in _DETERMINERS or words[0].casefold() in _PREPOSITIONS
            or words[0].casefold() in _CLAUSE_OPENERS or not words[0][0].isupper()
        ):
            words = words[1:]  # "Mais ...", "Der ...", "Pour ...", "de Qatar": a sentence opener, not part of the name
        if not words or agency_for_name(" ".join(words)) or any(_is_possessive(w) for w in words):
            continue  # "the People's Daily", "Trump's July statement": an owner and a thing, no person
        stripped = _strip_titles(words, vocab)
        if len(stripped) > 1 and all(_is_all_caps(w) for w in stripped):
            continue  # "SUR LA SITUATION": a heading in capitals, no name
        if stripped:
            candidates.append((len(stripped) < len(words), " ".join(stripped), run))
    if not candidates:
        return None
    untitled = [c for c in candidates if not c[0]]
    # "ROLE, NAME": a run that is all title defers to a title-free run after it.
    chosen = untitled[0] if untitled and candidates[0][0] and len(untitled[0][1].split()) >= 2 else candidates[0]
    return chosen[1]


def _capitalised_runs(phrase: str, *, stop_at_lowercase: bool) -> list[list[str]]:
    """Runs of capitalised words, split at commas (colons, semicolons) and lower-case words."""
    runs: list[list[str]] = []
    current: list[str] = []
    # The hot loop of the quote step (every sentence of the article): cheapest tests first.
    for token in _WORD_OR_BREAK.findall(phrase):  # "Seine Hypothese: Das ..." is two runs
        if token in _BREAKS:
            if current:
                runs.append(current)
                current = []
            continue
        word = token.strip(".'’")
        if word and (word[0].isupper() or _is_particle_name(word) or (current and _continues_name(current, word))):
            if token[-1] == "." and not (_is_initial(token) or token.casefold() in ("jr.", "sr.")):
                token = token.rstrip(".")
            current.append(token)
            continue
        if current:
            runs.append(current)
            current = []
        if stop_at_lowercase and runs:
            break
    if current:
        runs.append(current)
    return [[w for w in run if w] for run in runs]


def _is_initial(token: str) -> bool:
    """"J." (one capital A-Z and a dot)."""
    return len(token) == 2 and token[1] == "." and "A" <= token[0] <= "Z"


def _is_particle_name(word: str) -> bool:
    return "-" in word and _PARTICLE_NAME.match(word) is not None  # the hyphen test skips most words cheaply


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
    while cut and cut < len(words) - 2 and _is_all_caps(words[cut]):
        cut += 1  # "Menteri ESDM Bahlil Lahadalia": an office's acronym after the title, not a name
    rest = words[cut:]
    while len(rest) > 1 and not rest[0][0].isupper() and not _is_particle_name(rest[0]):
        rest = rest[1:]  # "GP de Qatar" -> "de Qatar" after the caps cut: a particle opens no name
    if cut == 0 and len(words) > 1 and _all_titles(lowered, vocab):
        return []  # "Prime Minister", "Foreign Minister": a role with no name
    while rest and rest[-1].casefold() in BYLINE_NAME_PARTICLES:
        rest = rest[:-1]
    if len(rest) == 1 and rest[0].casefold().endswith(vocab.title_suffixes):
        return []  # "Feuerwehrsprecher" alone names a role, not a person
    return rest


def _all_titles(lowered: list[str], vocab: _Vocabulary) -> bool:
    """Every word belongs to a title ("prime minister", "vice president")."""
    i = 0
    while i < len(lowered):
        parts = max((p for p in vocab.title_index.get(lowered[i], ()) if tuple(lowered[i : i + len(p)]) == p), key=len, default=None)
        if parts is None:
            return False
        i += len(parts)
    return True


def _is_possessive(word: str) -> bool:
    return len(word) > 3 and word[-1] == "s" and word[-2] in "'’"


def _is_all_caps(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def _surname(full: str) -> str:
    """The last name word, generational suffixes skipped ("James P. Kennedy Jr." -> "Kennedy")."""
    words = full.split()
    while len(words) > 1 and words[-1].casefold().strip(".") in _NAME_SUFFIXES:
        words = words[:-1]
    return words[-1]


def _resolve(name: str | None, vocab: _Vocabulary, context: _Context) -> str | None:
    """A surname (or a first name) to the full name introduced in the article."""
    if not name:
        return None
    if name.casefold() in vocab.pronouns:
        return context.last_speaker
    if name not in context.resolved:
        context.resolved[name] = _resolve_name(name, context)
    return context.resolved[name]


def _resolve_name(name: str, context: _Context) -> str | None:
    if len(name.split()) > 1:
        # "Sheib ad-Din" -> "Ayman Sheib ad-Din": the known name it ends; "Sri Mulyani" -> "Sri Mulyani Indrawati":
        # the known name it begins.
        key = name.casefold()
        longer = [full for full in context.known_names if full.casefold().endswith(" " + key)]
        longer = longer or [
            full for full in context.known_names
            if full.casefold().startswith(key + " ") and not _is_all_caps(full.split()[-1])  # not "Luke Pollard MP"
        ]
        if longer:
            return max(longer, key=lambda full: context.mentions[full])
        # "Mataram Dwi Santoso" (a place before the name) -> the known "Dwi Santoso" it ends with.
        shorter = [full for full in context.known_names if name.casefold().endswith(" " + full.casefold())]
        if shorter:
            return max(shorter, key=len)
        return None if key in SPEAKING_PLACES else _without_trailing_phrase(name, context.common_nouns)
    key = name.casefold()
    if not context.name_parts:
        context.name_parts.update(_index_name_parts(context.known_names))
    for part in ("surname", "first"):  # surname first ("Lavrov"), then a first name ("Joko")
        matches = context.name_parts[part].get(key)
        if matches:
            # The most mentioned wins: "Donald Trump" over a stray "Kentucky Trump" run.
            return max(matches, key=lambda full: (context.mentions[full], -context.known_names.index(full)))
    if key in _NEVER_SPEAKERS or key in context.common_nouns or key in SPEAKING_PLACES:
        return None  # "However, ...", "Dennoch sagte ...", "sagte der Familienvater" (a noun), "China said" (a state)
    return None if _looks_like_organisation(name) else name


# Capitalised sentence openers that a cue can follow but that name nobody; "I" is the writer, not a source.
_NEVER_SPEAKERS = frozenset({
    "i", "however", "meanwhile", "also", "instead", "still", "yet", "then", "now", "today", "later", "earlier",
    "moreover", "furthermore", "nonetheless", "nevertheless", "indeed", "finally", "thus", "therefore", "interview",
    "dennoch", "jedoch", "zudem", "außerdem", "gleichzeitig", "trotzdem", "deshalb", "daher", "inzwischen",
    "allerdings", "danach", "damals", "heute", "gestern", "bisher", "später", "zuvor", "um", "laut",
    "cependant", "pourtant", "ensuite", "puis", "alors", "ainsi", "además", "también", "luego", "entonces", "así",
    "namun", "tetapi", "sementara", "kemudian", "lalu",
})
_GERMAN_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines"})
_NAME_PARTICLES_BEFORE_ARTICLE = frozenset({"von", "van", "vom", "zu", "zum", "zur", "de"})  # "von der Leyen"
_COMPOUND_WORD = re.compile(r"[\w'’-]+")


def _common_nouns(paragraphs: list[str], language: str | None) -> frozenset[str]:
    """German capitalised words that follow an article somewhere in the text ("der Familienvater", "das Urteil"):
    nouns, not names. Not after a name particle ("Ursula von der Leyen"). Other languages: none."""
    if language != "de":
        return frozenset()
    nouns: set[str] = set()
    for paragraph in paragraphs:
        words = _COMPOUND_WORD.findall(paragraph)
        for i in range(len(words) - 1):
            after_particle = i > 0 and words[i - 1].casefold() in _NAME_PARTICLES_BEFORE_ARTICLE
            if words[i].casefold() in _GERMAN_ARTICLES and words[i + 1][0].isupper() and not after_particle:
                nouns.add(words[i + 1].casefold())
    return frozenset(nouns)


def _without_trailing_phrase(name: str, nouns: frozenset[str]) -> str:
    """"Benjamin Jendro von der Gewerkschaft" -> "Benjamin Jendro": a particle that opens a phrase about a
    noun ends the name; "Ursula von der Leyen" stays whole."""
    words = name.split()
    for i in range(2, len(words) - 1):
        if words[i].casefold() in _NAME_LINK_PARTICLES or words[i].casefold() in _NAME_PARTICLES_BEFORE_ARTICLE:
            rest = [w.casefold() for w in words[i + 1 :] if w.casefold() not in _GERMAN_ARTICLES]
            if rest and (rest[0] in nouns or rest[0].endswith(_GERMAN_NOUN_ENDINGS)):
                return " ".join(words[:i])
    return name


# Endings of German institution and abstract nouns ("Stiftung", "Gewerkschaft", "Universität", "Polizei"):
# "von der Stiftung Warentest" is a phrase, "von der Leyen" a name.
_GERMAN_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "tät", "ei", "tum", "amt", "verband", "zentrale",
                        "institut", "ministerium", "behörde", "gericht")


NAME_PART_MIN_LETTERS = 4  # the last part of a hyphenated surname this long can stand for the person ("Marlaska")


def _surname_keys(full: str) -> list[str]:
    """The casefolded surname, and the last part of a hyphenated one: "Grande-Marlaska" is also cited as
    "Marlaska", "al-Balaous" as "Balaous". Not the first part: "Zuma" in "Zuma-Sambudla" is also her father."""
    printed = _surname(full)
    surname, first_part, last = printed.casefold(), printed.split("-", 1)[0], printed.rsplit("-", 1)[-1].casefold()
    if last == surname or len(last) < NAME_PART_MIN_LETTERS or _is_all_caps(first_part):
        return [surname]  # "EU-Richtlinien", "US-Präsident": a compound noun after an acronym, no double surname
    return [surname, last]


def _index_name_parts(known_names: list[str]) -> dict[str, dict[str, list[str]]]:
    index: dict[str, dict[str, list[str]]] = {"surname": {}, "first": {}}
    for full in known_names:
        for key in _surname_keys(full):
            index["surname"].setdefault(key, []).append(full)
        index["first"].setdefault(full.split()[0].casefold(), []).append(full)
    return index


def _looks_like_organisation(word: str) -> bool:
    """A lone "WeWork", "NASA" or "BMKG" that names no known person is an organisation, not a speaker."""
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return True
    return bool(_INNER_CAPITAL.search(word)) and not _CAPITALISED_PREFIX.match(word)


def _full_names(paragraphs: list[str], vocab: _Vocabulary, titled: dict[str, str | None] | None = None) -> Counter[str]:
    """Capitalised runs of 2-4 words (titles stripped), counted, in order of first appearance. `titled`, when
    given, receives each one-word title a name was introduced with ("president" -> "Donald Trump")."""
    names: Counter[str] = Counter()
    found = [pair for paragraph in paragraphs for sentence in _sentences(paragraph) for pair in _runs_without_descriptors(sentence)]
    # Words that also stand alone as a name-like word elsewhere: "Ukraine" in "envoy to Ukraine Kurt Volker".
    # Not a word that stands alone as a speaker ("ungkap Andi"): that is a first name ("Andi Azhar Rusdin").
    alone = {run[0].casefold() for run, _ in found if len(run) == 1}
    alone -= {run[0].casefold() for run, before in found if len(run) == 1 and before in vocab.speech_first_words}
    for run, _ in found:
        while run and (_opens_sentence_not_name(run[0], vocab) or not run[0][0].isupper()):
            run = run[1:]  # "Menurut Siti Rahma", "Selon Marie Durand", "In Kathmandu ...", "zu ..."
        if len(run) >= 3 and run[1][0].isupper() and (run[0].casefold() in alone or _is_descriptor(run[0])):
            run = run[1:]
        words = _strip_titles(run, vocab)
        # "Kepala Stasiun Geofisika Mataram Dwi Santoso": a place left between the title and the name.
        while len(words) >= 3 and words[1][0].isupper() and words[0].casefold() in alone:
            words = words[1:]
        if any(_DOTTED_WORD.search(word) for word in words) or any(_is_possessive(word) for word in words):
            continue  # "IPHEDIA.com Moskow" is a site name run into the dateline; "Trump's July" no name
        if 2 <= len(words) <= 4 and not agency_for_name(" ".join(words)):
            names[" ".join(words)] += 1
            if titled is not None and len(words) < len(run):
                for title in run[: len(run) - len(words)]:
                    if title.casefold().rstrip(".") in vocab.single_titles:
                        _note_title(titled, title.casefold().rstrip("."), " ".join(words))
    return names


# Counts that open a sentence before a capitalised noun ("Two United States soldiers", "Drei Berliner Polizisten").
_NUMBER_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several",
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "dutzende", "hunderte", "tausende",
    "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "dos", "tres", "cuatro", "cinco", "seis",
    "siete", "ocho", "nueve", "diez", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
})


_ARTICLES = _DEFINITE | _DETERMINERS
APPOSITIVE_TITLE_WORDS = 6  # the longest title phrase before ", Name": "el alcalde de la ciudad, Ángel Collados"


def _note_title(titled: dict[str, str | None], title: str, name: str) -> None:
    """Remember who holds `title`; two different holders make it ambiguous (None): "el presidente" may then be
    either of them, and the recent speaker decides."""
    titled[title] = name if titled.get(title, name) == name else None


def _appositive_titles(paragraphs: list[str], names: list[str], vocab: _Vocabulary) -> list[tuple[str, str]]:
    """(title, name) for one-word titles that introduce a known name as an apposition: "der Kanzler, Olaf Scholz,"
    -> ("kanzler", "Olaf Scholz"); "el alcalde de la ciudad, Ángel Collados"; "Menteri Luar Negeri Rusia, Sergei Lavrov"."""
    found: list[tuple[str, str]] = []
    for paragraph in paragraphs:
        for name in names:
            start = paragraph.find(", " + name)
            if start < 0:
                continue
            clause = _CLAUSE_BREAK.split(paragraph[:start])[-1].split()
            if not 0 < len(clause) <= APPOSITIVE_TITLE_WORDS:
                continue
            # The head of the phrase, after its article: "Le porte-parole du président kazakh, X" is a spokesman.
            head = clause[1] if len(clause) > 1 and clause[0].casefold() in _ARTICLES else clause[0]
            key = head.casefold().strip(".,")
            if key in vocab.single_titles:
                found.append((key, name))
    return found


def _opens_sentence_not_name(word: str, vocab: _Vocabulary) -> bool:
    """A capitalised sentence opener that is a function word: a cue, a preposition, a pronoun, a count."""
    key = word.casefold()
    return (
        key in vocab.speech_first_words or key in _PREPOSITIONS or key in vocab.pronouns or key in _CONNECTORS
        or key in _CLAUSE_OPENERS or key in _NUMBER_WORDS
    )


def _is_descriptor(word: str) -> bool:
    """A long compound noun before a name ("Literaturdidaktiker", "SWR-Landeskorrespondent")."""
    return sum(ch.isalpha() for ch in word) >= DESCRIPTOR_MIN_LETTERS or bool(_HYPHEN_COMPOUND.search(word))


def _runs_without_descriptors(sentence: str) -> list[tuple[list[str], str]]:
    """Capitalised runs with a leading determiner and the descriptor after it removed, each with the token
    before it ("," after a comma; "" at the start).

    "Der Trierer Politikwissenschaftler Uwe Jun" -> "Politikwissenschaftler Uwe Jun" (the title goes
    later), "der Ukrainer Usyk" -> "Usyk", "The We Company" -> "Company", "Der Druck" -> "".
    """
    out = []
    words = _WORD.findall(sentence)
    runs = _capitalised_runs(sentence, stop_at_lowercase=False)
    position = 0
    for run in runs:
        # Find where this run starts in the token stream to see the word before it.
        while position < len(words) and words[position].rstrip(".") != run[0] and words[position] != run[0]:
            position += 1
        before = words[position - 1].casefold() if 0 < position <= len(words) else ""
        position += len(run)
        if run[0].casefold() in _DETERMINERS:
            run = run[2:]  # "Der Druck", "Das Krokodil", "A New York": determiner and its noun
        elif before in _DETERMINERS:
            run = run[1:]
        if run:
            out.append((run, before))
    return out


def _patterns(vocab: _Vocabulary) -> _Patterns:
    assert vocab.patterns is not None  # always set by _vocabulary()
    return vocab.patterns


def _vocabulary(language: str | None) -> _Vocabulary:
    """All languages' cues, the page language's first (so its verbs win ties)."""
    # A language without its own cue list gets the same vocabulary as no language: one compiled set, not one
    # per language seen (compiling a set costs ~12 ms; fundus pages come in 26 languages).
    return _vocabulary_for(language if language in _CUES_BY_LANGUAGE else None)


@lru_cache(maxsize=32)
def _vocabulary_for(language: str | None) -> _Vocabulary:
    ordered = sorted(_CUES_BY_LANGUAGE.items(), key=lambda item: item[0] != (language or ""))
    sets = [cues for _, cues in ordered]

    def merged(attr: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(word for cues in sets for word in getattr(cues, attr)))

    def alternation(words: tuple[str, ...]) -> str:
        # Longest first (so a word never loses to its own prefix), then alphabetical: two different words of
        # one length cannot match the same text, so the order among them changes no match, and every
        # language's vocabulary gets the same pattern strings, compiled once (_compile_patterns is cached).
        return word_alternation(sorted(words, key=lambda word: (-len(word), word)))

    titles = merged("titles")
    merged_pairs = tuple(dict.fromkeys(pair for cues in sets for pair in cues.separable))
    speech_re = alternation((*merged("verbs"), *merged("according")))
    verbs_re, self_verbs_re, according_re = (alternation(merged(a)) for a in ("verbs", "self_verbs", "according"))
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
        verbs_re=verbs_re,
        speech_re=speech_re,
        self_verbs_re=self_verbs_re,
        according_re=according_re,
        speech_first_words=frozenset(c.split()[0] for c in (*merged("verbs"), *merged("according"))),
        title_index={first: tuple(parts) for first, parts in index.items()},
        single_titles=frozenset(t for t in titles if " " not in t),
        separable=frozenset(merged_pairs),
        patterns=_compile_patterns(
            speech_re, verbs_re, self_verbs_re, according_re, alternation(merged("opinion")), tuple(sorted(merged_pairs)),
            alternation(tuple(dict.fromkeys(verb for cues in sets if cues.drops_subject for verb in cues.verbs))),
        ),
    )
