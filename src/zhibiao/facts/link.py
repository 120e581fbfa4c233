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
from zhibiao.facts.around import (
    BASE_WINDOW,
    approved_before,
    base_before,
    base_start,
    last_years_base,
    outside_names,
    pace_striven,
    ranked,
    runs_into_words,
    target_named,
    verb_led,
)
from zhibiao.facts.cuefile import cue_re
from zhibiao.facts.emit import (
    DIGIT_RE,
    add_mention,
    completed_target,
    emit,
    is_target_reference,
    one_year_multiples,
    quoted_target_after,
    set_at_start,
)
from zhibiao.facts.figurelines import mapped, reordered
from zhibiao.facts.gap import gap_ok
from zhibiao.facts.lists import (
    _between,
    _item_subjects,
    _memberships,
    _shared_subjects,
    _sub_period_subjects,
    _subjects_of_figures_before,
    bare_subject,
    lost_member,
    part_after_figure,
    part_named,
)
from zhibiao.facts.measure import decide_measure
from zhibiao.facts.milestones import drop_milestones
from zhibiao.facts.paren import (
    cut_planned,
    named_before,
    near_result,
    paren_legend,
    paren_plan_named,
    paren_target,
    paren_targets_of_list,
)
from zhibiao.facts.report_level import (
    drop_narrow,
    drop_parts,
    drop_passed_beside_exact,
    drop_rounded_restated,
    drop_smaller_restated,
    headline_copies,
    headline_zones,
    own_level_words,
    totals_beside_local,
)
from zhibiao.facts.sentence import (
    _SEMI,
    _Alias,
    _clause_index,
    _Link,
    _num_start,
    _Sections,
    _SentenceLinker,
    _strip,
)
from zhibiao.facts.spans import PRACTICE_IDS, sentences
from zhibiao.facts.tables import table_facts, with_table_facts
from zhibiao.facts.vocab import Vocabulary, load
from zhibiao.facts.wordfacts import drop_words_beside_figures, words_saying_more
from zhibiao.model import Fact, Mention, Quantity, Report, Span


