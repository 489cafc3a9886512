"""`newsbot extract` and `newsbot validate` in-process; user errors are one clear line and exit 2."""

import gzip
import json
import subprocess
import sys

import pytest

from newsbot.cli import main

PAGE = "<html lang='en'><body><article><h1>{title}</h1><p>Body text of {title} with several words.</p></article></body></html>"


@pytest.fixture
def html_dir(tmp_path):
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.html").write_text(PAGE.format(title="One"), encoding="utf-8")
    (folder / "sub" / "two.htm").write_text(PAGE.format(title="Two"), encoding="utf-8")
    (folder / "three.html.gz").write_bytes(gzip.compress(PAGE.format(title="Three").encode()))
    (folder / "notes.txt").write_text("not a page", encoding="utf-8")
    return folder


def test_extract_directory_writes_one_line_per_html_file(html_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(html_dir), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["headline"] for r in records) == ["One", "Three", "Two"]


def test_extract_uses_file_uri_and_null_fetch_time(html_dir, capsys):
    assert main(["extract", str(html_dir / "one.html")]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["url"].startswith("file://") and record["fetched_at"] is None


def test_extract_url_option(html_dir, capsys):
    main(["extract", str(html_dir / "one.html"), "--url", "https://news.example/2021/05/one.html"])
    assert json.loads(capsys.readouterr().out)["domain"] == "news.example"


def test_extract_output_validates(html_dir, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    main(["extract", str(html_dir), "-o", str(out)])
    assert main(["validate", str(out)]) == 0
    assert "ok" in capsys.readouterr().out


def test_extract_missing_path_is_a_clear_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.html")]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "Traceback" not in err


def test_extract_unreadable_file_is_counted_and_fails_at_the_end(html_dir, tmp_path, capsys):
    (html_dir / "broken.html.gz").write_bytes(b"not gzip")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(html_dir), "-o", str(out)]) == 1
    assert "broken.html.gz" in capsys.readouterr().err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_validate_lists_bad_lines_with_numbers(html_dir, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    main(["extract", str(html_dir / "one.html"), "-o", str(out)])
    good = out.read_text(encoding="utf-8").strip()
    bad = json.loads(good) | {"authors": "Jane Doe"}
    out.write_text("\n".join([good, json.dumps(bad), "{not json"]) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(out)]) == 1
    printed = capsys.readouterr().out
    assert f"{out}:2: authors:" in printed and f"{out}:3: invalid JSON" in printed and ":1:" not in printed


def test_validate_missing_file_exits_2(tmp_path):
    assert main(["validate", str(tmp_path / "none.jsonl")]) == 2


def test_unknown_spider_exits_2(capsys):
    assert main(["crawl", "nosuchspider"]) == 2
    assert "unknown spider" in capsys.readouterr().err


def test_bad_setting_syntax_exits_2(capsys):
    assert main(["crawl", "article", "-s", "NOEQUALS"]) == 2
    assert "NAME=VALUE" in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["crawl"], ["extract"], ["validate"], ["fixtures", "serve"], ["demo"]])
def test_help_for_each_command(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0 and "usage: newsbot" in capsys.readouterr().out


def test_every_command_module_registers_a_subcommand(capsys):
    from newsbot.cli import build_parser, command_modules

    parser = build_parser()
    names = set(parser._subparsers._group_actions[0].choices)  # argparse keeps subcommands here
    assert set(command_modules()) <= names
    assert {"crawl", "extract", "validate", "fixtures", "demo"} <= names


def test_spider_refusing_its_arguments_exits_2_with_the_reason():
    # in a child: the crawl installs a Twisted reactor, which can run once per process
    done = subprocess.run([sys.executable, "-m", "newsbot", "crawl", "article"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "needs -a urls=" in done.stderr and "Traceback" not in done.stderr
