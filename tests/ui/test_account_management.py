"""Favourites, groups, notes and icons end to end: the dialog's Details section, the header's filter, Ctrl+D,
icons from real picture files (and refused ones), and what the rows paint and say."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from ui_support import RFC_KEY, wait_idle

from authenticator.core import otp
from authenticator.core.account import Account
from authenticator.core.groups import MAX_NOTE_LENGTH
from authenticator.storage.icons import ICON_KEEP, icons_dir
from authenticator.storage.metadata import MetadataStore
from authenticator.storage.vault import Vault
from authenticator.ui.account_management import FILTER_FAVOURITES
from authenticator.ui.avatars import AvatarCache, default_colour, initial, text_colour_on
from authenticator.ui.dialogs.account_dialog import AccountDialog
from authenticator.ui.models.account_model import AccountListModel, Role
from authenticator.ui.models.filter import AccountFilterModel
from authenticator.ui.settings import VIEW_FILTER
from authenticator.ui.theme import contrast


def proxy_index(window, account_id: str) -> QModelIndex:  # type: ignore[no-untyped-def]
    return window.proxy.mapFromSource(window.model.index(window.model.row_of(account_id)))


def shown_issuers(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.proxy.index(r, 0).data(Role.ISSUER) for r in range(window.proxy.rowCount())]


def reloaded(vault: Vault, memory_secrets, account_id: str) -> Account:  # type: ignore[no-untyped-def]
    """The account as a fresh process would read it from the metadata file."""
    return Vault(MetadataStore(vault.metadata.path), memory_secrets).get(account_id)


def picture(path: Path, colour: str = "#ff0000", size: tuple[int, int] = (300, 200), fmt: str = "PNG") -> Path:
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), fmt)
    return path


def huge_png_header(path: Path, width: int = 10_000, height: int = 5_000) -> Path:
    """A few hundred bytes that claim 50 megapixels: must be refused from the header, never decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * (3 * width + 1) * 2))
        + chunk(b"IEND", b"")
    )
    return path


def choose_picture(qtbot, window, dialog: AccountDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.details.load_icon_file(str(path))
    assert not dialog.ok_button.isEnabled()  # Save waits for the picture
    wait_idle(qtbot, window)


def avatar_centre_colour(window, account_id: str) -> QColor:  # type: ignore[no-untyped-def]
    index = proxy_index(window, account_id)
    window.list.scrollTo(index)
    rect = window.list.visualRect(index)
    avatar = window.list.delegate.geometry(rect, window.list.font()).avatar
    image = window.list.viewport().grab().toImage()
    return image.pixelColor(avatar.center())


# -- the dialog's details ----------------------------------------------------------------------------------


def test_edit_sets_groups_note_and_favourite_and_they_persist(
    make_window, accounts, vault, memory_secrets, qtbot
) -> None:
    window = make_window()
    github = accounts["github"]
    dialog = window.open_edit_dialog(proxy_index(window, github.id))
    assert dialog.details.isVisibleTo(dialog)  # editing opens the Details section
    qtbot.keyClicks(dialog.details.groups_edit, " Work, personal ,work")
    dialog.details.favourite_check.setChecked(True)
    qtbot.keyClicks(dialog.note_edit, "Backup codes in the safe")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    saved = reloaded(vault, memory_secrets, github.id)
    assert (saved.groups, saved.favourite, saved.note) == (("Work", "personal"), True, "Backup codes in the safe")
    assert window.model.account_at(window.model.row_of(github.id)) == saved


def test_add_with_details_saves_them(make_window, vault, memory_secrets, qtbot) -> None:
    window = make_window()
    dialog = window.open_add_dialog()
    assert not dialog.details.isVisibleTo(dialog)  # adding stays short: Details is folded
    qtbot.keyClicks(dialog.issuer_edit, "GitHub")
    qtbot.keyClicks(dialog.key_edit, RFC_KEY)
    dialog.details_toggle.setChecked(True)
    qtbot.keyClicks(dialog.details.groups_edit, "Work")
    dialog.details.favourite_check.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    [saved] = vault.accounts()
    assert (saved.groups, saved.favourite) == (("Work",), True)


def test_group_field_completes_existing_groups_after_the_last_comma(make_window, vault, qtbot) -> None:
    vault.add(Account("GitHub", "alice", groups=("Work", "Personal")), RFC_KEY)
    window = make_window()
    dialog = window.open_add_dialog()
    completer = dialog.details.completer
    assert sorted(completer.model().stringList()) == ["Personal", "Work"]
    dialog.details.groups_edit.setText("Personal, wo")
    assert completer.splitPath(dialog.details.groups_edit.text()) == ["wo"]
    work = completer.model().index(completer.model().stringList().index("Work"), 0)
    assert completer.pathFromIndex(work) == "Personal, Work"
    dialog.details.groups_edit.setText("work, personal")  # typed in another case: the existing spelling wins
    assert dialog.account().groups == ("Work", "Personal")


def test_the_note_is_capped(make_window, accounts, qtbot) -> None:
    window = make_window()
    dialog = window.open_edit_dialog(proxy_index(window, accounts["github"].id))
    dialog.note_edit.setPlainText("x" * (MAX_NOTE_LENGTH + 100))
    assert len(dialog.note_edit.toPlainText()) == MAX_NOTE_LENGTH
    assert dialog.details.note_count.isVisibleTo(dialog) and str(MAX_NOTE_LENGTH) in dialog.details.note_count.text()


def test_every_details_control_has_an_accessible_name(make_window, accounts) -> None:
    from PySide6.QtWidgets import QWidget

    window = make_window()
    dialog = window.open_edit_dialog(proxy_index(window, accounts["github"].id))
    for widget in dialog.details.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(dialog):
            if widget.parent() is not None and widget.parent().inherits("QAbstractScrollArea"):
                continue  # the note's viewport; the note itself is named
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()!r} has no name"
    assert window.management.filter_button.accessibleName()


