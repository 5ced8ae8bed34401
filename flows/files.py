"""Files around ingestion: listing the inbox, downloading notices, quarantining bad ones.

Nothing here deletes or overwrites a notice.  Files land under a name that
is claimed atomically (``os.link`` fails when the name exists), so a
same-named file already in the quarantine or inbox gets a ``-1``, ``-2`` …
suffix instead of being replaced.
"""

from __future__ import annotations

import errno
import http.client
import mimetypes
import os
import re
import shutil
import socket
import stat
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote, urlsplit

from extractors.names import shown
from schemes.store import file_sha256

USER_AGENT = "kaohe-flows/0.1 (+https://github.com/)"
MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024
_UNSAFE = re.compile(r'[\x00-\x1f/\\:*?"<>|]')


class DownloadError(Exception):
    """A URL could not be fetched and retrying will not help (4xx, bad URL, too large)."""


class TransientDownloadError(DownloadError):
    """A URL could not be fetched this time (timeout, connection refused, 5xx): retry later."""


@dataclass
class Inbox:
    """What an inbox holds: the notices to read, and the entries refused with the reason."""

    notices: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)


def scan_inbox(inbox: Path) -> Inbox:
    """The inbox's regular files by name (not hidden ones, Office lock files or sub-folders), and the
    symbolic links, FIFOs, devices and sockets in it, refused with the reason and never followed.

    A link in a shared inbox could point anywhere (``/etc/passwd``, another
    user's files); it is not read, stored or shown.  Entries are judged by
    ``lstat``, which does not follow links.
    """
    if not inbox.is_dir():
        raise FileNotFoundError(f"{shown(str(inbox))}: no such inbox folder")
    found = Inbox()
    for path in sorted(inbox.iterdir()):
        if path.name.startswith(".") or path.name.startswith("~$"):
            continue
        try:
            mode = path.lstat().st_mode
        except OSError:  # gone since it was listed
            continue
        reason = not_a_notice(path, mode)
        if reason:
            found.refused.append((path, reason))
        elif stat.S_ISREG(mode):
            found.notices.append(path)
    return found


def not_a_notice(path: Path, mode: int) -> str | None:
    """Why an inbox entry of this ``lstat`` mode is refused (None for a regular file or a folder)."""
    if stat.S_ISLNK(mode):
        return f"{shown(path.name)} is a symbolic link (to {shown(os.readlink(path))}); links in the inbox are " \
               "not followed: copy the notice itself into the inbox"
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else None)
    if kind:
        return f"{shown(path.name)} is {kind}, not a file; not read"
    return None


def list_inbox(inbox: Path) -> list[Path]:
    """The notices waiting in the inbox (see :func:`scan_inbox`)."""
    return scan_inbox(inbox).notices


def _candidates(name: str) -> Iterator[str]:
    stem, suffix = os.path.splitext(name)
    yield name
    n = 1
    while True:
        yield f"{stem}-{n}{suffix}"
        n += 1


def _place(src: Path, folder: Path, name: str, *, reuse_identical: bool = False) -> Path:
    """Give ``src`` a name in ``folder``: ``name`` or the first free suffixed one, never replacing a file.

    A hard link claims the name atomically (it fails when the name exists);
    where hard links are not possible, an exclusively created placeholder
    claims it and ``src`` (in the same folder) replaces the placeholder.
    With ``reuse_identical``, an existing file with the same content is
    returned instead of adding another copy.
    """
    sha = file_sha256(src) if reuse_identical else None
    for candidate in _candidates(name):
        dest = folder / candidate
        if sha is not None and dest.is_file() and file_sha256(dest) == sha:
            return dest
        try:
            os.link(src, dest)
            return dest
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno not in _NO_LINK or src.parent != folder:
                raise
        try:
            os.close(os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            continue
        os.replace(src, dest)
        return dest
    raise AssertionError("unreachable")


_NO_LINK = (errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EACCES, errno.EOPNOTSUPP)


def move_to_quarantine(path: Path, quarantine: Path) -> Path:
    """Move ``path`` into ``quarantine`` without replacing anything there; returns where it went.

    Same file system: a hard link under a free name, then the inbox entry is
    unlinked — at every moment the file exists under at least one name.
    Otherwise the file is first copied to a temporary name in the quarantine.
    """
    quarantine.mkdir(parents=True, exist_ok=True)
    try:
        dest = _place(path, quarantine, path.name)
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, *_NO_LINK):
            raise
        fd, tmp = tempfile.mkstemp(dir=quarantine, prefix=".incoming-")
        os.close(fd)
        try:
            shutil.copy2(path, tmp)
            dest = _place(Path(tmp), quarantine, path.name)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    os.unlink(path)
    return dest


# --------------------------------------------------------------------------- downloads


def _filename(url: str, headers: Message) -> str:
    """The notice's file name: Content-Disposition, else the URL's last path segment, else ``download``."""
    name = headers.get_filename() if hasattr(headers, "get_filename") else None
    if not name:
        name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    name = _UNSAFE.sub("_", name).strip(" .") or "download"
    if not os.path.splitext(name)[1]:
        ctype = (headers.get_content_type() if hasattr(headers, "get_content_type") else "") or ""
        guessed = {"text/plain": ".txt", "text/html": ".html"}.get(ctype) or mimetypes.guess_extension(ctype)
        if guessed:
            name += guessed
    return name


def download(url: str, folder: Path, *, timeout: float = 30.0, max_bytes: int = MAX_DOWNLOAD_BYTES) -> Path:
    """Fetch ``url`` into ``folder``; an identical file already there is reused, a different one kept.

    Raises :class:`TransientDownloadError` for what may pass (timeouts,
    connection errors, HTTP 5xx and 429) and :class:`DownloadError` otherwise.
    """
    if urlsplit(url).scheme not in ("http", "https"):
        raise DownloadError(f"{url}: only http and https URLs are fetched")
    folder.mkdir(parents=True, exist_ok=True)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".download-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            try:
                with urllib.request.urlopen(request, timeout=timeout) as resp:
                    name = _filename(resp.geturl() or url, resp.headers)
                    size = 0
                    while chunk := resp.read(1 << 16):
                        size += len(chunk)
                        if size > max_bytes:
                            raise DownloadError(f"{url}: larger than {max_bytes:,} bytes")
                        out.write(chunk)
            except urllib.error.HTTPError as exc:
                if exc.code >= 500 or exc.code == 429:
                    raise TransientDownloadError(f"{url}: HTTP {exc.code} {exc.reason}") from None
                raise DownloadError(f"{url}: HTTP {exc.code} {exc.reason}") from None
            except (TimeoutError, socket.timeout):
                raise TransientDownloadError(f"{url}: timed out after {timeout:g} s") from None
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                    raise TransientDownloadError(f"{url}: timed out after {timeout:g} s") from None
                raise TransientDownloadError(f"{url}: {exc.reason}") from None
            except (OSError, http.client.HTTPException) as exc:  # reset, refused, truncated body
                raise TransientDownloadError(f"{url}: {type(exc).__name__}: {exc}") from None
        if size == 0:
            raise DownloadError(f"{url}: the response is empty")
        return _place(tmp, folder, name, reuse_identical=True)
    finally:
        if tmp.exists():
            tmp.unlink()
