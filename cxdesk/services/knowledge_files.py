"""Files of the knowledge base: attachments (up to 50 MB, stored once per SHA-256 as immutable
blobs), export of articles to a zip file and import from one (or from a Markdown/text file), and
printing an article to PDF.

The export zip: ``manifest.json`` (format, version, the list of articles), ``NNN/article.json``
(fields), ``NNN/article.md`` (the body) and ``files/<sha256>`` (attachment bytes). The importer
reads only the names the manifest lists, caps sizes while reading, and checks every file's SHA-256
before writing anything; a bad file changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
import zipfile
from pathlib import Path

from cxdesk.core import knowledge as rules
from cxdesk.services import audit, blobs
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.knowledge import (
    ENTITY,
    ArticleData,
    ArticleInfo,
    ArticleLink,
    AttachmentInfo,
    _deny,
    _may_edit,
    change_status,
    create_article,
    get_article,
    load,
    write_revision,
)
from cxdesk.services.offices import own_office
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.knowledge import KnowledgeAttachment, KnowledgeBlob

FORMAT, FORMAT_VERSION = "cxdesk-knowledge", 1
MAX_ARTICLES = 5000
_SHA = re.compile(r"^[0-9a-f]{64}$")


def _size_mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}".replace(".", ",")


def store_blob(session, data: bytes) -> str:
    return blobs.store(session, KnowledgeBlob, data)


def add_attachment(db: Database, actor: Actor, article_id: str, filename: str, data: bytes,
                   mime: str = "") -> AttachmentInfo:
    require(db, actor, Action.KNOWLEDGE_PROPOSE)
    name = Path(filename).name.strip()
    if not name:
        raise ValidationError("У файла нет имени. Ничего не добавлено.")
    if len(data) > rules.MAX_ATTACHMENT_BYTES:
        raise ValidationError(f"Файл «{name}» весит {_size_mb(len(data))} МБ, а вложение может быть не больше "
                              "50 МБ. Ничего не добавлено: уменьшите файл или дайте ссылку на него.")
    mime = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
    with db.uow() as uow:
        s = uow.session
        a = load(s, actor, article_id)
        if not _may_edit(actor, a):
            _deny(db, actor, "knowledge.attach", "Добавлять файлы к опубликованному материалу может только "
                  "редактор базы знаний.")
        sha = store_blob(s, data)
        att = KnowledgeAttachment(article_id=a.id, filename=name[:255], mime=mime[:100], size=len(data),
                                  sha256=sha, added_by=actor.login)
        s.add(att)
        s.flush()
        write_revision(s, actor, a, a.head_revision_id, f"Добавлен файл «{name}»")
        audit.append(s, actor, "knowledge.attach", office=db.office_code, entity=ENTITY, record_id=a.id,
                     details={"file": name, "sha256": sha})
        uow.commit()
        return AttachmentInfo(att.id, att.filename, att.mime, att.size, att.sha256)


def remove_attachment(db: Database, actor: Actor, attachment_id: str) -> None:
    """Detach a file (a tombstone); its blob stays, so old revisions still show it."""
    require(db, actor, Action.KNOWLEDGE_PROPOSE)
    with db.uow() as uow:
        s = uow.session
        att = s.get(KnowledgeAttachment, attachment_id)
        if att is None or att.deleted:
            raise NotFoundError("Вложение не найдено: возможно, его уже убрали.")
        a = load(s, actor, att.article_id)
        if not _may_edit(actor, a):
            _deny(db, actor, "knowledge.detach", "Убирать файлы из опубликованного материала может только "
                  "редактор базы знаний.")
        att.deleted = True
        s.flush()
        write_revision(s, actor, a, a.head_revision_id, f"Убран файл «{att.filename}»")
        audit.append(s, actor, "knowledge.detach", office=db.office_code, entity=ENTITY, record_id=a.id,
                     details={"file": att.filename})
        uow.commit()


def blob_bytes(db: Database, actor: Actor, sha256: str) -> bytes | None:
    require(db, actor, Action.KNOWLEDGE_READ)
    with db.uow() as uow:
        blob = uow.session.get(KnowledgeBlob, sha256)
        return bytes(blob.data) if blob is not None else None


def attachment_bytes(db: Database, actor: Actor, attachment_id: str) -> tuple[str, bytes]:
    """(file name, bytes) of an attachment of an article this actor may read."""
    require(db, actor, Action.KNOWLEDGE_READ)
    with db.uow() as uow:
        att = uow.session.get(KnowledgeAttachment, attachment_id)
        if att is None or att.deleted:
            raise NotFoundError("Вложение не найдено: возможно, его убрали из материала.")
        load(uow.session, actor, att.article_id)
        blob = uow.session.get(KnowledgeBlob, att.sha256)
        if blob is None:
            raise NotFoundError(f"Содержимое файла «{att.filename}» ещё не получено от УЦЗН (придёт со следующим "
                                "пакетом обмена).")
        return att.filename, bytes(blob.data)


def save_attachment(db: Database, actor: Actor, attachment_id: str, target: Path) -> Path:
    _name, data = attachment_bytes(db, actor, attachment_id)
    Path(target).write_bytes(data)
    return Path(target)


# --- export and import ------------------------------------------------------------------------


def export_articles(db: Database, actor: Actor, article_ids: list[str], target: Path) -> int:
    require(db, actor, Action.KNOWLEDGE_READ)
    infos = [get_article(db, actor, aid) for aid in article_ids]
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "articles": []}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        written: set[str] = set()
        for n, info in enumerate(infos, 1):
            folder = f"{n:03d}"
            fields = {"title": info.data.title, "kind": info.data.kind, "tags": list(info.data.tags),
                      "links": [link.__dict__ for link in info.data.links], "status": info.status,
                      "author_name": info.author_name, "updated_at": info.updated_at.isoformat(),
                      "source_id": info.id, "origin": info.origin, "revision_no": info.revision_no,
                      "attachments": [{"filename": x.filename, "mime": x.mime, "size": x.size, "sha256": x.sha256}
                                      for x in info.attachments]}
            zf.writestr(f"{folder}/article.json", json.dumps(fields, ensure_ascii=False, indent=1))
            zf.writestr(f"{folder}/article.md", info.data.body)
            for x in info.attachments:
                if x.sha256 not in written:
                    zf.writestr(f"files/{x.sha256}", blob_bytes(db, actor, x.sha256) or b"")
                    written.add(x.sha256)
            manifest["articles"].append(folder)
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    audit.append_now(db, actor, "knowledge.export", entity=ENTITY, details={"articles": len(infos)})
    return len(infos)


def _read(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with zf.open(name) as fh:
            data = fh.read(limit + 1)
    except KeyError:
        raise ValidationError(f"В файле нет части «{name}»: файл повреждён или сделан не программой. "
                              "Ничего не импортировано.") from None
    if len(data) > limit:
        raise ValidationError(f"Часть «{name}» больше допустимого размера. Ничего не импортировано.")
    return data


def _parse_zip(path: Path) -> list[tuple[ArticleData, list[tuple[str, str, bytes]]]]:
    """Everything checked before anything is written: [(data, [(file name, mime, bytes)])]."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValidationError(f"Файл «{path.name}» не является архивом материалов ({exc}). Ничего не "
                              "импортировано.") from None
    with zf:
        manifest = json.loads(_read(zf, "manifest.json", 1_000_000))
        if manifest.get("format") != FORMAT or int(manifest.get("format_version", 0)) > FORMAT_VERSION:
            raise ValidationError("Файл не является архивом материалов базы знаний cxdesk или сделан более новой "
                                  "версией программы. Ничего не импортировано.")
        folders = manifest.get("articles") or []
        if len(folders) > MAX_ARTICLES or not all(re.fullmatch(r"\d{1,6}", str(f)) for f in folders):
            raise ValidationError("Оглавление архива повреждено. Ничего не импортировано.")
        result = []
        for folder in folders:
            fields = json.loads(_read(zf, f"{folder}/article.json", 1_000_000))
            body = _read(zf, f"{folder}/article.md", 20_000_000).decode("utf-8")
            files = []
            for item in fields.get("attachments", []):
                sha = str(item.get("sha256", ""))
                if not _SHA.match(sha):
                    raise ValidationError(f"Материал «{fields.get('title')}»: неверная ссылка на файл. "
                                          "Ничего не импортировано.")
                data = _read(zf, f"files/{sha}", rules.MAX_ATTACHMENT_BYTES)
                if hashlib.sha256(data).hexdigest() != sha:
                    raise ValidationError(f"Файл «{item.get('filename')}» в архиве повреждён (контрольная сумма "
                                          "не совпадает). Ничего не импортировано.")
                files.append((str(item.get("filename") or sha), str(item.get("mime") or ""), data))
            links = tuple(ArticleLink(x["kind"], x["id"], x.get("title", "")) for x in fields.get("links", []))
            data = ArticleData(str(fields.get("title", "")), str(fields.get("kind", "info")), body,
                               tuple(fields.get("tags", [])), links, "Импортирован из файла")
            result.append((data, files))
        return result


