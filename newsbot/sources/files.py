"""Plain HTML files and gzipped HTML files (.html.gz) as pages."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsbot.sources.types import PageInput, ReadError

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
# A gzipped file is read up to this size decompressed: a gzip bomb stops here (pages are capped in extract()).
SOURCE_MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024


def html_files(paths: Sequence[str], suffixes: tuple[str, ...] = HTML_SUFFIXES) -> Iterator[Path]:
    """Files as given, directories searched recursively for names ending in `suffixes` (sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(suffixes)]
            yield from sorted(found)
        else:
            yield path


def gunzip_capped(data: bytes, max_size: int = SOURCE_MAX_DECOMPRESSED_BYTES) -> bytes:
    """Decompress gzip `data`, refusing output over `max_size` (ValueError) instead of filling memory."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, max_size + 1)
    if len(out) > max_size:
        raise ValueError(f"decompresses to over {max_size} bytes")
    if not inflater.eof:
        raise EOFError("compressed file ended before the end-of-stream marker was reached")
    return out


def read_html_file(path: Path, url: str | None = None) -> PageInput | ReadError:
    """One file as a page (gunzipped when its name ends in .gz); a ReadError when it cannot be read."""
    try:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gunzip_capped(data)
    except OSError as exc:
        return ReadError(str(path), exc.strerror or str(exc))
    except (EOFError, ValueError, zlib.error, gzip.BadGzipFile) as exc:
        return ReadError(str(path), f"bad gzip: {exc}")
    return PageInput(str(path), url or path.resolve().as_uri(), data)
