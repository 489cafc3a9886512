"""`newsbot export`: Parquet round-trips with fixed nested types; CSV has stable flat columns."""

from __future__ import annotations

import copy
import csv
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsbot import extract
from newsbot.analysis.arrow_schema import article_arrow_schema
from newsbot.analysis.export import csv_cell
from newsbot.cli import main
from newsbot.schema import field_names

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    """The demo site's pages through the real extractor, with every field set as a crawl writes it."""
    out = []
    for page in sorted(SITES.glob("*/*/page.html")):
        record = extract(page.read_bytes(), url=f"https://{page.parent.parent.name}.example/{page.parent.name}")
        record["fetched_at"] = "2026-01-02T03:04:05Z"
        out.append({name: record[name] for name in field_names()})
    return out


def write_jsonl(path: Path, records: list[Any], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def export(tmp_path: Path, records: list[Any], fmt: str, name: str = "run") -> Path:
    out = tmp_path / f"{name}.{fmt}"
    assert main(["export", str(write_jsonl(tmp_path / f"{name}.jsonl", records)), "--format", fmt, "-o", str(out)]) == 0
    return out


def plain(value: Any) -> Any:
    """pandas' numpy arrays and NaN back to the JSON types they came from."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, float) and value != value:  # NaN: pandas' missing string
        return None
    return value


def test_parquet_round_trip_through_pandas_gives_the_same_records(articles, tmp_path):
    df = pd.read_parquet(export(tmp_path, articles, "parquet"))
    assert [plain(r) for r in df.to_dict("records")] == articles


def test_parquet_round_trip_through_pyarrow_gives_the_same_records(articles, tmp_path):
    assert pq.read_table(export(tmp_path, articles, "parquet")).to_pylist() == articles


def test_parquet_schema_is_the_same_when_nested_fields_are_all_empty(articles, tmp_path):
    bare = [dict(copy.deepcopy(r), dateline=None, agency=None, quotes=[], images=[], authors=[]) for r in articles]
    full_schema = pq.read_schema(export(tmp_path, articles, "parquet", "full"))
    bare_schema = pq.read_schema(export(tmp_path, bare, "parquet", "bare"))
    assert bare_schema.equals(full_schema) and full_schema.equals(article_arrow_schema())


@pytest.mark.parametrize(
    ("field", "arrow_type"),
    [
        ("word_count", pa.int64()),
        ("authors", pa.list_(pa.string())),
        ("dateline", pa.struct([("raw", pa.string()), ("city", pa.string()), ("source", pa.string())])),
        ("quotes", pa.list_(pa.struct([("text", pa.string()), ("speaker", pa.string()), ("cue", pa.string()), ("paragraph", pa.int64())]))),
        ("agency", pa.struct([("raw", pa.string()), ("codes", pa.list_(pa.string())), ("agencies", pa.list_(pa.string()))])),
        ("date_published", pa.string()),
    ],
)
def test_arrow_types_follow_the_json_schema(field, arrow_type):
    assert article_arrow_schema().field(field).type.equals(arrow_type)


def test_arrow_schema_has_every_contract_field_in_order():
    assert article_arrow_schema().names == field_names()


def test_parquet_of_no_articles_still_has_the_schema(tmp_path):
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    assert main(["export", str(tmp_path / "empty.jsonl"), "--format", "parquet", "-o", str(tmp_path / "e.parquet")]) == 0
    assert pq.read_schema(tmp_path / "e.parquet").equals(article_arrow_schema())


def test_missing_optional_fetched_at_becomes_null(articles, tmp_path):
    offline = {k: v for k, v in articles[0].items() if k != "fetched_at"}
    assert pq.read_table(export(tmp_path, [offline], "parquet")).column("fetched_at").to_pylist() == [None]


def test_csv_header_is_the_contract_fields(articles, tmp_path):
    with export(tmp_path, articles, "csv").open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == field_names()


def test_csv_columns_are_stable_without_articles(tmp_path):
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    main(["export", str(tmp_path / "empty.jsonl"), "--format", "csv", "-o", str(tmp_path / "e.csv")])
    assert (tmp_path / "e.csv").read_text(encoding="utf-8").splitlines() == [",".join(field_names())]


def test_csv_has_one_row_per_article_with_multiline_bodies_intact(articles, tmp_path):
    df = pd.read_csv(export(tmp_path, articles, "csv"), keep_default_na=False)
    assert len(df) == len(articles)
    assert df["body"].tolist() == [a["body"] for a in articles]


@pytest.mark.parametrize(
    ("field", "value", "cell"),
    [
        ("authors", ["Ana Lee", "Bo Chen"], "Ana Lee; Bo Chen"),
        ("tags", [], ""),
        ("dateline", {"raw": "JAKARTA -", "city": "Jakarta", "source": None}, '{"raw": "JAKARTA -", "city": "Jakarta", "source": null}'),
        ("dateline", None, ""),
        ("quotes", [], "[]"),
        ("images", [{"url": "u", "caption": "Café", "credit": None}], '[{"url": "u", "caption": "Café", "credit": null}]'),
        ("headline", None, ""),
        ("word_count", 12, 12),
    ],
)
def test_csv_cells_are_flattened(field, value, cell):
    assert csv_cell(field, value) == cell


def test_csv_json_cells_load_back(articles, tmp_path):
    df = pd.read_csv(export(tmp_path, articles, "csv"), keep_default_na=False)
    assert [json.loads(q) for q in df["quotes"]] == [a["quotes"] for a in articles]


def test_bad_lines_are_skipped_and_counted(articles, tmp_path, capsys):
    source = write_jsonl(tmp_path / "run.jsonl", articles, extra_lines=("not json", '{"word_count": "12"}'))
    assert main(["export", str(source), "--format", "parquet", "-o", str(tmp_path / "x.parquet")]) == 0
    assert pq.read_metadata(tmp_path / "x.parquet").num_rows == len(articles)
    assert f"skipped 2 of {len(articles) + 2} lines" in capsys.readouterr().err


def test_directories_are_read_recursively_in_order(articles, tmp_path):
    (tmp_path / "runs" / "a").mkdir(parents=True)
    (tmp_path / "runs" / "b").mkdir()
    write_jsonl(tmp_path / "runs" / "a" / "1.jsonl", articles[:5])
    write_jsonl(tmp_path / "runs" / "b" / "2.jsonl", articles[5:])
    main(["export", str(tmp_path / "runs"), "--format", "parquet", "-o", str(tmp_path / "all.parquet")])
    assert pq.read_table(tmp_path / "all.parquet").column("url").to_pylist() == [a["url"] for a in articles]


def test_format_is_required(tmp_path):
    with pytest.raises(SystemExit):
        main(["export", str(tmp_path), "-o", str(tmp_path / "x")])
