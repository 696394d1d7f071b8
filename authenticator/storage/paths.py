"""Where the app keeps its files: ``--data-dir``, else ``$AUTHENTICATOR_DATA_DIR``, else platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "authenticator"
ENV_DATA_DIR = "AUTHENTICATOR_DATA_DIR"
METADATA_FILE = "accounts.json"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def metadata_path(directory: Path) -> Path:
    return directory / METADATA_FILE
