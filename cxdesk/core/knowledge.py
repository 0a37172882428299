"""Pure rules of the knowledge base and the competency events: kinds, statuses and the workflow
(черновик → на рассмотрении → опубликовано → в архиве), tags, readable revision diffs, quarters.

No SQLAlchemy and no Qt here: services ask :func:`transition_allowed` who may move an article
where, and :func:`diff_lines` turns two revisions' Markdown into a line diff a person can read.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date

from cxdesk.core.text import normalise

KINDS: dict[str, str] = {
    "practice": "Успешная практика",
    "info": "Информационный материал",
    "solution": "Решение",
    "regulation": "Регламент",
    "template": "Шаблон документа",
}

DRAFT, REVIEW, PUBLISHED, ARCHIVED = "draft", "review", "published", "archived"
STATUSES: dict[str, str] = {
    DRAFT: "Черновик",
    REVIEW: "На рассмотрении",
    PUBLISHED: "Опубликовано",
    ARCHIVED: "В архиве",
}

# (from, to) -> who may do it: "author" (the author or an editor) or "editor" (publish right only)
TRANSITIONS: dict[tuple[str, str], str] = {
    (DRAFT, REVIEW): "author",
    (REVIEW, DRAFT): "author",  # the author takes it back, or an editor returns it for rework
    (DRAFT, PUBLISHED): "editor",
    (REVIEW, PUBLISHED): "editor",
    (PUBLISHED, ARCHIVED): "editor",
    (ARCHIVED, PUBLISHED): "editor",
    (PUBLISHED, DRAFT): "editor",  # withdraw for rework
}

LINK_KINDS: dict[str, str] = {"journey": "Клиентский маршрут", "problem": "Проблема", "initiative": "Инициатива"}

EVENT_KINDS: dict[str, str] = {
    "business_game": "Деловая игра",
    "contest": "Конкурс",
    "express_meeting": "Экспресс-встреча",
    "work_session": "Рабочая сессия",
    "festival": "Фестиваль",
    "training": "Обучение",
    "webinar": "Вебинар",
}
EVENT_FORMATS: dict[str, str] = {"online": "Онлайн", "offline": "Офлайн"}

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def transition_allowed(current: str, target: str, *, is_author: bool, is_editor: bool) -> bool:
    who = TRANSITIONS.get((current, target))
    if who is None:
        return False
    if who == "editor":
        return is_editor
    return is_author or is_editor


def clean_tags(raw: str | list[str]) -> list[str]:
    """Tags as typed (comma or semicolon separated): trimmed, lower case, ё → е, no repeats, in order."""
    parts = raw if isinstance(raw, list) else raw.replace(";", ",").split(",")
    seen: list[str] = []
    for part in parts:
        tag = " ".join(normalise(part).split())[:60]
        if tag and tag not in seen:
            seen.append(tag)
    return seen


def tags_value(tags: list[str]) -> str:
    """Stored form «|тег1|тег2|»: a tag filter is then a portable ``LIKE '%|тег|%'``."""
    return "|" + "|".join(tags) + "|" if tags else ""


def tags_list(value: str) -> list[str]:
    return [t for t in (value or "").split("|") if t]


@dataclass(frozen=True)
class DiffLine:
    op: str  # " " same, "+" added, "-" removed
    text: str


def diff_lines(old: str, new: str, *, context: int = 2) -> list[DiffLine]:
    """A line diff of two Markdown bodies with ``context`` unchanged lines around each change
    (a line ``…`` stands for the unchanged lines left out)."""
    a, b = old.splitlines(), new.splitlines()
    result: list[DiffLine] = []
    for group in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_grouped_opcodes(context):
        if result:
            result.append(DiffLine(" ", "…"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                result += [DiffLine(" ", line) for line in a[i1:i2]]
                continue
            if tag in ("replace", "delete"):
                result += [DiffLine("-", line) for line in a[i1:i2]]
            if tag in ("replace", "insert"):
                result += [DiffLine("+", line) for line in b[j1:j2]]
    return result


def field_changes(old: dict[str, str], new: dict[str, str]) -> list[tuple[str, str, str]]:
    """(field, old, new) for the short fields that differ (title, kind, tags …)."""
    return [(k, old.get(k, ""), new.get(k, "")) for k in new if old.get(k, "") != new.get(k, "")]


# --- quarters --------------------------------------------------------------------------------

def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First day of the quarter and first day of the next one (half-open interval)."""
    if not 1 <= quarter <= 4:
        raise ValueError(quarter)
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return start, end


def quarters_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    result = []
    year, quarter = first
    while (year, quarter) <= last:
        result.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return result


def quarter_title(year: int, quarter: int) -> str:
    return f"{['I', 'II', 'III', 'IV'][quarter - 1]} кв. {year}"
