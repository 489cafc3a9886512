"""`newsbot fixtures serve`: serve the self-written demo news site on 127.0.0.1."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from newsbot.commands._common import EXIT_OK


def cmd_fixtures_serve(args: argparse.Namespace) -> int:
    from newsbot.fixtures_server import serve_forever

    serve_forever(Path(args.root) if args.root else None, host=args.host, port=args.port)
    return EXIT_OK


def register(sub: Any) -> None:
    fix = sub.add_parser("fixtures", help="the local demo news site", description="Serve the demo news site.")
    fix_sub = fix.add_subparsers(dest="fixtures_command", required=True, metavar="ACTION")
    serve = fix_sub.add_parser("serve", help="serve the demo site until Ctrl-C", description="Serve the demo news site until Ctrl-C.")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000; 0 picks a free one)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--root", help="fixtures directory (default: the repo's fixtures/)")
    serve.set_defaults(func=cmd_fixtures_serve)
