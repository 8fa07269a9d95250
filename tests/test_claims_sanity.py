"""check_version_sanity: partial pages are not versions."""

from __future__ import annotations

import pytest

from monitor.claims import check_version_sanity

SHORT = ("Ceasefire talks in Doha collapsed on Thursday, officials said. Gaza health officials said "
         "over 35,000 Palestinians have been killed. Egypt and Qatar urged both sides to return.")
CONSENT = ("We use cookies to improve your experience. We and our partners store and access "
           "information on your device. Accept all cookies or manage your privacy choices.")
PAYWALL = ("Ceasefire talks in Doha collapsed on Thursday. Subscribe to continue reading: this "
           "article is for paid subscribers. Already a subscriber? Sign in to continue.")
NOT_FOUND = "404 Page not found. The page you are looking for does not exist or has moved here."
DENIED = "Access denied. You don't have permission to access this page on this server today."


@pytest.mark.parametrize(("old", "new", "ok", "reason"), [
    (SHORT, SHORT + " Jordan joined the talks on Friday.", True, "ok"),
    (SHORT, "", False, "empty text"),
    (SHORT * 4, SHORT, False, "text shrank to 26% of the previous version (27 of 105 words"),
    (SHORT, CONSENT, False, 'consent or cookie wall: "We use cookies"'),
    (SHORT, PAYWALL, False, 'paywall: "Subscribe to continue"'),
    (SHORT, NOT_FOUND, False, 'error page: "404"'),
    (SHORT, DENIED, False, 'error page: "Access denied"'),
    # A marker the old version had too is the site's furniture, not a wall.
    (SHORT + " " + CONSENT, SHORT + " Jordan joined. " + CONSENT, True, "ok"),
    # In a long text, "access denied" is news, not an error page.
    (SHORT * 10, SHORT * 10 + " Reporters were told access denied at the Rafah crossing.", True,
     "ok"),
    ("", SHORT, True, "ok"),  # a first version has nothing to shrink from
])
def test_version_sanity(old, new, ok, reason):
    found_ok, found_reason = check_version_sanity(old, new)
    assert found_ok is ok
    assert found_reason.startswith(reason)


@pytest.mark.parametrize(("ratio", "ok"), [(0.5, True), (0.8, False)])
def test_min_length_ratio(corpus, ratio, ok):
    text = corpus["002"]
    shorter = " ".join(text.split()[: int(len(text.split()) * 0.7)])
    assert check_version_sanity(text, shorter, min_length_ratio=ratio)[0] is ok
