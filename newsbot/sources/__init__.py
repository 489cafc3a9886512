"""Offline inputs for `newsbot extract`: HTML files, directories, .html.gz, and WARC archives (incl. CC-NEWS).

Every source yields `PageInput` records (the page bytes plus what is known about its fetch) or `ReadError`
records (an input that could not be read, counted by the caller). Sources never parse HTML: they hand bytes
to `newsbot.extract`, the same function the spiders call.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from newsbot.sources.files import HTML_SUFFIXES, html_files, read_html_file
from newsbot.sources.types import HtmlFile, PageInput, ReadError, Skipped
from newsbot.sources.warc import WARC_SUFFIXES, is_warc, read_warc

__all__ = [
    "HTML_SUFFIXES", "WARC_SUFFIXES", "HtmlFile", "PageInput", "ReadError", "Skipped", "expand_paths", "is_warc", "iter_inputs",
    "iter_pages", "read_input",
]


def expand_paths(paths: Sequence[str]) -> list[Path]:
    """Files as given; directories searched recursively for HTML and WARC files (sorted for stable output)."""
    return list(html_files(paths, HTML_SUFFIXES + WARC_SUFFIXES))


def iter_pages(files: Sequence[Path], url: str | None = None) -> Iterator[PageInput | ReadError | Skipped]:
    """Every page in `files`, in order: one per HTML file, one per HTML response record of a WARC."""
    for item in iter_inputs(files, url):
        yield read_input(item) if isinstance(item, HtmlFile) else item


def iter_inputs(files: Sequence[Path], url: str | None = None) -> Iterator[HtmlFile | PageInput | ReadError | Skipped]:
    """iter_pages with HTML files left unread (HtmlFile): whoever extracts a file reads it (read_input)."""
    for path in files:
        if is_warc(path):
            yield from read_warc(path)
        else:
            yield HtmlFile(str(path), url)


def read_input(item: HtmlFile | PageInput) -> PageInput | ReadError:
    """The page of an input: an HtmlFile read now (a ReadError when it cannot be), a PageInput as it is."""
    return read_html_file(Path(item.location), item.url) if isinstance(item, HtmlFile) else item
