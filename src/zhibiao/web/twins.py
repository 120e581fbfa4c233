"""Every page's data twins, datasette-style: ``/region/370100.json`` and ``/region/370100.csv``.

``PAGE.json`` answers what ``/api/PAGE`` answers (``/index.json`` the overview), ``PAGE.csv`` what
``PAGE?format=csv`` does, with the page's query string. Links in exported data are absolute
(``http://127.0.0.1:8000/report/5-1#fact-12``), so a CSV opened in a spreadsheet or a JSON file
saved to disk still leads back to the source text: the base comes from the request being answered.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any
from urllib.parse import quote, urlencode

BASE: ContextVar[str] = ContextVar("zhibiao_base_url", default="")
TWIN_EXTS = (".json", ".csv")
_NO_TWIN = ("/api", "/static", "/docs", "/openapi", "/favicon")
_NEEDS_Q = ("/search", "/terms")  # pages with nothing to export until something is asked


def base_of(scope: dict[str, Any]) -> str:
    """``scheme://host[:port]`` (and the root path) of the request in ``scope``."""
    host = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"host"), "")
    if not host and scope.get("server"):
        h, p = scope["server"]
        host = f"{h}:{p}"
    return f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}"


def absolute(obj: Any, base: str | None = None) -> Any:
    """``obj`` with its site links made absolute: ``url`` values, and the ``sources`` lists of flags."""
    b = BASE.get() if base is None else base
    if not b:
        return obj
    if isinstance(obj, dict):
        return {k: _abs_value(k, v, b) for k, v in obj.items()}
    if isinstance(obj, list):
        return [absolute(v, b) for v in obj]
    return obj


def _abs_value(key: str, v: Any, base: str) -> Any:
    if isinstance(v, str) and key == "url" and v.startswith("/"):
        return base + v
    if isinstance(v, str) and key == "sources":
        return " ".join(base + t if t.startswith("/") else t for t in v.split(" "))
    return absolute(v, base)


def rewrite(path: str, query: bytes) -> tuple[str, bytes] | None:
    """The path and query a twin's URL is answered by; None when ``path`` is not a twin."""
    ext = next((e for e in TWIN_EXTS if path.endswith(e)), None)
    if ext is None or path.startswith(_NO_TWIN):
        return None
    page = path[: -len(ext)]
    page = "/" if page in ("", "/", "/index") else page
    if ext == ".json":
        return ("/api/overview" if page == "/" else "/api" + page), query
    return page, (query + b"&" if query else b"") + b"format=csv"


def twin_url(path: str, params: list[tuple[str, str]], ext: str) -> str | None:
    """A page's twin: its path with ``ext`` (``.json``/``.csv``) and its query without paging or format."""
    if path.startswith(_NO_TWIN) or (path.startswith(_NEEDS_Q) and not any(k == "q" and v for k, v in params)):
        return None
    kept = [(k, v) for k, v in params if k not in ("format", "page") and v != ""]
    page = "/index" if path in ("", "/") else path.rstrip("/")
    return page + ext + ("?" + urlencode(kept) if kept else "")


class Twins:
    """ASGI middleware: answer ``PAGE.json``/``PAGE.csv`` (see the module docstring) and note the base URL."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = BASE.set(base_of(scope))
        try:
            moved = rewrite(scope["path"], scope.get("query_string", b""))
            if moved is not None:
                path, query = moved
                scope = {**scope, "path": path, "raw_path": quote(path).encode(), "query_string": query}
            await self.app(scope, receive, send)
        finally:
            BASE.reset(token)
