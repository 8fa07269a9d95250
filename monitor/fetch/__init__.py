"""HTTP fetching with the manners and the caution a crawler of third-party links needs.

    Fetcher(settings, client=None).fetch(url, etag=None, last_modified=None) -> FetchResult

Laid out like miniflux's fetcher: building the request (`request`) and reading the response
(`response`) are pure functions tested on in-memory values, as is the SSRF address check
(`guard`) and the failure backoff (`backoff`); `client.Fetcher` is the thin edge that does the
I/O, with the httpx client passed in (or built from settings).

What a fetch guarantees:
- conditional GET: If-None-Match / If-Modified-Since when known; a 304 costs no body.
- size cap on the bytes on the wire (Content-Length checked first) and on the decoded bytes,
  enforced while streaming: a gzip bomb stops at the cap, never inflated in memory.
- connect and read timeouts, plus a deadline on the whole fetch (redirects included), so a
  server trickling one byte a second, in its headers or its body, is cut off at
  `total_timeout`: every socket wait is capped by what is left (`deadline_io`), and so is the
  wait for a per-host slot.
- redirects followed by hand, each hop through the SSRF guard; loops detected; a chain that
  starts with 301/308 reports where the stored URL should now point.
- the address each connection actually reached is checked again before anything is sent
  (`connect_guard`), so a name that resolves differently the second time (DNS rebinding)
  does not get past the guard.
- at most `per_host_concurrency` requests in flight per host, across the threads of a process.
- 4xx/5xx raise HTTPStatusError; on 429/503 with the server's Retry-After.

The errors a fetch raises (from monitor.errors; httpx's own never escape), and where:

    FetchError                 invalid URL, URL without a host           guard, client
    ├── BlockedAddress         not http(s); host resolves to a non-public address    guard
                               connected to a non-public address (rebinding)  connect_guard
    ├── TooLarge               Content-Length or body (encoded or decoded) over the cap  response
    ├── HTTPStatusError        an unusable status; `retry_after` on 429/503     response
    └── TransportError         timeout (connect, read, total, host slot), connection refused,
                               protocol error                                   client
                               redirect loop, too many redirects, no Location   client
                               DNS failure                                      guard
                               unsupported or corrupt Content-Encoding          response
"""

from monitor.fetch.backoff import backoff_delay
from monitor.fetch.client import Fetcher
from monitor.fetch.response import parse_retry_after
from monitor.fetch.result import FetchResult

__all__ = ["FetchResult", "Fetcher", "backoff_delay", "parse_retry_after"]
