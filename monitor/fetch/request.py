"""Building the request: the headers of every GET, conditional when validators are known.

Pure: values in, a dict of headers out. The User-Agent comes from `HttpSettings.user_agent`.
"""

from __future__ import annotations

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
)
# Only what BodyReader (monitor.fetch.response) can decode under the size cap; never br/zstd.
ACCEPT_ENCODING = "gzip, deflate"


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """Validators from the previous response, as conditional request headers."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def request_headers(
    user_agent: str, etag: str | None = None, last_modified: str | None = None
) -> dict[str, str]:
    return {
        "User-Agent": user_agent,
        "Accept": ACCEPT,
        "Accept-Encoding": ACCEPT_ENCODING,
        **conditional_headers(etag, last_modified),
    }
