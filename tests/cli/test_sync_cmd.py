"""``cxdesk keys …`` and ``cxdesk bundle …``: enrolment with a fingerprint check, export, a batch import
with a refused file (exit code 1), dry run, repeat, journal, revocation."""

from __future__ import annotations

import json

from tests.cli.conftest import ADMIN_PASSWORD, init_args


def _init(run, monkeypatch, path, code, kind):
    monkeypatch.setenv("CXDESK_ADMIN_PASSWORD", ADMIN_PASSWORD)
    args = init_args(path, code)
    args[args.index("--kind") + 1] = kind
    result = run(*args)
    assert result.code == 0, result.text
    monkeypatch.delenv("CXDESK_ADMIN_PASSWORD")


def test_enrolment_export_and_batch_import(run, monkeypatch, tmp_path):
    office, region = tmp_path / "tc01.db", tmp_path / "uc01.db"
    _init(run, monkeypatch, office, "TC01", "tczn")
    _init(run, monkeypatch, region, "UC01", "uczn")
    shown = run("keys", "show", "--db", office, "--json")
    assert shown.code == 0
    fingerprint = json.loads(shown.out)["own"]["fingerprint"]
    assert len(fingerprint.split()) == 10

    assert run("keys", "export-public", "--db", office, "--out", tmp_path / "tc01.pub").code == 0
    assert run("keys", "export-public", "--db", region, "--out", tmp_path / "uc01.pub").code == 0
    wrong = run("keys", "register", "--db", region, "--office", "TC01", tmp_path / "tc01.pub",
                "--fingerprint", "0000 " * 10)
    assert wrong.code == 2 and "не совпадает" in wrong.err
    ok = run("keys", "register", "--db", region, "--office", "TC01", tmp_path / "tc01.pub",
             "--fingerprint", fingerprint)
    assert ok.code == 0 and "зарегистрирован" in ok.err
    assert run("keys", "register", "--db", office, "--office", "UC01", tmp_path / "uc01.pub").code == 0
    listed = run("keys", "show", "--db", region)
    assert "TC01" in listed.out and fingerprint in listed.out and "действует" in listed.out

    stick = tmp_path / "stick"
    stick.mkdir()
    exported = run("bundle", "export", "--db", office, "--to", stick, "--json")
    assert exported.code == 0, exported.text
    [result] = json.loads(exported.out)
    bundle = result["path"]
    broken = stick / "broken.cxb"
    broken.write_bytes(b"PK\x03\x04 not really a zip")

    preview = run("bundle", "import", "--db", region, bundle, "--dry-run", "--json")
    assert preview.code == 0 and json.loads(preview.out)["dry_run"] is True
    batch = run("bundle", "import", "--db", region, bundle, broken)
    assert batch.code == 1
    assert "применён" in batch.err and "broken.cxb: отклонён" in batch.err and "Отклонено файлов: 1 из 2" in batch.err
    again = run("bundle", "import", "--db", region, bundle)
    assert again.code == 0 and "уже был загружен" in again.err

    journal = run("bundle", "journal", "--db", region, "--json")
    assert [(r["direction"], r["peer"], r["status"]) for r in json.loads(journal.out)] == [("in", "TC01", "applied")]

    assert run("keys", "revoke", "--db", region, "--office", "TC01").code == 0
    newer = json.loads(run("bundle", "export", "--db", office, "--to", stick, "--json").out)[0]["path"]
    refused = run("bundle", "import", "--db", region, newer)
    assert refused.code == 1 and "отозван" in refused.err
