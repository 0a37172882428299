"""``cxdesk retention run|rules|act`` and the automatic-backup commands ``backup --auto``,
``backups`` and ``restore --latest``."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid


def _add_expired_record(path, surname: str) -> str:
    """A complaints-book entry of 2019 with its author's personal data, written as an import would."""
    record_id = str(uuid.uuid4())
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO feedback_record (id, origin, version, hlc, deleted, office_code, source, number, "
            "received_on, audience, kind, channel, author, address, contacts, subject, text, ratings, weight, "
            "topics, topics_manual, sentiment, sentiment_score, status, responsible, measures, answer, "
            "answer_method, extended_days, applicant_notified, url, problem_ids, created_by, created_at, "
            "updated_at) VALUES (?, 'TC01', 1, 1, 0, 'TC01', 'book', '1-7', '2019-05-06', 'citizen', "
            "'complaint', '', ?, 'ул. Лесная, 3', '89120000000', '', ?, '{}', 1, '', 0, 'neutral', 0, "
            "'new', '', '', '', '', 0, 0, '', '', 'test', '2019-05-06 10:00:00', '2019-05-06 10:00:00')",
            (record_id, f"{surname} Пётр", f"Пишет {surname}: очередь."),
        )
        conn.commit()
    return record_id


def test_retention_dry_run_then_run_with_the_act(db_file, run, tmp_path):
    _add_expired_record(db_file, "Верещагин")
    dry = run("retention", "run", "--db", db_file, "--dry-run", "--today", "2026-11-27")
    assert dry.code == 0, dry.text
    assert "истёк у 1 записей" in dry.out and "Книга жалоб и предложений: 1" in dry.out
    assert "Верещагин".encode() in db_file.read_bytes()
    act = tmp_path / "акт.pdf"
    done = run("retention", "run", "--db", db_file, "--today", "2026-11-27", "--yes", "--act", act)
    assert done.code == 0, done.text
    assert "Обезличено записей: 1" in done.out and act.exists()
    assert "Верещагин".encode() not in db_file.read_bytes()
    again = run("retention", "run", "--db", db_file, "--today", "2026-11-27", "--json")
    assert json.loads(again.out)["total"] == 0
    reprint = run("retention", "act", "1", "--db", db_file, "--to", tmp_path / "copy.pdf")
    assert reprint.code == 0 and (tmp_path / "copy.pdf").exists()


def test_retention_rules_are_listed_and_changed(db_file, run):
    result = run("retention", "rules", "--db", db_file, "--set", "feedback:survey", "24", "--basis", "Приказ № 5")
    assert result.code == 0, result.text
    assert "feedback:survey" in result.out and "Приказ № 5" in result.out
    bad = run("retention", "rules", "--db", db_file, "--set", "feedback:nothing", "24")
    assert bad.code != 0 and "неизвестен" in bad.err


def test_automatic_backup_list_and_restore_latest(db_file, run, monkeypatch):
    first = run("backup", "--db", db_file, "--auto")
    assert first.code == 0, first.text
    assert "сохранена и проверена" in first.out
    assert "не изменились" in run("backup", "--db", db_file, "--auto").out
    monkeypatch.setenv("CXDESK_PASSWORD", "Some-pass-42")
    assert run("users", "add", "--db", db_file, "kozlova", "--name", "Козлова Ирина", "--role", "reader").code == 0
    listing = run("backups", "--db", db_file)
    assert "автоматическая" in listing.out
    restored = run("restore", "--db", db_file, "--latest", "--yes")
    assert restored.code == 0, restored.text
    logins = {u["login"] for u in json.loads(run("users", "list", "--db", db_file, "--json").out)}
    assert "kozlova" not in logins
    kinds = [c["kind"] for c in json.loads(run("backups", "--db", db_file, "--json").out)]
    assert sorted(kinds) == ["auto", "before-restore"]
