"""`newsbot export PATH... --format parquet|csv -o FILE`: articles as one Parquet or CSV file."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from newsbot.commands._common import EXIT_OK
from newsbot.commands.report import check_inputs, check_output, warn_bad_lines


def cmd_export(args: argparse.Namespace) -> int:
    from newsbot.analysis.export import EXPORT_WRITERS
    from newsbot.analysis.reader import BadLine, jsonl_files, read_records

    check_inputs(args.paths)
    output = check_output(args.output)
    bad = 0

    def good_records() -> Iterator[dict[str, Any]]:
        nonlocal bad
        for _, item in read_records(jsonl_files(args.paths), progress=True if args.progress else None):
            if isinstance(item, BadLine):
                bad += 1
            else:
                yield item

    written = EXPORT_WRITERS[args.format](good_records(), output)
    warn_bad_lines(bad, bad + written)
    print(f"{args.format}: {args.output} ({written:,} articles)")
    return EXIT_OK


def register(sub: Any) -> None:
    exp = sub.add_parser(
        "export",
        help="export articles to Parquet or CSV",
        description="Write the articles of JSONL files or run directories to one Parquet file (nested fields as structs/lists) or CSV (flat).",
    )
    exp.add_argument("paths", nargs="+", metavar="PATH", help="JSONL file or directory (searched recursively for *.jsonl)")
    exp.add_argument("--format", required=True, choices=["parquet", "csv"])
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.add_argument("--progress", action="store_true", help="always show a progress bar on stderr (default: when stderr is a terminal)")
    exp.set_defaults(func=cmd_export)
