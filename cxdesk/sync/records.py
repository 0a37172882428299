"""Synced rows ⇄ bundle records, for every synced table alike (read from the table's columns, so a new
area's tables travel with no change here).

A record is one JSON line: ``{"id", "origin", "version", "hlc", "deleted", "data": {column: value}}``;
dates and times are ISO 8601 (times with their UTC offset), binary columns base64. Decoding checks
every value against its column (type, length, NULL) and refuses unknown columns.
"""

from __future__ import annotations

import base64
import json
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
)

from cxdesk.store import all_models  # noqa: F401  (every area's tables, in any process)
from cxdesk.store.base import synced_models
from cxdesk.store.types import UTCDateTime

IDENTITY = ("id", "origin", "version", "hlc", "deleted")
MAX_HLC = (1 << 63) - 1


class RecordInvalid(ValueError):
    """``str()`` is the Russian reason."""


def synced_tables() -> list[Table]:
    """Synced tables in dependency order (a parent before the rows that refer to it)."""
    from cxdesk.store.base import Base

    names = {m.__tablename__ for m in synced_models()}
    return [t for t in Base.metadata.sorted_tables if t.name in names]


@cache
def table_by_name() -> dict[str, Table]:
    return {t.name: t for t in synced_tables()}


def entity_title(name: str) -> str:
    table = table_by_name().get(name)
    return str(table.info.get("title") or name) if table is not None else name


def _enc_dt(v: datetime) -> str:
    return v.isoformat()


def _enc_date(v: date) -> str:
    return v.isoformat()


def _enc_bytes(v: bytes) -> str:
    return base64.b64encode(v).decode("ascii")


def _dec_str(length: int | None) -> Callable[[Any], Any]:
    def dec(v: Any) -> str:
        if type(v) is not str:
            raise RecordInvalid("ожидалась строка")
        if length is not None and len(v) > length:
            raise RecordInvalid(f"строка длиннее {length} символов")
        return v
    return dec


def _dec_int(v: Any) -> int:
    if type(v) is not int or abs(v) > MAX_HLC:
        raise RecordInvalid("ожидалось целое число")
    return v


def _dec_float(v: Any) -> float:
    if not isinstance(v, int | float) or isinstance(v, bool):
        raise RecordInvalid("ожидалось число")
    return float(v)


def _dec_bool(v: Any) -> bool:
    if type(v) is not bool:
        raise RecordInvalid("ожидалось да/нет")
    return v


def _dec_date(v: Any) -> date:
    try:
        return date.fromisoformat(v)
    except (TypeError, ValueError):
        raise RecordInvalid("ожидалась дата ГГГГ-ММ-ДД") from None


def _dec_datetime(aware: bool) -> Callable[[Any], Any]:
    def dec(v: Any) -> datetime:
        try:
            value = datetime.fromisoformat(v)
        except (TypeError, ValueError):
            raise RecordInvalid("ожидались дата и время ISO 8601") from None
        if aware and value.tzinfo is None:
            raise RecordInvalid("время без часового пояса")
        return value
    return dec


def _dec_bytes(v: Any) -> bytes:
    try:
        return base64.b64decode(v.encode("ascii"), validate=True)
    except (AttributeError, ValueError):
        raise RecordInvalid("ожидались данные base64") from None


def _codec(column) -> tuple[Callable[[Any], Any] | None, Callable[[Any], Any]]:
    """(encoder or None for JSON-native values, decoder) for a column."""
    t = column.type
    if isinstance(t, UTCDateTime):
        return _enc_dt, _dec_datetime(True)
    if isinstance(t, DateTime):
        return _enc_dt, _dec_datetime(False)
    if isinstance(t, Date):
        return _enc_date, _dec_date
    if isinstance(t, Boolean):
        return None, _dec_bool
    if isinstance(t, Integer | BigInteger):
        return None, _dec_int
    if isinstance(t, Float | Numeric):
        return None, _dec_float
    if isinstance(t, LargeBinary):
        return _enc_bytes, _dec_bytes
    if isinstance(t, String):
        return None, _dec_str(t.length)
    return None, lambda v: v