def _compatible(v: Vocabulary, ids: tuple[str, ...], q: Quantity, prev: Quantity | None) -> bool:
    return any(
        decide_measure(v, i, v.indicators[i].measures, v.indicators[i].units, q, prev, prior=True) is not None
        or decide_measure(v, i, v.indicators[i].measures, v.indicators[i].units, q, prev) is not None
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
    # a headline's figures are weighed against the body's only after (``headline_copies``): the body's own
    # statement of the same fact is kept, not skipped as one already seen
    zones, head_seen = headline_zones(text, news=report.meta.title is None), set()
    own = own_level_words(v, report.meta.region)  # (`区级` in a district's report: its own part of a revenue)
    doc = report.doc  # (the source behind a figure: `1. 7%` normalised to `1.7%` is no caption's figure)
    raw = (lambda a, b: doc.source_text(Span(report.offset + a, report.offset + b))) if doc.original else None
    for s_off, s_end in sentences(v, text):
        if not qty.may_hold(text, s_off, s_end):
            continue  # no figure can stand in it
        if junk and any(a <= s_off < b for a, b in junk):
            continue
        if (line := reordered(v, text, s_off, s_end, raw)):
            # (an infographic's `40678.1亿元 — 全省地区生产总值`: read name first, the spans mapped back)
            f0, m0 = len(facts), len(mentions)
            _link_sentence(v, report, line.text, s_off, qty.scan(line.text), facts, mentions, seen, sections)
            facts[f0:], mentions[m0:] = mapped(facts[f0:], mentions[m0:], line, s_off, text)
            continue
        sentence = text[s_off:s_end]
        quantities = qty.scan(sentence)
        if not quantities:
            continue
        if any(q.qualifier in ("at_least", "qualitative") or runs_into_words(sentence, q) for q in quantities):
            quantities = outside_names(v, sentence, quantities)
        first_new = len(facts)
        _link_sentence(v, report, sentence, s_off, quantities, facts, mentions,
                       head_seen if any(a <= s_off < b for a, b in zones) else seen, sections)
        if len(facts) - first_new > 1 and v.part_of_total in sentence:
            facts[first_new:] = drop_parts(v, text, facts[first_new:], own)
    if report.meta.review_year is not None and (
            v.tables.header_line_re.search(text) or v.tables.column_line_re.search(text)):
        facts = with_table_facts(facts, table_facts(v, report))
    facts = words_saying_more(facts)
    if v.narrow_aliases:
        facts = drop_narrow(v, facts)
    facts = drop_passed_beside_exact(v, headline_copies(text, facts, zones, v.plan_year_words, v.report_title_words))
    facts = drop_rounded_restated(v, totals_beside_local(v, facts, text, own), text, own)
    return drop_smaller_restated(v, facts, text, own), mentions


def _far_below(q: Quantity, result: Quantity) -> bool:
    """Whether ``q`` is less than half the result said before it, in the same unit kind (a surplus over a task, not
    the task: `完成17亿元,超额完成年度任务2.1亿元`)."""
    a, b = q.extra.get("value_base"), result.extra.get("value_base")
    return a is not None and b is not None and q.extra.get("base_unit") == result.extra.get("base_unit") and a * 2 < b


_CLAUSE_PUNCT = re.compile(r"[，,、\s]")


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
    quantities = one_year_multiples(v, sl, quantities)
    aliases = sl.aliases(quantities)
    member = _memberships(v, sentence, quantities) if len(quantities) > 1 else {}  # a list has 2+ figures
    if not aliases and not member:  # no name to link a figure to: every figure is a mention
        for q in quantities:
            add_mention(report, sl, q, mentions)
        return
    alias_starts = [a.start for a in aliases]
    links: list[_Link] = []
    by_alias: dict[int, list[Quantity]] = {}
    prev_subject: _Link | None = None
    group_subjects: dict[object, list] = {}
    last_group: list = []  # the subjects of the last distribution (`A、B分别达到X、Y`)
    last_group_end = -1
    parts_named: dict[object, _Alias] = {}  # the name a list of the year's parts is said of, by its list
    review = report.meta.review_year  # (a base named by the year before it is last year's)

    for qi, q in enumerate(quantities):
        link = _Link(q)
        links.append(link)
        if q.extra.get("comparison") and not is_target_reference(v, q):
            continue  # `高于全市1个百分点`: a gap to a benchmark, not a fact of its own
        if v.class_after_re.match(sentence, q.span.end) and not ranked(sentence, q.span.start):
            continue  # `消除…以下的县`: a class of places the figure picks out (not after `成为全省第二个`)
        if q.qualifier == "qualitative" and DIGIT_RE.search(sentence, q.span.end, _clause_end(sl, q.span.end)):
            continue  # `增速分别高于全省和全国0.8个、1.3个百分点`: a numeric comparison, not a qualitative target
        if q.extra.get("margin") and v.margin_after_figure_re.search(sentence, max(0, q.span.start - 12), q.span.start):
            continue  # `税收占比78%,高于全省3个百分点`, `增长5.4%，高于全国0.4个百分点`: the figure's margin
        if q.unit == "pp" and v.bare_margin_re.search(sentence, max(0, q.span.start - 14), q.span.start):
            continue  # `增长8%,高2个百分点`: the figure's margin over a benchmark said after it
        if sl.masked[_num_start(q)] == "_" and not q.extra.get("quoted"):
            po = max(sentence.rfind("(", 0, q.span.start), sentence.rfind("（", 0, q.span.start))
            if (listed := paren_targets_of_list(v, sentence, po, member.get(qi), qi, quantities, last_group,
                                                 last_group_end)) is not None:
                # `…分别增长8.0%和8.9%（目标8%和8.5%）`: each target its result's subject's, in turn
                alias, ids, result = listed
                link.alias, link.ids, link.confidence = alias, ids if sl.in_scope(alias, quantities) else (), 0.9
                link.q = dataclasses.replace(q, direction=result.direction, measure_hint=result.measure_hint,
                                             extra={**q.extra, "target_in_paren": True})
            elif (prev_subject is not None and prev_subject.alias is not None and po >= 0
                    and v.same_basis_re.match(sentence, po + 1, _num_start(q))
                    and _compatible(v, prev_subject.ids, q, None)):
                # `增长1.7%（同口径增长2.5%以上）`: the same growth on a comparable basis, kept as well
                link.alias, link.ids, link.confidence = prev_subject.alias, prev_subject.ids, 0.9
            elif (prev_subject is not None and prev_subject.alias is not None and po >= 0
                    and prev_subject.q.span.end <= po and not sl.masked[prev_subject.q.span.end : po].strip()
                    and prev_subject.q.unit != "%" and prev_subject.q.direction == "none"
                    and q.unit == "%" and q.direction != "none"
                    and cue_re("paren_growth").fullmatch(sentence, po + 1, _num_start(q))
                    and cue_re("paren_close").match(sentence, q.span.end)
                    and _compatible(v, prev_subject.ids, q, None)):
                # `地区生产总值695.8亿元（增长8.3%）`: the level's growth, in parentheses right after it
                link.alias, link.ids, link.confidence = prev_subject.alias, prev_subject.ids, 0.9
            elif po >= 0 and (named := paren_plan_named(v, sentence, po, q)) is not None \
                    and _compatible(v, named.ids, q, None):
                # `其中出口…增长6.8%（计划进出口增长8%）`: the plan of the subject named inside, quoted back
                link.alias, link.ids, link.confidence = named, named.ids, 0.9
                link.q = dataclasses.replace(q, extra={**q.extra, "target_in_paren": True})
            elif (prev_subject is not None and prev_subject.alias is not None and po >= 0
                  and (how := paren_target(v, sentence, po, prev_subject.q, q,
                                           (paren_legend(report.text) or (named_before(v, sentence, po)
                                                                          and near_result(q, prev_subject.q)))
                                           and sl.stands_in(("year_review",), ("review",))))
                  is not None
                  and _compatible(v, prev_subject.ids, q, None)):
                # `增长7.1%,高于预期目标(增长6.5%)`, `增长5.9%,…(预期目标为8.5%以上)`: the target quoted in
                # parentheses, a prior target (`增长6.3%,低1.7个百分点(8%左右)`: the result less its margin)
                link.alias, link.ids, link.confidence = prev_subject.alias, prev_subject.ids, 0.9
                fall = cut_planned(v, prev_subject.q, prev_subject.ids, q)  # (`能耗下降3.6%（年初目标3%）`)
                if how == "named":  # (marked, so the bare figure is read as the target, not a second result)
                    # (a bare percent after a change is a change too: `增长10.5%左右（力争11%）`, a target's stretch)
                    # (only the region's own commitment: not the level above's, `（省定目标8.5%）` in a plan)
                    bare = q.direction == "none" and q.unit == "%" == prev_subject.q.unit \
                        and prev_subject.q.direction != "none" \
                        and cue_re("paren_own_commitment").match(sentence, po + 1) is not None
                    link.q = dataclasses.replace(q, value=-q.value if fall else q.value,  # type: ignore[operator]
                                                 direction="down" if fall else "up" if bare else q.direction,
                                                 measure_hint=prev_subject.q.measure_hint if bare else q.measure_hint,
                                                 extra={**q.extra, "target_in_paren": True})
                if how == "legend":  # (a bare figure: the result's measure, `增长8.3%（8.5%）`; and its direction)
                    link.q = dataclasses.replace(q, value=-q.value if fall else q.value,  # type: ignore[operator]
                                                 direction=prev_subject.q.direction,
                                                 measure_hint=prev_subject.q.measure_hint,
                                                 extra={**q.extra, "target_in_paren": True})
                if how == "margin":
                    # (the bare figure gets its measure from the result and its role from the margin)
                    link.q = dataclasses.replace(q, direction=prev_subject.q.direction,
                                                 measure_hint=prev_subject.q.measure_hint,
                                                 extra={**q.extra, "target_by_margin": True})
            elif (prev_subject is not None and prev_subject.alias is not None and po >= 0
                  and prev_subject.q.span.end <= po and not sl.masked[prev_subject.q.span.end : po].strip()
                  and q.unit != "%" and q.direction == "none"
                  and v.paren_level_re.fullmatch(sentence, po + 1, _num_start(q))
                  and _compatible(v, prev_subject.ids, q, None)):
                # `全省生产总值增长8.5%左右(达到 28300亿元)`: the subject's level, right after its growth
                link.alias, link.ids, link.confidence = prev_subject.alias, prev_subject.ids, 0.9
            continue  # inside an aside `(主要是…难以支撑投资持续增长)`: a mention, and the run goes on
        ci = _clause_index(sl.starts, q.span.start)
        cstart = sl.starts[ci]
        lo, hi = bisect_left(alias_starts, cstart), bisect_left(alias_starts, q.span.start)
        in_clause = [a for a in aliases[lo:hi] if a.end <= q.span.start]
        if qi in member:
            gid, k, n = member[qi]
            head_at = _num_start(quantities[qi - k])
            if v.list_base_re.search(sentence, max(0, head_at - BASE_WINDOW), head_at):
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
                if subjects is not None:
                    parts_named[gid] = named_here[-1]
                if subjects is None:
                    subjects = _item_subjects(
                        sl, _between(aliases, alias_starts, max(c0, last_q_end), first.span.start),
                        max(c0, last_q_end), first.span.start, n,
                    )
                # `…,分别增长5.5%和8%,金融机构存贷款余额82.51亿元和45.06亿元`: a noun of no indicator heading the
                # list in its own clause is its subject, not a name said before
                own_noun = v.list_noun_head_re.match(
                    _strip(v.filler_re, _CLAUSE_PUNCT.sub("", sentence[max(c0, last_q_end) : first.span.start])))
                if subjects is None and not own_noun:
                    own = [x for x in links[: qi - k] if not x.shared]  # a shared figure names no subject of its own
                    subjects = _subjects_of_figures_before(sl, own[max(0, len(own) - n) :], n, first)
                if (subjects is None and len(last_group) == n and any(a is not None for a, _ in last_group)
                        and last_group_end == qi - k - 1
                        and not any(c in sl.masked[last_q_end : first.span.start] for c in _SEMI)
                        and not _between(aliases, alias_starts, last_q_end, first.span.start)
                        and not own_noun):
                    # `出口总值、进口总值分别为A和B,分别增长x和y`: the last list's subjects again, the
                    # names of no indicator keeping their places
                    subjects = last_group
                if subjects is None and not own_noun:  # names in earlier clauses: `A 10亿元,B 20亿元,分别增长…`
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
            if (whole := parts_named.get(gid)) is not None and not (k < len(subjects) and subjects[k][0] is not None):
                # `一季度、上半年、前三季度全市地区生产总值分别增长…,预计全年增长7.8%左右`: the parts' figures are no
                # facts, but the name's run goes on to the year's
                by_alias.setdefault(whole.start, []).append(q)
                prev_subject = _Link(q, whole, whole.ids if sl.in_scope(whole, quantities) else ())
            last_group = subjects
            last_group_end = qi - k + n - 1  # the index of its last figure
            if subjects and k < len(subjects) and subjects[k][0] is not None:
                alias, ids = subjects[k]
                link.alias, link.ids = alias, ids if sl.in_scope(alias, quantities) else ()
                link.confidence = 0.9
                link.prev = quantities[qi - k] if k else None  # later members carry the head's verb
            if subjects or not (isinstance(gid, tuple) and gid[:1] == ("run",)):
                continue  # a list without named subjects is linked figure by figure below
        shared = v.shared_after_list_re.fullmatch(sentence, cstart, _num_start(q)) if not in_clause else None
        if not in_clause and len(last_group) >= 2 and all(a is not None for a, _ in last_group) \
                and not _between(aliases, alias_starts, quantities[last_group_end].span.end, cstart) \
                and ((shared  # (one figure: not `8%和10%`)
                      and not DIGIT_RE.search(sentence, q.span.end, _clause_end(sl, q.span.end)))
                     or (q.qualifier == "qualitative"
                         and v.shared_words_after_list_re.fullmatch(sentence, cstart, q.span.start))):
            # `A、B分别达到X元、Y元,同步增长9%`: one growth said of every subject of the list before (also
            # in words, a clause of its own: `…分别达到23894元和14620元,与经济增长同步`, `…,增速与经济增长基本同步`;
            # not past a name said after the list: `…分别增长6%、6.5%;单位生产总值能耗…等,实现控制目标`)
            ids = tuple(dict.fromkeys(i for _, ids in last_group for i in ids))
            if _compatible(v, ids, q, None):
                link.alias, link.ids, link.confidence = last_group[0][0], ids, 0.8
                continue
        if not in_clause and (shared or (
                q.extra.get("group") is None
                and v.shared_single_distributive_re.fullmatch(sentence, cstart, _num_start(q)))):
            # `城镇居民人均可支配收入增加1700元,农民人均纯收入增加450元以上,均增长17%左右`: one growth said
            # of the subjects of the clauses before it in the same item (also `…,分别增长14%`)
            # (a target they all met, said after them, covers the items before it: `城镇居民…增长9.1%；农民…增长8.5%，
            # 均超过计划目标8%`)
            met = shared is not None and shared.group("met") is not None
            before = [x for x in links[:-1] if x.alias is not None and x.ids
                      and sum(sl.masked.count(c, x.q.span.end, cstart) for c in _SEMI) <= (1 if met else 0)]
            among = sentence.rfind(v.part_of_total, 0, cstart)
            if among >= 0 and not met and any(x.q.span.start > among for x in before):
                # (`全体居民…增长8.4%，其中城镇…、农村…，均增长8.3%`: the parts after 其中, not their whole; but a
                # target all met covers the whole too, `进出口总额…增长7.8%，其中出口…增长7.9%，均高于年初确定的6%…`)
                before = [x for x in before if x.q.span.start > among]
            subjects = list(dict.fromkeys(x.ids for x in before))
            many = len(subjects) >= 2
            if many and lost_member(v, sentence, q.span.end):
                subjects = subjects[:1]  # `…66081元和33393元,分别增长8.7%和9.` (a page cut off): the first's
            ids = tuple(dict.fromkeys(i for group in subjects for i in group))
            if many and _compatible(v, ids, q, None):
                link.alias, link.ids, link.confidence, link.shared = before[0].alias, ids, 0.8, True
                continue
        if q.extra.get("task_object") is not None:
            inside = [a for a in aliases if a.start >= q.extra["task_object"] and a.end <= q.span.end
                      and sentence.startswith(v.task_item_ends, a.end)]  # not `地区生产总值二氧化碳排放`
            if inside:  # `完成国家下达粮食播种面积和产量目标任务`: the names inside the task are its subjects
                link.alias, link.confidence = inside[0], 0.9
                link.ids = tuple(dict.fromkeys(i for a in inside for i in a.ids))
            continue  # a task naming no indicator (`完成省下达的节能减排降碳任务`) is no figure of the subject before
        named_share = bool(in_clause) and in_clause[-1].end == q.span.start  # `研发投入占GDP的10%`
        if (not named_share and base_before(v, sentence, q)
                and not approved_before(v, sentence, q) and not quoted_target_after(v, sentence, cstart, q)
                and not completed_target(v, sl, cstart, q) and not set_at_start(sl, q)  # (`超额完成…1万人目标`)
                and not cue_re("last_year_set_before").search(sentence, cstart, _num_start(q))) or (
            v.base_after_re.match(sentence, q.span.end)
        ) or (
            v.higher_target_after_re.match(sentence, q.span.end)
            and v.higher_target_before_re.search(sentence, cstart, _num_start(q))
        ) or (
            q.extra.get("kind") == "count" and (v.milestone_after_re.match(sentence, q.span.end)
                                                or v.ranking_after_re.match(sentence, q.span.end))
        ):
            # (not the target a figure met: `完成区人代会批准的增长7%的目标`, `低于年初确定的10%的目标`)
            # `根据中央…确定的今年国内生产总值增长7%的宏观调控目标` (the level above's target, quoted),
            # `由2005年31.8%提高到37.5%` (a base), `完成年计划710亿元的89.4%` (a share of a figure),
            # `跨越3个千亿元台阶` (thresholds passed), `在2011年突破10亿元的基础上` (the base of the next figure)
            # or `在全国333个地级市排名中` (the field of a ranking):
            # not a fact, but it stays in the subject's chain
            if in_clause:
                by_alias.setdefault(in_clause[-1].start, []).append(q)
                if prev_subject is None or prev_subject.alias is not in_clause[-1]:
                    ids = in_clause[-1].ids if sl.in_scope(in_clause[-1], quantities) else ()
                    prev_subject = _Link(q, in_clause[-1], ids)  # the subject's run goes on
                    if ids:  # with every name listed before it (`地区生产总值、固定资产投资跨越3个百亿元台阶`)
                        prev_subject.ids = _shared_subjects(sl, in_clause, prev_subject)
            elif prev_subject is not None and prev_subject.alias is not None:
                by_alias.setdefault(prev_subject.alias.start, []).append(q)
            elif ci > 0 and (named := bare_subject(sl, aliases, alias_starts, quantities, cstart)) is not None:
                # `地区生产总值连跨三个万亿级台阶,由7.13万亿元跃升至10.27万亿元`: the base opens the run of a
                # name said in a figure-less clause before
                by_alias.setdefault(named.start, []).append(q)
                ids = named.ids if sl.in_scope(named, quantities) else ()
                prev_subject = _Link(q, named, ids)
            continue
        if in_clause:
            alias = in_clause[-1]
            chain = by_alias.get(alias.start, [])
            ok, conf = gap_ok(sl, alias.end, q, chain)
            # `居民人均可支配收入城镇增长7%、农村增长8.5%`: the next part of the whole, after its sibling's figure
            # (`城镇达到32150元、增长8.2%`: the same part's growth)
            next_part = part_after_figure(v, alias.ids, prev_subject.ids, sentence[chain[-1].span.end : _num_start(q)],
                                          sentence[q.span.end :]) if (
                chain and prev_subject is not None and prev_subject.q is chain[-1]) else alias.ids
            if not ok and next_part != alias.ids:
                ok, conf = True, 1.0
            if ok:
                if (q.unit == "%" and q.direction == "none"
                        and (v.rate_noun_gap_re.search(sentence, alias.start, q.span.start)
                             or target_named(v, sentence, alias, q) or pace_striven(v, sentence, alias, q))):
                    # `GDP增速确定为8%`, `增长目标定为7%左右`: the rate noun before the verb makes it a growth
                    link.q = q = dataclasses.replace(q, direction="up", measure_hint="growth")
                link.alias, link.ids, link.confidence = alias, alias.ids, conf
                link.ids = part_named(v, _shared_subjects(sl, in_clause, link), sentence[alias.end : _num_start(q)],
                                      sentence[q.span.end :])
                if link.ids == alias.ids:
                    link.ids = next_part
                link.prev = next((x for x in reversed(chain) if not base_before(v, sentence, x)), None)
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
            elif v.streak_re.search(sentence, alias.end, q.span.end):  # `农民人均纯收入连续七年较快增长,达到5524元`:
                prev_subject = _Link(q, alias, alias.ids if sl.in_scope(alias, quantities) else ())  # run goes on
                continue
            prev_subject = None
            continue
        dot = sentence.rfind("。", 0, q.span.start)
        if not in_clause and dot >= 0 and q.unit == "%" and cue_re("practice_lead").match(sentence, dot + 1) and (
                out := next((x for x in reversed(links[:-1]) if x.alias is not None and PRACTICE_IDS & set(x.ids)),
                            None)) \
                and not v.alias_re.search(sentence, dot + 1, q.span.start) and _compatible(v, out.ids, q, out.q):
            # `…地区生产总值增长9%以上的目标，既考虑了…投资的强力拉动…。在实际工作中，…力争达到10%`: the value striven
            # for in practice is the output's, whatever the reasons between named
            link.alias, link.ids, link.prev, link.confidence = out.alias, out.ids, out.q, 0.9
            continue
        # No name in this clause: a verb-led clause continues the previous subject.
        if (prev_subject is not None and prev_subject.alias is not None and ci > 0
                and not _between(aliases, alias_starts, prev_subject.q.span.end, cstart)):
            # (a name said since the subject's last figure, `…8%，财政收入目标：12%`, is the newer subject)
            between = sl.masked[prev_subject.q.span.end : cstart]
            # `；` ends an item of a list, unless the next opens on a rate noun (`;增速达16%`) or a second value
            crosses_item = any(c in between for c in _SEMI) and not v.rate_noun_lead_re.match(sentence, cstart) \
                and not cue_re("second_value_lead").match(sentence, cstart) and not (
                    cue_re("whole_year_lead").match(sentence, cstart)
                    and v.sub_period_re.search(sentence, 1 + max(sentence.rfind(c, 0, prev_subject.alias.start)
                                                                  for c in _SEMI), cstart))
            if crosses_item:  # (`…增长6.2%；剔除“营改增”等政策性减收因素，同口径增长9.1%`: the same figure, net of it)
                semi = prev_subject.q.span.end + max(between.rfind(c) for c in _SEMI) + 1
                factor = sentence[semi:cstart].strip(" ，,").removesuffix("后")
                crosses_item = v.factor_removed_re.fullmatch(factor) is None
            # what precedes the number in its clause, less the figure's own lead words (增长), a
            # quoted-target cue (`完成年计划710亿元`) and the subject's figures said before it in the
            # clause (`,达到1.5万亿元、增长19.8%`)
            cuts = [(m.start(), min(m.end(), q.span.start)) for m in v.prior_target_re.finditer(
                sentence, cstart, _num_start(q)) if m.start() < q.span.start] + [
                (base_start(v, sentence, x, review), x.span.end) for x in by_alias.get(prev_subject.alias.start, [])
                if cstart <= x.span.start and x.span.end <= q.span.start
            ] + ([  # `,好于下降7%的预期`: the comparison before a quoted target
                (m.start(), m.end()) for m in v.prior_compare_re.finditer(sentence, cstart, _num_start(q))
            ] if v.prior_after_re.match(sentence, q.span.end) or set_at_start(sl, q)
                or approved_before(v, sentence, q) else []) + [  # (`,比年初预期目标7.5%低…`) `,完成…7%目标`
                m.span() for m in [v.completed_target_before_re.search(sentence, cstart, _num_start(q))]
                if m and (v.completed_target_after_re.match(sentence, q.span.end)
                          or (m.group("missed") is not None and set_at_start(sl, q)))  # (`未达到年初预期的9.5%`)
            ] + [m.span() for m in [cue_re("set_at_start_before").search(sentence, cstart, _num_start(q))] if m]
            # (a name that runs into the clause, `第三产业多作贡献,实现增加值666亿元、增长12.2%`, is no prefix)
            pstart = max(cstart, min(prev_subject.alias.end, q.span.start))
            prefix = "".join(
                ch for i, ch in enumerate(sentence[pstart : q.span.start], pstart)
                if not any(a <= i < b for a, b in cuts)
            ) if cuts else sentence[pstart : q.span.start]
            # (`,扣除增值税留抵退税因素后增长0.9%`: the same figure, a factor taken out; read before the skipped words,
            # which may take part of it: `按剔除虚增空转收入后的同口径计算下降19.0%`)
            prefix = v.factor_removed_re.sub("", prefix)
            prefix = v.sub_period_re.sub("", v.skip_re.sub("", prefix)).strip()  # `,二季度增长6.3%`
            prefix = prefix.removeprefix("后").strip()
            prefix = cue_re("this_year_before_figure").sub("", prefix) if q.value is not None else prefix
            # `,50%的专利申请来自企业`: a bare figure that modifies a noun is no figure of the subject
            modifier = q.extra.get("verb") is None and not prefix and sentence.startswith("的", q.span.end) \
                and not v.prior_after_re.match(sentence, q.span.end) \
                and not v.completed_target_after_re.match(sentence, q.span.end)  # (`完成…8000人的年度任务`)
            own = not prev_subject.ids and q.value is not None and sl.own_whole(prefix) and not v.sub_period_re.search(
                sentence, 0, cstart)  # (`全省生产总值增长9.1%,我县增长10.5%`: the name's; not `全省上半年…`, a part's)
            ids = prev_subject.alias.ids if own else prev_subject.ids
            whole = prev_subject.alias.ids
            since = sentence[prev_subject.q.span.end : _num_start(q)]  # (from the figure before)
            if (part := part_named(v, whole, prefix, sentence[q.span.end :])) != whole or (
                    part := part_after_figure(v, whole, prev_subject.ids, since, sentence[q.span.end :])
            ) != whole:  # `…城镇完成40127元…;农村完成21041元`: the other part (`…、增长9%`: its growth)
                ids, crosses_item, own = part, False, True
            # (`完成17亿元,超额完成年度任务2.1亿元`: the surplus over the task, no figure of the subject, being far
            # below the result; but `城镇新增就业5200人,超额完成全年目标任务4000人`, `完成年度任务2.5万人的113.2%`:
            # the task itself)
            surplus = v.task_surplus_re.match(sentence, cstart) is not None \
                and not sentence.startswith("的", q.span.end) and _far_below(q, prev_subject.q)
            if not crosses_item and not modifier and not surplus and (own or not _strip(v.filler_re, prefix)):
                chain = by_alias.get(prev_subject.alias.start, [])
                prev_q = chain[-1] if chain else None
                if prev_q is not None and q.qualifier == "at_most" and prev_q.unit != q.unit:
                    # `城镇登记失业率3.1%,比上年末下降0.2个百分点,控制在4%以内`: the ceiling weighed against the rate
                    prev_q = next((x for x in reversed(chain) if x.unit == q.unit), prev_q)
                if _compatible(v, ids, q, prev_q):
                    link.alias, link.ids, link.prev = prev_subject.alias, ids, prev_q
                    link.confidence = 0.9
                    by_alias.setdefault(prev_subject.alias.start, []).append(q)
                    prev_subject = link
                # a verb-led figure that cannot be one of the subject's (`净增110.8亿元`) keeps the run
                continue
        # a name in an earlier clause of the same item that carried no figure of its own
        named = bare_subject(sl, aliases, alias_starts, quantities, cstart) if ci > 0 else None
        if (named is not None and q.unit == "%" and q.direction == "none"
                and (v.rate_label_re.search(sentence, named.start, q.span.start)
                     or sentence.startswith(v.rate_nouns_after_name, named.end))):
            # `今年广东GDP增长目标:8%`: a growth target's label before the colon; `GDP增速逐季攀升,…,预计全年5%左右`:
            # the name's growth rate, told on to its figure
            link.q = q = dataclasses.replace(q, direction="up", measure_hint="growth")
        # (a name may run into this clause: `服务业规模持续扩大,实现增加值4470亿元`)
        led = named is not None and verb_led(v, sentence, max(cstart, named.end), q)
        if named is not None and led and _compatible(v, named.ids, q, None):
            link.alias, link.ids, link.confidence = named, named.ids, 0.8
            if not sl.in_scope(named, quantities):
                link.ids = ()
            by_alias.setdefault(named.start, []).append(q)
            prev_subject = link
            continue
        if ci > 0 and (v.prior_compare_re.match(sentence, cstart) or v.task_surplus_re.match(sentence, cstart)
                       or cue_re("pace_aside").match(sentence, cstart)
                       or v.share_aside_re.match(sentence, cstart)
                       or v.sub_period_compare_re.match(sentence, cstart) or last_years_base(v, sentence, q, review)
                       or (q.qualifier == "qualitative" and v.momentum_after_re.match(sentence, q.span.end)
                           and v.momentum_lead_re.fullmatch(sentence, cstart, q.span.start))):
            # `,高于全国、全省1个、0.2个百分点,总量跨过3000亿元`: a comparison aside keeps the run, as does
            # the subject's share (`,占全省比重提高到26%,增速达16%`), a base compared with (`,比上年的57.6%提高0.3个
            # 百分点`) and its pace in words (`地区生产总值…,今年继续
            # 保持较快增长势头,…,全年预计达1100亿元`)
            continue
        prev_subject = None  # a figure of an unknown subject ends the previous subject's run

    drop_milestones(v, links, sentence)
    first = len(facts)
    for link in links:
        emit(v, report, sl, link, facts, mentions, seen)
    drop_words_beside_figures(v, facts, first)


def _clause_end(sl: _SentenceLinker, pos: int) -> int:
    """End of the clause holding ``pos``."""
    i = bisect_right(sl.starts, pos)
    return sl.starts[i] - 1 if i < len(sl.starts) else len(sl.s)

