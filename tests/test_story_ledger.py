"""relate_piece: a story's claims compared in publication order. The corpus May piece (004:
"progress has been made toward a ceasefire") seen after the July pieces (the talks collapsed)
is an earlier report, not a contradiction; a July piece after the May one contradicts it."""

from __future__ import annotations

from datetime import datetime

import pytest
from pages import SEED_META

from monitor.claims import extract_claims, make_claim
from monitor.claims.sentences import normalize
from monitor.stories import relate_piece
from monitor.stories.ledger import in_time_order

JULY = ("000", "001", "002", "003")
SEEN = datetime.fromisoformat("2025-08-01T00:00:00+00:00").timestamp()  # all seen after both


def published(seed: str) -> float:
    return datetime.fromisoformat(SEED_META[seed].published).timestamp()


def ledger_after(corpus, *seeds: str, dated: bool = True) -> list[dict]:
    """The story's ledger once `seeds` were related, in that order."""
    ledger: list[dict] = []
    for n, seed in enumerate(seeds):
        step = relate_piece(seed, f"source-{seed}", extract_claims(corpus[seed]), ledger,
                            SEEN + n, published(seed) if dated else None)
        ledger += step.new_entries
    return ledger


def relations(step) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for context in step.context:
        found.setdefault(context["relation"], []).append(context)
    return found


def test_the_may_piece_seen_after_july_is_an_earlier_report(corpus):
    step = relate_piece("004", "source-004", extract_claims(corpus["004"]),
                        ledger_after(corpus, *JULY), SEEN + 10, published("004"))
    found = relations(step)
    assert "contradiction" not in found, found["contradiction"]
    progress = [c for c in found["earlier_report"] if "progress has been made" in c["sentence"]]
    assert progress, found
    assert progress[0]["earlier_source"] in {f"source-{s}" for s in JULY}
    assert progress[0]["earlier_sentence"] and progress[0]["detail"]


def test_a_july_piece_after_the_may_one_contradicts_it(corpus):
    step = relate_piece("000", "source-000", extract_claims(corpus["000"]),
                        ledger_after(corpus, "004"), SEEN + 10, published("000"))
    found = relations(step)
    assert "earlier_report" not in found
    assert found["contradiction"], step.context
    assert all(c["earlier_source"] == "source-004" for c in found["contradiction"])


def test_without_dates_the_order_seen_decides(corpus):
    step = relate_piece("004", "source-004", extract_claims(corpus["004"]),
                        ledger_after(corpus, *JULY, dated=False), SEEN + 10, None)
    assert "contradiction" in relations(step) and "earlier_report" not in relations(step)


@pytest.mark.parametrize("stated", [None, 0.0, SEEN + 7 * 86400])  # missing, 1970, future
def test_an_implausible_date_falls_back_to_first_seen(corpus, stated):
    [entry, *_] = relate_piece("004", "s", extract_claims(corpus["004"]), [], SEEN,
                               stated).new_entries
    assert entry["published"] == SEEN


def test_ledger_entries_written_before_they_carried_a_date_use_seen_at(corpus):
    old = ledger_after(corpus, *JULY)
    for entry in old:
        del entry["published"]  # as stored by earlier versions: seen on 2025-08-01
    step = relate_piece("004", "source-004", extract_claims(corpus["004"]), old, SEEN + 10,
                        published("004"))
    assert "earlier_report" in relations(step) and "contradiction" not in relations(step)


COLLAPSED = "Ceasefire talks in Doha collapsed on Monday, officials said."
RESUMED = "Ceasefire talks in Doha resumed on Monday, officials said."
STORM = "Storm warnings were issued for the east coast on Friday, forecasters said."


@pytest.mark.parametrize(("new", "before", "after", "expected"), [
    (RESUMED, [COLLAPSED], [], "contradiction"),             # 1. against an older claim
    (RESUMED, [COLLAPSED], [COLLAPSED], "contradiction"),    # 1. wins over 2.
    (RESUMED, [], [COLLAPSED], "earlier_report"),            # 2. against a newer claim only
    (COLLAPSED, [COLLAPSED], [RESUMED], "earlier_report"),   # 2. even when it repeats an older one
    (RESUMED, [], [RESUMED], None),                          # 3. repeats a newer claim: left out
    (RESUMED, [RESUMED], [], None),                          # 3. repeats an older claim
    (STORM, [COLLAPSED], [RESUMED], "new"),                  # 4.
])
def test_rule_order_in_time(new, before, after, expected):
    claim = make_claim(normalize(new))
    relations, earlier_reports = in_time_order(
        [claim], [("old", make_claim(normalize(s))) for s in before],
        [("later", make_claim(normalize(s))) for s in after])
    labels = ["earlier_report" if id(r) in earlier_reports else r.relation for r in relations]
    assert labels == ([expected] if expected else [])


def test_the_first_piece_of_a_story_lists_no_claims(corpus):
    step = relate_piece("004", "s", extract_claims(corpus["004"]), [], SEEN, published("004"))
    assert step.context == [] and step.new_entries
