"""Schema migrations: from empty, frozen past revisions, no drift, failures leave the file as it was.

Tests about SQLite files (pragmas, frozen .db fixtures, byte-identical files, backups taken before an upgrade)
run on SQLite only; the others run on the PostgreSQL server too when one is configured (tests/backends.py)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from cxdesk import paths
from cxdesk.store import migrate
from cxdesk.store.all_models import metadata
from cxdesk.store.database import Database, open_database
from cxdesk.store.feedback_fts import include_name
from tests import backends

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_upgrade_from_empty_creates_every_table(tmp_path):
    location = backends.location(tmp_path, "new.db")
    try:
        result = migrate.upgrade(location)
        assert result.before is None and result.after == migrate.head_revision()
        db = Database(location)
        try:
            with db.engine.connect() as conn:
                tables = set(inspect(conn).get_table_names())
        finally:
            db.close()
        assert set(metadata.tables) <= tables
    finally:
        backends.drop(location)


def test_models_and_migrations_do_not_drift(empty_db):
    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        assert compare_metadata(context, metadata) == []


@backends.sqlite_only
def test_pragmas_are_set(empty_db):
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


@backends.sqlite_only
@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("rev*.db")), ids=lambda p: p.stem)
def test_frozen_databases_upgrade_with_data_intact(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        users_before = conn.execute("SELECT login, full_name FROM app_user ORDER BY login").fetchall()
        office_before = conn.execute("SELECT code, name FROM office ORDER BY code").fetchall()
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            users_after = conn.exec_driver_sql("SELECT login, full_name FROM app_user ORDER BY login").fetchall()
            office_after = conn.exec_driver_sql("SELECT code, name FROM office ORDER BY code").fetchall()
    finally:
        db.close()
    assert migrate.current_revision(path) == migrate.head_revision()
    assert [tuple(r) for r in users_after] == users_before
    assert [tuple(r) for r in office_after] == office_before
    assert any("ё" in name or "Ё" in name or "а" in name for _, name in users_before)


def _scripts_with_failing_revision(tmp_path: Path) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "9999_broken.py").write_text(
        textwrap.dedent(
            f'''
            """A migration that fails half-way."""
            from alembic import op
            import sqlalchemy as sa

            revision = "9999"
            down_revision = {tuple(head.split("+"))!r}
            branch_labels = None
            depends_on = None


            def upgrade():
                op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
                op.execute("UPDATE app_user SET full_name = 'испорчено'")
                with op.batch_alter_table("app_user") as batch:
                    batch.add_column(sa.Column("extra", sa.String(10)))
                raise RuntimeError("simulated failure")


            def downgrade():
                pass
            '''
        ),
        encoding="utf-8",
    )
    return scripts


@backends.sqlite_only
def test_failed_upgrade_leaves_the_file_byte_identical(initialized_template, tmp_path):
    path = tmp_path / "office.db"
    shutil.copyfile(initialized_template.path, path)
    before = path.read_bytes()
    scripts = _scripts_with_failing_revision(tmp_path)
    with pytest.raises(migrate.MigrationError) as error:
        migrate.upgrade(path, script_location=scripts)
    assert "Не удалось обновить структуру базы данных" in str(error.value)
    assert "резервная копия" in str(error.value)
    assert path.read_bytes() == before
    backups = list((tmp_path / "backups").glob("*.db"))
    assert len(backups) == 1, "a backup must be taken before upgrading"


def test_database_from_a_newer_program_is_refused_untouched(initialized_template, tmp_path):
    location = backends.copy(initialized_template, tmp_path, "newer.db")
    db = Database(location)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('f00d')"))
        before = backends.dump(db)  # closes the pooled connections (a SQLite file is checkpointed)
        before_bytes = location.path.read_bytes() if location.is_sqlite else None
        with pytest.raises(migrate.DatabaseTooNewError) as error:
            open_database(location)
        assert "более новой версией cxdesk" in str(error.value)
        if location.is_sqlite:
            assert location.path.read_bytes() == before_bytes
        assert backends.dump(db) == before
    finally:
        db.close()
        backends.drop(location)


@backends.sqlite_only
def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    with pytest.raises(migrate.MigrationError, match="не является базой данных cxdesk"):
        open_database(path)


@backends.sqlite_only
def test_garbage_file_is_refused(tmp_path):
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(migrate.MigrationError, match="не читается как база данных"):
        open_database(path)
    assert path.read_bytes() == b"this is not a database at all" * 100


def test_foreign_keys_are_enforced(db):
    db.engine.dispose()  # fresh connections: each must enforce the references itself
    with pytest.raises(IntegrityError, match="(?i)foreign key"), db.engine.begin() as conn:
        conn.execute(text("INSERT INTO installation (id, office_id, node_id, created_at) "
                          "VALUES (2, 'nope', 'n', '2026-01-01')"))
    reopened = Database(db.location)
    try:
        assert reopened.office_code == "TC01"
    finally:
        reopened.close()


def test_fast_revision_reading_agrees_with_alembic():
    """Start-up reads the revision files without Alembic; it must see what Alembic sees."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == "+".join(sorted(script.get_heads()))
    assert set(migrate.revision_graph()) == {rev.revision for rev in script.walk_revisions()}
