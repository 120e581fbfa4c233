"""The dashboard's guard: Host header checked against the bound address, and security headers.

A page on another site can make a browser send requests to ``127.0.0.1:8000`` under its own domain
name (DNS rebinding: ``evil.example`` first resolves to the attacker, then to 127.0.0.1) and read
the answers. Such a request carries the attacker's name in ``Host``, so only the names this
dashboard is really reached by are answered: the bound IP address itself, ``localhost`` when bound
to a loopback or wildcard address, any IP literal when bound to a wildcard (a rebinding needs a
name), and names given with ``zhibiao serve --allow-host``. Every answer also gets
``X-Content-Type-Options: nosniff`` and a Content-Security-Policy allowing only the app's own
scripts, styles and images (ECharts is vendored; no inline script).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)  # ECharts sets element styles from script, hence 'unsafe-inline' for styles only
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]
LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost"})


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None


def host_name(header: str) -> str:
    """The host part of a Host header, lower-cased, without its port (``[::1]:8000`` -> ``::1``)."""
    h = header.strip().lower()
    if h.startswith("["):
        return h[1 : h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


class HostCheck:
    """Which Host headers a dashboard bound to ``bound`` answers (see the module docstring)."""

    def __init__(self, bound: str = "127.0.0.1", allow: Iterable[str] = ()) -> None:
        self.bound = host_name(bound) or "127.0.0.1"
        self.allow = {host_name(a) for a in allow if a.strip()}
        ip = _ip(self.bound)
        self.wildcard = ip is not None and ip.is_unspecified
        self.loopback = self.bound in LOOPBACK_NAMES or (ip is not None and ip.is_loopback)

    def ok(self, header: str | None) -> bool:
        """Whether a request with this Host header is for this dashboard."""
        if not header:
            return False
        name = host_name(header)
        if name in self.allow or name == self.bound:
            return True
        ip = _ip(name)
        if ip is not None:
            return self.wildcard or (self.loopback and ip.is_loopback and _ip(self.bound) is None)
        return name in LOOPBACK_NAMES and (self.loopback or self.wildcard)


class Guard:
    """ASGI middleware: refuse requests for other hosts (400), add the security headers to every answer."""

    def __init__(self, app: Any, hosts: HostCheck) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"host"), None)
        if not self.hosts.ok(host):
            body = (f"400: this dashboard answers for {self.hosts.bound}, not for the host {host!r} "
                    "(start it with `zhibiao serve --allow-host NAME` to add a name)\n").encode()  # fmt: skip
            await send({"type": "http.response.start", "status": 400, "headers": [
                (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                *HEADERS]})  # fmt: skip
            await send({"type": "http.response.body", "body": body})
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                   *(h for h in HEADERS if h[0] not in have)]}  # fmt: skip
            await send(message)

        await self.app(scope, receive, send_with_headers)
