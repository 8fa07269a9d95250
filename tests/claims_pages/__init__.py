"""Generator of the labelled claim-change suite on the corpus pages and seed articles
(tests/claims_pages_suite.py runs it and reports).

corpus.py   documents: expected.html -> paragraphs (lxml), seeds, pysbd sentences, quote spans
features.py where a sentence carries a feature: numbers, qualifiers, dates, quotes, negation,
            opposites, hedges (general rules and closed word lists, nothing page-specific)
names.py    capitalized name runs, their kind, speakers, names near an attribution
changes.py  positive edits, one per change type and rule ("family"), with their labels
styles.py   style-only edits (typos, variants, punctuation, quote marks, reorders, lines added)
edits.py    edit primitives and the Candidate they become
build.py    seeded sampling per document and kind -> Case
"""
