"""The job workers of one process: two Dramatiq workers on one broker, with thread budgets of
their own.

Article jobs take seconds to minutes each and come by the hundred after a big poll; polls and
alert deliveries are short and must not wait behind them. A Dramatiq worker prefetches messages
of all its queues into one local work queue, so a single worker over every queue lets a poll sit
behind the article jobs it already took. Hence: the main worker (`workers.threads`) serves the
article queues, a second one (`workers.poll_threads`) serves only monitor.jobs.table's
PROMPT_QUEUES (polls and deliveries).

Dramatiq's own CLI emits the `process_boot` event once per worker process; newsmon runs
`dramatiq.Worker` in-process, so `start_workers` emits it (once per broker): TimeLimit starts
the thread that enforces the job table's time limits on it, and without it no limit ever fires.
"""

from __future__ import annotations

import logging
import threading

import dramatiq

from monitor.jobs.table import PROMPT_QUEUES, QUEUES
from monitor.settings import WorkerSettings

log = logging.getLogger("newsmon")


def boot(broker: dramatiq.Broker) -> None:
    """Emit Dramatiq's `process_boot` on `broker`, once: its listeners (TimeLimit's timer
    thread, ShutdownNotifications' platform check) start threads that must not start twice."""
    if getattr(broker, "_newsmon_booted", False):
        return
    broker.emit_after("process_boot")
    broker._newsmon_booted = True


class _SecondWorkerOnBroker(logging.Filter):
    """Each dramatiq.Worker adds its own `_WorkerMiddleware` to the broker (it tells that
    worker about queues declared later), and the broker warns at the second one that "adding a
    middleware of the same type twice ... may have unexpected results". Two workers on one
    broker is how newsmon keeps polls apart from article jobs, and each middleware serves only
    its own worker's queues: the warning says nothing to an operator, so it is dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.getMessage().startswith("You're adding a middleware of the same type")
                    and "_WorkerMiddleware" in record.getMessage())


def start_workers(broker: dramatiq.Broker, settings: WorkerSettings) -> list[dramatiq.Worker]:
    """Start the article worker and the poll-and-alert worker; returns both."""
    boot(broker)
    if not any(isinstance(f, _SecondWorkerOnBroker) for f in broker.logger.filters):
        broker.logger.addFilter(_SecondWorkerOnBroker())
    workers = [
        dramatiq.Worker(broker, queues=set(QUEUES - PROMPT_QUEUES),
                        worker_threads=settings.threads),
        dramatiq.Worker(broker, queues=set(PROMPT_QUEUES), worker_threads=settings.poll_threads),
    ]
    for worker in workers:
        worker.start()
    log.info("worker started (%d threads for articles, %d for polls and alerts)",
             settings.threads, settings.poll_threads)
    return workers


def stop_workers(workers: list[dramatiq.Worker], timeout: float) -> None:
    """Stop all workers at once, each letting its running jobs finish for up to `timeout` s."""
    stoppers = [threading.Thread(target=w.stop, kwargs={"timeout": int(timeout * 1000)},
                                 name="worker-stop") for w in workers]
    for stopper in stoppers:
        stopper.start()
    for stopper in stoppers:
        stopper.join()
