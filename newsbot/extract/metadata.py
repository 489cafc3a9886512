"""Page-level metadata: headline, description, site name, canonical URL, dates, tags, section."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import lxml.etree

from newsbot.extract.boilerplate import normalize_space
from newsbot.extract.dates import find_dates
from newsbot.extract.document import Document, absolutize, json_ld_articles, json_ld_types
from newsbot.extract.fields.byline import parse_byline
from newsbot.extract.language import iso639_1
from newsbot.extract.lexicon.byline_roles import BYLINE_AUTHOR_LABELS
from newsbot.extract.types import Image


@dataclass
class PageMeta:
    headline: str | None = None
    description: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    authors: list[str] = field(default_factory=list)
    # Names the page marks as no person: the site's brand, a CMS admin account ("Site D" at /author/admin/).
    not_authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    section: str | None = None
    date_published: str | None = None
    date_modified: str | None = None
    images: list[Image] = field(default_factory=list)


def read_metadata(doc: Document) -> PageMeta:
    """Everything the page declares about itself, each field from its most trusted source."""
    articles = json_ld_articles(doc)
    site_name = read_site_name(doc, articles)
    published, modified = find_dates(doc)
    return PageMeta(
        headline=read_headline(doc, articles, site_name),
        description=_first_text(
            _meta(doc, "description", "og:description", "twitter:description"),
            *(_as_text(item.get("description")) for item in articles),
        ),
        site_name=site_name,
        canonical_url=doc.canonical_url or absolutize(_first_text(_meta(doc, "og:url")), doc.base_url),
        language=read_language(doc, articles),
        authors=read_authors(doc, articles),
        not_authors=read_not_authors(doc, articles, site_name),
        tags=read_tags(doc, articles),
        section=read_section(doc, articles),
        date_published=published,
        date_modified=modified,
        images=read_images(doc, articles),
    )


# --- headline -------------------------------------------------------------------------------------

# "ㅣ" (a Hangul letter) is the bar Korean sites print before their name: "제목ㅣ한국일보".
_TITLE_SEPARATORS = r"\s+[-|–—:·•»«/]{1,2}\s+|\s*[|•·»«ㅣ]\s*"
_H1_XPATH = lxml.etree.XPath("//h1[not(ancestor::header[not(ancestor::article)]) or ancestor::article]")
# Headline-like elements other than <h1>: many sites print the story's heading as an <h2> in the
# article's header and keep the <h1> for a breadcrumb or SEO line. Used only when they agree with the
# metadata.
_HEADLINE_LIKE_XPATH = lxml.etree.XPath(
    "//*[@itemprop='headline' and not(self::meta)]"
    " | (//article//h2 | //hgroup/h2 | //main//header//h2)[position() <= 3]"
)
_MAX_H1_CANDIDATES = 5
_MAX_HEADLINE_LIKE = 6
# An <h1> that is a breadcrumb's last item or a hidden SEO line, not the heading readers see.
_NOT_DISPLAYED_MARKS = ("breadcrumb", "seotitle", "seo-title", "sr-only", "visually-hidden")
_NOT_DISPLAYED_ANCESTOR_DEPTH = 6
_MAX_TRAIL_CHARS = 600


def read_headline(doc: Document, articles: list[dict[str, Any]], site_name: str | None) -> str | None:
    """The displayed headline, spaced as the body is (soft hyphens and zero-width characters dropped)."""
    headline = _choose_headline(doc, articles, site_name)
    return normalize_space(headline) or None if headline else None


def _choose_headline(doc: Document, articles: list[dict[str, Any]], site_name: str | None) -> str | None:
    """The displayed headline: a heading that agrees with the metadata titles, else the metadata title.

    Headings are the <h1>s (not breadcrumb or SEO lines) first, then headline-like <h2>s. <title> joins
    the metadata titles for agreement only: it is never the answer while a heading or metadata exists.
    """
    site_names = _site_name_variants(doc, site_name)
    declared = [
        strip_site_name(title, site_names)
        for title in (
            *(_as_text(item.get("headline") or item.get("name")) for item in articles),
            *_meta(doc, "og:title", "twitter:title", "title", "parsely-title", "sailthru.title", "dc.title"),
        )
        if title
    ]
    declared = [title for title in declared if title]
    page_title = strip_site_name(doc.tree.findtext(".//title") if doc.tree is not None else None, site_names)
    votes = [*declared, page_title] if page_title else declared
    h1s = _h1_elements(doc)
    # Headline-like <h2>s only when no <h1> agrees: their XPath is a whole-tree search.
    chosen = _first_agreeing(h1s, votes) or _first_agreeing(_headline_like_elements(doc, h1s), votes)
    if chosen:
        return chosen
    lone = _lone_article_h1(h1s, site_names)
    if lone:
        return lone
    if declared:
        return declared[0]
    named = [heading for heading in map(_element_text, h1s) if heading and _normal(heading) not in site_names]
    if named:
        return named[0]
    return page_title


def _first_agreeing(headings: list[Any], titles: list[str]) -> str | None:
    for element in headings:
        chosen = _heading_agreeing(element, titles)
        if chosen:
            return chosen
    return None


LONE_H1_MIN_WORDS = 4


def _lone_article_h1(h1s: list[Any], site_names: set[str]) -> str | None:
    """The first <h1> when it sits in the <article> or <main> and reads as a headline: the page shows
    it even when every metadata title differs (an SEO or social title written separately)."""
    for element in h1s[:1]:
        text = _element_text(element)
        in_story = any(ancestor.tag in ("article", "main") for ancestor in element.iterancestors())
        if in_story and len(text.split()) >= LONE_H1_MIN_WORDS and _normal(text) not in site_names:
            return text
    return None


def _heading_agreeing(element: Any, titles: list[str]) -> str | None:
    """The heading's text when it agrees with a metadata title, without a kicker the metadata leaves out.

    Tried in turn: the whole heading, the heading without its first part (a kicker in its own <span>:
    "<span>Eskalation</span> <span>Story</span>"), and its last part.
    """
    full = _element_text(element)
    for variant in _heading_variants(element):
        for title in titles:
            if _agrees(variant, title):
                # A kicker printed before the headline ("Kultur: Story") is not part of it.
                kicker_only = _normal(variant).endswith(_normal(title)) and len(title) < len(variant)
                if kicker_only or _straight_quotes(variant) == title != variant:
                    # Typographic quotes added by the page template ("Harry’s") give way to plain
                    # ones in the metadata ("Harry's"): the same heading, as the newsroom typed it.
                    return title
                return variant
        # "<span>Kicker</span> Story" printed as "Kicker: Story" in the metadata: the same words, and
        # the metadata's punctuation is the one readers see; the most declared spelling wins.
        same_words = [title for title in titles if _loose(title) == _loose(variant)]
        if same_words and variant == full:
            return max(same_words, key=same_words.count)
    return None


def _heading_variants(element: Any) -> list[str]:
    full = _element_text(element)
    parts = [text for text in _heading_parts(element) if _loose(text)]
    variants = [full]
    if len(parts) >= 2:
        variants += [" ".join(parts[1:]), parts[-1]]
    return [variant for i, variant in enumerate(variants) if variant and variant not in variants[:i]]


def _heading_parts(element: Any) -> list[str]:
    """Texts of the heading's child elements and the loose text between them, in order."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return [" ".join(part.split()) for part in parts if part.strip()]


