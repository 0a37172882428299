"""Errors that reach a user: the message says in Russian what happened, what was kept, what to do."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of all errors a service reports to a user; ``message`` is Russian text."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class ValidationError(ServiceError):
    pass


class NotFoundError(ServiceError):
    pass


class PermissionDenied(ServiceError):
    pass


class AuthenticationError(ServiceError):
    pass


class AccountLockedError(AuthenticationError):
    pass


class NotInitializedError(ServiceError):
    pass
