"""Main text: find the article container, drop boilerplate inside it, return paragraphs.

One bottom-up pass caches per-element text, link-text and "good paragraph text" lengths; the
container is the element with the most good text net of the furniture it would drag along. A second
walk over that container only emits paragraphs, images (with captions), bylines and tags; the
standfirst set just before it (inside the same <article>, or a block named "intro"/"lead") comes
first. A client-rendered page whose markup holds no article is read from the HTML string its
scripts ship (Next.js streaming, hydration state).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from newsbot.extract.boilerplate import (
    BYLINE_HINT_RE,
    CAPTION_HINT_RE,
    FURNITURE_TAGS,
    INVISIBLE_TAGS,
    PHRASE_MATCHER,
    STRONG_POSITIVE_HINT_RE,
    TAGS_HINT_RE,
    Verdict,
    hint_text,
    hint_word_re,
    hint_words,
    is_negative_hint,
    normalize_space,
)
from newsbot.extract.document import Document
from newsbot.extract.fields.agency import is_code_line
from newsbot.extract.fields.byline import opens_with_credit_label
from newsbot.extract.fields.captions import clean_credit, split_caption_credit
from newsbot.extract.types import BodyResult, Image

logger = logging.getLogger(__name__)

BODY_INLINE_TAGS = frozenset(
    {"a", "span", "b", "strong", "i", "em", "u", "font", "small", "big", "sup", "sub", "abbr", "cite", "code",
     "q", "mark", "time", "label", "s", "strike", "del", "ins", "tt", "var", "kbd", "dfn", "bdi", "bdo", "wbr",
     "br", "img", "picture", "source", "nobr",
     "ruby", "rb", "rt", "rp", "rtc", "data"}
)
# Elements never chosen as the container themselves (too small a unit or not a text block).
_NOT_CONTAINERS = BODY_INLINE_TAGS | {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol", "table", "html"}
_ROOT_TAGS = frozenset({"html", "body"})
# Layout wrappers: inside the container they are skipped when they hold no prose at all.
_WRAPPER_TAGS = frozenset({"div", "section", "ul", "ol", "dl", "table"})
BODY_LABEL_MAX_CHARS = 30
# Furniture text costs this much per character against the good text a container gains.
BODY_FURNITURE_COST = 0.6
# A block needs this many characters of its own inline text to count as article prose.
BODY_MIN_BLOCK_CHARS = 25
# Each block's good text is discounted by this much: teaser blurbs are short, article paragraphs are not.
BODY_BLOCK_DISCOUNT = 40
# A named article body inside the winner is preferred when it holds this share of the winner's good text.
BODY_NAMED_MIN_SHARE = 0.2
# An <article> inside the winner holding this share of its good text is the container.
BODY_ARTICLE_MIN_SHARE = 0.5
# A sibling of the container joins it when it is this much prose (a lede beside the body).
BODY_SIBLING_MIN_CHARS = 60
BODY_SIBLING_MIN_SHARE = 0.7
# How far up from the winner to look for a named article body that contains it.
BODY_NAMED_ANCESTOR_DEPTH = 3
# With no positive-scoring block, the deepest element holding this share of the page's good text is the article.
BODY_FALLBACK_MIN_SHARE = 0.8
# Furniture-looking wrappers holding more than this share of the page's text are layout, not furniture.
BODY_FURNITURE_MAX_SHARE = 0.4
# Hidden elements (style display:none, hidden) shorter than this are data or closed widgets; longer ones
# are usually the article itself, revealed by a script ("read more"), so they count as visible.
BODY_HIDDEN_MAX_CHARS = 300
# A class-flagged wrapper holding a headline h1 of this size and this much more text is layout (see _holds_headline).
BODY_HEADLINE_MIN_CHARS = 15
BODY_HEADLINE_WRAPPER_EXTRA = 500
_MAX_BYLINE_CHARS = 160
# How far up from the text an <article> holding its standfirst may be.
BODY_STANDFIRST_DEPTH = 4
BODY_STANDFIRST_MAX_LINKS = 0.3  # share of link text a standfirst may hold
BODY_STANDFIRST_HEADING_MIN_GOOD = 80  # good chars (text less 40) of a heading that is a dek
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Boxes that can be teasers when headed by a link; at most this big (a story section with a linked subhead is longer).
_TEASER_BOX_TAGS = frozenset({"div", "section", "article", "li", "aside"})
BODY_TEASER_MAX_CHARS = 600
# A caption-named block is a caption up to this size; with a photo inside, up to the second size.
BODY_CAPTION_MAX_CHARS = 400
BODY_PHOTO_CAPTION_MAX_CHARS = 1000
_BR = "\x00"  # stands for a <br> in the text buffer; two in a row end a paragraph
_DOUBLE_BREAK_RE = re.compile(_BR + r"\s*" + _BR)
_LEADING_BY_RE = re.compile(r"^(?:by|oleh|von|par|por)\s+\S", re.IGNORECASE)
_PLACEHOLDER_SRC_RE = re.compile(r"^data:|blank|spacer|placeholder|lazy|transparent|pixel|1x1", re.IGNORECASE)


@dataclass
class _PageStats:
    """Per-element lengths from one bottom-up pass, keyed by element."""

    text_len: dict[Any, int] = field(default_factory=dict)
    link_len: dict[Any, int] = field(default_factory=dict)
    good_len: dict[Any, float] = field(default_factory=dict)
    h1s: list[Any] = field(default_factory=list)
    bylines: list[Any] = field(default_factory=list)
    tag_rows: list[Any] = field(default_factory=list)
    furniture: set[Any] = field(default_factory=set)
    candidates: list[tuple[float, Any]] = field(default_factory=list)
    named_bodies: list[Any] = field(default_factory=list)  # elements whose class/itemprop names the article text
    position: dict[Any, int] = field(default_factory=dict)  # document order of named bodies and h1s
    hints: dict[Any, str] = field(default_factory=dict)  # non-empty hint_text of visible elements
    article_tags: list[Any] = field(default_factory=list)  # <article> elements holding good text
    winner: Any = None  # the top-scoring candidate before narrowing to a named body inside it
    best: Any = None


def extract_body(doc: Document) -> BodyResult:
    """Paragraphs, images, bylines, tags and headline of the page's main article; empty when none."""
    if doc.tree is None:
        return BodyResult()
    try:
        return _extract(doc)
    except (ValueError, TypeError, RecursionError, etree.LxmlError):
        logger.exception("body extraction failed on %s", doc.url or "<no url>")
        return BodyResult()