def _h1_elements(doc: Document) -> list[Any]:
    if doc.tree is None:
        return []
    found = [
        element for element in _H1_XPATH(doc.tree)
        if _element_text(element) and _is_displayed(element) and not _is_home_link(element)
    ]
    return found[:_MAX_H1_CANDIDATES]


_HOME_PATH = re.compile(r"(?:https?://[^/?#]+)?/?(?:(?:index|default|home)\.\w+)?", re.I)
_HOME_LINK_DEPTH = 3


def _is_home_link(heading: Any) -> bool:
    """An <h1> that is the site's logo: the whole heading links to the front page ("/", "index.html")."""
    text = _element_text(heading)
    links = [a for a in list(heading.iterancestors())[:_HOME_LINK_DEPTH] if a.tag == "a"]
    links += [a for a in heading.iter("a") if _element_text(a) == text]
    return any(_HOME_PATH.fullmatch((link.get("href") or "").strip()) for link in links)


def _headline_like_elements(doc: Document, seen: list[Any]) -> list[Any]:
    if doc.tree is None:
        return []
    found = [
        element for element in _HEADLINE_LIKE_XPATH(doc.tree)
        if element not in seen and _element_text(element) and _is_displayed(element)
    ]
    return found[:_MAX_HEADLINE_LIKE]


