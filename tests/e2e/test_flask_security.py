"""End to end against a real 2FA web server: Flask-Security-Too's "authenticator" two-factor method.

The server (tests/e2e/fs_app.py) runs in its own process on 127.0.0.1 and is stopped by its PID. The test
plays a user with a browser (cookies, CSRF tokens, forms, redirects, over real HTTP): it turns two-factor
login on by decoding the served QR code with our decoder through the public API (the inline SVG, rendered on
white; the secret printed under the code is never read), confirms with our code, logs out, logs in with
password + our code, checks that a wrong code is refused, spends one recovery code (kept in our backup-code
store, which then counts it used) and checks that the server refuses it a second time, and turns two-factor
login off again.

The codes are for this computer's real time, because the server reads the same clock; that is the one place
in the suite where "now" is the wall clock. Flask-Security accepts ±4 steps, so a wrong code is picked
outside ±5 steps to be sure it is wrong.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from support import need

from authenticator import api
from authenticator.storage.backup_codes import BackupCodeStore, parse_codes
from authenticator.storage.vault import Vault

HERE = Path(__file__).resolve().parent


def _have(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


# -- a minimal browser --------------------------------------------------------------------------------------


@dataclass
class Form:
    name: str
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)
    options: dict[str, list[str]] = field(default_factory=dict)  # radio buttons: name -> values


class _PageParser(HTMLParser):
    """Forms (hidden fields included: the CSRF token), images by id, list items (recovery codes), flashed errors."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: dict[str, Form] = {}
        self.images: dict[str, str] = {}
        self.items: list[str] = []
        self.errors: list[str] = []  # error messages (flashed, or beside a form field)
        self._form: Form | None = None
        self._in_item: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._form = Form(a.get("name", ""), a.get("action", ""), a.get("method", "get").lower())
            self.forms[self._form.name] = self._form
        elif tag == "input" and self._form is not None and a.get("name"):
            if a.get("type") == "radio":
                self._form.options.setdefault(a["name"], []).append(a.get("value", ""))
            elif a.get("type") not in ("submit", "checkbox"):
                self._form.fields[a["name"]] = a.get("value", "")
        elif tag == "img" and a.get("id"):
            self.images[a["id"]] = a.get("src", "")
        elif tag == "li" and "fs-div" in a.get("class", ""):
            self._in_item = self.items
        elif tag == "li" and "fs-error-msg" in a.get("class", "").split():  # flashed or beside a field
            self._in_item = self.errors

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "li":
            self._in_item = None

    def handle_data(self, data: str) -> None:
        if self._in_item is not None and data.strip():
            self._in_item.append(data.strip())


class Browser:
    """Cookies, redirects and form submission over real HTTP; keeps the last page parsed."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        self.url = ""
        self.html = ""
        self.page = _PageParser()

    def _load(self, request: urllib.request.Request | str) -> None:
        try:
            response = self.opener.open(request, timeout=20)
        except urllib.error.HTTPError as error:  # a refusal page is still a page
            response = error
        self.url = response.geturl() or ""
        self.html = response.read().decode("utf-8")
        self.page = _PageParser()
        self.page.feed(self.html)

    def get(self, path: str) -> None:
        self._load(self.base + path)

    @property
    def path(self) -> str:
        return urllib.parse.urlsplit(self.url).path

    def form(self, name: str) -> Form:
        assert name in self.page.forms, f"no form {name!r} on {self.path}; forms: {sorted(self.page.forms)}"
        return self.page.forms[name]

    def submit(self, name: str, **values: str) -> None:
        form = self.form(name)
        data = {**form.fields, **values}
        assert form.method == "post", form.method
        url = urllib.parse.urljoin(self.url, form.action)
        self._load(urllib.request.Request(url, data=urllib.parse.urlencode(data).encode(), method="POST"))


# -- the server -----------------------------------------------------------------------------------------------


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    need(
        _have("flask_security") and _have("flask_sqlalchemy"),
        "flask-security-too is not installed (pip install -e '.[test]')",
    )
    env = {**os.environ, "PYTHONPATH": str(HERE)}
    process = subprocess.Popen(
        [sys.executable, str(HERE / "fs_app.py"), str(tmp_path / "fs.db")],
        stdout=subprocess.PIPE,
        stderr=open(tmp_path / "server.log", "wb"),  # noqa: SIM115 - closed with the process
        env=env,
        cwd=tmp_path,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().decode().split()  # blocks until the server listens (or dies)
        assert line[:1] == ["PORT"], f"server did not start: {(tmp_path / 'server.log').read_text()[-2000:]}"
        yield f"http://127.0.0.1:{int(line[1])}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# -- the scenario -----------------------------------------------------------------------------------------------


def log_in_with_password(browser: Browser, email: str, password: str) -> None:
    browser.get("/login")
    browser.submit("login_user_form", email=email, password=password)


def log_out(browser: Browser) -> None:
    """Press "Sign Out" in the menu (logout is a POST form there)."""
    browser.get("/tf-setup")
    browser.submit("logout_form")


def start_authenticator_setup(browser: Browser) -> str:
    """Choose the authenticator method at /tf-setup; the otpauth link decoded from the page's QR code."""
    browser.get("/tf-setup")
    assert "authenticator" in browser.form("two_factor_setup_form").options["setup"]
    browser.submit("two_factor_setup_form", setup="authenticator")
    src = browser.page.images["qrcode"]
    assert src.startswith("data:image/svg+xml")
    uris = api.otpauth_uris(src)
    assert len(uris) == 1
    return uris[0]


