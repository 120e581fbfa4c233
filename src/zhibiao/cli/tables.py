"""Tables that fit the terminal: columns chosen by width, text wrapped, codes never cut.

Rich shrinks every column evenly when a table is too wide, so at 80 columns a source column came
out 2 characters wide, ``target`` broke as ``tar/get`` and ids read ``t…``. Here each column is a
*code* (an id, a number, a file name: shown whole, on one line) or *text* (wrapped at spaces,
folded inside long Chinese runs). When the codes do not fit, columns go, in this order: those
holding one value in every row (named in the caption instead), then those the caller lists as
least needed, then the rightmost codes; the caption names what was left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

Cell = str | Text
BORDERS = 1  # the left edge; each column adds its padding (2) and its right border (1)
PER_COLUMN = 3
TEXT_MIN = 10  # a text column narrower than this is not worth showing


def _len(c: Cell) -> int:
    return c.cell_len if isinstance(c, Text) else cell_len(c)


def _plain(c: Cell) -> str:
    return c.plain if isinstance(c, Text) else c


def _longest_word(c: Cell) -> int:
    """The longest run a text column should not break: a space-free ASCII word (a file name, an id);
    Chinese runs fold anywhere."""
    return max((len(w) for w in _plain(c).split() if w.isascii()), default=0)


def is_text(values: Iterable[Cell]) -> bool:
    """Whether a column reads as text (long, with spaces or Chinese) rather than as codes."""
    vals = [_plain(v) for v in values]
    return any(cell_len(v) > 30 and (" " in v or not v.isascii()) for v in vals)


def fit_table(
    columns: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    width: int,
    *,
    wrap: Iterable[str] = (),
    drop: Iterable[str] = (),
    title: str | None = None,
) -> Table:
    """A Rich table of ``rows`` no wider than ``width`` (see the module docstring).

    ``wrap`` names the text columns; ``drop`` the columns to leave out first when space is short.
    """
    rows = [list(r) for r in rows]
    cols = list(columns)
    text_cols = set(wrap)
    values = {c: [r[i] for r in rows] for i, c in enumerate(cols)}

    def need(c: str) -> int:  # the narrowest a column may be
        head = cell_len(c)
        if c in text_cols:
            return max(head, TEXT_MIN, min(max((_longest_word(v) for v in values[c]), default=0), 40))
        return max([head, *(_len(v) for v in values[c])])

    def total(cs: list[str]) -> int:
        return BORDERS + sum(need(c) + PER_COLUMN for c in cs)

    notes: list[str] = []
    shown = list(cols)
    if total(shown) > width and len(rows) > 1:  # a column saying the same in every row goes to the caption
        for c in [c for c in shown if len({_plain(v) for v in values[c]}) == 1 and _plain(values[c][0])]:
            if total(shown) <= width or len(shown) == 1:
                break
            shown.remove(c)
            notes.append(f"{c}: {_plain(values[c][0])}")
    hidden: list[str] = []
    order = [c for c in drop if c in shown] + [c for c in reversed(shown) if c not in text_cols and c not in drop]
    order += [c for c in reversed(shown) if c in text_cols and c not in drop]
    for c in order:
        if total(shown) <= width or len(shown) == 1:
            break
        shown.remove(c)
        hidden.append(c)
    if hidden:
        notes.append(f"not shown at {width} columns: {', '.join(hidden)} (widen the terminal or use --format csv)")

    widths = {c: need(c) for c in shown}
    spare = width - total(shown)
    texts = [c for c in shown if c in text_cols]
    want = {c: max([widths[c], *(_len(v) for v in values[c])]) - widths[c] for c in texts}
    if spare > 0 and texts and sum(want.values()):
        share = sum(want.values())
        for c in texts:
            widths[c] += min(want[c], spare * want[c] // share)
    table = Table(title=title, caption="; ".join(notes) or None, header_style="bold", caption_justify="left")
    for c in shown:
        if c in text_cols:
            table.add_column(c, width=widths[c], overflow="fold")
        else:
            table.add_column(c, width=widths[c], no_wrap=True, overflow="fold")
    idx = [cols.index(c) for c in shown]
    for r in rows:
        table.add_row(*(r[i] if isinstance(r[i], Text) else Text(r[i]) for i in idx))
    return table
