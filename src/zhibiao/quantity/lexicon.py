"""The quantity grammar's vocabulary, compiled once: the word lists of ``data/units.toml`` and
``data/qualifiers.toml`` as alternations, the unit table, and the master regex that finds every core
(``grammar`` attaches the words around each). Kept apart from the scanning code it feeds."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from zhibiao.model import Direction
from zhibiao.trie import trie_alternation


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("zhibiao.data").joinpath(name).read_text("utf-8"))


def _alt(words: list[str] | set[str] | dict[str, Any]) -> str:
    """Regex alternation of literal words (a dict: its keys), the longest at a position first."""
    return trie_alternation(words)


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """A unit as written: normal form, kind, base unit and factor to it."""

    unit: str
    kind: str
    base: str
    factor: int


class _Vocab:
    """All word lists and the compiled regexes built from them (once, at import)."""

    def __init__(self) -> None:
        u = _load("units.toml")
        q = _load("qualifiers.toml")
        aliases: dict[str, str] = u["aliases"]
        mags: dict[str, int] = {k: int(v) for k, v in u["magnitudes"].items()}
        self.units: dict[str, UnitInfo] = {}
        scal: list[str] = []
        plain: list[str] = []
        for kind, spec in u["kinds"].items():
            for w in spec["units"]:
                norm = aliases.get(w, w)
                self.units[w] = UnitInfo(norm, kind, norm, 1)
                (scal if spec.get("scalable") else plain).append(w)
        for kind, spec in u["kinds"].items():
            if not spec.get("scalable"):
                continue
            for w in spec["units"]:
                for m, f in mags.items():
                    self.units.setdefault(m + w, UnitInfo(m + aliases.get(w, w), kind, aliases.get(w, w), f))
        money_mags: dict[str, int] = {k: int(v) for k, v in u.get("currency_magnitudes", {}).items()}
        money = u["kinds"]["currency"]["units"]
        also: dict[str, str] = dict(u.get("currency_magnitude_units", {}))  # (`兆斤`: the same 10^12)
        for m, f in money_mags.items():
            for w, kind in [*((w, "currency") for w in money), *also.items()]:
                self.units.setdefault(m + w, UnitInfo(m + aliases.get(w, w), kind, aliases.get(w, w), f))
        for m in u["magnitude_only"]["units"]:
            self.units.setdefault(m, UnitInfo(m, "magnitude", "", mags[m]))
        money_re = f"|(?:{_alt(money_mags)})(?:{_alt([*money, *also])})" if money_mags else ""
        unit_re = (f"(?:{_alt(plain)}|(?:{_alt(mags)})?(?:{_alt(scal)}){money_re}"
                   f"|{_alt(u['magnitude_only']['units'])})")

        d = q["direction"]
        self.dir_of: dict[str, Direction] = {}
        for w in d["up"]:
            self.dir_of[w] = "up"
        for w in d["down"]:
            self.dir_of[w] = "down"
        self.nouns_after: dict[str, Direction] = dict(d["nouns_after"])
        self.nouns_after_re = re.compile(_alt(list(self.nouns_after)))
        self.level_verbs = set(d["level_verbs"])
        self.level_conn = set(d["level_connectors"])
        self.rate_nouns = set(d["rate_nouns"])
        self.growth_nouns_before_reach = tuple(d["growth_nouns_before_reach"])
        self.growth_reach_verbs = frozenset(d["growth_reach_verbs"])
        self.adverbs_before_reach = tuple(d["adverbs_before_reach"])
        # a rate noun and its base right before a verb (`涨幅从5%下降到3%`): see ``rate_from_base``
        self.rate_from_re = re.compile(rf"(?P<noun>{_alt(d['rate_nouns'])})(?:{d['rate_from_base']})\Z")
        lead = q["lead"]
        self.pre_qual: dict[str, str] = {}
        for qual, words in q["qualifier"]["pre"].items():
            for w in words:
                self.pre_qual[w] = qual
        self.post_qual = {w: qual for qual, ws in q["qualifier"]["post"].items() for w in ws}
        self.between_qual = {w: qual for qual, ws in q["qualifier"]["between"].items() for w in ws}
        self.distributive = set(lead["distributive"])
        self.change_list_joiners = frozenset(lead["change_list_joiners"])
        verbs = list(self.dir_of) + list(self.level_verbs)
        paren = r"[(（][^()（）]{1,12}[)）]"
        lead_words = [*lead["intent"], *lead["distributive"], *lead["distributive_after_verb"], *lead["baseline"],
                      *lead["modal"], *verbs, *self.pre_qual]
        # (a distribution after a verb, not after a name ending on a verb's characters: fixed-width lookbehinds)
        not_after = "".join(f"(?<!{re.escape(c)})" for c in lead["distributive_not_after"])
        lead_first = "".join(sorted({re.escape(w[0]) for w in lead_words} | {"(", "（"}))
        self.lead_re = re.compile(
            rf"(?=[{lead_first}])(?P<intent>{_alt(lead['intent'])})?(?P<dist1>{_alt(lead['distributive'])})?"
            rf"(?P<base>{_alt(lead['baseline'])})?(?P<dist2>{_alt(lead['distributive'])})?(?P<modal>{_alt(lead['modal'])})?"
            rf"(?P<verb>{_alt(verbs)})?(?P<dist3>{not_after}{_alt(lead['distributive_after_verb'])})?"
            rf"(?P<part>{_alt(lead['particles'])})?(?P<paren>{paren})?"
            rf"(?:(?P<pre>{_alt(self.pre_qual)})(?:{_alt(lead['size_nouns'])})?)?\Z"
        )
        # a lead ends right before its number with the last character of one of its words (or a
        # parenthesis): any other character there rules a lead out without searching
        self.lead_last = frozenset(
            {w[-1] for w in [*lead_words, *lead["particles"], *lead["size_nouns"]]} | {")", "）"}
        )
        cmp = q["comparison"]
        self.cmp_dir = {w: "up" for w in cmp["up"]} | {w: "down" for w in cmp["down"]}
        self.by_dir = {w: "up" for w in cmp["by_up"]} | {w: "down" for w in cmp["by_down"]}
        self.baseline_refs = set(cmp["baseline_refs"])
        ref = r"[^,.;:!?，。；：、()（）\d%\s]{1,16}?"
        self.cmp_re = re.compile(
            rf"(?:(?P<cmp>{_alt(self.cmp_dir)})(?P<ref>{ref})"
            rf"(?:(?P<open>[(（])(?P<qnum>\d+(?:\.\d+)?)(?P<qunit>[^()（）\d]{{0,8}})[)）]"
            rf"|(?P<qnum2>\d+(?:\.\d+)?)%的(?P<goal>(?:预期|年度|全年|计划)?目标))?"
            rf"|(?P<lead>{_alt(cmp['lead'])})(?P<ref2>{ref})(?P<by>{_alt(self.by_dir)}))了?\Z"
        )

        ql = q["qualitative"]
        self.qual_dir: dict[str, str] = dict(ql["phrases"])
        sync = ql["sync"]
        comp = ql["compare"]
        self.qual_cmp_dir: dict[str, str] = dict(comp["comparators"])
        qualitative = (
            rf"(?P<qsync>(?:{_alt(sync['joiners'])})(?:{_alt(sync['scopes'])})?(?:(?:{_alt(sync['partners'])})"
            rf"(?:{_alt(sync['modifiers'])})?(?:{_alt(sync['tails'])})|(?:{_alt(sync['step_partners'])})"
            rf"(?:{_alt(sync['modifiers'])})?(?:{_alt(sync['step_tails'])})))"
            rf"|(?P<qcmp>(?P<qcw>{_alt(comp['comparators'])})(?>(?:{_alt(comp['refs'])}|{comp['named_ref']})"
            rf"(?:{_alt(comp['suffixes'])})?)"
            # (a margin over the reference is still no value of the subject's own: `增幅高于全国0.7个百分点`)
            rf"(?P<qmargin>{comp['margin']})?(?![\d零一二两三四五六七八九十(（]))"
            # (not a verb a figure follows: `单位生产总值能耗继续降低3.5%`, `…降低到`)
            rf"|(?P<qphrase>{_alt(self.qual_dir)})(?![\d零一两二三四五六七八九十百至到(（])"
            rf"|(?P<qtask>{ql['task']['not_after']}(?:{'|'.join(f'(?:{p})' for p in ql['task']['patterns'])}))"
        )
        self.sep_re = _alt(q["range"]["separators"])
        self.paired_subjects = tuple(q["range"]["paired_subjects"])
        self.path_from_re = re.compile(q["range"]["path_from"] + q["range"]["path_from_between"] + "$")
        self.path_from_back: int = q["range"]["path_from_back"]
        self.aside_re = re.compile(q["range"]["aside"])
        mile = q["milestone"]
        self.milestone_values: dict[str, list[str]] = mile["values"]
        self.milestone_default_unit: str = mile["units"][0]
        post = _alt(self.post_qual)
        between = _alt(self.between_qual)
        cn = "零〇一二两三四五六七八九十百千万亿"
        arabic = r"(?>(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?)(?!\.?\d)"
        # a number stands alone (not `G20`, `5G`, `第3`), but may follow the abbreviations of the
        # indicators that write it close (`实现GDP532亿元`)
        num_guard = r"(?:(?<=GDP)|(?<=CPI)|(?<=gdp)|(?<=cpi)|(?<![\dA-Za-z.．第]))(?<!\d,)(?<!\d兆)"
        cn_num = rf"(?<![{cn}第点])[{cn}]*[零〇一二两三四五六七八九十百千](?:点[零〇一二三四五六七八九]+)?"
        firsts = set("0123456789百翻持基〇一二两三四五六七八九十") | {w[0] for w in self.qual_dir}
        firsts |= {w[0] for w in sync["joiners"]} | {w[0] for w in comp["comparators"]}
        # the task phrases (qualitative.task)
        firsts |= {"超", "全", "圆", "完", "与", "在", "控", "达", "均", "都", "已"}
        firsts |= {"为", "是", "约"}  # a price index without its % sign (`价格指数为102.7`, `约为103`)
        firsts |= {"千", "万"}  # a threshold without a digit (`突破千亿元`, `迈上万亿元台阶`)
        first = "[" + "".join(sorted(re.escape(c) for c in firsts)) + "]"
        bz_num = r"\d{1,2}(?:\.\d)?|[一二三四五六七八九十]{1,2}(?:点[一二三四五六七八九])?"
        hold, strive = re.escape(q["hold_strive"]["hold"]), re.escape(q["hold_strive"]["strive"])
        # a text with no match of ``hint`` holds no quantity: a digit or numeral, or the end of a
        # qualitative phrase (scan skips most sentences of a report with one search)
        tails = {w[-2:] for w in self.qual_dir} | {"同步", "增长", "持平", "平均", "任务", "目标", "指标"}
        # a comparison (`快于城镇居民`) by its comparator: its refs (全省, 居民) are in most sentences
        tails |= set(comp["comparators"]) | {"衔接"}
        self.hint = re.compile(r"[0-9一二两三四五六七八九十百千万]|" + _alt(tails))
        range_branch = (
            rf"(?P<range>{num_guard}(?P<r1>{arabic})(?P<ru1>%|％|{unit_re})?\s?(?P<sep>{self.sep_re}|(?<=[%％])(?=\d))\s?"
            rf"(?P<r2>{arabic})(?P<ru2>{unit_re})(?P<rpost>{post})?)"
        )
        others = (
            # (also a range in words, `百分之四点五至百分之五`, `百分之五到六`: not a year or a month after it)
            rf"(?P<pct>百分之(?P<pnum>{arabic}|[{cn}]+(?:点[{cn}]+)?)"
            rf"(?:(?P<psep>{self.sep_re})(?:百分之)?(?P<pnum2>{arabic}|[{cn}]+(?:点[{cn}]+)?)(?![\d{cn}年月.点]))?"
            rf"(?P<ppost>{post})?)"
            # a round threshold passed, written without a digit (`突破百亿大关`, `迈上万亿元台阶`)
            rf"|(?P<mile>(?:(?<={'|'.join(mile['verbs'])})|(?<={'|'.join(mile['short_verbs'])}))"
            rf"(?P<mmag>{_alt(mile['values'])})(?P<mcur>{_alt(mile['units'])})?(?={mile['after']}))"
            # `增速“保6争7”`, `保八争九`: a floor to hold and a pace to strive for, both growth rates
            rf"|(?P<bz>(?<={hold})(?P<bzn>{bz_num})%?(?={strive}(?:\d|[一二三四五六七八九十]))"
            rf"|(?<=[\d%一二三四五六七八九十]{strive})(?P<bzn2>{bz_num})%?(?![\d.点]))"
            # (a Taiwan paper's trillions before the 亿 part: `2兆5979亿元`, 25979亿元, or the mainland's 万 so,
            # `1万1985亿元`; and a 万 before the ones of an income or a count: `7万1240元`, 71240元; `6万8000多元`)
            rf"|(?P<single>(?:{num_guard}(?:(?P<tri>[1-9]\d{{0,2}})(?:兆(?=\d{{1,4}}(?:\.\d+)?亿)"
            rf"|万(?=\d{{1,4}}(?:多|余)?(?:元|人|名|美元|吨))"
            rf"|万(?=\d{{1,4}}(?:\.\d+)?亿)))?(?P<anum>{arabic})"
            rf"|(?P<cnum>{cn_num}))"
            rf"(?:(?P<mag2>{_alt(u['magnitude_only']['units'])})(?P<between2>{between})(?P<unit2>{_alt(scal)})"
            rf"|(?P<between>{between})?(?P<unit>{unit_re})(?!(?<=台)阶))(?P<post>{post})?)"  # 台阶 is no 台 (sets)
            # `居民消费价格指数为102.7`: a price index written without its % sign
            rf"|(?P<pidx>(?<=价格指数)(?:约为|约|为|是|控制在)?(?P<inum>(?:9\d|1[01]\d)(?:\.\d{{1,2}})?)(?![\d.%％点万亿元个])"
            rf"(?P<ipost>{post})?)"  # (`居民消费价格指数控制在103.5左右`: held near a level, no % sign either)
            rf"|(?P<fan>翻了?(?:(?P<fann>[一两二三四])?番|倍)(?P<fpost>{post})?)"  # 翻番, 翻两番, 翻倍 (doubled)
            rf"|(?P<flat>(?:基本)?(?<!保)持平(?![稳衡]))"
            rf"|{qualitative}"
        )
        self.master = re.compile(rf"(?={first})(?:{range_branch}|{others})")
        # the same without its range branch: where a range fails (`增长7.5%7%` falls), the single figures
        self.plain = re.compile(rf"(?={first})(?:{others})")


V = _Vocab()
