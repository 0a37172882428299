"""The KPI catalogue: the default one (≥ 20 indicators, four per group, built from the real question
codes of the reference questionnaires), validation with Russian messages, regional indicators,
the archive, and the live preview of a draft formula."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace

import pytest

from cxdesk import paths
from cxdesk.core.periods import Period
from cxdesk.services import audit, kpi_catalogue, kpi_targets
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.roles import Role

CX = Actor("cx", "Орлова Мария Петровна", Role.CX_SPECIALIST)


def _questions() -> dict[str, dict]:
    codes = {}
    for name in ("questionnaire_citizen.json", "questionnaire_employer.json"):
        doc = json.loads((paths.resources_dir() / "reference" / name).read_text(encoding="utf-8"))
        codes.update({q["code"]: {**q, "audience": doc["audience"]} for q in doc["questions"]})
    return codes


def test_the_default_catalogue_covers_the_five_groups_from_real_questions(db):
    items = kpi_catalogue.list_indicators(db)
    groups = Counter(i.data.group for i in items)
    assert len(items) >= 20 and set(groups) == set("абвгд") and min(groups.values()) >= 4
    questions = _questions()
    kinds = {i.data.kind for i in items}
    assert {"share", "mean", "nps", "effort", "ratio", "on_time"} <= kinds
    for i in items:
        kpi_catalogue.validate(i.data)  # every default formula is valid
        p = i.data.params
        if p.get("source") == "survey":
            q = questions[p["field"]]
            assert q["audience"] == i.data.audience, i.code
            for option in p.get("options", []):
                assert option in q["options"], (i.code, option)
    assert {i.data.audience for i in items} == {"citizen", "employer", "all"}
    assert not any(i.data.additional for i in items)


@pytest.mark.parametrize(("change", "message"), [
    ({"code": "Б-1"}, "латинские строчные"),
    ({"name": "  "}, "наименование"),
    ({"group": "е"}, "группу"),
    ({"green": 70.0, "red": 85.0}, "должен быть больше"),
    ({"params": {"source": "survey"}}, "код вопроса"),
    ({"green": float("nan")}, "укажите число"),
])
def test_validation_says_what_to_correct_and_nothing_is_saved(db, change, message):
    base = kpi_catalogue.list_indicators(db)[0].data
    with pytest.raises(ValidationError, match=message) as error:
        kpi_catalogue.save_indicator(db, CX, replace(base, **{"code": "x_new", **change}))
    assert "не сохранён" in error.value.message
    assert "x_new" not in {i.code for i in kpi_catalogue.list_indicators(db, include_archived=True)}


def test_a_regional_indicator_is_added_archived_and_restored(db):
    data = kpi_catalogue.IndicatorData(
        code="reg_disabled_comfort", name="Доступность помещения для маломобильных граждан", group="д",
        audience="citizen", kind="mean", params={"source": "survey", "field": "q10"}, unit="балл",
        green=4.5, red=4.0, additional=True)
    info = kpi_catalogue.save_indicator(db, CX, data)
    assert info.data.additional and info.group_title == "Внешний комфорт и удобство"
    with pytest.raises(ValidationError, match="уже есть"):
        kpi_catalogue.save_indicator(db, CX, replace(data, name="Другое"))
    kpi_catalogue.set_archived(db, CX, "reg_disabled_comfort", True)
    assert "reg_disabled_comfort" not in {i.code for i in kpi_catalogue.list_indicators(db)}
    kpi_catalogue.set_archived(db, CX, "reg_disabled_comfort", False)
    assert "reg_disabled_comfort" in {i.code for i in kpi_catalogue.list_indicators(db)}
    actions = [e.action for e in audit.recent(db, Actor("admin", "Администратор", Role.ADMIN), 10)]
    assert {"kpi.indicator_create", "kpi.indicator_archive", "kpi.indicator_restore"} <= set(actions)


def test_the_code_of_an_indicator_with_targets_stays(db):
    info = kpi_catalogue.list_indicators(db)[0]
    kpi_targets.set_target(db, CX, info.code, 2026, 90)
    with pytest.raises(ValidationError, match="код менять нельзя"):
        kpi_catalogue.save_indicator(db, CX, replace(info.data, code="renamed"), info.id)


def test_preview_shows_a_draft_value_or_why_there_is_none(db):
    data = kpi_catalogue.list_indicators(db)[0].data
    empty = kpi_catalogue.preview(db, data, Period.parse("2026Q2"))
    assert empty.value is None and "Нет данных" in empty.text
    broken = kpi_catalogue.preview(db, replace(data, params={"source": "survey"}), Period.parse("2026Q2"))
    assert broken.value is None and "код вопроса" in broken.text


def test_answer_fields_offer_question_codes_and_metric_criteria(db):
    fields = {(f.source, f.code) for f in kpi_catalogue.answer_fields(db)}
    assert {("survey", "q1"), ("survey", "e10"), ("metric", "staff"), ("survey", "rating")} <= fields
    assert ("survey", "q14") not in fields  # free text cannot be counted
