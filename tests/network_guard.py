"""The test suite runs offline: any socket connection to a non-local address fails loudly.

``install()`` wraps ``socket.socket.connect``/``connect_ex`` and ``socket.getaddrinfo`` so that a
test (or the code under test) that reaches for the network raises :class:`NetworkAccessError`
naming the address, instead of silently depending on a connection. Loopback addresses and Unix
sockets stay allowed (multiprocessing, local servers). CI also runs the suite in a network
namespace without interfaces (``.ci/run``), which covers connections made outside Python too.
"""

from __future__ import annotations

import ipaddress
import socket

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}
_originals: dict[str, object] = {}


class NetworkAccessError(RuntimeError):
    """A test tried to reach a non-local network address."""


def is_local(host: object) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    name = str(host).strip("[]").lower()
    if name in _LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _check(family: int, address: object) -> None:
    if family == getattr(socket, "AF_UNIX", None) or not isinstance(address, tuple):
        return
    if not is_local(address[0]):
        raise NetworkAccessError(f"the test suite runs offline: a connection to {address!r} was attempted")


def install() -> None:
    if _originals:
        return
    _originals["connect"] = socket.socket.connect
    _originals["connect_ex"] = socket.socket.connect_ex
    _originals["getaddrinfo"] = socket.getaddrinfo

    def connect(self: socket.socket, address: object) -> None:
        _check(self.family, address)
        return _originals["connect"](self, address)  # type: ignore[operator]

    def connect_ex(self: socket.socket, address: object) -> int:
        _check(self.family, address)
        return _originals["connect_ex"](self, address)  # type: ignore[operator]

    def getaddrinfo(host, *args, **kwargs):  # noqa: ANN001, ANN202
        if not is_local(host):
            raise NetworkAccessError(f"the test suite runs offline: a name lookup of {host!r} was attempted")
        return _originals["getaddrinfo"](host, *args, **kwargs)  # type: ignore[operator]

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]


def uninstall() -> None:
    if not _originals:
        return
    socket.socket.connect = _originals.pop("connect")  # type: ignore[method-assign]
    socket.socket.connect_ex = _originals.pop("connect_ex")  # type: ignore[method-assign]
    socket.getaddrinfo = _originals.pop("getaddrinfo")  # type: ignore[assignment]
