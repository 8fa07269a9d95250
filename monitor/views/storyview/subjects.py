"""What a claim is about, for grouping the story's ledger on the page (pure).

Rule order (the first that holds):
  1. a figure: the claim counts something the measure words name ("death toll", "number
     displaced") or names the counted noun ("number of aid trucks") -> figure:<name>
  2. a speaker: the claim is attributed (a quote, a reporting verb, "according to") ->
     speaker:<speaker, normalized>; unnamed speakers group as "unnamed sources"
  3. a status: the claim has a polar event verb (talks resumed / collapsed, teams returned /
     withdrew, confirmed / denied) -> status:<polarity class>
  4. a party: the claim names someone or something -> about:<first name, normalized>
  5. otherwise -> other
The words come from monitor.claims' general lexicon, not from any one story.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.claims import Claim
from monitor.claims.measures import measure_name

STATUS_LABELS = {
    "continuity": "Status: going on or stopped (talks, a process)",
    "presence": "Status: at the table or withdrawn",
    "affirm": "Status: confirmed or denied",
    "accept": "Status: accepted or rejected",
    "agree": "Status: agreed or refused",
    "trend": "Status: rising or falling",
}
KIND_ORDER = {"figure": 0, "status": 1, "speaker": 2, "about": 3, "other": 4}


@dataclass(frozen=True)
class Subject:
    key: str
    kind: str
    label: str


def subject_of(claim: Claim) -> Subject:
    frame = claim.frame
    for quantity in frame.quantities:
        name = measure_name(quantity, claim.sentence)
        if name != "figure":
            return Subject(f"figure:{name}", "figure", f"Figure: {name}")
    if frame.quotes or frame.cue:
        if frame.speaker:
            return Subject(f"speaker:{frame.speaker}", "speaker",
                           f"Said by {frame.speaker_text or frame.speaker}")
        return Subject("speaker:", "speaker", "Said by unnamed sources")
    for predicate in frame.predicates:
        if predicate.polarity_class and not predicate.irrealis:
            cls = predicate.polarity_class
            return Subject(f"status:{cls}", "status", STATUS_LABELS.get(cls, f"Status: {cls}"))
    if frame.entities:
        name = frame.entities[0]
        return Subject(f"about:{name.lower()}", "about", f"About {name}")
    return Subject("other", "other", "Other claims")
