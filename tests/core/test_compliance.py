"""The pure rules of the compliance self-audit: statuses, minimums, the five sources, completeness."""

from __future__ import annotations

from cxdesk.core import compliance as rules
from cxdesk.core.compliance import MET, NO_DATA, NOT_MET, Check


def test_the_catalogue_names_every_requirement_once_in_order():
    assert tuple(f"R{n}" for n in range(1, 19)) == rules.REQUIREMENT_IDS
    for req in rules.REQUIREMENTS:
        assert req.title and req.rule and req.item and req.area
        assert "■" not in req.title + req.rule


def test_status_of_and_minimum():
    assert rules.status_of(True) == MET
    assert rules.status_of(False) == NOT_MET
    assert rules.status_of(None) == NO_DATA
    assert rules.at_least(9, 10) == NOT_MET
    assert rules.at_least(10, 10) == MET
    assert rules.at_least(None, 10) == NO_DATA


def test_missing_sources_in_the_order_of_the_standard():
    assert rules.missing_sources({"book": 3, "appeal": 0, "survey": 1}) == ["appeal", "open", "metric"]
    assert rules.missing_sources(dict.fromkeys(rules.SOURCES, 1)) == []


def test_the_self_audit_is_complete_only_when_no_requirement_lacks_data():
    checks = [Check("R1", MET, ""), Check("R2", NOT_MET, "")]
    assert rules.completeness(checks) == MET
    assert rules.completeness([*checks, Check("R9", NO_DATA, "")]) == NO_DATA
    assert rules.overall([*checks, Check("R9", NO_DATA, "")]) == {MET: 1, NOT_MET: 1, NO_DATA: 1}


def test_russian_plural_forms():
    forms = ("профиль", "профиля", "профилей")
    assert [rules.plural(n, *forms) for n in (1, 3, 10, 11, 21, 22, 112)] == [
        "профиль", "профиля", "профилей", "профилей", "профиль", "профиля", "профилей"]


def test_evidence_reads_as_russian_words():
    text = rules.evidence_text({"records": {"book": 2, "open": 0}, "period": "2026Q2", "scope": "REGION",
                                "published_at": None})
    assert text == ("записей по источникам: книга жалоб и предложений: 2; открытые источники: 0; "
                    "квартал: II квартал 2026 г.; центр или регион: весь регион; опубликован: —")


def test_a_check_as_json_names_its_requirement_and_screen():
    data = Check("R16", NOT_MET, "мероприятий за квартал: 0", {"events": 0}).as_dict()
    assert data["id"] == "R16" and data["status"] == "not_met" and data["area"] == "events"
    assert data["title"].startswith("Мероприятия") and data["evidence"] == {"events": 0}