def _extract(doc: Document) -> BodyResult:
    result = _extract_from(doc.tree, doc.url)
    if not result.paragraphs:
        # A client-rendered page (Next.js streaming, hydration state) ships its article as an HTML string in a script.
        shipped = _script_article_tree(doc.tree)
        if shipped is not None:
            hydrated = _extract_from(shipped, doc.url)
            if hydrated.paragraphs:
                hydrated.headline = result.headline or hydrated.headline
                hydrated.byline_texts = result.byline_texts or hydrated.byline_texts
                return hydrated
    return result


def _extract_from(root: Any, url: str | None) -> BodyResult:
    stats = measure_page(root)
    container = stats.best
    result = BodyResult(headline=_headline(root, stats, container))
    if container is None:
        return result
    parts = _article_parts(stats, container)
    walker = _ContainerWalker(stats, url, parts)
    for block in _standfirst_blocks(stats, parts):
        walker.walk(block)
    for part in parts:
        walker.walk(part)
    walker.flush()
    result.paragraphs = walker.paragraphs
    result.images = _lead_figures(stats, container, parts, url) + walker.images
    result.tags = _unique(walker.tags + _nearby_tags(stats, container))
    result.byline_texts = _unique(walker.bylines + _outside_bylines(stats, container)) or _labelled_bylines(stats, container)
    result.source_lines = _source_lines(stats, container)
    return result


# A credit line set apart from the text: <p class="article-footer_source">Quelle: ntv.de, ino/dpa</p>.
_SOURCE_HINT_RE = hint_word_re(("sources?", "quellen?", "agency", "agencies", "sumber"))
BODY_SOURCE_LINE_MAX_CHARS = 100
_PHOTO_TAGS = frozenset({"figure", "figcaption", "picture", "img"})


@lru_cache(maxsize=4096)
def _is_source_hint(hints: str) -> bool:
    return _SOURCE_HINT_RE.search(hints) is not None


def _source_lines(stats: _PageStats, container: Any) -> list[str]:
    """Short elements named as the story's source, from the container on (inside it, where a "footer" class
    makes them furniture, or after it under the same parent); photo credits excluded."""
    scope = container.getparent() if container.getparent() is not None else container
    out: list[str] = []
    reached = False
    for el in scope.iter(etree.Element):
        reached = reached or el is container
        hints = stats.hints.get(el)
        if not reached or not hints or not _is_source_hint(hints):
            continue
        if el.tag in _PHOTO_TAGS or any(a.tag in _PHOTO_TAGS for a in el.iterancestors()):
            continue
        text = normalize_space(el.text_content())
        if text and len(text) <= BODY_SOURCE_LINE_MAX_CHARS:
            out.append(text)
    return _unique(out)


# A JSON/JS string literal in a script; only scanned when the page's own markup gave no article.
_JS_STRING_RE = re.compile(r'"((?:[^"\\]|\\.){200,})"', re.DOTALL)
_ESCAPED_P_RE = re.compile(r"\\u003cp[\s>\\]|<p[\s>]", re.IGNORECASE)
# A shipped article string needs this many paragraph tags (one-paragraph strings are teasers or SEO blurbs).
BODY_SCRIPT_MIN_PARAGRAPHS = 3


def _script_article_tree(root: Any) -> Any:
    """The longest HTML string with several paragraphs found in the page's inline scripts, parsed; None if none."""
    best, best_len = None, 0
    for script in root.iter("script"):
        code = script.text
        if not code or script.get("src") or len(_ESCAPED_P_RE.findall(code)) < BODY_SCRIPT_MIN_PARAGRAPHS:
            continue
        for match in _JS_STRING_RE.finditer(code):
            raw = match.group(1)
            if len(raw) <= best_len or len(_ESCAPED_P_RE.findall(raw)) < BODY_SCRIPT_MIN_PARAGRAPHS:
                continue
            try:
                text = json.loads(f'"{raw}"')
            except ValueError:
                continue
            if isinstance(text, str):
                best, best_len = text, len(raw)
    if best is None:
        return None
    try:
        return lxml.html.document_fromstring(f"<html><body><div>{best}</div></body></html>")
    except (ValueError, etree.LxmlError):
        return None


def measure_page(root: Any) -> _PageStats:
    """Two bottom-up passes: text/link lengths per element, then good text and container scores."""
    stats = _PageStats()
    elements = _visible_candidates(root)
    own_good, hints_of, flagged = _measure_lengths(elements, stats)
    stats.hints = hints_of
    body = root.find("body")
    page_len = stats.text_len.get(body if body is not None else root, 0)
    # A "sidebar"/"nav" class on a wrapper that holds most of the page is layout, not furniture.
    stats.furniture = {
        el for el in flagged
        if stats.text_len[el] < BODY_FURNITURE_MAX_SHARE * page_len and not _holds_headline(el, stats)
    }
    _score_containers(elements, stats, own_good, hints_of)
    stats.h1s.reverse()
    stats.bylines.reverse()
    stats.best = _best_candidate(stats)
    return stats


# Invisible elements whose insides are never read: a <button>'s text is no article text but can be a byline
# ("By Jane Doe" opening an author menu), so its children are still measured.
_OPAQUE_TAGS = INVISIBLE_TAGS - {"button"}


def _visible_candidates(root: Any) -> list[Any]:
    """Elements in document order, without the insides of opaque ones (an <svg>'s paths, <noscript> or
    <template> markup): ~1 element in 7 on news pages, and none of them can hold article text."""
    elements: list[Any] = []
    append = elements.append
    walker = etree.iterwalk(root, events=("start",))
    for _event, el in walker:
        tag = el.tag
        if isinstance(tag, str):  # comments and processing instructions hold no text of their own
            append(el)
            if tag in _OPAQUE_TAGS:
                walker.skip_subtree()
    return elements


