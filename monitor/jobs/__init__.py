"""The jobs: each orchestrates one unit of work by asking the stages and the stores in order.
A stage returns its result; the job decides what happens next. All jobs are listed once, in
`table.JOBS`, which the Dramatiq actors, the Context's `jobs.send` and the tests all read.

    polls       poll_feed: fetch a feed, enqueue an item job per unseen entry
    items       process_item: fetch and extract the page, copy or new piece, then pieces
    pieces      what follows a stored piece: match watches, story, ledger, alert, edit checks
    pages       retry_page: a summary-only article tries its page again
    recheck     recheck_article: fetch again, judge the text, compare claims, alert
    deliveries  deliver: one attempt of one alert to one sink
    retention   forget_expired: bounded Redis over months (run from the scheduler tick)
    context     the I/O edges a worker builds once (Redis, HTTP client, stores, job queue)
"""
