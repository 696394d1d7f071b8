"""Batched reads from the freedesktop Secret Service (gnome-keyring, KWallet ≥ 5.97, KeePassXC).

``keyring`` opens a D-Bus connection and a session per call (~18 ms each against gnome-keyring). Start-up
instead uses one connection and pipelined calls:

* a few ids (the rows on screen): one ``SearchItems`` per id, all sent before the first reply is read;
* many ids: one ``SearchItems`` for our service attribute and every item's attributes, pipelined;

then one ``GetSecrets`` call for every item found (500 items: ~0.2 s in all, against ~9 s one by one).
Items are the ones ``keyring`` itself writes (attributes ``service`` and ``username``), so both paths read and
write the same data.

:func:`direct_read_allowed` says when we may open the Secret Service ourselves instead of asking ``keyring``
to choose a backend first: importing ``keyring`` and probing every backend costs ~0.1 s, which the first
code on screen should not wait for.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

#: Up to this many ids are looked up one search each; more are found by one scan of our items.
SMALL_BATCH = 64
_PIPELINE_CHUNK = 128
_ITEM_IFACE = "org.freedesktop.Secret.Item"
_COLLECTION_IFACE = "org.freedesktop.Secret.Collection"


def direct_read_allowed(environ: dict[str, str] | None = None) -> bool:
    """True when ``keyring`` would pick the Secret Service anyway, so reading it directly is the same read.

    That is the case on Linux unless the user chose a backend (``PYTHON_KEYRING_BACKEND`` or a
    ``keyringrc.cfg``), or runs KDE, where ``keyring`` prefers KWallet's own interface. Backends from other
    installed packages could also outrank the Secret Service; our environment installs none (a test checks
    that this prediction matches ``keyring``'s choice).
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("PYTHON_KEYRING_BACKEND"):
        return False
    if not env.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    if "KDE" in env.get("XDG_CURRENT_DESKTOP", "").split(":"):
        return False
    config_home = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return not (config_home / "python_keyring" / "keyringrc.cfg").exists()


def backend_collection(backend: Any) -> Callable[[], Any]:
    """Opens the collection ``keyring``'s backend uses, unlocked (this may show the unlock prompt)."""
    return backend.get_preferred_collection


def default_collection() -> Any:
    """The default collection on a new connection, without ``keyring``; unlocked or LockedException."""
    import secretstorage
    from secretstorage.exceptions import LockedException

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked():
            collection.unlock()  # may show the desktop's prompt; we are on a worker thread
            if collection.is_locked():
                raise LockedException("The collection was not unlocked.")
    except BaseException:
        connection.close()
        raise
    return collection


def check_collection(open_collection: Callable[[], Any]) -> None:
    open_collection().connection.close()


def read(open_collection: Callable[[], Any], service: str, wanted: Iterable[str]) -> dict[str, str]:
    """Secrets of the items filed under ``service`` whose ``username`` is in ``wanted``."""
    from secretstorage.defines import SS_PATH
    from secretstorage.util import DBusAddressWrapper, open_session

    ids = set(wanted)
    if not ids:
        return {}
    collection = open_collection()
    with closing(collection.connection) as connection:
        if len(ids) <= SMALL_BATCH:
            by_path = _search_each(connection, collection.collection_path, service, sorted(ids))
        else:
            by_path = _scan_service(connection, collection, service, ids)
        if not by_path:
            return {}
        session = open_session(connection)
        service_iface = DBusAddressWrapper(SS_PATH, "org.freedesktop.Secret.Service", connection)
        (secrets,) = service_iface.call("GetSecrets", "aoo", list(by_path), session.object_path)
        found: dict[str, str] = {}
        for path, secret in secrets.items():
            account_id = by_path.get(path)
            if account_id is not None:
                found[account_id] = _decrypt(session, secret).decode("utf-8")
        return found


def _search_each(connection: Any, collection_path: str, service: str, ids: list[str]) -> dict[str, str]:
    """Item path → id, one ``SearchItems`` per id, pipelined."""
    from jeepney import DBusAddress, new_method_call
    from secretstorage.util import BUS_NAME

    address = DBusAddress(collection_path, bus_name=BUS_NAME, interface=_COLLECTION_IFACE)
    messages = [new_method_call(address, "SearchItems", "a{ss}", ({"service": service, "username": i},)) for i in ids]
    by_path: dict[str, str] = {}
    for account_id, body in zip(ids, _pipelined(connection, messages), strict=True):
        if body and body[0]:
            by_path[body[0][0]] = account_id  # keyring's set_password replaces, so there is one item per id
    return by_path


def _scan_service(connection: Any, collection: Any, service: str, ids: set[str]) -> dict[str, str]:
    """Item path → id, from one ``SearchItems`` for the service and every item's attributes, pipelined."""
    from jeepney import DBusAddress, Properties
    from secretstorage.util import BUS_NAME

    (paths,) = collection._collection.call("SearchItems", "a{ss}", {"service": service})
    messages = [
        Properties(DBusAddress(path, bus_name=BUS_NAME, interface=_ITEM_IFACE)).get("Attributes") for path in paths
    ]
    by_path: dict[str, str] = {}
    seen: set[str] = set()
    for path, body in zip(paths, _pipelined(connection, messages), strict=True):
        username = dict(body[0][1]).get("username") if body else None
        if username in ids and username not in seen:
            seen.add(username)
            by_path[path] = username
    return by_path


def _chunk_replies(connection: Any, messages: list[Any]) -> Iterator[list[tuple[int, Any]]]:
    """Send the method calls a chunk at a time, sending a chunk whole before reading its replies; yield each chunk's
    ``(message index, reply)`` pairs once all of its replies are in.

    Asking one thing at a time costs a full D-Bus round trip each (~0.8 s for 500 items); sending them
    together lets the daemon answer back to back. Chunks bound what waits in the socket buffers, and a caller
    that stops iterating sends no further chunk.
    """
    from jeepney import HeaderFields

    for chunk_start in range(0, len(messages), _PIPELINE_CHUNK):
        pending: dict[int, int] = {}
        for index in range(chunk_start, min(chunk_start + _PIPELINE_CHUNK, len(messages))):
            serial = next(connection.outgoing_serial)
            connection.send(messages[index], serial=serial)
            pending[serial] = index
        replies: list[tuple[int, Any]] = []
        while pending:
            reply = connection.receive(timeout=10)
            index = pending.pop(reply.header.fields.get(HeaderFields.reply_serial), None)
            if index is not None:  # else a signal or an unrelated message
                replies.append((index, reply))
        yield replies


def _pipelined(connection: Any, messages: list[Any]) -> list[tuple[Any, ...] | None]:
    """Pipelined method calls (:func:`_chunk_replies`): each reply's body, or None on an error."""
    from jeepney import MessageType

    results: list[tuple[Any, ...] | None] = [None] * len(messages)
    for replies in _chunk_replies(connection, messages):
        for index, reply in replies:
            if reply.header.message_type is MessageType.method_return:
                results[index] = reply.body
    return results


def _decrypt(session: Any, secret: tuple[Any, ...]) -> bytes:
    """Decrypt one (session, parameters, value, content_type) struct as secretstorage's Item does."""
    if not session.encrypted:
        return bytes(secret[2])
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    decryptor = Cipher(algorithms.AES(session.aes_key), modes.CBC(bytes(secret[1]))).decryptor()
    padded = decryptor.update(bytes(secret[2])) + decryptor.finalize()
    return padded[: -padded[-1]]


# -- batched writes (bulk import) ---------------------------------------------------------------------------

#: The ``application`` attribute ``keyring`` itself puts on its items; ours match them item for item.
KEYRING_APPLICATION = "Python keyring library"


def write(open_collection: Callable[[], Any], service: str, secrets: dict[str, str], application: str) -> None:
    """Create (or replace) one item per id, as ``keyring.set_password`` would, over one connection.

    ``CreateItem`` calls are pipelined; the first error reply is raised after all replies are read, so the
    caller knows the batch failed and deletes what it wrote (:func:`delete`). Item labels and attributes
    name the id and the service only, never the secret.
    """
    from jeepney import DBusAddress, new_method_call
    from secretstorage.defines import SS_PREFIX
    from secretstorage.util import BUS_NAME, format_secret, open_session

    if not secrets:
        return
    collection = open_collection()
    with closing(collection.connection) as connection:
        session = open_session(connection)
        address = DBusAddress(collection.collection_path, bus_name=BUS_NAME, interface=_COLLECTION_IFACE)
        messages = []
        for account_id, secret in secrets.items():
            properties = {
                SS_PREFIX + "Item.Label": ("s", f"Password for '{account_id}' on '{service}'"),
                SS_PREFIX + "Item.Attributes": (
                    "a{ss}",
                    {"service": service, "username": account_id, "application": application},
                ),
            }
            wire_secret = format_secret(session, secret.encode("utf-8"), "text/plain")
            messages.append(new_method_call(address, "CreateItem", "a{sv}(oayays)b", (properties, wire_secret, True)))
        for body in _pipelined_strict(connection, messages):
            item_path = body[0]
            if len(item_path) <= 1:  # "/": the service wants a prompt, i.e. the collection locked meanwhile
                from secretstorage.exceptions import LockedException

                raise LockedException("The collection asked for a prompt while items were written.")


def delete(open_collection: Callable[[], Any], service: str, ids: Iterable[str]) -> None:
    """Delete the items filed under ``service`` for these ids, over one connection; absent ids are skipped."""
    from jeepney import DBusAddress, new_method_call
    from secretstorage.util import BUS_NAME

    wanted = set(ids)
    if not wanted:
        return
    collection = open_collection()
    with closing(collection.connection) as connection:
        if len(wanted) <= SMALL_BATCH:
            by_path = _search_each(connection, collection.collection_path, service, sorted(wanted))
        else:
            by_path = _scan_service(connection, collection, service, wanted)
        messages = [
            new_method_call(DBusAddress(path, bus_name=BUS_NAME, interface=_ITEM_IFACE), "Delete") for path in by_path
        ]
        _pipelined_strict(connection, messages)


def _pipelined_strict(connection: Any, messages: list[Any]) -> list[tuple[Any, ...]]:
    """Like :func:`_pipelined`, but an error reply is raised (after every reply of its chunk was read, so none is
    left waiting in the socket, and with no later chunk sent) instead of being returned as None."""
    from jeepney import HeaderFields, MessageType
    from jeepney.wrappers import DBusErrorResponse

    results: list[tuple[Any, ...]] = [()] * len(messages)
    first_error: Any = None
    for replies in _chunk_replies(connection, messages):
        for index, reply in replies:
            if reply.header.message_type is MessageType.error:
                first_error = first_error or reply
            else:
                results[index] = reply.body
        if first_error is not None:
            break
    if first_error is not None:
        name = first_error.header.fields.get(HeaderFields.error_name, "")
        if name.endswith("IsLocked"):
            from secretstorage.exceptions import LockedException

            raise LockedException("The collection is locked.")
        raise DBusErrorResponse(first_error)
    return results
