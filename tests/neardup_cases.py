"""The labelled set that calibrates near-duplicate detection, and its report.

Pairs (indexed text, query text) labelled copy or not:

- copies: each corpus article (and each off-topic text) republished the ways syndication does
  it: other site chrome around it, a new headline, a paragraph dropped, sentences reworded,
  tracking junk, the ending trimmed, typography changed, all of it at once; plus the SEO spam of
  000 with more and with fewer repetitions of its headline sentence;
- non-copies: every ordered pair of distinct corpus articles (five distinct pieces on ONE story,
  the hardest negatives), the same two pieces inside the same outlet's chrome, corpus against
  off-topic, off-topic against off-topic.

`.venv/bin/python -m tests.neardup_cases` prints precision and recall over a sweep of thresholds
(on a fresh embedded Redis). The corpus is read from
../shared/corpus/seeds at run time and never copied into the repository.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import redis

from monitor.dedup.minhash import DEFAULT_THRESHOLD
from monitor.state.neardup import NearDupIndex

CORPUS_SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seeds"
SWEEP = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
LISTED = 8  # name the misses and false folds of a threshold when there are at most this many

# --- off-topic pieces, written for this set (other stories, news register) ----------------------

OFF_TOPIC: dict[str, str] = {
    "football": """Late Header Keeps Title Race Alive as Rovers Edge Past City

Rovers kept their slim title hopes alive on Saturday with a 2-1 win over City, settled by a
header from defender Tomas Brandt four minutes into stoppage time.

City had taken the lead shortly before half-time when winger Kofi Mensah cut inside and curled a
shot into the far corner, leaving the home goalkeeper rooted to the spot. The visitors defended
deep after the break and looked set to hold on until substitute Ruben Alves levelled with a low
drive from the edge of the area in the 78th minute.

With the crowd of 41,000 on its feet, Brandt rose highest to meet a corner from captain Lewis
Hart and send the ball in off the crossbar. Manager Elena Ruiz said afterwards that her side had
shown the character of champions. "We never stopped believing," she said. "The players deserve
this, but there are still six games to go and nothing is decided."

The result leaves Rovers three points behind the leaders, who travel to the capital on Sunday.
City remain fifth and face a midweek cup replay.""",
    "markets": """Stocks Slide as Bond Yields Climb on Inflation Worries

Global stock markets fell on Tuesday after a stronger than expected inflation report pushed
government bond yields to their highest level in four months and dimmed hopes of interest rate
cuts this year.

The benchmark index closed down 1.8 percent, its biggest one-day drop since March, with
technology and real estate shares leading the decline. The yield on the ten-year note rose 14
basis points to 4.62 percent, while the dollar gained against most major currencies.

Consumer prices rose 0.5 percent last month, the statistics office said, above the 0.3 percent
forecast by economists polled before the release. Core inflation, which excludes food and energy,
also surprised on the upside, driven by rents and car insurance.

