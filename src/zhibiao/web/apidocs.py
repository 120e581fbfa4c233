"""The API reference at ``/docs``: the OpenAPI document rendered as a plain page, no CDN, no script.

FastAPI's own ``/docs`` loads Swagger UI from a CDN, so offline (and under the dashboard's
Content-Security-Policy) it was blank; this page reads the same ``app.openapi()`` document.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def type_of(schema: dict[str, Any]) -> str:
    """A parameter's type as a person reads it: ``integer 1900–2100``, ``target | actual``, ``list of string``."""
    alts = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
    if alts:
        return " or ".join(type_of(s) for s in alts)
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    t = str(schema.get("type", "any"))
    if t == "array":
        return "list of " + type_of(schema.get("items", {}))
    lo, hi = schema.get("minimum"), schema.get("maximum")
    if lo is not None or hi is not None:
        t += f" {'' if lo is None else lo}–{'' if hi is None else hi}"
    if schema.get("pattern"):
        t += f" matching {schema['pattern']}"
    elif schema.get("maxLength"):
        t += f" (≤ {schema['maxLength']} characters)"
    return t


def endpoints(openapi: dict[str, Any]) -> list[Row]:
    """One row per operation: tag, method, path, summary and its parameters."""
    out: list[Row] = []
    for path, ops in openapi.get("paths", {}).items():
        for method, op in ops.items():
            params = [{
                "name": p["name"], "in": p["in"], "required": bool(p.get("required")),
                "type": type_of(p.get("schema", {})),
                "default": p.get("schema", {}).get("default"),
                "description": p.get("description") or p.get("schema", {}).get("description") or "",
            } for p in op.get("parameters", [])]  # fmt: skip
            out.append({"tag": (op.get("tags") or ["other"])[0], "method": method.upper(), "path": path,
                        "summary": op.get("summary", ""), "params": params})  # fmt: skip
    return out