def _measure_lengths(elements: list[Any], stats: _PageStats) -> tuple[dict[Any, float], dict[Any, str], list[Any]]:
    # The hottest loop of extraction (~1,000 elements a page): each element reads its attributes once into a
    # dict (lxml's get() re-encodes the key on every call) and empty children cost one dict lookup.
    text_len, link_len = stats.text_len, stats.link_len
    own_good: dict[Any, float] = {}
    hints_of: dict[Any, str] = {}
    flagged: list[Any] = []
    inline: set[Any] = set()  # visible inline elements: their text is part of the parent block's own text
    last = len(elements) - 1
    for i, el in enumerate(reversed(elements)):
        tag = el.tag
        if tag in INVISIBLE_TAGS:
            text_len[el] = link_len[el] = 0
            continue
        text = el.text
        own = len(text) if text and not text.isspace() else 0
        total, links, inline_len, inline_links = own, 0, own, 0
        for child in el:
            tail = child.tail
            if tail and not tail.isspace():
                total += len(tail)
                inline_len += len(tail)
            child_len = text_len.get(child)  # None for comments and processing instructions
            if child_len:  # an empty child has no link text either
                child_links = link_len[child]
                total += child_len
                links += child_links
                if child in inline:
                    inline_len += child_len
                    inline_links += child_links
        attrs = dict(el.items())
        if tag == "a" and "href" in attrs:
            links = total  # an <a> without href is a jump target (a subhead's anchor), not a link
        css = attrs.get("class") or ""
        if (
            total < BODY_HIDDEN_MAX_CHARS
            and ("hidden" in attrs or "style" in attrs or "hid" in css or "none" in css)  # cheap pre-check
            and _is_hidden_attrs(attrs)
        ):
            text_len[el] = link_len[el] = 0
            continue
        text_len[el] = total
        link_len[el] = links
        if tag in BODY_INLINE_TAGS:
            inline.add(el)
        elif inline_len >= BODY_MIN_BLOCK_CHARS and inline_links * 2 < inline_len:
            own_good[el] = max(0.0, inline_len - inline_links - BODY_BLOCK_DISCOUNT)
        if tag == "h1":
            stats.h1s.append(el)
            stats.position[el] = last - i
        ident, itemprop = attrs.get("id") or "", attrs.get("itemprop") or ""
        # hint_text(attrs) spelled out, and its verdicts cached with it: one cache lookup for most elements
        hints, negative, byline, tags = (
            _hints_and_flags(f"{css} {ident} {itemprop} {attrs.get('role', '')}") if (css or ident or itemprop) else _NO_HINTS
        )
        if hints:
            hints_of[el] = hints
        if tag not in _ROOT_TAGS and (tag in FURNITURE_TAGS or negative):  # _is_furniture
            flagged.append(el)
        elif hints and (byline or attrs.get("rel") == "author"):
            stats.bylines.append(el)
        if tags and links * 2 >= total and 0 < total < 600:
            stats.tag_rows.append(el)
    return own_good, hints_of, flagged


_NO_HINTS = ("", False, False, False)


@lru_cache(maxsize=8192)
def _hints_and_flags(raw: str) -> tuple[str, bool, bool, bool]:
    """hint_words of raw class/id/itemprop/role values and its negative (furniture), byline and tags verdicts."""
    hints = hint_words(raw)
    if not hints:
        return _NO_HINTS
    return hints, is_negative_hint(hints), _is_byline_hint(hints), _is_tags_hint(hints)


def _score_containers(elements: list[Any], stats: _PageStats, own_good: dict[Any, float], hints_of: dict[Any, str]) -> None:
    """Good text per element (furniture counts as none) and the container score of each block element."""
    good_len, text_len, furniture = stats.good_len, stats.text_len, stats.furniture
    from_children: dict[Any, float] = {}
    last = len(elements) - 1
    for i, el in enumerate(reversed(elements)):
        if el not in text_len:
            continue
        good = 0.0 if el in furniture else own_good.get(el, 0.0) + from_children.get(el, 0.0)
        good_len[el] = good
        if not good:  # most elements (never below 0: own good text is clamped at 0)
            continue
        parent = el.getparent()
        if parent is not None:
            from_children[parent] = from_children.get(parent, 0.0) + good
        if el.tag in _NOT_CONTAINERS:
            continue
        if el.tag == "article":
            stats.article_tags.append(el)
        score = good - BODY_FURNITURE_COST * (text_len[el] - good)
        hints = hints_of.get(el)
        if hints and _is_strong_hint(hints):
            score += 0.2 * good
            stats.named_bodies.append(el)
            stats.position[el] = last - i
        if score > 0:
            stats.candidates.append((score, el))


def _best_candidate(stats: _PageStats) -> Any:
    """The top-scoring candidate outside furniture, narrowed to a named article body inside it.

    Teaser lists carry prose too, so a whole page can outscore its own article; an element called
    "article-body"/itemprop=articleBody inside the winner holding a fair share of its text is the article.
    """
    ranked = sorted(stats.candidates, key=lambda pair: pair[0], reverse=True)
    best = None
    for _score, el in ranked[:50]:
        if not any(a in stats.furniture for a in el.iterancestors()):
            best = el
            break
    if best is None:
        named = _largest_named_body(stats)
        return named if named is not None else _main_good_holder(stats)
    stats.winner = best
    floor = BODY_NAMED_MIN_SHARE * stats.good_len[best]
    named = [el for el in stats.named_bodies if el is not best and stats.good_len[el] >= floor and _is_inside(el, best)]
    if named:
        # Infinite-scroll pages append the next article under its own headline: the first article is the page's.
        second = _headline_positions(stats)[1:2]
        first_article = [el for el in named if not second or stats.position[el] < second[0]]
        return max(first_article or named, key=lambda el: stats.good_len[el])
    # A page-wide winner (newsletter boxes, teasers around the story) holding one <article> with most of its text.
    floor = BODY_ARTICLE_MIN_SHARE * stats.good_len[best]
    articles = [el for el in stats.article_tags if el is not best and stats.good_len[el] >= floor and _is_inside(el, best)]
    if articles:
        return max(articles, key=lambda el: stats.good_len[el])
    # A small winner (a bullet box) inside a named body whose many short paragraphs scored low.
    for ancestor in list(best.iterancestors())[:BODY_NAMED_ANCESTOR_DEPTH]:
        if ancestor in stats.named_bodies and stats.good_len[ancestor] >= 2 * stats.good_len[best]:
            return ancestor
    return best