# -- icons -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_an_icon_from_a_picture_file_is_stored_and_painted(make_window, accounts, vault, tmp_path, qtbot, fmt) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    github = accounts["github"]
    dialog = window.open_edit_dialog(proxy_index(window, github.id))
    choose_picture(qtbot, window, dialog, picture(tmp_path / f"logo.{fmt.lower()}", fmt=fmt))
    assert dialog.details.has_custom_icon and not dialog.details.icon_message.isVisibleTo(dialog)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)

    saved = vault.get(github.id)
    assert saved.icon and (icons_dir(vault.data_dir) / saved.icon).is_file()
    stored = QImage(str(icons_dir(vault.data_dir) / saved.icon))
    assert max(stored.width(), stored.height()) == 128  # scaled down, aspect kept
    assert stored.width() != stored.height()
    assert window.model.account_at(window.model.row_of(github.id)).icon == saved.icon
    centre = avatar_centre_colour(window, github.id)
    assert centre.red() > 200 and centre.green() < 60 and centre.blue() < 60  # the red picture, not the disc


def test_an_svg_icon_is_drawn_at_icon_size(make_window, accounts, vault, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000">'
        '<rect width="20000" height="20000" fill="#0000ff"/></svg>'
    )
    window = make_window()
    dialog = window.open_edit_dialog(proxy_index(window, accounts["github"].id))
    choose_picture(qtbot, window, dialog, svg)
    dialog.accept()
    wait_idle(qtbot, window)
    stored = QImage(str(icons_dir(vault.data_dir) / vault.get(accounts["github"].id).icon))
    assert (stored.width(), stored.height()) == (128, 128)
    assert stored.pixelColor(64, 64) == QColor("#0000ff")


