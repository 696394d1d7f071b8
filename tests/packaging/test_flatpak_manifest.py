"""The Flatpak manifest (packaging/flatpak/), checked without flatpak-builder (which needs the network).

Its app id is the desktop file's and the metainfo's, its command is the installed entry point, it may talk to
the Secret Service, every local file it names exists, and the wheel list covers every dependency in
pyproject.toml (after a dependency change: packaging/flatpak/generate-requirements.py).
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

from authenticator import app

ROOT = Path(__file__).resolve().parents[2]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{app.APP_ID}.yml"
RESOURCES = ROOT / "resources"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return yaml.safe_load(MANIFEST.read_text())


def _modules(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """Inline modules, with included ones (a file name) read from their JSON or YAML file."""
    found = []
    for module in manifest["modules"]:
        if isinstance(module, str):
            path = FLATPAK / module
            assert path.is_file(), f"included module {module} is missing"
            found.append(json.loads(path.read_text()) if path.suffix == ".json" else yaml.safe_load(path.read_text()))
        else:
            found.append(module)
    return found


def _app_module(manifest: dict[str, Any]) -> dict[str, Any]:
    return next(m for m in _modules(manifest) if m["name"] == "authenticator")


def test_app_id_matches_the_desktop_file_and_metainfo(manifest: dict[str, Any]) -> None:
    assert manifest["app-id"] == app.APP_ID
    assert (RESOURCES / f"{manifest['app-id']}.desktop").is_file()
    assert ET.parse(RESOURCES / f"{manifest['app-id']}.metainfo.xml").getroot().findtext("id") == manifest["app-id"]


def test_command_is_an_entry_point_the_desktop_file_runs(manifest: dict[str, Any]) -> None:
    assert manifest["command"] in PYPROJECT["project"]["scripts"]
    desktop = (RESOURCES / f"{app.APP_ID}.desktop").read_text()
    assert re.search(rf"^Exec={re.escape(manifest['command'])}\b", desktop, re.MULTILINE)


def test_sandbox_permissions(manifest: dict[str, Any]) -> None:
    args = set(manifest["finish-args"])
    assert "--talk-name=org.freedesktop.secrets" in args  # every secret lives in the Secret Service
    assert {"--socket=wayland", "--socket=fallback-x11", "--share=ipc"} <= args
    assert "--share=network" in args  # NTP and HTTP Date checks
    assert "--device=all" in args  # the camera
    assert not any(a.startswith(("--filesystem=home", "--filesystem=host")) for a in args)


def test_every_local_file_it_references_exists(manifest: dict[str, Any]) -> None:
    module = _app_module(manifest)
    [source] = module["sources"]
    assert source["type"] == "dir"
    tree = (FLATPAK / source["path"]).resolve()
    assert tree == ROOT
    named = [word for command in module["build-commands"] for word in shlex.split(command)]
    files = [word for word in named if word.startswith("resources/")]
    assert [f for f in files if not (tree / f).is_file()] == []
    # Everything a desktop needs is installed: the desktop file, the metainfo and every icon.
    expected = {f"resources/{app.APP_ID}.desktop", f"resources/{app.APP_ID}.metainfo.xml"}
    expected |= {str(p.relative_to(ROOT)) for p in (RESOURCES / "icons").iterdir()}
    assert set(files) == expected


def test_the_app_is_installed_without_fetching_anything(manifest: dict[str, Any]) -> None:
    install = _app_module(manifest)["build-commands"][0]
    assert install.startswith("pip3 install") and "--no-index" in install and "--no-deps" in install


def test_wheels_cover_every_dependency_and_are_pinned(manifest: dict[str, Any]) -> None:
    module = next(m for m in _modules(manifest) if m["name"] == "python3-requirements")
    wheels = {}
    for source in module["sources"]:
        assert source["type"] == "file"
        assert source["url"].startswith("https://files.pythonhosted.org/packages/"), source["url"]
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
        name, version, _, _ = parse_wheel_filename(source["url"].rsplit("/", 1)[1])
        wheels[name] = version
    linux = {"sys_platform": "linux", "platform_system": "Linux", "python_version": "3.13"}
    for text in PYPROJECT["project"]["dependencies"] + PYPROJECT["build-system"]["requires"]:
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate(linux):
            continue
        name = canonicalize_name(requirement.name)
        assert name in wheels, f"{name} is not in python3-requirements.json: run generate-requirements.py"
        assert requirement.specifier.contains(wheels[name]), f"{name} {wheels[name]} does not meet {requirement}"
    installed = {canonicalize_name(word) for word in shlex.split(module["build-commands"][0])[1:]}
    assert set(wheels) <= installed  # every downloaded wheel is also named on the pip command line
