"""Property-based fuzzing of the CSV/XLSX imports (open sources, metrics, survey answers).

More than a thousand malformed files (see ``files.py``) go through the real services: every one is
either refused with a Russian message or reported row by row with Russian reasons; a refusal
leaves a dump of the database identical to the one before; importing the valid rows only adds
exactly those rows and changes nothing else.

The default run is derandomised (the same files every time, about a minute and a half).
``CXDESK_FUZZ_PROFILE=explore`` draws new files on every run and ``CXDESK_FUZZ_SCALE=10`` makes
ten times as many.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxdesk.services import feedback_imports as imp
from cxdesk.services import feedback_surveys as surveys
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.roles import Role
from cxdesk.store.database import Database
from tests.fuzz.files import csv_files, xlsx_files

CX = Actor("cx.fuzz", "Проверкина Ольга Ивановна", Role.CX_SPECIALIST)
SCALE = float(os.environ.get("CXDESK_FUZZ_SCALE", "1"))
settings.register_profile(
    "cxdesk-fuzz", deadline=None, database=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture,
                           HealthCheck.large_base_example],
)
settings.register_profile("explore", parent=settings.get_profile("cxdesk-fuzz"), derandomize=False)
PROFILE = settings.get_profile("explore" if os.environ.get("CXDESK_FUZZ_PROFILE") == "explore" else "cxdesk-fuzz")
TEMPLATE = {"survey": "ref-citizen"}
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
FILES_SEEN: list[str] = []


def examples(n: int) -> settings:
    return settings(PROFILE, max_examples=max(1, int(n * SCALE)))


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (the full-text index's own tables included) and the schema."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        result = {"sqlite_master": conn.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall()}
        for name in tables:
            result[name] = conn.execute(f'SELECT * FROM "{name}"').fetchall()
        return result


@pytest.fixture(scope="module")
def baseline(initialized_template, tmp_path_factory) -> tuple[Path, dict[str, list[tuple]]]:
    """The database every file is tried on; the reference questionnaire is materialised first
    (the feedback area writes the reference templates on first use)."""
    path = tmp_path_factory.mktemp("fuzz-baseline") / "baseline.db"
    shutil.copyfile(initialized_template.path, path)
    db = Database(path)
    try:
        surveys.get_template(db, CX, TEMPLATE["survey"])
    finally:
        db.close()
    return path, dump(path)


def assert_russian(text: str) -> None:
    assert CYRILLIC.search(text), f"not a Russian message: {text!r}"
    assert "Traceback" not in text


def check_file(baseline, tmp: Path, source: str, data: bytes, suffix: str) -> None:
    """One file through preview and commit; what a user and the database must see."""
    template, before = baseline
    FILES_SEEN.append(suffix)
    path = tmp / f"файл{suffix}"
    path.write_bytes(data)
    db_path = tmp / "fuzz.db"
    for stale in tmp.glob("fuzz.db*"):
        stale.unlink()
    shutil.copyfile(template, db_path)
    db = Database(db_path)
    expected_new = 0
    try:
        try:
            preview = imp.preview_import(db, CX, source, path, TEMPLATE.get(source))
        except ValidationError as refused:
            assert_russian(refused.message)
            preview = None
        if preview is not None:
            for error in preview.errors:
                assert error.row >= 1
                assert_russian(error.reason)
            assert len(preview.valid) + preview.duplicates <= preview.rows_total
            header_refused = any(e.row == 1 for e in preview.errors)
            if preview.errors:
                with pytest.raises(ValidationError) as refused:
                    imp.commit_import(db, CX, preview, "all")
                assert_russian(refused.value.message)
            if not header_refused and preview.valid:
                result = imp.commit_import(db, CX, preview, "valid" if preview.errors else "all")
                assert result.imported == len(preview.valid)
                expected_new = len(preview.valid)
    finally:
        db.close()
    after = dump(db_path)
    if expected_new == 0:
        assert after == before, "a refused or empty import changed the database"
        return
    for table, rows in before.items():  # the FTS index's own blocks and the audit chain's head move on
        if "_fts_" in table or table == "sqlite_sequence":
            continue
        kept = {row for row in rows if row[0] != "audit.head"} if table == "local_setting" else set(rows)
        assert kept <= set(after[table]), f"a partial import changed or removed rows of {table}"
    added = len(after["feedback_record"]) - len(before["feedback_record"])
    assert added == expected_new, "exactly the valid rows are added"


@pytest.mark.parametrize(("source", "count"), [("open", 320), ("metric", 150), ("survey", 100)])
def test_malformed_csv_files(baseline, tmp_path, source, count):
    @examples(count)
    @given(data=csv_files(source))
    def check(data: bytes) -> None:
        check_file(baseline, tmp_path, source, data, ".csv")

    check()


@pytest.mark.parametrize(("source", "count"), [("open", 230), ("metric", 120), ("survey", 100)])
def test_malformed_xlsx_files(baseline, tmp_path, source, count):
    @examples(count)
    @given(data=xlsx_files(source))
    def check(data: bytes) -> None:
        check_file(baseline, tmp_path, source, data, ".xlsx")

    check()


@examples(50)
@given(name=st.sampled_from(["файл.xls", "файл.ods", "файл.json", "файл.CSV", "файл.XLSX"]), data=st.binary(max_size=300))
def test_other_suffixes_are_refused_or_read(baseline, tmp_path_factory, name, data):
    check_file(baseline, tmp_path_factory.mktemp("suffix"), "open", data, Path(name).suffix)


def test_at_least_a_thousand_files_were_tried():
    if SCALE < 1 or len(FILES_SEEN) < 1000:
        pytest.skip("run with the other fuzz tests to count the files")
    assert sum(s.lower() == ".csv" for s in FILES_SEEN) >= 570 and sum(s.lower() == ".xlsx" for s in FILES_SEEN) >= 450


def _workbook_without(member: str) -> bytes:
    import io
    import zipfile

    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            if name != member:
                target.writestr(name, source.read(name))
    return out.getvalue()


@pytest.mark.parametrize(("data", "suffix", "words"), [
    (b"\xef\xbb\xbf\xd0", ".csv", "обрезан"),  # a UTF-8 file cut inside a letter: was UnicodeDecodeError
    (_workbook_without("xl/worksheets/sheet1.xml"), ".xlsx", "листа|XLSX"),  # no sheet: was IndexError
    (b"PK\x03\x04" + b"\x00" * 40, ".xlsx", "не читается"),
])
def test_files_that_crashed_the_import_are_refused_in_russian(baseline, tmp_path, data, suffix, words):
    db_path = tmp_path / "x.db"
    shutil.copyfile(baseline[0], db_path)
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    db = Database(db_path)
    try:
        with pytest.raises(ValidationError, match=words):
            imp.preview_import(db, CX, "open", path)
    finally:
        db.close()


def test_a_unicode_text_export_of_excel_is_read(baseline, tmp_path):
    """Excel's «Текст в Юникоде» is UTF-16 with tabs: it used to be read as Windows-1251 garbage."""
    path = tmp_path / "выгрузка.txt"
    path.write_bytes("Дата\tПлощадка\tТекст\n03.03.2025\tВКонтакте\tДолгая очередь\n".encode("utf-16"))
    db_path = tmp_path / "x.db"
    shutil.copyfile(baseline[0], db_path)
    db = Database(db_path)
    try:
        preview = imp.preview_import(db, CX, "open", path)
        assert (preview.encoding, preview.rows_valid, preview.errors) == ("utf-16", 1, [])
    finally:
        db.close()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    from cxdesk.core import tabular

    monkeypatch.setattr(tabular, "MAX_XLSX_UNPACKED", 10_000)
    with pytest.raises(tabular.TableReadError, match="распаковывается"):
        tabular.read_xlsx(_workbook_without("nothing"))
