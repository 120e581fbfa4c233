"""Regex alternations of literal words built as tries, shared by every stage that matches word lists.

``增长|增加`` becomes ``增(?:加|长)``: Python's backtracking engine then rejects a position after
one character test instead of one per word, and the longest word at a position still wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest at a position first (greedy).

    An empty word makes the whole alternation optional (it is tried last).
    """
    trie: dict[str, dict] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _node_regex(trie)


def _node_regex(node: dict[str, dict]) -> str:
    """The regex of a trie node: its branches, optional when a word also ends at the node."""
    branches = [re.escape(ch) + _node_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
