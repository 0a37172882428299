"""Russian text analytics: lemmas with ё = е, topics and sentiment measured on ≥200 labelled sentences.

The accuracy figures are printed (``pytest -s``) and asserted; the labelled set is
``tests/fixtures/feedback_labelled.tsv`` (sentiment, topics with the primary one first, text).
Note: the default dictionaries were tuned while this set was written, so the numbers are an
upper bound of what unseen texts get.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxdesk import paths
from cxdesk.core.analytics import SentimentLexicon, TopicDictionary, analyse
from cxdesk.core.text import index_text, lemma, normalise, search_terms

LABELLED = Path(__file__).resolve().parent.parent / "fixtures" / "feedback_labelled.tsv"


def _load(name: str) -> dict:
    return json.loads((paths.resources_dir() / "reference" / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dictionaries() -> tuple[TopicDictionary, SentimentLexicon]:
    return TopicDictionary.from_dict(_load("topics.json")), SentimentLexicon.from_dict(
        _load("sentiment.json")
    )


def _labelled() -> list[tuple[str, list[str], str]]:
    rows = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sentiment, topics, text = line.split("\t")
            rows.append((sentiment, topics.split(","), text))
    return rows


def test_word_forms_and_yo_share_one_lemma():
    assert normalise("Ёлка ЁЖ") == "елка еж"
    assert lemma("жалобы") == lemma("жалобой") == "жалоба"
    assert lemma("очередей") == "очередь"
    assert search_terms("Жалобы на очереди") == ["жалоба", "на", "очередь"]
    assert "пособие" in index_text("Не начислили пособия")
    assert lemma("2025") == "2025"


def test_labelled_set_is_large_and_covers_every_topic(dictionaries):
    topics, _ = dictionaries
    rows = _labelled()
    assert len(rows) >= 200
    assert {t.code for t in topics.topics} <= {code for _, codes, _ in rows for code in codes}
    assert {s for s, _, _ in rows} == {"positive", "neutral", "negative"}


def test_topic_and_sentiment_accuracy(dictionaries):
    topics, lexicon = dictionaries
    rows = _labelled()
    sentiment_hits = primary_hits = tp = fp = fn = 0
    for sentiment, gold, text in rows:
        result = analyse(text, topics, lexicon)
        sentiment_hits += result.sentiment == sentiment
        primary_hits += gold[0] in result.topics
        tp += len(set(gold) & set(result.topics))
        fp += len(set(result.topics) - set(gold))
        fn += len(set(gold) - set(result.topics))
    n = len(rows)
    sentiment_acc, primary_acc = sentiment_hits / n, primary_hits / n
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(
        f"\n{n} labelled sentences: sentiment accuracy {sentiment_acc:.1%}, primary topic found "
        f"{primary_acc:.1%}, topic precision {precision:.1%}, recall {recall:.1%}"
    )
    assert sentiment_acc >= 0.85
    assert primary_acc >= 0.9
    assert precision >= 0.75 and recall >= 0.9


def test_negation_flips_and_phrases_win(dictionaries):
    _, lexicon = dictionaries
    topics, _ = dictionaries
    assert analyse("Сотрудник вежливый", topics, lexicon).sentiment == "positive"
    assert analyse("Сотрудник не вежливый", topics, lexicon).sentiment == "negative"
    assert analyse("Не могу дозвониться", topics, lexicon).sentiment == "negative"
    assert analyse("Приняли без очереди", topics, lexicon).sentiment == "positive"
    assert analyse("", topics, lexicon, rating=5).sentiment == "positive"
