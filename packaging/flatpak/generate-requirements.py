#!/usr/bin/env python3
"""Write python3-requirements.json: the Flatpak module that installs the app's Python dependencies as wheels.

flatpak-builder builds offline, so every wheel is a ``file`` source with its PyPI address and sha256 (what
flatpak-pip-generator writes). The wheels are resolved by pip itself for the runtime's Python and x86_64, and the
dependency graph is walked again with markers evaluated for that Python, because pip evaluates markers for the
interpreter it runs in. Run again after changing the dependencies in pyproject.toml (a test compares the two):

    .venv/bin/python packaging/flatpak/generate-requirements.py
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from urllib.parse import unquote, urlparse

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUTPUT = HERE / "python3-requirements.json"
#: The Python of org.freedesktop.Platform 25.08 (the manifest's runtime-version): wheels are chosen for it.
PYTHON_VERSION = "3.13"
ARCH = "x86_64"
#: The runtime's glibc (2.41) runs manylinux wheels up to 2_41; pip needs every accepted tag named.
PLATFORMS = [f"manylinux_2_{minor}_{ARCH}" for minor in range(41, 16, -1)] + [f"manylinux2014_{ARCH}"]
#: Needed to build the app itself offline (pyproject's build-system), not at run time.
BUILD_REQUIREMENTS = ["setuptools>=77"]
ENVIRONMENT = {
    "python_version": PYTHON_VERSION,
    "python_full_version": f"{PYTHON_VERSION}.0",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "platform_machine": ARCH,
    "os_name": "posix",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
}


def project_requirements() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return list(tomllib.load(handle)["project"]["dependencies"])


def pip_report(requirements: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        platforms = [arg for platform in PLATFORMS for arg in ("--platform", platform)]
        command = [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed"]
        command += ["--only-binary=:all:", "--python-version", PYTHON_VERSION, *platforms]
        command += ["--target", str(Path(scratch) / "target"), "--report", str(report), *requirements]
        subprocess.run(command, check=True)
        return json.loads(report.read_text())


def needed(report: dict, roots: list[str]) -> list[dict]:
    """The report's packages reachable from ``roots`` with markers evaluated for the runtime's Python."""
    by_name = {canonicalize_name(item["metadata"]["name"]): item for item in report["install"]}
    wanted: dict[str, dict] = {}
    queue = [Requirement(text) for text in roots]
    while queue:
        requirement = queue.pop()
        if requirement.marker is not None and not requirement.marker.evaluate(ENVIRONMENT):
            continue
        name = canonicalize_name(requirement.name)
        seen = name in wanted
        wanted[name] = by_name[name]
        if seen and not requirement.extras:
            continue
        for text in by_name[name]["metadata"].get("requires_dist", []):
            child = Requirement(text)
            extras = {"", *requirement.extras}
            if child.marker is None or any(child.marker.evaluate({**ENVIRONMENT, "extra": e}) for e in extras):
                child.marker = None
                queue.append(child)
    return [wanted[name] for name in sorted(wanted)]


def pypi_source(item: dict) -> dict:
    """A flatpak ``file`` source at PyPI. A wheel pip found in a local mirror gets the address PyPI stores it
    at: files.pythonhosted.org/packages/ + the BLAKE2b-256 of the file, split 2/2/60."""
    url = item["download_info"]["url"]
    sha256 = item["download_info"]["archive_info"]["hashes"]["sha256"]
    parsed = urlparse(url)
    if parsed.scheme == "file":
        data = Path(unquote(parsed.path)).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise SystemExit(f"{url}: sha256 differs from pip's report")
        digest = hashlib.blake2b(data, digest_size=32).hexdigest()
        name = os.path.basename(parsed.path)
        url = f"https://files.pythonhosted.org/packages/{digest[:2]}/{digest[2:4]}/{digest[4:]}/{name}"
    elif parsed.netloc != "files.pythonhosted.org":
        raise SystemExit(f"{url}: not a PyPI address; flatpak sources must be public")
    return {"type": "file", "url": url, "sha256": sha256}


def main() -> int:
    roots = project_requirements() + BUILD_REQUIREMENTS
    items = needed(pip_report(roots), roots)
    names = " ".join(item["metadata"]["name"] for item in items)
    module = {
        "name": "python3-requirements",
        "buildsystem": "simple",
        "only-arches": [ARCH],
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}"'
            f" --prefix=${{FLATPAK_DEST}} --no-build-isolation {names}"
        ],
        "sources": [pypi_source(item) for item in items],
    }
    OUTPUT.write_text(json.dumps(module, indent=2) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(items)} wheels for Python {PYTHON_VERSION} on {ARCH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
