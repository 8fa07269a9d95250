"""The one home of every Redis key and TTL newsmon uses.

Every key starts with PREFIX so a shared Redis can hold other data. Ids inside keys are
our own hashes (feed ids, article ids), never raw URLs, so keys stay short and safe.
Add new keys here, with a comment saying what the value holds.
"""

from __future__ import annotations

PREFIX = "newsmon:"

# --- TTLs (seconds) -------------------------------------------------------------------------
POLL_SLOT_TTL = 3600  # idempotency marker of one scheduled poll of one feed
ALERT_RECORD_TTL = 90 * 24 * 3600  # how long we remember an alert was created (dedup of re-sends)

# --- daemon liveness (monitor/state/heartbeat.py) ------------------------------------------------
HEARTBEAT_INTERVAL = 10  # seconds between two beats of a worker
HEARTBEAT_TTL = 3 * HEARTBEAT_INTERVAL  # a role missing three beats is taken for stopped
HEARTBEAT_LAST = PREFIX + "heartbeat:last"  # hash role -> unix time of its last beat (no TTL)


def heartbeat(role: str) -> str:
    """string, SET PX: unix time of the last beat of `role` (scheduler, worker) while alive."""
    return f"{PREFIX}heartbeat:{role}"


# --- feeds and scheduling ---------------------------------------------------------------------
FEEDS_DUE = PREFIX + "feeds:due"  # zset feed_id -> unix time the feed is next due


def feed_state(feed_id: str) -> str:
    """hash: url, etag, last_modified, last_poll, last_status, errors, last_error,
    consecutive_failures, backoff_until, problem, items_seen, moved_to."""
    return f"{PREFIX}feed:{feed_id}"


def poll_slot(feed_id: str, due: float) -> str:
    """string, SET NX EX: claims the poll of `feed_id` due at `due` (unix seconds, exactly: a
    poll sets its feed's next due time from when it ran, which may fall in the same second as
    the last one)."""
    return f"{PREFIX}pollslot:{feed_id}:{due!r}"


# --- dedup -------------------------------------------------------------------------------------
ITEM_TO_ARTICLE = PREFIX + "dedup:item"  # hash item_key -> article_id
ITEM_DIGESTS = PREFIX + "dedup:item-digest"  # hash item_key -> digest of title/summary/updated
URL_TO_ARTICLE = PREFIX + "dedup:url"  # hash canonical_url -> article_id
HASH_TO_ARTICLE = PREFIX + "dedup:hash"  # hash content_hash -> article_id


ITEM_QUEUED_TTL = 3600


def item_queued(item_digest: str) -> str:
    """string, SET NX EX: the item was handed to a worker (not re-enqueued by the next poll)."""
    return f"{PREFIX}dedup:queued:{item_digest}"


# --- articles ----------------------------------------------------------------------------------
ARTICLES_BY_TIME = PREFIX + "articles"  # zset article_id -> first seen (unix)


def article(article_id: str) -> str:
    """hash: url, canonical_url, title, source, feed_id, item_key, published, updated, authors
    (json), language, summary, first_seen, last_fetched, version, status, ... (JSON values)."""
    return f"{PREFIX}article:{article_id}"


def article_versions(article_id: str) -> str:
    """list of zlib-compressed JSON versions {n, fetched_at, text, hash}, oldest first."""
    return f"{PREFIX}article:{article_id}:versions"


def article_copies(article_id: str) -> str:
    """hash url -> JSON {url, source, seen_at}: syndicated copies folded into this article."""
    return f"{PREFIX}article:{article_id}:copies"


def article_changes(article_id: str) -> str:
    """hash to_version -> JSON {from_version, to_version, from_fetched_at, to_fetched_at,
    summary, changes}: the claim comparison of each version with the one before it, recorded
    at re-check time (monitor.state.claim_changes; empty `changes`: a style-only edit)."""
    return f"{PREFIX}article:{article_id}:changes"


REFETCH_DUE = PREFIX + "refetch:due"  # zset article_id -> unix time of next edit check
PENDING_FETCH = PREFIX + "fetch:pending"  # zset article_id -> unix time to retry a failed fetch

