"""The FastAPI application: server-rendered pages, their CSV twins and the JSON API under ``/api``.

Pages: ``/``, ``/region/{code}``, ``/indicator/{id}``, ``/report/{id}``, ``/search``, ``/checks``,
``/terms`` (policy-language frequencies, first use, diffusion) and ``/glossary`` (the 名词解释 dictionary);
each table also downloads as CSV with ``?format=csv`` (``&table=`` picks one of a page's tables).
The database is opened read-only and every parameter is validated, then bound into SQL.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from zhibiao.errors import QueryError
from zhibiao.normalize import fold_query
from zhibiao.store.query import plain
from zhibiao.web import apidocs, data, i18n, scorecard
from zhibiao.web import checks as checks_data
from zhibiao.web import labels as web_labels
from zhibiao.web import terms as terms_data
from zhibiao.web.db import ReadOnlyDB
from zhibiao.web.render import render, report_annotations
from zhibiao.web.security import Guard, HostCheck
from zhibiao.web.twins import Twins, absolute, twin_url

HERE = Path(__file__).resolve().parent

Level = Literal["national", "province", "prefecture", "county"]
Role = Literal["target", "actual", "prior_target"]
ReportType = Literal["government_work_report", "plan_report", "budget_report", "other"]
Measure = Literal["growth", "level", "rate", "change_pp", "index"]
PageFormat = Literal["html", "csv"]
ApiFormat = Literal["json", "csv"]

FactKey = Annotated[str, PathParam(pattern=r"^(?:[0-9a-f]{16}|-?\d{1,18})$",
                                   description="Stable fact_id (the panel's target_fact_id…) or row id")]
RegionKey = Annotated[str, PathParam(min_length=1, max_length=64, description="Division code or region name")]
ReportId = Annotated[str, PathParam(pattern=r"^\d{1,9}-\d{1,6}$", description="<document id>-<report index>")]
IndicatorId = Annotated[str, PathParam(pattern=r"^[A-Za-z0-9_]{1,64}$", description="Indicator id, e.g. gdp")]
YearQ = Annotated[int | None, Query(ge=1900, le=2100, description="Calendar year")]
RegionQ = Annotated[str | None, Query(min_length=1, max_length=64, description="Region code or name")]
ParentQ = Annotated[str | None, Query(pattern=r"^\d{2,6}$", description="Parent division code (prefix)")]
SearchQ = Annotated[str, Query(min_length=1, max_length=200, description="Text to find")]
TermsQ = Annotated[list[str] | None, Query(max_length=terms_data.MAX_TERMS, description=(
    "Term(s) to count: repeat q, or separate terms with commas or spaces"))]
TermBy = Literal["year", "region", "level", "province"]
YearsQ = Annotated[str | None, Query(pattern=r"^\s*(?:\d{4}\s*(?:[-~]\s*\d{4}\s*)?)?$", max_length=20,
                                     description="A year or an inclusive range, e.g. 2015-2026")]
TermParentQ = Annotated[str | None, Query(max_length=64, description=(
    "Parent region (code or name): its reports and those of the regions under it"))]
GlossaryQ = Annotated[str | None, Query(max_length=100, description=(
    "Term to look up (exact key, else contained)"))]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "Unknown id"}}
PER_PAGE = 50  # search hits per page
MAX_EXPORT = 10_000  # search hits in one CSV or API answer
_SEARCH_COLS = ["region", "region_code", "year", "type", "title", "report_id", "pos", "before", "match", "after",
                "url"]  # fmt: skip

_CSV_FORMAT_DOC = "html (default) or csv to download the table"
_TERM_COLS = {
    "freq": None,
    "reports": ["term", "region", "region_code", "level", "province", "year", "date", "report_id", "doc",
                "report", "chars", "count", "rate", "url"],
    "first": ["term", "date", "year", "region", "region_code", "level", "report_id", "doc", "report", "count",
              "reports", "regions", "url"],
    "diffusion": ["term", "level", "year", "new_regions", "regions_using", "regions_total", "share"],
}  # fmt: skip
_TERM_TABLE_KEY = {"freq": "rows", "reports": "reports", "first": "first_use", "diffusion": "diffusion"}


def _csv(rows: Iterable[dict[str, Any]], filename: str, columns: list[str] | None = None) -> Response:
    """Rows as a UTF-8 CSV download (with a BOM so spreadsheet programs read the Chinese right)."""
    rows = absolute(list(rows))  # links lead back to this dashboard from a spreadsheet too
    cols = columns or (list(rows[0]) if rows else [])
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if (v := plain(r.get(k))) is None else v) for k in cols})
    return Response(
        ("\ufeff" + buf.getvalue()).encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'},
    )


def _json(obj: Any) -> Any:
    """A structure with Decimals, dates and NaNs made JSON-friendly (recursively), links absolute."""
    return absolute(_plain_json(obj))


def _plain_json(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {str(k): _plain_json(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set):
        return [_plain_json(v) for v in obj]
    return plain(obj)


_FACT_COLS = [
    "id", "region", "region_code", "indicator", "indicator_label", "role", "period", "measure", "value",
    "value_high", "unit", "qualifier", "display", "text", "report_id", "doc", "report", "start_char",
    "end_char", "norm_start", "norm_end", "confidence", "horizon", "url",
]  # fmt: skip
_REPORT_COLS = [
    "id", "region", "region_code", "province", "level", "report_type", "report_year", "review_year",
    "plan_year", "date", "title", "doc", "report", "facts", "mentions", "chars", "url",
]  # fmt: skip


def create_app(
    db_path: str | os.PathLike[str] | None = None, idle_seconds: float = 10.0, review: bool = False,
    reviewer: str | None = None, host: str = "127.0.0.1", allow_hosts: Iterable[str] = (),
) -> FastAPI:
    """The dashboard over the database at ``db_path`` (default ``$ZHIBIAO_DB`` or ./zhibiao.duckdb),
    answering requests whose Host header names ``host`` (the bound address) or one of ``allow_hosts``.

    Read-only (every write answered 405) unless ``review``: then ``reviewer``'s decisions are taken
    at ``/api/review/*`` with the page's CSRF token (``zhibiao.web.review``).
    """
    db = ReadOnlyDB(db_path, idle_seconds=idle_seconds)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()

    app = FastAPI(
        lifespan=lifespan,
        title="zhibiao dashboard",
        version=_version(),
        description="Targets and results from Chinese government reports, each linked to its source text.",
        docs_url=None,  # FastAPI's Swagger UI and ReDoc come from a CDN: /docs is our own page instead
        redoc_url=None,
    )
    app.state.db = db
    app.add_middleware(_DropEmptyPageParams)
    from zhibiao.web import review as _review

    if review:
        router, token = _review.router(db, reviewer or "")
        app.include_router(router)
        app.state.csrf_token = token
    else:
        app.add_middleware(_review.ReadOnlyMethods)
        app.state.csrf_token = None
    app.add_middleware(Twins)  # /region/370100.json and .csv; absolute links in exports
    app.add_middleware(Guard, hosts=HostCheck(host, allow_hosts))  # outermost: checked first
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(label=web_labels.label, version=_version(), with_query=_with_query, review_mode=review,
                                 region_label=data.region_label, region_url=data.region_url,
                                 twin=lambda request, ext: twin_url(request.url.path,
                                                                    list(request.query_params.multi_items()), ext))
    web_labels.indicator_names()  # warm the vocabulary and gazetteer caches before the first visitor
    web_labels.province_of("110000")

    def page(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
        lang, remember = i18n.request_lang(request.query_params.get("lang"), request.cookies.get(i18n.COOKIE))
        ctx.update(i18n.context(lang))
        ctx["title"] = ctx.pop("title_en", None) if lang == "en" and ctx.get("title_en") else ctx["t"](
            str(ctx.get("title", "")))
        resp = templates.TemplateResponse(request, name, ctx, status_code=status_code)
        if remember:  # the switch in the header sets ?lang=; later pages keep it
            resp.set_cookie(i18n.COOKIE, lang, max_age=365 * 86400, samesite="lax")
        return resp

    def with_db(fn: Callable[..., Any], *args: Any) -> Any:
        with db.cursor() as con:
            return fn(con, *args)

    # -- errors: JSON under /api, an HTML page elsewhere --------------------------------------------
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page(request, "error.html", status_code=exc.status_code, title=str(exc.status_code),
                    message=exc.detail)  # fmt: skip

    @app.exception_handler(QueryError)
    async def refused(request: Request, exc: QueryError) -> Response:  # an unknown region, level, …
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": str(exc)}, status_code=422)
        return page(request, "error.html", status_code=422, title="422", message=f"参数有误 (bad parameter): {exc}")

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        errors = _json([{k: e.get(k) for k in ("loc", "msg", "type")} for e in exc.errors()])
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": errors}, status_code=422)
        msg = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in errors)
        return page(request, "error.html", status_code=422, title="422",
                    message=f"参数有误 (bad parameter): {msg}")  # fmt: skip

    # -- pages -----------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, summary="Overview of the store", tags=["pages"])
    def index(
        request: Request,
        format: Annotated[PageFormat, Query(description=_CSV_FORMAT_DOC)] = "html",
        table: Literal["reports", "regions", "indicators", "years", "provinces"] = "reports",
    ) -> Response:
        ov = with_db(data.overview)
        if format == "csv":
            rows = {"reports": ov["reports"], "regions": ov["regions"], "indicators": ov["indicators"],
                    "years": ov["by_year_level"], "provinces": ov["by_province"]}[table]  # fmt: skip
            return _csv(rows, f"zhibiao-{table}", _REPORT_COLS if table == "reports" else None)
        return page(request, "index.html", ov=ov, title="概览")

    @app.get("/region", summary="Find a region by name, short name or code (安居, 济南, 510904)",
             tags=["pages"], responses=NOT_FOUND, response_class=RedirectResponse, status_code=303)  # fmt: skip
    def region_finder(q: Annotated[str, Query(min_length=1, max_length=64, description="Region")]) -> Response:
        r = with_db(data.find_region, q)
        if r is None:
            raise HTTPException(404, with_db(data.region_error, q))
        return RedirectResponse("/region/" + quote(r["key"], safe=""), status_code=303)

    @app.get("/region/{code}", response_class=HTMLResponse, summary="A region's scorecard",
             tags=["pages"], responses=NOT_FOUND)  # fmt: skip
    def region(
        request: Request,
        code: RegionKey,
        format: Annotated[PageFormat, Query(description=_CSV_FORMAT_DOC)] = "html",
        table: Literal["scorecard", "reports", "facts"] = "scorecard",
    ) -> Response:
        r = with_db(data.region_page, code)
        if r is None:
            raise HTTPException(404, with_db(data.region_error, code))
        if format == "csv":
            key = r["region"]["key"]
            if table == "reports":
                return _csv(r["reports"], f"zhibiao-{key}-reports", _REPORT_COLS)
            if table == "facts":
                return _csv(r["facts"], f"zhibiao-{key}-facts", _FACT_COLS)
            return _csv(scorecard.flat_scorecard(r["scorecard"]), f"zhibiao-{key}-scorecard")
        reg = r["region"]
        return page(request, "region.html", r=r, title=reg["region"] or reg["key"],
                    title_en=i18n.region("en", reg["region_code"], reg["region"]))  # fmt: skip

    @app.get("/indicator/{ind}", response_class=HTMLResponse, summary="One indicator across regions",
             tags=["pages"], responses=NOT_FOUND)  # fmt: skip
    def indicator(
        request: Request,
        ind: IndicatorId,
        year: YearQ = None,
        level: Level | None = None,
        parent: ParentQ = None,
        measure: Measure | None = None,
        format: Annotated[PageFormat, Query(description=_CSV_FORMAT_DOC)] = "html",
        table: Literal["ranking", "facts"] = "ranking",
    ) -> Response:
        r = with_db(data.indicator_page, ind, year, level, parent, measure)
        if r is None:
            raise HTTPException(404, f"unknown indicator: {ind}")
        if format == "csv":
            name = f"zhibiao-{ind}-{r['year']}"
            if table == "facts":
                return _csv(r["facts"], name + "-facts", _FACT_COLS)
            return _csv(data.flat_indicator(r["rows"]), name)
        return page(request, "indicator.html", r=r, title=r["indicator_label"],
                    title_en=i18n.indicator("en", ind))  # fmt: skip

    @app.get("/fact/{fid}", summary="Where a fact is stated: redirects to its sentence in the report",
             tags=["pages"], responses=NOT_FOUND)  # fmt: skip
    def fact(fid: FactKey) -> Response:
        url = with_db(data.fact_location, fid)
        if url is None:
            raise HTTPException(404, f"unknown fact: {fid}")
        return RedirectResponse(url, status_code=302)

    @app.get("/report/{rid}", response_class=HTMLResponse, summary="A report's text with its facts marked",
             tags=["pages"], responses=NOT_FOUND)  # fmt: skip
    def report(
        request: Request,
        rid: ReportId,
        q: Annotated[str | None, Query(max_length=200, description="Text to mark in the report")] = None,
        format: Annotated[PageFormat, Query(description=_CSV_FORMAT_DOC)] = "html",
        table: Literal["facts", "mentions", "sections", "glossary"] = "facts",
    ) -> Response:
        reviewing = review and format == "html"  # the review panel shows rejected facts too, to decide again
        r = with_db(data.report_page, rid, reviewing)
        if r is None:
            raise HTTPException(404, f"unknown report: {rid}")
        if format == "csv":
            if table == "facts":
                return _csv(r["facts"], f"zhibiao-report-{rid}-facts", _FACT_COLS)
            return _csv(r[table], f"zhibiao-report-{rid}-{table}")
        q = fold_query((q or "").replace("\x00", "")) or None  # marked as search found it: 經濟 -> 经济
        body = render(r["text"], report_annotations(r, q))
        if not reviewing:
            return page(request, "report.html", r=r, body=body, q=q, title=r["meta"]["title"] or rid)
        lang, _ = i18n.request_lang(request.query_params.get("lang"), request.cookies.get(i18n.COOKIE))
        rv = _review.panel(r, lang, reviewer or "", app.state.csrf_token)
        return _review.no_store(page(request, "report.html", r=r, body=body, q=q, rv=rv,
                                     title=r["meta"]["title"] or rid))  # fmt: skip

    @app.get("/search", response_class=HTMLResponse, summary="Full-text search", tags=["pages"])
    def search_page(
        request: Request,
        q: Annotated[str | None, Query(max_length=200, description="Text to find")] = None,
        region: RegionQ = None,
        year: YearQ = None,
        type: ReportType | None = None,
        page_no: Annotated[int, Query(alias="page", ge=1, le=10_000, description="Page of 50 hits")] = 1,
        format: Annotated[PageFormat, Query(description=_CSV_FORMAT_DOC)] = "html",
    ) -> Response:
        csv_ = format == "csv"  # the CSV holds every hit up to MAX_EXPORT, the page one page of them
        limit, offset = (MAX_EXPORT, 0) if csv_ else (PER_PAGE, (page_no - 1) * PER_PAGE)
        found = with_db(data.search, q, region, year, type, 40, limit, offset) if q and q.strip() else None
        if csv_:
            return _csv(found["hits"] if found else [], "zhibiao-search", _SEARCH_COLS)
        filt = {"region": region, "year": year, "type": type}
        return page(request, "search.html", q=q or "", found=found, filt=filt, title="检索",
                    types=web_labels.labels()["report_type"])  # fmt: skip

    @app.get("/checks", response_class=HTMLResponse, summary="Consistency flags", tags=["pages"])
    def checks_page(
        request: Request,
        format: Annotated[PageFormat, Query(description=_CSV_FORMAT_DOC)] = "html",
    ) -> Response:
        flags = with_db(checks_data.checks)
        if format == "csv":
            return _csv(checks_data.flat_checks(flags), "zhibiao-checks")
        return page(request, "checks.html", flags=flags, title="核查")

    def terms_query(q: list[str] | None, by: str, level: str | None, parent: str | None,
                    years: str | None) -> dict[str, Any] | None:
        """The terms page's data, None without terms; bad terms are a 422."""
        terms = terms_data.split_terms(q)
        if not terms:
            return None
        if len(terms) > terms_data.MAX_TERMS or max(len(t) for t in terms) > terms_data.MAX_TERM_CHARS:
            raise HTTPException(422, f"at most {terms_data.MAX_TERMS} terms of at most {terms_data.MAX_TERM_CHARS} "
                                     "characters each")
        parent = (parent or "").strip() or None
        return with_db(terms_data.terms_page, terms, by, level, parent, (years or "").strip() or None)

    @app.get("/terms", response_class=HTMLResponse, summary="Policy language: term frequencies over time",
             tags=["pages"])  # fmt: skip
    def terms_page(
        request: Request,
        q: TermsQ = None,
        by: TermBy = "year",
        level: Level | None = None,
        parent: TermParentQ = None,
        years: YearsQ = None,
        format: Annotated[PageFormat, Query(description=_CSV_FORMAT_DOC)] = "html",
        table: Literal["freq", "reports", "first", "diffusion"] = "freq",
    ) -> Response:
        r = terms_query(q, by, level, parent, years)
        if format == "csv":
            rows = [] if r is None else r[_TERM_TABLE_KEY[table]]
            cols = _TERM_COLS[table] or ["term", by, "reports", "reports_with", "share", "occurrences",
                                         "chars", "rate_mean", "rate_max"]  # fmt: skip
            return _csv(rows, f"zhibiao-terms-{table}", cols)
        return page(request, "terms.html", r=r, q=" ".join(terms_data.split_terms(q)), by=by, level=level,
                    parent=parent or "", years=years or "", title="政策用语")  # fmt: skip

    @app.get("/glossary", response_class=HTMLResponse, summary="The cross-report glossary (名词解释)",
             tags=["pages"])  # fmt: skip
    def glossary_page(
        request: Request,
        q: GlossaryQ = None,
        format: Annotated[PageFormat, Query(description=_CSV_FORMAT_DOC)] = "html",
        table: Literal["terms", "entries"] = "terms",
    ) -> Response:
        g = with_db(terms_data.glossary_page, _clean(q))
        if format == "csv":
            if table == "entries":
                return _csv(g["entries"], "zhibiao-glossary-entries", terms_data.GLOSSARY_ENTRY_COLS)
            return _csv(g["terms"], "zhibiao-glossary", terms_data.GLOSSARY_COLS)
        return page(request, "glossary.html", g=g, title="名词解释")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> Response:
        return page(request, "docs.html", endpoints=apidocs.endpoints(app.openapi()), title="API")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    # -- JSON API --------------------------------------------------------------------------------------
    @app.get("/api/overview", summary="What the store holds", tags=["api"])
    def api_overview() -> dict[str, Any]:
        return _json(with_db(data.overview))

    @app.get("/api/region/{code}", summary="A region's scorecard, reports and facts", tags=["api"],
             responses=NOT_FOUND)  # fmt: skip
    def api_region(code: RegionKey) -> dict[str, Any]:
        r = with_db(data.region_page, code)
        if r is None:
            raise HTTPException(404, with_db(data.region_error, code))
        return _json({
            "region": r["region"],
            "scorecard": [{**row, "targets": [data.public_fact(f) for f in g["targets"]],
                           "actuals": [data.public_fact(f) for f in g["actuals"]]}
                          for row, g in zip(scorecard.flat_scorecard(r["scorecard"]), r["scorecard"],
                                            strict=True)],
            "reports": [{k: x[k] for k in _REPORT_COLS} for x in r["reports"]],
            "charts": r["charts"],
            "children": r["children"],
            "counts": {"scorecard": len(r["scorecard"]), "reports": len(r["reports"]), "facts": len(r["facts"])},
        })  # fmt: skip

    @app.get("/api/facts", summary="Facts filtered by region, indicator, role, year and level", tags=["api"])
    def api_facts(
        region: RegionQ = None,
        indicator: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_]{1,64}$")] = None,
        role: Role | None = None,
        year: YearQ = None,
        level: Level | None = None,
        limit: Annotated[int, Query(ge=1, le=100_000)] = 10_000,
        format: ApiFormat = "json",
    ) -> Any:
        facts = with_db(data.facts_filtered, region, indicator, role, year, level)
        total, facts = len(facts), facts[:limit]
        if format == "csv":
            return _csv(facts, "zhibiao-facts", _FACT_COLS)
        return _json({"count": len(facts), "total": total, "facts": [data.public_fact(f) for f in facts]})

    @app.get("/api/report/{rid}", summary="A report's metadata, text, sections, facts and mentions",
             tags=["api"], responses=NOT_FOUND)  # fmt: skip
    def api_report(rid: ReportId) -> dict[str, Any]:
        r = with_db(data.report_page, rid)
        if r is None:
            raise HTTPException(404, f"unknown report: {rid}")
        return _json({**r, "meta": {k: r["meta"][k] for k in _REPORT_COLS},
                      "facts": [data.public_fact(f) for f in r["facts"]]})  # fmt: skip

    @app.get("/api/search", summary="Full-text search with context", tags=["api"])
    def api_search(
        q: SearchQ, region: RegionQ = None, year: YearQ = None, type: ReportType | None = None,
        offset: Annotated[int, Query(ge=0, le=10_000_000, description="Hits to skip")] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_EXPORT, description="Hits to return")] = 200,
        format: ApiFormat = "json",
    ) -> Any:
        found = with_db(data.search, q, region, year, type, 40, limit, offset)
        if format == "csv":
            return _csv(found["hits"], "zhibiao-search", _SEARCH_COLS)
        return _json({"q": q, "count": len(found["hits"]), "total": found["total"], "reports": found["reports"],
                      "offset": offset, "limit": limit, "hits": found["hits"]})  # fmt: skip

    @app.get("/api/indicator/{ind}", summary="One indicator in one year across regions", tags=["api"],
             responses=NOT_FOUND)  # fmt: skip
    def api_indicator(
        ind: IndicatorId, year: YearQ = None, level: Level | None = None, parent: ParentQ = None,
        measure: Measure | None = None,
    ) -> dict[str, Any]:
        r = with_db(data.indicator_page, ind, year, level, parent, measure)
        if r is None:
            raise HTTPException(404, f"unknown indicator: {ind}")
        return _json({k: r[k] for k in ("indicator", "indicator_label", "year", "years", "level", "parent",
                                        "measure", "measures", "chart", "histogram")}
                     | {"rows": data.flat_indicator(r["rows"]),
                        "facts": [data.public_fact(f) for f in r["facts"]]})  # fmt: skip

    @app.get("/api/checks", summary="Consistency flags with their source facts", tags=["api"])
    def api_checks() -> dict[str, Any]:
        flags = with_db(checks_data.checks)
        return _json({"count": len(flags),
                      "flags": [{**row, "facts": [data.public_fact(f) for f in x["facts"]]}
                                for row, x in zip(checks_data.flat_checks(flags), flags, strict=True)]})  # fmt: skip

    @app.get("/api/terms", summary="Term frequencies by year/region/level/province, first use and diffusion",
             tags=["api"])  # fmt: skip
    def api_terms(
        q: Annotated[list[str], Query(min_length=1, max_length=terms_data.MAX_TERMS, description=(
            "Term(s) to count: repeat q, or separate terms with commas or spaces"))],
        by: TermBy = "year",
        level: Level | None = None,
        parent: TermParentQ = None,
        years: YearsQ = None,
        format: ApiFormat = "json",
    ) -> Any:
        r = terms_query(q, by, level, parent, years)
        if r is None:
            raise HTTPException(422, "q: give at least one term")
        if format == "csv":
            return _csv(r["rows"], "zhibiao-terms")
        return _json({k: r[k] for k in ("terms", "by", "level", "parent", "years", "rows", "reports",
                                        "first_use", "diffusion", "chart_rate", "chart_share")})  # fmt: skip

    @app.get("/api/glossary", summary="The cross-report glossary: terms and every region's definition",
             tags=["api"])  # fmt: skip
    def api_glossary(q: GlossaryQ = None, format: ApiFormat = "json") -> Any:
        g = with_db(terms_data.glossary_page, _clean(q))
        if format == "csv":
            return _csv(g["terms"], "zhibiao-glossary", terms_data.GLOSSARY_COLS)
        return _json({"q": g["q"], "count": len(g["terms"]),
                      "terms": [{**{k: t[k] for k in terms_data.GLOSSARY_COLS},
                                 "definitions": [{k: e[k] for k in terms_data.GLOSSARY_ENTRY_COLS}
                                                 for e in t["definitions"]]}
                                for t in g["terms"]]})  # fmt: skip

    return app


def _clean(q: str | None) -> str | None:
    """A free-text parameter without control characters and outer spaces (None if nothing is left)."""
    return "".join(c for c in q or "" if c >= " " and c != "\x7f").strip() or None


class _DropEmptyPageParams:
    """ASGI middleware: on pages (not /api), empty query values count as absent, so a form's
    "all" choice (``level=``) or a blank field is not a validation error."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and not scope["path"].startswith("/api") and scope.get("query_string"):
            pairs = [p for p in scope["query_string"].split(b"&") if p and not p.endswith(b"=")]
            scope = {**scope, "query_string": b"&".join(pairs)}
        await self.app(scope, receive, send)


def _with_query(request: Request, **changes: Any) -> str:
    """The current page's query string with some parameters changed (None removes one); repeated
    parameters (``q=a&q=b``) keep all their values."""
    params = [(k, v) for k, v in request.query_params.multi_items() if v != "" and k not in changes]
    params.extend((k, str(v)) for k, v in changes.items() if v is not None)
    return "?" + urlencode(params)


def _version() -> str:
    from zhibiao._version import __version__

    return __version__