def _main_good_holder(stats: _PageStats) -> Any:
    """With no block scoring above its furniture, the deepest element holding most of the page's good text.

    A short story whose facts come as link-heavy lists (quake intensities per town, results per club)
    scores below zero as a whole; its one real paragraph still marks where the article is.
    """
    holders = [
        el for el, good in stats.good_len.items()
        if good > 0 and el.tag not in _NOT_CONTAINERS and not any(a in stats.furniture for a in el.iterancestors())
    ]
    floor = BODY_FALLBACK_MIN_SHARE * max((stats.good_len[el] for el in holders), default=0.0)
    # Above half of the good text the qualifying elements nest in one chain: the smallest is the deepest.
    best = min((el for el in holders if stats.good_len[el] >= floor), key=lambda el: stats.text_len[el], default=None)
    return None if best is None or best.tag in _ROOT_TAGS else best


def _largest_named_body(stats: _PageStats) -> Any:
    """With no prose block outside furniture (a table of results, a list), an element named the article body."""
    named = [el for el in stats.named_bodies if not any(a in stats.furniture for a in el.iterancestors())]
    return max(named, key=lambda el: stats.text_len[el], default=None)


def _article_parts(stats: _PageStats, container: Any) -> list[Any]:
    """The container, or every same-named article body when the text is split into several, plus ledes."""
    twins = _named_twins(stats, container)
    if len(twins) > 1:
        return twins
    return _with_prose_siblings(stats, container)


def _standfirst_blocks(stats: _PageStats, parts: list[Any]) -> list[Any]:
    """Prose blocks set before the text inside the same <article> (a standfirst under the headline).

    Only leaf blocks that are mostly plain prose count; kicker, date, byline, caption and share lines
    are short, linked or named and stay out.
    """
    first = parts[0]
    ancestors = list(first.iterancestors())[:BODY_STANDFIRST_DEPTH]
    scope = next((a for a in ancestors if a.tag == "article"), None)
    # Outside an <article>, only a block named as a standfirst ("intro", "lead", "summary") counts.
    named_only = scope is None
    if named_only:
        scope = next((a for a in reversed(ancestors) if a.tag not in _ROOT_TAGS), None)
        if scope is None:
            return []
    blocks = []
    for el in scope.iter():
        if el is first:
            break
        if not isinstance(el.tag, str) or el.tag in BODY_INLINE_TAGS or el.tag == "h1":
            continue
        if named_only and not _named_standfirst(el, scope):
            continue
        # A dek set as a heading (<h2> under the headline) is sentence-long; section titles are short.
        floor = BODY_STANDFIRST_HEADING_MIN_GOOD if el.tag in _HEADING_TAGS else BODY_SIBLING_MIN_CHARS
        if stats.good_len.get(el, 0.0) < floor or stats.link_len[el] > BODY_STANDFIRST_MAX_LINKS * stats.text_len[el]:
            continue
        if any(stats.good_len.get(child, 0.0) > 0 for child in el if child.tag not in BODY_INLINE_TAGS):
            continue  # not a leaf: its prose children are visited on their own
        if _is_side_block(stats, el, scope) or any(_is_inside(el, b) for b in blocks):
            continue
        blocks.append(el)
    return blocks


def _named_standfirst(el: Any, scope: Any) -> bool:
    """`el` or a wrapper of it below `scope` is named as a standfirst."""
    for a in [el, *el.iterancestors()]:
        if a is scope:
            return False
        if (a.get("class") or a.get("id")) and _is_standfirst_hint(hint_text(a.attrib)):
            return True
    return False


def _is_side_block(stats: _PageStats, el: Any, scope: Any) -> bool:
    """Inside furniture, a figure, a link card, a hidden panel or a caption/byline-named block below `scope`."""
    for a in [el, *el.iterancestors()]:
        if a is scope:
            return False
        if a in stats.furniture or a.tag in ("figure", "figcaption", "a", "blockquote") or _is_hidden(a):
            return True  # a closed tab panel (an AI summary, a second view) is not the standfirst
        hints = hint_text(a.attrib) if (a.get("class") or a.get("id")) else ""
        if hints and _is_side_hint(hints):
            return True
    return False


# Class words that name a standfirst block.
_STANDFIRST_HINT_RE = re.compile(
    r"(?:^|[\s_-])(?:intro|lead|lede|standfirst|dek|summary|excerpt|abstract|subtitle|sapo|chapo|entradilla|bajada)(?:$|[\s_-])"
)
# Photo viewers repeat the captions of the article's images.
_VIEWER_HINT_RE = re.compile(r"lightbox|gallery|slideshow|carousel")


def _named_twins(stats: _PageStats, container: Any) -> list[Any]:
    """Named article bodies shaped like `container` under its section (chunks between ads), in page order.

    The section is the top-scoring block the container was narrowed from, else four levels up; chunks
    past another headline belong to the next article (infinite-scroll pages repeat the body class).
    """
    if container not in stats.named_bodies:
        return [container]
    shape = (container.tag, container.get("class"))
    scope = container
    for _ in range(4):
        parent = scope.getparent()
        if parent is None or parent.tag in _ROOT_TAGS:
            break
        scope = parent
    winner = stats.winner
    if winner is not None and winner is not container and _is_inside(container, winner) and not _is_inside(winner, scope):
        scope = winner
    twins = [
        el for el in stats.named_bodies
        if (el.tag, el.get("class")) == shape and stats.good_len[el] > 0 and _is_inside(el, scope)
    ]
    twins = [el for el in twins if not any(other is not el and _is_inside(el, other) for other in twins)]
    twins.sort(key=lambda el: stats.position[el])
    if container not in twins:
        return [container]
    return _same_headline_section(stats, twins, container)


