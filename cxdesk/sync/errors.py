"""The refusal of a bundle: a Russian message naming the file, the record and the reason."""

from __future__ import annotations

from cxdesk.services.errors import ValidationError


class BundleRefused(ValidationError):
    """A bundle failed a check; nothing was written."""

    def __init__(self, message: str, record: str = "") -> None:
        super().__init__(message)
        self.record = record
