"""Measure what a docx/xlsx archive really expands to, without trusting its headers.

A zip's central directory states each entry's sizes, and a hostile file can state
anything there.  Every deflated entry is therefore decompressed here, from its
local header to the end of its deflate stream, in bounded chunks, counting the
bytes as they come out and stopping as soon as a limit is passed; memory stays
at one chunk.  An entry that expands beyond the size its header states is refused
as corrupt: the libraries that read the package afterwards trust that header.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from kaohe.i18n import _

from .errors import CorruptFile, ZipBomb
from .limits import Limits

CHUNK = 1 << 20
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_MAGIC = b"PK\x03\x04"


def check_zip_expansion(path: str, data: bytes, limits: Limits) -> int:
    """Total bytes the archive expands to; raise ZipBomb/CorruptFile past the limits.

    The sizes the headers state are checked first (cheap, and enough for an honest
    archive), then the entries are measured by decompressing them.
    """
    size = len(data)
    cap = min(limits.max_unzipped_bytes, int(size * limits.max_zip_ratio))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            stated = sum(info.file_size for info in infos)
            if stated > cap:
                raise ZipBomb(path, _("the archive expands to {n} bytes from {size} (limits: {limits}); possible "
                                      "zip bomb").format(n=f"{stated:,}", size=f"{size:,}", limits=_limits_text(limits)))
            total = 0
            for info in infos:
                room = cap - total
                entry = _entry_size(path, zf, data, info, room)
                if entry > room:
                    raise ZipBomb(path, _("the archive expands beyond {cap} bytes from {size} while decompressing "
                                          "{entry}, whatever its headers state (limits: {limits}); possible zip "
                                          "bomb").format(cap=f"{cap:,}", size=f"{size:,}", entry=repr(info.filename),
                                                         limits=_limits_text(limits)))
                total += entry
    except zipfile.BadZipFile as exc:
        raise CorruptFile(path, f"the zip container is corrupt ({exc})") from None
    return total


def _limits_text(limits: Limits) -> str:
    return f"{limits.max_unzipped_bytes:,} bytes, ratio {limits.max_zip_ratio:g}"


def _entry_size(path: str, zf: zipfile.ZipFile, data: bytes, info: zipfile.ZipInfo, room: int) -> int:
    """Bytes one entry really expands to (raises once more than ``room`` come out)."""
    if info.compress_type == zipfile.ZIP_DEFLATED:
        size = _inflated_size(path, data, info, room)
    elif info.compress_type == zipfile.ZIP_STORED:
        size = info.compress_size
    else:  # bzip2/lzma: rare in office files; zipfile's reader is bounded by the header size
        size = 0
        with zf.open(info) as member:
            while chunk := member.read(CHUNK):
                size += len(chunk)
                if size > room:
                    break
    if size > room:
        return size
    if size > info.file_size:
        raise CorruptFile(
            path, f"the zip entry {info.filename!r} expands to more than the {info.file_size:,} bytes its "
                  "header states (a forged archive)"
        )
    return size


def _inflated_size(path: str, data: bytes, info: zipfile.ZipInfo, room: int) -> int:
    offset = info.header_offset
    header = data[offset:offset + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size or header[:4] != _LOCAL_MAGIC:
        raise CorruptFile(path, f"the zip entry {info.filename!r} has no local header where the directory says")
    fields = _LOCAL_HEADER.unpack(header)
    start = offset + _LOCAL_HEADER.size + fields[-2] + fields[-1]
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    size = 0
    position = start
    try:
        while not inflater.eof and size <= room:
            pending = inflater.unconsumed_tail
            if not pending:
                if position >= len(data):
                    break
                pending = data[position:position + CHUNK]
                position += len(pending)
            size += len(inflater.decompress(pending, CHUNK))
    except zlib.error as exc:
        raise CorruptFile(path, f"the zip entry {info.filename!r} is not valid deflate data ({exc})") from None
    return size
