"""The HTML report: one self-contained page whose tables parse and whose text is escaped.

The tables are checked here with ``html.parser``; ``test_html_browser.py`` also opens the page in
headless Chromium.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from kzjp_tutor.commands import report as report_command

from .helpers import DECK_FILE, ClassExports, run_command


class _Tables(HTMLParser):
    """Collects every table (by id) as rows of cell texts, and every tag name seen."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._table: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "table":
            self._table = dict(attrs).get("id") or f"table-{len(self.tables)}"
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._table and self._cell is not None:
            self.tables[self._table][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _page(class_exports: ClassExports, tmp_path: Path) -> tuple[str, _Tables]:
    alice = class_exports.folder / "alice.json"
    data = json.loads(alice.read_text(encoding="utf-8"))
    data["student"] = "<script>alert('x')</script> Alice"
    alice.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "report.html"
    ran = run_command(
        report_command,
        ["report", str(class_exports.folder), "--deck-file", str(DECK_FILE), "--html", str(out)],
        tmp_path / "home",
    )
    assert ran.code == 0
    text = out.read_text(encoding="utf-8")
    parser = _Tables()
    parser.feed(text)
    return text, parser


def test_tables(class_exports: ClassExports, tmp_path: Path) -> None:
    """Cards hardest first with figures and their basis; sections, students, aliases, confusions."""
    _text, page = _page(class_exports, tmp_path)
    cards = page.tables["cards"]
    assert cards[0][:6] == ["Deck", "Card", "Section", "Prompt", "Seen by", "First-try failure"]
    assert [row[1] for row in cards[1:]] == ["silk-road"]  # the only card 3 students answered
    assert [row[1] for row in page.tables["few"][1:]] == ["pm-visit", "capital", "relations"]
    silk = cards[1]
    assert silk[5] == "67%3 st · 3 ans"
    assert silk[9] == "Koizumi ×2"
    sections = {row[1]: row for row in page.tables["sections"][1:]}
    assert sections["People & <b>leaders</b>"][4] == "83%3 st · 8 ans"  # studied; mastery is recall
    students = [row[0] for row in page.tables["students"][1:]]
    assert "<script>alert('x')</script> Alice" in students
    assert page.tables["aliases"][1][4] == 'accept = ["Ryutaro"]'
    assert [row[1:3] for row in page.tables["confusions"][1:]] == [
        ["silk-road", "pm-visit"],
        ["pm-visit", "silk-road"],
    ]
    overrides = {row[0]: row[7] for row in page.tables["students"][1:]}
    assert overrides["Carol"] == "100%1 st · 1 ans"  # her one "wrong" answer, claimed right
    assert overrides["bob.json"] == "25%1 st · 4 ans"


def test_language_chart_labels_and_bar_numbers(class_exports: ClassExports, tmp_path: Path) -> None:
    """<html lang> follows the interface; a bar's label is on its own full-width line (never
    clipped at the left) with the whole text as a tooltip, and the bar carries its counts."""
    text, _page_tables = _page(class_exports, tmp_path)
    assert '<html lang="en">' in text
    chart = text[text.index('<svg id="chart-sections"') :]
    chart = chart[: chart.index("</svg>")]
    assert '<text x="0"' in chart and 'text-anchor="end"' not in chart
    assert "<title>People &amp; &lt;b&gt;leaders&lt;/b&gt;</title>" in chart
    assert "(3 st · 8 ans)</text>" in chart
    hardest = text[text.index('<svg id="chart-hardest"') :]
    assert "67% (3 st · 3 ans)" in hardest[: hardest.index("</svg>")]


def test_self_contained_and_escaped(class_exports: ClassExports, tmp_path: Path) -> None:
    """No script, no external resource; deck and student strings arrive as text, not tags."""
    text, page = _page(class_exports, tmp_path)
    names = [tag for tag, _attrs in page.tags]
    assert "script" not in names and "link" not in names and "img" not in names and "iframe" not in names
    assert "b" not in names  # the section title's <b> is text
    assert all(not (attrs.get("src") or attrs.get("href")) for _tag, attrs in page.tags)
    assert "&lt;script&gt;" in text and "<style>" in text
    assert names.count("svg") == 2
    assert "http" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")
