"""What both full-text indexes (register and knowledge base) share on both engines.

SQLite keeps lemmas in an FTS5 table; PostgreSQL keeps them in a table with a generated ``tsvector``
column and a GIN index (migrations f001 and k001). A search is a :class:`Match` made once from the
user's lemmas, holding the query in both languages as bound values; :class:`FtsMatch` and
:class:`FtsRank` compile to ``MATCH``/``bm25`` or ``@@``/``ts_rank``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Float, literal, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


def _fts5(term: str, prefix: bool = False) -> str:
    return '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")


def _tsquery(term: str, prefix: bool = False) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if prefix else "")


@dataclass(frozen=True)
class Match:
    """Every one of ``terms`` must occur; the last one may be a (lemma or typed-prefix) alternative."""

    fts5: str
    tsquery: str

    @classmethod
    def of(cls, terms: list[str], *, last_prefix: str | None = None, last_is_prefix: bool = False) -> Match:
        """``last_prefix``: the last term may also be this typed prefix; ``last_is_prefix``: the last
        term itself matches as a prefix."""
        fts, ts = [_fts5(t) for t in terms], [_tsquery(t) for t in terms]
        if last_prefix:
            fts[-1] = f"({fts[-1]} OR {_fts5(last_prefix, True)})"
            ts[-1] = f"({ts[-1]} | {_tsquery(last_prefix, True)})"
        elif last_is_prefix:
            fts[-1], ts[-1] = _fts5(terms[-1], True), _tsquery(terms[-1], True)
        return cls(" AND ".join(fts), " & ".join(ts))


class FtsMatch(FunctionElement):
    """True for the rows of the index table ``table`` that match ``match`` (untyped: a Boolean type
    would make SQLite's compiler append ``= 1``, which FTS5 refuses)."""

    inherit_cache = True
    name = "fts_matches"

    def __init__(self, table: str, match: Match) -> None:
        super().__init__(literal_column(table), literal(match.fts5), literal(match.tsquery))


@compiles(FtsMatch, "sqlite")
def _matches_sqlite(element, compiler, **kw):
    table, fts5, _ts = (compiler.process(c, **kw) for c in element.clauses)
    return f"{table} MATCH {fts5}"


@compiles(FtsMatch, "postgresql")
def _matches_postgresql(element, compiler, **kw):
    table, _fts5, ts = (compiler.process(c, **kw) for c in element.clauses)
    return f"{table}.tsv @@ to_tsquery('simple', CAST({ts} AS TEXT))"


class FtsRank(FunctionElement):
    """How well a row of ``table`` matches (lower is better); ``weights`` of the two indexed columns."""

    type = Float()
    inherit_cache = True
    name = "fts_rank"

    def __init__(self, table: str, match: Match, weights: tuple[float, float]) -> None:
        first, second = (float(w) for w in weights)
        super().__init__(literal_column(table), literal(match.tsquery), literal_column(repr(first)),
                         literal_column(repr(second)))


@compiles(FtsRank, "sqlite")
def _rank_sqlite(element, compiler, **kw):
    table, _ts, first, second = (compiler.process(c, **kw) for c in element.clauses)
    return f"bm25({table}, {first}, {second})"


@compiles(FtsRank, "postgresql")
def _rank_postgresql(element, compiler, **kw):
    table, ts, first, second = (compiler.process(c, **kw) for c in element.clauses)
    # ts_rank's weights are listed D, C, B, A; the first column is weighted A, the second B
    top = max(float(first), float(second))
    weights = f"'{{0, 0, {float(second) / top}, {float(first) / top}}}'"
    return f"(-ts_rank({weights}, {table}.tsv, to_tsquery('simple', CAST({ts} AS TEXT))))"