def _is_displayed(element: Any) -> bool:
    """Not a breadcrumb item, a <nav> entry or a screen-reader-only SEO line."""
    for depth, node in enumerate([element, *element.iterancestors()]):
        if depth > _NOT_DISPLAYED_ANCESTOR_DEPTH:
            break
        marks = " ".join(str(value) for value in (node.get("class"), node.get("id")) if value).casefold()
        marked = (
            node.tag == "nav"
            or "breadcrumblist" in (node.get("itemtype") or "").casefold()
            or any(mark in marks for mark in _NOT_DISPLAYED_MARKS)
            or (depth == 0 and any(str(name).startswith("data-breadcrumb") for name in node.attrib))
        )
        # A trail or nav bar is short; a page wrapper that merely has "breadcrumb" in a class is not one.
        if marked and (depth == 0 or len(node.text_content()) <= _MAX_TRAIL_CHARS):
            return False
    return True


def _element_text(element: Any) -> str:
    return " ".join(element.text_content().split())


_TYPOGRAPHIC_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def _straight_quotes(text: str) -> str:
    return text.translate(_TYPOGRAPHIC_QUOTES)


def _loose(text: str) -> str:
    """Words only: casefolded, punctuation and quotes dropped."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def strip_site_name(title: str | None, site_names: set[str]) -> str | None:
    """"Story - Site Name" -> "Story" when the part after the separator is the site's name."""
    title = " ".join(html.unescape(title or "").split())
    if not title:
        return None
    parts = re.split(f"({_TITLE_SEPARATORS})", title)
    # parts alternates text, separator, text...; drop site-name pieces from either end.
    suffixed = False
    while len(parts) >= 3 and _is_site_name(parts[-1], site_names):
        parts, suffixed = parts[:-2], True
    while len(parts) >= 3 and _is_site_name(parts[0], site_names):
        parts = parts[2:]
    stripped = "".join(parts).strip()
    if suffixed:
        stripped = _GLUED_SECTION.sub("", stripped)
    return stripped or None


# "제목-정치ㅣ한국일보": a short section name glued with "-" before the site's name, in Hangul or CJK
# (Latin or Cyrillic compounds, "Jakarta-Barat", "Москва-Сити", never match).
_CJK = "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3"
_GLUED_SECTION = re.compile(f"(?<=[{_CJK}])-[{_CJK}]{{1,4}}$")


_SITE_SUFFIX_MAX_WORDS = 4
# Host labels too generic to mark a title piece as the site's name ("news.example.com").
_GENERIC_HOST_LABELS = frozenset({"news", "www", "amp", "mobile", "online", "web", "blog", "home", "edition"})


def _is_site_name(piece: str, site_names: set[str]) -> bool:
    """The site's name as appended to titles: exact, or a short piece opening or closing with it
    ("CBC News" on cbc.ca, "Mirror Online", "Die Neue Südtiroler Tageszeitung" on tageszeitung.it)."""
    key = _normal(piece)
    if not key:
        return False
    if key in site_names:
        return True
    squeezed = key.replace(" ", "")
    if any(squeezed == name.replace(" ", "") for name in site_names):
        return True
    if len(key.split()) > _SITE_SUFFIX_MAX_WORDS:
        return False
    words = key.split()
    return any(
        len(name) >= 3 and " " not in name and name not in _GENERIC_HOST_LABELS
        and (words[0] == name or words[-1] == name or squeezed.startswith(name))
        for name in site_names
    )


