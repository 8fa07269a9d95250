"""Token-level diff of two sentences in the familiar `git diff --word-diff` notation:

    word_diff("over 35,000 Palestinians dead", "over 36,000 Palestinians dead")
    -> "over [-35,000-] {+36,000+} Palestinians dead"

Numbers are whole tokens ("35,000", "1.5", "70%"), so a changed figure shows as one figure.
Unchanged runs longer than twice the context are elided with "...".

get_opcodes(a, b) is difflib's SequenceMatcher(None, a, b, autojunk=False).get_opcodes(),
computed directly for the common one-stretch edit (align uses it on sentence keys too).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher

from monitor.claims.tokens import TOKEN_KINDS

# The frame's token kinds (tokens.TOKEN_KINDS), a number with its percent sign kept whole
# ("70%"), each with the whitespace before it.
_TOKEN = re.compile(rf"(\s*)(\d+(?:[.,]\d+)*%|{TOKEN_KINDS})")
CONTEXT = 4
ELISION = "..."


def _tokens(text: str) -> list[tuple[str, str]]:
    """(leading whitespace, token) for every token."""
    return _TOKEN.findall(text)


def _render(tokens: list[tuple[str, str]]) -> str:
    return "".join(space + token for space, token in tokens).strip()


def _space(tokens: list[tuple[str, str]]) -> str:
    """The whitespace before a run of tokens, as one space or none."""
    return " " if tokens and tokens[0][0] else ""


def added(sentence: str) -> str:
    return f"{{+{sentence}+}}"


def removed(sentence: str) -> str:
    return f"[-{sentence}-]"


def word_diff(old: str, new: str, context: int = CONTEXT) -> str:
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    opcodes = get_opcodes([t for _, t in old_tokens], [t for _, t in new_tokens])
    out: list[str] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            run = new_tokens[j1:j2]
            out += [_space(run), _context(run, context, first=index == 0,
                                          last=index == len(opcodes) - 1)]
            continue
        out.append(_space(old_tokens[i1:i2] or new_tokens[j1:j2]))
        if i2 > i1:
            out.append(removed(_render(old_tokens[i1:i2])))
        if j2 > j1:
            out += [" " if i2 > i1 else "", added(_render(new_tokens[j1:j2]))]
    return "".join(out).strip()


def _context(run: list[tuple[str, str]], context: int, *, first: bool, last: bool) -> str:
    """An unchanged run: kept whole when short, else only its edges next to the changes."""
    if first and last:
        return _render(run)
    if first:
        return (f"{ELISION} " if len(run) > context else "") + _render(run[-context:])
    if last:
        return _render(run[:context]) + (f" {ELISION}" if len(run) > context else "")
    if len(run) <= 2 * context + 1:
        return _render(run)
    return f"{_render(run[:context])} {ELISION} {_render(run[-context:])}"


Opcode = tuple[str, int, int, int, int]


def get_opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Opcode]:
    """SequenceMatcher(None, a, b, autojunk=False).get_opcodes(), without running it in the
    usual case of an edit: one stretch replaced, a common prefix and suffix around it.

    The shortcut gives difflib's own answer when the replaced stretches x (of a) and y (of b)
    are both non-empty, no item of x is in b and no item of y is in a. Then no matching block
    reaches into x or y: every block of a lies in its prefix or its suffix, and so does its
    match in b. difflib takes the longest block first, the earliest in a on a tie: the prefix
    when it is at least as long as the suffix (the suffix is then the longest block right of
    it), else the suffix (then the prefix, left of it); x and y have nothing in common. So the
    blocks are the prefix and the suffix. (A pure insertion or deletion goes to difflib: there
    a block may straddle the prefix and suffix of the shorter side.)"""
    prefix = 0
    shorter = min(len(a), len(b))
    while prefix < shorter and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < shorter - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    a_end, b_end = len(a) - suffix, len(b) - suffix
    replaced, inserted = a[prefix:a_end], b[prefix:b_end]
    if not (replaced and inserted and set(replaced).isdisjoint(b)
            and set(inserted).isdisjoint(a)):
        return SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    opcodes: list[Opcode] = []
    if prefix:
        opcodes.append(("equal", 0, prefix, 0, prefix))
    opcodes.append(("replace", prefix, a_end, prefix, b_end))
    if suffix:
        opcodes.append(("equal", a_end, len(a), b_end, len(b)))
    return opcodes
