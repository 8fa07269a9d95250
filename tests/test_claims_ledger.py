"""relate_to_story: claims of a new piece against the story's ledger, on the corpus."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import CORPUS_SEEDS

from monitor.alerts.payloads import ClaimContextInfo
from monitor.claims import Claim, extract_claims, make_claim, relate_to_story
from monitor.claims.sentences import normalize


def ledger_of(corpus: dict[str, str], *articles: str) -> list[tuple[str, Claim]]:
    return [(f"source-{a}", claim) for a in articles for claim in extract_claims(corpus[a])]


def relations_of(corpus, new: str, *earlier: str):
    return relate_to_story(extract_claims(corpus[new]), ledger_of(corpus, *earlier))


def test_progress_toward_a_ceasefire_contradicts_talks_cut_short(corpus):
    # 004 (May 2025): "progress has been made toward a ceasefire"; the others: talks ended.
    contradictions = [r for r in relations_of(corpus, "004", "000", "001", "002", "003")
                      if r.relation == "contradiction"]
    progress = [r for r in contradictions if "progress has been made" in r.claim.sentence]
    assert progress, [r.detail for r in contradictions]
    assert progress[0].earlier_source in {"source-000", "source-001", "source-002", "source-003"}
    assert "(talk)" in progress[0].detail or "(ceasefire)" in progress[0].detail


def test_blaming_both_sides_contradicts_blaming_hamas(corpus):
    # 002: "unwillingness of parties to compromise"; 000: "accusing Hamas of lacking good faith".
    contradictions = [r for r in relations_of(corpus, "002", "000")
                      if r.relation == "contradiction"]
    assert [r.detail for r in contradictions] == ["blames both sides vs blames hamas"]
    assert "unwillingness of parties" in contradictions[0].claim.sentence


@pytest.mark.parametrize(("new", "earlier"), [
    ("001", ("000",)),  # both: the talks ended, Hamas is to blame
    ("003", ("000", "001", "002")),
])
def test_pieces_telling_the_same_story_do_not_contradict(corpus, new, earlier):
    assert [r.detail for r in relations_of(corpus, new, *earlier)
            if r.relation == "contradiction"] == []


def test_a_piece_repeating_the_ledger_adds_nothing(corpus):
    assert relations_of(corpus, "000", "000") == []


@pytest.mark.parametrize(("earlier", "new", "relation", "detail"), [
    ("Gaza health officials said over 35,000 Palestinians have been killed.",
     "Gaza health officials said at least 36,000 Palestinians have been killed.",
     "update", "death toll over 35,000 → at least 36,000"),
    ("Ceasefire talks in Doha collapsed on Monday, officials said.",
     "Ceasefire talks in Doha resumed on Monday, officials said.",
     "contradiction", "resume vs collapse (talk)"),
    ("Hamas accepted the truce proposal, Egyptian mediators said.",
     "Hamas rejected the truce proposal, Egyptian mediators said.",
     "contradiction", "reject vs accept (ceasefire)"),  # truce = ceasefire
    ("The United Nations called on both parties to resume talks in Doha.",
     "Ceasefire talks in Doha collapsed on Monday, officials said.",
     "new", ""),  # a call to resume is no claim that talks resumed
    ("Ceasefire talks in Doha collapsed on Monday, officials said.",
     "Storm warnings were issued for the east coast on Friday, forecasters said.", "new", ""),
])
def test_relation_of_one_claim(earlier, new, relation, detail):
    (found,) = relate_to_story([make_claim(normalize(new))],
                               [("Wire", make_claim(normalize(earlier)))])
    assert (found.relation, found.detail) == (relation, detail)
    assert found.earlier_source == ("Wire" if relation != "new" else None)


def test_relations_survive_the_ledger_json_round_trip(corpus):
    ledger = ledger_of(corpus, "000", "001", "002", "003")
    stored = [(source, Claim.from_dict(json.loads(json.dumps(claim.to_dict()))))
              for source, claim in ledger]
    new = extract_claims(corpus["004"])
    assert relate_to_story(new, stored) == relate_to_story(new, ledger)


def test_relation_dicts_are_what_alerts_carry(corpus):
    relations = relations_of(corpus, "004", "000", "001")
    assert {r.relation for r in relations} <= {"new", "update", "contradiction"}
    for relation in relations:
        info = ClaimContextInfo(**relation.to_dict())
        assert info.sentence == relation.claim.sentence


def test_story_relations_do_not_depend_on_the_hash_seed(corpus):
    """Two daemons (or a restart) must cite the same earlier claim for the same piece."""
    script = (
        "from pathlib import Path\n"
        "from monitor.claims import extract_claims, relate_to_story\n"
        f"seeds = sorted(Path({str(CORPUS_SEEDS)!r}).glob('*.txt'))\n"
        "ledger = []\n"
        "for path in seeds:\n"
        "    claims = extract_claims(path.read_text())\n"
        "    for r in relate_to_story(claims, ledger):\n"
        "        print(r.to_dict())\n"
        "    ledger += [(path.name, c) for c in claims]\n"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                       env=dict(os.environ, PYTHONHASHSEED=seed), check=True).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    assert "contradiction" in outputs.pop()
