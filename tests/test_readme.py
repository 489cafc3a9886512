"""README.md is the user documentation: these tests keep it true to the code, so the docs cannot drift.

- the field table matches the shipped JSON Schema;
- the CLI reference documents exactly the subcommands and options of newsbot.cli's argument parser, with the
  usage line and option names that `--help` prints;
- every `newsbot ...` command line in the README's shell/cron/systemd blocks parses with that parser;
- every NEWSBOT_* setting the code reads is documented (and no documented one is made up);
- the test command is the one .ci/run runs, `make` targets exist, links and anchors resolve, the sites.toml
  example is a valid `newsbot archive` config.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
from pathlib import Path

import pytest

from newsbot.archive import SITE_KEYS, parse_config
from newsbot.cli import build_parser
from newsbot.schema import field_names, load_schema

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
ROW = re.compile(r"^\| `(?P<name>[a-z_0-9]+)` \| (?P<type>[^|]+(?:\\\|[^|]+)*) \|", re.M)

TYPE_NAMES = {"str": "string", "int": "integer", "obj": "object", "null": "null"}


def readme_text() -> str:
    return README.read_text(encoding="utf-8")


def section(title: str, level: str = "##") -> str:
    """The text under the heading `<level> <title>` up to the next heading of the same or a higher level."""
    text = readme_text()
    start = text.index(f"\n{level} {title}\n")
    higher = [f"\n{'#' * n} " for n in range(1, len(level) + 1)]
    ends = [i for i in (text.find(h, start + 1) for h in higher) if i != -1]
    return text[start : min(ends, default=len(text))]


def fenced_blocks(text: str, languages: tuple[str, ...] = ("",)) -> list[str]:
    """Bodies of ``` blocks whose info string is one of `languages` ("" = untagged)."""
    return [m[2] for m in re.finditer(r"^```([\w-]*)\n(.*?)^```", text, re.M | re.S) if m[1] in languages]


# -- output fields ---------------------------------------------------------------------------------------------


def readme_fields() -> dict[str, str]:
    return {m["name"]: m["type"].strip() for m in ROW.finditer(section("Output fields"))}


def schema_types(prop: dict) -> set[str]:
    schema = load_schema()
    if "$ref" in prop:
        prop = schema["$defs"][prop["$ref"].rsplit("/", 1)[1]]
    kinds = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    return set(kinds)


def readme_types(text: str) -> set[str]:
    out = set()
    for part in text.replace("\\|", "|").split("|"):
        part = part.strip()
        out.add("array" if part.startswith("list[") else TYPE_NAMES[part])
    return out


def test_readme_lists_exactly_the_schema_fields_in_order():
    assert list(readme_fields()) == field_names()


@pytest.mark.parametrize("name", field_names())
def test_readme_type_matches_schema(name):
    prop = load_schema()["properties"][name]
    assert readme_types(readme_fields()[name]) == schema_types(prop)


# -- CLI reference ---------------------------------------------------------------------------------------------


def leaf_parsers(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> dict[str, argparse.ArgumentParser]:
    """'crawl' -> its parser, 'fixtures serve' -> its parser: every command a user can run."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            out: dict[str, argparse.ArgumentParser] = {}
            for name, sub in action.choices.items():
                out |= leaf_parsers(sub, (*prefix, name))
            return out
    return {" ".join(prefix): parser}


COMMANDS = leaf_parsers(build_parser())
HEADING = re.compile(r"^### `newsbot (?P<command>[a-z ]+)`\n", re.M)
# What --help prints in its left column: "-o FILE, --output FILE", "--format {parquet,csv}", "PATH".
FORMATTER = argparse.HelpFormatter("newsbot")


def invocation(action: argparse.Action) -> str:
    return FORMATTER._format_action_invocation(action)


def cli_subsections() -> dict[str, str]:
    text = section("CLI reference")
    heads = list(HEADING.finditer(text))
    return {m["command"]: text[m.end() : nxt.start() if nxt else len(text)] for m, nxt in zip(heads, [*heads[1:], None], strict=True)}


def documented_options(subsection: str) -> list[str]:
    """First cells of the option table rows: | `-o FILE, --output FILE` | meaning |."""
    return re.findall(r"^\| `([^`]+)` \|", subsection, re.M)


def test_cli_marker_precedes_the_cli_reference():
    assert "<!-- CLI -->\n## CLI reference" in readme_text()


def test_cli_reference_documents_exactly_the_commands():
    assert sorted(cli_subsections()) == sorted(COMMANDS)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_usage_line_is_the_one_help_prints(command):
    usage = " ".join(COMMANDS[command].format_usage().split()).removeprefix("usage: ")
    blocks = fenced_blocks(cli_subsections()[command])
    assert blocks, f"no usage block under newsbot {command}"
    assert " ".join(blocks[0].split()) == usage


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_option_table_has_every_argument_as_help_names_it(command):
    parser_args = {invocation(a) for a in COMMANDS[command]._actions if not isinstance(a, argparse._HelpAction)}
    documented = documented_options(cli_subsections()[command])
    assert len(documented) == len(set(documented)), "an option is listed twice"
    assert set(documented) == parser_args


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_long_option_appears_in_its_subsection(command):
    subsection = cli_subsections()[command]
    longs = {s for a in COMMANDS[command]._actions for s in a.option_strings if s.startswith("--") and s != "--help"}
    assert {s for s in longs if s not in subsection} == set()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_command_states_its_exit_codes(command):
    assert "Exit codes:" in cli_subsections()[command]


def documented_command_lines() -> list[str]:
    """`newsbot COMMAND ...` lines in the README's sh/cron/ini blocks, cut at comments and redirections."""
    lines = []
    for block in fenced_blocks(readme_text(), ("sh", "cron", "ini")):
        for line in block.splitlines():
            line = re.sub(r"(?:^|\s)#.*", "", line)  # a comment is prose, not a command
            for m in re.finditer(r"(?:^|[\s/=])newsbot\s+(?=[a-z])(.*)", line):
                lines.append("newsbot " + re.split(r"\s+(?:>>?|2>|\||&&|;)", m[1])[0].strip())
    return lines


def test_readme_shows_every_command_in_an_example():
    shown = [shlex.split(line)[1:] for line in documented_command_lines()]
    assert {c for c in COMMANDS if not any(args[: len(c.split())] == c.split() for args in shown)} == set()


def strict_parser() -> argparse.ArgumentParser:
    """newsbot's parser without prefix matching, so `--state` for `--state-dir` counts as a mistake in the docs."""
    parser = build_parser()
    stack = [parser]
    while stack:
        current = stack.pop()
        current.allow_abbrev = False
        stack += [sub for a in current._actions if isinstance(a, argparse._SubParsersAction) for sub in a.choices.values()]
    return parser


@pytest.mark.parametrize("line", documented_command_lines())
def test_documented_command_line_parses(line, capsys):
    try:
        strict_parser().parse_args(shlex.split(line)[1:])
    except SystemExit:
        pytest.fail(f"README shows a command newsbot rejects: {line}\n{capsys.readouterr().err}")


def test_every_spider_is_documented():
    from scrapy.spiderloader import get_spider_loader

    from newsbot.commands.crawl import project_settings

    table = section("Spiders and their arguments")
    spiders = get_spider_loader(project_settings({})).list()
    assert {s for s in spiders if f"| `{s}` |" not in table} == set()


# -- settings --------------------------------------------------------------------------------------------------

SETTING = re.compile(r"\bNEWSBOT_[A-Z][A-Z0-9_]*\b")


def names_in(paths: list[Path]) -> set[str]:
    return {name for path in paths for name in SETTING.findall(path.read_text(encoding="utf-8"))}


def test_every_newsbot_setting_in_the_code_is_in_the_settings_table():
    used = names_in(sorted((ROOT / "newsbot").rglob("*.py")))
    table = section("Settings")
    assert used, "found no NEWSBOT_ names in newsbot/ (did the package move?)"
    assert {n for n in used if f"| `{n}`" not in table} == set()


def test_readme_names_no_setting_the_code_does_not_read():
    code = names_in(sorted((ROOT / "newsbot").rglob("*.py")) + sorted((ROOT / "benchmarks").rglob("*.py")))
    assert SETTING.findall(readme_text())
    assert set(SETTING.findall(readme_text())) - code == set()


# -- commands, links, examples ---------------------------------------------------------------------------------


def test_ci_runs_exactly_the_readme_test_command():
    tests = section("Tests")
    assert "The test command (run by CI through `.ci/run`):" in tests
    (command,) = [b.strip() for b in fenced_blocks(tests, ("sh",))]
    ci_lines = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    ci_commands = [ln for ln in ci_lines if ln and not ln.startswith(("#", "set ", "cd "))]
    assert ci_commands == [command]


def test_every_make_target_in_the_readme_exists():
    targets = set(re.findall(r"^([\w-]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))
    used = set(re.findall(r"\bmake ([a-z][\w-]*)", readme_text()))
    assert {"demo", "test", "bench", "bench-speed", "bench-fields"} <= used
    assert used - targets == set()


def github_anchor(heading: str) -> str:
    """GitHub's heading id: lower case, punctuation dropped (except - and _), spaces to '-'."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    text = re.sub(r"^```.*?^```", "", path.read_text(encoding="utf-8"), flags=re.M | re.S)
    return {github_anchor(h) for h in re.findall(r"^#+ (.+)$", text, re.M)}


@pytest.mark.parametrize("doc", ["README.md", "docs/crawling.md", "docs/analysts.md"])
def test_links_and_anchors_resolve(doc):
    source = ROOT / doc
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", source.read_text(encoding="utf-8")):
        if target.startswith(("http://", "https://")):
            continue
        path, _, anchor = target.partition("#")
        file = (source.parent / path).resolve() if path else source
        if not file.exists() or (anchor and file.suffix == ".md" and anchor not in anchors(file)):
            broken.append(target)
    assert broken == []


def test_report_screenshot_is_embedded():
    assert re.search(r"!\[[^\]]+\]\(docs/report\.png\)", readme_text())
    assert (ROOT / "docs" / "report.png").stat().st_size > 0


def test_sites_toml_example_is_a_valid_archive_config_using_every_key(tmp_path):
    tomllib = pytest.importorskip("tomllib", reason="tomllib is Python >= 3.11")
    (block,) = re.findall(r"<!-- sites\.toml -->\n```toml\n(.*?)```", readme_text(), re.S)
    data = tomllib.loads(block)
    config = parse_config(data, tmp_path)
    assert [s.name for s in config.sites] == [site["name"] for site in data["site"]]
    used = set(data["defaults"]) | {key for site in data["site"] for key in site}
    assert SITE_KEYS - used == set()


def test_measured_results_section_exists():
    assert "<!-- RESULTS -->" in section("Measured results")


FIELD_EXAMPLE = re.compile(r"<!-- example:fields -->\s*```html\n(.*?)```\s*```json\n(.*?)```", re.S)
NEWS_FIELDS = ("dateline", "byline", "authors", "editors", "agency", "quotes", "images")


def test_readme_has_news_field_examples():
    assert len(FIELD_EXAMPLE.findall(readme_text())) >= 2


@pytest.mark.parametrize("index", range(len(FIELD_EXAMPLE.findall(readme_text()))))
def test_news_field_example_is_what_extract_returns(index):
    from newsbot.extract import extract

    html, expected = FIELD_EXAMPLE.findall(readme_text())[index]
    result = extract(html, url=f"https://site.test/2021/05/example-{index}.html")
    assert {name: result[name] for name in NEWS_FIELDS} == json.loads(expected)
