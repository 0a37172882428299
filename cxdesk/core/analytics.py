"""Offline topic detection and sentiment of Russian feedback, driven by editable dictionaries.

The topic dictionary maps a topic code to lemma keywords and multi-word phrases; a text gets every
topic whose keyword or phrase occurs among its lemmas. The sentiment lexicon gives lemma weights;
a negation word («не», «нет», «ни», «без») within the two preceding words flips a weight, and
phrases (e.g. «не дозвониться») are matched before single words. Both dictionaries are data from
``resources/reference`` or their edited copies in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesk.core.text import lemmas

POSITIVE, NEUTRAL, NEGATIVE = "positive", "neutral", "negative"
SENTIMENT_TITLES = {POSITIVE: "положительная", NEUTRAL: "нейтральная", NEGATIVE: "отрицательная"}


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(lemmas(text))


@dataclass(frozen=True)
class Topic:
    code: str
    title: str
    keywords: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]


@dataclass
class TopicDictionary:
    topics: list[Topic] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict) -> TopicDictionary:
        topics = []
        for item in data.get("topics", []):
            keywords = frozenset(lem for word in item.get("keywords", []) for lem in _phrase(word))
            phrases = tuple(p for p in (_phrase(text) for text in item.get("phrases", [])) if p)
            topics.append(Topic(item["code"], item["title"], keywords, phrases))
        return cls(topics)

    def titles(self) -> dict[str, str]:
        return {t.code: t.title for t in self.topics}

    def detect(self, tokens: list[str]) -> list[str]:
        found = []
        token_set = set(tokens)
        for topic in self.topics:
            if topic.keywords & token_set or any(
                p[0] in token_set and _contains(tokens, p) for p in topic.phrases
            ):
                found.append(topic.code)
        return found


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    if n == 1:
        return phrase[0] in tokens
    first = phrase[0]
    return any(tokens[i] == first and tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1))


@dataclass
class SentimentLexicon:
    words: dict[str, float] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], float] = field(default_factory=dict)
    negated: dict[str, float] = field(default_factory=dict)  # neutral alone, negative after «не»
    negators: frozenset[str] = frozenset({"не", "нет", "ни", "без"})
    threshold: float = 0.5

    @classmethod
    def from_dict(cls, data: dict) -> SentimentLexicon:
        words: dict[str, float] = {}
        phrases: dict[tuple[str, ...], float] = {}
        for sign, key in ((1.0, "positive"), (-1.0, "negative")):
            for text, weight in (data.get(key) or {}).items():
                lem = _phrase(text)
                if len(lem) == 1:
                    words[lem[0]] = sign * float(weight)
                elif lem:
                    phrases[lem] = sign * float(weight)
        negated = {
            lem[0]: -float(w) for text, w in (data.get("negated") or {}).items() if (lem := _phrase(text))
        }
        negators = frozenset(data.get("negators") or cls.negators)
        return cls(words, phrases, negated, negators, float(data.get("threshold", 0.5)))

    def score(self, tokens: list[str]) -> float:
        total = 0.0
        i = 0
        longest = max((len(p) for p in self.phrases), default=1)
        while i < len(tokens):
            matched = False
            for n in range(min(longest, len(tokens) - i), 1, -1):
                weight = self.phrases.get(tuple(tokens[i : i + n]))
                if weight is not None:
                    total += weight
                    i += n
                    matched = True
                    break
            if matched:
                continue
            negated = any(t in self.negators for t in tokens[max(0, i - 2) : i])
            weight = self.words.get(tokens[i])
            if weight is not None:
                total += -weight * 0.8 if negated else weight
            elif negated and tokens[i] in self.negated:
                total += self.negated[tokens[i]]
            i += 1
        return total

    def label(self, score: float) -> str:
        if score >= self.threshold:
            return POSITIVE
        if score <= -self.threshold:
            return NEGATIVE
        return NEUTRAL


@dataclass(frozen=True)
class Analysis:
    topics: list[str]
    sentiment: str
    score: float


def analyse(
    text: str, topics: TopicDictionary, lexicon: SentimentLexicon, rating: float | None = None
) -> Analysis:
    """Topics and sentiment of one text; with no sentiment words a 1–5 rating decides."""
    tokens = lemmas(text)
    score = lexicon.score(tokens)
    label = lexicon.label(score)
    if label == NEUTRAL and rating is not None and not tokens:
        label = POSITIVE if rating >= 4 else NEGATIVE if rating <= 2.5 else NEUTRAL
    return Analysis(topics.detect(tokens), label, round(score, 2))
