"""Password hashing with argon2id and the password policy."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from cxdesk.services.errors import ValidationError

MIN_LENGTH = 8
_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


def hash_password(password: str) -> str:
    check_policy(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def check_policy(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(f"Пароль слишком короткий: нужно не менее {MIN_LENGTH} символов.")
    if password.strip() != password:
        raise ValidationError("Пароль не должен начинаться или заканчиваться пробелом.")
    if password.isdigit() or password.isalpha():
        raise ValidationError("Пароль должен содержать и буквы, и цифры или другие знаки.")
