"""The journey document: edits, their inverses, constraints of the touchpoint and emotion lanes."""

from __future__ import annotations

import pytest

from cxdesk.core.journey import DocumentError, JourneyDocument, LaneKind


def _doc() -> JourneyDocument:
    doc = JourneyDocument.new("Подбор вакансий", stages=["Поиск", "Отклик", "Собеседование"])
    actions = doc.lane_of_kind(LaneKind.ACTIONS)
    for stage in doc.stages:
        doc.add_card(actions.id, stage.id, f"Действие: {stage.name}")
    doc.add_card(doc.lane_of_kind(LaneKind.TOUCHPOINTS).id, doc.stages[0].id, "Портал", channel="Портал")
    return doc


def test_new_document_has_the_required_lanes():
    doc = JourneyDocument.new("Маршрут")
    kinds = [ln.kind for ln in doc.lanes]
    for kind in ("actions", "touchpoints", "channels", "emotions", "pains", "opportunities", "backoffice",
                 "responsible", "kpi"):
        assert kind in kinds


def test_move_card_reorders_and_returns_the_old_place():
    doc = _doc()
    lane = doc.lane_of_kind(LaneKind.ACTIONS)
    first, second = doc.stages[0], doc.stages[1]
    card = doc.cell(lane.id, first.id)[0]
    old = doc.move_card(card.id, lane.id, second.id, 0)
    assert old == (lane.id, first.id, 0)
    assert [c.id for c in doc.cell(lane.id, second.id)][0] == card.id
    assert [c.position for c in doc.cell(lane.id, second.id)] == [0, 1]
    assert doc.cell(lane.id, first.id) == []
    doc.move_card(card.id, *old)
    assert doc.to_dict() == _same_as(doc)


def _same_as(doc):
    return JourneyDocument.from_dict(doc.to_dict()).to_dict()


def test_touchpoints_stay_in_their_lane_and_emotions_take_no_cards():
    doc = _doc()
    tp = doc.touchpoints()[0]
    with pytest.raises(DocumentError):
        doc.move_card(tp.id, doc.lane_of_kind(LaneKind.PAINS).id, doc.stages[0].id, 0)
    with pytest.raises(DocumentError):
        doc.add_card(doc.lane_of_kind(LaneKind.EMOTIONS).id, doc.stages[0].id, "радость")
    with pytest.raises(DocumentError):
        doc.remove_lane(doc.lane_of_kind(LaneKind.TOUCHPOINTS).id)


def test_remove_and_restore_stage_brings_back_its_cards():
    doc = _doc()
    before = doc.to_dict()
    removed = doc.remove_stage(doc.stages[0].id)
    assert len(doc.stages) == 2 and all(c.stage_id != removed.stage.id for c in doc.cards.values())
    doc.restore_stage(removed)
    assert doc.to_dict() == before


def test_emotion_is_clamped_to_the_scale():
    doc = _doc()
    doc.set_emotion(doc.stages[0].id, 7)
    doc.set_emotion(doc.stages[1].id, -3.333)
    assert doc.stages[0].emotion == 2.0 and doc.stages[1].emotion == -2.0


def test_duplicate_has_fresh_ids_and_the_same_content():
    doc = _doc()
    copy = doc.duplicate("Подбор вакансий — как должно быть", "to_be")
    assert copy.id != doc.id and copy.version_label == "to_be"
    assert not {c.id for c in copy.cards.values()} & set(doc.cards)
    assert [s.name for s in copy.stages] == [s.name for s in doc.stages]
    texts = sorted(c.text for c in copy.cards.values())
    assert texts == sorted(c.text for c in doc.cards.values())
    for card in copy.cards.values():
        copy.stage(card.stage_id)
        copy.lane(card.lane_id)


def test_listeners_hear_every_edit():
    doc = _doc()
    heard = []
    doc.subscribe(lambda what, item: heard.append(what))
    doc.rename_stage(doc.stages[0].id, "Поиск работы")
    doc.set_emotion(doc.stages[0].id, 1)
    doc.add_lane("Документы")
    assert heard == ["stage", "emotion", "lanes"]
