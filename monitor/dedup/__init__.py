"""Deduplication keys, pure: what makes two feed items, URLs or texts the same piece.

    keys     canonical_url (tracking parameters stripped), content_hash (normalized text),
             article_id (named by canonical URL)
    minhash  word-shingle MinHash signatures, LSH bands and containment (near-copies)

The "have I seen it" side lives in monitor.state (dedup, neardup): the job asks the key here,
then the store.
"""
