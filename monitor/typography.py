"""Two tables several stages read, kept here once: typographic characters and their plain
forms, and the lines that are only page furniture.

The content hash (monitor.dedup), the extraction clean-up (monitor.ingest) and the claim
comparison (monitor.claims) must agree on both: a page whose only change is curly quotes or a
new "Advertisement" line is the same text to all three.
"""

from __future__ import annotations

# Typographic characters and what they become. A hyphen-like mark is a hyphen; an en or em dash
# is punctuation set in spaces (the claim stage turns "30 - 40" back into a range).
TYPOGRAPHIC_CHARACTERS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"', "\u200b": "", "\u00ad": "", "\ufeff": "",
    "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u2013": " - ", "\u2014": " - ", "\u2015": " - ",
    "\u00a0": " ",
}
PLAIN_TYPOGRAPHY = str.maketrans(TYPOGRAPHIC_CHARACTERS)

# Lines that are only page furniture (ad labels, share buttons, comment forms), lowercase:
# extraction drops them, the claim comparison never reads them as sentences.
FURNITURE_LINES = frozenset({
    "ad", "ads", "advertisement", "advertisements", "sponsored", "sponsored content",
    "promoted", "paid content", "story continues below advertisement",
    "continue reading below", "scroll to continue with content", "skip advertisement",
    "article continues below", "share", "share this article", "share this", "tweet", "email",
    "print", "copy link", "follow us", "comments", "your email address will not be published.",
    "your email address will not be published. required fields are marked *",
    "required fields are marked *", "listen to this article",
    # the same furniture on French, Spanish and German pages
    "publicité", "publicidad", "anuncio", "anzeige", "werbung",
})
