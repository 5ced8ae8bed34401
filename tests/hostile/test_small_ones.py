"""Small hostile inputs: content a docx imports from another file, UTF-16 without a byte-order mark,
file names with control and bidi characters."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from extractors import UnsupportedFormat, read_document
from extractors.names import shown

HTML = "<html><body><h1>考核办法</h1><p>第一条 总则</p></body></html>"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_html_without_a_byte_order_mark_is_read(tmp_path, codec):
    path = tmp_path / "notice.html"
    path.write_bytes(HTML.encode(codec))
    document = read_document(path)
    assert ([b.text for b in document.blocks], document.source.encoding) == (["考核办法", "第一条 总则"], codec)


def test_binary_with_zeros_at_both_parities_is_still_refused(tmp_path):
    path = tmp_path / "notice.html"
    path.write_bytes(bytes([0, 0, 7, 0, 0, 9, 3, 0]) * 512)
    with pytest.raises(UnsupportedFormat):
        read_document(path)


def test_content_imported_with_alt_chunk_is_flagged_where_it_stands(tmp_path):
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("考核办法")
    document.save(buffer)
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    chunk = "<html><body><p>第二条 评分细则</p></body></html>"
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                alt = f'<w:altChunk xmlns:r="{r}" r:id="rIdChunk1"/>'.encode()
                data = data.replace(b"<w:sectPr", alt + b"<w:sectPr", 1)  # before the section properties
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    '<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/aFChunk" Target="chunk.html"/></Relationships>').encode())
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/chunk.html" '
                                                 b'ContentType="text/html"/></Types>')
            dst.writestr(info, data)
        dst.writestr("word/chunk.html", chunk.encode())
    path = tmp_path / "notice.docx"
    path.write_bytes(out.getvalue())
    read = read_document(path)
    assert [b.text for b in read.blocks] == ["考核办法"]
    size = len(chunk.encode())
    assert [(f.kind, f.block, f.message) for f in read.flags] == [("reader_note", 1, (
        f"the document imports text/html content ({size:,} bytes, chunk.html) at this point (w:altChunk), which "
        "was not read; open it in Word and save it again to merge it into the text"))]


def test_control_and_bidi_characters_in_a_name_are_escaped():
    assert shown("通知\n第二行\u202eexe.doc\t") == "通知\\n第二行\\u202eexe.doc\\t"
    assert shown("考核办法 2024.docx") == "考核办法 2024.docx"


def test_a_read_error_names_the_file_escaped(tmp_path):
    path = tmp_path / "evil\u202etxt.exe\n.txt"
    path.write_bytes(b"")
    with pytest.raises(Exception) as info:
        read_document(path)
    assert str(info.value) == f"{tmp_path}/evil\\u202etxt.exe\\n.txt: the file is empty"


def test_a_utf8_mark_over_gbk_text_is_read_as_gbk_and_named_so(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "考核办法\n第一条 总则\n".encode("gbk"))
    document = read_document(path)
    assert [b.text for b in document.blocks] == ["考核办法", "第一条 总则"]
    assert document.source.encoding == "gb18030 after a UTF-8 byte-order mark"


def test_kaohe_read_shows_a_forged_name_escaped(tmp_path):
    from run_bounded import run_kaohe

    path = tmp_path / "a\n✓ b\u202e.txt"
    path.write_text("考核办法\n")
    outcome = run_kaohe("read", str(path))
    assert outcome.code == 0, outcome.stderr
    assert outcome.stdout.splitlines()[0].startswith("a\\n✓ b\\u202e.txt  txt")
