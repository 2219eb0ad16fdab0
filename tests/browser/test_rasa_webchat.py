"""rasa-webchat 1.0.1, the most used web client of Rasa's socket.io channel, taken unmodified from
npm during the run (never vendored), embedded in a page on another origin and pointed at our web
app: a visitor opens with a question and goes through discovery in Chromium."""

from __future__ import annotations

import subprocess
import tarfile
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from bot.settings import PROJECT_ROOT
from tests.e2e.stack import Stack, free_port, start_stack
from tests.model import trained_model

pytestmark = [pytest.mark.slow, pytest.mark.browser]
WEBCHAT = "rasa-webchat@1.0.1"
ARTIFACTS = PROJECT_ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def webchat_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("npm")
    packed = subprocess.run(
        ["npm", "pack", WEBCHAT, "--silent"], cwd=folder, capture_output=True, text=True, timeout=300
    )
    assert packed.returncode == 0, f"npm pack {WEBCHAT} failed: {packed.stderr[-2000:]}"
    with tarfile.open(folder / packed.stdout.strip().splitlines()[-1]) as archive:
        archive.extract("package/lib/index.js", folder, filter="data")
    return folder / "package" / "lib" / "index.js"


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    trained_model()
    data = tmp_path_factory.mktemp("webchat-stack")
    stack = start_stack(data, f"sqlite:///{data / 'leads.db'}")
    yield stack
    stack.stop()


@pytest.fixture(scope="module")
def other_origin(tmp_path_factory: pytest.TempPathFactory, webchat_script: Path, stack: Stack) -> Iterator[str]:
    """A customer's site: its own origin, serving its page and the widget it installed from npm."""
    site = tmp_path_factory.mktemp("customer-site")
    (site / "webchat.js").write_bytes(webchat_script.read_bytes())
    (
        site / "index.html"
    ).write_text(f"""<!doctype html><html><head><meta charset="utf-8"><title>Acme pricing</title></head>
<body><h1>Pricing</h1><div id="webchat"></div>
<script src="/webchat.js"></script>
<script>
  WebChat.default({{selector: "#webchat", socketUrl: "{stack.web}", socketPath: "/socket.io/", embedded: true,
    title: "Acme", customMessageDelay: function () {{ return 0; }},
    customData: {{plan: "business", page: "/pricing", timezone: "Europe/Berlin"}},
    params: {{storage: "session"}}}}, null);
</script></body></html>""")

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(site), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def answers(page: Page) -> int:
    return page.locator(".rw-response").count()


def say(page: Page, text: str) -> str:
    """Send, wait until this turn's replies (several messages) have all arrived; the last one."""
    before = answers(page)
    page.locator(".rw-new-message").fill(text)
    page.locator(".rw-new-message").press("Enter")
    expect(page.locator(".rw-response")).not_to_have_count(before, timeout=30_000)
    seen = -1
    while seen != answers(page):
        seen = answers(page)
        page.wait_for_timeout(1000)
    return page.locator(".rw-response").last.inner_text()


def test_rasa_webchat_from_npm_on_another_origin_walks_a_visitor_through_discovery(
    browser: Browser, other_origin: str, stack: Stack
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    failed: list[str] = []
    page.on("console", lambda message: failed.append(message.text) if message.type == "error" else None)
    try:
        page.goto(other_origin)
        expect(page.locator(".rw-new-message")).to_be_visible(timeout=20_000)  # the widget appeared
        say(page, "do you support SSO?")
        expect(page.locator(".rw-response").first).to_contain_text("Hi there!")  # the hello first, then the answer
        expect(page.locator(".rw-response").nth(1)).to_contain_text("SAML")
        questions = [
            say(page, text)
            for text in (
                "sure, happy to answer a few questions",
                "we're a software company",
                "about 200 people",
                "roughly 80k a year",
                "I'm the CTO",
                "next quarter",
            )
        ]
        assert all("?" in question for question in questions), "\n".join(questions)  # a question after each answer
        assert len(set(questions)) == len(questions)  # a new one each time: nothing asked twice
        expect(page.locator(".rw-reply").first).to_be_visible()  # the consent question, with buttons
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "rasa-webchat-discovery.png"))
        session_id = page.evaluate("() => JSON.parse(sessionStorage.getItem('chat_session')).session_id")
    finally:
        context.close()
    assert not [m for m in failed if "socket" in m.lower()], failed
    sender = session_id.split(".")[0]
    slots = stack.tracker(sender)["slots"]
    assert (slots["industry"], slots["company_size"], slots["budget"], slots["authority"]) == (
        "software",
        200,
        80000.0,
        "decision_maker",
    )
    assert slots["timeline"] is not None and slots["requested_slot"] == "consent"
    assert slots["plan"] == "business"  # customData reached Rasa as metadata
