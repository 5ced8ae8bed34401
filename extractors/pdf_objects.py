"""pdfplumber's per-object conversion, made cheap for characters.

pdfplumber turns every pdfminer layout object into a dict
(``Page.process_object``): for each attribute it calls the recursive
``resolve_all``, and it finds the object's kind with a regular expression.
Characters are nearly all the objects of a text page, and their attributes
are plain floats, strings, booleans and tuples of floats, so that generic work
costs about a quarter of parsing a page.  :func:`fast_objects` gives a page a
conversion that builds the same dict for a character (same keys, same values;
anything not plain still goes through ``resolve_all``) and leaves every other
object to pdfplumber's own method.  ``tests/test_read_pdf_objects.py`` checks
the dicts are equal on real PDFs.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from pdfminer.layout import LTChar
from pdfplumber.page import ALL_ATTRS, Page, fix_fontname_bytes
from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

_PLAIN = frozenset({float, int, str, bool, type(None)})  # exact types resolve_all returns unchanged
_KIND = re.sub(r"^LT", "", LTChar.__name__).lower()  # "char", as pdfplumber names it


def _attributes(obj) -> dict:
    """The object's pdfplumber attributes; plain values (and tuples of them) are taken as they are."""
    attr = {}
    for k, v in obj.__dict__.items():
        if k in ALL_ATTRS:
            kind = type(v)
            if kind in _PLAIN or (kind is tuple and not [x for x in v if type(x) not in _PLAIN]):
                attr[k] = v
            else:
                attr[k] = resolve_all(v)
    return attr


def fast_objects(page: Page) -> None:
    """Give ``page`` the cheap character conversion (for this page object only)."""
    original = page.process_object
    pdf = page.pdf
    page_number = page.page_number
    mb_x0, mb_top = page.mediabox[:2]
    height = page.height
    doctop = page.initial_doctop
    colour_names: dict[str, Any] = {}

    def process_object(obj) -> dict:
        if type(obj) is not LTChar:
            return original(obj)
        attr = _attributes(obj)
        attr["object_type"] = _KIND
        attr["page_number"] = page_number
        for cs in ("ncs", "scs"):
            if hasattr(obj, cs):
                name = getattr(obj, cs).name
                if type(name) is str:
                    if name not in colour_names:
                        colour_names[name] = resolve_and_decode(name)
                    attr[cs] = colour_names[name]
                else:
                    attr[cs] = resolve_and_decode(name)
        text = obj.get_text()
        if pdf.unicode_norm is not None:
            text = unicodedata.normalize(pdf.unicode_norm, text)
        attr["text"] = text
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
        if "y0" in attr:
            attr["top"] = (height - attr["y1"]) + mb_top
            attr["bottom"] = (height - attr["y0"]) + mb_top
            attr["doctop"] = doctop + attr["top"]
        if "x0" in attr and mb_x0 != 0:
            attr["x0"] = attr["x0"] + mb_x0
            attr["x1"] = attr["x1"] + mb_x0
        return attr

    page.process_object = process_object  # type: ignore[method-assign]
