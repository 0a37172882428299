"""Russian text normalisation and lemmas: ё → е, lower case, word tokens, pymorphy3 normal forms.

pymorphy3 and its dictionaries are loaded lazily on the first lemma (never at start-up) and the
lemma of every word form is cached, so bulk imports and the demo generator pay once per form.
Used for the full-text index (lemmas beside the text), topic matching and sentiment.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

_WORD = re.compile(r"[0-9a-zа-я]+", re.IGNORECASE)
_lock = threading.Lock()
_morph = None


def normalise(text: str) -> str:
    """Lower case with ё folded into е: the form every comparison and index uses."""
    return (text or "").lower().replace("ё", "е")


def search_key(*parts: str) -> str:
    """The text of a ``LIKE`` search column and of the query matched against it: the parts joined,
    normalised (SQLite's lower() and LIKE know no Cyrillic case)."""
    return normalise(" ".join(part for part in parts if part))


def words(text: str) -> list[str]:
    """Word tokens of ``text`` after :func:`normalise` (hyphens split words, as the FTS5 tokenizer does)."""
    return _WORD.findall(normalise(text))


def _analyzer():
    global _morph
    if _morph is None:
        with _lock:
            if _morph is None:
                import pymorphy3

                _morph = pymorphy3.MorphAnalyzer()
    return _morph


@lru_cache(maxsize=300_000)
def lemma(word: str) -> str:
    """The dictionary form of one normalised word (the word itself for numbers and Latin)."""
    if not word or word.isdigit() or not re.search("[а-я]", word):
        return word
    return normalise(_analyzer().parse(word)[0].normal_form)


def lemmas(text: str) -> list[str]:
    return [lemma(w) for w in words(text)]


def index_text(*parts: str) -> str:
    """What the full-text index stores: the lemmas of the words (queries are lemmatised the same way)."""
    tokens: list[str] = []
    for part in parts:
        if part:
            tokens += map(lemma, words(part))  # no generator frame per word: imports index millions of words
    return " ".join(tokens)


def search_terms(query: str) -> list[str]:
    """Lemmas of the words of a search query, in order and without repeats."""
    seen: list[str] = []
    for w in words(query):
        lem = lemma(w)
        if lem not in seen:
            seen.append(lem)
    return seen
