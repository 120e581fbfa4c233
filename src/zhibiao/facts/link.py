"""Link the quantities of a report to indicators, roles, periods and measures.

The unit of work is a sentence (up to 。！？ or a line end); inside it, clauses (split at
，,；;：: outside parentheses) each have at most one subject. A quantity's subject is the
nearest indicator name before it in its clause, or, when its clause opens with a verb
(`,增长6.7%`), the subject of the previous clause. Scope rules keep sub-areas, sectors and
projects out of the headline facts; they stay as mentions.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right

from zhibiao import quantity as qty
from zhibiao.document.dates import cn_years
from zhibiao.facts.commitment import commitment
from zhibiao.facts.lists import (
    _between,
    _item_subjects,
    _memberships,
    _shared_subjects,
    _sub_period_subjects,
    _subjects_of_figures_before,
)
from zhibiao.facts.milestones import drop_milestones, successive_milestone
from zhibiao.facts.sentence import (
    _SEMI,
    _SENTENCE_RE,
    _Alias,
    _clause_index,
    _Link,
    _num_start,
    _Sections,
    _SentenceLinker,
    _strip,
)
from zhibiao.facts.vocab import Vocabulary, load
from zhibiao.facts.when import YEAR_RE, When, role_and_period
from zhibiao.model import Fact, Mention, Quantity, Report, Role, Span
from zhibiao.quantity.grammar import trusted_span
from zhibiao.quantity.units import to_base


def _decide_measure(v: Vocabulary, ind_id: str, measures: frozenset[str], units: frozenset[str], q: Quantity,
                    prev: Quantity | None = None, prior: bool = False) -> str | None:
    """The spec's measure for quantity ``q`` said of an indicator, or None when it cannot be one.

    ``prev`` is the figure said just before of the same subject: a bare `力争6.5%` after
    `确保增长6%` is growth too. A quoted prior target (`年初预期目标(6.5%)`) takes the
    indicator's own measure for a percentage.
    """
    if q.qualifier == "qualitative":
        if q.extra.get("task"):  # `城镇新增就业超额完成全年任务`: the level (or rate) set, else its change
            own = v.indicators[ind_id].task_measure if ind_id in v.indicators else None
            return own or next((m for m in ("level", "rate", "growth") if m in measures), None)
        return "growth" if "growth" in measures else None
    unit = q.unit
    if unit == "pp":
        return "change_pp" if "change_pp" in measures else None
    if unit == "%":
        reach = bool(v.reach_re.search(q.raw)) and not q.extra.get("rate_reached")  # `涨幅回落到2.6%`
        moving = q.direction in ("up", "down", "flat") or q.measure_hint == "growth"
        if not moving and not reach and prev is not None and prev.unit == "%" and q.extra.get("verb") is None:
            moving = prev.direction in ("up", "down", "flat") and not v.reach_re.search(prev.raw)
        if prior and not reach and q.direction == "none":
            return "growth" if "growth" in measures else ("rate" if "rate" in measures else None)
        if ind_id == "cpi" and not moving and q.value is not None and q.value >= 80:
            return "index"
        if ind_id == "cpi" and not moving and not reach and q.value is not None and q.value < 20:
            return "growth"  # `居民消费价格指数控制在4%以内`: a price rise held under a ceiling
        if moving and not reach:
            return "growth" if "growth" in measures else None
        if "rate" in measures:
            return "rate"
        return None
    kind = q.extra.get("kind")
    if kind == "magnitude" and q.unit in v.yuan_implied and "currency" in units:
        kind = "currency"  # `规上工业产值超2000亿`, `固定资产投资1858.57亿`: an amount of money without its 元
    if kind and kind in units and "level" in measures:
        if q.direction in ("up", "down") and not v.reach_re.search(q.raw) and not q.extra.get("comparison"):
            return None  # `净增110.8亿元`, `增加1000人`: a change of a level, not the level
        return "level"
    return None


def _signed(q: Quantity, prev: Quantity | None, measure: str) -> tuple:
    """Value and high end, negated for a verb-less figure that continues a fall (`下降3%、力争3.5%`)."""
    v, hi = q.value, q.value_high
    if (measure == "growth" and prev is not None and prev.direction == "down" and q.direction == "none"
            and q.extra.get("verb") is None and v is not None and v > 0):
        v = -v
        hi = -hi if hi is not None else None
        if hi is not None:
            v, hi = hi, v
    return v, hi


def _compatible(v: Vocabulary, ids: tuple[str, ...], q: Quantity, prev: Quantity | None) -> bool:
    return any(
        _decide_measure(v, i, v.indicators[i].measures, v.indicators[i].units, q, prev, prior=True) is not None
        or _decide_measure(v, i, v.indicators[i].measures, v.indicators[i].units, q, prev) is not None
        for i in ids
    )


def link_report(report: Report, vocab: Vocabulary | None = None) -> tuple[list[Fact], list[Mention]]:
    """All facts and mentions of one report."""
    v = vocab or load()
    facts: list[Fact] = []
    mentions: list[Mention] = []
    seen: set[tuple] = set()
    n = len(report.text)
    # junk lines (report-relative) that overlap the report: only these can hold a sentence start
    junk = [(j.start - report.offset, j.end - report.offset) for j in report.doc.junk
            if j.start - report.offset < n and j.end - report.offset > 0]
    sections = _Sections(report)
    text = report.text
    for m in _SENTENCE_RE.finditer(text):
        s_off = m.start()
        if not qty.may_hold(text, s_off, m.end()):
            continue  # no figure can stand in it
        if junk and any(a <= s_off < b for a, b in junk):
            continue
        sentence = m.group()
        quantities = qty.scan(sentence)
        if not quantities:
            continue
        if any(q.qualifier == "at_least" for q in quantities):
            quantities = _outside_names(v, sentence, quantities)
        first_new = len(facts)
        _link_sentence(v, report, sentence, s_off, quantities, facts, mentions, seen, sections)
        if len(facts) - first_new > 1 and v.part_of_total in sentence:
            facts[first_new:] = _drop_parts(v, text, facts[first_new:])
    numeric = {(f.indicator, f.role, f.period, f.measure) for f in facts if f.qualifier != "qualitative"}
    if numeric:  # `…等主要指标增速均高于全国平均水平` says nothing an indicator's own figure does not
        facts = [f for f in facts if f.qualifier != "qualitative" or (f.indicator, f.role, f.period, f.measure)
                 not in numeric]  # fmt: skip
    if v.narrow_aliases:
        facts = _drop_narrow(v, facts)
    return _totals_beside_local(v, facts, text), mentions


def _drop_narrow(v: Vocabulary, facts: list[Fact]) -> list[Fact]:
    """A figure of a narrower series (`城镇固定资产投资850亿元`) when the report gives the whole's figure of
    the same role, period and measure (`全社会固定资产投资1002.5亿元`): the whole's stands."""
    def narrow(f: Fact) -> bool:
        return f.text.startswith(v.narrow_aliases)

    whole = {(f.indicator, f.role, f.period, f.measure) for f in facts if not narrow(f)}
    return [f for f in facts if not narrow(f) or (f.indicator, f.role, f.period, f.measure) not in whole]


