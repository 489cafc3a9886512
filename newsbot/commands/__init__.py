"""`newsbot` subcommands: one module each, exposing `register(subparsers)`.

cli.py discovers the modules here, so a new command is a new file. Heavy imports (Scrapy, pyarrow, …)
stay inside the command functions, so `newsbot --help` stays fast.
"""
