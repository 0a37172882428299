"""KPI formulas as data: checks with Russian messages, values from numerator and denominator, the
traffic light against targets and thresholds, the 0–100 scale and the group index."""

from __future__ import annotations

import pytest

from cxdesk.core import kpi_formula as kf


def test_the_five_groups_of_item_64_in_order():
    assert [g for g, _ in kf.GROUPS] == ["а", "б", "в", "г", "д"]
    assert kf.GROUP_TITLES["в"] == "Минимизация усилий граждан и работодателей"


@pytest.mark.parametrize(("kind", "params", "message"), [
    ("share", {"source": "survey", "low": 4, "high": 5}, "код вопроса"),
    ("share", {"source": "survey", "field": "q1", "low": 5, "high": 4}, "больше верхней"),
    ("share", {"source": "survey", "field": "q1", "low": "много", "high": 5}, "должно быть числом"),
    ("nps", {"source": "survey", "field": "q13", "promoters_from": 6, "detractors_to": 7}, "критиков"),
    ("ratio", {"source": "book", "record_kind": "complaint"}, "знаменатель"),
    ("ratio", {"source": "book", "denominator": "visits", "per": 0}, "больше нуля"),
    ("on_time", {"source": "survey"}, "только по обращениям"),
    ("median", {"source": "survey", "field": "q1"}, "Неизвестный вид формулы"),
    ("mean", {"source": "post", "field": "q1"}, "Неизвестный источник"),
])
def test_a_formula_that_cannot_be_computed_says_what_to_fix(kind, params, message):
    with pytest.raises(kf.FormulaError, match=message):
        kf.parse_formula(kind, params)


def test_defaults_and_options_are_filled_in():
    nps = kf.parse_formula("nps", {"source": "survey", "field": "q13"})
    assert (nps.get("promoters_from"), nps.get("detractors_to")) == (9, 6)
    share = kf.parse_formula("share", {"source": "survey", "field": "q4", "options": "Да, полностью | Частично"})
    assert share.get("options") == ("Да, полностью", "Частично")
    assert kf.parse_formula("on_time", {}).source == "appeal"


def test_values_from_numerator_and_denominator():
    share = kf.parse_formula("share", {"source": "survey", "field": "q1", "low": 4, "high": 5})
    mean = kf.parse_formula("mean", {"source": "survey", "field": "q1"})
    ratio = kf.parse_formula("ratio", {"source": "book", "denominator": "visits", "per": 1000})
    assert kf.value_of(share, 6, 9) == pytest.approx(66.6667, abs=1e-3)
    assert kf.value_of(mean, 32, 9) == pytest.approx(3.5556, abs=1e-3)
    assert kf.value_of(ratio, 3, 1500) == pytest.approx(2.0)
    assert kf.value_of(share, 0, 0) is None  # nothing counted: no value, not zero


@pytest.mark.parametrize(("value", "direction", "target", "expected"), [
    (86, "higher", None, "green"),  # thresholds only: green 85, red 75
    (80, "higher", None, "amber"),
    (70, "higher", None, "red"),
    (62, "higher", 60, "green"),  # with a target: met, within the threshold gap (10) below it, worse
    (55, "higher", 60, "amber"),
    (49, "higher", 60, "red"),
    (None, "higher", 60, "none"),
])
def test_traffic_light(value, direction, target, expected):
    assert kf.status(value, direction, target, 85, 75) == expected


def test_traffic_light_when_lower_is_better():
    assert kf.status(1.2, "lower", None, 1.5, 3) == "green"
    assert kf.status(2.0, "lower", None, 1.5, 3) == "amber"
    assert kf.status(3.5, "lower", None, 1.5, 3) == "red"
    assert kf.status(2.0, "lower", 1.0, 1.5, 3) == "amber"  # within 1.5 above the target
    assert kf.status(2.6, "lower", 1.0, 1.5, 3) == "red"
    assert kf.status(2.0, "lower", None, None, None) == "none"


def test_thresholds_must_fit_the_direction():
    kf.check_thresholds("higher", 85, 75)
    with pytest.raises(kf.FormulaError, match="должен быть больше"):
        kf.check_thresholds("higher", 75, 85)
    with pytest.raises(kf.FormulaError, match="должен быть меньше"):
        kf.check_thresholds("lower", 3, 1.5)


def test_normalisation_to_0_100():
    assert kf.normalise(4.0, "mean", "higher") == pytest.approx(75.0)  # 1–5 scale
    assert kf.normalise(20.0, "nps", "higher") == pytest.approx(60.0)  # −100…100
    assert kf.normalise(2.0, "ratio", "lower", (0, 10)) == pytest.approx(80.0)
    assert kf.normalise(120.0, "share", "higher") == 100.0
    assert kf.normalise(None, "share", "higher") is None


def test_group_index_is_the_weighted_mean_of_known_scores():
    assert kf.group_index([(80.0, 1.0), (50.0, 2.0), (None, 5.0)]) == pytest.approx(60.0)
    assert kf.group_index([(None, 1.0)]) is None


def test_values_are_formatted_the_russian_way():
    assert kf.format_value(87.456, "%") == "87,5 %"
    assert kf.format_value(4.321, "балл") == "4,32 балла"
    assert kf.format_value(None, "%") == "—"
