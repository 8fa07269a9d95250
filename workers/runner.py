"""Running the daemon: `newsmon run` (all roles), `newsmon scheduler`, `newsmon worker`.

Start-up order: validate both config files (nothing runs on a bad config), open Redis (embedded
unless configured), build the broker, actors and stage context, then start the roles.
Shutdown: the first SIGINT/SIGTERM is warm (stop scheduling, let in-flight jobs finish, up to
`WARM_SHUTDOWN_SECONDS`); a second one is cold (exit now; unfinished jobs are redelivered later
because Dramatiq only acknowledges finished ones). Either way the parser processes
(workers/parsepool.py) and the embedded Redis are shut down. SIGHUP reloads the watch list at once (a
scheduler reloads it on every tick anyway when the file changed).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import dramatiq

from monitor import redact
from monitor.config.loading import LoadedConfig, load_all
from monitor.errors import NewsmonError
from monitor.jobs.context import Context, build_context
from monitor.state import keys
from monitor.state.connection import connect, open_redis, reachable
from monitor.state.heartbeat import Heartbeats
from monitor.state.watchlist import WatchStore
from monitor.views.status import invalid_file_warnings
from workers import actors
from workers import health as probes
from workers.broker import make_broker, missing_extra
from workers.lifeline import EXIT_REDIS_LOST, Lifeline
from workers.logs import configure_logging
from workers.parsepool import ParserPool, parser_pool
from workers.pools import start_workers, stop_workers
from workers.scheduler import Scheduler
from workers.status_server import StatusServer

log = logging.getLogger("newsmon")

WARM_SHUTDOWN_SECONDS = 30
LOST_STOP_SECONDS = 2  # what jobs in flight get when Redis is lost


@dataclass
class Roles:
    scheduler: bool = True
    worker: bool = True
    status: bool = True


@dataclass
class Daemon:
    """The running parts of one process; `start` and `stop` are symmetrical."""

    ctx: Context
    broker: dramatiq.Broker
    watch_file: Path
    roles: Roles
    scheduler: Scheduler | None = None
    workers: list[dramatiq.Worker] = field(default_factory=list)
    status: StatusServer | None = None
    parsers: ParserPool | None = None
    stopped: threading.Event = field(default_factory=threading.Event)
    health: probes.Health = field(default_factory=probes.Health)
    worker_loop: probes.Loop = field(default_factory=probes.worker_loop)
    exit_status: int = 0

    def start(self) -> None:
        self._readiness_checks()
        Lifeline(self.health.readiness["redis"], self.ctx.settings.redis.lost_grace,
                 self._redis_lost, self.stopped).start()
        # The status server's port first: one already taken is a start-up error, before any job
        # runs.
        status = self.ctx.settings.status
        # A worker-only process has a port of its own, so it runs beside a scheduler.
        port, key = (status.port, "status.port") if self.roles.scheduler \
            else (status.worker_port, "status.worker_port")
        if self.roles.status and port:
            try:
                self.status = StatusServer(status.host, port, self._snapshot, self.health,
                                           token=status.token)
            except OSError as exc:
                raise NewsmonError(
                    f"the status server cannot listen on {status.host}:{port}: "
                    f"{exc.strerror or exc} (set {key} to another port, or 0 to disable "
                    "it)") from exc
        if self.roles.scheduler:
            self.scheduler = Scheduler(self.ctx, self.watch_file)
            self.health.liveness["scheduler"] = self.scheduler.loop.check
            self.scheduler.watch_file.reload_if_changed()
            self.scheduler.start()
        if self.roles.worker:
            self.parsers = start_parsers(self.ctx)
            self.workers = start_workers(self.broker, self.ctx.settings.workers)
            for name, worker in zip(("article_worker", "poll_worker"), self.workers, strict=True):
                self.health.liveness[name] = probes.dramatiq_check(worker)
            self.health.liveness["worker_heartbeat"] = self.worker_loop.check
            threading.Thread(target=self._beat_worker, name="worker-heartbeat",
                             daemon=True).start()
        if self.status:
            # Served once every check is in place: /healthz must not say ok with none yet.
            self.status.start()

    def _beat_worker(self) -> None:
        """Tell `newsmon status` the worker role is alive, until the daemon stops."""
        heartbeats = Heartbeats(self.ctx.redis)
        while not self.stopped.is_set():
            self.worker_loop.turned()
            try:
                heartbeats.beat("worker")
            except Exception:  # Redis away for a moment: status says so; try again next beat
                log.warning("worker heartbeat failed", exc_info=True)
            self.stopped.wait(keys.HEARTBEAT_INTERVAL)

    def _redis_lost(self, why: str) -> None:
        """Redis is gone for good (workers/lifeline.py): a cold stop, and a non-zero exit."""
        log.error("%s", why)
        self.exit_status = EXIT_REDIS_LOST
        # Jobs in flight cannot finish without Redis: give them a moment, not the warm 30 s.
        stopper = threading.Thread(target=self.stop, args=(LOST_STOP_SECONDS,),
                                   name="shutdown", daemon=True)
        stopper.start()
        stopper.join(LOST_STOP_SECONDS + 2)
        self.stopped.set()

    def _readiness_checks(self) -> None:
        """What /readyz asks: Redis, the job broker, a watch list in force."""
        probe = probes.probe_client(self.ctx.redis)
        self.health.readiness.update(
            redis=probes.redis_check(probe),
            broker=probes.broker_check(self.broker, self.ctx.settings.broker.url, probe),
            watchlist=probes.watchlist_check(WatchStore(probe)))

    def _snapshot(self):
        compiled = self.ctx.watches.current()
        watch_file = self.scheduler.watch_file if self.scheduler else None
        warnings = invalid_file_warnings(watch_file.path, watch_file.last_problems) \
            if watch_file else []
        return self.ctx.redis, compiled.watchlist if compiled else None, warnings

    def stop(self, timeout: float = WARM_SHUTDOWN_SECONDS) -> None:
        if self.status:
            self.status.stop()
        if self.scheduler:
            self.scheduler.stop()
        stop_workers(self.workers, timeout)
        if self.parsers:
            self.parsers.close()
        self.broker.close()
        self.ctx.fetcher.close()
        self.stopped.set()


def start_parsers(ctx: Context) -> ParserPool:
    """The parser processes of this worker process (workers/parsepool.py); its jobs extract
    pages through them from now on."""
    pool = parser_pool(ctx.settings.workers)
    ctx.extract = pool.extract
    log.info("%d parser processes (up to %d MB each)", pool.size, pool.memory_mb)
    return pool


@contextmanager
def started(config: LoadedConfig, roles: Roles) -> Iterator[Daemon]:
    """A running daemon for `config` (used by `run` and by `newsmon demo`); stopped on exit."""
    settings = config.service
    redact.register(settings.secrets())
    with open_redis(settings.redis.url, settings.data_dir, announce=True) as url:
        client = connect(reachable(url))
        broker = make_broker(client, settings.broker.url, settings.workers)
        jobs = actors.declare(broker)
        ctx = build_context(client, settings, jobs)
        actors.bind(ctx)
        daemon = Daemon(ctx, broker, settings.watches_file, roles)
        try:
            daemon.start()
            log.info("newsmon running (Redis: %s)",
                     "embedded" if url.startswith("unix://") else redact.redact(url))
            yield daemon
        finally:
            if not daemon.stopped.is_set():
                daemon.stop()
            client.close()


def run(service_path: Path, roles: Roles) -> int:
    """Run until signalled. Returns the exit status."""
    config = load_all(service_path)  # raises ConfigError before anything starts
    if not (roles.scheduler and roles.worker) and not config.service.redis.url:
        raise NewsmonError(
            "the scheduler and worker roles share state through one Redis: set redis.url in "
            f"{service_path} or NEWSMON_REDIS_URL (the embedded Redis serves `newsmon run` only)")
    if problem := missing_extra(config.service.broker.url):
        raise NewsmonError(problem)
    configure_logging(config.service.log_level, config.service.log.format)
    # Until the handlers are in place, a SIGHUP must not kill the daemon half-started.
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    with started(config, roles) as daemon:
        _install_signal_handlers(daemon)
        log.info("Ctrl-C or SIGTERM stops it (warm); a second one stops it at once; SIGHUP "
                 "reloads the watch list.")
        daemon.stopped.wait()
    if daemon.exit_status:
        log.error("newsmon stopped: its Redis was lost (exit status %d)", daemon.exit_status)
    else:
        log.info("newsmon stopped")
    return daemon.exit_status


def _install_signal_handlers(daemon: Daemon) -> None:
    signals_seen = []

    def handle(signum, _frame):
        signals_seen.append(signum)
        if len(signals_seen) == 1:
            log.info("%s: warm shutdown (waiting up to %d s for jobs in flight; signal again "
                     "to stop now)", signal.Signals(signum).name, WARM_SHUTDOWN_SECONDS)
            threading.Thread(target=daemon.stop, name="shutdown", daemon=True).start()
        else:
            log.warning("cold shutdown: unfinished jobs will be redelivered")
            threading.Thread(target=daemon.stop, args=(0.5,), daemon=True).start()
            daemon.stopped.set()

    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGHUP, lambda _signum, _frame: _reload(daemon))


def _reload(daemon: Daemon) -> None:
    """SIGHUP, as daemons conventionally take it: re-read the watch list now instead of at
    the next tick. (Left to Python's default, a closed terminal would kill the daemon
    without a warm shutdown, and leave the embedded Redis behind.)"""
    if daemon.scheduler is None:
        log.info("SIGHUP: nothing to reload in a worker (the schedulers publish the watch list)")
        return
    log.info("SIGHUP: reloading %s now (kept as it is when unchanged or invalid)",
             daemon.watch_file)
    daemon.scheduler.tick_now()
