"""Reading one story, or the list of stories, from the state stores (the I/O edge of the story
page; what it does with the records is pure: relations, subjects).

    read_story(client, watch_id, title="", limits=Limits()) -> StoryView
    list_stories(client, watchlist) -> list[StorySummary]

Work per page is bounded by `Limits`: the latest `limits.pieces` pieces, their anchored claims
(at most `claims_per_piece` each), at most `computed_comparisons` version pairs compared on
read (those the re-check did not record: versions stored before it recorded them). What is
left out is counted in StoryView.omitted.
"""

from __future__ import annotations

from collections.abc import Iterable

import redis

from monitor.alerts.build import loose_time
from monitor.claims import Claim, compare_versions
from monitor.redact import without_userinfo
from monitor.settings import WatchList
from monitor.state.articles import Article, ArticleStore, Version
from monitor.state.claim_changes import ClaimChangeLog
from monitor.state.stories import Piece, Stories
from monitor.stories.ledger import entry_time
from monitor.views.storyview.model import (
    LIMITS,
    ChangeView,
    CopyView,
    LedgerClaim,
    Limits,
    PieceView,
    StorySummary,
    StoryView,
    SubjectGroup,
    VersionChanges,
    VersionView,
)
from monitor.views.storyview.relations import PieceClaims, relate_pieces
from monitor.views.storyview.subjects import KIND_ORDER, Subject, subject_of


def list_stories(client: redis.Redis, watchlist: WatchList | None) -> list[StorySummary]:
    """Every watch of the watch list in force, with its story so far (in list order)."""
    stories = Stories(client)
    summaries = []
    for watch in watchlist.watches if watchlist else []:
        info = stories.info(watch.id)
        summaries.append(StorySummary(watch.id, watch.title, info.pieces, tuple(info.sources),
                                      info.first_seen, info.last_seen))
    return summaries


def read_story(client: redis.Redis, watch_id: str, *, title: str = "",
               limits: Limits = LIMITS) -> StoryView:
    """The story of `watch_id` as the page shows it (a story without pieces: empty)."""
    stories, articles = Stories(client), ArticleStore(client)
    info = stories.info(watch_id)
    all_pieces = stories.pieces(watch_id)
    shown = all_pieces[-limits.pieces:] if limits.pieces else []
    omitted = {"pieces": len(all_pieces) - len(shown)}
    ledger = stories.claims.of_articles(watch_id, [p.article_id for p in shown])
    budget = _Budget(limits.computed_comparisons)
    views, piece_claims = [], []
    for piece in shown:
        article = articles.get(piece.article_id)
        if article is None:  # forgotten by retention since the story listed it
            omitted["pieces"] += 1
            continue
        entries = ledger.get(piece.article_id, [])
        # Anchored claims: those the ledger relates, and so indexes by their terms.
        anchored = [e for e in entries if e.get("met") or e.get("terms")]
        omitted["claims"] = omitted.get("claims", 0) + max(
            0, len(anchored) - limits.claims_per_piece)
        if anchored:
            piece_claims.append(PieceClaims(piece.number, tuple(anchored[:limits.claims_per_piece])))
        published = entry_time(entries[0]) if entries else _loose_epoch(article.published)
        views.append(_piece_view(articles, ClaimChangeLog(client), piece, article, published,
                                 budget, limits))
    omitted["comparisons"] = budget.refused
    claims, disagreements = relate_pieces(piece_claims,
                                          {p.article_id: p.number for p in all_pieces})
    subjects = _group(claims, limits, omitted)
    omitted["disagreements"] = max(0, len(disagreements) - limits.disagreements)
    views.sort(key=lambda v: (v.published or v.first_seen, v.number))
    last_activity = max([info.last_seen] + [c.to_fetched_at for v in views for c in v.changes]
                        + [v.versions[-1].fetched_at for v in views if v.versions])
    return StoryView(
        watch_id=watch_id, title=title or watch_id, pieces=tuple(views),
        sources=tuple(info.sources), first_seen=info.first_seen, last_seen=info.last_seen,
        last_activity=last_activity, subjects=tuple(subjects),
        disagreements=tuple(disagreements[:limits.disagreements]),
        piece_count=len(all_pieces), omitted={k: v for k, v in omitted.items() if v},
        limits=limits)


