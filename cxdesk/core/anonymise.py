"""Removing an applicant's personal details from free text (152-ФЗ anonymisation).

What is replaced, by design and nothing more (a text is not understood, only scanned):

* e-mail addresses → «[e-mail]», telephone numbers (7 and more digits, with + ( ) - and
  spaces) → «[телефон]»;
* every word that begins like a part of the applicant's name (surname, first name, patronymic of
  three letters or more, and the same words in other cases: «Иванов», «Иванова», «Иванову»)
  → «[ФИО]»; initials that follow or precede it («И.И.») go with it;
* the applicant's address and contacts as written in the record, word for word → «[адрес]»,
  «[контакты]».

Names of other people mentioned in the text, and addresses written differently, are not found;
the destruction act says so.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\w)\+?\d[\d\s()\-]{5,}\d(?!\w)")
_INITIAL = r"[А-ЯЁA-Z]\.\s*"
_TRAILING_INITIALS = r"(?:\s+[А-ЯЁA-Z]\.(?:\s*[А-ЯЁA-Z]\.)?)?"


def name_stems(full_name: str) -> list[str]:
    """Stems of the name's words: enough of each word to catch its other grammatical cases."""
    stems = []
    for word in re.findall(r"[А-Яа-яЁёA-Za-z-]+", full_name):
        if len(word) < 3:
            continue
        cut = 2 if len(word) >= 6 else 1 if len(word) >= 4 else 0
        stems.append(word[: len(word) - cut])
    return stems


def mask_text(text: str, *, name: str = "", address: str = "", contacts: str = "") -> str:
    """``text`` without the applicant's name, address, contacts, e-mails and telephone numbers."""
    if not text:
        return text
    result = text
    for value, mark in ((address, "[адрес]"), (contacts, "[контакты]")):
        value = value.strip()
        if len(value) >= 5:
            result = re.sub(re.escape(value), mark, result, flags=re.IGNORECASE)
    result = EMAIL.sub("[e-mail]", result)
    result = PHONE.sub("[телефон]", result)
    for stem in sorted(set(name_stems(name)), key=len, reverse=True):
        word = rf"(?<![\w\[])(?:{_INITIAL}){{0,2}}{re.escape(stem)}[\w-]*{_TRAILING_INITIALS}"
        result = re.sub(word, "[ФИО]", result, flags=re.IGNORECASE)
    return re.sub(r"\[ФИО\](?:\s*\[ФИО\])+", "[ФИО]", result)
