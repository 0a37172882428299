"""«Центры обмена»: this centre's key fingerprint, the registered centres with the numbers of the bundles
sent, confirmed and received; registering a centre's public key after comparing its fingerprint,
revoking a key, re-issuing this centre's keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.exchange.common import REFUSED_COLOUR, fill, key_filter, selected_key, text_table
from cxdesk.services import exchange
from cxdesk.services.roles import Action


def _date(value) -> str:
    return value.astimezone().strftime("%d.%m.%Y") if value else ""


class CentresTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        own = QHBoxLayout()
        self.own_label = QLabel()
        self.own_label.setObjectName("ownFingerprint")
        self.own_label.setWordWrap(True)
        own.addWidget(self.own_label, 1)
        self.save_key = QPushButton(self.tr("Save the public key…"))
        self.save_key.clicked.connect(self.export_public_key)
        own.addWidget(self.save_key)
        layout.addLayout(own)
        self.table = text_table([self.tr("Code"), self.tr("Centre"), self.tr("Key fingerprint"),
                                 self.tr("Registered"), self.tr("Sent No."), self.tr("Confirmed No."),
                                 self.tr("Received No."), self.tr("State")], "centresTable")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.register = QPushButton(self.tr("&Register a centre's key…"))
        self.register.clicked.connect(self.register_key)
        self.revoke = QPushButton(self.tr("Re&voke the key…"))
        self.revoke.clicked.connect(self.revoke_key)
        self.rotate = QPushButton(self.tr("Re-issue this centre's keys…"))
        self.rotate.clicked.connect(self.rotate_keys)
        for button in (self.register, self.revoke, self.rotate):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        manage = ctx.can(Action.OFFICES_MANAGE)
        for button in (self.register, self.revoke, self.rotate):
            button.setVisible(manage)

    def refresh(self) -> None:
        outcome = self.ctx.runner.run(lambda: (exchange.own_keys(self.ctx.db, self.ctx.actor),
                                               exchange.list_peers(self.ctx.db, self.ctx.actor)), parent=self)
        if not outcome.ok:
            return
        keys, peers = outcome.value
        self.own_label.setText(self.tr("This centre: {code} «{name}», key fingerprint <b>{fp}</b> (keys issue "
                                       "{epoch}). Read it out to the other side when it registers your key.")
                               .format(code=keys.office_code, name=keys.office_name, fp=keys.fingerprint,
                                       epoch=keys.epoch))
        rows = [(p.office_code, p.office_name, p.fingerprint, _date(p.registered_at), p.out_msg_no, p.acked_msg_no,
                 p.in_msg_no, self.tr("revoked {date}").format(date=_date(p.revoked_at)) if p.revoked
                 else self.tr("active")) for p in peers]
        fill(self.table, rows, keys=[p.office_code for p in peers],
             colours=[REFUSED_COLOUR if p.revoked else None for p in peers])
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.revoke.setEnabled(selected_key(self.table) is not None)

    # --- actions ------------------------------------------------------------------------------
    def export_public_key(self) -> None:
        suggested = Path.home() / f"{self.ctx.db.office_code}.cxkey"
        target = messages.choose_save_path(self, self.tr("Save the public key"), suggested, key_filter())
        if target is None:
            return
        outcome = self.ctx.runner.run(lambda: exchange.export_public_key(self.ctx.db, self.ctx.actor, target),
                                      parent=self)
        if outcome.ok:
            messages.info(self, self.tr("The public key is saved to {path}. Hand it over with the fingerprint "
                                        "{fp}: the other side compares it before registering.")
                          .format(path=target, fp=outcome.value.fingerprint))

    def register_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The centre's public key"), str(Path.home()),
                                              key_filter())
        if not name:
            return
        outcome = self.ctx.runner.run(lambda: exchange.read_public_key(Path(name)), parent=self)
        if not outcome.ok:
            return
        preview = outcome.value
        spoken, ok = QInputDialog.getText(
            self, self.tr("Compare the fingerprint"),
            self.tr("The file is the key of {code} «{name}» ({kind}), fingerprint:\n{fp}\n\nType the fingerprint "
                    "the centre read out to you (by phone, not from the same stick). Registration is refused "
                    "if they differ.").format(code=preview.office_code, name=preview.office_name,
                                             kind=preview.kind, fp=preview.fingerprint),
            QLineEdit.EchoMode.Normal)
        if not ok:
            return
        outcome = self.ctx.runner.run(
            lambda: exchange.register_peer(self.ctx.db, self.ctx.actor, preview.office_code, Path(name),
                                           fingerprint=spoken),
            changes={"sync_peer", "office"}, parent=self)
        if outcome.ok:
            messages.info(self, self.tr("The key of {code} is registered: its bundles are accepted now.")
                          .format(code=preview.office_code))

    def revoke_key(self) -> None:
        code = selected_key(self.table)
        if code is None:
            return
        if not messages.confirm(self, self.tr("Revoke the key of {code}? Its bundles will be refused until a new "
                                              "key is registered.").format(code=code), self.tr("Revoke")):
            return
        self.ctx.runner.run(lambda: exchange.revoke_peer(self.ctx.db, self.ctx.actor, code),
                            changes={"sync_peer"}, parent=self)

    def rotate_keys(self) -> None:
        if not messages.confirm(self, self.tr(
                "Issue new keys for this centre? Do it after a restore from an old backup or when the key file "
                "was lost. The other side must then register the new public key, and the next bundle carries "
                "everything again."), self.tr("Issue new keys")):
            return
        outcome = self.ctx.runner.run(lambda: exchange.rotate_keys(self.ctx.db, self.ctx.actor),
                                      changes={"sync_peer"}, parent=self)
        if outcome.ok:
            self.refresh()
