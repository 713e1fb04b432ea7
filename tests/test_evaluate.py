"""Unit tests of the scorer (cleanpress.evaluate) on small hand-made records.

They pin the metric rules written down in docs/accuracy.md, so a change to a
rule shows up here and not only as a shifted number in a benchmark. Nothing
here reads the shared corpus.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from cleanpress import evaluate as ev


def record(gold: dict[str, Any], source: str = "s1", scope: str = "page", lang: str | None = "en", rid: str = "r") -> dict[str, Any]:
    """A record in the corpus format, every gold field null unless given."""
    full = dict.fromkeys(("headline", "authors", "date", "body", "related", "comments"))
    full.update(gold)
    return {"id": rid, "source": source, "scope": scope, "lang": lang, "text": "", "gold": full}


# --- tokens and token F1 ----------------------------------------------------


def test_tokens_fold_case_and_compatibility_forms() -> None:
    # casefold (ß -> ss), NFKC (subscript two, full-width digit, decomposed umlaut)
    assert ev.tokens("Straße CO\u2082 \uff11 Mu\u0308nze") == ["strasse", "co2", "1", "münze"]
    assert ev.tokens(None) == []


def test_body_token_f1_is_on_multisets() -> None:
    rec = record({"body": "one two two three"})
    s = ev.score_record(rec, ev.Prediction(body="two two two four"))
    # overlap = min counts: two x2 -> P = 2/4, R = 2/4
    assert s["body_p"] == pytest.approx(0.5)
    assert s["body_r"] == pytest.approx(0.5)
    assert s["body_f1"] == pytest.approx(0.5)


def test_body_ignores_punctuation_and_line_breaks() -> None:
    rec = record({"body": "Alpha beta.\nGamma, delta!"})
    s = ev.score_record(rec, "ALPHA beta gamma\n\n-- delta")
    assert (s["body_p"], s["body_r"], s["body_f1"]) == (1.0, 1.0, 1.0)


def test_empty_prediction_scores_zero_not_none() -> None:
    rec = record({"body": "some gold words"})
    for empty in ("", None, ev.Prediction()):
        s = ev.score_record(rec, empty)
        assert (s["body_p"], s["body_r"], s["body_f1"]) == (0.0, 0.0, 0.0)


def test_null_gold_is_not_scored_empty_list_is() -> None:
    s = ev.score_record(record({}), ev.Prediction(body="x", headline="h", authors=("A B",)))
    assert all(v is None for v in s.values())
    s = ev.score_record(record({"authors": [], "comments": []}), ev.Prediction())
    assert s["no_author"] == 1.0 and s["authors"] is None
    assert s["no_comments"] == 1.0 and s["comments_f1"] is None and s["leak"] is None
    s = ev.score_record(record({"authors": []}), ev.Prediction(authors=("Somebody",)))
    assert s["no_author"] == 0.0


# --- snippets -------------------------------------------------------------


def test_snippet_rates() -> None:
    rec = record({"body_with": ["first kept sentence", "second kept", "never there"], "body_without": ["menu item", "footer line"]})
    body = "First kept\nsentence, here. And the second kept one.\nMenu item"
    s = ev.score_record(rec, body)
    assert s["with_snip"] == pytest.approx(2 / 3)
    assert s["without_snip"] == pytest.approx(1 / 2)


def test_snippet_cut_mid_word_still_matches() -> None:
    rec = record({"body_with": ["the quick brown fo"]})
    assert ev.score_record(rec, "The quick brown fox jumps")["with_snip"] == 1.0
    assert ev.score_record(rec, "The quick red fox")["with_snip"] == 0.0


def test_comment_snippets_look_in_comments_only() -> None:
    rec = record({"comments_with": ["great piece"]})
    assert ev.score_record(rec, ev.Prediction(body="great piece"))["comment_snip"] == 0.0
    assert ev.score_record(rec, ev.Prediction(comments=("Reader: Great piece!",)))["comment_snip"] == 1.0


# --- metadata -------------------------------------------------------------


def test_headline_needs_near_equality() -> None:
    rec = record({"headline": "Council approves the new harbour bridge"})
    assert ev.score_record(rec, ev.Prediction(headline="council approves the new harbour bridge."))["headline"] == 1.0
    assert ev.score_record(rec, ev.Prediction(headline="Council approves the new harbour bridge | Daily Example News"))["headline"] == 0.0
    assert ev.score_record(rec, ev.Prediction(headline=None))["headline"] == 0.0


def test_authors_need_every_surname_and_half_precision() -> None:
    gold = record({"authors": ["Ann Smith", "Bo Lee"]})
    assert ev.score_record(gold, ev.Prediction(authors=("Lee", "A. Smith")))["authors"] == 1.0
    assert ev.score_record(gold, ev.Prediction(authors=("Ann Smith",)))["authors"] == 0.0  # Lee missing
    noisy = ev.Prediction(authors=("Ann Smith and Bo Lee, senior staff writers, updated on Monday",))
    assert ev.score_record(gold, noisy)["authors"] == 0.0  # under half the tokens are names
    assert ev.score_record(gold, ev.Prediction())["authors"] == 0.0
    assert ev.Prediction(authors="Ann Smith").authors == ("Ann Smith",)  # type: ignore[arg-type]


def test_date_is_compared_to_the_day() -> None:
    rec = record({"date": "2024-03-05"})
    assert ev.score_record(rec, ev.Prediction(date=datetime(2024, 3, 5, 23, 59)))["date"] == 1.0
    assert ev.score_record(rec, ev.Prediction(date="2024-03-05T08:00:00+02:00"))["date"] == 1.0
    assert ev.score_record(rec, ev.Prediction(date="2024-03-06"))["date"] == 0.0
    assert ev.score_record(rec, ev.Prediction())["date"] == 0.0


def test_related_comments_f1_and_leak() -> None:
    rec = record({"related": ["other story title"], "comments": ["nice reader remark"]})
    pred = ev.Prediction(body="main text other story title", related=("other story title",), comments=("nice remark",))
    s = ev.score_record(rec, pred)
    assert s["related_f1"] == 1.0
    assert s["comments_f1"] == pytest.approx(0.8)  # P = 1, R = 2/3
    assert s["leak"] == pytest.approx(3 / 5)  # 3 of the 5 body tokens are related-list tokens
    assert s["no_comments"] is None  # gold has comments, so "no comments" is not asked


def test_prediction_from_document_like_object() -> None:
    doc = SimpleNamespace(
        body="b",
        headline="h",
        authors=("A B",),
        date=datetime(2020, 1, 2),
        related=(SimpleNamespace(heading="Read more", items=(SimpleNamespace(title="t", rubric="r", date=None),)),),
        comments=(SimpleNamespace(heading="Comments", count=1, comments=(SimpleNamespace(text="c", author="u", date=None),), form=("Leave a reply",)),),
    )
    p = ev.Prediction.from_document(doc)
    assert p == ev.Prediction(body="b", headline="h", authors=("A B",), date="2020-01-02", related=("r t",), comments=("u c",))
    # an empty comment widget (form only) is not a comment
    empty_widget = SimpleNamespace(body="", comments=(SimpleNamespace(heading="Comments", count=0, comments=(), form=("Leave a reply",)),))
    assert ev.Prediction.from_document(empty_widget).comments == ()
    # the to_dict() shape works too
    assert ev.Prediction.coerce({"body": "x", "authors": ["Q"], "related": [], "comments": []}) == ev.Prediction(body="x", authors=("Q",))


# --- aggregation ----------------------------------------------------------


def _records() -> list[dict[str, Any]]:
    """Source s1 has three pages, s2 one: macro and micro averages differ."""
    return [
        record({"body": "a b"}, source="s1", rid="1"),
        record({"body": "a b"}, source="s1", rid="2"),
        record({"body": "a b"}, source="s1", rid="3"),
        record({"body": "a b"}, source="s2", rid="4"),
        record({"body": "a b"}, source="s2", scope="article", rid="5"),
    ]


def test_overall_is_macro_over_sources_and_counts_scored_docs() -> None:
    perfect = {"1", "2", "3"}

    def runner(rec: Mapping[str, Any]) -> str:
        return "a b" if rec["id"] in perfect else ""

    report = ev.evaluate("mem", runner=runner, records=_records(), progress=False)
    page = report.overall()["page"]
    assert page.means["body_f1"] == pytest.approx(0.5)  # (1.0 + 0.0) / 2, not 3/4
    assert page.counts["body_f1"] == 4 and page.docs == 4
    assert page.means["headline"] is None and page.counts["headline"] == 0
    cells = report.cells()
    assert cells[("s1", "page")].means["body_f1"] == 1.0
    assert cells[("s2", "article")].counts["body_f1"] == 1
    assert list(report.overall()) == ["page", "article"]


def test_runner_failure_is_counted_and_scored_empty() -> None:
    def runner(rec: Mapping[str, Any]) -> str:
        if rec["id"] == "1":
            raise ValueError("boom")
        return "a b"

    report = ev.evaluate("mem", runner=runner, records=_records(), progress=False)
    assert report.fails == 1
    assert report.cells()[("s1", "page")].means["body_f1"] == pytest.approx(2 / 3)
    data = json.loads(json.dumps(report.to_json(records=True)))
    assert data["fails"] == 1 and data["overall"]["page"]["metrics"]["body_f1"]["n"] == 4


def test_limit_and_grouping_by_lang() -> None:
    report = ev.evaluate("mem", runner=lambda r: "a b", records=_records(), by=("lang",), limit=2, progress=False)
    assert len(report.records) == 2
    assert list(report.cells()) == [("en",)]


# --- reading and the command line ---------------------------------------------


def test_iter_records_reads_plain_and_gzip(tmp_path: Path) -> None:
    recs = _records()
    lines = "".join(json.dumps(r) + "\n" for r in recs) + "\n"
    plain = tmp_path / "c.jsonl"
    plain.write_text(lines, encoding="utf-8")
    packed = tmp_path / "c.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as f:
        f.write(lines)
    assert list(ev.iter_records(str(plain))) == recs
    assert list(ev.iter_records(str(packed))) == recs


def test_main_prints_tables_and_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    monkeypatch.setattr(ev, "_default_runner", lambda rec: ev.Prediction(body="a"))
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)

    assert ev.main(parser.parse_args([str(corpus), "--no-progress"])) == 0
    out = capsys.readouterr().out
    assert "| overall / page | 4 |" in out and "0.667 (4)" in out

    assert ev.main(parser.parse_args([str(corpus), "--json", "--by", "source,scope,lang"])) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["by"] == ["source", "scope", "lang"] and data["docs"] == 5

    assert ev.main(parser.parse_args([str(corpus), "--by", "nonsense"])) == 2
    assert ev.main(parser.parse_args([str(tmp_path / "missing.jsonl")])) == 2


def test_format_comparison_has_a_row_per_runner() -> None:
    def constant(body: str) -> ev.Runner:
        return lambda record: body

    reports = {
        name: ev.evaluate("mem", runner=constant(body), records=_records(), progress=False, name=name)
        for name, body in (("good", "a b"), ("bad", ""))
    }
    text = ev.format_comparison(reports)
    assert "### overall / page" in text and "### s1 / page" in text
    assert "| good | 4 | 1.000 | 1.000 | 1.000 |" in text
    assert "| *scored docs* | | 4 | 4 | 4 |" in text
