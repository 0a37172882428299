"""Comparison of «как есть» and «как должно быть»: stages and cards added, removed and changed."""

from __future__ import annotations

from cxdesk.core.journey import JourneyDocument, LaneKind
from cxdesk.core.journey_diff import ADDED, CHANGED, REMOVED, diff_documents


def _maps():
    as_is = JourneyDocument.new("Подбор вакансий", stages=["Поиск", "Запись", "Приём"])
    actions = as_is.lane_of_kind(LaneKind.ACTIONS)
    pains = as_is.lane_of_kind(LaneKind.PAINS)
    search, booking, visit = as_is.stages
    as_is.add_card(actions.id, search.id, "Ищет вакансии")
    as_is.add_card(pains.id, booking.id, "Нет свободного времени")
    as_is.add_card(pains.id, visit.id, "Очередь в зале")
    to_be = as_is.duplicate("Подбор вакансий (как должно быть)", "to_be")
    return as_is, to_be


def test_an_unchanged_copy_has_no_differences():
    as_is, to_be = _maps()
    diff = diff_documents(as_is, to_be)
    assert diff.empty and diff.cards == {ADDED: 0, REMOVED: 0, CHANGED: 0}


def test_added_removed_and_changed_are_marked_on_their_side():
    as_is, to_be = _maps()
    pains = to_be.lane_of_kind(LaneKind.PAINS)
    booking = to_be.stages[1]
    edited = to_be.cell(pains.id, booking.id)[0]
    to_be.set_card_text(edited.id, "Решено: запись онлайн")
    gone = to_be.cell(pains.id, to_be.stages[2].id)[0]
    to_be.remove_card(gone.id)
    new_stage = to_be.add_stage("Отзыв о приёме")
    new_card = to_be.add_card(to_be.lane_of_kind(LaneKind.ACTIONS).id, new_stage.id, "Оценивает приём")
    to_be.set_emotion(to_be.stages[0].id, 1.0)

    diff = diff_documents(as_is, to_be)
    old_edited = as_is.cell(as_is.lane_of_kind(LaneKind.PAINS).id, as_is.stages[1].id)[0]
    old_gone = as_is.cell(as_is.lane_of_kind(LaneKind.PAINS).id, as_is.stages[2].id)[0]
    assert diff.right[edited.id] == CHANGED and diff.left[old_edited.id] == CHANGED
    assert diff.left[old_gone.id] == REMOVED and old_gone.id not in diff.right
    assert diff.right[new_stage.id] == ADDED and diff.right[new_card.id] == ADDED
    assert diff.right[to_be.stages[0].id] == CHANGED  # the emotion changed
    assert to_be.stages[2].id not in diff.right  # same name, same emotion
    assert diff.stages == {ADDED: 1, REMOVED: 0, CHANGED: 1}
    assert diff.cards == {ADDED: 1, REMOVED: 1, CHANGED: 1}


def test_a_renamed_stage_is_changed_not_removed_and_added():
    as_is, to_be = _maps()
    to_be.rename_stage(to_be.stages[1].id, "Онлайн-запись")
    diff = diff_documents(as_is, to_be)
    assert diff.stages == {ADDED: 0, REMOVED: 0, CHANGED: 1}
    assert diff.right[to_be.stages[1].id] == CHANGED and diff.cards[ADDED] == 0