def is_signed_in(browser: Browser) -> bool:
    browser.get("/")
    return browser.path == "/" and HOME_TEXT in browser.html


def wrong_code(uri: str, now: float) -> str:
    """A 6-digit code that is none of the codes the server could accept around ``now``."""
    near = {c.code for c in api.codes(uri, at=now, window=6)}
    candidate = int(api.code(uri, at=now))
    while f"{candidate:06d}" in near:
        candidate = (candidate + 1) % 1_000_000
    return f"{candidate:06d}"


# The same values as in fs_app.py (not imported from it: that would load Flask into the test process).
HOME_TEXT = "Signed in to the example shop"
EMAIL = "tester@example.org"
PASSWORD = "correct horse battery staple 42"
ISSUER = "Example Shop"


def test_enroll_log_in_recover_and_disable_against_flask_security(server: str, vault: Vault) -> None:
    need(_have("cairosvg"), "cairosvg is not installed: the server's QR code is an SVG (pip install -e '.[test]')")
    browser = Browser(server)

    # Log in with the password alone: two-factor login is not on yet.
    log_in_with_password(browser, EMAIL, PASSWORD)
    assert is_signed_in(browser)

    # Turn two-factor login on: the page shows the QR code as an inline SVG data URL.
    uri = start_authenticator_setup(browser)
    parsed = api.parse_uri(uri)
    assert (parsed.account.issuer, parsed.account.name, parsed.account.type.value) == (ISSUER, EMAIL, "totp")
    report = api.inspect(uri)
    assert report.usable and report.worst is None, [f.code for f in report.findings]

    # A wrong confirmation code is refused; ours is accepted.
    browser.submit("two_factor_verify_code_form", code=wrong_code(uri, time.time()))
    assert browser.page.errors == ["Invalid code"], "a wrong setup code was accepted"
    assert "Currently setup two-factor method: none" in browser.html
    uri = start_authenticator_setup(browser)  # the setup starts over, with a new QR code
    browser.submit("two_factor_verify_code_form", code=api.code(uri, at=time.time()))
    browser.get("/tf-setup")
    assert "Currently setup two-factor method: authenticator" in browser.html
    confirmed = api.parse_uri(uri)
    account = vault.add(confirmed.account, confirmed.secret)

    # The server issues recovery codes: keep them in our backup-code store (the keyring item in real use).
    browser.get("/mf-recovery-codes")
    browser.submit("mf_recovery_codes_form", generate_new_codes="Generate New Recovery Codes")
    issued = parse_codes("\n".join(browser.page.items))
    assert len(issued) == 5, browser.page.items
    backup = BackupCodeStore(vault.secrets)
    assert backup.replace(account.id, issued).remaining == 5

    # Log out (POST only), then the password alone no longer signs in.
    log_out(browser)
    assert not is_signed_in(browser)
    log_in_with_password(browser, EMAIL, PASSWORD)
    assert browser.path == "/tf-validate"
    assert not is_signed_in(browser)

    # At the code prompt: a wrong code is refused, ours signs in.
    log_in_with_password(browser, EMAIL, PASSWORD)
    browser.submit("two_factor_verify_code_form", code=wrong_code(uri, time.time()))
    assert browser.path == "/tf-validate" and browser.page.errors, "a wrong code was not refused"
    assert not is_signed_in(browser)
    log_in_with_password(browser, EMAIL, PASSWORD)
    browser.submit("two_factor_verify_code_form", code=api.code(uri, at=time.time()))
    assert is_signed_in(browser)

    # A recovery code signs in once: mark it used in our store, and the server refuses it the second time.
    recovery = backup.get(account.id).next_unused()
    assert recovery is not None
    for attempt in range(2):
        log_out(browser)
        log_in_with_password(browser, EMAIL, PASSWORD)
        browser.submit("two_factor_rescue_form", help_setup="recovery_code")
        assert browser.path == "/mf-recovery"
        browser.submit("mf_recovery_form", code=recovery.code)
        if attempt == 0:
            assert is_signed_in(browser)
            left = backup.use(account.id, recovery.code)
            assert (left.remaining, left.low) == (4, False)
        else:
            assert browser.page.errors, "no refusal for a used recovery code"
            assert not is_signed_in(browser), "the server accepted a recovery code twice"

    # Sign in with our code again and turn two-factor login off.
    log_in_with_password(browser, EMAIL, PASSWORD)
    browser.submit("two_factor_verify_code_form", code=api.code(uri, at=time.time()))
    assert is_signed_in(browser)
    browser.get("/tf-setup")
    assert "disable" in browser.form("two_factor_setup_form").options["setup"]
    browser.submit("two_factor_setup_form", setup="disable")
    log_out(browser)
    log_in_with_password(browser, EMAIL, PASSWORD)
    assert is_signed_in(browser), "two-factor login is still on after disabling it"

    # Removing the account removes its backup codes from the keyring too.
    vault.remove(account.id)
    assert backup.get(account.id).total == 0
