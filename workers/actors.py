"""Dramatiq actors: one per entry of the job table (monitor.jobs.table.JOBS), each a thin
wrapper that hands the job to its function with this process's Context.

The Context (Redis, HTTP client, settings) is bound once per process with `bind(context)`;
`declare(broker)` declares the actors and returns `DramatiqJobs`, the Context's `jobs` edge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import dramatiq
from dramatiq.middleware import CurrentMessage

from monitor import logcontext
from monitor.jobs.context import Context
from monitor.jobs.table import JOBS, PROMPT_QUEUES, JobSpec
from workers.memory import release_free_memory

_context: Context | None = None


def bind(context: Context) -> None:
    global _context
    _context = context


def _ctx() -> Context:
    if _context is None:
        raise RuntimeError("workers.actors.bind(context) was not called in this process")
    return _context


def _runner(spec: JobSpec) -> Callable[..., None]:
    def run(*args: Any) -> None:
        # The job's name and message id on each line it logs; its enqueue time for latencies.
        message = CurrentMessage.get_current_message()
        with logcontext.job(spec.name, message.message_id if message else None,
                            message.message_timestamp / 1000 if message else None):
            try:
                spec.run(_ctx(), *args)
            finally:
                if spec.queue not in PROMPT_QUEUES:
                    # An article job may have held megabytes of text (workers/memory.py).
                    release_free_memory()

    run.__name__ = spec.name
    return run


@dataclass
class DramatiqJobs:
    """Enqueues jobs on the broker the actors were declared on."""

    actors: dict[str, dramatiq.Actor]

    def send(self, job: str, *args: Any, delay: float = 0.0) -> None:
        self.actors[job].send_with_options(args=args, delay=int(delay * 1000) or None)


def declare(broker: dramatiq.Broker) -> DramatiqJobs:
    actors = {
        spec.name: dramatiq.actor(_runner(spec), broker=broker, actor_name=spec.name,
                                  queue_name=spec.queue, time_limit=int(spec.time_limit * 1000),
                                  priority=spec.priority)
        for spec in JOBS.values()
    }
    return DramatiqJobs(actors)
