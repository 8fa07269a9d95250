"""What one fetch returns: a plain value, never an HTTP object."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FetchResult:
    """Outcome of one conditional GET.

    `not_modified` is True for a 304 (body empty). `final_url` is where redirects ended;
    `permanent_redirect` is set when a 301/308 means the stored URL should change.
    """

    url: str
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    final_url: str | None = None
    permanent_redirect: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304
