"""Review mode of the dashboard (``zhibiao serve --review --reviewer NAME``): decisions from the report view.

Only this mode writes, and only through ``POST /api/review/{accept,reject,correct,add}``: each
request must carry the page's CSRF token (``X-CSRF-Token``, a secret made when the server starts)
and come from the dashboard's own origin. Without ``--review`` every request other than GET and
HEAD is answered 405. A write goes through ``zhibiao.review.Reviewer``: the database is opened for
writing for a moment, as an ingest batch does, after the app's shared read connection is let go.

The report page of this mode carries the token and a review panel (``panel``: the facts, the fields
a reviewer may set and the panel's messages, in the page's language) driven by ``static/review.js``.
"""

from __future__ import annotations

import hmac
import secrets
from decimal import Decimal
from typing import Annotated, Any, get_args

from fastapi import APIRouter, Body, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from zhibiao.analysis.labels import column_label
from zhibiao.model import Commitment, Measure, Qualifier, Role
from zhibiao.review import FIELDS, Reviewer, ReviewError
from zhibiao.web import i18n
from zhibiao.web import labels as web_labels
from zhibiao.web.db import ReadOnlyDB

SAFE_METHODS = frozenset({"GET", "HEAD"})
CSRF_HEADER = "x-csrf-token"

FactId = Annotated[str, Field(pattern=r"^[0-9a-f]{6,16}$", description="fact id (or a unique prefix)")]
Text = Annotated[str, Field(max_length=500)]


class Accept(BaseModel):
    fact_id: FactId
    reason: Text | None = None


class Reject(BaseModel):
    fact_id: FactId
    reason: Text = "not a headline fact"


class Correct(BaseModel):
    fact_id: FactId
    fields: dict[Annotated[str, Field(max_length=32)], Annotated[str | None, Field(max_length=100)]]
    reason: Text | None = None


class Add(BaseModel):
    report_id: Annotated[str, Field(pattern=r"^\d{1,9}-\d{1,6}$")]
    start: Annotated[int, Field(ge=0)]  # the selection in the report's (normalised) text
    end: Annotated[int, Field(ge=1)]
    fields: dict[Annotated[str, Field(max_length=32)], Annotated[str | None, Field(max_length=100)]]
    reason: Text | None = None