@pytest.mark.parametrize("kind", ["corrupt", "truncated", "not-a-picture", "too-many-pixels", "too-big-file"])
def test_a_bad_picture_gives_a_message_and_changes_nothing(
    make_window, accounts, vault, memory_secrets, tmp_path, qtbot, kind
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.png"
    if kind == "corrupt":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    elif kind == "truncated":
        data = picture(tmp_path / "good.png", size=(400, 400)).read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "not-a-picture":
        path.write_text("hello, I am text")
    elif kind == "too-many-pixels":
        huge_png_header(path)
    else:
        with open(path, "wb") as handle:  # sparse: 11 MB on paper, nothing on disk
            handle.truncate(11 * 2**20)
    window = make_window()
    github = accounts["github"]
    dialog = window.open_edit_dialog(proxy_index(window, github.id))
    choose_picture(qtbot, window, dialog, path)
    message = dialog.details.icon_message.text()
    assert dialog.details.icon_message.isVisibleTo(dialog) and "bad.png" in message
    expected = {"too-many-pixels": "megapixels", "too-big-file": "MB", "not-a-picture": "PNG, JPEG, SVG or WebP"}
    assert expected.get(kind, "damaged") in message
    assert dialog.icon_change is ICON_KEEP and not dialog.details.has_custom_icon
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    wait_idle(qtbot, window)
    assert reloaded(vault, memory_secrets, github.id).icon == ""
    assert not icons_dir(vault.data_dir).exists() or not list(icons_dir(vault.data_dir).iterdir())


def test_use_default_removes_the_picture(make_window, accounts, vault, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    github = accounts["github"]
    dialog = window.open_edit_dialog(proxy_index(window, github.id))
    choose_picture(qtbot, window, dialog, picture(tmp_path / "logo.png"))
    dialog.accept()
    wait_idle(qtbot, window)
    old = vault.get(github.id).icon
    dialog = window.open_edit_dialog(proxy_index(window, github.id))
    assert dialog.details.default_icon_button.isEnabled()
    qtbot.mouseClick(dialog.details.default_icon_button, Qt.MouseButton.LeftButton)
    assert not dialog.details.has_custom_icon
    dialog.accept()
    wait_idle(qtbot, window)
    assert vault.get(github.id).icon == ""
    assert not (icons_dir(vault.data_dir) / old).exists()


def test_removing_the_account_removes_its_icon_file(make_window, accounts, vault, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    github = accounts["github"]
    dialog = window.open_edit_dialog(proxy_index(window, github.id))
    choose_picture(qtbot, window, dialog, picture(tmp_path / "logo.png"))
    dialog.accept()
    wait_idle(qtbot, window)
    icon_file = icons_dir(vault.data_dir) / vault.get(github.id).icon
    assert icon_file.is_file()
    window.remove_account(github.id)
    wait_idle(qtbot, window)
    assert not icon_file.exists()
    assert window.model.row_of(github.id) == -1


def test_a_missing_or_damaged_icon_file_falls_back_to_the_default(make_window, vault, qtbot) -> None:
    missing = vault.add(Account("GitHub", "alice", icon="abcd-0123456789ab.png"), RFC_KEY)
    icons_dir(vault.data_dir).mkdir(parents=True, exist_ok=True)
    (icons_dir(vault.data_dir) / "ef01-0123456789ab.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    damaged = vault.add(Account("Proton", "bob", icon="ef01-0123456789ab.png"), RFC_KEY)
    window = make_window()
    window.list.viewport().grab()  # a paint asks for the icons
    wait_idle(qtbot, window)
    avatars = window.management.avatars
    for account in (missing, damaged):
        assert not avatars.has_picture(account.icon)
        expected = default_colour(account.issuer, account.name)
        assert avatar_centre_colour(window, account.id) != QColor("#000000")
        got = avatars.pixmap(account, 40, 1.0).toImage().pixelColor(4, 20)  # left edge of the disc, not the letter
        assert abs(got.red() - expected.red()) < 8 and abs(got.blue() - expected.blue()) < 8


# -- the default icon --------------------------------------------------------------------------------------


def test_default_icon_letter_and_colour_are_deterministic(qapp) -> None:  # type: ignore[no-untyped-def]
    assert initial("GitHub", "alice") == "G"
    assert initial("", "@alice") == "A"
    assert initial("", "") == "?"
    assert initial("  ", "  ") == "?"
    assert default_colour("GitHub", "a") == default_colour("github", "b")  # the issuer decides, in any case
    assert default_colour("", "alice").name() == default_colour("", "alice").name()
    # crc32-based, so the same on every run and machine (hash() would change between runs)
    assert default_colour("GitHub", "").name() == "#1a5fb4"
    for issuer in ("GitHub", "Google", "Proton", "Steam", "Example Bank", "Mastodon", "Amazon", "x", "?"):
        colour = default_colour(issuer, "")
        assert contrast(text_colour_on(colour), colour) >= 3.0  # WCAG AA for the large bold initial


def test_default_icons_are_cached_per_size_and_pixel_ratio(qapp) -> None:  # type: ignore[no-untyped-def]
    cache = AvatarCache()
    account = Account("GitHub", "alice")
    first = cache.pixmap(account, 40, 1.0)
    assert cache.pixmap(account, 40, 1.0).cacheKey() == first.cacheKey()
    crisp = cache.pixmap(account, 40, 2.0)
    assert crisp.cacheKey() != first.cacheKey()
    assert (crisp.width(), crisp.devicePixelRatio()) == (80, 2.0)


# -- favourites --------------------------------------------------------------------------------------------


def test_ctrl_d_toggles_the_favourite_and_updates_the_model(make_window, accounts, vault, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    github = accounts["github"]
    window.list.setCurrentIndex(proxy_index(window, github.id))
    window.list.setFocus()
    changed: list[int] = []
    window.model.dataChanged.connect(lambda tl, _br, _roles: changed.append(tl.row()))
    qtbot.keyClick(window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert vault.get(github.id).favourite is True
    assert window.model.data(window.model.index(window.model.row_of(github.id)), Role.FAVOURITE) is True
    assert window.model.row_of(github.id) in changed  # the tray and the list hear about it
    assert "favourites" in window.toast.text()
    qtbot.keyClick(window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert vault.get(github.id).favourite is False


def test_the_row_menu_offers_add_or_remove_from_favourites(make_window, vault, qtbot) -> None:
    from PySide6.QtWidgets import QMenu

    plain = vault.add(Account("GitHub", "alice"), RFC_KEY)
    starred = vault.add(Account("Proton", "bob", favourite=True), RFC_KEY)
    window = make_window()
    for account, text in ((plain, "Add to favourites"), (starred, "Remove from favourites")):
        window.show_row_menu(proxy_index(window, account.id), window.mapToGlobal(window.rect().center()))
        menu = [m for m in window.findChildren(QMenu) if m.accessibleName() == "Account menu"][-1]
        texts = [a.text().replace("&", "") for a in menu.actions()]
        assert text in texts
        assert window.management.favourite_action.shortcut().toString() == "Ctrl+D"
        menu.close()


# -- the filter --------------------------------------------------------------------------------------------


@pytest.fixture
def grouped(vault) -> dict[str, Account]:  # type: ignore[no-untyped-def]
    return {
        "github": vault.add(Account("GitHub", "alice", groups=("Work",), favourite=True), RFC_KEY),
        "google": vault.add(Account("Google", "alice", groups=("Personal",)), RFC_KEY),
        "aws": vault.add(Account("AWS", "admin", groups=("Work", "Cloud")), RFC_KEY),
        "steam": vault.add(Account("Steam", "gamer"), RFC_KEY),
    }


def menu_action(window, text: str):  # type: ignore[no-untyped-def]
    window.management.build_filter_menu()
    [action] = [a for a in window.management.filter_menu.actions() if a.text().replace("&&", "&") == text]
    return action


def test_filter_by_favourites_and_by_group_is_remembered(make_window, grouped, settings, qtbot) -> None:
    window = make_window()
    assert shown_issuers(window) == ["GitHub", "Google", "AWS", "Steam"]
    menu_action(window, "Favourites").trigger()
    assert shown_issuers(window) == ["GitHub"]
    assert settings.get(VIEW_FILTER) == FILTER_FAVOURITES
    assert "Favourites" in window.management.filter_button.text()
    menu_action(window, "Work").trigger()
    assert shown_issuers(window) == ["GitHub", "AWS"]
    assert settings.get(VIEW_FILTER) == "group:Work"
    assert menu_action(window, "Work").isChecked()

    window.close()
    again = make_window()  # a new start shows the same choice
    assert shown_issuers(again) == ["GitHub", "AWS"]
    menu_action(again, "All accounts").trigger()
    assert len(shown_issuers(again)) == 4 and settings.get(VIEW_FILTER) == ""


def test_search_combines_with_the_filter_and_matches_group_names(make_window, grouped, qtbot) -> None:
    window = make_window()
    qtbot.keyClicks(window.search, "cloud")
    assert shown_issuers(window) == ["AWS"]  # found by its group name
    window.search.clear()
    window.management.show_group("Work")
    qtbot.keyClicks(window.search, "alice")
    assert shown_issuers(window) == ["GitHub"]


def test_a_filter_that_hides_everything_says_so(make_window, grouped, vault, qtbot) -> None:
    window = make_window()
    vault_favourite = grouped["github"]
    window.management.show_favourites()
    window.search.setText("zzz")
    assert window.stack.currentWidget() is window.empty
    assert "No favourite matches “zzz”" in window.empty.text.text()
    assert window.empty.show_all_button.isVisibleTo(window)
    window.search.clear()
    window.management.toggle_favourite(proxy_index(window, vault_favourite.id))  # the only favourite goes
    wait_idle(qtbot, window)
    assert window.stack.currentWidget() is window.empty
    assert "No favourites yet" in window.empty.title.text()
    qtbot.mouseClick(window.empty.show_all_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.list and window.proxy.rowCount() == 4


def test_the_filter_resets_when_its_group_disappears(make_window, grouped, settings, qtbot) -> None:
    window = make_window()
    window.management.show_group("Personal")
    assert shown_issuers(window) == ["Google"]
    google = grouped["google"]
    window.update_account(google.with_changes(groups=()))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.proxy.group is None, timeout=2000)
    assert len(shown_issuers(window)) == 4 and settings.get(VIEW_FILTER) == ""


def test_a_new_account_hidden_by_the_filter_is_shown(make_window, grouped, vault, qtbot) -> None:
    window = make_window()
    window.management.show_favourites()
    window.add_account(Account("Codeberg", "alice"), RFC_KEY)
    wait_idle(qtbot, window)
    assert "Codeberg" in shown_issuers(window)
    assert window.current_account().issuer == "Codeberg"


# -- what a row says -----------------------------------------------------------------------------------------


def test_row_text_keeps_issuer_name_and_code_and_adds_favourite_and_groups(make_window, grouped, clock) -> None:
    window = make_window()
    github = grouped["github"]
    index = window.model.index(window.model.row_of(github.id))
    code = otp.format_code(otp.code_at(github, RFC_KEY, clock.now()))
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        text = window.model.data(index, role)
        assert text.startswith("GitHub, alice") and f"code {code}" in text
        assert "favourite" in text and "Work" in text


def test_the_tooltip_shows_the_note(make_window, vault) -> None:
    noted = vault.add(Account("GitHub", "alice", note="Backup codes in the safe"), RFC_KEY)
    plain = vault.add(Account("Proton", "bob"), RFC_KEY)
    window = make_window()
    tip = Qt.ItemDataRole.ToolTipRole
    assert window.model.data(window.model.index(window.model.row_of(noted.id)), tip) == "Backup codes in the safe"
    assert "copy" in window.model.data(window.model.index(window.model.row_of(plain.id)), tip)


def test_rows_keep_their_height_with_groups_and_stars(make_window, grouped) -> None:
    window = make_window()
    heights = {window.list.visualRect(window.proxy.index(r, 0)).height() for r in range(window.proxy.rowCount())}
    assert len(heights) == 1 and 60 <= heights.pop() <= 110


# -- the model and the filter on their own -------------------------------------------------------------------


class CountingFilter(AccountFilterModel):
    calls = 0

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # type: ignore[no-untyped-def]
        CountingFilter.calls += 1
        return super().filterAcceptsRow(source_row, source_parent)


def test_filter_model_favourites_groups_and_words(clock, qapp) -> None:  # type: ignore[no-untyped-def]
    a = Account("GitHub", "alice", groups=("Work",), favourite=True, note="n", icon="x-0123456789ab.png")
    b = Account("Google", "bob", groups=("work", "Personal"))
    c = Account("Steam", "carol")
    model = AccountListModel(clock)
    model.set_accounts([a, b, c])
    model.set_secrets({x.id: RFC_KEY for x in (a, b, c)})
    assert model.groups() == ["Personal", "Work"]  # each once, whatever the case
    index = model.index(0)
    assert (index.data(Role.FAVOURITE), index.data(Role.GROUPS), index.data(Role.NOTE)) == (True, ("Work",), "n")
    assert index.data(Role.ICON) == "x-0123456789ab.png"
    proxy = CountingFilter()
    proxy.setSourceModel(model)

    def issuers() -> list[str]:
        return [proxy.index(r, 0).data(Role.ISSUER) for r in range(proxy.rowCount())]

    proxy.set_favourites_only(True)
    assert issuers() == ["GitHub"]
    proxy.set_group("WORK")  # a group replaces "favourites only"; names compare case-insensitively
    assert issuers() == ["GitHub", "Google"] and not proxy.favourites_only
    proxy.set_query("bob")
    assert issuers() == ["Google"]
    proxy.set_group(None)
    proxy.set_query("personal")  # the search also matches group names
    assert issuers() == ["Google"]

    proxy.set_query("")
    proxy.set_favourites_only(True)
    CountingFilter.calls = 0
    for _ in range(5):  # ticks name their roles: nothing is re-filtered
        clock.advance(1)
        model.refresh()
    assert CountingFilter.calls == 0
    model.replace_account(c.with_changes(favourite=True))  # an edit is
    assert issuers() == ["GitHub", "Steam"]