"The market had priced in two cuts by December, and today's number makes that look optimistic,"
said Priya Nair, chief economist at a London investment bank. Oil prices eased slightly, with
Brent crude settling at 82 dollars a barrel, while gold slipped 0.6 percent. Traders will watch
the central bank's minutes, due on Wednesday, for signals on the path of policy.""",
    "storm": """Storm Brings Flooding and Power Cuts to Coastal Towns

Thousands of homes were left without electricity on Monday night as a powerful storm swept across
the coast, bringing gusts of more than 110 kilometres per hour and torrential rain.

Emergency services said they had responded to more than 300 calls since the afternoon, most of
them for fallen trees and flooded roads. Two bridges were closed as rivers burst their banks, and
rail services between the port and the regional capital were suspended until at least Wednesday.

The national weather service issued a red warning for the northern districts, where up to 150
millimetres of rain are expected in 24 hours. Residents of low-lying streets were asked to move
valuables upstairs and avoid all unnecessary travel. Schools in eleven towns will stay closed.

"We have crews working through the night, but some customers may be without power for two days,"
a spokesperson for the grid operator said. Forecasters expect the storm to weaken as it moves
inland on Tuesday, although a second band of heavy rain could arrive by the weekend, bringing a
renewed risk of landslides in the hills.""",
    "smartphone": """Chipmaker Unveils Faster Processor for Next Wave of Smartphones

A leading chip designer on Wednesday unveiled a new mobile processor it says runs artificial
intelligence tasks twice as fast as its predecessor while using a third less power, as phone
makers race to put more AI features on devices rather than in the cloud.

The chip, built on a three-nanometre process, combines eight processor cores with a dedicated
neural engine able to run language models with up to ten billion parameters locally. The company
said the first phones using it would reach shops before the end of the year.

Analysts said on-device processing could ease privacy concerns and cut the cost of running AI
services, but warned that battery life remained a hurdle. "Consumers will judge these phones on
whether they last a full day, not on benchmark scores," said Marta Kowalski, a technology
analyst.

Shares of the company rose 4 percent in early trading. Rival manufacturers are expected to
respond with their own designs at an industry conference next month, where several handset
makers plan to show foldable models built around the new processors.""",
    "sudan": """Fighting Intensifies Around Besieged City as Aid Agencies Warn of Famine

Fierce fighting between the army and a rival paramilitary force spread to new districts of a
besieged city in western Sudan this week, residents and aid workers said, as the United Nations
warned that hundreds of thousands of people were at risk of famine.

Witnesses described heavy shelling near the main market and the city's last functioning hospital,
which a medical charity said had received more than 60 wounded in two days. Roads into the city
have been cut for weeks, and food prices have tripled since the start of the siege.

The UN humanitarian coordinator called on both sides to open safe corridors for civilians and aid
convoys. "People are eating leaves and animal feed," she told reporters in Port Sudan. "Without
access, we will see deaths from hunger on a massive scale."

Talks between the warring parties, mediated by regional governments, have stalled since the
spring. More than ten million people have been displaced inside the country or across its
borders since the war began, making it the world's largest displacement crisis.""",
    "council": """City Council Approves Budget With New Money for Buses and Housing

The city council on Thursday approved a budget of 4.2 billion for next year after a six-hour
debate, adding funds for bus services and affordable housing while raising the property tax rate
by 2 percent.

The plan sets aside 180 million for new bus routes and more frequent service on the busiest
lines, and 240 million to build or renovate about 1,500 affordable homes. Libraries will open on
Sundays again, reversing cuts made three years ago.

Opposition members argued that the tax increase would hit families already struggling with
higher rents and energy bills, and proposed delaying a new sports centre to pay for the transport
plan instead. Their amendment was defeated by 31 votes to 20.

Mayor Anna Lindqvist said the budget "invests in the things residents tell us matter most:
getting to work, finding a home they can afford, and having places to go." The budget takes
effect in January. A citizens' panel will review the housing programme after its first year and
report to the council.""",
    "space": """Lunar Lander Touches Down Near the Moon's South Pole

A robotic lander touched down on the Moon on Friday near its south pole, making its operator one
of only a handful of organisations to achieve a soft landing and the first to reach the region
with a commercial mission.

Engineers at the mission control centre cheered as telemetry confirmed the craft had come to
rest on a gentle slope about 300 metres from its target, after a descent that lasted just under
fifteen minutes. The lander carries six instruments, including a drill to search for water ice
in the permanently shadowed soil and a camera to study how lunar dust behaves.

"We have a healthy spacecraft on the surface, and the first images are already coming in," the
flight director said. The mission is expected to operate for about ten Earth days, until the
lunar night sets in and temperatures fall below minus 170 degrees.

Scientists hope the data will help plan crewed missions later this decade, when astronauts are
expected to explore the same region in search of resources that could support a permanent
base.""",
}

# --- site chrome and junk that republishers add ---------------------------------------------------

_CHROME = {
    "wire": (
        "Home | World | Politics | Business | Sport | Opinion | Subscribe\nSkip to content\n",
        (
            "Share this article\nFacebook Twitter WhatsApp Email\n"
            "Related: Five things to know before markets open\n"
            "Related: Weekend reads you may have missed\n"
            "© 2025 Daily Wire Digest. All rights reserved. Terms of use | Privacy policy | Cookies\n"
        ),
    ),
    "portal": (
        "NEWS PORTAL\nLog in  Register  Newsletter\nTrending: Elections | Weather | Markets\n",
        (
            "Tags: world, breaking news, top stories\n"
            "Did you like this article? Share this with your friends!\n"
            "Sign up for our free newsletter and never miss a story.\n"
            "About us · Contact · Advertise with us · Careers\n"
        ),
    ),
}
_TRACKING_JUNK = (
    "Advertisement\n"
    "https://news.example/story?utm_source=twitter&utm_medium=social&utm_campaign=share\n"
    "We use cookies to improve your experience. Accept all | Manage preferences\n"
    "Click here to subscribe for $1 a week\n"
)
# Word swaps a rewrite desk makes; applied to two sentences only.
_REWORDINGS = {
    "said": "stated",
    "talks": "negotiations",
    "the": "this",
    "has": "had",
    "a": "one",
    "and": "as well as",
    "on": "upon",
    "in": "within",
}


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.splitlines() if p.strip()]


