"""Reading tables that Russian offices actually send: CSV and XLSX, with typed cell parsing.

CSV arrives in UTF-8, UTF-8 with a BOM or Windows-1251, separated by «;», «,» or tabs, with
decimal commas; XLSX is read through openpyxl in read-only mode (``defusedxml`` installed guards
the XML parser). Every row keeps its number in the file so errors can name it. The parse helpers
raise :class:`CellError` with a Russian reason.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path


class TableReadError(Exception):
    """The file cannot be read as a table; the message is Russian."""


class CellError(ValueError):
    """A cell value cannot be understood; the message is the Russian reason."""


@dataclass
class RawTable:
    headers: list[str]
    rows: list[tuple[int, list[object]]]  # (row number in the file, cell values)
    encoding: str = ""
    delimiter: str = ""


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: a UTF-8 BOM, a UTF-16 BOM (Excel's «Unicode text»), else strict
    UTF-8, else Windows-1251."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise TableReadError(
                    f"Файл помечен как {encoding.upper().replace('-SIG', '')}, но байт {exc.start + 1} не "
                    "читается в этой кодировке: файл повреждён или обрезан. Сохраните его заново."
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace"), "cp1251"


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def read_csv_bytes(data: bytes) -> RawTable:
    text, encoding = decode(data)
    first = text.split("\n", 1)[0]
    delimiter = _delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        all_rows = list(reader)
    except csv.Error as exc:
        raise TableReadError(f"Файл CSV повреждён: {exc}.") from exc
    if not all_rows:
        raise TableReadError("Файл пуст: в нём нет строки заголовков.")
    headers = [h.strip() for h in all_rows[0]]
    rows = [(n, list(r)) for n, r in enumerate(all_rows[1:], start=2) if any(c.strip() for c in r)]
    return RawTable(headers, rows, encoding, delimiter)


MAX_XLSX_UNPACKED = 256 * 1024 * 1024  # bytes of XML a workbook may unpack to (zip bombs are refused)


def _check_zip(source: io.BytesIO | str) -> None:
    """Refuse what is not a ZIP container, or unpacks to more than :data:`MAX_XLSX_UNPACKED`."""
    import zipfile

    try:
        with zipfile.ZipFile(source) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise TableReadError(
            f"Файл XLSX не читается: это не книга Excel или она повреждена ({exc}). Сохраните его заново в "
            "Excel или LibreOffice."
        ) from None
    if unpacked > MAX_XLSX_UNPACKED:
        raise TableReadError(
            f"Книга XLSX распаковывается в {unpacked // 1_048_576} МБ — больше допустимых "
            f"{MAX_XLSX_UNPACKED // 1_048_576} МБ. Разделите файл на части."
        )


def read_xlsx(path_or_bytes: Path | bytes) -> RawTable:
    from openpyxl import load_workbook

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
    _check_zip(source)
    if isinstance(source, io.BytesIO):
        source.seek(0)
    try:
        workbook = load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise TableReadError(
            f"Файл XLSX не читается ({exc}). Сохраните его заново в Excel или LibreOffice."
        ) from exc
    try:
        if not workbook.worksheets:
            raise TableReadError("В книге нет ни одного листа. Сохраните её заново в Excel или LibreOffice.")
        sheet = workbook.worksheets[0]
        iterator = sheet.iter_rows(values_only=True)
        header_row = next(iterator, None)
        if header_row is None:
            raise TableReadError("Первый лист книги пуст: в нём нет строки заголовков.")
        headers = ["" if h is None else str(h).strip() for h in header_row]
        rows = []
        for n, values in enumerate(iterator, start=2):
            cells = ["" if v is None else v for v in values]
            if any(str(c).strip() for c in cells):
                rows.append((n, cells))
        return RawTable(headers, rows, "xlsx", "")
    except TableReadError:
        raise
    except Exception as exc:  # the sheet's XML is read lazily: damage shows up while iterating
        raise TableReadError(
            f"Лист книги XLSX повреждён ({type(exc).__name__}: {exc}). Сохраните файл заново в Excel или "
            "LibreOffice."
        ) from exc
    finally:
        workbook.close()


def read_table(path: Path) -> RawTable:
    path = Path(path)
    if not path.exists():
        raise TableReadError(f"Файл {path} не найден.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix in (".csv", ".txt", ""):
        return read_csv_bytes(path.read_bytes())
    raise TableReadError(f"Формат файла «{suffix}» не поддерживается: нужен CSV или XLSX.")


def header_key(text: str) -> str:
    """Headers compared without case, ё, punctuation and extra spaces."""
    return re.sub(r"[^0-9a-zа-я]+", " ", str(text).lower().replace("ё", "е")).strip()


# --- cell parsing --------------------------------------------------------------------------------


def text(value: object) -> str:
    """A cell as trimmed single-spaced text (whole floats from XLSX without «.0»)."""
    if isinstance(value, str):
        return " ".join(value.split())
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


_RU_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


def parse_date(value: object) -> date:
    """A date from ДД.ММ.ГГГГ (or ДД.ММ.ГГ, ДД/ММ/ГГГГ) or ГГГГ-ММ-ДД, with an optional time after it."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = text(value)
    if not raw:
        raise CellError("не указана дата")
    found = _RU_DATE.match(raw)
    if found:
        day, month, year = (int(part) for part in found.groups())
        year += 2000 if year < 100 else 0
    else:
        found = _ISO_DATE.match(raw)
        if not found:
            raise CellError(f"«{raw}» — не дата (ожидается ДД.ММ.ГГГГ)")
        year, month, day = (int(part) for part in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(f"«{raw}» — не дата (ожидается ДД.ММ.ГГГГ)") from None


def parse_number(value: object) -> float:
    if isinstance(value, bool):
        raise CellError("ожидается число")
    if isinstance(value, int | float):
        return float(value)
    raw = text(value).replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if raw.endswith("%"):
        raw = raw[:-1]
    try:
        return float(raw)
    except ValueError:
        raise CellError(f"«{text(value)}» — не число") from None


def parse_int(value: object, low: int | None = None, high: int | None = None) -> int:
    if isinstance(value, str) and value.isdigit():  # the common case, without the general parser
        result = int(value)
        if (low is None or result >= low) and (high is None or result <= high):
            return result
    number = parse_number(value)
    if not number.is_integer():
        raise CellError(f"«{text(value)}» — не целое число")
    result = int(number)
    if (low is not None and result < low) or (high is not None and result > high):
        raise CellError(f"значение {result} вне допустимого диапазона {low}–{high}")
    return result