class ReadOnlyMethods:
    """ASGI middleware of the read-only dashboard: every method but GET and HEAD gets 405."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
            resp = JSONResponse({"detail": "this dashboard is read-only (start it with --review to decide)"},
                                status_code=405, headers={"Allow": "GET, HEAD"})  # fmt: skip
            await resp(scope, receive, send)
            return
        await self.app(scope, receive, send)


def router(db: ReadOnlyDB, reviewer: str) -> tuple[APIRouter, str]:
    """The review endpoints and the CSRF token pages must send with each write."""
    token = secrets.token_urlsafe(32)
    rv = Reviewer(db.path, reviewer)
    r = APIRouter(prefix="/api/review", tags=["review"])

    def guard(request: Request) -> None:
        sent = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(sent.encode(), token.encode()):
            raise HTTPException(403, "missing or wrong CSRF token: reload the page")
        origin = request.headers.get("origin")
        if origin is not None and origin.split("://", 1)[-1] != request.headers.get("host", ""):
            raise HTTPException(403, "cross-origin write refused")

    def decide(request: Request, fn: Any, *args: Any, **kw: Any) -> dict[str, Any]:
        guard(request)
        try:
            with db.writing():
                ev = fn(*args, **kw)
        except ReviewError as e:
            raise HTTPException(422, str(e)) from None
        return {"fact_id": ev.fact_id, "action": ev.action, "reviewer": ev.reviewer, "fields": ev.fields}

    @r.post("/accept", summary="Accept a fact")
    def accept(request: Request, body: Annotated[Accept, Body()]) -> dict[str, Any]:
        return decide(request, rv.accept, body.fact_id, body.reason)

    @r.post("/reject", summary="Reject a fact")
    def reject(request: Request, body: Annotated[Reject, Body()]) -> dict[str, Any]:
        return decide(request, rv.reject, body.fact_id, body.reason)

    @r.post("/correct", summary="Correct fields of a fact")
    def correct(request: Request, body: Annotated[Correct, Body()]) -> dict[str, Any]:
        return decide(request, rv.correct, body.fact_id, body.fields, body.reason)

    @r.post("/add", summary="Add a missed fact from a span of a report's text")
    def add(request: Request, body: Annotated[Add, Body()]) -> dict[str, Any]:
        doc_id, report = (int(x) for x in body.report_id.split("-"))
        return decide(request, rv.add, doc_id, body.fields, report=report, norm_start=body.start,
                      norm_end=body.end, reason=body.reason)  # fmt: skip

    return r, token


def no_store(resp: Response) -> Response:
    """Pages carrying a CSRF token are not cached."""
    resp.headers["Cache-Control"] = "no-store"
    return resp


# -- the report page's review panel ---------------------------------------------------------------------
_CHOICES: dict[str, tuple[str, ...]] = {"role": get_args(Role), "measure": get_args(Measure),
                                        "qualifier": get_args(Qualifier), "commitment": get_args(Commitment)}
ADD_FIELDS = ("indicator", "role", "period", "measure", "value", "unit", "qualifier")  # the "add a fact" form
SHOWN = ("indicator", "role", "period", "measure", "value", "qualifier", "commitment", "review", "fact_id", "text")
# what review.js says, written in Chinese and translated like the templates' text (ui_en.toml)
_MESSAGES = {
    "saving": "正在保存…", "saved": "已保存", "failed": "未能保存",
    "pick": "先选一条指标数据（n / p，或点击原文中的数字）", "select": "先在报告正文中选中文字",
    "unchanged": "没有修改任何字段", "reason": "请写明拒绝理由",
    "of": "/", "none": "—",
}  # fmt: skip


def _field_label(name: str, lang: str) -> str:
    col = "indicator_label" if name == "indicator" else name
    return column_label("facts", col, "en" if lang == "en" else "zh")


def _text(v: Any) -> str:
    """A cell as a form shows it: exact decimals without trailing zeros, empty for NULL."""
    if v is None:
        return ""
    if isinstance(v, Decimal):
        return f"{v.normalize():f}"
    return str(v)


def fields(lang: str, names: tuple[str, ...] = FIELDS) -> list[dict[str, Any]]:
    """The form controls of the fields a reviewer sets: name, label, kind and choices (code, label)."""
    out = []
    for name in names:
        f: dict[str, Any] = {"name": name, "label": _field_label(name, lang), "kind": "text", "choices": []}
        if name in _CHOICES:
            f["kind"] = "select"
            f["choices"] = [(c, i18n.label(lang, name, c)) for c in _CHOICES[name]]
        elif name == "indicator":
            f["kind"] = "indicator"  # an input over the page's list of indicators (``panel``'s indicators)
        elif name == "period":
            f["kind"] = "year"
        elif name in ("value", "value_high"):
            f["kind"] = "number"
        out.append(f)
    return out


def panel_fact(f: dict[str, Any], lang: str) -> dict[str, Any]:
    """One fact as the panel shows it (labels in ``lang``) and as its form starts (``raw``)."""
    raw = {k: _text(f.get(k)) for k in FIELDS}
    ind = f["indicator"]
    return {
        "id": f["id"], "fact_id": f["fact_id"], "review": f["review"] or "machine", "reviewer": f["reviewer"] or "",
        "start": f["norm_start"], "end": f["norm_end"], "raw": raw,
        "show": {
            "indicator": f"{i18n.indicator(lang, ind, f.get('indicator_name'))} ({ind})",
            "role": i18n.label(lang, "role", f["role"]), "period": raw["period"] or "—",
            "measure": i18n.label(lang, "measure", f["measure"]), "value": f["display"],
            "qualifier": i18n.label(lang, "qualifier", f["qualifier"]) or "—",
            "commitment": i18n.label(lang, "commitment", f["commitment"]) or "—",
            "review": i18n.label(lang, "review", f["review"] or "machine")
            + (f" · {f['reviewer']}" if f["reviewer"] else ""),
            "fact_id": f["fact_id"] or "", "text": f["text"] or "",
        },
    }  # fmt: skip


def panel(page: dict[str, Any], lang: str, reviewer: str, token: str) -> dict[str, Any]:
    """What the report page's review panel needs, in ``lang``: its facts in reading order, the quantity
    mentions (an added fact's value and unit start from the one selected), form fields and messages."""
    facts = sorted(page["facts"], key=lambda f: (f["norm_start"] is None, f["norm_start"] or 0, f["id"]))
    mentions = [{"start": m["start"], "end": m["end"], "value": _text(m["value"]), "unit": m["unit"] or ""}
                for m in page["mentions"] if m["start"] is not None and m["end"] is not None]  # fmt: skip
    return {
        "token": token, "reviewer": reviewer, "facts": [panel_fact(f, lang) for f in facts], "mentions": mentions,
        "fields": fields(lang), "add_fields": fields(lang, ADD_FIELDS),
        "indicators": [(k, i18n.indicator(lang, k)) for k in sorted(web_labels.indicator_names())],
        "shown": [(k, _field_label(k, lang)) for k in SHOWN],
        "msg": {k: i18n.t(lang, v) for k, v in _MESSAGES.items()}
        | {s: i18n.label(lang, "review", s) for s in ("accepted", "corrected", "added", "rejected")},
    }  # fmt: skip
