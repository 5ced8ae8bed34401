"""Bad PDF input: each kind gives one clear typed error, never garbage output.

The PDFs are written by the tests themselves (minimal hand-made files with
computed xref offsets), except the truncated copy of a real fixture.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import NOTICES
from extractors import (
    CorruptFile,
    EncryptedFile,
    FileTooLarge,
    GarbledText,
    Limits,
    NoTextLayer,
    Paragraph,
    read_document,
)

# --------------------------------------------------------------------------- a tiny PDF writer


def pdf_file(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF from numbered object bodies (object 1 is the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer_extra, xref,
    )
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), extra, data)


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
IMAGE = stream(
    b"\x00\xff\xff\x00", b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8"
)
IMAGE_PAINT = b"q 200 0 0 200 100 400 cm /Im1 Do Q"
PATHS_ONLY = b"0.5 w 72 700 m 500 700 l S 72 600 300 50 re S"


def pages_pdf(contents: list[bytes], resources: bytes = b"", extra_objects: list[bytes] = ()) -> bytes:
    """One page per content stream, all sharing ``resources`` (objects numbered from 3 + 2*pages)."""
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)]
    for i, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << %s >> /Contents %d 0 R >>"
            % (resources, 4 + 2 * i)
        )
        objects.append(stream(content))
    return pdf_file(objects + list(extra_objects))


def text_content(lines: list[tuple[float, float, str]], font: bytes = b"/F1", size: int = 12) -> bytes:
    """Content showing each (x, y, text) with a simple font."""
    shows = [b"BT %s %d Tf %g %g Td (%s) Tj ET" % (font, size, x, y, text.encode("latin-1")) for x, y, text in lines]
    return b"\n".join(shows)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- encrypted


def test_encrypted_pdf_raises_encrypted_file(tmp_path: Path) -> None:
    # /O and /U are arbitrary, so the empty user password does not authenticate.
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>" % (b"11" * 32, b"22" * 32)
    data = pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            stream(b"BT /F1 12 Tf 72 700 Td (secret) Tj ET"),
            encrypt,
        ],
        trailer_extra=b"/Encrypt 5 0 R /ID [<%s> <%s>]" % (b"ab" * 16, b"ab" * 16),
    )
    path = write(tmp_path, "locked.pdf", data)
    with pytest.raises(EncryptedFile) as info:
        read_document(path)
    assert str(path) in str(info.value)
    assert "encrypted" in str(info.value)


# --------------------------------------------------------------------------- scanned


@pytest.mark.parametrize(
    "content, resources, extra",
    [
        (IMAGE_PAINT, b"/XObject << /Im1 5 0 R >>", [IMAGE]),
        (PATHS_ONLY, b"", []),
    ],
    ids=["image-only", "paths-only"],
)
def test_pdf_without_text_raises_no_text_layer(tmp_path: Path, content: bytes, resources: bytes, extra: list) -> None:
    path = write(tmp_path, "scan.pdf", pages_pdf([content], resources, extra))
    with pytest.raises(NoTextLayer) as info:
        read_document(path)
    assert str(path) in str(info.value)
    assert "text layer" in str(info.value) and "OCR" in str(info.value)


def test_pdf_with_some_scanned_pages_is_read_with_a_note(tmp_path: Path) -> None:
    pages = [text_content([(72, 700, "Page one has text.")]), IMAGE_PAINT, text_content([(72, 700, "So does page three.")])]
    # the image is object 3 + 2*3 = 9
    data = pages_pdf(pages, b"/Font << /F1 9 0 R >> /XObject << /Im1 10 0 R >>", [HELVETICA, IMAGE])
    doc = read_document(write(tmp_path, "mixed.pdf", data))
    assert [b.text for b in doc.blocks] == ["Page one has text.", "So does page three."]
    assert [b.prov.page for b in doc.blocks] == [1, 3]
    assert doc.notes == ["pages without a text layer (scanned or blank), their content is missing: 2"]


# --------------------------------------------------------------------------- garbled


def type0_identity_font(number_of_descendant: int) -> list[bytes]:
    """A Type0 font with Identity-H encoding and no ToUnicode map (glyph ids only)."""
    return [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [%d 0 R] >>"
        % number_of_descendant,
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
    ]


def test_cid_font_without_tounicode_raises_garbled_text(tmp_path: Path) -> None:
    content = b"BT /F1 12 Tf 72 700 Td <00410042004300440045> Tj ET"
    data = pages_pdf([content], b"/Font << /F1 5 0 R >>", type0_identity_font(6))
    path = write(tmp_path, "garbled.pdf", data)
    with pytest.raises(GarbledText) as info:
        read_document(path)
    assert info.value.page == 1
    assert str(path) in str(info.value)
    assert "page 1" in str(info.value) and "no Unicode mapping" in str(info.value)


def test_a_few_unmapped_glyphs_are_replaced_and_noted(tmp_path: Path) -> None:
    content = text_content([(72, 700, "Readable text with a symbol")]) + b"\nBT /F2 12 Tf 300 700 Td <0041> Tj ET"
    data = pages_pdf([content], b"/Font << /F1 5 0 R /F2 6 0 R >>", [HELVETICA, *type0_identity_font(7)])
    doc = read_document(write(tmp_path, "symbol.pdf", data))
    assert doc.text == "Readable text with a symbol \ufffd"
    assert doc.notes == ["glyphs without a Unicode mapping were replaced by U+FFFD (page 1: 1)"]


# --------------------------------------------------------------------------- corrupt


def test_truncated_pdf_raises_corrupt_file(tmp_path: Path) -> None:
    data = (NOTICES / "002_shaoxing_2019.pdf").read_bytes()
    path = write(tmp_path, "truncated.pdf", data[: len(data) // 2])
    with pytest.raises(CorruptFile) as info:
        read_document(path)
    assert str(path) in str(info.value)
    assert "corrupt or truncated" in str(info.value)


def test_random_bytes_after_pdf_header_raise_corrupt_file(tmp_path: Path) -> None:
    path = write(tmp_path, "noise.pdf", b"%PDF-1.7\n" + os.urandom(4096))
    with pytest.raises(CorruptFile) as info:
        read_document(path)
    assert str(path) in str(info.value)
    assert "corrupt or truncated" in str(info.value)


# --------------------------------------------------------------------------- too many pages


def test_more_pages_than_the_limit_raises_file_too_large() -> None:
    path = NOTICES / "001_union_2011_table.pdf"
    with pytest.raises(FileTooLarge) as info:
        read_document(path, Limits(max_pdf_pages=1))
    assert str(path) in str(info.value)
    assert "3 pages, over the limit of 1 pages" in str(info.value)


def test_a_readable_hand_made_pdf_is_read() -> None:
    """The writer above makes valid PDFs, so the failures above are the intended ones."""
    import io

    import pdfplumber

    data = pages_pdf([text_content([(72, 700, "Hello")])], b"/Font << /F1 5 0 R >>", [HELVETICA])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert pdf.pages[0].extract_text() == "Hello"


def test_paragraph_of_hand_made_pdf(tmp_path: Path) -> None:
    data = pages_pdf([text_content([(72, 700, "Hello")])], b"/Font << /F1 5 0 R >>", [HELVETICA])
    doc = read_document(write(tmp_path, "hello.pdf", data))
    assert [type(b) for b in doc.blocks] == [Paragraph]
    assert doc.blocks[0].text == "Hello"
    assert doc.source.pages == 1 and doc.source.encoding is None
