"""Editing the watch list's feeds, pure: watches.yaml text in, text out, comments kept.

    append_feeds(text, entries) -> text       ruamel.yaml round trip, indentation detected
    same_url(a, b) -> bool / url_key(url)     "already listed" compares normalized URLs
    new_feed_id(url, taken) -> str            a readable id from the host, made unique

`newsmon feeds add` and `feeds import` write through these (workers/feeds.py); the result is
validated like any hand edit before it replaces the file.
"""

from __future__ import annotations

import copy
import io
import re
from urllib.parse import urlsplit

from pydantic import HttpUrl, TypeAdapter, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.util import load_yaml_guess_indent

_URL = TypeAdapter(HttpUrl)
_NOT_ID = re.compile(r"[^a-z0-9_-]+")  # dots too: "example-com" reads as a name


def url_key(url: str) -> str:
    """The URL as the watch list stores it (host lower-cased, default port and empty path
    normalized by pydantic), so two spellings of one feed count as the same."""
    try:
        return str(_URL.validate_python(url.strip()))
    except ValidationError:
        return url.strip()


def new_feed_id(url: str, taken: set[str]) -> str:
    """`www.example.com/...` -> `example-com` (then `example-com-2`, ...): unique among `taken`."""
    host = (urlsplit(url).hostname or "feed").removeprefix("www.")
    base = _NOT_ID.sub("-", host.lower()).strip("-._") or "feed"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def append_feeds(text: str, entries: list[dict]) -> str:
    """`text` (a watches.yaml) with `entries` appended to its `feeds:` list, everything else as
    it was: comments, blank lines, key order, quoting and indentation."""
    yaml, root = _load(text)
    if not isinstance(root, CommentedMap):
        raise ValueError("the watch list is not a mapping of `feeds:` and `watches:`")
    feeds = root.get("feeds")
    if feeds is None:
        feeds = root["feeds"] = CommentedSeq()
        if len(root) > 1:  # keep `feeds:` first, where a reader looks for it
            root.move_to_end("feeds", last=False)
    if not isinstance(feeds, CommentedSeq):
        raise ValueError("`feeds:` in the watch list is not a list")
    for entry in entries:
        item = CommentedMap(entry)
        if feeds.fa.flow_style():  # a JSON-style file stays JSON-style
            item.fa.set_flow_style()
        if len(feeds) and isinstance(feeds[-1], CommentedMap):
            _move_trailing_comment(feeds[-1], item)
        feeds.append(item)
    out = io.StringIO()
    yaml.dump(root, out)
    return out.getvalue()


def _load(text: str):
    _, indent, block_seq_indent = load_yaml_guess_indent(text) if text.strip() else (None, 2, 0)
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a user's long lines
    # The guess is where a list item's keys start ("  - id:" -> 4) and where its dash sits
    # (2); a mapping's own indent is the difference, or the whole when dashes are not indented.
    offset = block_seq_indent or 0
    sequence = indent or 2
    yaml.indent(mapping=sequence - offset if offset else sequence, sequence=sequence,
                offset=offset)
    root = yaml.load(text) if text.strip() else CommentedMap()
    return yaml, root


def _move_trailing_comment(last: CommentedMap, new: CommentedMap) -> None:
    """ruamel hangs the comments and blank lines that follow a list (before the next key) on
    its last item; appending after that item would put the new one below them, e.g. below
    `# --- watches ---`. The end-of-line part stays on the old item, the rest moves to the new.
    """
    if not last:
        return
    key = list(last.keys())[-1]
    slots = last.ca.items.get(key)
    if not slots or len(slots) < 3 or slots[2] is None or isinstance(last[key], (dict, list)):
        return
    token = slots[2]
    end_of_line, _, after = token.value.partition("\n")
    if not after:
        return
    moved = copy.copy(token)
    moved.value = "\n" + after
    token.value = end_of_line + "\n"
    new_key = list(new.keys())[-1]
    new.ca.items[new_key] = [None, None, moved, None]
