"""How firmly a target is meant: ``binding`` (确保…), ``stretch`` (力争…) or ``expected``.

The governing word nearest before the figure in its own clause wins (`确保增长6%、力争6.5%`:
binding, then stretch). With none there, a governing word at the head of an earlier clause of the
same sentence (`力争新培育…企业8户以上,实现服务业增加值增长6.4%以上`) still governs, unless a
clause in between has a governing word of its own or a `；` ends the list item (but a word heading the
first item of a `；` list governs the items after it that have none of their own: `力争实现地区生产总值增长
15%以上;地方一般公共预算收入增长16%以上`); a governing word before a colon governs the whole list after it
(`确保实现以下目标：…`). Words are in
``data/facts_cues.toml`` ([commitment]).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from zhibiao.facts.cuefile import facts_cues
from zhibiao.model import Commitment
from zhibiao.trie import trie_alternation

_DIGIT = re.compile(r"\d")
_FIGURE = re.compile(r"\d\s*(?:%|％|亿|万|元)")
_HEAD_MAX = 4  # characters a clause may hold before a governing word that heads it (全年、同时、并)


@dataclass(frozen=True, slots=True)
class _Words:
    regex: re.Pattern[str]
    kind: dict[str, Commitment]
    stretch: re.Pattern[str]  # the patterns that stretch (`保6争7`'s 争)
    tail_aside: re.Pattern[str]
    head_lead: re.Pattern[str]
    tail_value: re.Pattern[str]
    expected: re.Pattern[str]
    list_head_verb: re.Pattern[str]  # `力争实现…`: a governing word heading what a `；` list achieves
    label_after: re.Pattern[str]  # `下降4.5%（约束性指标）`: the figure's kind after it
    label_tail: re.Pattern[str]  # `…下降2%，这两项是必须完成的约束性指标`: the item's figures' kind, closing it


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = facts_cues()["commitment"]
    kind: dict[str, Commitment] = {w: "binding" for w in data["binding"]}
    kind.update({w: "stretch" for w in data["stretch"]})
    patterns = [trie_alternation(kind), *data["binding_patterns"], *data["stretch_patterns"]]
    return _Words(re.compile("|".join(f"(?:{p})" for p in patterns)), kind,
                  re.compile("|".join(f"(?:{p})" for p in data["stretch_patterns"])),
                  re.compile(data["tail_aside"]), re.compile(data["head_lead"]), re.compile(data["tail_value"]),
                  re.compile(data["expected"]), re.compile(data["list_head_verb"]), re.compile(data["label_after"]),
                  re.compile(data["label_tail"]))


def _kind(w: _Words, m: re.Match[str]) -> Commitment:
    if m.group() in w.kind:
        return w.kind[m.group()]
    # a pattern match binds (守住…底线, 保6争7's 保) but for a stretch pattern's (保6争7's 争)
    return "stretch" if w.stretch.match(m.string, m.start(), m.end()) else "binding"


def _last_word(w: _Words, text: str) -> re.Match[str] | None:
    """The last governing word in ``text``."""
    last = None
    for m in w.regex.finditer(text):
        last = m
    return last


def _nearest(w: _Words, text: str) -> tuple[Commitment, int] | None:
    """(kind, start) of the last governing word in ``text``."""
    last = _last_word(w, text)
    return (_kind(w, last), last.start()) if last is not None else None


def _first_item_head(w: _Words, sentence: str, starts: list[int], k: int,
                     names: re.Pattern[str] | None) -> Commitment | None:
    """The governing word heading the first item of a `；` list begun by no colon, when clause ``k`` ends an
    earlier item: `力争实现` before the first indicator (`力争实现地区生产总值增长15%以上;地方一般公共预算收入增长
    16%以上`) governs the items after it while none of them has a word of its own or 预期. (Not a word of the
    first item's own predicate, `确保粮食产量稳定在50万吨以上;…`, nor one after its subject, `GDP力争增长7%;…`, nor
    an item under a list head, `主要预期目标是:确保…;…`.)"""
    j = k
    while j > 0 and sentence[starts[j] - 1] not in "：:":
        j -= 1
    if j > 0:
        return None  # a colon heads the list: it governs, or nothing does
    first_end = next(i for i in range(j, k + 1) if sentence[starts[i + 1] - 1] in "；;")
    for i in range(first_end + 1, k + 1):
        later = sentence[starts[i] : starts[i + 1] - 1]
        if _nearest(w, later) is not None or w.expected.search(later):
            return None  # a word of a later item's own governs from there (the code after the call stops)
    for i in range(j, first_end + 1):  # the first item's first clause with a figure: its head word, if any
        clause = sentence[starts[i] : starts[i + 1] - 1]
        if _FIGURE.search(clause):
            m = _last_word(w, clause)
            if (m is None or not w.list_head_verb.match(clause, m.end())
                    or len(w.head_lead.sub("", clause[: m.start()].strip())) > _HEAD_MAX
                    or (names is not None and names.search(clause, 0, m.start()))):
                return None
            return _kind(w, m)
    return None


def commitment(sentence: str, starts: list[int], pos: int, names: re.Pattern[str] | None = None) -> Commitment:
    """Commitment of the target whose number starts at ``pos`` of ``sentence``.

    ``starts`` are the sentence's clause starts (after ，,；;：: outside parentheses); ``names``
    matches indicator names, so that `进出口总额争取实现正增长` (a word after its subject) governs
    its own clause only.

    >>> s = "地区生产总值确保增长6.7%、力争7.2%以上"
    >>> commitment(s, [0], s.index("6.7")), commitment(s, [0], s.index("7.2"))
    ('binding', 'stretch')
    >>> s = "地区生产总值增速“保6争7”"
    >>> commitment(s, [0], s.index("6")), commitment(s, [0], s.index("7"))
    ('binding', 'stretch')
    >>> s = "全省地区生产总值增长5%左右，在实际工作中努力争取更好结果；城镇调查失业率控制在5%左右"
    >>> starts = [0, *(m.end() for m in re.finditer("[，；]", s))]
    >>> commitment(s, starts, s.index("5%")), commitment(s, starts, s.rindex("5%"))
    ('expected', 'expected')
    >>> s = "地区生产总值增长5%左右,并努力争取更好结果,同时强调居民收入增长与经济增长同步"
    >>> commitment(s, [0, s.index("并"), s.index("同时")], s.index("与经济"))
    'expected'
    >>> s = "2010年将努力实现全县生产总值增长13.5%,地方财政一般预算收入增长18%"
    >>> commitment(s, [0, s.index("地方")], s.index("18%"))
    'stretch'
    >>> s = "力争新培育规上服务业企业8户以上,实现服务业增加值增长6.4%以上"
    >>> commitment(s, [0, s.index("实现")], s.index("6.4"))
    'stretch'
    >>> s = "地区生产总值增长9%,力争达到两位数增长,全社会固定资产投资增长15%"
    >>> commitment(s, [0, s.index("力争"), s.index("全社会")], s.index("15"))
    'expected'
    >>> s = "经济总量力争实现6400亿元,同比增长7.5%左右,进出口总额增长5%"
    >>> starts = [0, *(m.end() for m in re.finditer(",", s))]
    >>> names = re.compile("经济总量|进出口总额")
    >>> commitment(s, starts, s.index("7.5"), names), commitment(s, starts, s.rindex("5%"), names)
    ('stretch', 'expected')
    >>> s = "力争实现地区生产总值增长15%以上;地方一般公共预算收入增长16%以上;固定资产投资增长20%以上"
    >>> starts = [0, *(m.end() for m in re.finditer(";", s))]
    >>> commitment(s, starts, s.index("16")), commitment(s, starts, s.index("20"))
    ('stretch', 'stretch')
    >>> s = "地区生产总值增长7%左右;确保粮食产量稳定在50亿斤;居民消费价格涨幅3%左右"
    >>> starts = [0, *(m.end() for m in re.finditer(";", s))]
    >>> commitment(s, starts, s.index("50")), commitment(s, starts, s.index("3%"))
    ('binding', 'expected')
    >>> s = "确保粮食产量稳定在50万吨以上;地区生产总值增长6%左右"
    >>> commitment(s, [0, s.index("地区")], s.index("6%"))
    'expected'
    >>> s = "主要预期目标是:力争实现地区生产总值增长7%;一般公共预算收入增长6%"
    >>> commitment(s, [0, s.index("力争"), s.index("一般")], s.index("6%"))
    'expected'
    >>> s = "确保160个项目竣工运营,预期生产总值增长17%"
    >>> commitment(s, [0, s.index("预期")], s.index("17"))
    'expected'
    >>> s = "力争单位生产总值能耗下降4.5%（约束性指标）"
    >>> commitment(s, [0], s.index("4.5"))
    'binding'
    >>> s = "单位生产总值能耗下降4%，主要污染物排放总量下降2%，这两项是必须完成的约束性指标"
    >>> commitment(s, [0, s.index("主要")], s.index("4%")), commitment(s, [0, s.index("主要")], s.index("2%"))
    ('binding', 'binding')
    """
    w = _words()
    if w.label_after.match(sentence, pos) is not None:
        return "binding"
    item_end = min((i for c in "；;" if (i := sentence.find(c, pos)) >= 0), default=len(sentence))
    if w.label_tail.search(sentence, pos, item_end) is not None:
        return "binding"
    ci = max(i for i, s in enumerate(starts) if s <= pos) if starts else 0
    c0 = starts[ci] if starts else 0
    own = _nearest(w, sentence[c0:pos])
    said = [m.start() for m in w.expected.finditer(sentence, c0, pos)]
    if said and (own is None or c0 + own[1] < said[-1]):
        return "expected"  # `确保160个项目竣工运营,预期生产总值增长17%`: its own word, after any other
    if own is not None:
        return own[0]
    for k in range(ci - 1, -1, -1):
        sep = sentence[starts[k + 1] - 1]
        clause = sentence[starts[k] : starts[k + 1] - 1]
        hit = _nearest(w, clause)
        if sep in "：:":  # a list head: `确保实现以下目标：`
            return hit[0] if hit is not None else "expected"
        if sep in "；;":
            head = _first_item_head(w, sentence, starts, k, names)
            if head is not None:
                return head  # `力争实现地区生产总值增长15%以上;地方一般公共预算收入增长16%以上;…`: the list's head
            break  # an item of its own; a colon further back may still govern it
        if hit is not None and w.tail_aside.search(clause) and not _DIGIT.search(clause):
            continue  # `…增长5%左右,并努力争取更好结果,同时…`: an aside on the figure before, no head
        if (hit is not None and k > 0 and w.tail_value.match(clause)
                and _FIGURE.search(sentence, starts[k - 1], starts[k])):
            continue  # `地区生产总值增长9%,力争达到两位数增长,…`: the item before's second value, no list head
        if hit is not None:
            prefix = clause[: hit[1]]
            # (the year and a future word standing first are no words of the list: `2010年将努力实现…`)
            lead = w.head_lead.sub("", prefix.strip())
            head = len(lead) <= _HEAD_MAX and not (names is not None and names.search(prefix))
            # `经济总量力争实现6400亿元,同比增长7.5%左右`: a later clause naming nothing continues its subject
            same_subject = names is not None and not names.search(sentence, starts[k + 1], pos)
            return hit[0] if head or same_subject else "expected"
    colon = max(sentence.rfind("：", 0, pos), sentence.rfind(":", 0, pos))
    if colon >= 0:
        head_start = max(sentence.rfind(c, 0, colon) for c in "，,；;。") + 1
        hit = _nearest(w, sentence[head_start:colon])
        if hit is not None:
            return hit[0]
    return "expected"
