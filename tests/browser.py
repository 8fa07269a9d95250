"""Headless Chromium for the story page's browser tests: Debian's `chromium` package, driven
by its command-line flags (no driver, never a downloaded browser), without network beyond the
loopback pages it is pointed at.

    chromium_or_skip() -> path            skips the test with the reason when none is found
    dump_dom(binary, url, tmp) -> str     the DOM after the page rendered
    screenshot(binary, url, png, width)   a PNG of the page at that window width
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CANDIDATES = ("chromium", "chromium-browser", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
         # no network: every name but the loopback resolves nowhere
         "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1")
TIMEOUT = 60
SCREENSHOT_DIR = "NEWSMON_SCREENSHOT_DIR"  # also write the screenshots there (README image)


def chromium_or_skip() -> str:
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no headless Chromium found (Debian: apt-get install chromium; .ci/run "
                "installs it when missing)")


def _run(binary: str, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp / "chromium-profile"
    profile.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *args],
                            capture_output=True, text=True, timeout=TIMEOUT,
                            env={**os.environ, "HOME": str(tmp)})
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def dump_dom(binary: str, url: str, tmp: Path) -> str:
    return _run(binary, tmp, "--dump-dom", url).stdout


def screenshot(binary: str, url: str, png: Path, width: int, height: int = 2000) -> Path:
    _run(binary, png.parent, f"--screenshot={png}", f"--window-size={width},{height}", url)
    assert png.is_file() and png.stat().st_size > 10_000, f"no screenshot at {png}"
    keep = os.environ.get(SCREENSHOT_DIR)
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, Path(keep) / png.name)
    return png
