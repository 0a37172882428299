"""What each importable source expects from a file: columns, their Russian header variants, parsing.

Open-source mentions and satisfaction metrics have fixed column sets (headers are matched without
case, ё and punctuation); survey answers are mapped to the questions of a template, by the mapping
saved for it or by matching headers to question texts and codes. Each row becomes the column values
of one register record, or a list of (column, Russian reason) errors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cxdesk.core.tabular import CellError, header_key, parse_date, parse_int, parse_number, text
from cxdesk.services.feedback_surveys import TemplateInfo, answer_value, response_record
from cxdesk.services.feedback_terms import METRIC_TOOLS, VASH_KONTROL_CRITERIA

META = {
    "@date": (
        "дата",
        "дата публикации",
        "дата ответа",
        "дата оценки",
        "date",
        "отметка времени",
        "timestamp",
        "дата заполнения",
    ),
    "@office": ("офис", "код офиса", "цзн", "код цзн", "центр занятости", "office"),
    "@audience": ("аудитория", "респондент", "категория", "audience"),
    "@touchpoint": ("точка контакта", "touchpoint"),
}
AUDIENCE_WORDS = {
    "гражданин": "citizen",
    "граждане": "citizen",
    "citizen": "citizen",
    "соискатель": "citizen",
    "работодатель": "employer",
    "работодатели": "employer",
    "employer": "employer",
}
OPEN_FIELDS = {
    "platform": ("площадка", "источник", "соцсеть", "социальная сеть", "сми", "platform"),
    "url": ("ссылка", "url", "адрес публикации"),
    "author": ("автор", "author"),
    "text": ("текст", "сообщение", "публикация", "комментарий", "text"),
    "reach": ("охват", "просмотры", "reach"),
}
METRIC_FIELDS = {
    "tool": ("инструмент", "система оценки", "tool"),
    "service": ("услуга", "наименование услуги", "service"),
    "comment": ("комментарий", "отзыв", "comment"),
    **{f"c:{code}": (title, code) for code, title in VASH_KONTROL_CRITERIA.items()},
    "c:queue#2": ("время ожидания",),
    "c:staff#2": ("вежливость", "вежливость и компетентность"),
    "c:comfort#2": ("комфортность", "комфортность условий"),
    "c:info#2": ("доступность информации",),
    "c:time#2": ("время предоставления",),
    **{
        f"n:{n}": (f"оценка {n}", f"оценок {n}", f"{n} баллов", f"{n} балла", f"{n} балл")
        for n in range(1, 6)
    },
}

RowResult = tuple[dict | None, list[tuple[str, str]]]


@dataclass
class Spec:
    """How the columns of one file map to fields; ``convert`` turns one row into record values."""

    source: str
    columns: dict[str, int]  # field → column index
    headers: list[str]
    convert: Callable[[dict[str, int], list[object], dict], RowResult]


def match_columns(headers: list[str], fields: dict[str, tuple[str, ...]]) -> dict[str, int]:
    keys = [header_key(h) for h in headers]
    found: dict[str, int] = {}
    for name, aliases in fields.items():
        if name.split("#")[0] in found:
            continue
        wanted = {header_key(a) for a in aliases}
        for i, key in enumerate(keys):
            if key in wanted and i not in found.values():
                found[name.split("#")[0]] = i
                break
    return found


def _cell(row: list[object], columns: dict[str, int], name: str) -> object:
    i = columns.get(name)
    return row[i] if i is not None and i < len(row) else ""


def _meta(columns: dict[str, int], row: list[object], ctx: dict, values: dict, errors: list) -> None:
    try:
        values["received_on"] = parse_date(_cell(row, columns, "@date"))
    except CellError as exc:
        errors.append((ctx["header"](columns.get("@date")), str(exc)))
    office = text(_cell(row, columns, "@office")).upper()
    if office:
        if office not in ctx["offices"]:
            errors.append((ctx["header"](columns["@office"]), f"центр «{office}» не найден в справочнике"))
        values["office_code"] = office
    audience = text(_cell(row, columns, "@audience")).lower()
    if audience:
        if audience not in AUDIENCE_WORDS:
            errors.append((ctx["header"](columns["@audience"]), "аудитория: гражданин или работодатель"))
        else:
            values["audience"] = AUDIENCE_WORDS[audience]


def _open_row(columns: dict[str, int], row: list[object], ctx: dict) -> RowResult:
    values: dict = {}
    errors: list[tuple[str, str]] = []
    _meta(columns, row, ctx, values, errors)
    values["channel"] = text(_cell(row, columns, "platform"))
    values["url"] = text(_cell(row, columns, "url"))[:500]
    values["author"] = text(_cell(row, columns, "author"))[:300]
    values["text"] = str(_cell(row, columns, "text") or "").strip()
    if not values["channel"]:
        errors.append((ctx["header"](columns.get("platform")), "не указана площадка"))
    if not values["text"]:
        errors.append((ctx["header"](columns.get("text")), "пустой текст публикации"))
    raw_reach = _cell(row, columns, "reach")
    if text(raw_reach):
        try:
            values["reach"] = parse_int(raw_reach, 0)
        except CellError as exc:
            errors.append((ctx["header"](columns["reach"]), str(exc)))
    return (None if errors else values), errors


def _metric_row(columns: dict[str, int], row: list[object], ctx: dict) -> RowResult:
    values: dict = {}
    errors: list[tuple[str, str]] = []
    _meta(columns, row, ctx, values, errors)
    tool = text(_cell(row, columns, "tool"))
    by_title = {v.strip("«»").lower(): v for v in METRIC_TOOLS.values()}
    default = METRIC_TOOLS["terminal" if any(k.startswith("n:") for k in columns) else "vash_kontrol"]
    values["channel"] = METRIC_TOOLS.get(tool) or by_title.get(tool.strip("«»").lower()) or tool or default
    ratings: dict[str, float] = {}
    for name, i in columns.items():
        if name.startswith(("c:", "n:")) and text(row[i] if i < len(row) else ""):
            try:
                ratings[name] = parse_number(row[i]) if name.startswith("c:") else parse_int(row[i], 0)
                if name.startswith("c:") and not 1 <= ratings[name] <= 5:
                    raise CellError(f"оценка {text(row[i])} вне шкалы 1–5")
            except CellError as exc:
                errors.append((ctx["header"](i), str(exc)))
    criteria = {k[2:]: v for k, v in ratings.items() if k.startswith("c:")}
    counts = {int(k[2:]): int(v) for k, v in ratings.items() if k.startswith("n:")}
    if not criteria and not sum(counts.values()) and not errors:
        errors.append(("", "в строке нет ни одной оценки"))
    if errors:
        return None, errors
    if counts and sum(counts.values()):
        n = sum(counts.values())
        values["rating"] = round(sum(k * v for k, v in counts.items()) / n, 2)
        values["weight"] = n
        values["ratings"] = {f"n{k}": v for k, v in sorted(counts.items())}
    else:
        values["rating"] = round(sum(criteria.values()) / len(criteria), 2)
        values["ratings"] = criteria
    values["subject"] = text(_cell(row, columns, "service"))[:300]
    values["text"] = str(_cell(row, columns, "comment") or "").strip()
    return values, []


def open_spec(headers: list[str]) -> Spec:
    return Spec("open", match_columns(headers, {**META, **OPEN_FIELDS}), headers, _open_row)


def metric_spec(headers: list[str]) -> Spec:
    return Spec("metric", match_columns(headers, {**META, **METRIC_FIELDS}), headers, _metric_row)


def survey_spec(headers: list[str], template: TemplateInfo, mapping: dict[str, str] | None = None) -> Spec:
    """Columns by the given or saved mapping (header → question code or @meta), else by matching texts."""
    mapping = mapping if mapping is not None else template.column_mapping
    columns: dict[str, int] = {}
    if mapping:
        keyed = {header_key(h): target for h, target in mapping.items()}
        for i, h in enumerate(headers):
            target = keyed.get(header_key(h))
            if target:
                columns[target] = i
    else:
        fields = {**META, **{q["code"]: (q["text"], q["code"]) for q in template.questions}}
        columns = match_columns(headers, fields)
    questions = {q["code"]: q for q in template.questions}

    def convert(cols: dict[str, int], row: list[object], ctx: dict) -> RowResult:
        values: dict = {}
        errors: list[tuple[str, str]] = []
        _meta(cols, row, ctx, values, errors)
        answers = {}
        for code, i in cols.items():
            if code in questions:
                try:
                    answers[code] = answer_value(questions[code], row[i] if i < len(row) else "")
                except CellError as exc:
                    errors.append((ctx["header"](i), str(exc)))
        if not errors and not any(v not in (None, "", []) for v in answers.values()):
            errors.append(("", "в строке нет ни одного ответа"))
        if errors:
            return None, errors
        record = response_record(template, answers)
        record.update(values)
        record["channel"] = "online"
        return record, []

    return Spec("survey", columns, headers, convert)


def missing_columns(spec: Spec) -> list[str]:
    """Russian names of the columns without which no row can be imported."""
    need = {"@date": "Дата"}
    if spec.source == "open":
        need.update(platform="Площадка", text="Текст")
    missing = [title for name, title in need.items() if name not in spec.columns]
    if spec.source == "metric" and not any(k.startswith(("c:", "n:")) for k in spec.columns):
        missing.append("оценки по критериям («Время ожидания в очереди» …) или «Оценка 5» … «Оценка 1»")
    if spec.source == "survey" and not any(not k.startswith("@") for k in spec.columns):
        missing.append("ответы на вопросы анкеты (заголовки столбцов — тексты или коды вопросов)")
    return missing
