"""Exact deduplication keys: pure functions (the store is monitor.state.dedup).

Order of checks for a new feed item (each cheaper than the next):
  1. item key      — the same entry again, in this or another feed (GUID, else link, else title+date)
  2. canonical URL — the same page under another link (tracking parameters, rel=canonical)
  3. content hash  — the same text at another URL (normalized text, so whitespace/quotes don't count)
Near-copies (syndication with small edits) are the job of monitor.dedup.minhash.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from monitor.typography import PLAIN_TYPOGRAPHY

# Parameters that say how a reader arrived, not what they read.
_TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|"
    r"ref|ref_src|ref_url|cmpid|cmp|ito|ns_mchannel|ns_source|ns_campaign|ns_linkname|"
    r"ocid|smid|sr_share|taid|at_medium|at_campaign|xtor|s_cid|share|CMP)$",
    re.IGNORECASE,
)


def canonical_url(url: str) -> str:
    """A URL with tracking parameters, fragment, default port and case noise removed.

    >>> canonical_url("HTTPS://Example.com:443/a/b?utm_source=x&id=3#top")
    'https://example.com/a/b?id=3'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    default_port = {"http": 80, "https": 443}.get(scheme)
    netloc = host if parts.port in (None, default_port) else f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _TRACKING_PARAMS.match(k)]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def normalize_text(text: str) -> str:
    """Text reduced to what a reader sees: NFKC, straight quotes, single spaces, lower case."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(PLAIN_TYPOGRAPHY)
    return " ".join(text.split()).lower()




def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode()).hexdigest()


def article_id(canonical: str) -> str:
    """Articles are named by their canonical URL, so a redelivered job finds the same id."""
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]