def _site_name_variants(doc: Document, site_name: str | None) -> set[str]:
    """Lower-case names the page might append to titles: site name, publisher, application name, host."""
    names = {site_name, *_meta(doc, "og:site_name", "application-name", "apple-mobile-web-app-title")}
    host = re.sub(r"^www\d?\.", "", (re.match(r"^\w+://([^/:]+)", doc.url or "") or [None, ""])[1])
    if host:
        names |= {host, host.rsplit(".", 1)[0], host.split(".")[0]}
    return {_normal(name) for name in names if name and _normal(name)}


def _agrees(heading: str, title: str) -> bool:
    """Same headline, allowing the metadata to be truncated or to carry a prefix/suffix."""
    a, b = _normal(heading), _normal(title)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 0.6 * len(longer) and len(shorter.split()) >= 3 and shorter in longer


def _normal(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", html.unescape(text or "")).casefold()
    text = re.sub(r"[\"'‘’“”„«»]", "", text)
    return " ".join(text.split()).strip(" .:-|")


# --- site, language, section ----------------------------------------------------------------------


def read_site_name(doc: Document, articles: list[dict[str, Any]]) -> str | None:
    publishers = [_name_of(item.get("publisher")) for item in articles]
    websites = [_as_text(item.get("name")) for item in doc.metadata.get("json-ld", []) if "website" in json_ld_types(item)]
    return _first_text(_meta(doc, "og:site_name"), publishers, websites, _meta(doc, "application-name"))


def read_language(doc: Document, articles: list[dict[str, Any]]) -> str | None:
    for declared in (
        doc.declared_language,
        *_meta(doc, "og:locale", "language", "dc.language"),
        *(_as_text(item.get("inLanguage")) for item in articles),
    ):
        code = iso639_1(declared)
        if code:
            return code
    return None


def read_section(doc: Document, articles: list[dict[str, Any]]) -> str | None:
    sections = [_as_text(item.get("articleSection")) for item in articles]
    declared = _first_text(_meta(doc, "article:section", "parsely-section", "section"), sections, _breadcrumb_section(doc))
    # The visible trail is a walk over the whole tree: only when the page declares no section.
    return declared or _first_text(_visible_breadcrumb_section(doc))


# First items of a visible breadcrumb trail that name the front page, not a section.
BREADCRUMB_HOME_WORDS = frozenset(
    {"home", "beranda", "halaman utama", "startseite", "accueil", "inicio", "portada", "index", "news", "berita"}
)


def _breadcrumb_trails(tree: Any) -> Iterator[Any]:
    """Elements whose class or id holds "breadcrumb", whose aria-label is "breadcrumb" (only B,R,E,A,D,C,U,M,S
    case-folded, as XPath translate() did) or whose itemtype names a BreadcrumbList, in document order, lazily:
    the XPath with translate() over every element's attributes cost ~3 ms a page; this stops at the first
    trail that has crumbs."""
    for element in tree.iter(lxml.etree.Element):
        get = element.get
        css, ident, label, itemtype = get("class"), get("id"), get("aria-label"), get("itemtype")
        # lower() folds the same letters here: only B,R,E,A,D,C,U,M lower-case to the letters of "breadcrumb".
        if (
            (css and "breadcrumb" in css.lower())
            or (ident and "breadcrumb" in ident.lower())
            or (label is not None and label.lower() == "breadcrumb")
            or (itemtype and "BreadcrumbList" in itemtype)
        ):
            yield element


def _visible_breadcrumb_section(doc: Document) -> list[str]:
    """The last linked crumb of a visible breadcrumb trail ("Beranda » Internasional » <headline>")."""
    if doc.tree is None:
        return []
    for n, trail in enumerate(_breadcrumb_trails(doc.tree)):
        if n >= 3:
            break
        crumbs = [" ".join(a.text_content().split()) for a in trail.iter("a")]
        crumbs = [c for c in crumbs if c and c.casefold() not in BREADCRUMB_HOME_WORDS and len(c) <= 60]
        if crumbs:
            return [crumbs[-1]]
    return []


def _breadcrumb_section(doc: Document) -> list[str]:
    """The breadcrumb item before the article itself (the last item is usually the story)."""
    for item in doc.metadata.get("json-ld", []):
        if "breadcrumblist" not in json_ld_types(item):
            continue
        elements = item.get("itemListElement")
        if not isinstance(elements, list) or len(elements) < 2:
            continue
        ordered = sorted((e for e in elements if isinstance(e, dict)), key=lambda e: _position(e.get("position")))
        names = [_name_of(e) or _name_of(e.get("item")) for e in ordered]
        names = [name for name in names if name]
        if len(names) >= 2:
            return [names[-2]]
    return []


def _position(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


# --- authors, tags, images ------------------------------------------------------------------------

_PERSON_TYPES = {"person"}
_NOT_A_PERSON_TYPES = {"organization", "newsmediaorganization", "corporation", "organisation"}
_SPLIT_LIST = re.compile(r"\s*[,;]\s*")


_AUTHOR_META_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "citation_author")
# Other <meta> keys naming authors ("cXenseParse:author", "site_authors"); never handles ("twitter:creator").
_AUTHOR_META_KEY = re.compile(r"(?:^|[:._-])(?:authors?|creators?)$")
_NOT_AUTHOR_META_KEYS = frozenset({"twitter:creator", "twitter:creator:id", "fb:author"})
_LIBRARY_ORDER_KEYS = frozenset({"dc.creator", "citation_author"})
_SLUG_NAME = re.compile(r"[a-z]{2,}(?:-[a-z]{2,}){1,2}")
# Author profile links: a story's byline links its writers' pages ("/author/jane-roe", "/autoren/...").
_AUTHOR_HREF_PARTS = ("/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/penulis/", "/journalist/", "/redaktion/")
_AUTHOR_LINK = "self::a[@rel='author' or " + " or ".join(f"contains(@href, '{part}')" for part in _AUTHOR_HREF_PARTS) + "]"
_AUTHOR_LINKS_AFTER_H1 = lxml.etree.XPath(f"(//h1)[1]/following::*[position() <= 120][{_AUTHOR_LINK}]")
_AUTHOR_LINKS_BEFORE_H1 = lxml.etree.XPath(f"(//h1)[1]/preceding::*[position() <= 25][{_AUTHOR_LINK}]")
_MAX_AUTHOR_LINKS = 4


def read_authors(doc: Document, articles: list[dict[str, Any]]) -> list[str]:
    """Raw person-name candidates (the byline step cleans them); organisations and URLs dropped.

    JSON-LD authors first, then author <meta> tags, then author-page links printed next to the <h1>.
    """
    site_names = _site_name_variants(doc, read_site_name(doc, articles))

    def persons(names: list[str]) -> list[str]:
        return _unique([_unslug(name) for name in names if not _is_site_brand(name, site_names)])

    names = persons([name for item in articles for name in _person_names(item.get("author"))])
    if not _names_a_person(names):
        for key in _author_meta_keys(doc):
            library_order = key in _LIBRARY_ORDER_KEYS
            names += [name for value in doc.meta_tags.get(key, []) for name in _split_author_meta(value, library_order)]
        names = persons(names)
    # An organisation or agency as metadata author ("Deutsche Welle", "dpa") does not hide printed names.
    for fallback in (_author_links, _labelled_authors):
        if _names_a_person(names):
            break
        names = persons(names + fallback(doc))
    return names


def _is_site_brand(name: str, site_names: set[str]) -> bool:
    """The site's name, or one word of it ("Beachbody" on "The Beachbody Blog", beachbodyondemand.com)."""
    key = _normal(name)
    if key in site_names:
        return True
    return " " not in key and len(key) >= 4 and any(
        key in site.split() or (" " not in site and "." not in site and site.startswith(key)) for site in site_names
    )


def read_not_authors(doc: Document, articles: list[dict[str, Any]], site_name: str | None) -> list[str]:
    """Names a byline may print that are no person: the site's name and the words of it, and the
    display names of CMS admin accounts ("Kabar D" linked to /author/admin/)."""
    brand = {name for name in _site_name_variants(doc, site_name) if " " in name or "." not in name}
    words = {word for name in brand for word in name.split() if len(word) >= 4 and "." not in word}
    accounts = [_name_of(author) for item in articles for author in _as_list(item.get("author"))
                if isinstance(author, dict) and _is_cms_account(author)]
    if doc.tree is not None:
        accounts += [_element_text(link) for link in _cms_account_links(doc.tree)]
    return sorted(brand | words | {_normal(name) for name in accounts if name})


def _cms_account_links(tree: Any) -> list[Any]:
    """The author links (as _AUTHOR_LINK selects them) to a CMS account page, in document order.

    A walk over the <a> elements: the XPath over every element cost ~0.8 ms a page, this ~0.1 ms."""
    found = []
    for link in tree.iter("a"):
        href = link.get("href")
        if (
            href is not None
            and href.rstrip("/").rsplit("/", 1)[-1].casefold() in _CMS_ACCOUNT_SLUGS  # _is_cms_account({"url": href})
            and (link.get("rel") == "author" or any(part in href for part in _AUTHOR_HREF_PARTS))
        ):
            found.append(link)
    return found


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _names_a_person(names: list[str]) -> bool:
    return any(parse_byline(name).authors for name in names)


def _author_meta_keys(doc: Document) -> list[str]:
    extra = [
        key for key in doc.meta_tags
        if key not in _AUTHOR_META_KEYS and key not in _NOT_AUTHOR_META_KEYS and _AUTHOR_META_KEY.search(key)
    ]
    return [*_AUTHOR_META_KEYS, *extra]


def _author_links(doc: Document) -> list[str]:
    """Texts of author-profile links just before or after the first <h1> (a teaser's links are farther)."""
    if doc.tree is None:
        return []
    links = [*_AUTHOR_LINKS_BEFORE_H1(doc.tree), *_AUTHOR_LINKS_AFTER_H1(doc.tree)]
    links = [link for link in links if not _is_cms_account({"url": link.get("href")})]
    texts = [" ".join(link.text_content().split()) for link in links[:_MAX_AUTHOR_LINKS]]
    return [text for text in texts if text and _looks_like_name(text)]


# Label cells of a details list ("<strong>Autorin/Autor</strong> Jane Roe", "<dt>Author</dt><dd>…</dd>").
_LABEL_TAGS = ("strong", "b", "dt", "th", "label")
_AUTHOR_LABEL_WORDS = frozenset(BYLINE_AUTHOR_LABELS)
_MAX_LABELLED_AUTHORS = 4


def _labelled_authors(doc: Document) -> list[str]:
    """Names printed after an author label of their own ("Autorin/Autor", "Author:"): the page says they
    wrote it, wherever the block sits. The first labelled block only (later ones may be teasers')."""
    if doc.tree is None:
        return []
    for label in doc.tree.iter(_LABEL_TAGS):
        words = " ".join(label.text_content().split()).rstrip(":").casefold()
        if not words or len(words) > 30 or not all(part.strip() in _AUTHOR_LABEL_WORDS for part in words.split("/")):
            continue
        value = _labelled_value(label)
        if value:
            return parse_byline(f"Author: {value}").authors[:_MAX_LABELLED_AUTHORS]
    return []


def _labelled_value(label: Any) -> str | None:
    """The text the label introduces: its <dd>/<td> sibling, or the rest of its parent element."""
    if label.tag in ("dt", "th"):
        value = label.getnext()
        text = " ".join(value.text_content().split()) if value is not None else ""
    else:
        parent = label.getparent()
        whole = " ".join(parent.text_content().split()) if parent is not None else ""
        own = " ".join(label.text_content().split())
        text = whole[len(own):].strip(" :") if whole.startswith(own) else ""
    return text if 0 < len(text) <= 80 else None


def _unslug(name: str) -> str:
    """"chuck-ross" (a CMS user slug given as the author's name) -> "Chuck Ross"."""
    return name.replace("-", " ").title() if _SLUG_NAME.fullmatch(name) else name


def _person_names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for member in value for name in _person_names(member)]
    if isinstance(value, str):
        return [value.strip()] if _looks_like_name(value) else []
    if isinstance(value, dict):
        types = json_ld_types(value)
        if types & _NOT_A_PERSON_TYPES and not types & _PERSON_TYPES or _is_cms_account(value):
            return []
        name = _name_of(value) or _given_family_name(value)
        return [name] if name and _looks_like_name(name) else []
    return []


