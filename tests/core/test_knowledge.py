"""Pure knowledge-base rules: the workflow table, tags, the Markdown reader, diffs, quarters."""

from __future__ import annotations

from datetime import date

from cxdesk.core import knowledge as rules
from cxdesk.core.knowledge_markdown import blob_refs, inline_markup, parse_blocks, plain_text


def test_only_editors_publish_and_archive():
    assert rules.transition_allowed("draft", "review", is_author=True, is_editor=False)
    assert not rules.transition_allowed("review", "published", is_author=True, is_editor=False)
    assert rules.transition_allowed("review", "published", is_author=False, is_editor=True)
    assert not rules.transition_allowed("draft", "archived", is_author=True, is_editor=True)


def test_tags_are_normalised():
    assert rules.clean_tags(" Ёлки ;ёлки, Работодатели ,, ") == ["елки", "работодатели"]
    assert rules.tags_list(rules.tags_value(["а", "б"])) == ["а", "б"]


def test_markdown_as_qt_writes_it_is_read_into_blocks():
    md = ("# Заголовок\n\nАбзац с **жирным** и *курсивом*, [ссылка](https://trudvsem.ru) и знак \\*.\n\n"
          "- один\n- два\n  продолжение\n\n1.  первый\n2.  второй\n\n|Срок|Кто|\n|----|---|\n|3 дня|Инспектор|\n\n"
          "![схема](cxdesk-blob:" + "a" * 64 + ")\n")
    kinds = [b.kind for b in parse_blocks(md)]
    assert kinds == ["heading", "paragraph", "bullets", "numbers", "table", "image"]
    blocks = parse_blocks(md)
    assert blocks[2].items == ["один", "два продолжение"]
    assert blocks[4].rows == [["Срок", "Кто"], ["3 дня", "Инспектор"]]
    assert blob_refs(md) == ["a" * 64]
    markup = inline_markup(blocks[1].text)
    assert "<b>жирным</b>" in markup and "<i>курсивом</i>" in markup and 'href="https://trudvsem.ru"' in markup
    assert markup.endswith("знак *.")
    assert "Инспектор" in plain_text(md) and "**" not in plain_text(md)


def test_user_markup_is_escaped_for_print():
    assert inline_markup("<script> & <b>") == "&lt;script&gt; &amp; &lt;b&gt;"


def test_diff_shows_changed_lines_with_context():
    old = "\n".join(f"строка {i}" for i in range(20))
    new = old.replace("строка 10", "строка десять")
    diff = rules.diff_lines(old, new)
    assert [(d.op, d.text) for d in diff] == [(" ", "строка 8"), (" ", "строка 9"), ("-", "строка 10"),
                                              ("+", "строка десять"), (" ", "строка 11"), (" ", "строка 12")]


def test_quarters():
    assert rules.quarter_of(date(2026, 12, 31)) == (2026, 4)
    assert rules.quarter_bounds(2026, 4) == (date(2026, 10, 1), date(2027, 1, 1))
    assert rules.quarters_between((2025, 4), (2026, 2)) == [(2025, 4), (2026, 1), (2026, 2)]
