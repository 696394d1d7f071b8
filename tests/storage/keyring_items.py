"""Items in the test Secret Service, made and removed the way ``keyring`` makes them, on one connection.

``keyring`` opens a D-Bus connection per call (~32 ms to create an item); tests that need many items use
these instead.
"""

from __future__ import annotations

from typing import Any

KEYRING_APPLICATION = "Python keyring library"  # the attribute keyring itself sets on its items


def open_collection() -> Any:
    import secretstorage

    connection = secretstorage.dbus_init()
    return secretstorage.get_default_collection(connection)


def delete_items(service: str, usernames: set[str] | None = None) -> None:
    collection = open_collection()
    try:
        for item in collection.search_items({"service": service}):
            if usernames is None or item.get_attributes().get("username") in usernames:
                item.delete()
    finally:
        collection.connection.close()


def create_items(service: str, secrets: dict[str, str]) -> None:
    """Create items the way keyring does, on one connection (keyring opens one per call: ~32 ms each)."""
    collection = open_collection()
    try:
        for username, secret in secrets.items():
            attributes = {"service": service, "username": username, "application": KEYRING_APPLICATION}
            collection.create_item(f"Password for '{username}' on '{service}'", attributes, secret.encode())
    finally:
        collection.connection.close()
