"""Checking the integrity of the audit log from the GUI (Сервис menu and the «Журнал аудита»
tab): runs ``audit.verify`` through the operation runner and reports the result, listing every
problem found.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.services import audit

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def verify_audit_log(ctx: AppContext, parent: QWidget | None) -> audit.AuditVerification | None:
    """Verify the chain and tell the user; returns the verification (None if it failed to run)."""
    outcome = ctx.runner.run(lambda: audit.verify(ctx.db, ctx.actor), parent=parent)
    if not outcome.ok:
        return None
    result: audit.AuditVerification = outcome.value
    title = translate("AuditCheck", "Audit log integrity")
    if result.ok:
        messages.info(
            parent,
            translate(
                "AuditCheck", "The audit log is intact: {rows} records checked, no changes found."
            ).format(rows=result.rows),
            title=title,
        )
    else:
        messages.warning(
            parent,
            translate(
                "AuditCheck",
                "The audit log has been changed: {count} problems found in {rows} records. The data is "
                "kept as it is; tell the head of the centre and keep a backup copy of the database as "
                "evidence.",
            ).format(count=len(result.problems), rows=result.rows)
            + "\n\n"
            + "\n".join(result.problems[:10]),
            details="\n".join(result.problems),
            title=title,
        )
    return result