def _headline_positions(stats: _PageStats) -> list[int]:
    """Page positions of the h1s that look like headlines, in page order."""
    return sorted(stats.position[h1] for h1 in stats.h1s if stats.text_len[h1] >= BODY_HEADLINE_MIN_CHARS)


def _same_headline_section(stats: _PageStats, twins: list[Any], container: Any) -> list[Any]:
    """The twins between the headlines that enclose `container` (twins are in page order)."""
    at = stats.position[container]
    headlines = _headline_positions(stats)
    start = max((pos for pos in headlines if pos < at), default=-1)
    end = min((pos for pos in headlines if pos > at), default=len(stats.position) + 10**9)
    return [el for el in twins if start < stats.position[el] < end]


def _with_prose_siblings(stats: _PageStats, container: Any) -> list[Any]:
    """The container plus the siblings that continue it.

    Earlier siblings of plain prose (a standfirst or lede set before the body) and later siblings
    built like the container (same tag and class: an article split in chunks around ads) join it.
    """
    parent = container.getparent()
    if parent is None or container.tag in _ROOT_TAGS:
        return [container]
    parts = []
    seen_container = False
    shape = (container.tag, container.get("class"))
    for sibling in parent:
        if sibling is container:
            seen_container = True
            parts.append(sibling)
            continue
        good = stats.good_len.get(sibling, 0.0)
        if seen_container:
            if good > 0 and (sibling.tag, sibling.get("class")) == shape:
                parts.append(sibling)
        elif good >= BODY_SIBLING_MIN_CHARS and good >= BODY_SIBLING_MIN_SHARE * stats.text_len[sibling]:
            parts.append(sibling)
    return parts


_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


# Utility classes that hide an element (Tailwind/Bootstrap "hidden", "d-none"; "is-hidden" toggles).
_HIDDEN_CLASS_RE = re.compile(r"(?:^|\s)(?:hidden|d-none|hide|is-hidden|u-hidden)(?:$|\s)")


def _is_hidden(el: Any) -> bool:
    """Hidden by the page itself: a data block of ids and dates, a closed dialog, a class-hidden widget."""
    return _is_hidden_attrs(el.attrib)


def _is_hidden_attrs(attrs: Any) -> bool:
    if attrs.get("hidden") is not None:
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE_RE.search(style) is not None:
        return True
    classes = attrs.get("class")
    return bool(classes) and ("hid" in classes or "none" in classes) and _HIDDEN_CLASS_RE.search(classes) is not None


def _holds_headline(el: Any, stats: _PageStats) -> bool:
    """A class-flagged wrapper ("page-content and-w-sidebar") around the headline and more is the article's layout.

    Only a headline h1 counts (plain text, not a logo link), and only a wrapper holding text beyond it
    (a breadcrumb trail ending in the headline stays furniture).
    """
    if el.tag in FURNITURE_TAGS:
        return False
    text_len, link_len = stats.text_len, stats.link_len
    for h1 in stats.h1s:
        size = text_len[h1]
        if size >= BODY_HEADLINE_MIN_CHARS and link_len[h1] * 2 < size and text_len[el] - size >= BODY_HEADLINE_WRAPPER_EXTRA and _is_inside(h1, el):
            return True
    return False


def _is_furniture(tag: str, hints: str) -> bool:
    if tag in _ROOT_TAGS:
        return False
    return tag in FURNITURE_TAGS or is_negative_hint(hints)


def _has_byline_hint(el: Any, hints: str) -> bool:
    return _is_byline_hint(hints) or el.get("rel") == "author"


# Cached per class string: pages repeat a few class strings on thousands of elements.
@lru_cache(maxsize=8192)
def _is_byline_hint(hints: str) -> bool:
    return BYLINE_HINT_RE.search(hints) is not None


@lru_cache(maxsize=8192)
def _is_tags_hint(hints: str) -> bool:
    # Every TAGS_HINT_RE word holds one of these substrings: most hint strings skip the regex.
    return ("tag" in hints or "label" in hints or "topi" in hints or "keyword" in hints) and TAGS_HINT_RE.search(hints) is not None


@lru_cache(maxsize=8192)
def _is_standfirst_hint(hints: str) -> bool:
    return _STANDFIRST_HINT_RE.search(hints) is not None


@lru_cache(maxsize=8192)
def _is_side_hint(hints: str) -> bool:
    return any(regex.search(hints) is not None for regex in (CAPTION_HINT_RE, BYLINE_HINT_RE, _VIEWER_HINT_RE))


@lru_cache(maxsize=8192)
def _is_strong_hint(hints: str) -> bool:
    return STRONG_POSITIVE_HINT_RE.search(hints) is not None


