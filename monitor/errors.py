"""The errors newsmon raises. Other libraries' errors are translated once, at the edge
(`raise FetchError(...) from exc`), so callers catch these and nothing else.

    NewsmonError
    ├── ConfigError            a config or watch file is invalid (carries every problem found)
    ├── FetchError             an HTTP fetch failed; `retry_after` set when the server asked to wait
    │   ├── BlockedAddress     the URL resolves to a private/loopback/link-local address (SSRF guard)
    │   ├── TooLarge           the body exceeded the size cap (compressed or decompressed)
    │   ├── HTTPStatusError    the server answered with an error status
    │   └── TransportError     timeout, connection refused, redirect loop, TLS, protocol error
    ├── ExtractionError        no usable article text in the page
    │   └── ParserFailed       the parser process died, ran out of memory or time on the page
    ├── FeedNotFound           `newsmon feeds add`: neither the URL nor what it links to is a feed
    ├── QuerySyntaxError       a watch query does not parse (carries the column)
    └── RequestError           a read API request cannot be answered: `status` 400 (bad
                               parameters) or 404 (no such watch or article); the status server
                               sends it as `{"error": message}`
"""

from __future__ import annotations

from monitor.redact import redact


class NewsmonError(Exception):
    """Base of every error newsmon raises on purpose."""


class ConfigError(NewsmonError):
    """One or more problems in the configuration files.

    `problems` holds strings already formatted as `file:line:column: message`.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class FetchError(NewsmonError):
    def __init__(self, url: str, message: str, *, retry_after: float | None = None):
        self.url = url
        self.retry_after = retry_after
        # Formatted once, here, for every fetch error: a password in a feed URL or a token in
        # its query never reaches a log line or `status`.
        super().__init__(redact(f"{url}: {message}"))


class BlockedAddress(FetchError):
    pass


class TooLarge(FetchError):
    pass


class HTTPStatusError(FetchError):
    def __init__(self, url: str, status: int, *, retry_after: float | None = None):
        self.status = status
        super().__init__(url, f"HTTP {status}", retry_after=retry_after)


class TransportError(FetchError):
    pass


class ExtractionError(NewsmonError):
    pass


class ParserFailed(ExtractionError):
    """The child process extracting a page died (segfault, abort, OOM-kill), hit its memory
    limit or its deadline (workers/parsepool.py). Recorded and retried like any failed page."""

    def __init__(self, url: str, message: str):
        self.url = url
        super().__init__(redact(f"{url}: {message}"))


class FeedNotFound(NewsmonError):
    pass


class QuerySyntaxError(NewsmonError):
    """A watch query that does not parse. `column` is 1-based within the query string."""

    def __init__(self, message: str, column: int):
        self.column = column
        self.message = message
        super().__init__(f"column {column}: {message}")


class RequestError(NewsmonError):
    """A request to the read API that cannot be answered as asked (monitor.views.api)."""

    def __init__(self, status: int, message: str):
        self.status = status
        super().__init__(message)
