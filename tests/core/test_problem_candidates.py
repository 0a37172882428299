"""Ranking of candidate problems: growing topics only, the fastest-growing per touchpoint, decided ones
left out, a stable order."""

from __future__ import annotations

from cxdesk.core.problem_candidates import TopicCounts, rank


def _c(tp: str, topic: str, now: int, before: int) -> TopicCounts:
    return TopicCounts(tp, topic, now, before)


def test_only_growing_topics_with_enough_records_are_candidates():
    counts = [_c("a", "queue", 10, 4), _c("a", "phone", 3, 3), _c("a", "premises", 2, 0), _c("b", "queue", 1, 9)]
    assert [c.key for c in rank(counts)] == [("a", "queue")]
    assert [c.key for c in rank(counts, min_current=2)] == [("a", "queue"), ("a", "premises")]


def test_order_is_absolute_growth_then_relative_growth_then_volume():
    counts = [_c("a", "queue", 20, 10), _c("b", "phone", 12, 2), _c("c", "portal", 14, 4), _c("d", "staff", 5, 0)]
    # growth 10, 10, 10, 5: among the tens the one that grew six-fold (12 vs 2) leads
    assert [c.key for c in rank(counts)] == [("b", "phone"), ("c", "portal"), ("a", "queue"), ("d", "staff")]


def test_each_touchpoint_keeps_only_its_fastest_topics_and_decided_pairs_are_skipped():
    counts = [_c("a", t, 10 + n, 0) for n, t in enumerate(("queue", "phone", "portal", "staff"))] + [
        _c("b", "queue", 5, 1)]
    ranked = rank(counts, per_touchpoint=2)
    assert [c.key for c in ranked] == [("a", "staff"), ("a", "portal"), ("b", "queue")]
    ranked = rank(counts, per_touchpoint=2, skip={("a", "staff")})
    assert [c.key for c in ranked] == [("a", "portal"), ("a", "phone"), ("b", "queue")]
    assert len(rank(counts, per_touchpoint=9, limit=3)) == 3