class _ContainerWalker:
    """Emits paragraphs from the chosen container in reading order, routing furniture elsewhere."""

    def __init__(self, stats: _PageStats, base_url: str | None, parts: list[Any]) -> None:
        self.stats = stats
        self.base_url = base_url
        self.parts = set(parts)
        self.container_len = max(sum(stats.text_len.get(part, 0) for part in parts), 1)
        self.paragraphs: list[str] = []
        self.images: list[Image] = []
        self.bylines: list[str] = []
        self.tags: list[str] = []
        self.ended = False
        self._buffer: list[str] = []
        self._buffer_links: list[str] = []

    def walk(self, el: Any) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in INVISIBLE_TAGS:
            self._add_text(el.tail)
            return
        if tag == "br":
            self._buffer.append(_BR)
            self._add_text(el.tail)
            return
        if el not in self.parts and self._route_special(el, tag):
            self._add_text(el.tail)
            return
        is_block = tag not in BODY_INLINE_TAGS
        if is_block:
            self.flush()
        self._add_text(el.text)
        if tag == "a" and el.text:
            self._buffer_links.append(el.text)
        for child in el:
            self.walk(child)
        if is_block:
            self.flush()
        self._add_text(el.tail)

    def _route_special(self, el: Any, tag: str) -> bool:
        """Handle an element that is not prose (image, caption, byline, tags, furniture); True if consumed."""
        if tag == "h1":
            return True
        if tag == "img":  # an image set into the text on its own (no figure): "<div class="separator"><img>"
            image = _standalone_image(el, self.base_url)
            if image is not None:
                self.images.append(image)
            return True
        text_len = self.stats.text_len.get(el, 0)
        hints = self.stats.hints.get(el)  # computed by the length pass; not for hidden or hint-less elements
        if hints is None:
            hints = hint_text(el.attrib) if (el.get("class") or el.get("id") or el.get("itemprop")) else ""
        if tag == "figure" or (tag == "table" and "tr-caption-container" in hints):
            self.images.append(_image_from_block(el, self.base_url))
            return True
        is_caption = tag == "figcaption" or (hints and CAPTION_HINT_RE.search(hints))
        if is_caption and (text_len < BODY_CAPTION_MAX_CHARS or _is_photo_block(el, text_len)):
            image = _image_from_block(el, self.base_url)
            if image["url"] is None and self.images and self.images[-1]["caption"] is None:
                self.images[-1].update(caption=image["caption"], credit=image["credit"])
            elif image["url"] or image["caption"]:
                self.images.append(image)
            return True
        if (
            hints and TAGS_HINT_RE.search(hints) and text_len < 600 and self.stats.link_len.get(el, 0) * 2 >= text_len
            and not _in_running_text(el)
        ):
            self.tags.extend(_tag_labels(el))
            return True
        if text_len == 0:  # empty, or hidden by the page (a closed paywall or sales box, images and all)
            return el.find(".//img") is None or _is_hidden(el)
        if hints and _has_byline_hint(el, hints) and text_len <= _MAX_BYLINE_CHARS:
            self.bylines.append(_spaced_text(el))
            return True
        if el in self.stats.furniture and not self._is_heading_text(el):
            return True
        if tag == "a" and _holds_block(el):
            return True  # a whole card is the link (headline, blurb, date): a teaser for another story
        if tag in _TEASER_BOX_TAGS and text_len < BODY_TEASER_MAX_CHARS and self._has_linked_heading(el):
            return True  # a box headed by a link to another page: teaser, not a subhead of this story
        if tag == "header" and text_len * 2 < self.container_len:
            if self.paragraphs and not any(_is_inside(h1, el) for h1 in self.stats.h1s):
                return True  # a header further down without the headline (a box title, a teaser head)
            self._walk_lede(el)  # the article's own header: headline (dropped), standfirst, kicker and date lines
            return True
        if (
            tag in _WRAPPER_TAGS and text_len < BODY_LABEL_MAX_CHARS and el.find(".//img") is None
            and not _holds_text_block(el) and not is_code_line(el.text_content())
        ):
            return True  # a wrapper holding only a label: menu entries, widget titles, dates (not "(ant/wkk)")
        link_dense = self.stats.link_len.get(el, 0) * 2 > text_len
        return (
            link_dense and tag not in BODY_INLINE_TAGS and self.stats.good_len.get(el, 0) * 2 < text_len
            and not (tag == "p" and _is_linked_sentence(el))
        )

    def _is_heading_text(self, el: Any) -> bool:
        """An inline element that is a subhead's whole text (a "jump-label" anchor): the class names the anchor, not the words."""
        parent = el.getparent()
        return (
            el.tag in BODY_INLINE_TAGS and parent is not None and parent.tag in _HEADING_TAGS
            and self.stats.text_len.get(el, 0) >= self.stats.text_len.get(parent, 0) > 0
        )

    def _has_linked_heading(self, el: Any) -> bool:
        """A heading that is all link (h2-h5); a box holding the page's own h1 is the article header instead."""
        text_len, link_len = self.stats.text_len, self.stats.link_len
        if el.find(".//h1") is not None:
            return False
        for heading in el.iter("h2", "h3", "h4", "h5"):
            size = text_len.get(heading, 0)
            if size and link_len.get(heading, 0) >= size:
                return True
        return False

    def _walk_lede(self, header: Any) -> None:
        """Only the prose blocks of the article header (a standfirst); kicker, date and share lines are not text."""
        for block in header.iter():
            if block.tag in BODY_INLINE_TAGS or not isinstance(block.tag, str) or block.tag == "h1":
                continue
            if self.stats.good_len.get(block, 0.0) >= BODY_SIBLING_MIN_CHARS and not any(
                self.stats.good_len.get(child, 0.0) > 0 for child in block if child.tag not in BODY_INLINE_TAGS
            ):
                self.walk(block)

    def _add_text(self, text: str | None) -> None:
        if text:
            self._buffer.append(text)

    def flush(self) -> None:
        if not self._buffer:
            return
        raw = "".join(self._buffer)
        links = self._buffer_links
        self._buffer, self._buffer_links = [], []
        for chunk in _DOUBLE_BREAK_RE.split(raw):
            # A label set on its own line ("Tags<br>a, b") is a line of its own for tag-row detection.
            first_line = normalize_space(chunk.split(_BR, 1)[0]) if _BR in chunk else None
            self._emit(normalize_space(chunk.replace(_BR, " ")), links, first_line)

    def _emit(self, text: str, links: list[str], first_line: str | None = None) -> None:
        if not text or self.ended:
            return
        verdict = PHRASE_MATCHER.verdict(text)
        if verdict is Verdict.END:
            self.ended = True
            return
        label = PHRASE_MATCHER.tag_label(text)
        if label is None and first_line:
            label = PHRASE_MATCHER.tag_label(first_line)
        if label is not None:
            self.tags.extend(label for label in map(normalize_space, links) if label and len(label) <= 40)
            return
        if verdict is Verdict.DROP:
            return
        if len(self.paragraphs) < 3 and len(text) <= _MAX_BYLINE_CHARS and _LEADING_BY_RE.match(text):
            self.bylines.append(text)
            return
        self.paragraphs.append(text)


# Block elements that make a link a card when they sit inside it (HTML5 allows blocks inside <a>).
_CARD_BLOCK_TAGS = frozenset({"div", "p", "h2", "h3", "h4", "h5", "h6", "section", "article", "ul", "ol", "li", "header"})


