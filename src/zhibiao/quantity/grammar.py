"""The quantity grammar: find number+unit cores with one compiled regex, then attach words.

Design (linear time): a single master regex finds *cores* (number, optional range, unit,
trailing qualifier; 百分之X; 翻番; 持平; qualitative phrases). For each core a bounded window
(<= ``LEAD_WINDOW`` chars, never crossing the previous quantity) before the number is matched
by a small anchored regex for the leading verb/baseline/qualifier words. Word lists live in
``data/units.toml`` and ``data/qualifiers.toml``. Possessive/atomic groups stop backtracking
into digit runs, and look-behinds stop a search from restarting inside a run.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from itertools import count
from typing import Any

from zhibiao.model import Direction, Quantity, Span
from zhibiao.quantity.lexicon import UnitInfo, V
from zhibiao.quantity.numerals import in_range, parse_number

LEAD_WINDOW = 26  # chars before a number searched for verbs/qualifiers
_RATE_FROM_BACK = 24  # chars before a verb searched for a rate noun and its base (`涨幅从去年的5%左右,下降到`)
CMP_WINDOW = 30  # chars before a pp gap searched for a comparison


_LOST_DASH_BACK = 30  # chars before a dashless range looked through for a 分别
_DISTRIBUTION_LEADS = tuple(w for w in V.distributive if len(w) > 1)  # 分别 (not the 均 of 人均)


def _trusted_span_factory() -> Callable[[int, int], Span]:
    """A ``Span`` constructor for bounds already known valid (match bounds, ``start <= end``).

    It fills the two slots directly instead of running the frozen dataclass's ``__init__`` and
    its check (3x faster; a report makes ~10^5 spans). Falls back to ``Span`` if its fields change.
    """
    if getattr(Span, "__slots__", None) != ("start", "end"):
        return Span
    new = object.__new__
    set_start, set_end = Span.__dict__["start"].__set__, Span.__dict__["end"].__set__

    def trusted_span(start: int, end: int) -> Span:
        sp = new(Span)
        set_start(sp, start)
        set_end(sp, end)
        return sp

    return trusted_span


trusted_span = _trusted_span_factory()
_group_ids = count(1)
_MINUS = frozenset("-－−")
_SEP_ONLY = re.compile(r"[、,，和及与或\s]|以及")
_MINUS = ("-", "－", "−")  # a minus sign a list member's own figure opens on


def _unit_info(written: str) -> UnitInfo:
    return V.units.get(written) or UnitInfo(written, "other", written, 1)


def _measure(unit_kind: str, direction: str, level: bool) -> str:
    """A hint for the linker: growth / change_pp / rate / level / change."""
    if unit_kind == "pp":
        return "change_pp"
    if level or direction == "none":
        return "rate" if unit_kind in ("percent", "permille") else "level"
    if unit_kind in ("percent", "permille", "multiple"):
        return "growth"
    return "change"


def _core(m: re.Match[str], text: str, prev_end: int) -> Quantity | None:
    """Build a Quantity from one master-regex match, attaching the lead words before it."""
    g = m.group
    kind = m.lastgroup  # the outermost branch group closes last
    extra: dict[str, Any] = {}
    value_high: Decimal | None = None
    qualifier = "exact"
    direction: Direction = "none"
    if kind == "single":
        written = g("unit")
        between = g("between")
        if written is None:  # 2.1万余人: the magnitude before 余, the base unit after it
            written, between = g("mag2") + g("unit2"), g("between2")
        ui = _unit_info(written)
        anum = g("anum")
        if anum is not None:
            value: Decimal | None = Decimal(anum.replace(",", ""))  # validated by the regex
            num_start, num_end = m.span("anum")
            # `2兆5979亿元`: 25979亿元 (2 trillion and 5979 hundred million); `7万1240元`: 71240元
            if g("tri") is not None:
                value, num_start = Decimal(g("tri")) * 10000 + value, m.start("tri")
        else:
            raw = g("cnum")
            # a lone Chinese digit (一个, 两家, 一人一策) is prose unless a magnitude or % unit follows
            if len(raw) == 1 and ui.factor == 1 and ui.kind not in ("pp", "multiple", "percent"):
                return None
            value = parse_number(raw)
            num_start, num_end = m.span("cnum")
            if value is not None and "亿" in raw and written.startswith("万") and len(written) > 1:
                # `五亿三千万美元`: the 万 closes the number (5.3亿), not a magnitude of the unit (五亿三千 万美元)
                value = parse_number(raw + "万")
                value = value / Decimal(10**8) if value is not None else None
                written = "亿" + written[1:]
                ui = _unit_info(written)
        post = g("post")
        if between:
            qualifier = V.between_qual[between]
            extra["between"] = between
    elif kind in ("qsync", "qcmp", "qphrase", "qtask"):
        phrase = m.group(0)
        if kind == "qtask":
            extra.update(phrase=phrase, num_span=None, lead_start=m.start(), task=True)
            if g("tobj"):  # `完成国家下达粮食…目标任务`: the indicators are named inside the phrase
                extra["task_object"] = m.start("tobj")
            return Quantity(None, None, None, "qualitative", "none", trusted_span(*m.span()), phrase, "level", extra)
        if kind == "qphrase":
            direction = V.qual_dir[phrase]  # type: ignore[assignment]
        elif kind == "qcmp":
            direction = V.qual_cmp_dir[g("qcw")]  # type: ignore[assignment]
            if g("qmargin"):
                extra["margin"] = True  # `高于全国0.7个百分点`: a margin over the reference, said of the subject
        extra["phrase"] = phrase
        extra["num_span"] = None
        extra["lead_start"] = m.start()
        return Quantity(None, None, None, "qualitative", direction, trusted_span(*m.span()), phrase,
                        "growth" if direction == "up" else None, extra)
    elif kind == "mile":
        number, mag = V.milestone_values[g("mmag")]
        ui = _unit_info(mag + (g("mcur") or V.milestone_default_unit))  # `突破百亿大关`: 亿元
        return _finish(text, prev_end, m.start(), m.end(), m.end(), Decimal(number), None, ui.unit, ui.kind,
                       "at_least", "none", None, {}, ui=ui)  # a threshold passed: at least it
    elif kind == "fan":
        n = g("fann")
        times = {None: 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}[n]
        value = Decimal(2**times - 1) * 100
        fpost = g("fpost")  # (`翻一番以上`: at least doubled)
        num_end = m.start("fpost") if fpost else m.end()
        return _finish(text, prev_end, m.start(), num_end, m.end(), value, None, "%", "percent",
                       V.post_qual[fpost] if fpost else "exact", "up", "growth", {"post": fpost} if fpost else {},
                       fixed_direction=True, post=bool(fpost))
    elif kind == "flat":
        qual = "around" if m.group(0).startswith("基本") else "exact"
        return _finish(text, prev_end, m.start(), m.end(), m.end(), Decimal(0), None, "%", "percent",
                       qual, "flat", "growth", {}, fixed_direction=True)
    elif kind == "range":
        lo, hi = parse_number(g("r1")), parse_number(g("r2"))
        ui = _unit_info(g("ru2"))
        ru1 = g("ru1")
        if (ru1 and _unit_info(ru1).unit != ui.unit and not g("ru2").startswith(ru1)) or lo is None or hi is None:
            return None  # (but `500亿-520亿元`: the magnitude said twice, the unit once)
        back = text[max(0, m.start() - _LOST_DASH_BACK) : m.start()]
        clause = back[max(back.rfind(c) for c in "，,；;。\n") + 1 :]
        if not g("sep") and (not lo < hi or any(w in back for w in _DISTRIBUTION_LEADS)
                             or any(w in clause for w in V.paired_subjects)):
            # `增长7%7.5%` (a dash lost in a scrape) is a range only when it rises, and not in a distribution
            # (`分别增长9%12%`, and in the clause of a pair of subjects `城镇、农村居民人均可支配收入同比增长6.1%8%`:
            # the 、 between two figures was lost)
            return None
        value, value_high, qualifier = lo, hi, "range"
        num_start, num_end = m.start("r1"), m.end("r1")
        post = g("rpost")
    elif kind == "bz":  # `保6争7`: each a growth rate, the 保 one to hold, the 争 one to strive for
        key = "bzn" if g("bzn") is not None else "bzn2"
        value = parse_number(g(key))
        if value is None:
            return None
        num_start, num_end = m.span(key)
        word = "binding" if key == "bzn" else "stretch"  # (as ``facts.commitment`` reads 保 / 争 before it)
        q = _finish(text, prev_end, num_start, num_end, m.end(), value, None, "%", "percent",
                    "exact", "up", "growth", {"commitment": word}, fixed_direction=True)
        # the span opens on its 保 or 争, the word that makes it a figure
        return replace(q, span=trusted_span(num_start - 1, q.span.end), raw=text[num_start - 1 : q.span.end])
    elif kind == "pidx":
        value = Decimal(g("inum"))
        ui = V.units["%"]
        num_start, num_end = m.span("inum")
        post = g("ipost")
        if text.startswith("约", m.start()):  # `价格指数约为103`: its 约 is in the match, not the lead
            qualifier = V.pre_qual["约"]
    else:  # pct
        value = parse_number(g("pnum"))
        ui = V.units["%"]
        num_start, num_end = m.start("pct"), m.end("pnum")
        post = g("ppost")
        if g("pnum2") is not None:
            hi = parse_number(g("pnum2"))
            path = V.path_from_re.search(text, max(0, m.start() - V.path_from_back), m.start()) is not None
            if value is not None and hi is not None and value < hi and not path:
                value_high, qualifier = hi, "range"  # `百分之四点五至百分之五`: a range in words
            else:  # (`由百分之五到百分之三`, or a path: no range; the second figure is read on its own)
                return _finish(text, prev_end, num_start, num_end, num_end, value, None, ui.unit, ui.kind,
                               qualifier, "none", None, extra, ui=ui) if value is not None and in_range(value) else None
    if value is None or not in_range(value) or (value_high is not None and not in_range(value_high)):
        return None  # past DECIMAL(38, 10): not read as a quantity (``numerals.in_range``)
    if post:
        qualifier = V.post_qual[post]
        extra["post"] = post
    return _finish(text, prev_end, num_start, num_end, m.end(), value, value_high, ui.unit, ui.kind,
                   qualifier, "none", None, extra, ui=ui, post=bool(post))


def _finish(text: str, prev_end: int, num_start: int, num_end: int, end: int, value: Decimal,
            value_high: Decimal | None, unit: str, kind: str, qualifier: str, direction: Direction,
            hint: str | None, extra: dict[str, Any], *, ui: UnitInfo | None = None,
            post: bool = False, fixed_direction: bool = False) -> Quantity:
    """Attach the lead (verb, baseline, qualifier words) before ``num_start`` and sign the value."""
    wstart = max(prev_end, num_start - LEAD_WINDOW)
    start = num_start
    level = False
    lead_end = num_start
    minus = lead_end > wstart and text[lead_end - 1] in _MINUS and kind == "percent"
    if minus:
        lead_end -= 1  # `增长-18.9%`: a growth written with its sign, a fall
    while lead_end > wstart and num_start - lead_end < 2 and text[lead_end - 1] in " \u3000":
        lead_end -= 1  # `涨幅 1.1%`: a scrape's space between the verb and its number
    lm = (V.lead_re.search(text, wstart, lead_end)
          if wstart < lead_end and text[lead_end - 1] in V.lead_last else None)
    if lm and lm.start() < lm.end():
        start = lm.start()
        verb, pre = lm.group("verb"), lm.group("pre")
        if lm.group("intent"):
            extra["cue"] = lm.group("intent")
        if lm.group("base"):
            extra["baseline"] = lm.group("base")
        if lm.group("dist1") or lm.group("dist2") or lm.group("dist3"):
            extra["distributive"] = True
            if lm.group("verb") in V.rate_nouns and lm.group("dist3"):
                # `增速分别为6.6%和7%`: a rate noun shared by the names before it (the last may be a name that
                # ends on its own rate noun: `城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内`)
                extra["rate_noun_shared"] = True
        if lm.group("paren"):
            extra["paren"] = lm.group("paren")
        if verb and not fixed_direction:
            extra["verb"] = verb
            if verb in V.level_verbs:
                level = True
            elif pre in V.level_conn and verb not in V.rate_nouns:
                # (`经济增长回落至10.1%`: a growth said as a noun before a verb that moves a rate)
                growth_noun = verb in V.growth_reach_verbs and text.endswith(V.growth_nouns_before_reach, 0, lm.start())
                at = lm.start()  # (past an adverb after the rate noun: `增速进一步升至3.5%`)
                at -= next((len(w) for w in V.adverbs_before_reach if text.endswith(w, 0, at)), 0)
                noun = next((n for n in V.rate_nouns if text.endswith(n, 0, at)), None)
                based = V.rate_from_re.search(text, max(0, lm.start() - _RATE_FROM_BACK), lm.start())
                noun = noun or (based.group("noun") if based else None)  # (`降幅由12.5%缩小至3.2%`: a fall)
                if noun is not None or growth_noun:
                    # `涨幅回落到2.6%`, `涨幅从5%下降到3%`: the rate's new value, a growth as written
                    # (its sign kept: `涨幅回落到-0.5%`, a fall; a fall's own noun makes it one: `降幅进一步缩小到3.2%`)
                    direction = "down" if noun is not None and V.dir_of.get(noun) == "down" else "up"
                    extra["rate_reached"] = True
                else:
                    level = True  # 提高到65%: the new level
            else:
                direction = V.dir_of[verb]
        if pre:
            extra["pre"] = pre
            pq = V.pre_qual[pre]
            if not post and qualifier == "exact":
                qualifier = pq
    if kind == "percent" and direction == "none" and not level and not fixed_direction:
        na = V.nouns_after_re.match(text, end)
        if na:  # `保持10%的增幅`: the noun after the figure says it is a growth
            direction, end = V.nouns_after[na.group()], na.end()
            extra["noun_after"] = na.group()
    if minus and lm is not None and direction == "up" and not fixed_direction:
        direction = "down"
        extra["minus_sign"] = True  # (a rise verb's figure below zero: `分别增长-1.2%、3.5%`, its list rises)
    if hint is None:
        hint = _measure(kind, direction, level)
    if direction == "down":
        value, value_high = -value, (None if value_high is None else -value_high)
        if value_high is not None and value_high < value:
            value, value_high = value_high, value
    extra["num_span"] = trusted_span(num_start, num_end)
    extra["lead_start"] = start
    if ui is not None and ui.kind not in ("percent", "permille", "pp", "multiple", "time"):
        extra["value_base"] = value * ui.factor
        extra["base_unit"] = ui.base
        if value_high is not None:
            extra["value_high_base"] = value_high * ui.factor
    extra["kind"] = kind
    return Quantity(value, value_high, unit, qualifier, direction,  # type: ignore[arg-type]
                    trusted_span(start, end),
                    text[start:end], hint, extra)


def _comparison(q: Quantity, text: str, out: list[Quantity], floor: int) -> Quantity:
    """Re-read a gap as a comparison when one precedes it: `超过年初预期目标(6.5%)0.2个百分点`,
    `超过年初预期目标(6000人以上)426人`; the quoted target becomes a comparison quantity too."""
    ns = q.extra["num_span"].start
    if q.extra.get("verb") or q.extra.get("baseline"):
        return q
    wstart = max(0, ns - CMP_WINDOW)
    m = V.cmp_re.search(text, wstart, ns)
    if not m:
        return q
    ref = m.group("ref") or m.group("ref2")
    if ref in V.baseline_refs:
        return q
    direction = V.cmp_dir[m.group("cmp")] if m.group("cmp") else V.by_dir[m.group("by")]
    start = m.start()
    quoted = "qnum" if m.group("qnum") is not None else "qnum2" if m.group("qnum2") is not None else None
    if quoted is not None:
        # the quoted number is the previous quantity: give it the reference, span from the comparator
        # (`超过年初预期目标(6.5%)0.2个百分点`, `高于年初人代会18%的目标2.4个百分点`)
        if quoted == "qnum2":
            ref = ref + m.group("goal")
        prev = out[-1] if out else None
        qs = m.start(quoted)
        prev_num = prev.extra.get("num_span") if prev is not None else None
        if prev_num is None or prev_num.start != qs:
            return q  # (a phrase without a number before it, `翻番`, is no quoted target)
        if len(out) > 1 and out[-2].span.end > start:
            return q  # the comparator would take in the figure before (`低于翻番(5%)`): spans never overlap
        new_prev = Quantity(prev.value, prev.value_high, prev.unit, prev.qualifier, prev.direction,
                            Span(start, m.end()), text[start:m.end()], prev.measure_hint,
                            {**prev.extra, "reference": ref, "comparison": True, "lead_start": start,
                             "comparator": m.group("cmp"), "quoted": True})
        out[-1] = new_prev
        start = q.extra["num_span"].start
    elif start < floor or q.unit != "pp":
        return q  # a non-pp figure is a gap only right after a quoted target
    value = -abs(q.value) if direction == "down" and q.value is not None else q.value
    extra = {**q.extra, "reference": ref, "comparison": True, "lead_start": start,
             "comparator": m.group("cmp") or m.group("lead")}
    return Quantity(value, None, q.unit, q.qualifier if quoted else "exact", direction,  # type: ignore[arg-type]
                    Span(start, q.span.end), text[start:q.span.end],
                    "change_pp" if q.unit == "pp" else q.measure_hint, extra)


def lost_separator(a: Quantity, b: Quantity) -> bool:
    """`分别增长9%12%`, `增长9.2%9.6%`, `分别为43046元26162元`: a PDF lost the 、 between two figures of one unit
    written one right after the other (``b`` opens on its number: no verb of its own)."""
    num = b.extra.get("num_span")
    return (a.span.end == b.span.start and a.unit is not None and a.unit == b.unit and num is not None
            and b.span.start == num.start)


def _groups(out: list[Quantity], text: str) -> None:
    """Mark ``分别`` distributions: later members inherit verb, direction and sign. So do the bare amounts
    listed right after an amount of change (`较年初增加31.1亿元、17.58亿元`: the second is an increase too,
    not a level), whose verb the list shares as ``分别`` would have it."""
    i = 0
    n = len(out)
    while i < n:
        head = out[i]
        change = head.measure_hint == "change" and head.extra.get("verb") is not None
        if not (head.extra.get("distributive") or change) or head.value is None:
            i += 1
            continue
        j = i + 1
        while j < n:
            prev, cur = out[j - 1], out[j]
            if change and not head.extra.get("distributive") and (
                    cur.unit != head.unit or text[prev.span.end : cur.span.start] not in V.change_list_joiners):
                break  # (only a list's next amount, in the same unit and joined by 、 or 和 alone)
            # (an aside in brackets after a member is no break: `增速分别为5.6%(全市第四)、6.6%`, 清涧 2023)
            gap = V.aside_re.sub("", text[prev.span.end:cur.span.start], count=1)
            # (a member's own minus sign: `分别增长-3.2%和-1.5%`, `分别增长3%、-2.1%`)
            signed = gap.endswith(_MINUS) and cur.direction == "none" and cur.value is not None and cur.value > 0
            gap = gap[:-1] if signed else gap
            # a separator lost in a PDF leaves `分别增长9%12%`: a percentage right after one still lists
            lost = lost_separator(prev, cur)
            if cur.value is None or (not gap and not lost) or len(gap) > 3 or _SEP_ONLY.sub("", gap):
                break
            turned = (cur.extra.get("verb") is not None and head.extra.get("distributive") and cur.unit == head.unit
                      and head.direction in ("up", "down") and cur.direction in ("up", "down")
                      and cur.direction != prev.direction and "," not in gap and "，" not in gap)
            if signed:
                vh = None if cur.value_high is None else -cur.value_high
                out[j] = cur = Quantity(-cur.value, vh, cur.unit, cur.qualifier, "none",  # type: ignore[operator]
                                        trusted_span(cur.span.start - 1, cur.span.end), "-" + cur.raw,
                                        cur.measure_hint, {**cur.extra, "minus_sign": True})
            if (cur.extra.get("verb") and not turned) or cur.extra.get("comparison") or cur.extra.get("distributive"):
                break  # a verb of its own, or a second 分别 (`分别增长12%和13%,分别达43366元和13835元`); but a member
                # turning the other way stays (`分别下降2.8%、增长1.2%`: each its own sign)
            if cur.unit != prev.unit and ("," in gap or "，" in gap):
                break  # `分别增长5.5%和8.6%,10件民生实事…`: the next clause's figure, in another unit
            j += 1
        if j - i > 1:
            gid = next(_group_ids)
            shared = _shared_qualifier(out[i:j])
            for k in range(i, j):
                q = out[k]
                ex = {**q.extra, "group": gid, "group_index": k - i}
                value, vh, direction, hint = q.value, q.value_high, q.direction, q.measure_hint
                qualifier = q.qualifier
                if shared is not None and _bare(q):
                    qualifier = shared
                    if head.extra.get("pre") and k > i:
                        ex["pre_shared"] = head.extra["pre"]
                if k > i and head.direction != "none" and direction == "none":
                    # (a head below zero by its own sign lends its list the verb's rise: `分别增长-1.2%、3.5%、1.4%`;
                    # a member below zero by its own sign is a fall, `分别增长3%、-2.1%`)
                    direction = "up" if head.extra.get("minus_sign") else head.direction
                    if q.extra.get("minus_sign"):
                        direction = "down" if direction == "up" else direction
                    hint = head.measure_hint
                    if direction == "down" and value is not None and not q.extra.get("minus_sign"):
                        value, vh = -value, (None if vh is None else -vh)
                        if vh is not None and vh < value:
                            value, vh = vh, value
                    ex["verb"] = head.extra.get("verb")
                if k > i and head.extra.get("baseline") and not q.extra.get("baseline"):
                    ex["baseline"] = head.extra["baseline"]  # `年均分别增长10.1%和11.5%`: both averages
                out[k] = Quantity(value, vh, q.unit, qualifier, direction, q.span, q.raw, hint, ex)  # type: ignore[arg-type]
        i = j
    _shared_pre(out, text)


def _shared_pre(out: list[Quantity], text: str) -> None:
    """`连跨5万亿元、6万亿元`: figures listed after one qualifier word, with no word of their own and no
    ``分别``, share it (a distribution is handled by ``_groups``)."""
    for k in range(1, len(out)):
        head, q = out[k - 1], out[k]
        pre = head.extra.get("pre_shared") or head.extra.get("pre")
        gap = text[head.span.end : q.span.start]
        if (pre is None or head.qualifier == "exact" or q.extra.get("group") is not None or not _bare(q)
                or q.unit != head.unit or q.extra.get("verb") or q.extra.get("cue") or not gap
                or _SEP_ONLY.sub("", gap)):
            continue  # (`突破百亿,完成113.8亿元`: a figure led by a word of its own is said in its own right)
        out[k] = Quantity(q.value, q.value_high, q.unit, head.qualifier, q.direction, q.span, q.raw,
                          q.measure_hint, {**q.extra, "pre_shared": pre})


# A bare number joined to the figure after it, whose unit it shares: `分别达到12488和10163亿元`.
_BARE_BEFORE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)(?:、|和|及|与)\Z")


def _shared_units(out: list[Quantity], text: str) -> None:
    """Give the bare numbers of a distribution (`分别达到12488和10163亿元`) the unit of the figure
    they are listed with; only after ``分别`` (a lone number is too often a count or a code)."""
    i = 0
    while i < len(out):
        q = out[i]
        ns = q.extra.get("num_span")
        prev_end = out[i - 1].span.end if i else 0
        if ns is None or q.unit is None or q.value is None or ns.start - q.span.start > 0:
            i += 1
            continue
        m = _BARE_BEFORE.search(text, max(prev_end, ns.start - 24), ns.start)
        ui = V.units.get(q.unit)
        value = parse_number(m.group(1)) if m else None
        if m is None or value is None or ui is None:
            i += 1
            continue
        bare = _finish(text, prev_end, m.start(1), m.end(1), m.end(1), value, None, q.unit,
                       q.extra.get("kind", ui.kind), "exact", "none", None, {}, ui=ui)
        if not (bare.extra.get("distributive") or _paired_amount(bare, q)):
            i += 1
            continue
        out.insert(i, bare)
        i += 2


def _paired_amount(bare: Quantity, q: Quantity) -> bool:
    """`城乡居民人均可支配收入46324和26682元`: without ``分别``, a bare number shares the unit of the amount
    it is joined to only when that is money and the two are of one size (not a count or a code)."""
    ui = V.units.get(q.unit) if q.unit else None
    if ui is None or ui.kind != "currency" or not bare.value or not q.value:
        return False
    ratio = abs(bare.value / q.value)
    return Decimal("0.2") <= ratio <= 5


def _bare(q: Quantity) -> bool:
    """A member of a distribution with no qualifier word of its own."""
    return q.qualifier == "exact" and not q.extra.get("pre") and not q.extra.get("post")


def _shared_qualifier(members: list[Quantity]) -> str | None:
    """The qualifier a distribution's members share: the head's word before the first figure
    (`分别超过8万元、4.5万元`) or the last member's word after the list (`分别增长7%和8%左右`),
    when every other member has none."""
    head, last = members[0], members[-1]
    if head.extra.get("pre") and head.qualifier != "exact" and all(_bare(q) for q in members[1:]):
        return head.qualifier
    if last.extra.get("post") and last.qualifier != "exact" and all(_bare(q) for q in members[:-1]):
        return last.qualifier
    return None


def scan(text: str) -> list[Quantity]:
    """Every quantity expression in ``text``, in order, non-overlapping (see the package doc)."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Quantity] = []
    prev_end = 0
    gc_on = gc.isenabled()
    gc.disable()  # thousands of small acyclic objects: the cyclic GC only costs time here
    try:
        pos, n = 0, len(text)
        while pos <= n and (m := V.master.search(text, pos)) is not None:
            pos = max(m.end(), m.start() + 1)
            if m.start() < prev_end:
                continue
            q = _core(m, text, prev_end)
            if q is None and m.group("range") is not None and (m := V.plain.search(text, m.start())) is not None:
                pos = max(m.end(), m.start() + 1)  # a range that is none: its figures one by one
                q = _core(m, text, prev_end)
            if q is None:
                continue
            if m.group("pnum2") is not None and q.value_high is None:
                pos = q.span.end  # (a pair in words that is no range: the second is read next)
            qs = q.span.start
            if q.extra.get("num_span") is not None and (q.unit == "pp" or (qs and text[qs - 1] in ")）")):
                q = _comparison(q, text, out, prev_end)
            out.append(q)
            prev_end = q.span.end
        if out and any(w in text for w in V.distributive):  # a 分别 / 均 / 各 leads a distribution's figure
            _shared_units(out, text)
        if len(out) > 1:  # a distribution, or a list of changes sharing one verb, has two figures or more
            _groups(out, text)  # (then ``_shared_pre``)
    finally:
        if gc_on:
            gc.enable()
    return out


def may_hold(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` may hold a quantity (False means ``scan`` would find none)."""
    return V.hint.search(text, start, len(text) if end is None else end) is not None


def parse(s: str) -> Quantity | None:
    """The first quantity expression in ``s`` (normally ``s`` is one expression), or None."""
    qs = scan(s)
    return qs[0] if qs else None


__all__ = ["UnitInfo", "V", "may_hold", "parse", "scan", "trusted_span"]
