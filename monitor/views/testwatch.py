"""`newsmon test-watch`: one watch, one article, the verdict and why."""

from __future__ import annotations

from pathlib import Path

from monitor.config.loading import load_service, load_watchlist
from monitor.errors import NewsmonError
from monitor.fetch import Fetcher
from monitor.ingest.extract import extract_article
from monitor.query import match, prepare
from monitor.settings import ServiceSettings


def read_article(url: str | None, file: str | None,
                 settings: ServiceSettings) -> tuple[str, str]:
    """(title, text) of the article at `url` (fetched with the daemon's HTTP settings) or in
    `file` (an HTML page, or plain text whose first line is the title)."""
    if url:
        fetcher = Fetcher(settings.http)
        try:
            result = fetcher.fetch(url)
        finally:
            fetcher.close()
        page = extract_article(result.body, result.final_url or url)
        return page.title or "", page.text
    path = Path(file)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NewsmonError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if path.suffix.lower() in (".html", ".htm") or raw.lstrip()[:1] == b"<":
        page = extract_article(raw, path.resolve().as_uri())
        return page.title or "", page.text
    title, _, text = raw.decode("utf-8", errors="replace").strip().partition("\n")
    return title.strip(), text


def explain_watch(config_path: Path, watch_id: str, *, url: str | None = None,
                  file: str | None = None) -> tuple[bool, str]:
    service = load_service(config_path)
    compiled = load_watchlist(service.watches_file, service)
    watch = next((w for w in compiled.watchlist.watches if w.id == watch_id), None)
    if watch is None:
        known = ", ".join(w.id for w in compiled.watchlist.watches) or "none"
        raise NewsmonError(f"no watch '{watch_id}' in {service.watches_file} (watches: {known})")
    title, text = read_article(url, file, service)
    result = match(compiled.queries[watch.id], prepare(title, text))
    verdict = "MATCH" if result.matched else "NO MATCH"
    lines = [f"{verdict}: watch '{watch.id}' ({watch.title})",
             f"query:   {watch.query}",
             f"article: {title or '(no title)'} — {len(text.split())} words",
             "", result.explain()]
    if watch.feeds:
        lines.append(f"\nnote: in the daemon this watch only sees feeds {', '.join(watch.feeds)}")
    return result.matched, "\n".join(lines)
