"""The shipped deployment files work as written: docker-compose.yml (structure, healthchecks
that really probe /healthz, ports on the host's loopback only), contrib/prometheus.yml and the
example alerting rules (every metric they name is one newsmon serves).

Docker is often installed without its compose plugin: `docker compose config` runs when it is
there, and is skipped with the reason otherwise; the structural checks always run."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from prometheus_client import REGISTRY
from ruamel.yaml import YAML

from monitor import metrics  # noqa: F401  (registers every family newsmon records)
from monitor.settings import StatusSettings
from workers.health import Health
from workers.status_server import StatusServer, metrics_text

REPO = Path(__file__).resolve().parent.parent
COMPOSE = REPO / "docker-compose.yml"
CONTRIB = REPO / "contrib"


def load(path: Path):
    return YAML(typ="safe").load(path.read_text())


@pytest.fixture(scope="module")
def compose() -> dict:
    return load(COMPOSE)


def test_compose_runs_redis_with_persistence_a_scheduler_and_scalable_workers(compose):
    services = compose["services"]
    assert {"redis", "scheduler", "worker", "rabbitmq", "prometheus"} <= set(services)
    redis = services["redis"]
    assert "--appendonly" in redis["command"] and "yes" in redis["command"]
    assert any(v.endswith(":/data") for v in redis["volumes"])
    assert services["scheduler"]["command"] == ["scheduler"]
    assert services["worker"]["command"] == ["worker"]
    # Scalable: no fixed name, no published port that a second replica would fight over.
    assert "container_name" not in services["worker"] and "ports" not in services["worker"]
    for role in ("scheduler", "worker"):
        service = services[role]
        env = service["environment"]
        assert env["NEWSMON_STATUS_HOST"] == "0.0.0.0"
        assert env["NEWSMON_REDIS_URL"].startswith("redis://redis:")
        assert service["depends_on"]["redis"]["condition"] == "service_healthy"
        assert service["depends_on"]["rabbitmq"]["required"] is False
        assert all(v.endswith(":ro") for v in service["volumes"]), service["volumes"]
        assert service["stop_grace_period"] == "40s"
        # Listening on the container network: the API needs the token, from the environment.
        assert env["NEWSMON_STATUS_TOKEN"].startswith("${NEWSMON_STATUS_TOKEN:?"), env
        secrets = {k: v for k, v in env.items()
                   if re.search("SECRET|PASSWORD|_URL|TOKEN", k)}
        assert all(v.startswith("${") or "://" in v and "@" not in v
                   for v in secrets.values()), secrets  # from the environment, not written


def test_optional_services_are_profiles_and_ports_bind_the_hosts_loopback(compose):
    services = compose["services"]
    assert services["rabbitmq"]["profiles"] == ["rabbitmq"]
    assert services["prometheus"]["profiles"] == ["prometheus"]
    assert all("profiles" not in services[s] for s in ("redis", "scheduler", "worker"))
    published = [p for s in services.values() for p in s.get("ports", [])]
    assert published and all(str(p).startswith("127.0.0.1:") for p in published), published
    assert "127.0.0.1:8787:8787" in services["scheduler"]["ports"]


def _healthcheck_code(service: dict) -> tuple[str, int]:
    test = service["healthcheck"]["test"]
    assert test[:3] == ["CMD", "python", "-c"], test  # the image has python; no curl needed
    code = test[3]
    port = int(re.search(r"127\.0\.0\.1:(\d+)/healthz", code).group(1))
    return code, port


@pytest.mark.parametrize("role, default_port", [
    ("scheduler", StatusSettings().port), ("worker", StatusSettings().worker_port)])
def test_healthchecks_probe_healthz_on_the_roles_port_and_fail_on_503(compose, role,
                                                                       default_port):
    code, port = _healthcheck_code(compose["services"][role])
    assert port == default_port
    health = Health(liveness={"loop": lambda: None})
    server = StatusServer("127.0.0.1", 0, lambda: (None, None), health)
    server.start()
    try:
        probe = code.replace(f"127.0.0.1:{port}", server.url.removeprefix("http://"))
        assert subprocess.run([sys.executable, "-c", probe], timeout=30).returncode == 0
        health.liveness["loop"] = lambda: "stuck"
        failing = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=30)
        assert failing.returncode != 0 and b"503" in failing.stderr
    finally:
        server.stop()


def _served_families() -> set[str]:
    names = {m.name for m in REGISTRY.collect() if m.name.startswith("newsmon_")}
    status = {"feeds": [], "queues": {}, "articles": 0,
              "deliveries": {"awaiting_replay": 0, "disabled_sinks": {}}}
    names |= set(re.findall(r"^# TYPE (newsmon_\w+)", metrics_text(status).decode(), re.M))
    return names


def test_prometheus_scrapes_every_role_and_the_rules_name_served_metrics():
    config = load(CONTRIB / "prometheus.yml")
    [job] = config["scrape_configs"]
    assert job["static_configs"][0]["targets"] == [f"scheduler:{StatusSettings().port}"]
    assert job["dns_sd_configs"][0] == {"names": ["worker"], "type": "A",
                                        "port": StatusSettings().worker_port}
    assert config["rule_files"] == ["/etc/prometheus/newsmon-alerts.yml"]
    rules = load(CONTRIB / "newsmon-alerts.yml")["groups"][0]["rules"]
    served = _served_families()
    # A counter family `newsmon_x` is exposed as newsmon_x_total; histograms as _count etc.
    exposed = served | {f"{n}_total" for n in served} | {
        f"{n}{s}" for n in served for s in ("_count", "_sum", "_bucket")}
    for rule in rules:
        named = set(re.findall(r"newsmon_\w+", rule["expr"]))
        assert named <= exposed, (rule["alert"], named - exposed)
        assert rule["labels"]["severity"] and rule["annotations"]["summary"]


def test_docker_compose_accepts_the_file():
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("docker is not installed")
    if subprocess.run([docker, "compose", "version"], capture_output=True).returncode != 0:
        pytest.skip("docker is installed without its compose plugin (docker compose)")
    for profiles in ([], ["--profile", "rabbitmq", "--profile", "prometheus"]):
        run = subprocess.run([docker, "compose", "-f", str(COMPOSE), *profiles, "config",
                              "--quiet"], capture_output=True, text=True, cwd=REPO, timeout=60,
                             env={**os.environ, "NEWSMON_STATUS_TOKEN": "t" * 32})
        assert run.returncode == 0, run.stderr


def test_the_systemd_unit_is_valid_and_stops_warm():
    unit = (CONTRIB / "newsmon.service").read_text()
    assert "ExecStartPre=/opt/newsmon/bin/newsmon check" in unit
    assert "KillMode=mixed" in unit and "TimeoutStopSec=40" in unit
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    run = subprocess.run([analyze, "verify", str(CONTRIB / "newsmon.service")],
                         capture_output=True, text=True, timeout=60)
    # The unit names the install location, absent on a test machine: that is the only problem.
    problems = [line for line in (run.stdout + run.stderr).splitlines()
                if line.strip() and "/opt/newsmon/bin/newsmon" not in line]
    assert problems == []
