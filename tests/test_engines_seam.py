"""Engine-specific SQL stays in the modules that spell it per engine (docs/dev/conventions.md, «Two
engines»): elsewhere a SQLite-only function or a raw driver cursor would break the managing centre's
PostgreSQL database while every SQLite test stays green."""

from __future__ import annotations

import re
from pathlib import Path

import cxdesk

ROOT = Path(cxdesk.__file__).parent
# the constructs that compile per engine, and the bulk writer that uses the driver's cursor through them
PORTABLE = {"store/portable.py", "store/fulltext.py", "store/feedback_bulk.py"}
# modules about the SQLite file itself (backups, integrity, VACUUM, the demo file); each checks the engine
FILE_ONLY = {"store/backup.py", "store/migrate.py", "services/backup_schedule.py", "services/maintenance.py",
             "services/retention.py", "services/demo.py", "commands/maintenance.py"}
RULES = {
    r"driver_connection": PORTABLE,
    r"\bjson_extract\b|func\.strftime|func\.julianday|func\.group_concat|\bINSERT OR (IGNORE|REPLACE)\b":
        {"store/portable.py", "store/kpi.py"},  # kpi.py: the SQLite triggers themselves
    r"^\s*import sqlite3|^\s*from sqlite3\b": FILE_ONLY,
    r"[\"'][^\"'\n]*\b(deleted|archived|additional) = [01]\b": set(),  # booleans inside SQL text
}


def test_engine_specific_sql_stays_where_it_is_spelled_per_engine():
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        for pattern, allowed in RULES.items():
            if name not in allowed and re.search(pattern, text, re.MULTILINE):
                found.append(f"{name}: {pattern}")
    assert found == [], found


def test_the_rules_see_what_they_forbid():
    assert re.search(list(RULES)[1], "select(func.json_extract(R.ratings, '$.q1'))")
    assert re.search(list(RULES)[3], 'text("SELECT id FROM feedback_record WHERE deleted = 0 AND id > :last")')
    assert not re.search(list(RULES)[3], 'deleted = 0 if dialect == "sqlite" else False')