@dataclass
class TableCodec:
    table: Table
    columns: list[str]  # data columns, in table order
    encoders: list[Callable[[Any], Any] | None]
    decoders: dict[str, Callable[[Any], Any]]
    required: frozenset[str]  # NOT NULL columns without a default
    defaults: dict[str, Any]
    _checks: tuple | None = None
    _as_row: Callable[[dict], tuple] | None = None

    @property
    def names(self) -> list[str]:
        """Identity, then data columns: the order of a record held as a tuple (and of the upsert's columns)."""
        return [*IDENTITY, *self.columns]

    def as_row(self, values: dict[str, Any]) -> tuple:
        """A decoded record as a tuple in ``names`` order: smaller to hold and to pass between processes."""
        if self._as_row is None:
            self._as_row = operator.itemgetter(*self.names)
        return self._as_row(values)

    def to_line(self, row) -> bytes:
        """One record line from a row mapping (SQLAlchemy ``RowMapping`` or dict)."""
        data = {}
        for name, enc in zip(self.columns, self.encoders, strict=True):
            value = row[name]
            data[name] = enc(value) if enc is not None and value is not None else value
        record = {"id": row["id"], "origin": row["origin"], "version": row["version"], "hlc": row["hlc"],
                  "deleted": bool(row["deleted"]), "data": data}
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"

    def decode(self, line: bytes) -> dict[str, Any]:
        """Column values of a record line, every value checked; raises :class:`RecordInvalid`."""
        try:
            record = json.loads(line)
        except (UnicodeDecodeError, ValueError):
            raise RecordInvalid("строка не является записью JSON в UTF-8") from None
        if type(record) is not dict or record.keys() != _RECORD_KEYS or type(record["data"]) is not dict:
            raise RecordInvalid("запись не содержит нужных полей (id, origin, version, hlc, deleted, data)")
        values = {
            "id": _uuid(record["id"]),
            "origin": _dec_origin(record["origin"]),
            "version": _dec_int(record["version"]),
            "hlc": _dec_int(record["hlc"]),
            "deleted": _dec_bool(record["deleted"]),
        }
        if values["version"] < 1 or values["hlc"] < 0 or not values["origin"]:
            raise RecordInvalid("неверные служебные поля записи (версия, отметка времени, центр)")
        data = record["data"]
        keys = data.keys()
        if keys != self.decoders.keys():
            if not keys <= self.decoders.keys():
                raise RecordInvalid(f"поле «{sorted(keys - self.decoders.keys())[0]}» неизвестно этой версии "
                                    "программы")
            for name in self.decoders.keys() - keys:
                if name in self.required:
                    raise RecordInvalid(f"нет обязательного поля «{name}»")
                data[name] = self.defaults.get(name)
        plain, not_null, converted = self.checks
        bad = [n for n, limit in plain if (v := data[n]) is not None and (type(v) is not str or len(v) > limit)]
        if bad:
            raise RecordInvalid(f"поле «{bad[0]}»: ожидалась строка не длиннее "
                                f"{self.table.c[bad[0]].type.length or 'допустимого'} символов")
        empty = [n for n in not_null if data[n] is None]
        if empty:
            raise RecordInvalid(f"поле «{empty[0]}» не может быть пустым")
        for name, dec in converted:
            if (v := data[name]) is not None:
                try:
                    data[name] = dec(v)
                except RecordInvalid as exc:
                    raise RecordInvalid(f"поле «{name}»: {exc}") from None
        values.update(data)
        return values

    @property
    def checks(self) -> tuple[list[tuple[str, int]], list[str], list[tuple[str, Callable[[Any], Any]]]]:
        """(string columns with their longest length, NOT NULL columns, columns converted by a decoder)."""
        if self._checks is None:
            plain = [(n, _max_length(self.table.c[n])) for n in self.columns if _max_length(self.table.c[n]) >= 0]
            strings = {n for n, _ in plain}
            self._checks = (plain, [n for n in self.columns if not self.table.c[n].nullable],
                            [(n, self.decoders[n]) for n in self.columns if n not in strings])
        return self._checks




def _max_length(column) -> int:
    t = column.type
    if isinstance(t, String) and not isinstance(t, UTCDateTime | DateTime | Date):
        return t.length if t.length is not None else MAX_HLC
    return -1
_RECORD_KEYS = {*IDENTITY, "data"}


_dec_origin = _dec_str(16)


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid(value: Any) -> str:
    if type(value) is not str or not _UUID.fullmatch(value):
        raise RecordInvalid("идентификатор записи не является UUID")
    return value


def binder(table: Table, names: list[str], dialect) -> Callable[[tuple], tuple]:
    """Record tuple (``names`` order) → the values handed to the database driver, each converted by its
    column type's bind processor for ``dialect``, as SQLAlchemy would bind them without its per-row cost."""
    processors = [(i, p) for i, n in enumerate(names) if (p := table.c[n].type._cached_bind_processor(dialect))]

    def bind(row: tuple) -> tuple:
        v = list(row)
        for i, p in processors:
            if v[i] is not None:
                v[i] = p(v[i])
        return tuple(v)
    return bind


@cache
def codec(name: str) -> TableCodec:
    table = table_by_name()[name]
    columns = [c for c in table.columns if c.name not in IDENTITY]
    defaults = {c.name: c.default.arg for c in columns if c.default is not None and c.default.is_scalar}
    required = {c.name for c in columns if not c.nullable and c.name not in defaults}
    pairs = [_codec(c) for c in columns]
    return TableCodec(table, [c.name for c in columns], [p[0] for p in pairs],
                      {c.name: p[1] for c, p in zip(columns, pairs, strict=True)}, frozenset(required), defaults)
