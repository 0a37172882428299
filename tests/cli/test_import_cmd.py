"""``cxdesk import``: headless imports with the same checks as the GUI, JSON output, exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _records(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM feedback_record").fetchone()[0]


def test_import_open_sources_then_again_without_duplicates(run, db_file):
    first = run("import", "open", FIXTURES / "feedback_open_cp1251.csv", "--db", db_file)
    assert first.code == 0, first.text
    assert "импортировано 4" in first.out
    again = run("import", "open", FIXTURES / "feedback_open_cp1251.csv", "--db", db_file, "--json")
    data = json.loads(again.out)
    assert (data["imported"], data["duplicates"]) == (0, 4)
    assert _records(db_file) == 4


def test_errors_refuse_the_import_unless_valid_only(run, db_file, tmp_path):
    report = tmp_path / "ошибки.csv"
    refused = run(
        "import", "open", FIXTURES / "feedback_open_errors.csv", "--db", db_file, "--errors", report
    )
    assert refused.code == 1
    assert "Строка" in refused.out and "не указана площадка" in refused.out
    assert "ничего не импортировано" in refused.err
    assert _records(db_file) == 0
    assert report.read_text(encoding="utf-8-sig").count("\n") == 5
    dry = run(
        "import",
        "open",
        FIXTURES / "feedback_open_errors.csv",
        "--db",
        db_file,
        "--dry-run",
        "--valid-only",
        "--json",
    )
    assert json.loads(dry.out)["imported"] == 2 and _records(db_file) == 0
    partial = run("import", "open", FIXTURES / "feedback_open_errors.csv", "--db", db_file, "--valid-only")
    assert partial.code == 1 and _records(db_file) == 2


def test_survey_needs_a_template(run, db_file):
    missing = run("import", "survey", FIXTURES / "feedback_survey_citizen.xlsx", "--db", db_file)
    assert missing.code == 2 and "ref-citizen" in missing.err
    done = run(
        "import",
        "survey",
        FIXTURES / "feedback_survey_citizen.xlsx",
        "--template",
        "ref-citizen",
        "--db",
        db_file,
        "--json",
    )
    assert done.code == 0 and json.loads(done.out)["imported"] == 3
