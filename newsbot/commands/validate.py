"""`newsbot validate FILE.jsonl...`: check JSONL against the output schema; exit 1 with line numbers."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsbot.commands._common import EXIT_FAILED, EXIT_OK, UserError


def jsonl_problems(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, reason) for every line that is not a valid article object."""
    from newsbot.schema import validation_errors

    with path.open("r", encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                yield number, "empty line"
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, f"invalid JSON: {exc.msg} at column {exc.colno}"
                continue
            for reason in validation_errors(obj):
                yield number, reason


def cmd_validate(args: argparse.Namespace) -> int:
    missing = [p for p in args.files if not Path(p).is_file()]
    if missing:
        raise UserError(f"no such file: {', '.join(missing)}")
    bad = 0
    for name in args.files:
        for number, reason in jsonl_problems(Path(name)):
            bad += 1
            print(f"{name}:{number}: {reason}")
    if bad:
        print(f"newsbot: {bad} problem(s) found", file=sys.stderr)
        return EXIT_FAILED
    print(f"ok: {len(args.files)} file(s) valid")
    return EXIT_OK


def register(sub: Any) -> None:
    val = sub.add_parser("validate", help="check JSONL files against the output schema", description="Exit 1 listing line numbers and reasons when any line is invalid.")
    val.add_argument("files", nargs="+", metavar="FILE.jsonl")
    val.set_defaults(func=cmd_validate)
