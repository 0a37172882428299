"""Imports that survive real files: every format and encoding, row errors before anything is written,
dry run, all-or-nothing and valid-only modes, no duplicates on a second import, and a failure half-way
leaving the database exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesk.services import feedback_imports as imp
from cxdesk.services import feedback_register as reg
from cxdesk.services import feedback_surveys as surveys
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.roles import Role
from tests import backends

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def cx() -> Actor:
    return Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)


def _counts(db) -> dict[str, int]:
    counts = backends.row_counts(db)
    return {
        t: counts[t]
        for t in (
            "feedback_record",
            "change_log",
            "audit_log",
            "feedback_search_key",
            "feedback_fts",
            "feedback_import",
        )
    }


@pytest.mark.parametrize("name", ["feedback_open_cp1251.csv", "feedback_open_utf8bom_comma.csv"])
def test_open_sources_csv_in_any_encoding(db, cx, name):
    result = imp.import_file(db, cx, "open", FIXTURES / name)
    assert (result.rows_total, result.imported, result.failed) == (4, 4, 0)
    rows = reg.register_rows(db, cx, reg.register_ids(db, cx, reg.RegisterFilter(sources=("open",))))
    by_platform = {r["channel"]: r for r in rows.values()}
    assert set(by_platform) == {"ВКонтакте", "Telegram", "Одноклассники", "Местные СМИ"}
    assert "phone" in by_platform["Одноклассники"]["topics"]
    assert by_platform["Telegram"]["sentiment"] == "positive"
    assert reg.register_ids(db, cx, reg.RegisterFilter(search="очереди окно")) != []


@pytest.mark.parametrize("name", ["feedback_metric_vash_kontrol.csv", "feedback_metric_vash_kontrol.xlsx"])
def test_vash_kontrol_ratings_csv_and_xlsx(db, cx, name):
    result = imp.import_file(db, cx, "metric", FIXTURES / name)
    assert result.imported == 3 and not result.errors
    ids = reg.register_ids(db, cx, reg.RegisterFilter(), "received_on", False)
    rows = reg.register_rows(db, cx, ids)
    assert [rows[i]["rating"] for i in ids] == [4.7, 3.1, 5.0]  # decimal commas read


def test_rating_terminal_counts(db, cx):
    result = imp.import_file(db, cx, "metric", FIXTURES / "feedback_metric_terminal.csv")
    assert result.imported == 2
    ids = reg.register_ids(db, cx, reg.RegisterFilter(), "received_on", False)
    rows = [reg.register_rows(db, cx, ids)[i] for i in ids]
    assert rows[0]["rating"] == round((5 * 120 + 4 * 30 + 3 * 10 + 2 * 5 + 3) / 168, 2)
    assert rows[0]["channel"] == "Терминал оценки"


@pytest.mark.parametrize("name", ["feedback_survey_citizen.xlsx", "feedback_survey_citizen.csv"])
def test_survey_answers_with_a_saved_column_mapping(db, cx, name, tmp_path):
    preview = imp.preview_import(db, cx, "survey", FIXTURES / name, "ref-citizen")
    assert preview.errors == [] and preview.rows_valid == 3
    assert preview.columns["@date"] == "Отметка времени" and len(preview.columns) == 15
    imp.commit_import(db, cx, preview, "all")
    rows = reg.register_rows(db, cx, reg.register_ids(db, cx, reg.RegisterFilter(sources=("survey",))))
    assert sorted(r["rating"] for r in rows.values()) == [2.33, 4.17, 4.5]  # mean of the six 1–5 scales
    # a renamed export: the mapping saved for the template is used
    surveys.save_mapping(db, cx, "ref-citizen", {"Когда": "@date", "Доброжелательность": "q1", "NPS": "q13"})
    path = tmp_path / "renamed-export.csv"
    path.write_text("Когда;Доброжелательность;NPS\n20.05.2025;5;10\n21.05.2025;6;7\n", encoding="utf-8")
    renamed = imp.preview_import(db, cx, "survey", path, "ref-citizen")
    assert renamed.rows_valid == 1
    assert [(e.row, e.column) for e in renamed.errors] == [(3, "Доброжелательность")]


def test_preview_lists_every_row_error_and_writes_nothing(db, cx, tmp_path):
    before = _counts(db)
    preview = imp.preview_import(db, cx, "open", FIXTURES / "feedback_open_errors.csv")
    assert _counts(db) == before
    assert [(e.row, e.column, e.reason) for e in preview.errors] == [
        (4, "Дата", "«31.02.2025» — не дата (ожидается ДД.ММ.ГГГГ)"),
        (4, "Площадка", "не указана площадка"),
        (4, "Текст", "пустой текст публикации"),
        (5, "Охват", "«много» — не число"),
    ]
    assert preview.rows_valid == 2 and preview.rows_failed == 2
    report = imp.write_error_report(preview.errors, tmp_path / "ошибки.csv")
    assert (
        report.read_text(encoding="utf-8-sig").splitlines()[1]
        == "4;Дата;«31.02.2025» — не дата (ожидается ДД.ММ.ГГГГ)"
    )


def test_all_or_nothing_refuses_and_valid_only_writes_the_valid_rows(db, cx):
    before = _counts(db)
    preview = imp.preview_import(db, cx, "open", FIXTURES / "feedback_open_errors.csv")
    with pytest.raises(ValidationError, match="ничего не импортировано"):
        imp.commit_import(db, cx, preview, "all")
    assert _counts(db) == before
    result = imp.commit_import(db, cx, preview, "valid")
    assert result.imported == 2
    after = _counts(db)
    assert after["feedback_record"] == 2 and after["change_log"] == before["change_log"] + 2
    assert after["feedback_fts"] == 2 and after["feedback_import"] == 1


def test_dry_run_and_duplicates(db, cx):
    before = _counts(db)
    dry = imp.import_file(db, cx, "open", FIXTURES / "feedback_open_cp1251.csv", dry_run=True)
    assert dry.dry_run and dry.imported == 4 and _counts(db) == before
    first = imp.import_file(db, cx, "open", FIXTURES / "feedback_open_cp1251.csv")
    again = imp.import_file(db, cx, "open", FIXTURES / "feedback_open_utf8bom_comma.csv")
    assert (first.imported, again.imported, again.duplicates) == (4, 0, 4)
    assert reg.register_count(db, cx, reg.RegisterFilter()) == 4


def test_identical_rows_in_one_file_are_kept_but_not_reimported(db, cx, tmp_path):
    path = tmp_path / "same.csv"
    path.write_text("Дата;Площадка;Текст\n01.03.2025;VK;Очередь\n01.03.2025;VK;Очередь\n", encoding="utf-8")
    assert imp.import_file(db, cx, "open", path).imported == 2
    assert imp.import_file(db, cx, "open", path).duplicates == 2


def test_a_failure_half_way_leaves_the_database_as_it_was(db, cx, monkeypatch):
    imp.import_file(db, cx, "open", FIXTURES / "feedback_open_cp1251.csv")
    before = _counts(db)
    snapshot = backends.dump(db)

    from cxdesk.store import feedback_fts

    def broken(*args, **kwargs):
        raise RuntimeError("диск переполнен")

    monkeypatch.setattr(feedback_fts, "insert_new", broken)
    with pytest.raises(RuntimeError):
        imp.import_file(db, cx, "metric", FIXTURES / "feedback_metric_vash_kontrol.csv")
    assert _counts(db) == before
    assert backends.dump(db) == snapshot


def test_missing_columns_and_unknown_files(db, cx, tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("Фамилия;Имя\nИванов;Иван\n", encoding="utf-8")
    preview = imp.preview_import(db, cx, "open", path)
    assert preview.errors[0].row == 1 and "Дата" in preview.errors[0].reason
    with pytest.raises(ValidationError, match="ничего не импортировано"):
        imp.commit_import(db, cx, preview, "valid")
    with pytest.raises(ValidationError, match="укажите анкету"):
        imp.import_file(db, cx, "survey", FIXTURES / "feedback_survey_citizen.csv")
    with pytest.raises(ValidationError, match="не найден"):
        imp.import_file(db, cx, "open", tmp_path / "нет.csv")
