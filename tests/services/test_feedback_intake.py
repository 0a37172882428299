"""Intake of the five sources into one register: numbering, deadlines, personal data, search by word
form, filters, bulk assignment, coverage, dictionary edits re-applied."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cxdesk.services import feedback as fb
from cxdesk.services import feedback_reference as ref
from cxdesk.services import feedback_register as reg
from cxdesk.services import feedback_surveys as surveys
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.roles import Role

TOUCHPOINT = "0b7c3f7e-1c1a-4c52-9d0e-2f1f7d8a9b10"


@pytest.fixture
def cx() -> Actor:
    return Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)


@pytest.fixture
def filled(db, cx):
    made = {
        "book": fb.create_record(
            db,
            cx,
            "book",
            {
                "kind": "complaint",
                "text": "Простояла в очереди полтора часа, сотрудница нагрубила.",
                "author": "Сидорова Анна",
                "address": "г. Заречный, ул. Мира, 5",
                "received_at": datetime(2025, 3, 3, 10),
            },
        ),
        "appeal": fb.create_record(
            db,
            cx,
            "appeal",
            {
                "channel": "pos",
                "author": "Фёдоров Пётр",
                "address": "г. Заречный, ул. Садовая, 1",
                "text": "Не начислили пособие по безработице за февраль.",
                "received_on": date(2025, 3, 4),
            },
        ),
        "open": fb.create_record(
            db,
            cx,
            "open",
            {
                "channel": "ВКонтакте",
                "url": "https://vk.com/wall1",
                "text": "Ёлки-палки, опять не дозвониться в ЦЗН",
                "received_on": date(2025, 4, 2),
                "reach": 1500,
            },
        ),
        "survey": surveys.enter_response(
            db,
            cx,
            "ref-employer",
            {"e1": 5, "e2": 4, "e10": 9, "e11": "Спасибо за подбор персонала"},
            received_on=date(2025, 4, 3),
        ),
        "metric": fb.create_record(
            db,
            cx,
            "metric",
            {
                "channel": "«Ваш контроль»",
                "ratings": {"queue": 2, "staff": 5},
                "rating": 3.5,
                "received_on": date(2025, 7, 1),
            },
        ),
    }
    return made


def test_every_source_lands_in_one_register(db, cx, filled):
    ids = reg.register_ids(db, cx, reg.RegisterFilter())
    assert len(ids) == 5
    rows = reg.register_rows(db, cx, ids)
    assert {r["source"] for r in rows.values()} == {"book", "appeal", "open", "survey", "metric"}
    assert [rows[i]["received_on"] for i in ids] == sorted(
        (r["received_on"] for r in rows.values()), reverse=True
    )
    book = filled["book"]
    assert book.number == "1-1" and book.kind == "complaint"
    assert set(book.topics) >= {"queue", "politeness"} and book.sentiment == "negative"
    appeal = filled["appeal"]
    assert appeal.number == "TC01-2025/00001"
    assert appeal.register_due == date(2025, 3, 7) and appeal.answer_due == date(2025, 4, 3)
    assert "benefits" in appeal.topics


def test_numbering_continues_per_book_and_year(db, cx, filled):
    second = fb.create_record(db, cx, "book", {"kind": "gratitude", "text": "Спасибо за помощь!"})
    assert second.number == "1-2" and second.sentiment == "positive"
    new_book = fb.create_record(
        db, cx, "book", {"kind": "suggestion", "text": "Поставьте кулер", "book_no": 2}
    )
    assert new_book.number == "2-1"
    next_year = fb.create_record(
        db,
        cx,
        "appeal",
        {"channel": "written", "author": "Ким", "text": "Прошу разъяснить", "received_on": date(2026, 1, 15)},
    )
    assert next_year.number == "TC01-2026/00001"


def test_search_finds_word_forms_and_yo(db, cx, filled):
    def found(query: str) -> set[str]:
        return set(reg.register_ids(db, cx, reg.RegisterFilter(search=query)))

    assert found("пособия") == {filled["appeal"].id}
    assert found("очередях") == {filled["book"].id}
    assert found("елки") == found("ёлки") == {filled["open"].id}
    assert found("подбором персонала") == {filled["survey"]}
    assert found("2025/00001") == {filled["appeal"].id}
    assert found("пособие очередь") == set()
    assert found('"OR*') == set()  # FTS syntax is quoted, not interpreted


def test_filters_sorting_and_counts_run_in_sql(db, cx, filled):
    flt = reg.RegisterFilter(date_from=date(2025, 3, 1), date_to=date(2025, 3, 31))
    assert set(reg.register_ids(db, cx, flt)) == {filled["book"].id, filled["appeal"].id}
    assert reg.register_count(db, cx, reg.RegisterFilter(sources=("survey", "metric"))) == 2
    assert reg.register_ids(db, cx, reg.RegisterFilter(audience="employer")) == [filled["survey"]]
    assert set(reg.register_ids(db, cx, reg.RegisterFilter(topic="queue"))) >= {filled["book"].id}
    assert reg.register_ids(db, cx, reg.RegisterFilter(statuses=("registered",))) == [filled["appeal"].id]
    by_rating = reg.register_ids(db, cx, reg.RegisterFilter(sources=("metric", "survey")), "rating", False)
    assert by_rating == [filled["metric"].id, filled["survey"]]
    assert reg.counts_by(db, cx, reg.RegisterFilter(), "source") == {
        s: 1 for s in ("book", "appeal", "open", "survey", "metric")
    }


def test_bulk_assignment_of_touchpoint_and_topic(db, cx, filled):
    ids = [filled["book"].id, filled["open"].id]
    assert reg.assign(db, cx, ids, touchpoint_id=TOUCHPOINT, add_topic="premises") == 2
    assert set(reg.register_ids(db, cx, reg.RegisterFilter(touchpoint_id=TOUCHPOINT))) == set(ids)
    record = fb.get_record(db, cx, filled["book"].id)
    assert "premises" in record.topics and record.topics_manual
    # a manual topic survives re-analysis after a dictionary change
    doc = ref.document(db, "topics")
    doc["topics"] = [t for t in doc["topics"] if t["code"] != "queue"]
    result = ref.save_document(db, cx, "topics", doc)
    assert result.records_reanalysed == 5
    assert "premises" in fb.get_record(db, cx, filled["book"].id).topics
    assert reg.register_ids(db, cx, reg.RegisterFilter(topic="queue")) == [filled["book"].id]


def test_dictionary_change_is_reapplied_to_existing_records(db, cx, filled):
    doc = ref.document(db, "topics")
    doc["topics"].append(
        {"code": "social", "title": "Социальные сети", "keywords": ["ёлки-палки"], "phrases": []}
    )
    ref.save_document(db, cx, "topics", doc)
    assert reg.register_ids(db, cx, reg.RegisterFilter(topic="social")) == [filled["open"].id]
    lexicon = ref.document(db, "sentiment")
    lexicon["positive"]["кулер"] = 2
    ref.save_document(db, cx, "sentiment", lexicon)
    with pytest.raises(ValidationError, match="нет ни одной темы"):
        ref.save_document(db, cx, "topics", {"topics": []})


def test_personal_data_is_hidden_from_roles_without_access(db, cx, filled):
    reader = Actor("head", "Руководитель", Role.HEAD)
    assert fb.get_record(db, reader, filled["appeal"].id).author == "Фёдоров Пётр"
    with pytest.raises(PermissionDenied):
        fb.get_record(db, Actor("reader", "Сотрудник", Role.READER), filled["appeal"].id)
    with pytest.raises(PermissionDenied):
        fb.create_record(
            db, Actor("head", "Руководитель", Role.HEAD), "book", {"kind": "complaint", "text": "x"}
        )


def test_validation_messages_name_what_is_missing(db, cx):
    with pytest.raises(ValidationError, match="вид записи"):
        fb.create_record(db, cx, "book", {"text": "Текст"})
    with pytest.raises(ValidationError, match="фамилии"):
        fb.create_record(db, cx, "appeal", {"channel": "written", "text": "Текст"})
    with pytest.raises(ValidationError, match="площадку"):
        fb.create_record(db, cx, "open", {"text": "Текст"})
    with pytest.raises(ValidationError, match="UUID"):
        fb.create_record(db, cx, "book", {"kind": "complaint", "text": "x", "touchpoint_id": "точка"})


def test_book_entry_becomes_an_appeal_and_scan_is_attached(db, cx, filled):
    appeal = fb.book_entry_to_appeal(db, cx, filled["book"].id)
    assert appeal.source == "appeal" and appeal.author == "Сидорова Анна"
    entry = fb.get_record(db, cx, filled["book"].id)
    assert entry.status == "in_progress" and appeal.number in entry.measures
    no_address = fb.create_record(db, cx, "book", {"kind": "complaint", "text": "Грубят", "author": "Аноним"})
    with pytest.raises(ValidationError, match="почтового адреса"):
        fb.book_entry_to_appeal(db, cx, no_address.id)
    scan_id = fb.attach_file(db, cx, entry.id, "страница-12.png", b"\x89PNG...")
    assert fb.get_record(db, cx, entry.id).attachments == [(scan_id, "страница-12.png", 7)]
    assert fb.attachment_data(db, cx, scan_id) == ("страница-12.png", b"\x89PNG...")
    with pytest.raises(ValidationError, match="PDF, PNG"):
        fb.attach_file(db, cx, entry.id, "page.docx", b"x")


def test_edit_reindexes_and_delete_is_a_tombstone(db, cx, filled):
    fb.update_record(db, cx, filled["open"].id, {"text": "Пандус у входа сломан"})
    assert reg.register_ids(db, cx, reg.RegisterFilter(search="пандусы")) == [filled["open"].id]
    assert reg.register_ids(db, cx, reg.RegisterFilter(search="дозвониться")) == []
    assert "accessibility" in fb.get_record(db, cx, filled["open"].id).topics
    fb.delete_records(db, cx, [filled["open"].id])
    assert reg.register_ids(db, cx, reg.RegisterFilter(search="пандус")) == []
    assert filled["open"].id not in reg.register_ids(db, cx, reg.RegisterFilter())


def test_source_coverage_per_office_and_quarter(db, cx, filled):
    coverage = reg.source_coverage(db, cx, 2025)
    assert coverage[("TC01", 1)] == {"book": 1, "appeal": 1}
    assert coverage[("TC01", 2)] == {"open": 1, "survey": 1}
    assert coverage[("TC01", 3)] == {"metric": 1}


def test_reference_questionnaires_cover_the_five_kpi_groups(db, cx):
    templates = {t.code: t for t in surveys.list_templates(db, cx)}
    assert {"ref-citizen", "ref-employer"} <= set(templates)
    for code in ("ref-citizen", "ref-employer"):
        questions = templates[code].questions
        assert {q["group"] for q in questions} >= {"а", "б", "в", "г", "д"}
        assert {q["type"] for q in questions} == set(surveys.QUESTION_TYPES)
    with pytest.raises(ValidationError, match="нет среди вариантов"):
        surveys.enter_response(db, cx, "ref-citizen", {"q4": "Может быть"})