def _drop_parts(v: Vocabulary, text: str, facts: list[Fact]) -> list[Fact]:
    """`进出口总额44.9亿元,…其中,保税物流中心…完成进出口贸易总额8.86亿元`: after 其中, a figure of the
    indicator the sentence already gave is a part of that total (a sub-area's, a sector's), not the region's."""
    out: list[Fact] = []
    for f in facts:
        if f.text.startswith(v.local_part_word) or not any(
            (g.indicator, g.measure, g.role, g.period) == (f.indicator, f.measure, f.role, f.period)
            and g.span.end <= f.span.start and v.part_of_total in text[g.span.end : f.span.start] for g in out
        ):  # `…公共财政收入210.43亿元,其中地方公共财政收入73.17亿元`: the local part is the headline one
            out.append(f)
    return out


_NEAR = 120  # characters: the total and its local part are stated together


def _totals_beside_local(v: Vocabulary, facts: list[Fact], text: str) -> list[Fact]:
    """`公共财政收入14.5亿元,增长10%;地方公共财政收入8.06亿元,增长8%`: stated beside its local part,
    a revenue without 地方 is the total that includes the central share (``total_of`` in indicators.toml:
    budget_revenue_total of budget_revenue); so is one its local part follows (`…一般预算收入40.6亿元,
    增长17.8%,其中地方财政收入21亿元`)."""
    for part_id, total_id in v.total_of_part.items():
        facts = _total_beside_local(v, facts, text, part_id, total_id)
    return facts


def _total_beside_local(v: Vocabulary, facts: list[Fact], text: str, part_id: str, total_id: str) -> list[Fact]:
    local_word = v.local_part_word
    named = [f for f in facts if f.indicator == part_id and not f.text.startswith(local_word)]
    local = [f for f in facts if f.indicator == part_id and f.text.startswith(local_word)]
    before_part = {(f.role, f.period, f.span.start) for f in named
                   if v.local_part_after_re.match(text, f.span.end)}
    if not local and not before_part:
        return facts
    total = v.indicators[total_id]
    out = []
    for f in facts:
        if (f.indicator == part_id and not f.text.startswith(local_word)
                and (any((g.role, g.period, g.measure) == (f.role, f.period, f.measure) and g.value != f.value
                         and abs(g.span.start - f.span.start) <= _NEAR for g in local)
                     or any((r, p) == (f.role, f.period) and abs(s - f.span.start) <= _NEAR
                            for r, p, s in before_part))):
            f = dataclasses.replace(f, indicator=total_id, indicator_name=total.name)
        out.append(f)
    return out


