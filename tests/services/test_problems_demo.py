"""The demo database has a dozen problems in every office with evidence from the demo feedback,
recommendations in every status (some overdue), and improvement measures linked to problems."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func, select

from cxdesk.core.periods import Period
from cxdesk.services import demo, initiatives
from cxdesk.services import problems as pr
from cxdesk.services.problems_recommendations import RecommendationFilter, list_recommendation_ids
from cxdesk.services.problems_terms import RECOMMENDATION_STATUSES, STATUSES
from cxdesk.store.database import Database
from cxdesk.store.problems import Problem, Recommendation
from tests.services.test_problems import READER


def test_demo_problems(tmp_path):
    result = demo.build_demo(tmp_path / "demo.db", seed=5)
    db = Database(result.path)
    try:
        with db.uow() as uow:
            s = uow.session
            per_office = dict(s.execute(select(Problem.office_code, func.count()).group_by(Problem.office_code)).all())
            statuses = set(s.scalars(select(Problem.status).distinct()))
            rec_statuses = Counter(s.scalars(select(Recommendation.status)))
            problem_ids = list(s.scalars(select(Problem.id)))
        assert per_office == {code: 12 for code in ["UCZN"] + [o.code for o in result.offices]}
        assert statuses == set(STATUSES) and set(rec_statuses) == set(RECOMMENDATION_STATUSES)
        assert list_recommendation_ids(db, READER, RecommendationFilter(overdue_only=True))
        region = pr.problems_for_period(db, READER, Period.containing(date.today(), "year"), None)
        assert region and all(p.evidence_total >= 1 for p in region)
        linked = [i for pid in problem_ids for i in initiatives.initiatives_for_problem(db, pid)]
        assert len(linked) >= len(per_office)  # measures of every office address its problems
    finally:
        db.close()
