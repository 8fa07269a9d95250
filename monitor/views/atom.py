"""/feeds/WATCH.atom: a watch's recent alerts as an Atom 1.0 feed, for the feed reader a user
already has.

Pure: alerts in, bytes out. Every string is third-party text (headlines, sentences, source
names), so the XML is built by ElementTree, which escapes, never by pasting strings; characters
XML 1.0 cannot carry at all (control characters, lone surrogates) are dropped first, and a link
is kept only when it is http(s) (a `javascript:` link would run in some readers).

    alerts_feed(watch_id=, title=, alerts=, self_path=, now=) -> bytes
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlsplit

from monitor.alerts.payloads import ARTICLE_NEW, AlertPayload

ATOM_NS = "http://www.w3.org/2005/Atom"
CONTENT_TYPE = "application/atom+xml; charset=utf-8"
# What XML 1.0 forbids anywhere, escaped or not.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """`value` as text XML can carry (what it cannot is dropped)."""
    return _NOT_XML.sub("", str(value or ""))


def alerts_feed(*, watch_id: str, title: str, alerts: Iterable[AlertPayload], self_path: str,
                now: datetime) -> bytes:
    """The Atom document of one watch's alerts (newest first, as given)."""
    alerts = list(alerts)
    feed = ET.Element("feed", xmlns=ATOM_NS)
    _add(feed, "id", f"urn:newsmon:watch:{watch_id}")
    _add(feed, "title", f"{title} (newsmon)")
    _add(feed, "subtitle", f"New pieces and claim changes on the story watched as {watch_id}")
    _add(feed, "updated", _time(alerts[0].timestamp if alerts else now))
    ET.SubElement(feed, "link", rel="self", href=xml_text(self_path),
                  type="application/atom+xml")
    ET.SubElement(ET.SubElement(feed, "author"), "name").text = "newsmon"
    _add(feed, "generator", "newsmon")
    for alert in alerts:
        _entry(feed, alert)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _entry(feed: ET.Element, alert: AlertPayload) -> None:
    data, article = alert.data, alert.data.article
    entry = ET.SubElement(feed, "entry")
    _add(entry, "id", f"urn:newsmon:alert:{data.alert_id}")
    if alert.type == ARTICLE_NEW:
        heading = f"New piece: {article.title}" + (f" ({article.source})" if article.source
                                                   else "")
        summary = article.summary or article.title
    else:
        heading = f"Claims changed: {article.title}"
        summary = data.summary
    _add(entry, "title", heading)
    _add(entry, "updated", _time(alert.timestamp))
    _add(entry, "published", _time(alert.timestamp))
    if _web_link(article.url):
        ET.SubElement(entry, "link", rel="alternate", type="text/html",
                      href=xml_text(article.url))
    ET.SubElement(entry, "category", term=alert.type)
    _add(entry, "summary", summary, type="text")
    _add(entry, "content", _content(alert), type="text")


def _content(alert: AlertPayload) -> str:
    data, article = alert.data, alert.data.article
    lines = [f"{article.title}", f"{article.source} {article.url}".strip(), ""]
    if alert.type == ARTICLE_NEW:
        story = data.story
        lines += [article.summary, "",
                  f"Piece {story.piece_number} of the story; {story.sources} source(s) so far.",
                  f"Why it matched: {data.match.explanation}"]
        lines += [f"{c.relation.replace('_', ' ')}: {c.sentence}"
                  + (f" (earlier, {c.earlier_source}: {c.earlier_sentence})"
                     if c.earlier_sentence else "") for c in data.claims_context]
    else:
        lines += [f"Version {data.from_version} -> {data.to_version}: {data.summary}", ""]
        for change in data.changes:
            lines.append(f"- {change.type.replace('_', ' ')}: {change.detail}")
            lines += [f"  before: {change.before}"] if change.before else []
            lines += [f"  after: {change.after}"] if change.after else []
            lines += [f"  words: {change.word_diff}"] if change.word_diff else []
    return "\n".join(lines).strip()


def _add(parent: ET.Element, tag: str, text: object, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = xml_text(text)
    return element


def _time(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _web_link(url: str | None) -> bool:
    try:
        return bool(url) and urlsplit(url).scheme in ("http", "https")
    except ValueError:
        return False
