"""A generated ~5 MB article page, the shape of a heavy real one: inline data and styles in the
head, a long navigation, and an article body of long text. Used by the memory tests
(tests/test_page_memory.py) and benchmarks/bench_big_page.py.

    big_article_page(n) -> bytes      # page n: its own words, so pages are not near-duplicates
"""

from __future__ import annotations

import random

SIZE = 4_700_000  # under http.max_body_bytes (5,000,000)
STEMS = ("council", "river", "district", "families", "season", "officials", "mayor", "talks",
         "residents", "barrier", "engineers", "budget", "report", "harbour", "station", "school")
VERBS = ("said", "moved", "denied", "confirmed", "reported", "expected", "rejected", "resumed")


def _sentence(rng: random.Random, words: list[str]) -> str:
    text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
    return f"The flood {text} {rng.choice(VERBS)} {rng.randint(2, 9000)} on Tuesday."


def big_article_page(n: int = 0, *, size: int = SIZE, text_share: float = 0.3,
                     nav_share: float = 0.1) -> bytes:
    """An HTML page of `size` bytes: `text_share` of it article paragraphs (about 1.4 MB of
    text by default), `nav_share` navigation links, 5 % a style sheet, the rest inline script
    data."""
    rng = random.Random(n)
    words = [f"{stem}{n}x{i}" for stem in STEMS for i in range(40)]
    style = "".join(f".c{i}{{color:red;margin:0}}" for i in range(int(size * 0.05 / 25)))
    nav = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(
        int(size * nav_share / 45)))
    paragraphs, total = [], 0
    while total < size * text_share:
        paragraph = "<p>" + " ".join(_sentence(rng, words) for _ in range(5)) + "</p>\n"
        paragraphs.append(paragraph)
        total += len(paragraph)
    title = f"Flood report {n}"
    head = f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
    rest = (f"<style>{style}</style></head><body><nav><ul>{nav}</ul></nav><article><h1>{title}"
            f"</h1>{''.join(paragraphs)}</article></body></html>")
    entry = '{"id":0,"v":"' + "x" * 40 + '"},'
    data = entry * max(0, (size - len(head) - len(rest) - 40) // len(entry))
    page = f"{head}<script>window.__DATA__=[{data}0]</script>{rest}"
    return page.encode()