def _given_family_name(person: dict[str, Any]) -> str | None:
    """{"givenName": "Anna Maria", "familyName": "Roe"} (no "name") -> "Anna Maria Roe"."""
    parts = [_as_text(person.get(key)) for key in ("givenName", "additionalName", "familyName")]
    return " ".join(part for part in parts if part) if parts[0] and parts[2] else None


# Profile slugs of a CMS's default or shared account: its display name ("Site D", "webteam") is no person.
_CMS_ACCOUNT_SLUGS = frozenset({"admin", "administrator", "webmaster", "webadmin", "wpadmin", "root", "editor"})


def _is_cms_account(person: dict[str, Any]) -> bool:
    """A JSON-LD author whose profile URL ends in /author/admin/ and the like."""
    for key in ("url", "@id", "sameAs"):
        link = person.get(key)
        if isinstance(link, str) and link.rstrip("/").rsplit("/", 1)[-1].casefold() in _CMS_ACCOUNT_SLUGS:
            return True
    return False


def _split_author_meta(value: str, library_order: bool = False) -> list[str]:
    """"A, B; C" -> three names; in library order (dc.creator) "Roe, Jane" -> "Jane Roe"."""
    parts = _SPLIT_LIST.split(value.strip())
    if library_order and len(parts) == 2 and all(len(part.split()) == 1 for part in parts) and ";" not in value:
        surname, given = parts
        if surname[:1].isupper() and given[:1].isupper() and not given.isupper():
            return [f"{given} {surname}"]
    return [part for part in parts if _looks_like_name(part)]