# --- alerts ------------------------------------------------------------------------------------
# stream of every alert created (capped): alert_id, type, payload (JSON), watch (the watch id;
# absent from alerts written before it was noted)
ALERT_STREAM = PREFIX + "alerts:stream"
ALERT_STREAM_MAXLEN = 10_000
DEAD_LETTERS = PREFIX + "alerts:dead"  # list of JSON {alert_id, sink, error, payload}
SINKS_DISABLED = PREFIX + "sinks:disabled"  # hash sink_name -> reason (410 Gone, ...)
# hash counter -> int: alerts_created:<type> (alerts), alerts_sent (deliveries acknowledged by
# a sink), delivery_attempts_failed (attempts to be retried), alerts_failed (deliveries
# dead-lettered); the per-sink ones end in :<sink>; polls_ok, polls_not_modified, polls_failed,
# items_new (feed entries handed to workers), pages_unavailable (new items kept with their feed
# summary because their page could not be fetched or extracted). Names kept from before deliveries were
# told apart from alerts, so existing counts carry on.
STATS = PREFIX + "stats"


def alert_record(alert_id: str) -> str:
    """string: the alert payload JSON, written before any delivery is attempted."""
    return f"{PREFIX}alert:{alert_id}"


def alert_dispatched(alert_id: str) -> str:
    """string: set once the alert's delivery jobs are enqueued."""
    return f"{PREFIX}alert:{alert_id}:dispatched"


def alert_delivered(alert_id: str, sink: str) -> str:
    """string: set once `sink` acknowledged `alert_id` (so a redelivered job does not re-send)."""
    return f"{PREFIX}alert:{alert_id}:sent:{sink}"


def alert_attempt(alert_id: str, sink: str) -> str:
    """string: the attempt number the live delivery job of `alert_id` to `sink` carries (absent:
    1); "0" once the delivery was dead-lettered. Older jobs for the pair are stale."""
    return f"{PREFIX}alert:{alert_id}:attempt:{sink}"


def alert_sending(alert_id: str, sink: str) -> str:
    """lock: a worker is sending `alert_id` to `sink` right now (see monitor/state/locks.py)."""
    return f"{PREFIX}lock:send:{alert_id}:{sink}"


# --- locks: the few steps two workers must not take at once (monitor/state/locks.py) -------------------
ADMISSION_LOCK = PREFIX + "lock:admission"  # lock: deciding "new piece or copy" for a new text


def article_lock(article_id: str) -> str:
    """lock: a worker is matching, alerting on or re-checking `article_id`."""
    return f"{PREFIX}lock:article:{article_id}"


# --- watch config (shared by scheduler and workers) ----------------------------------------------
WATCHLIST = PREFIX + "config:watchlist"  # string: JSON of the last good watch list
WATCHLIST_VERSION = PREFIX + "config:watchlist:version"  # string: hash of that JSON

# --- stories (per watch) -------------------------------------------------------------------------


def story(watch_id: str) -> str:
    """hash: first_seen, last_seen (unix times), pieces_numbered (the last piece number given),
    ledger_ids (the last claim-ledger entry id given)."""
    return f"{PREFIX}story:{watch_id}"


def story_pieces(watch_id: str) -> str:
    """zset article_id -> first seen (unix): the distinct pieces matched by the watch."""
    return f"{PREFIX}story:{watch_id}:pieces"


def story_piece_numbers(watch_id: str) -> str:
    """hash article_id -> piece number (1, 2, ...), given once per piece in arrival order."""
    return f"{PREFIX}story:{watch_id}:numbers"


def story_sources(watch_id: str) -> str:
    """set of source names that published pieces of the story."""
    return f"{PREFIX}story:{watch_id}:sources"


def story_claims(watch_id: str) -> str:
    """list of JSON claim-ledger entries {article_id, source, seen_at, claim}: the ledger as it
    was kept before it was indexed; read once and moved into the keys below."""
    return f"{PREFIX}story:{watch_id}:claims"