def _outside_names(v: Vocabulary, sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities that are not a threshold inside an indicator's name (`500万元以上固定资产投资`
    is the measure's statistical scope, not a figure)."""
    out = []
    for q in quantities:
        m = v.alias_re.match(sentence, _num_start(q)) if q.qualifier == "at_least" else None
        if m is None or m.end() <= q.span.end:
            out.append(q)
    return out


def _bare_subject(sl: _SentenceLinker, aliases: list[_Alias], alias_starts: list[int],
                  quantities: list[Quantity], cstart: int) -> _Alias | None:
    """The last name in the clauses before ``cstart`` when they hold no figure
    (`全年地区生产总值迈上新台阶,总量突破5万亿元`; `地区生产总值上半年由负转正,三、四季度加快恢复,全年增长3.9%`:
    up to ``_BARE_CLAUSES`` back), within the same item (no ；between)."""
    end = cstart
    for _ in range(_BARE_CLAUSES):
        if end <= 0:
            return None
        prev_start = sl.starts[_clause_index(sl.starts, end - 1)]
        if any(c in sl.masked[prev_start:end] for c in _SEMI):
            return None
        if any(prev_start <= q.span.start < end for q in quantities):
            return None
        names = _between(aliases, alias_starts, prev_start, end)
        if not names and end == cstart:  # a name that runs into the figure's clause (`服务业…,实现增加值`)
            names = [x for x in aliases[bisect_left(alias_starts, prev_start) : bisect_left(alias_starts, end)]
                     if x.end > end]
        if names:
            return names[-1]
        end = prev_start
    return None


_BARE_CLAUSES = 3  # figure-less clauses looked back through for the name a verb-led figure continues


def _verb_led(v: Vocabulary, sentence: str, cstart: int, q: Quantity) -> bool:
    """Whether only filler words stand between a clause's start and its figure."""
    prefix = v.skip_re.sub("", sentence[cstart : q.span.start]).strip()
    return not _strip(v.filler_re, prefix)


def _link_sentence(
    v: Vocabulary,
    report: Report,
    sentence: str,
    s_off: int,
    quantities: list[Quantity],
    facts: list[Fact],
    mentions: list[Mention],
    seen: set[tuple],
    sections: _Sections | None = None,
) -> None:
    sl = _SentenceLinker(v, report, sentence, s_off, sections)
    aliases = sl.aliases(quantities)
    member = _memberships(v, sentence, quantities) if len(quantities) > 1 else {}  # a list has 2+ figures
    if not aliases and not member:  # no name to link a figure to: every figure is a mention
        for q in quantities:
            _add_mention(report, sl, q, mentions)
        return
    alias_starts = [a.start for a in aliases]
    links: list[_Link] = []
    by_alias: dict[int, list[Quantity]] = {}
    prev_subject: _Link | None = None
    group_subjects: dict[object, list] = {}
    last_group: list = []  # the subjects of the last distribution (`A、B分别达到X、Y`)
    last_group_end = -1

    for qi, q in enumerate(quantities):
        link = _Link(q)
        links.append(link)
        if q.extra.get("comparison") and not _is_target_reference(v, q):
            continue  # `高于全市1个百分点`: a gap to a benchmark, not a fact of its own
        if q.qualifier == "qualitative" and _DIGIT_RE.search(sentence, q.span.end, _clause_end(sl, q.span.end)):
            continue  # `增速分别高于全省和全国0.8个、1.3个百分点`: a numeric comparison, not a qualitative target
        if sl.masked[_num_start(q)] == "_" and not q.extra.get("quoted"):
            po = max(sentence.rfind("(", 0, q.span.start), sentence.rfind("（", 0, q.span.start))
            if (prev_subject is not None and prev_subject.alias is not None and po >= 0
                    and v.same_basis_re.match(sentence, po + 1, _num_start(q))
                    and _compatible(v, prev_subject.ids, q, None)):
                # `增长1.7%（同口径增长2.5%以上）`: the same growth on a comparable basis, kept as well
                link.alias, link.ids, link.confidence = prev_subject.alias, prev_subject.ids, 0.9
            elif (prev_subject is not None and prev_subject.alias is not None and po >= 0
                  and v.quoted_target_open_re.search(sentence, max(0, po - 12), po)
                  and v.paren_target_verb_re.fullmatch(sentence, po + 1, _num_start(q))
                  and _compatible(v, prev_subject.ids, q, None)):
                # `增长7.1%,高于预期目标(增长6.5%)`: the target quoted in parentheses, a prior target
                link.alias, link.ids, link.confidence = prev_subject.alias, prev_subject.ids, 0.9
            continue  # inside an aside `(主要是…难以支撑投资持续增长)`: a mention, and the run goes on
        ci = _clause_index(sl.starts, q.span.start)
        cstart = sl.starts[ci]
        lo, hi = bisect_left(alias_starts, cstart), bisect_left(alias_starts, q.span.start)
        in_clause = [a for a in aliases[lo:hi] if a.end <= q.span.start]
        if qi in member:
            gid, k, n = member[qi]
            head_at = _num_start(quantities[qi - k])
            if v.list_base_re.search(sentence, max(0, head_at - 12), head_at):
                # `分别从29661元、10391元增加到43364元、16117元`, `从“十二五”末23121元、6945元增加到…`:
                # the values started from, no facts
                continue
            if gid not in group_subjects:
                first = quantities[qi - k]
                c0 = sl.starts[_clause_index(sl.starts, first.span.start)]
                last_q_end = quantities[qi - k - 1].span.end if qi - k > 0 else c0
                dist = sl.s.find("分别", first.span.start, _num_start(first))  # `全年分别增长`: 全年 is listed
                named_here = _between(aliases, alias_starts, c0, first.span.start)
                if not named_here and prev_subject is not None and prev_subject.alias is not None:
                    named_here = [prev_subject.alias]  # `生产总值达到1.9万亿元,一季度、…、全年分别增长…`
                subjects = _sub_period_subjects(v, sl, named_here, c0, dist + 2 if dist >= 0 else first.span.start, n)
                if subjects is None:
                    subjects = _item_subjects(
                        sl, _between(aliases, alias_starts, max(c0, last_q_end), first.span.start),
                        max(c0, last_q_end), first.span.start, n,
                    )
                if subjects is None:
                    own = [x for x in links[: qi - k] if not x.shared]  # a shared figure names no subject of its own
                    subjects = _subjects_of_figures_before(sl, own[max(0, len(own) - n) :], n, first)
                if (subjects is None and len(last_group) == n and any(a is not None for a, _ in last_group)
                        and last_group_end == qi - k - 1
                        and not any(c in sl.masked[last_q_end : first.span.start] for c in _SEMI)
                        and not _between(aliases, alias_starts, last_q_end, first.span.start)):
                    # `出口总值、进口总值分别为A和B,分别增长x和y`: the last list's subjects again, the
                    # names of no indicator keeping their places
                    subjects = last_group
                if subjects is None:  # names in earlier clauses of the same item: `A 10亿元,B 20亿元,分别增长…`
                    item_start = 1 + max(sl.masked.rfind("；", 0, first.span.start),
                                         sl.masked.rfind(";", 0, first.span.start))
                    named = _between(aliases, alias_starts, item_start, first.span.start)
                    distinct: list[_Alias] = []
                    for a in named:
                        if all(a.ids != b.ids for b in distinct):
                            distinct.append(a)
                    if len(distinct) == 1 and len(distinct[0].ids) == n:
                        subjects = [(distinct[0], (i,)) for i in distinct[0].ids]
                    elif named:  # the list of names in the clause of the last one: `A、B、C和D跃上新台阶,分别为…`
                        last = named[-1]
                        c1 = sl.starts[_clause_index(sl.starts, last.start)]
                        subjects = _item_subjects(
                            sl, _between(aliases, alias_starts, c1, last.end), c1, last.end, n
                        )
                    if subjects is None and len(distinct) >= n:
                        subjects = [(a, a.ids) for a in distinct[-n:]]
                group_subjects[gid] = subjects or []
            subjects = group_subjects[gid]
            last_group = subjects
            last_group_end = qi - k + n - 1  # the index of its last figure
            if subjects and k < len(subjects) and subjects[k][0] is not None:
                alias, ids = subjects[k]
                link.alias, link.ids = alias, ids if sl.in_scope(alias, quantities) else ()
                link.confidence = 0.9
                link.prev = quantities[qi - k] if k else None  # later members carry the head's verb
            if subjects or not (isinstance(gid, tuple) and gid[:1] == ("run",)):
                continue  # a list without named subjects is linked figure by figure below
        if not in_clause and len(last_group) >= 2 and all(a is not None for a, _ in last_group) \
                and v.shared_after_list_re.fullmatch(sentence, cstart, _num_start(q)):
            # `A、B分别达到X元、Y元,同步增长9%`: one growth said of every subject of the list before
            ids = tuple(dict.fromkeys(i for _, ids in last_group for i in ids))
            if _compatible(v, ids, q, None):
                link.alias, link.ids, link.confidence = last_group[0][0], ids, 0.8
                continue
        if not in_clause and (v.shared_after_list_re.fullmatch(sentence, cstart, _num_start(q)) or (
                q.extra.get("group") is None
                and v.shared_single_distributive_re.fullmatch(sentence, cstart, _num_start(q)))):
            # `城镇居民人均可支配收入增加1700元,农民人均纯收入增加450元以上,均增长17%左右`: one growth said
            # of the subjects of the clauses before it in the same item (also `…,分别增长14%`)
            before = [x for x in links[:-1] if x.alias is not None and x.ids
                      and not any(c in sl.masked[x.q.span.end : cstart] for c in _SEMI)]
            subjects = list(dict.fromkeys(x.ids for x in before))
            ids = tuple(dict.fromkeys(i for group in subjects for i in group))
            if len(subjects) >= 2 and _compatible(v, ids, q, None):
                link.alias, link.ids, link.confidence, link.shared = before[0].alias, ids, 0.8, True
                continue
        if q.extra.get("task_object") is not None:
            inside = [a for a in aliases if a.start >= q.extra["task_object"] and a.end <= q.span.end
                      and sentence.startswith(_TASK_ITEM_END, a.end)]  # not `地区生产总值二氧化碳排放`
            if inside:  # `完成国家下达粮食播种面积和产量目标任务`: the names inside the task are its subjects
                link.alias, link.confidence = inside[0], 0.9
                link.ids = tuple(dict.fromkeys(i for a in inside for i in a.ids))
            continue  # a task naming no indicator (`完成省下达的节能减排降碳任务`) is no figure of the subject before
        named_share = bool(in_clause) and in_clause[-1].end == q.span.start  # `研发投入占GDP的10%`
        if (not named_share and v.base_re.search(sentence[max(0, q.span.start - 12) : q.span.start])) or (
            q.extra.get("kind") == "count" and (v.milestone_after_re.match(sentence, q.span.end)
                                                or v.ranking_after_re.match(sentence, q.span.end))
        ):
            # `由2005年31.8%提高到37.5%` (a base), `完成年计划710亿元的89.4%` (a share of a figure),
            # `跨越3个千亿元台阶` (thresholds passed) or `在全国333个地级市排名中` (the field of a ranking):
            # not a fact, but it stays in the subject's chain
            if in_clause:
                by_alias.setdefault(in_clause[-1].start, []).append(q)
                if prev_subject is None or prev_subject.alias is not in_clause[-1]:
                    ids = in_clause[-1].ids if sl.in_scope(in_clause[-1], quantities) else ()
                    prev_subject = _Link(q, in_clause[-1], ids)  # the subject's run goes on
            elif prev_subject is not None and prev_subject.alias is not None:
                by_alias.setdefault(prev_subject.alias.start, []).append(q)
            continue
        if in_clause:
            alias = in_clause[-1]
            chain = by_alias.get(alias.start, [])
            ok, conf = sl.gap_ok(alias.end, q, chain)
            if ok:
                if (q.unit == "%" and q.direction == "none"
                        and v.rate_noun_gap_re.search(sentence, alias.start, q.span.start)):
                    # `GDP增速确定为8%`, `增长目标定为7%左右`: the rate noun before the verb makes it a growth
                    link.q = q = dataclasses.replace(q, direction="up", measure_hint="growth")
                link.alias, link.ids, link.confidence = alias, alias.ids, conf
                link.ids = _shared_subjects(sl, in_clause, link)
                link.prev = next((x for x in reversed(chain) if not v.base_re.search(
                    sentence[max(0, x.span.start - 12) : x.span.start])), None)
                if not sl.in_scope(alias, quantities):
                    link.ids = ()
                if _compatible(v, alias.ids, q, link.prev):
                    by_alias.setdefault(alias.start, []).append(q)
                    prev_subject = link
                    continue
                if (q.measure_hint == "change" or q.extra.get("kind") == "magnitude") and conf == 1.0:
                    # `一般公共预算收入增加近1000亿元，稳步达到3000亿元以上`: an absolute increase is no fact,
                    # nor a round amount without its unit (`突破300亿,达到318.8亿元`), but the subject's
                    # run goes on to the figures after it
                    prev_subject = _Link(q, alias, link.ids)
                    continue
            prev_subject = None
            continue
        # No name in this clause: a verb-led clause continues the previous subject.
        if (prev_subject is not None and prev_subject.alias is not None and ci > 0
                and not _between(aliases, alias_starts, prev_subject.q.span.end, cstart)):
            # (a name said since the subject's last figure, `…8%，财政收入目标：12%`, is the newer subject)
            between = sl.masked[prev_subject.q.span.end : cstart]
            crosses_item = any(c in between for c in _SEMI)  # `；` ends an item of a list
            # what precedes the number in its clause, less the figure's own lead words (增长), a
            # quoted-target cue (`完成年计划710亿元`) and the subject's figures said before it in the
            # clause (`,达到1.5万亿元、增长19.8%`)
            cuts = [
                (m.start(), min(m.end(), q.span.start))
                for m in v.prior_target_re.finditer(sentence, cstart, _num_start(q))
                if m.start() < q.span.start
            ] + [
                (x.span.start, x.span.end) for x in by_alias.get(prev_subject.alias.start, [])
                if cstart <= x.span.start and x.span.end <= q.span.start
            ] + ([  # `,好于下降7%的预期`: the comparison before a quoted target
                (m.start(), m.end()) for m in v.prior_compare_re.finditer(sentence, cstart, _num_start(q))
            ] if v.prior_after_re.match(sentence, q.span.end) else [])
            prefix = "".join(
                ch for i, ch in enumerate(sentence[cstart : q.span.start], cstart)
                if not any(a <= i < b for a, b in cuts)
            ) if cuts else sentence[cstart : q.span.start]
            prefix = v.sub_period_re.sub("", v.skip_re.sub("", prefix)).strip()  # `,二季度增长6.3%`
            # `,50%的专利申请来自企业`: a bare figure that modifies a noun is no figure of the subject
            modifier = q.extra.get("verb") is None and not prefix and sentence.startswith("的", q.span.end) \
                and not v.prior_after_re.match(sentence, q.span.end)
            if not crosses_item and not modifier and not _strip(v.filler_re, prefix):
                chain = by_alias.get(prev_subject.alias.start, [])
                prev_q = chain[-1] if chain else None
                if _compatible(v, prev_subject.ids, q, prev_q):
                    link.alias, link.ids, link.prev = prev_subject.alias, prev_subject.ids, prev_q
                    link.confidence = 0.9
                    by_alias.setdefault(prev_subject.alias.start, []).append(q)
                    prev_subject = link
                # a verb-led figure that cannot be one of the subject's (`净增110.8亿元`) keeps the run
                continue
        # a name in an earlier clause of the same item that carried no figure of its own
        named = _bare_subject(sl, aliases, alias_starts, quantities, cstart) if ci > 0 else None
        if (named is not None and q.unit == "%" and q.direction == "none"
                and v.rate_label_re.search(sentence, named.start, q.span.start)):
            # `今年广东GDP增长目标:8%`: a growth target's label before the colon
            link.q = q = dataclasses.replace(q, direction="up", measure_hint="growth")
        # (a name may run into this clause: `服务业规模持续扩大,实现增加值4470亿元`)
        led = named is not None and _verb_led(v, sentence, max(cstart, named.end), q)
        if named is not None and led and _compatible(v, named.ids, q, None):
            link.alias, link.ids, link.confidence = named, named.ids, 0.8
            if not sl.in_scope(named, quantities):
                link.ids = ()
            by_alias.setdefault(named.start, []).append(q)
            prev_subject = link
            continue
        if ci > 0 and (v.prior_compare_re.match(sentence, cstart) or v.task_surplus_re.match(sentence, cstart)):
            continue  # `,高于全国、全省1个、0.2个百分点,总量跨过3000亿元`: a comparison aside keeps the run
        prev_subject = None  # a figure of an unknown subject ends the previous subject's run

    drop_milestones(v, links)
    first = len(facts)
    for link in links:
        _emit(v, report, sl, link, facts, mentions, seen)
    _drop_words_beside_figures(facts, first)


# what may follow an indicator named inside a task: the next item or the task's own words
_TASK_ITEM_END = ("、", "和", "及", "与", "等", "年度", "全年", "目标", "任务", "指标", "生产", "考核", "控制", "的")


def _plan_year_before(v: Vocabulary, report: Report, sl: _SentenceLinker, before: str, cue: str) -> bool:
    """Whether a target cue (`预期目标`) after the subject states this year's target, not a quoted one:
    the clause names the plan year before it, or the passage is this year's plan and names no other
    year (`今年发展主要预期目标是…。经济增长预期目标为5%左右，主要考虑…`); a cue of 年初 always quotes one."""
    if cue.startswith("年初"):
        return False
    plan = report.meta.plan_year
    if any(w in before for w in v.plan_year_words) or (plan is not None and f"{plan}年" in before):
        return True
    in_plan = (sl.passage is not None and sl.passage.scope == "year_plan") or (
        sl.section is not None and sl.section.kind == "targets")
    return in_plan and not any(w in before for w in v.review_year_words) and not YEAR_RE.search(before)


def _drop_words_beside_figures(facts: list[Fact], first: int) -> None:
    """`粮食产量838.6亿斤、再创历史新高`, `增长7.4%，快于经济增速`: a qualitative statement is a fact
    only when its indicator gets no figure in the same sentence (``facts[first:]`` are its facts)."""
    new = facts[first:]
    if len(new) < 2:
        return
    numeric = {(f.indicator, f.role, f.period) for f in new if f.qualifier != "qualitative"}
    if numeric:
        facts[first:] = [
            f for f in new if f.qualifier != "qualitative" or (f.indicator, f.role, f.period) not in numeric
        ]


_DIGIT_RE = re.compile(r"\d")


def _clause_end(sl: _SentenceLinker, pos: int) -> int:
    """End of the clause holding ``pos``."""
    i = bisect_right(sl.starts, pos)
    return sl.starts[i] - 1 if i < len(sl.starts) else len(sl.s)


def _is_target_reference(v: Vocabulary, q: Quantity) -> bool:
    ref = str(q.extra.get("reference") or "")
    return bool(q.extra.get("quoted")) and bool(v.prior_target_re.search(ref) or "目标" in ref)


def _quotes_last_years_report(v: Vocabulary, report: Report, before: str) -> bool:
    """`与去年的政府工作报告提出的全省生产总值增长9%相比`: the sentence quotes an earlier year's report
    before the subject, so its figure is that report's target (a year named must precede the report's)."""
    m = v.prior_report_re.search(cn_years(before))
    if m is None:
        return False
    y = m.group("y")
    return y is None or (report.meta.plan_year is not None and int(y) < report.meta.plan_year)


def _quoted_target_list(v: Vocabulary, sentence: str, q: Quantity) -> bool:
    """`圆满完成了年初确定的地区生产总值增长10%、…等主要目标任务`: a list of figures quoted back as the
    targets set before, not this year's (`全力完成今年确定的…等目标` is)."""
    if not v.target_list_after_re.match(sentence, q.span.end):
        return False
    quoted = [m for m in v.target_list_quoted_re.finditer(sentence, 0, q.span.start)]
    if not quoted:
        return False
    between = sentence[quoted[-1].end() : q.span.start]
    return not any(c in between for c in "；;") and not any(
        w in sentence[: q.span.start] for w in v.plan_year_words)


def _quoted_after(v: Vocabulary, sentence: str, cstart: int, q: Quantity) -> bool:
    """`好于下降7%的预期`, `低于4.5%的控制目标`: a figure compared with and named a target after it."""
    return bool(v.prior_after_re.match(sentence, q.span.end)
                and v.prior_compare_re.search(sentence, cstart, _num_start(q)))


def _emit(
    v: Vocabulary,
    report: Report,
    sl: _SentenceLinker,
    link: _Link,
    facts: list[Fact],
    mentions: list[Mention],
    seen: set[tuple],
) -> None:
    q = link.q
    if _in_part_of_year(v, report, sl, q):
        _add_mention(report, sl, q, mentions)  # `一季度,…;财政一般预算收入下降14.6%`: a part of the year
        return
    cstart = sl.starts[_clause_index(sl.starts, q.span.start)]
    if not link.ids or _not_a_figure_of_its_own(v, sl.s, q) or successive_milestone(v, sl.s, cstart, q) or (
        q.qualifier == "qualitative" and link.alias is not None and link.alias.text in v.elliptic_ids
    ):  # a short name counts only with a figure (`服务业提质增效` is no qualitative target)
        _add_mention(report, sl, q, mentions)
        return
    emitted = False
    quoted_after = _quoted_after(v, sl.s, cstart, q)
    if quoted_after and v.prior_compare_re.match(sl.s, q.span.start):
        # `高于7%的预期目标`: 高于 compares the result with the target, it does not qualify it
        q = dataclasses.replace(q, qualifier="exact")
    after_name = max(link.alias.end, cstart) if link.alias else cstart
    cue = v.prior_target_re.search(sl.s[after_name : _num_start(q)]) if link.alias else None
    if cue is not None and _plan_year_before(v, report, sl, sl.s[cstart : after_name + cue.start()], cue.group()):
        # `2017年广州市地区生产总值增长的预期目标为8%左右`, `…实现正增长,2023年预期目标增长9.5%左右`:
        # the plan year's target, not last year's
        cue = None
    prior = _is_target_reference(v, q) or quoted_after or cue is not None or (
        link.alias is not None and _quotes_last_years_report(v, report, sl.s[: link.alias.start])) or (
        _quoted_target_list(v, sl.s, q))
    when: When | None = None  # the same for every id
    ids = link.ids
    whole = v.whole_of_parts.get(frozenset(ids))
    if whole is not None and q.extra.get("group") is None and any(
        x is not None and x.extra.get("kind") == "currency" and x.direction == "none" and x.extra.get("group") is None
        for x in (q, link.prev)
    ):  # `城乡居民人均可支配收入2.33万元,增长5%`: one level (and its growth) can only be all residents'
        ids = (whole,)  # (``whole_of`` in indicators.toml: disposable_income of urban and rural incomes)
    for ind_id in ids:
        ind = v.indicators[ind_id]
        measure = _decide_measure(v, ind_id, ind.measures, ind.units, q, link.prev, prior)
        if measure is None:
            continue
        if when is None:
            when = role_and_period(v, report, sl, q, prior, measure,
                                   link.alias.start if link.alias is not None else None, ind_id)
        role, period, horizon = when
        if role is None:
            continue
        value, value_high = _signed(q, link.prev, measure)
        start = link.alias.start if link.alias is not None else q.span.start
        if link.text_start is not None:
            start = min(start, link.text_start)
        text = sl.s[start : q.span.end]
        key = (ind_id, role, period, measure, value)
        if key in seen:
            emitted = True
            continue
        seen.add(key)
        unit = _spec_unit(v, q, measure)
        value_base, unit_base = to_base(value, unit) if measure == "level" else (None, None)
        facts.append(
            Fact(
                indicator=ind_id,
                role=role,  # type: ignore[arg-type]
                period=period,
                measure=measure,  # type: ignore[arg-type]
                value=value,
                value_high=value_high,
                unit=unit,
                qualifier=_result_qualifier(q, role),
                span=Span(sl.offset + start, sl.offset + q.span.end),
                text=text,
                confidence=link.confidence,
                indicator_name=ind.name,
                horizon=horizon,
                commitment=commitment(sl.s, sl.starts, _num_start(q), v.alias_re) if role == "target" else None,
                value_base=value_base,
                unit_base=unit_base,
            )
        )
        emitted = True
    if not emitted:
        _add_mention(report, sl, q, mentions)


def _in_part_of_year(v: Vocabulary, report: Report, sl: _SentenceLinker, q: Quantity) -> bool:
    """Whether ``q`` stands in a sentence, or a paragraph, that opens on a part of the year
    (`一季度,…;财政一般预算收入下降14.6%`; `2022年一季度,坪山区…。初步预计,地区生产总值增长7%以上`)
    with no 全年 said before it, or its clause names one before it (`二季度增长6.3%`)."""
    text = report.text
    at = sl.offset + q.span.start
    cstart = sl.starts[_clause_index(sl.starts, q.span.start)]
    parts = list(v.sub_period_re.finditer(sl.s, cstart, q.span.start))
    if parts and v.whole_year not in sl.s[parts[-1].end() : q.span.start]:
        # `地区生产总值一季度增长4.7%、二季度增长6.3%,全年增长6.7%`: the parts are no facts (a list of
        # parts ending on 全年 before 分别 is read by ``lists._sub_period_subjects``)
        return True
    for start in (sl.offset, text.rfind("\n", 0, sl.offset) + 1):
        sp = v.sub_period_open_re.match(text, start)
        if sp is not None and v.whole_year not in text[sp.end() : at] and not (sp.group("lead") and start != sl.offset):
            return True  # a news lead's part of the year (`…讯(记者 …)一季度,`) holds its sentence only
    return False


def _result_qualifier(q: Quantity, role: str) -> str:
    """`居民消费价格涨幅控制在2.3%` in a review states the result (exact); with 以内, or in a plan, a
    ceiling (at_most)."""
    if role == "actual" and q.qualifier == "at_most" and q.extra.get("pre") in ("控制在", "控制") \
            and not q.extra.get("post"):
        return "exact"
    return q.qualifier


def _not_a_figure_of_its_own(v: Vocabulary, sentence: str, q: Quantity) -> bool:
    """`与上年持平` (is it the index or its growth that is flat? the notes leave it out; a phrase such as
    `进出口保持稳定` is a qualitative fact) and
    `完成年计划的118.2%` (a completion ratio, not the indicator's value)."""
    if q.direction == "flat" and q.qualifier != "qualitative" and not _DIGIT_RE.search(q.raw):
        return True
    ns = _num_start(q)
    # `完成年度计划的113.1%和120.4%`: the ratios listed after the first are ratios too
    return q.unit == "%" and bool(v.completion_before_re.search(sentence, max(0, ns - 40), ns))


_ROLE_GUESS: dict[str, Role] = {"review": "actual", "targets": "target", "tasks": "target"}


def _add_mention(report: Report, sl: _SentenceLinker, q: Quantity, mentions: list[Mention]) -> None:
    """Record ``q`` as a mention, with its subject phrase and a role guessed from its section."""
    span = q.span
    qs = span.start
    cs = sl.starts[_clause_index(sl.starts, qs)]  # the start of the clause holding the quantity
    subject = sl.s[cs:qs].rpartition("、")[2].strip()[-24:]  # the words before it in its clause
    sec = sl.section
    guess = _ROLE_GUESS.get(sec.kind) if sec is not None else None
    start = sl.offset + qs - len(subject)
    end = sl.offset + span.end
    mentions.append(Mention(subject, q, guess, trusted_span(start, end), report.text[start:end]))


def _spec_unit(v: Vocabulary, q: Quantity, measure: str) -> str | None:
    if q.qualifier == "qualitative" or q.value is None:
        return None
    if measure == "change_pp":
        return "pp"
    if measure == "level" and q.extra.get("kind") == "magnitude" and q.unit in v.yuan_implied:
        return q.unit + "元"  # said of a money indicator (`…超2000亿`): 亿元
    return q.unit

