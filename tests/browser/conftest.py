"""A real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, for the HTML views.

No browser is ever downloaded: the executable is ``$NEWSGRAPH_CHROMIUM`` when
set, else ``/usr/bin/chromium`` (or ``chromium`` on the PATH). When it is missing the browser tests fail under
``CI=true`` and are skipped otherwise.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "queries"))

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    env = os.environ.get("NEWSGRAPH_CHROMIUM")
    for cand in ((env,) if env else ("/usr/bin/chromium", shutil.which("chromium"))):
        if cand and Path(cand).is_file() and os.access(cand, os.X_OK):
            return cand
    return None


@dataclass
class PageLog:
    """What a page did: console messages, page errors, requests, dialogs."""

    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory):
    exe = chromium_path()
    if exe is None:
        where = os.environ.get("NEWSGRAPH_CHROMIUM") or "/usr/bin/chromium"
        msg = f"Chromium not found at {where} (set NEWSGRAPH_CHROMIUM, or apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=exe, headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1280, "height": 900})
        try:
            yield ctx
        finally:
            ctx.close()


@pytest.fixture
def open_view(browser_context):
    """``open_view(path) -> (page, log)``: load an HTML file offline, waiting until the view is drawn."""
    pages = []

    def _open(path: Path, timeout_ms: int = 30_000):
        page = browser_context.new_page()
        pages.append(page)
        log = PageLog()
        page.on("console", lambda m: log.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: log.errors.append(str(e)))
        page.on("dialog", lambda d: (log.dialogs.append(d.message), d.dismiss()))

        def route(r):
            url = r.request.url
            log.requests.append(url)
            if url.startswith("file://"):
                r.continue_()
            else:
                log.blocked.append(url)
                r.abort()

        page.route("**/*", route)
        page.goto(Path(path).resolve().as_uri())
        page.wait_for_function("window.newsgraphView && window.newsgraphView.ready === true", timeout=timeout_ms)
        return page, log

    yield _open
    for page in pages:
        page.close()
