"""SQL expressions that read the same on SQLite and PostgreSQL but are written differently on each:
dates are ISO text in SQLite and DATE on PostgreSQL; JSON is text in both, read with ``json_extract``
in SQLite and the ``jsonb`` operators on PostgreSQL. Services build queries from these and never
from engine-specific functions. :class:`RawCursor` gives bulk writers (thousands of rows per import)
the driver's ``executemany`` with ``?`` marks on both engines."""

from __future__ import annotations

from sqlalchemy import Float, String, literal, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement


class _DateText(FunctionElement):
    """A part of a date column as text, spelled per engine by the subclass."""

    type = String()
    inherit_cache = True
    sqlite = postgresql = "{}"


@compiles(_DateText, "sqlite")
def _date_text_sqlite(element, compiler, **kw):
    return element.sqlite.format(compiler.process(element.clauses, **kw))


@compiles(_DateText, "postgresql")
def _date_text_postgresql(element, compiler, **kw):
    return element.postgresql.format(compiler.process(element.clauses, **kw))


class YearMonth(_DateText):
    """``2026-07`` of a date column."""

    name = "year_month"
    inherit_cache = True
    sqlite, postgresql = "substr({}, 1, 7)", "to_char({}, 'YYYY-MM')"


class MonthNumber(_DateText):
    """``07`` of a date column (two digits)."""

    name = "month_number"
    inherit_cache = True
    sqlite, postgresql = "strftime('%m', {})", "to_char({}, 'MM')"


class _JsonValue(FunctionElement):
    """The value under ``key`` of a JSON object held as text: SQLite's ``json_extract`` gives the stored
    type; PostgreSQL's operators need the type said (the subclasses)."""

    inherit_cache = True

    def __init__(self, column, key: str) -> None:
        # both spellings of the key as bound values, so the statement cache never mixes two keys
        super().__init__(column, literal('$."' + key.replace('"', '""') + '"'), literal(key))

    def postgresql_value(self, compiler, **kw) -> str:
        column, _path, key = list(self.clauses)
        return f"({compiler.process(column, **kw)})::jsonb -> CAST({compiler.process(key, **kw)} AS TEXT)"


@compiles(_JsonValue, "sqlite")
def _json_value_sqlite(element, compiler, **kw):
    column, path, _key = list(element.clauses)
    return f"json_extract({compiler.process(column, **kw)}, {compiler.process(path, **kw)})"


class JsonNumber(_JsonValue):
    """A number (NULL when absent or not a number)."""

    type = Float()
    inherit_cache = True
    name = "json_number"


@compiles(JsonNumber, "postgresql")
def _json_number_postgresql(element, compiler, **kw):
    value = element.postgresql_value(compiler, **kw)
    return f"(CASE WHEN jsonb_typeof({value}) = 'number' THEN ({value} #>> '{{}}')::float8 END)"


class JsonText(_JsonValue):
    """The scalar as text (compared with the text options of a formula)."""

    type = String()
    inherit_cache = True
    name = "json_text"


@compiles(JsonText, "postgresql")
def _json_text_postgresql(element, compiler, **kw):
    return f"(({element.postgresql_value(compiler, **kw)}) #>> '{{}}')"


def serialize(session: Session, domain: str) -> None:
    """Hold a transaction-long lock on ``domain`` (e.g. the numbering of one office's complaints book)
    before reading the last number: on a PostgreSQL server several workstations write at once, and two
    of them must not both take MAX + 1. SQLite lets one writer in at a time already."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:domain))"), {"domain": domain})


class RawCursor:
    """The driver's cursor on the session's connection (inside its transaction), with ``?`` marks on
    both engines. ``INSERT … ON CONFLICT DO NOTHING`` reads the same on both."""

    def __init__(self, session: Session) -> None:
        connection = session.connection()
        self.dialect = connection.dialect.name
        self._cursor = connection.connection.driver_connection.cursor()
        self._format = connection.dialect.paramstyle != "qmark"

    def _sql(self, sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s") if self._format else sql

    def execute(self, sql: str, params=()):
        self._cursor.execute(self._sql(sql), params)
        return self._cursor

    def executemany(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            self._cursor.executemany(self._sql(sql), rows)
