"""Imports of CSV/XLSX files into the register: preview with every row error, then one transaction.

:func:`preview_import` reads the file, checks every row and finds duplicates (each row has a
content key stored in ``import_key``; the same file imported twice adds nothing) without writing.
:func:`commit_import` writes in one transaction either all rows (refused if any row has an error)
or the valid rows only; a failure rolls everything back, so the database stays as it was.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from cxdesk.core.tabular import RawTable, TableReadError, read_table, text
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.feedback_analysis import Analyser, topics_value
from cxdesk.services.feedback_import_specs import Spec, metric_spec, missing_columns, open_spec, survey_spec
from cxdesk.services.feedback_surveys import get_template
from cxdesk.services.feedback_terms import INITIAL_STATUS
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store import feedback_fts
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackImport, FeedbackRecord
from cxdesk.store.feedback_bulk import insert_records
from cxdesk.store.models import Office

IMPORT_SOURCES = {
    "open": "упоминания в открытых источниках",
    "survey": "ответы на анкеты",
    "metric": "метрики удовлетворённости",
}
MODES = ("all", "valid")
ANALYSE_TEXT_ONLY = ("survey", "metric")  # their subject is a questionnaire or service name, not feedback


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str


@dataclass
class ImportPreview:
    source: str
    template: str
    filename: str
    file_sha256: str
    encoding: str
    delimiter: str
    headers: list[str]
    columns: dict[str, str]  # field → header used
    rows_total: int
    errors: list[RowError] = field(default_factory=list)
    duplicates: int = 0
    valid: list[dict] = field(repr=False, default_factory=list)

    @property
    def rows_valid(self) -> int:
        return len(self.valid)

    @property
    def rows_failed(self) -> int:
        return len({e.row for e in self.errors})


@dataclass(frozen=True)
class ImportResult:
    source: str
    filename: str
    rows_total: int
    imported: int
    duplicates: int
    failed: int
    errors: list[RowError]
    dry_run: bool
    mode: str


def _key(source: str, template: str, row: list[object], seen: dict[str, int]) -> str:
    content = "\x1f".join([source, template, *(c if isinstance(c, str) else text(c) for c in row)])
    seen[content] = seen.get(content, 0) + 1
    return hashlib.sha256(f"{content}#{seen[content]}".encode()).hexdigest()


def _spec(
    db: Database, actor: Actor, source: str, headers: list[str], template: str | None, mapping: dict | None
) -> tuple[Spec, str]:
    if source == "open":
        return open_spec(headers), ""
    if source == "metric":
        return metric_spec(headers), ""
    if source == "survey":
        if not template:
            raise ValidationError(
                "Для импорта ответов укажите анкету (--template КОД). Ничего не импортировано."
            )
        info = get_template(db, actor, template)
        return survey_spec(headers, info, mapping), info.code
    raise ValidationError(f"Импорт источника «{source}» не предусмотрен: {', '.join(IMPORT_SOURCES)}.")


def _existing_keys(db: Database, keys: list[str]) -> set[str]:
    found: set[str] = set()
    with db.uow() as uow:
        for i in range(0, len(keys), 500):
            found.update(
                uow.session.scalars(
                    select(FeedbackRecord.import_key).where(FeedbackRecord.import_key.in_(keys[i : i + 500]))
                )
            )
    return found


def preview_table(
    db: Database,
    actor: Actor,
    source: str,
    table: RawTable,
    filename: str,
    digest: str,
    template: str | None = None,
    mapping: dict | None = None,
) -> ImportPreview:
    require(db, actor, Action.FEEDBACK_ENTER)
    spec, template_code = _spec(db, actor, source, table.headers, template, mapping)
    preview = ImportPreview(
        source,
        template_code,
        filename,
        digest,
        table.encoding,
        table.delimiter,
        table.headers,
        {k: table.headers[i] for k, i in spec.columns.items()},
        len(table.rows),
    )
    missing = missing_columns(spec)
    if missing:
        preview.errors.append(RowError(1, "", "в файле нет столбцов: " + "; ".join(missing)))
        return preview
    with db.uow() as uow:
        offices = set(uow.session.scalars(select(Office.code)))
    ctx = {"offices": offices, "header": lambda i: table.headers[i] if i is not None else ""}
    seen: dict[str, int] = {}
    candidates = []
    for number, row in table.rows:
        values, errors = spec.convert(spec.columns, row, ctx)
        if errors:
            preview.errors.extend(RowError(number, col, reason) for col, reason in errors)
            continue
        values["import_key"] = _key(source, template_code, row, seen)
        values["_row"] = number
        candidates.append(values)
    existing = _existing_keys(db, [v["import_key"] for v in candidates])
    preview.valid = [v for v in candidates if v["import_key"] not in existing]
    preview.duplicates = len(candidates) - len(preview.valid)
    return preview


def preview_import(
    db: Database,
    actor: Actor,
    source: str,
    path: Path,
    template: str | None = None,
    mapping: dict | None = None,
) -> ImportPreview:
    """Read and check the whole file without writing anything."""
    path = Path(path)
    try:
        table = read_table(path)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except TableReadError as exc:
        raise ValidationError(f"Файл {path.name} не прочитан: {exc} Ничего не импортировано.") from exc
    return preview_table(db, actor, source, table, path.name, digest, template, mapping)


def commit_import(db: Database, actor: Actor, preview: ImportPreview, mode: str = "all") -> ImportResult:
    """Write the previewed rows in one transaction (``all``: only if no row has an error)."""
    require(db, actor, Action.FEEDBACK_ENTER)
    if mode not in MODES:
        raise ValidationError("Режим импорта: all (всё или ничего) или valid (только верные строки).")
    if preview.errors and (mode == "all" or any(e.row == 1 for e in preview.errors)):
        raise ValidationError(
            f"В файле {preview.filename} есть ошибки в {preview.rows_failed} строках; ничего не импортировано. "
            "Исправьте файл или выберите импорт только верных строк."
        )
    analyser = Analyser(db)
    rows, bodies = [], []
    indexed: dict[str, str] = {}  # full-text bodies of texts already seen in this file
    subject_counts = preview.source not in ANALYSE_TEXT_ONLY
    fixed = {"source": preview.source, "status": INITIAL_STATUS[preview.source], "created_by": actor.login}
    for values in preview.valid:
        record = {"office_code": db.office_code, **values, **fixed}
        del record["_row"]
        if isinstance(record.get("ratings"), dict):
            record["ratings"] = json.dumps(record["ratings"], ensure_ascii=False, sort_keys=True)
        body = record.get("text", "")
        if body or (subject_counts and record.get("subject")):
            result = analyser(record.get("subject", "") if subject_counts else "", body, record.get("rating"))
            record["topics"], record["sentiment"] = topics_value(result.topics), result.sentiment
            record["sentiment_score"] = result.score
        elif record.get("rating") is not None:
            r = record["rating"]
            record["sentiment"] = "positive" if r >= 4 else "negative" if r <= 2.5 else "neutral"
        rows.append(record)
        if body:
            key = f"{body}\x1f{record.get('channel', '')}"
            if key not in indexed:
                indexed[key] = feedback_fts.body(body, record.get("channel", ""))
            bodies.append(indexed[key])
        else:
            bodies.append("")
    with db.uow() as uow:
        insert_records(uow.session, rows, bodies)
        log = FeedbackImport(
            source=preview.source,
            template=preview.template,
            filename=preview.filename,
            file_sha256=preview.file_sha256,
            rows_total=preview.rows_total,
            rows_imported=len(rows),
            rows_duplicate=preview.duplicates,
            rows_failed=preview.rows_failed,
            actor=actor.login,
        )
        uow.session.add(log)
        uow.session.flush()
        audit.append(
            uow.session,
            actor,
            f"feedback.import.{preview.source}",
            office=db.office_code,
            entity="feedback_import",
            record_id=log.id,
            details={
                "file": preview.filename,
                "imported": len(rows),
                "duplicates": preview.duplicates,
                "failed": preview.rows_failed,
                "mode": mode,
            },
        )
        uow.commit()
    return summarise(preview, len(rows), False, mode)


def summarise(preview: ImportPreview, imported: int, dry_run: bool, mode: str) -> ImportResult:
    return ImportResult(
        preview.source,
        preview.filename,
        preview.rows_total,
        imported,
        preview.duplicates,
        preview.rows_failed,
        list(preview.errors),
        dry_run,
        mode,
    )


def import_file(
    db: Database,
    actor: Actor,
    source: str,
    path: Path,
    *,
    template: str | None = None,
    mode: str = "all",
    dry_run: bool = False,
) -> ImportResult:
    """Preview and, unless ``dry_run``, commit: the headless path of ``cxdesk import``."""
    preview = preview_import(db, actor, source, path, template)
    if dry_run:
        return summarise(
            preview, preview.rows_valid if (mode == "valid" or not preview.errors) else 0, True, mode
        )
    return commit_import(db, actor, preview, mode)


def write_error_report(errors: list[RowError], path: Path) -> Path:
    """The row errors as a CSV that Excel opens (UTF-8 with BOM, «;»)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Строка", "Столбец", "Ошибка"])
        for e in errors:
            writer.writerow([e.row, e.column, e.reason])
    return path


@dataclass
class ColumnsPreview:
    """The columns of a survey file, its first rows and the proposed mapping (header → code or @meta):
    the mapping saved for the template when it fits this file's columns, else headers matched to texts."""

    headers: list[str]
    rows: list[list[object]]
    mapping: dict[str, str]
    saved: bool  # the proposal comes from the mapping saved for the template


def survey_columns(db: Database, actor: Actor, path: Path, template: str, rows: int = 5) -> ColumnsPreview:
    require(db, actor, Action.FEEDBACK_ENTER)
    try:
        table = read_table(Path(path))
    except TableReadError as exc:
        raise ValidationError(f"Файл {Path(path).name} не прочитан: {exc} Ничего не импортировано.") from exc
    info = get_template(db, actor, template)
    spec = survey_spec(table.headers, info)
    saved = bool(info.column_mapping) and any(not k.startswith("@") for k in spec.columns)
    if not saved:
        spec = survey_spec(table.headers, info, {})
    mapping = {table.headers[i]: target for target, i in spec.columns.items()}
    return ColumnsPreview(table.headers, [row for _n, row in table.rows[:rows]], mapping, saved)