# The claim ledger of a story (monitor/state/story_ledger.py): entries keyed by an id that grows
# with each entry added (the ledger's order), indexed by the topic terms of their claim.
LEDGER_MAX_ENTRIES = 5000  # entries kept per story; the oldest go first
LEDGER_TERM_LIMIT = 400  # ids one term set hands out per read: the newest of them


def ledger_entries(watch_id: str) -> str:
    """hash entry id -> JSON {article_id, source, seen_at, published, claim, met}: `met`, how
    an anchored claim met the story (monitor.stories.ledger); entries written before
    ledger_terms existed also carry their `terms`."""
    return f"{PREFIX}story:{watch_id}:ledger"


def ledger_order(watch_id: str) -> str:
    """list of entry ids, oldest first (evicted from the left)."""
    return f"{PREFIX}story:{watch_id}:ledger:order"


def ledger_times(watch_id: str) -> str:
    """zset entry id -> publication time of its piece (before / after a new piece)."""
    return f"{PREFIX}story:{watch_id}:ledger:times"


def ledger_articles(watch_id: str) -> str:
    """hash article_id -> "first last": the range of entry ids its claims were given."""
    return f"{PREFIX}story:{watch_id}:ledger:articles"


def ledger_terms(watch_id: str) -> str:
    """hash entry id -> JSON list of the topic terms an anchored entry is indexed by (read
    when the entry is evicted, to take it out of its term sets)."""
    return f"{PREFIX}story:{watch_id}:ledger:terms"


def ledger_term(watch_id: str, term: str) -> str:
    """zset entry id -> publication time of its piece: the anchored entries whose claim has
    topic term `term` (deleted by Redis when its last entry is evicted)."""
    return f"{PREFIX}story:{watch_id}:ledger:term:{term}"


# --- near-duplicates -----------------------------------------------------------------------------
NEARDUP_BASENAME = PREFIX + "lsh"  # prefix of the near-duplicate index (fixed: survives restarts)
# hash article_id -> packed record: added_at (float64), distinct shingles (uint32), 128 MinHash
# values (uint32, little-endian); see monitor/dedup/minhash.py
NEARDUP_SIGNATURES = NEARDUP_BASENAME + ":sig"


def neardup_buckets(shard: int) -> str:
    """zset, every score 0, of members band_hash (8 bytes) + article_id: the LSH buckets whose
    hash starts with `shard` (ZRANGEBYLEX on the 8-byte prefix reads one bucket)."""
    return f"{NEARDUP_BASENAME}:bkt:{shard:04x}"


# --- Dramatiq's own keys (read-only, for `newsmon status`) -------------------------------------
JOBS_NAMESPACE = "newsmon-jobs"  # Dramatiq RedisBroker namespace (workers/broker.py)
# Job queue names, prefixed so they can share a RabbitMQ broker with other applications.
QUEUE_FEEDS = "newsmon-feeds"
QUEUE_ARTICLES = "newsmon-articles"
QUEUE_BULK = "newsmon-articles-bulk"  # the rest of a big poll, and first polls' backlogs
QUEUE_RECHECKS = "newsmon-rechecks"
QUEUE_ALERTS = "newsmon-alerts"
JOB_QUEUES = (QUEUE_FEEDS, QUEUE_ARTICLES, QUEUE_BULK, QUEUE_RECHECKS, QUEUE_ALERTS)


def job_queue_ids(queue: str) -> str:
    """list of message ids waiting on `queue`, oldest first (Dramatiq Redis broker)."""
    return f"{JOBS_NAMESPACE}:{queue}"


def job_queue_messages(queue: str) -> str:
    """hash message_id -> message: jobs waiting or in flight on `queue` (Dramatiq Redis broker)."""
    return f"{JOBS_NAMESPACE}:{queue}.msgs"


def job_delay_queue_messages(queue: str) -> str:
    """hash of delayed jobs (retries, scheduled webhook re-deliveries) of `queue`."""
    return f"{JOBS_NAMESPACE}:{queue}.DQ.msgs"


def job_dead_letters(queue: str) -> str:
    """zset of jobs Dramatiq gave up on (unexpected errors after all retries)."""
    return f"{JOBS_NAMESPACE}:{queue}.XQ"