class _Budget:
    """How many version pairs one page may still compare on read."""

    def __init__(self, left: int):
        self.left, self.refused = left, 0

    def take(self) -> bool:
        if self.left > 0:
            self.left -= 1
            return True
        self.refused += 1
        return False


def _piece_view(articles: ArticleStore, log: ClaimChangeLog, piece: Piece, article: Article,
                published: float | None, budget: _Budget, limits: Limits) -> PieceView:
    # Most pieces have one version: its time without decompressing every text.
    kept = articles.versions(article.id) if article.version > 1 else [
        v for v in [articles.latest(article.id)] if v is not None]
    kept = kept[-limits.versions_per_piece:]
    recorded = log.all(article.id)
    changes = [_recorded(c) for _, c in sorted(recorded.items())]
    for old, new in zip(kept, kept[1:], strict=False):
        if new.n in recorded or new.n != old.n + 1 or not budget.take():
            continue
        changes.append(_computed(old, new))
    changes.sort(key=lambda c: c.to_version)
    return PieceView(
        number=piece.number, article_id=article.id, title=article.title,
        url=without_userinfo(article.url),
        canonical_url=without_userinfo(article.canonical_url), source=article.source, feed_id=article.feed_id,
        first_seen=piece.first_seen, published=published, authors=tuple(article.authors),
        status=article.status, version_count=article.version,
        versions=tuple(VersionView(v.n, v.fetched_at) for v in kept),
        copies=tuple(CopyView(without_userinfo(c["url"]), c["source"], c["seen_at"])
                     for c in articles.copies(article.id)),
        changes=tuple(changes))


def _recorded(data: dict) -> VersionChanges:
    return VersionChanges(
        data["from_version"], data["to_version"], data["from_fetched_at"],
        data["to_fetched_at"], data.get("summary", ""),
        tuple(_change(c) for c in data.get("changes", ())))


def _computed(old: Version, new: Version) -> VersionChanges:
    diff = compare_versions(old.text, new.text)
    return VersionChanges(old.n, new.n, old.fetched_at, new.fetched_at, diff.summary,
                          tuple(_change(c.to_dict()) for c in diff.changes),
                          computed_on_read=True)


def _change(data: dict) -> ChangeView:
    return ChangeView(data["type"], data.get("before"), data.get("after"),
                      data.get("word_diff", ""), data.get("detail", ""))


def _group(claims: Iterable[tuple[Claim, LedgerClaim]], limits: Limits,
           omitted: dict[str, int]) -> list[SubjectGroup]:
    """The claims by subject: the subjects with the most claims that differ from another
    first, then those more sources speak of; then figures, statuses, speakers, parties."""
    groups: dict[str, tuple[Subject, list[LedgerClaim]]] = {}
    for claim, item in claims:
        subject = subject_of(claim)
        groups.setdefault(subject.key, (subject, []))[1].append(item)

    def rank(entry):
        subject, items = entry
        differing = sum(1 for c in items if c.relation not in ("new", "repeat"))
        sources = len({c.claim.source for c in items})
        return (-differing, -sources, KIND_ORDER[subject.kind], -len(items), subject.label)

    result = []
    for subject, items in sorted(groups.values(), key=rank):
        items.sort(key=lambda c: (c.claim.published, c.claim.piece))
        result.append(SubjectGroup(subject.key, subject.kind, subject.label,
                                   tuple(items[:limits.claims_per_subject]),
                                   max(0, len(items) - limits.claims_per_subject)))
    omitted["subjects"] = max(0, len(result) - limits.subjects)
    omitted["claims"] = omitted.get("claims", 0) + sum(g.more for g in result)
    return result[:limits.subjects]


def _loose_epoch(value: str | None) -> float | None:
    """A feed's or page's stated time ("2025-05-11", naive: UTC) as unix seconds."""
    moment = loose_time(value)
    return moment.timestamp() if moment else None
