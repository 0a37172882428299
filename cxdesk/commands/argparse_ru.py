"""Russian texts for argparse's own messages (usage, errors, the help option).

argparse looks its strings up through the module-level ``_`` (gettext) each time it builds a
parser or reports an error. :func:`russian_argparse` swaps that function for the duration of
building and parsing only, so nothing else in the process (e.g. a test runner) is affected.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

_RU = {
    "usage: ": "Использование: ",
    "positional arguments": "аргументы",
    "options": "параметры",
    "show this help message and exit": "показать эту справку и выйти",
    "show program's version number and exit": "показать версию программы и выйти",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "неизвестные аргументы: %s",
    "the following arguments are required: %s": "не заданы обязательные аргументы: %s",
    "one of the arguments %s is required": "нужен один из аргументов: %s",
    "not allowed with argument %s": "нельзя использовать вместе с %s",
    "expected one argument": "нужно указать значение",
    "expected at most one argument": "допускается не более одного значения",
    "expected at least one argument": "нужно хотя бы одно значение",
    "ambiguous option: %(option)s could match %(matches)s": "неоднозначный параметр %(option)s: подходят %(matches)s",
    "invalid %(type)s value: %(value)r": "недопустимое значение %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "недопустимое значение %(value)r (допустимо: %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "неизвестная команда %(parser_name)r (допустимо: %(choices)s)",
    "ignored explicit argument %r": "лишнее значение %r",
}


def _translate(message: str) -> str:
    return _RU.get(message, message)


@contextlib.contextmanager
def russian_argparse() -> Iterator[None]:
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = _translate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


class RussianHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the paragraphs of descriptions and epilogues as written."""
