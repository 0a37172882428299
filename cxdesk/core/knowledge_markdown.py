"""The Markdown subset of knowledge-base articles, read without Qt: blocks for printing, plain text
for the full-text index and previews.

Bodies are Markdown as ``QTextDocument.toMarkdown()`` writes it (headings, bullet and numbered
lists, GitHub tables, links, images, bold and italic). Markdown rather than Qt's HTML: it is
stable across Qt versions (Qt's HTML carries styles that change with the version and would show
as false changes in diffs), a line diff of it is readable, an exported file is readable in any
editor, and the PDF and the index read it here without Qt. Images are ``![alt](cxdesk-blob:<sha256>)``
pointing at an attachment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

BLOB_SCHEME = "cxdesk-blob:"

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_ORDERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE_LINE = re.compile(r"^\s*!\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")


@dataclass
class Block:
    kind: str  # heading | paragraph | bullets | numbers | table | image | code
    text: str = ""
    level: int = 0
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    src: str = ""


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)]


def parse_blocks(markdown: str) -> list[Block]:
    """Split a body into blocks; unknown syntax falls back to paragraphs (nothing is lost)."""
    lines = (markdown or "").replace("\r\n", "\n").split("\n")
    blocks: list[Block] = []
    para: list[str] = []
    i = 0

    def flush() -> None:
        if para:
            blocks.append(Block("paragraph", " ".join(s.strip() for s in para)))
            para.clear()

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush()
            i += 1
            continue
        if line.strip().startswith("```"):
            flush()
            code = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                code.append(lines[i])
                i += 1
            blocks.append(Block("code", "\n".join(code)))
            i += 1
            continue
        if m := _HEADING.match(line):
            flush()
            blocks.append(Block("heading", m.group(2), level=len(m.group(1))))
            i += 1
            continue
        if m := _IMAGE_LINE.match(line):
            flush()
            blocks.append(Block("image", m.group(1), src=m.group(2)))
            i += 1
            continue
        if "|" in line and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            flush()
            rows = [_cells(line)]
            i += 2
            while i < len(lines) and lines[i].strip() and "|" in lines[i]:
                rows.append(_cells(lines[i]))
                i += 1
            width = max(len(r) for r in rows)
            blocks.append(Block("table", rows=[r + [""] * (width - len(r)) for r in rows]))
            continue
        list_match = _BULLET.match(line) or _ORDERED.match(line)
        if list_match and not para:
            kind = "bullets" if _BULLET.match(line) else "numbers"
            pattern = _BULLET if kind == "bullets" else _ORDERED
            items: list[str] = []
            while i < len(lines) and lines[i].strip():
                m = pattern.match(lines[i])
                if m:
                    items.append(m.group(1).strip())
                elif items and lines[i].startswith((" ", "\t")):
                    items[-1] += " " + lines[i].strip()
                else:
                    break
                i += 1
            blocks.append(Block(kind, items=items))
            continue
        para.append(line)
        i += 1
    flush()
    return blocks


def _unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def inline_markup(text: str) -> str:
    """reportlab paragraph markup of one line of Markdown: escaped, with bold, italic and links."""
    links: list[str] = []

    def keep_link(m: re.Match) -> str:
        url = m.group(2).replace('"', "%22")
        links.append(f'<link href="{escape(url)}" color="#1a4fa0"><u>{escape(_unescape(m.group(1)))}</u></link>')
        return f"\x00{len(links) - 1}\x00"

    text = _IMAGE.sub(lambda m: f"[{m.group(1) or 'изображение'}]", text)
    text = _LINK.sub(keep_link, text)
    protected = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>])", lambda m: f"\x01{ord(m.group(1))}\x01", text)
    out = escape(protected).replace("`", "")
    out = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", out)
    out = _ITALIC.sub(r"<i>\1</i>", out)
    out = re.sub("\x01(\\d+)\x01", lambda m: escape(chr(int(m.group(1)))), out)
    return re.sub("\x00(\\d+)\x00", lambda m: links[int(m.group(1))], out)


def plain_inline(text: str) -> str:
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>])", lambda m: f"\x01{ord(m.group(1))}\x01", text)
    text = text.replace("**", "").replace("__", "").replace("*", "").replace("`", "")
    return re.sub("\x01(\\d+)\x01", lambda m: chr(int(m.group(1))), text)


def plain_text(markdown: str) -> str:
    """The words of a body without markup, one block per line (index, previews, diffs of text)."""
    out: list[str] = []
    for block in parse_blocks(markdown):
        if block.kind in ("heading", "paragraph", "code", "image"):
            out.append(plain_inline(block.text))
        elif block.kind in ("bullets", "numbers"):
            out += [plain_inline(item) for item in block.items]
        elif block.kind == "table":
            out += [" ".join(plain_inline(c) for c in row) for row in block.rows]
    return "\n".join(s for s in out if s.strip())


def blob_refs(markdown: str) -> list[str]:
    """SHA-256 digests of the attachments the body shows as images."""
    return [m.group(2)[len(BLOB_SCHEME):] for m in _IMAGE.finditer(markdown or "")
            if m.group(2).startswith(BLOB_SCHEME)]


def preview(markdown: str, limit: int = 240) -> str:
    text = " ".join(plain_text(markdown).split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
