"""zhibiao.quantity: a standalone parser of Chinese quantitative expressions.

Three functions, all exact (``Decimal``, never float) and linear-time:

* ``parse_number(s)``: one number, Arabic (``1,234.5``) or Chinese (``一万二千``), else None;
* ``parse(s)``: the first quantity expression in ``s`` as a ``zhibiao.model.Quantity``;
* ``scan(text)``: every quantity expression in ``text``, in order, non-overlapping.

A Quantity's span covers the leading cue/baseline/verb/qualifier words (``力争达到``,
``同比增长``, ``控制在``) and trailing qualifiers (``左右``, ``以上``). Magnitude words stay in
the unit (``571.02亿元`` -> 571.02 ``亿元``). A fall (``下降1.5%``) is negative. ``extra`` holds:

* ``num_span``: Span of the number itself (None for qualitative phrases);
* ``lead_start``: where the leading verb/qualifier starts (the subject phrase ends there);
* ``verb``, ``pre``, ``post``, ``cue`` (预计/力争/确保…), ``baseline`` (同比/比上年…), ``paren``;
* ``kind`` (currency, people, mass, percent, pp, …), ``value_base``/``base_unit`` (value in 元, 人…);
* ``group``/``group_index`` for ``分别`` distributions (later members inherit verb and sign);
* ``comparison``/``reference``/``comparator`` for ``超过年初预期目标(6.5%)0.2个百分点``;
* ``phrase`` for qualitative targets (value None, qualifier ``qualitative``).

``measure_hint`` is ``growth`` (a direction verb with % or 倍, 翻番, 持平), ``change_pp``,
``rate`` (a bare %; the linker decides rate vs index), ``level``, or ``change`` (增加1000人).

>>> q = parse("增长6.5%左右")
>>> (q.value, q.unit, q.qualifier, q.direction, q.measure_hint, q.span)
(Decimal('6.5'), '%', 'around', 'up', 'growth', Span(start=0, end=8))
>>> parse("下降1.5%").value
Decimal('-1.5')
>>> q = parse("571.02亿元"); (q.value, q.unit, q.extra["value_base"])
(Decimal('571.02'), '亿元', Decimal('57102000000.00'))
>>> q = parse("6%—6.5%"); (q.value, q.value_high, q.qualifier)
(Decimal('6'), Decimal('6.5'), 'range')
>>> [parse(s).qualifier for s in ["5.5%以上", "控制在5.5%左右", "控制在3%以内", "力争达到1100亿元以上"]]
['at_least', 'around', 'at_most', 'at_least']
>>> q = parse("0.2个百分点"); (q.unit, q.measure_hint)
('pp', 'change_pp')
>>> q = parse("翻一番"); (q.value, q.unit, q.direction)
(Decimal('100'), '%', 'up')
>>> parse("持平").direction
'flat'
>>> q = parse("与经济增长基本同步"); (q.value, q.qualifier, q.extra["phrase"])
(None, 'qualitative', '与经济增长基本同步')
>>> [parse(s) for s in ["2024年", "第十二届", "“十四五”", "1336", "(一)"]]
[None, None, None, None, None]
"""

from __future__ import annotations

from zhibiao.quantity.grammar import may_hold, parse, scan
from zhibiao.quantity.numerals import parse_number

__all__ = ["may_hold", "parse", "parse_number", "scan"]
