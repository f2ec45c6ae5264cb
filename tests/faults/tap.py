"""A TCP relay in front of a real server that freezes one connection at a chosen protocol moment,
so a test can SIGKILL the daemon exactly there (between IMAP COPY and STORE, after a MOVE the
daemon never heard answered, after an SMTP server stored a message but before its 250 arrived).

It does not speak IMAP or SMTP: it copies bytes both ways and looks for one byte pattern in what
the client sends. Armed with `hold_request`, the matching client bytes are never forwarded; with
`hold_reply`, they are forwarded and the server's answer is held back. Either way `triggered` is
set and that connection stays frozen until `stop()`; every other connection is relayed normally.
Armed with `watch`, nothing is held: `triggered` only says the bytes went by.
"""

from __future__ import annotations

import re
import socket
import threading
from dataclasses import dataclass

from tests.servers import LOOPBACK


@dataclass
class _Arm:
    pattern: re.Pattern[bytes]
    hold_reply: bool
    hold: bool = True  # False: only note that the pattern went by


class TcpTap:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.triggered = threading.Event()
        self.host = LOOPBACK
        self._arm: _Arm | None = None
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((LOOPBACK, 0))
        self.port = int(self._listener.getsockname()[1])
        self._running = False

    # -- arming -------------------------------------------------------------------------------------
    def hold_request(self, pattern: bytes) -> None:
        """Freeze the first connection whose client sends `pattern` (regex), before the server sees it."""
        self._set(_Arm(re.compile(pattern), hold_reply=False))

    def hold_reply(self, pattern: bytes) -> None:
        """Forward the first client bytes matching `pattern`, then hold back the server's answer."""
        self._set(_Arm(re.compile(pattern), hold_reply=True))

    def watch(self, pattern: bytes) -> None:
        """Only set `triggered` when the client sends `pattern`; the connection carries on."""
        self._set(_Arm(re.compile(pattern), hold_reply=False, hold=False))

    def _set(self, arm: _Arm) -> None:
        with self._lock:
            self._arm = arm
            self.triggered.clear()

    def disarm(self) -> None:
        with self._lock:
            self._arm = None

    # -- lifecycle ----------------------------------------------------------------------------------
    def start(self) -> None:
        self._listener.listen(64)
        self._running = True
        threading.Thread(target=self._accept, name="tap-accept", daemon=True).start()

    def stop(self) -> None:
        self._running = False
        for s in [self._listener, *self._sockets]:
            try:
                s.close()
            except OSError:
                pass

    def _accept(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream, timeout=10)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            self._sockets += [client, server]
            frozen = threading.Event()
            hold_answers = threading.Event()
            threading.Thread(target=self._client_to_server, args=(client, server, frozen, hold_answers),
                             daemon=True).start()
            threading.Thread(target=self._server_to_client, args=(server, client, frozen, hold_answers),
                             daemon=True).start()

    def _client_to_server(self, src: socket.socket, dst: socket.socket, frozen: threading.Event,
                          hold_answers: threading.Event) -> None:
        while not frozen.is_set():
            try:
                data = src.recv(65536)
            except OSError:
                break
            if not data:
                break
            # Commands and the end of DATA each arrive in one write, so one chunk is enough to match.
            with self._lock:
                arm = self._arm
                hit = arm is not None and arm.pattern.search(data) is not None
                if hit:
                    self._arm = None
            if hit and arm is not None and not arm.hold:
                self.triggered.set()
            elif hit and arm is not None:
                if arm.hold_reply:
                    hold_answers.set()
                    self._send(dst, data)
                frozen.set()
                self.triggered.set()
                return  # the connection stays open and silent until stop() or the client dies
            if not self._send(dst, data):
                break
        if not frozen.is_set():
            _close(dst)

    def _server_to_client(self, src: socket.socket, dst: socket.socket, frozen: threading.Event,
                          hold_answers: threading.Event) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                break
            if not data:
                break
            if hold_answers.is_set() or frozen.is_set():
                continue  # swallowed: the client never hears it
            if not self._send(dst, data):
                break
        if not frozen.is_set():
            _close(dst)

    @staticmethod
    def _send(sock: socket.socket, data: bytes) -> bool:
        try:
            sock.sendall(data)
            return True
        except OSError:
            return False


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
