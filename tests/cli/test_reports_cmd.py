"""``cxdesk report quarterly`` and ``cxdesk check`` against real database and PDF files."""

from __future__ import annotations

import json
from datetime import date

from pypdf import PdfReader

from cxdesk.core.periods import Period

PREVIOUS = Period.containing(date.today(), "quarter").previous().code


def test_quarterly_report_is_written_archived_and_publishable(run, db_file, tmp_path):
    out = tmp_path / "отчёт.pdf"
    result = run("report", "quarterly", "--db", db_file, "--period", "2026Q1", "--out", out)
    assert result.code == 0, result.text
    assert "редакция 1 (проект)" in result.err
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "ЕЖЕКВАРТАЛЬНЫЙ ОТЧЁТ" in text and "за I квартал 2026 г." in text and "■" not in text
    again = run("report", "quarterly", "--db", db_file, "--period", "2026Q1", "--out", out)
    assert again.code == 2 and "уже существует" in again.err
    published = run("report", "quarterly", "--db", db_file, "--period", "2026Q1", "--out", out, "--force",
                    "--publish")
    assert published.code == 0 and "редакция 2 (опубликован)" in published.err


def test_quarterly_report_refuses_what_is_not_a_quarter(run, db_file, tmp_path):
    out = tmp_path / "r.pdf"
    for period, words in (("2026-07", "не квартал"), ("весна", "не распознан")):
        result = run("report", "quarterly", "--db", db_file, "--period", period, "--out", out)
        assert result.code == 2 and words in result.err
    assert not out.exists()
    missing = run("report", "quarterly", "--db", tmp_path / "нет.db", "--period", "2026Q1", "--out", out)
    assert missing.code == 2 and "не найден" in missing.err


def test_check_prints_json_and_exits_1_while_something_is_not_met(run, db_file, tmp_path):
    result = run("check", "--db", db_file, "--json")
    assert result.code == 1, result.text  # a new office has no feedback, meetings or report yet
    items = json.loads(result.out)
    assert [i["id"] for i in items] == [f"R{n}" for n in range(1, 19)]
    assert all(i["status"] in ("met", "not_met", "no_data") and "evidence" in i for i in items)
    by_id = {i["id"]: i for i in items}
    assert by_id["R1"]["status"] == "met" and by_id["R1"]["evidence"]["count"] >= 10
    assert by_id["R5"]["status"] == "not_met"
    run("report", "quarterly", "--db", db_file, "--period", PREVIOUS, "--out", tmp_path / "r.pdf", "--publish")
    after = {i["id"]: i for i in json.loads(run("check", "--db", db_file, "--json").out)}
    assert after["R5"]["status"] == "met" and after["R5"]["evidence"]["period"] == PREVIOUS


def test_check_prints_a_russian_table(run, db_file):
    result = run("check", "--db", db_file, "--period", "2026Q2", "--office", "TC01")
    assert result.code == 1
    assert "II квартал 2026 г." in result.out and "R18" in result.out and "✖ не выполнено" in result.out
    wrong = run("check", "--db", db_file, "--office", "XX99")
    assert wrong.code == 2 and "не найден в справочнике" in wrong.err