def _looks_like_name(value: str) -> bool:
    value = value.strip()
    return bool(value) and "://" not in value and not value.startswith(("www.", "@", "/")) and len(value) <= 80


def read_tags(doc: Document, articles: list[dict[str, Any]]) -> list[str]:
    """article:tag, JSON-LD keywords, news_keywords; plain meta keywords only when nothing else."""
    tags = list(doc.meta_tags.get("article:tag", []))
    for item in articles:
        tags += _keyword_list(item.get("keywords"))
    for value in doc.meta_tags.get("news_keywords", []):
        tags += _SPLIT_LIST.split(value)
    if not tags:
        for value in doc.meta_tags.get("keywords", []):
            tags += _SPLIT_LIST.split(value)
    return _unique([" ".join(tag.split()) for tag in tags if tag and tag.strip()])


def _keyword_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return _SPLIT_LIST.split(value)
    if isinstance(value, list):
        return [tag for member in value for tag in _keyword_list(member)]
    return []


def read_images(doc: Document, articles: list[dict[str, Any]]) -> list[Image]:
    urls = list(_meta(doc, "og:image", "og:image:url", "og:image:secure_url", "twitter:image"))
    captions: dict[str, str] = {}
    for item in articles:
        for image in item.get("image") if isinstance(item.get("image"), list) else [item.get("image")]:
            url = image if isinstance(image, str) else (image.get("url") if isinstance(image, dict) else None)
            if isinstance(url, str):
                urls.append(url)
                caption = _as_text(image.get("caption")) if isinstance(image, dict) else None
                if caption:
                    captions[url] = caption
    images: list[Image] = []
    seen: set[str] = set()
    for url in urls:
        absolute = absolutize(url, doc.base_url)
        if absolute and absolute not in seen:
            seen.add(absolute)
            images.append({"url": absolute, "caption": captions.get(url), "credit": None})
    return images


# --- small readers --------------------------------------------------------------------------------


def _meta(doc: Document, *keys: str) -> list[str]:
    return [value for key in keys for value in doc.meta_tags.get(key, [])]


def _as_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((member for member in value if isinstance(member, str)), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if not isinstance(value, str):
        return None
    return " ".join(html.unescape(value).split()) or None


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _as_text(value.get("name"))
    return _as_text(value) if isinstance(value, str) else None


def _first_text(*sources: Any) -> str | None:
    for source in sources:
        for value in source if isinstance(source, list) else [source]:
            text = _as_text(value)
            if text:
                return text
    return None


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