def wrapped(text: str, chrome: str = "wire") -> str:
    head, foot = _CHROME[chrome]
    return f"{head}\n{text}\n\n{foot}"


def with_new_headline(text: str) -> str:
    paras = paragraphs(text)
    return "\n\n".join([f"BREAKING: {paras[0].upper()} (UPDATED)"] + paras[1:])


def with_paragraph_dropped(text: str) -> str:
    paras = paragraphs(text)
    longest_middle = max(range(1, len(paras) - 1), key=lambda i: len(paras[i]))
    return "\n\n".join(paras[:longest_middle] + paras[longest_middle + 1 :])


def with_sentences_reworded(text: str, rng: random.Random, count: int = 2) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text)
    long_ones = [i for i, s in enumerate(sentences) if len(s.split()) >= 12]
    for i in rng.sample(long_ones, min(count, len(long_ones))):
        words = sentences[i].split()
        sentences[i] = " ".join(_REWORDINGS.get(w, w) for w in words[1:]) + " " + words[0]
    return " ".join(sentences)


def with_tracking_junk(text: str) -> str:
    paras = paragraphs(text)
    middle = len(paras) // 2
    return "\n\n".join(paras[:middle] + [_TRACKING_JUNK] + paras[middle:] + [_TRACKING_JUNK])


def with_ending_trimmed(text: str, keep: float = 0.6) -> str:
    paras = paragraphs(text)
    return "\n\n".join(paras[: max(2, round(len(paras) * keep))])


def with_typography_changed(text: str) -> str:
    """Straight quotes, ligatures, non-breaking spaces and full-width digits: what NFKC and
    case folding are there for."""
    swaps = {"’": "'", "‘": "'", "“": '"', "”": '"', "fi": "ﬁ", " of ": "\u00a0of\u00a0"}
    for old, new in swaps.items():
        text = text.replace(old, new)
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def syndicated(text: str, rng: random.Random) -> str:
    """Everything at once: what a real aggregator copy looks like."""
    edited = with_sentences_reworded(with_paragraph_dropped(with_new_headline(text)), rng)
    return wrapped(with_tracking_junk(edited), "portal")


def copies_of(text: str, seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    return {
        "wrapped": wrapped(text),
        "new_headline": wrapped(with_new_headline(text), "portal"),
        "paragraph_dropped": with_paragraph_dropped(text),
        "reworded": with_sentences_reworded(text, rng),
        "tracking_junk": with_tracking_junk(text),
        "ending_trimmed": with_ending_trimmed(text),
        "ending_trimmed_wrapped": wrapped(with_ending_trimmed(text)),
        "typography": with_typography_changed(text),
        "syndicated": syndicated(text, rng),
    }


def repeated_phrase(text: str) -> str | None:
    """The phrase an SEO page repeats (its most frequent clause of 5+ words, if seen 3+ times)."""
    counts: dict[str, int] = {}
    for clause in re.split(r"[,.!?;:]\s+", text):
        if len(clause.split()) >= 5:
            counts[clause] = counts.get(clause, 0) + 1
    best = max(counts, key=counts.get, default=None)
    return best if best and counts[best] >= 3 else None


def spam_variants(text: str) -> dict[str, str]:
    """The SEO page with its repeated phrase repeated more often, and less often."""
    phrase = repeated_phrase(text)
    if phrase is None:
        return {}
    paras = paragraphs(text)
    more = "\n\n".join(f"{p} {phrase}." if i % 3 == 0 else p for i, p in enumerate(paras))
    fewer_paras, seen = [], 0
    for p in paras:
        if phrase in p:
            seen += 1
            if seen % 2 == 0:
                p = p.replace(phrase, "")
        fewer_paras.append(p)
    return {"spam_more": more, "spam_fewer": "\n\n".join(fewer_paras)}


# --- the labelled pairs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    name: str
    indexed_id: str
    indexed_text: str
    query_text: str
    is_copy: bool
    same_story: bool = False  # a non-copy on the watched story: must never be folded


def load_corpus(seeds: Path = CORPUS_SEEDS) -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}


