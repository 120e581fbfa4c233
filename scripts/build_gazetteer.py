"""Build src/zhibiao/data/gazetteer.csv from the CC0 areacodes summary table (../shared/data/areacodes).

One output row per (code, name, validity years) with level, parent code, full and short names and
successor codes. Run: ``python scripts/build_gazetteer.py [SOURCE_CSV] [OUT_CSV]``.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "areacodes" / "result.csv"
DEFAULT_OUT = ROOT / "src" / "zhibiao" / "data" / "gazetteer.csv"
VOCAB = ROOT / "src" / "zhibiao" / "data" / "document_gazetteer.toml"
LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}
ROMAN = ROOT / "src" / "zhibiao" / "data" / "romanisation.toml"
COLUMNS = ["code", "name", "level", "parent_code", "full_name", "short_name", "province",
           "first_year", "last_year", "successors", "name_en", "full_name_en"]


class Romaniser:
    """Pinyin names in place-name style (``data/romanisation.toml``): Suining Shi Anju Qu."""

    def __init__(self, ethnic_groups: list[str]) -> None:
        import pycountry
        import pypinyin

        self.rules = tomllib.loads(ROMAN.read_text(encoding="utf-8"))
        self._pinyin = pypinyin
        pypinyin.load_single_dict({ord(c): r for c, r in self.rules["characters"].items()})
        self.iso = {code: pycountry.subdivisions.get(code=iso).name for code, iso in self.rules["iso_3166_2"].items()}
        self.generic = sorted(self.rules["generic"], key=len, reverse=True)
        self.ethnic = sorted(set(ethnic_groups) | set(self.rules["ethnic"]), key=len, reverse=True)

    def word(self, chars: str) -> str:
        """One capitalised pinyin word, apostrophes before a, o, e syllables (Xi'an)."""
        if not chars:
            return ""
        phrase = self.rules["phrases"].get(chars)
        sylls = phrase.split() if phrase else self._pinyin.lazy_pinyin(
            chars, style=self._pinyin.Style.NORMAL, v_to_u=True, errors="ignore")
        sylls = [s for s in sylls if s.isalpha()]
        out = "".join(("'" if i and s[0] in "aoe" else "") + s for i, s in enumerate(sylls))
        return out[:1].upper() + out[1:]

    def ethnic_word(self, eth: str) -> str:
        """An ethnic name: GB/T 3304 form when written without 族, else pinyin (彝族 -> Yizu)."""
        if eth in self.rules["ethnic"]:
            return self.rules["ethnic"][eth]
        return self.word(eth)

    def name(self, code: str, name: str, level: str) -> str:
        """The romanised name of one division."""
        if level == "national":
            return self.rules["national"]
        if level == "province" and code in self.iso:
            return self.iso[code]
        generic = next((g for g in self.generic if name.endswith(g) and len(name) > len(g)), "")
        base = name[: len(name) - len(generic)]
        tail: list[str] = []
        if generic.startswith("自治"):
            changed = True
            while changed:
                changed = False
                for eth in self.ethnic:
                    if base.endswith(eth):
                        tail.insert(0, self.ethnic_word(eth))
                        base = base[: -len(eth)]
                        changed = True
                        break
        words = [self.word(base), *tail, self.rules["generic"][generic] if generic else ""]
        return " ".join(w for w in words if w)


def short_name(name: str, suffixes: list[str], ethnic: list[str]) -> str:
    """Name without its generic suffix (and ethnic names of autonomous divisions); >= 2 chars kept."""
    base = name
    for suf in sorted(suffixes, key=len, reverse=True):
        if base.endswith(suf) and len(base) - len(suf) >= 2:
            base = base[: -len(suf)]
            break
    if base != name and name.endswith(("自治州", "自治县", "自治旗", "自治区")):
        changed = True
        while changed:
            changed = False
            for eth in sorted(ethnic, key=len, reverse=True):
                if base.endswith(eth) and len(base) - len(eth) >= 2:
                    base = base[: -len(eth)]
                    changed = True
                    break
        if base.endswith("族") and len(base) >= 3:
            base = base[:-1]
    return base


def build_rows(source: Path) -> list[dict[str, str]]:
    """Rows of the gazetteer, national row first, then by code and first year."""
    vocab = tomllib.loads(VOCAB.read_text(encoding="utf-8"))
    roman = Romaniser(vocab["ethnic_groups"])
    with source.open(encoding="utf-8-sig", newline="") as fh:
        raw = list(csv.DictReader(fh))
    recs = []
    for r in raw:
        first = int(r["启用时间"])
        last = int(r["变更/弃用时间"]) - 1 if r["变更/弃用时间"] else None
        recs.append((r["代码"], r["名称"], LEVELS[r["级别"]], r["一级行政区"], r["二级行政区"], first, last,
                     r["新代码"]))

    def overlaps(a: tuple, b: tuple) -> bool:
        a_last = a[6] if a[6] is not None else 9999
        b_last = b[6] if b[6] is not None else 9999
        return a[5] <= b_last and b[5] <= a_last

    prefs = [x for x in recs if x[2] == "prefecture"]
    out: list[dict[str, str]] = [{
        "code": vocab["national_code"], "name": vocab["national_name"], "level": "national",
        "parent_code": "", "full_name": vocab["national_name"], "short_name": vocab["national_name"],
        "province": "", "first_year": "1949", "last_year": "", "successors": "",
        "name_en": roman.name(vocab["national_code"], vocab["national_name"], "national"),
        "full_name_en": roman.name(vocab["national_code"], vocab["national_name"], "national"),
    }]
    for rec in recs:
        code, name, level, prov, pref, first, last, new = rec
        prov_code = code[:2] + "0000"
        name_en = roman.name(code, name, level)
        if level == "province":
            parent, full, full_en = vocab["national_code"], name, name_en
        elif level == "prefecture":
            parent, full, full_en = prov_code, name, name_en
        elif pref in ("直辖", ""):
            parent, full = prov_code, prov + name if prov != name else name
            full_en = roman.name(prov_code, prov, "province") + " " + name_en if prov != name else name_en
        else:
            cands = [p for p in prefs if p[1] == pref and p[0][:2] == code[:2] and overlaps(p, rec)]
            cands.sort(key=lambda p: (p[0][:4] != code[:4], p[0]))
            parent = cands[0][0] if cands else code[:4] + "00"
            full = pref + name
            full_en = roman.name(parent, pref, "prefecture") + " " + name_en
        out.append({
            "code": code, "name": name, "level": level, "parent_code": parent, "full_name": full,
            "short_name": short_name(name, vocab["suffixes"], vocab["ethnic_groups"]), "province": prov,
            "first_year": str(first), "last_year": "" if last is None else str(last), "successors": new,
            "name_en": name_en, "full_name_en": full_en,
        })
    out[1:] = sorted(out[1:], key=lambda d: (d["code"], int(d["first_year"])))
    return out


def render(rows: list[dict[str, str]], build_date: str) -> str:
    """CSV text with a commented header naming the source and the build date."""
    buf = io.StringIO()
    buf.write("# zhibiao gazetteer: administrative divisions of China with history (years inclusive)\n")
    buf.write("# source: yescallop/areacodes result.csv (CC0 1.0), via ../shared/data/areacodes\n")
    buf.write(f"# built: {build_date} by scripts/build_gazetteer.py\n")
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    text = render(build_rows(source), _dt.date.today().isoformat())
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({len(text.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