def _holds_block(link: Any) -> bool:
    """A link around text blocks (headline, blurb); one around just a figure is a lightbox for an article photo."""
    figures = list(link.iter("figure"))
    return any(
        child.tag in _CARD_BLOCK_TAGS
        and not any(_is_inside(child, figure) for figure in figures)
        and child.xpath("string()").strip()
        for child in link.iterdescendants()
    )


_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’»)]*\s*$")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# Words outside the links that make a link-heavy paragraph a sentence rather than a list of links.
BODY_LINKED_SENTENCE_MIN_WORDS = 6
BODY_LINKED_SENTENCE_MIN_SHARE = 0.3


def _is_linked_sentence(el: Any) -> bool:
    """A paragraph of prose whose phrases are links ("Trump <a>imposed tariffs</a>, prompting ... <a>duties</a>.")."""
    text = el.text_content()
    if not _SENTENCE_END_RE.search(text):
        return False
    words = len(_WORD_RE.findall(text))
    plain = words - sum(len(_WORD_RE.findall(link.text_content())) for link in el.iter("a"))
    return plain >= BODY_LINKED_SENTENCE_MIN_WORDS and plain >= BODY_LINKED_SENTENCE_MIN_SHARE * words


def _holds_text_block(el: Any) -> bool:
    """A short wrapper around a subhead or a one-line paragraph ("What is Nato?") is text, not a label."""
    return next(el.iter("h2", "h3", "h4", "h5", "h6", "p"), None) is not None


def _is_photo_block(el: Any, text_len: int) -> bool:
    """A caption-named block around a photo: a long caption (several sentences) still belongs to the image."""
    return text_len < BODY_PHOTO_CAPTION_MAX_CHARS and el.find(".//img") is not None


def _in_running_text(el: Any) -> bool:
    """An inline link set in a sentence ("the <a class=tag-link>minister</a> said"): prose, not a tag row."""
    if el.tag not in BODY_INLINE_TAGS:
        return False
    parent = el.getparent()
    return bool((el.tail and el.tail.strip()) or (parent is not None and parent.text and parent.text.strip()))


def _tag_labels(el: Any) -> list[str]:
    """Link texts of a tag row; empty when the links are headlines (a teaser list, not tags)."""
    labels = [normalize_space(a.text_content()) for a in el.iter("a")]
    labels = [label for label in labels if label]
    return labels if labels and max(len(label) for label in labels) <= 40 else []


def _image_from_block(el: Any, base_url: str | None) -> Image:
    """An image element plus its caption text, with a trailing photo credit split off."""
    img = next(el.iter("img"), None)
    url = _image_url(img, base_url) if img is not None else None
    credit_parts: list[str] = []
    caption_parts: list[str] = []
    caption_nodes = [n for n in el.iter() if n.tag in ("figcaption", "td") and ("caption" in (n.get("class") or "") or n.tag == "figcaption")]
    for node in caption_nodes or [el]:
        _collect_caption_text(node, caption_parts, credit_parts)
    if caption_nodes and not credit_parts:
        credit_parts = _credits_beside(el, caption_nodes)
    caption = _CAPTION_LABEL.sub("", normalize_space(" ".join(caption_parts))) or None
    credit = clean_credit(normalize_space(" ".join(credit_parts)))
    if caption and not credit:
        split_caption, split_credit = split_caption_credit(caption)
        if split_credit:
            caption, credit = split_caption, split_credit
    return {"url": url, "caption": caption, "credit": credit}


_CREDIT_CLASS_RE = re.compile(r"credit|copyright|photographer|source|author")
# A screen-reader label printed before the caption text: "Image caption Assange gestures ...".
_CAPTION_LABEL = re.compile(r"^(?:image|media|photo|video)\s+caption\s*:?\s+", re.I)


def _credits_beside(block: Any, caption_nodes: list[Any]) -> list[str]:
    """Credit-classed elements of an image block outside its caption: <figure><img><span class="image-credit">
    Photo: X</span><figcaption>...</figcaption></figure>."""
    found = []
    for node in block.iter(etree.Element):
        if node.tag in INVISIBLE_TAGS or node in caption_nodes or any(a in caption_nodes for a in node.iterancestors()):
            continue
        if not _CREDIT_CLASS_RE.search(hint_text(node.attrib)):
            continue
        text = normalize_space(node.text_content())
        if text and len(text.split()) <= BODY_CREDIT_MAX_WORDS:  # a wrapper holding the caption as well is no credit
            found.append(text)
    return found[-1:]  # nested credit elements: the innermost, which comes last


BODY_CREDIT_MAX_WORDS = 10  # label included: "Image credit: Future/SpaceX/Blue Origin, Sierra Nevada"


def _collect_caption_text(node: Any, caption_parts: list[str], credit_parts: list[str]) -> None:
    """Caption text of `node`, routing sub-elements with a credit/copyright class to `credit_parts`."""
    if node.text:
        caption_parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str) and child.tag not in INVISIBLE_TAGS:
            child_hints = hint_text(child.attrib)
            if _CREDIT_CLASS_RE.search(child_hints):
                credit_parts.append(child.text_content())
            else:
                _collect_caption_text(child, caption_parts, credit_parts)
        if child.tail:
            caption_parts.append(child.tail)


BODY_IMAGE_MIN_PIXELS = 100  # a declared width or height below this is an icon, a spacer or a tracking pixel
_IMAGE_EXTENSION = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)", re.I)


def _standalone_image(img: Any, base_url: str | None) -> Image | None:
    """A photo in the text outside any figure; not an icon or pixel, and not a banner linking elsewhere."""
    for size in (img.get("width"), img.get("height")):
        pixels = (size or "").strip().removesuffix("px")
        if pixels.isdigit() and int(pixels) < BODY_IMAGE_MIN_PIXELS:
            return None
    link = next((a for a in list(img.iterancestors())[:2] if a.tag == "a"), None)
    if link is not None and not _IMAGE_EXTENSION.search(link.get("href") or ""):
        return None  # a promo or teaser picture: its link goes to another page, not to the full-size photo
    if _NOT_PHOTO_RE.search(f"{img.get('class') or ''} {img.get('alt') or ''}"):
        return None
    url = _image_url(img, base_url)
    if not url or _NOT_PHOTO_RE.search(url) or _NOT_PHOTO_FORMAT_RE.search(url):
        return None
    return {"url": url, "caption": None, "credit": None}


