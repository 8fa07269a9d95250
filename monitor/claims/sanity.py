"""Is a newly fetched text a real version of the article, or a partial page?

    check_version_sanity(old_text, new_text, min_length_ratio=0.5) -> (ok, reason)

Rule order (the first that fires decides):
  1. the new text is empty -> not a version;
  2. it has fewer than `min_length_ratio` times the old text's words -> truncated (a paywall
     cut, a partial parse);
  3. it shows a consent/cookie wall, a paywall or an error page that the old text did not
     -> not a version.
A marker already present in the old version does not count: an article *about* cookie
banners, or a site that prints "Subscribe" in every page, must still be comparable. Error-page
markers are only believed in a short text, because "404" or "access denied" can be news.
"""

from __future__ import annotations

import re

_CONSENT = re.compile(
    r"\b(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|"
    r"cookie (?:settings|preferences|policy|consent)|manage (?:your )?(?:privacy|consent)|"
    r"consent to (?:the use of|our use of)|we and our partners|reject all|"
    r"your privacy choices|before you continue)\b", re.IGNORECASE)
_PAYWALL = re.compile(
    r"\b(?:subscribe (?:now )?to (?:continue|read|keep reading|unlock)|"
    r"(?:continue|keep) reading with a subscription|already a subscriber|"
    r"this (?:article|content|story) is (?:for|available to|reserved for) (?:paid )?subscribers|"
    r"subscribers only|sign in to (?:continue|read)|create a free account to continue|"
    r"you have reached your (?:free )?(?:article|story) limit|"
    r"to continue reading,? (?:please )?(?:subscribe|log in|sign in))\b", re.IGNORECASE)
_ERROR_PAGE = re.compile(
    r"\b(?:page not found|404 not found|error 404|404 error|not found|access denied|"
    r"403 forbidden|forbidden|500 internal server error|service unavailable|bad gateway|"
    r"something went wrong|are you a robot|verify you are (?:a )?human|enable javascript|"
    r"please enable cookies|too many requests|temporarily unavailable)\b|^\s*404\b",
    re.IGNORECASE | re.MULTILINE)
# An error page is short; a long text mentioning "access denied" is an article.
ERROR_PAGE_MAX_CHARS = 1500

_WALLS = (("consent or cookie wall", _CONSENT, None), ("paywall", _PAYWALL, None),
          ("error page", _ERROR_PAGE, ERROR_PAGE_MAX_CHARS))


def check_version_sanity(old_text: str, new_text: str, min_length_ratio: float = 0.5
                         ) -> tuple[bool, str]:
    old_words, new_words = len(old_text.split()), len(new_text.split())
    if not new_words:
        return False, "empty text"
    if old_words and new_words < min_length_ratio * old_words:
        return False, (f"text shrank to {new_words / old_words:.0%} of the previous version "
                       f"({new_words} of {old_words} words; minimum {min_length_ratio:.0%})")
    for name, pattern, max_chars in _WALLS:
        if max_chars is not None and len(new_text) > max_chars:
            continue
        found = pattern.search(new_text)
        if found and not pattern.search(old_text):
            return False, f'{name}: "{found.group().strip()}"'
    return True, "ok"
