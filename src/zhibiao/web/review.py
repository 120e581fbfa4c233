"""Review mode of the dashboard (``zhibiao serve --review --reviewer NAME``): decisions from the report view.

Only this mode writes, and only through ``POST /api/review/{accept,reject,correct,add}``: each
request must carry the page's CSRF token (``X-CSRF-Token``, a secret made when the server starts)
and come from the dashboard's own origin. Without ``--review`` every request other than GET and
HEAD is answered 405. A write goes through ``zhibiao.review.Reviewer``: the database is opened for
writing for a moment, as an ingest batch does, after the app's shared read connection is let go.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from zhibiao.review import Reviewer, ReviewError
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
