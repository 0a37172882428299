"""The suite's network guard: a test that reaches out is caught, local sockets still work."""

from __future__ import annotations

import socket

import pytest

from tests.network_guard import NetworkAccessError


def test_a_connection_to_the_internet_fails_loudly():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkAccessError):
        sock.connect(("192.0.2.10", 443))  # TEST-NET-1: never routed


def test_a_name_lookup_fails_loudly():
    with pytest.raises(NetworkAccessError):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkAccessError):
        socket.create_connection(("pypi.org", 443), timeout=1)


def test_loopback_connections_still_work():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    with server, socket.create_connection(server.getsockname(), timeout=2) as client:
        conn, _ = server.accept()
        client.sendall(b"ok")
        assert conn.recv(2) == b"ok"
        conn.close()
