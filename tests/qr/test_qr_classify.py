"""classify: which decoded texts become accounts, and what the user is told about the others.

The messages are shown in dialogs and printed by the CLI, so besides saying what the code holds they must
never repeat a secret: an otpauth text, or anything close to one, never appears in a message or a repr.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from authenticator.qr import classify
from authenticator.qr.decode import MIGRATION_MESSAGE, PREVIEW_LENGTH

SECRET = "JBSWY3DPEHPK3PXP"
OTPAUTH = f"otpauth://totp/Example:alice@example.com?secret={SECRET}&issuer=Example"
MIGRATION = "otpauth-migration://offline?data=CjMKCkhlbGxvId6tvu8SGFRlc3QxOnRlc3QxQGV4YW1wbGUxLmNvbRoFVGVzdDEgASgBMAI"


@pytest.mark.parametrize("text", [OTPAUTH, OTPAUTH.replace("otpauth", "OTPAUTH", 1), f"  {OTPAUTH}\n"])
def test_otpauth_is_an_account(text: str) -> None:
    content = classify(text)
    assert content.kind == "otpauth"
    assert content.text == OTPAUTH if text.strip() == OTPAUTH else content.text == text.strip()
    assert content.message == ""
    assert SECRET not in repr(content)


def test_migration_is_a_google_authenticator_export() -> None:
    content = classify(MIGRATION)
    assert content.kind == "migration"
    assert content.message == MIGRATION_MESSAGE
    assert content.message.startswith(
        "This QR code is a Google Authenticator export, not a single account. Import it: "
    )
    assert "CjMK" not in content.message
    assert content.text == MIGRATION


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hello world", "This QR code holds the text “hello world”, not an account."),
        ("https://example.com/setup", "This QR code holds a web address (https://example.com/setup), not an account."),
        (
            "https://example.com/a/very/long/path/that/goes/on/and/on/and/on/for/ever/and/ever?token=abc",
            "This QR code holds a web address (https://example.com/a/very/long/path/that/goes/on/and/on/an…), "
            "not an account.",
        ),
        ("WIFI:S:Home;T:WPA;P:hunter22;;", "This QR code holds Wi-Fi network settings, not an account."),
        ("BEGIN:VCARD\nFN:Alice\nEND:VCARD", "This QR code holds a contact card, not an account."),
        ("line one\n\tline\x00two", "This QR code holds the text “line one line two”, not an account."),
        ("", "This QR code holds no text, not an account."),
    ],
    ids=["text", "url", "long-url", "wifi", "vcard", "control-characters", "empty"],
)
def test_other_text_says_what_the_code_holds(text: str, message: str) -> None:
    content = classify(text)
    assert content.kind == "other"
    assert content.message == message


def test_url_query_is_never_shown() -> None:
    message = classify("https://example.com/login?session=0123456789abcdef#frag").message
    assert "session" not in message and "0123456789abcdef" not in message and "frag" not in message


@pytest.mark.parametrize(
    "text",
    [
        f"QR-Code:{MIGRATION}",
        f"otpauth:/totp/x?secret={SECRET}",
        f"otpauth:totp/x?secret={SECRET}",
        f"https://example.com/enrol?secret={SECRET}",
        f"NOT AN otpauth URL {SECRET}",
    ],
    ids=["prefixed-migration", "one-slash", "no-slashes", "secret-in-url", "mentions-otpauth"],
)
def test_near_misses_are_other_and_echo_nothing(text: str) -> None:
    """Almost-account texts may carry a secret: the message names no part of them."""
    content = classify(text)
    assert content.kind == "other"
    assert content.message == "This QR code holds text that is not a valid otpauth:// account link, not an account."
    assert SECRET not in content.message and SECRET not in repr(content)


def test_real_negative_vector_text() -> None:
    content = classify("NOT A otpauth-migration:// URL")
    assert content.kind == "other"
    assert content.message.endswith(", not an account.")


@given(st.text(max_size=2000))
def test_any_text_gets_a_short_message(text: str) -> None:
    content = classify(text)
    if content.kind == "otpauth":
        assert content.message == ""
    else:
        assert content.message
        assert len(content.message) <= len("This QR code holds a web address (), not an account.") + PREVIEW_LENGTH
        assert "\n" not in content.message


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", min_size=16, max_size=64), st.text(max_size=40))
def test_a_secret_in_an_otpauth_like_text_never_reaches_the_message(secret: str, label: str) -> None:
    for text in (f"otpauth://totp/{label}?secret={secret}", f"x otpauth://totp/{label}?secret={secret}"):
        content = classify(text)
        assert secret not in content.message
        assert secret not in repr(content)