def _parse_text(path: Path) -> list[tuple[ArticleData, list]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1251")
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    title = first.lstrip("#").strip() if first.startswith("#") else path.stem
    return [(ArticleData(title, "info", text, (), (), "Импортирован из файла"), [])]


def import_articles(db: Database, actor: Actor, path: Path, *, status: str = rules.DRAFT) -> list[ArticleInfo]:
    """New articles (drafts by default) from an export zip or a Markdown/text file."""
    require(db, actor, Action.KNOWLEDGE_PROPOSE)
    path = Path(path)
    parsed = _parse_zip(path) if zipfile.is_zipfile(path) else _parse_text(path)
    created = []
    for data, files in parsed:
        info = create_article(db, actor, data, status=rules.DRAFT if files else status)
        for name, mime, content in files:
            add_attachment(db, actor, info.id, name, content, mime)
        if files and status != rules.DRAFT:
            change_status(db, actor, info.id, status)
        created.append(get_article(db, actor, info.id))
    return created


def print_article(db: Database, actor: Actor, article_id: str, target) -> None:
    from cxdesk.reports.article_pdf import PrintableArticle, export_article_pdf

    info = get_article(db, actor, article_id)
    d = info.data
    links = "; ".join(f"{rules.LINK_KINDS.get(x.kind, x.kind)}: {x.title or x.id}" for x in d.links)
    facts = [("Вид", info.kind_title), ("Состояние", info.status_title), ("Теги", ", ".join(d.tags)),
             ("Связи", links), ("Автор", info.author_name),
             ("Редакция", f"№ {info.revision_no} от {info.updated_at.astimezone():%d.%m.%Y %H:%M}")]
    article = PrintableArticle(d.title, facts, d.body, [(x.filename, x.size) for x in info.attachments])
    export_article_pdf(target, article, organisation=own_office(db).name, printed_by=actor.full_name,
                       blob=lambda sha: blob_bytes(db, actor, sha))
    audit.append_now(db, actor, "knowledge.print", entity=ENTITY, record_id=article_id)
