"""Watch queries: the small boolean language of `watches.yaml`, parsed once, matched per article.

    query = parse_query('(ceasefire OR truce) AND (gaza OR hamas) AND NOT title:"live blog"')
    article = prepare(title, text)       # once per article: words cut, folded and stemmed
    result = match(query, article)       # once per watch: pure, no I/O
    result.matched, result.hits, result.explain(), result.to_dict()

`match(query, title, text)` also works; it prepares the article itself, which costs more than
the match when one article meets many watches. The user's reference is docs/queries.md.

Matching rules, in the order they apply:
1. Fields: a `title:` term looks only in the title, a `text:` term only in the body, an
   unscoped term in both; title and body never run into each other.
2. Words: both sides are cut into words (letters and digits; an inner apostrophe stays,
   a final 's goes), folded (case, accents: Médecins = medecins) and compared by their
   Snowball English stem (talk = talks = talked; ceasefire = ceasefires).
3. Compounds: a query word also matches two adjacent article words joined by a hyphen or
   space (ceasefire = cease-fire = cease fire), and two adjacent query words (cease-fire,
   "cease fire") also match one article word (ceasefire).
4. Modifiers: a wildcard word (negotiat*) matches any word beginning with it; an exact word
   (=hamas) matches only the same folded word, with no stemming and no compounds.
5. Phrases: their words must follow each other in order; punctuation between is ignored.
6. Logic: NOT, then AND, then OR; a term holds if it occurs at least once in its fields.

Modules, each depending only on those above it:
    text       word forms (fold, stem) and the prepared article: prepare -> Document
    nodes      the query tree (Term, Not, And, Or, Query) and its canonical spelling
    lexer      query text -> tokens with columns
    parser     tokens -> Query (grammar in its docstring), or QuerySyntaxError(message, column)
    matcher    match(query, article) -> MatchResult: verdict, hits with snippets, reasons
    watchlist  CompiledWatchList: a validated watch list with its queries parsed
"""

from monitor.query.matcher import Hit, MatchResult, match
from monitor.query.nodes import And, Node, Not, Or, Query, QueryWord, Term
from monitor.query.parser import parse_query
from monitor.query.text import FIELDS, Document, Field, prepare
from monitor.query.watchlist import CompiledWatchList

__all__ = [
    "FIELDS",
    "And",
    "CompiledWatchList",
    "Document",
    "Field",
    "Hit",
    "MatchResult",
    "Node",
    "Not",
    "Or",
    "Query",
    "QueryWord",
    "Term",
    "match",
    "parse_query",
    "prepare",
]
