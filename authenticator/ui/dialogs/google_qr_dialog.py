"""Google Authenticator transfer QR codes: a compatibility preview first, then the codes one at a time.

Google Authenticator's transfer format cannot say everything this app can: a Steam account or one with 5 or
7 digits cannot be written at all (*dropped*), and one with a period other than 30 s or SHA256/SHA512 would be
written but show wrong codes there (*broken*). The first page lists those accounts with the reason
(:func:`authenticator.formats.export_google.compatibility`) and lets the user include the broken ones
anyway; then the codes (at most 10 accounts each) are shown "QR n of m" with Previous/Next, and "Save all as
PNG…" writes them to a folder, each file read back and decoded before it counts as saved.

Encoding and writing run on the dialog's own runner (a dense code takes ~0.1 s; writing touches the disk).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.account import Account
from ...core.errors import AuthenticatorError
from ...formats.export_google import Compatibility, Verdict, compatibility, migration_uris
from ..i18n import core_text
from ..sizing import keep_minimum_width
from ..workers import TaskRunner
from .account_qr_dialog import qr_image, qr_label

Pair = tuple[Account, str]

_PREVIEW, _CODES = range(2)

SCAN_HINT = QT_TRANSLATE_NOOP(
    "GoogleQrDialog",
    "In Google Authenticator tap + → Scan a QR code, then scan each code in turn. "
    "Anyone who scans these codes gets your accounts: show them to your own phone only.",
)


def problem_text(problem: Compatibility) -> str:
    reasons = " ".join(core_text(reason) for reason in problem.reasons)
    if problem.verdict is Verdict.DROPPED:
        text = QCoreApplication.translate("GoogleQrDialog", "{title} (left out): {reasons}")
    else:
        text = QCoreApplication.translate("GoogleQrDialog", "{title} (wrong codes): {reasons}")
    return text.format(title=problem.account.title, reasons=reasons)


def save_codes(folder: Path, uris: Sequence[str]) -> list[Path]:
    """Worker thread: one verified PNG per code, ``google-authenticator-N-of-M.png`` in ``folder``."""
    from ...formats.export_file import write_verified
    from ...formats.export_qr import check_png, qr_png

    count = len(uris)
    paths = [folder / f"google-authenticator-{i}-of-{count}.png" for i in range(1, count + 1)]
    for path, uri in zip(paths, uris, strict=True):
        write_verified(path, qr_png(uri), lambda written, uri=uri: check_png(written, uri))
    return paths


class GoogleQrDialog(QDialog):
    """Built from the accounts and their secrets (read by the caller on the window's runner)."""

    def __init__(self, pairs: Sequence[Pair], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs = list(pairs)
        self.problems = compatibility([account for account, _ in self._pairs])
        self.uris: list[str] = []
        self.images: list[QImage] = []
        self.index = 0
        self.saved: list[Path] = []
        self.worker = TaskRunner(self)
        self._closed = False
        self.setObjectName("googleQrDialog")
        self.setWindowTitle(self.tr("Export to Google Authenticator"))

        self.pages = QStackedWidget(self)
        broken = [p for p in self.problems if p.verdict is Verdict.BROKEN]
        fine = len(self._pairs) - len(self.problems)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        if self.problems:
            self.summary.setText(
                GoogleQrDialog.tr(
                    "{fine} of %n account(s) will work in Google Authenticator. It would drop or break these:",
                    "",
                    len(self._pairs),
                ).format(fine=fine)
            )
        else:
            self.summary.setText(
                GoogleQrDialog.tr("All %n account(s) will work in Google Authenticator.", "", len(self._pairs))
            )
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("compatibilityList")
        self.problem_list.setAccessibleName(self.tr("Accounts Google Authenticator would drop or break"))
        self.problem_list.setWordWrap(True)  # the reasons are sentences: wrap them rather than scroll sideways
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for problem in self.problems:
            self.problem_list.addItem(problem_text(problem))
        self.problem_list.setVisible(bool(self.problems))
        self.include_broken = QCheckBox(
            GoogleQrDialog.tr("Export the %n account(s) with wrong codes anyway", "", len(broken))
        )
        self.include_broken.setVisible(bool(broken))
        self.show_button = QPushButton(self.tr("Show QR codes"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.make_codes)
        preview = QWidget()
        box = QVBoxLayout(preview)
        box.addWidget(self.summary)
        box.addWidget(self.problem_list, 1)
        box.addWidget(self.include_broken)
        box.addWidget(self.show_button)
        self.pages.addWidget(preview)

        self.page_label = QLabel()
        self.page_label.setObjectName("qrPage")
        self.code = qr_label()
        self.hint = QLabel(self.tr(SCAN_HINT))
        self.hint.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.save_button = QPushButton(self.tr("Save all as PNG…"))
        self.previous_button.clicked.connect(lambda: self.show_code(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_code(self.index + 1))
        self.save_button.clicked.connect(self.choose_folder)
        self.status = QLabel()
        self.status.setObjectName("qrStatus")
        self.status.setWordWrap(True)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.page_label, 1)
        nav.addWidget(self.next_button)
        codes = QWidget()
        box = QVBoxLayout(codes)
        box.addLayout(nav)
        box.addWidget(self.code, 1)
        box.addWidget(self.hint)
        box.addWidget(self.save_button)
        box.addWidget(self.status)
        self.pages.addWidget(codes)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.finished.connect(self._finished)
        keep_minimum_width(self, 460)  # wider when longer (translated) texts need it

    @property
    def busy(self) -> bool:
        return not self.worker.is_idle

    def make_codes(self) -> None:
        """Build the transfer URIs and their pictures on the worker, then show the first code."""
        pairs, include = self._pairs, self.include_broken.isChecked()

        def work() -> tuple[list[str], list[QImage]]:
            uris = migration_uris(pairs, include_broken=include)
            return uris, [qr_image(uri) for uri in uris]

        self.show_button.setEnabled(False)
        self.show_button.setText(self.tr("Making the QR codes…"))
        self.worker.run(work, self._codes_made, self._failed)

    def _codes_made(self, outcome: tuple[list[str], list[QImage]]) -> None:
        if self._closed:
            return
        self.uris, self.images = outcome
        self._pairs = []  # the secrets are in the codes now; drop the list
        if not self.uris:
            self.summary.setText(self.tr("None of the accounts can be moved to Google Authenticator."))
            self.show_button.setText(self.tr("Show QR codes"))
            return
        self.pages.setCurrentIndex(_CODES)
        self.show_code(0)

    def show_code(self, index: int) -> None:
        if not self.images:
            return
        self.index = max(0, min(index, len(self.images) - 1))
        self.code.setPixmap(QPixmap.fromImage(self.images[self.index]))
        self.page_label.setText(self.tr("QR {number} of {count}").format(number=self.index + 1, count=len(self.images)))
        self.code.setAccessibleName(self.page_label.text())
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.images) - 1)

    def choose_folder(self) -> QFileDialog:
        picker = QFileDialog(self, self.tr("Save the QR codes in a folder"))
        picker.setFileMode(QFileDialog.FileMode.Directory)
        picker.setOption(QFileDialog.Option.ShowDirsOnly, True)
        picker.fileSelected.connect(lambda folder: self.save_to(Path(folder)) if folder else None)
        picker.open()
        return picker

    def save_to(self, folder: Path) -> None:
        uris = list(self.uris)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.worker.run(lambda: save_codes(folder, uris), self._saved, self._failed)

    def _saved(self, paths: list[Path]) -> None:
        if self._closed:
            return
        self.saved = paths
        self.save_button.setEnabled(True)
        self.status.setText(
            GoogleQrDialog.tr(
                "Saved %n PNG file(s) in {folder}, each checked by decoding it again. They hold your secrets"
                " unencrypted: delete them once they are scanned.",
                "",
                len(paths),
            ).format(folder=paths[0].parent)
        )

    def _failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self.save_button.setEnabled(True)
        self.show_button.setEnabled(True)
        self.show_button.setText(self.tr("Show QR codes"))
        if isinstance(error, AuthenticatorError):
            message = core_text(error.message)
        else:
            message = self.tr("Failed ({error}).").format(error=type(error).__name__)
        self.status.setText(message)
        if self.pages.currentIndex() == _PREVIEW:
            self.summary.setText(message)

    def _finished(self, _result: int) -> None:
        self._closed = True
        self._pairs, self.uris = [], []
