"""Analysis of newsbot JSONL output: streaming reader, aggregations, plots, the HTML report, exports.

Arrows point down: `report`/`export` commands -> render_html, plots, figures -> aggregate -> records, reader.
pyarrow, numpy and matplotlib are imported inside the functions that need them (the `analysis` extra).
"""
