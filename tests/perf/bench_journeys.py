"""Journey editor and profile/journey lists: a 15×9 map with 300 cards, and lists of 1,000 of each.

Goals (issue 3): the map opens in under 300 ms, dragging a card repaints at interactive speed
(a frame well under 16 ms; the drop, which re-lays the map out, under 100 ms), the lists stay
instant (first page under 100 ms) with 1,000 profiles and 1,000 journeys. Baselines measured in
the same run: a bare QGraphicsScene with 300 text items shown in a view, and a raw ``sqlite3``
``SELECT id … ORDER BY title`` of the same table.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STAGES, CARDS, LIST_SIZE = 15, 300, 1_000


def _timed(fn, runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _big_document():
    import random

    from cxdesk.core.journey import JourneyDocument, LaneKind

    rng = random.Random(3)
    doc = JourneyDocument.new("Большая карта", stages=[f"Этап {i + 1}: подробное название" for i in range(STAGES)])
    lanes = [ln for ln in doc.lanes if ln.kind != LaneKind.EMOTIONS]
    for stage in doc.stages:
        doc.set_emotion(stage.id, rng.uniform(-2, 2))
    for i in range(CARDS):
        lane, stage = lanes[i % len(lanes)], doc.stages[rng.randrange(STAGES)]
        doc.add_card(lane.id, stage.id, f"Карточка {i}: клиент ждёт ответа специалиста и уточняет сроки",
                     channel="Телефон" if lane.kind == LaneKind.TOUCHPOINTS else "")
    return doc


def _database(tmp: Path):
    from cxdesk.services import offices, users
    from cxdesk.services.actor import Actor
    from cxdesk.services.roles import Role
    from cxdesk.store.database import open_database

    db = open_database(tmp / "bench.db")
    offices.initialize(db, office_code="TC01", office_name="ТЦЗН для замеров", kind="tczn", region="",
                       admin_login="admin", admin_full_name="Администратор", admin_password="Admin-2024-bench")
    admin = Actor("admin", "Администратор", Role.ADMIN, 1)
    users.add_user(db, admin, "cx", "Специалист по КО", Role.CX_SPECIALIST, "Special-2024-bench")
    return db, Actor("cx", "Специалист по КО", Role.CX_SPECIALIST)


def _fill_lists(db) -> None:
    from cxdesk.core.journey import JourneyDocument
    from cxdesk.services.journeys import write_document
    from cxdesk.services.profiles import ProfileData, apply_data
    from cxdesk.store.journeys import Profile

    with db.uow() as uow:
        for i in range(LIST_SIZE):
            p = Profile()
            apply_data(p, ProfileData(name=f"Профиль {i:04d}", category="Категория", needs=("Работа",)))
            uow.session.add(p)
        for i in range(LIST_SIZE):
            write_document(uow.session, JourneyDocument.new(f"Маршрут {i:04d}", stages=["А", "Б", "В"]))
        uow.commit()


def run() -> list:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

    from cxdesk.gui.context import AppContext
    from cxdesk.gui.journeys import commands as cmd
    from cxdesk.gui.journeys.editor import JourneyEditor
    from cxdesk.gui.operations import ChangeBus, OperationRunner
    from cxdesk.services import journeys, offices, profiles

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db, actor = _database(Path(tmp))
        doc = _big_document()
        save = _timed(lambda: journeys.save_journey(db, actor, doc), runs=1)  # the first save writes everything
        load = _timed(lambda: journeys.load_journey(db, actor, doc.id))
        bus = ChangeBus.instance()
        ctx = AppContext(db, actor, offices.own_office(db), bus, OperationRunner(bus))

        def baseline_scene() -> None:
            scene = QGraphicsScene()
            for i in range(CARDS):
                scene.addSimpleText(f"Карточка {i}").setPos(i % 15 * 230, i // 15 * 60)
            view = QGraphicsView(scene)
            view.resize(1366, 768)
            view.show()
            app.processEvents()
            view.close()

        editors = []

        def open_editor() -> None:
            editor = JourneyEditor(ctx, journeys.load_journey(db, actor, doc.id))
            editor.resize(1366, 768)
            editor.show()
            app.processEvents()
            editors.append(editor)

        base = _timed(baseline_scene)
        opened = _timed(open_editor)
        editor = editors[-1]
        item = next(iter(editor.scene.card_items.values()))
        start = item.pos()

        def frame() -> None:
            item.setPos(item.pos() + QPointF(7, 3))
            editor.view.viewport().repaint()

        drag_frame = _timed(frame, runs=30)
        item.setPos(start)
        card = editor.doc.cards[item.card_id]
        target = editor.doc.stages[-1].id
        drop = _timed(lambda: editor.stack.push(cmd.MoveCard(editor.doc, card.id, card.lane_id, target, 0)), runs=3)
        for e in editors:
            e.close()

        _fill_lists(db)
        with sqlite3.connect(db.path) as raw:
            raw_ids = _timed(lambda: raw.execute("SELECT id FROM journey ORDER BY title").fetchall())
        p_list = _timed(lambda: profiles.profile_rows(db, actor, profiles.list_profile_ids(db, actor)[:200]))
        j_list = _timed(lambda: journeys.journey_rows(db, actor, journeys.list_journey_ids(db, actor)[:200]))
        search = _timed(lambda: journeys.list_journey_ids(db, actor, search="маршрут 09"))
        db.close()

    ms = 1000
    print(f"map {STAGES}×9 with {CARDS} cards: save {save * ms:.0f} ms, load {load * ms:.0f} ms")
    print(f"open editor {opened * ms:.0f} ms (goal < 300) — bare scene {base * ms:.0f} ms, "
          f"ratio {opened / base:.1f}")
    print(f"drag frame {drag_frame * ms:.1f} ms (goal < 16); drop and re-layout {drop * ms:.0f} ms (goal < 100)")
    print(f"lists of {LIST_SIZE}: profiles first page {p_list * ms:.0f} ms, journeys first page {j_list * ms:.0f} ms, "
          f"search {search * ms:.0f} ms (goal < 100) — raw sqlite ids {raw_ids * ms:.1f} ms, "
          f"ratio {j_list / max(raw_ids, 1e-6):.0f}")
    from tests.perf.measures import timing

    scene, raw = "bare QGraphicsScene with 300 texts", "raw sqlite3 ids ORDER BY title"
    return [
        timing(f"open the journey editor ({CARDS} cards)", opened, 0.3, base, scene),
        timing("drag a card: one frame", drag_frame, 0.016, base, scene),
        timing("drop a card and re-lay the map out", drop, 0.1, base, scene),
        timing(f"profiles list of {LIST_SIZE}: first page", p_list, 0.1, raw_ids, raw),
        timing(f"journeys list of {LIST_SIZE}: first page", j_list, 0.1, raw_ids, raw),
        timing("journeys list: search", search, 0.1, raw_ids, raw),
    ]


if __name__ == "__main__":
    run()
