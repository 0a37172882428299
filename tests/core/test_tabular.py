"""CSV and XLSX as offices send them: every encoding and separator, decimal commas, typed cells."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook

from cxdesk.core import tabular
from cxdesk.core.tabular import CellError, parse_date, parse_int, parse_number, read_csv_bytes, read_xlsx

ROWS = [
    ["Дата", "Оценка", "Текст"],
    ["01.03.2025", "4,5", "Очередь, как всегда; ждали час"],
    ["02.03.2025", "3", "Всё хорошо — спасибо «ЦЗН»"],
]


def _csv(sep: str) -> str:
    def cell(value: str) -> str:
        return f'"{value}"' if sep in value or ";" in value or "," in value else value

    return "\r\n".join(sep.join(cell(c) for c in row) for row in ROWS) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_every_encoding_and_separator(encoding, sep):
    table = read_csv_bytes(_csv(sep).encode(encoding))
    assert table.headers == ROWS[0]
    assert [row for _, row in table.rows] == ROWS[1:]
    assert [n for n, _ in table.rows] == [2, 3]
    assert table.delimiter == sep
    assert table.encoding == ("utf-8" if encoding == "utf-8" else encoding)


def test_blank_lines_are_skipped_and_numbers_kept():
    table = read_csv_bytes("А;Б\n1;2\n;\n\n3;4\n".encode())
    assert [(n, r) for n, r in table.rows] == [(2, ["1", "2"]), (5, ["3", "4"])]


def test_xlsx_in_read_only_mode(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Дата", "Оценка", "Текст"])
    sheet.append([datetime(2025, 3, 1, 10, 30), 4.5, "Спасибо"])
    sheet.append([None, None, None])
    sheet.append(["02.03.2025", 3, None])
    path = tmp_path / "оценки.xlsx"
    book.save(path)
    table = read_xlsx(path)
    assert table.headers == ["Дата", "Оценка", "Текст"]
    assert [n for n, _ in table.rows] == [2, 4]
    assert parse_date(table.rows[0][1][0]) == date(2025, 3, 1)
    assert parse_number(table.rows[0][1][1]) == 4.5


def test_damaged_files_are_refused_in_russian(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(tabular.TableReadError, match="не читается"):
        tabular.read_table(bad)
    with pytest.raises(tabular.TableReadError, match="не поддерживается"):
        tabular.read_table(
            tmp_path.joinpath("x.doc").resolve() if (tmp_path / "x.doc").write_text("x") else bad
        )


def test_cell_parsing():
    assert parse_number("4,5") == 4.5
    assert parse_number("1 500") == 1500
    assert parse_number("87%") == 87
    assert parse_date("2025-03-01") == date(2025, 3, 1)
    assert parse_date("01.03.25") == date(2025, 3, 1)
    assert parse_date("15.05.2025 10:12:00") == date(2025, 5, 15)
    with pytest.raises(CellError, match="не дата"):
        parse_date("31.02.2025")
    with pytest.raises(CellError, match="вне допустимого диапазона"):
        parse_int("7", 1, 5)
    with pytest.raises(CellError, match="не число"):
        parse_number("пять")
