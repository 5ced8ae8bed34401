"""Convert legacy and WPS office files to docx/xlsx with LibreOffice, then read those.

``.doc``/``.wps``/``.dot``/``.rtf``/``.odt`` become docx and ``.xls``/``.et``/``.ods``
become xlsx, so one reader per family keeps every rule about tables and merged
cells.  LibreOffice runs headless, on a copy of the input in a private temporary
folder with its own user profile (so parallel conversions and a user's own
LibreOffice never share state), in its own process group that is killed when it
overruns the time limit.  The input file is only ever read.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .errors import ReadError, UnsupportedFormat

#: Read format and LibreOffice export filter for each convertible format.
TARGETS: dict[str, tuple[str, str]] = {
    "doc": ("docx", "docx:MS Word 2007 XML"),
    "dot": ("docx", "docx:MS Word 2007 XML"),
    "wps": ("docx", "docx:MS Word 2007 XML"),
    "rtf": ("docx", "docx:MS Word 2007 XML"),
    "odt": ("docx", "docx:MS Word 2007 XML"),
    "xls": ("xlsx", "xlsx:Calc MS Excel 2007 XML"),
    "et": ("xlsx", "xlsx:Calc MS Excel 2007 XML"),
    "ods": ("xlsx", "xlsx:Calc MS Excel 2007 XML"),
}
CONVERTIBLE = frozenset(TARGETS)
_STDERR_TAIL = 300


class ConversionFailed(ReadError):
    problem = "the file could not be converted by LibreOffice"


def soffice_binary() -> str | None:
    """``KAOHE_SOFFICE`` if set, else ``soffice``/``libreoffice`` on the PATH."""
    configured = os.environ.get("KAOHE_SOFFICE")
    if configured:
        return configured if shutil.which(configured) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def target_format(original: str) -> str:
    return TARGETS[original][0]


def convert(path: Path, data: bytes, original: str, timeout: float) -> bytes:
    """The docx/xlsx bytes LibreOffice makes of ``data`` (the content of ``path``)."""
    binary = soffice_binary()
    if binary is None:
        raise UnsupportedFormat(
            str(path),
            f"a {original} file needs LibreOffice to be read, and soffice is not installed "
            "(run scripts/install_system_packages.sh, or save the file as .docx/.xlsx)",
        )
    target, export_filter = TARGETS[original]
    with tempfile.TemporaryDirectory(prefix="kaohe-convert-") as tmp:
        work = Path(tmp)
        source = work / "in" / f"notice.{original}"
        source.parent.mkdir()
        source.write_bytes(data)  # a private copy: LibreOffice never sees, locks or rewrites the input
        outdir = work / "out"
        command = [
            binary, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--convert-to", export_filter, "--outdir", str(outdir), str(source),
        ]
        code, stderr = _run(command, timeout, path, original, home=work)
        result = outdir / f"notice.{target}"
        if code != 0 or not result.is_file() or result.stat().st_size == 0:
            tail = " ".join(stderr.split())[-_STDERR_TAIL:] or f"exit status {code}, no output"
            raise ConversionFailed(
                str(path), f"LibreOffice could not convert the {original} file to {target} ({tail})"
            )
        return result.read_bytes()


def _run(command: list[str], timeout: float, path: Path, original: str, home: Path) -> tuple[int, str]:
    """Run in a new process group; on timeout kill the whole group (soffice forks)."""
    env = dict(os.environ, HOME=str(home))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                               start_new_session=True, env=env)
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        raise ConversionFailed(
            str(path), f"LibreOffice did not finish converting the {original} file within {timeout:g} s"
        ) from None
    finally:
        if process.poll() is None:
            _kill_group(process)
    return process.returncode, stderr.decode("utf-8", "replace")


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate()