def labelled_pairs(corpus: dict[str, str]) -> list[Pair]:
    texts = {**corpus, **OFF_TOPIC}
    pairs: list[Pair] = []
    for seed, (name, text) in enumerate(texts.items()):
        variants = {**copies_of(text, seed), **spam_variants(text)}
        pairs += [
            Pair(f"copy {name} {how}", name, text, copy, True) for how, copy in variants.items()
        ]
    for a, b in itertools.permutations(texts, 2):
        same_story = a in corpus and b in corpus
        pairs.append(Pair(f"distinct {a}~{b}", a, texts[a], texts[b], False, same_story))
        if same_story or (a in OFF_TOPIC and b in OFF_TOPIC):
            # Same outlet, different pieces: shared chrome must not make them copies.
            pairs.append(
                Pair(
                    f"distinct {a}~{b} same chrome",
                    a,
                    wrapped(texts[a]),
                    wrapped(texts[b]),
                    False,
                    same_story,
                )
            )
    return pairs


# --- scoring ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Metrics:
    threshold: float
    true_positives: int
    false_positives: int
    false_negatives: int
    same_story_false_positives: int
    missed: tuple[str, ...]
    folded: tuple[str, ...]

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        copies = self.true_positives + self.false_negatives
        return self.true_positives / copies if copies else 1.0


def evaluate(
    redis_client: redis.Redis, pairs: list[Pair], thresholds: tuple[float, ...] = SWEEP
) -> dict[float, Metrics]:
    """Index each pair's first text alone, ask find_original for the second at every threshold,
    remove it again (so remove() is exercised too). The index is empty before and after."""
    indexes = {t: NearDupIndex(redis_client, threshold=t) for t in thresholds}
    outcomes: dict[float, list[tuple[Pair, bool]]] = {t: [] for t in thresholds}
    writer = indexes[thresholds[0]]
    for pair in pairs:
        writer.add(pair.indexed_id, pair.indexed_text)
        for t, index in indexes.items():
            outcomes[t].append((pair, index.find_original(pair.query_text) == pair.indexed_id))
        writer.remove(pair.indexed_id)
    return {t: _metrics(t, results) for t, results in outcomes.items()}


def _metrics(threshold: float, results: list[tuple[Pair, bool]]) -> Metrics:
    missed = tuple(p.name for p, folded in results if p.is_copy and not folded)
    folded = tuple(p.name for p, was_folded in results if not p.is_copy and was_folded)
    return Metrics(
        threshold=threshold,
        true_positives=sum(1 for p, f in results if p.is_copy and f),
        false_positives=len(folded),
        false_negatives=len(missed),
        same_story_false_positives=sum(1 for p, f in results if p.same_story and f),
        missed=missed,
        folded=folded,
    )


def report(metrics: dict[float, Metrics], pairs: list[Pair]) -> str:
    copies = sum(p.is_copy for p in pairs)
    same_story = sum(p.same_story for p in pairs)
    lines = [
        f"* = default threshold {DEFAULT_THRESHOLD} (monitor/dedup/minhash.py, dedup.near_duplicate_threshold)",
        (
            f"{len(pairs)} labelled pairs: {copies} copies, {len(pairs) - copies} non-copies "
            f"({same_story} of them distinct pieces on the same story)"
        ),
        "threshold  precision  recall  TP  FP  FN  same-story FP",
    ]
    for t, m in sorted(metrics.items()):
        lines.append(
            f"{'*' if t == DEFAULT_THRESHOLD else ' '}{t:8.2f}  {m.precision:9.3f}  {m.recall:6.3f}  {m.true_positives:2d}  "
            f"{m.false_positives:2d}  {m.false_negatives:2d}  {m.same_story_false_positives:13d}"
        )
        if len(m.missed) + len(m.folded) <= LISTED:
            lines += [f"           missed: {name}" for name in m.missed]
            lines += [f"           folded: {name}" for name in m.folded]
    return "\n".join(lines)


def main() -> int:
    """Runs on a fresh embedded Redis: evaluate() writes and removes index entries, which must
    never happen in a Redis holding a real index."""
    from monitor.state.connection import EmbeddedRedis

    pairs = labelled_pairs(load_corpus())
    with tempfile.TemporaryDirectory() as tmp, EmbeddedRedis(Path(tmp)) as server:
        print(report(evaluate(redis.Redis.from_url(server.url), pairs), pairs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