# Site furniture drawn as images: logos, icons, avatars, spinners; vector and GIF files are seldom photos.
_NOT_PHOTO_RE = re.compile(r"logo|icon|avatar|gravatar|sprite|badge|emoji|loading|spinner|placeholder|spacer", re.I)
_NOT_PHOTO_FORMAT_RE = re.compile(r"\.(?:svg|gif)(?:[?#]|$)", re.I)


def _image_url(img: Any, base_url: str | None) -> str | None:
    src = img.get("src") or ""
    lazy = img.get("data-src") or img.get("data-lazy-src") or img.get("data-original") or img.get("data-url")
    srcset = img.get("srcset") or img.get("data-srcset")
    if lazy and (not src or _PLACEHOLDER_SRC_RE.search(src)):
        src = lazy
    if srcset and (not src or _PLACEHOLDER_SRC_RE.search(src)):
        src = _largest_from_srcset(srcset) or src
    if not src or src.startswith("data:"):
        return None
    return urljoin(base_url, src.strip()) if base_url else src.strip()


def _largest_from_srcset(srcset: str) -> str | None:
    best, best_size = None, -1.0
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts:
            continue
        size = 0.0
        if len(parts) > 1:
            try:
                size = float(parts[1].rstrip("wx"))
            except ValueError:
                size = 0.0
        if size > best_size:
            best, best_size = parts[0], size
    return best


def _headline(root: Any, stats: _PageStats, container: Any) -> str | None:
    candidates = stats.h1s
    if container is not None:
        inside = [h for h in candidates if _is_inside(h, container)]
        candidates = inside or candidates
    if not candidates:
        candidates = root.xpath("//h3[contains(@class,'post-title')] | //*[contains(@class,'entry-title')]")
    for heading in candidates:
        text = normalize_space(heading.text_content())
        if text:
            return text
    return None


def _article_scope(container: Any) -> Any:
    """The container's surroundings within its article: up to two levels up, never the page root."""
    scope = container
    for _ in range(2):
        parent = scope.getparent()
        if parent is None or parent.tag in _ROOT_TAGS:
            break
        scope = parent
    return scope


def _lead_figures(stats: _PageStats, container: Any, parts: list[Any], base_url: str | None) -> list[Image]:
    """Figures just outside the text container (a lead image above the body), with their captions."""
    images: list[Image] = []
    for figure in _article_scope(container).iter("figure"):
        ancestors = [figure, *figure.iterancestors()]
        if any(a in stats.furniture for a in ancestors) or any(part in ancestors for part in parts):
            continue
        images.append(_image_from_block(figure, base_url))
    return images


def _nearby_tags(stats: _PageStats, container: Any) -> list[str]:
    """Tag rows just outside the container (an article footer), not tag clouds elsewhere on the page."""
    scope = _article_scope(container)
    tags: list[str] = []
    for row in stats.tag_rows:
        if row in stats.furniture or _is_inside(row, container) or not _is_inside(row, scope):
            continue
        tags.extend(_tag_labels(row))
    return tags


def _outside_bylines(stats: _PageStats, container: Any) -> list[str]:
    out: list[str] = []
    taken: list[Any] = []
    for el in stats.bylines:
        if _is_inside(el, container) or any(_is_inside(el, t) for t in taken):
            continue
        text = _spaced_text(el)
        if text and len(text) <= _MAX_BYLINE_CHARS:
            out.append(text)
            taken.append(el)
        if len(out) >= 3:
            break
    return out


BODY_ARTICLE_SCOPE_DEPTH = 3  # how far up from the container an <article> holding its byline block may be


def _labelled_bylines(stats: _PageStats, container: Any) -> list[str]:
    """Short blocks beside the text that say they are a credit ("Penulis: A | Editor: B") but carry no byline
    class; read only when no byline was found otherwise. Scope: the enclosing <article>, else the parent."""
    scope = next((a for a in list(container.iterancestors())[:BODY_ARTICLE_SCOPE_DEPTH] if a.tag == "article"), None)
    scope = scope if scope is not None else container.getparent()
    if scope is None:
        return []
    out: list[str] = []
    for el in scope.iter(etree.Element):
        size = stats.text_len.get(el, 0)
        if 0 < size <= _MAX_BYLINE_CHARS and el.tag not in BODY_INLINE_TAGS and el.tag not in _HEADING_TAGS:
            text = _spaced_text(el)
            if opens_with_credit_label(text) and not _is_inside(el, container):
                out.append(text)
    return _unique(out)


def _spaced_text(el: Any) -> str:
    """text_content() with a space where a <br> or a block boundary breaks the line: "Pewarta: A<br>Editor: B"
    reads "Pewarta: A Editor: B", not "Pewarta: AEditor: B"."""
    parts: list[str] = []
    _collect_spaced(el, parts)
    return _BRACKET_SPACE.sub("", normalize_space("".join(parts)))


_BRACKET_SPACE = re.compile(r"(?<=[(\[])\s+|\s+(?=[)\]])")  # a block break inside brackets: "( Image:" -> "(Image:"


def _collect_spaced(node: Any, parts: list[str]) -> None:
    parts.append(node.text or "")
    for child in node:  # comments and processing instructions too: their tails are text ("<!--Author-->Von DPA")
        if isinstance(child.tag, str) and child.tag not in INVISIBLE_TAGS:
            breaks = child.tag not in BODY_INLINE_TAGS or child.tag == "br"
            parts.append(" " if breaks else "")
            _collect_spaced(child, parts)
            parts.append(" " if breaks else "")
        parts.append(child.tail or "")


def _is_inside(el: Any, ancestor: Any) -> bool:
    return any(a is ancestor for a in el.iterancestors()) or el is ancestor


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out
