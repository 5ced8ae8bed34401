"""Keep the message catalogue in step with the code: ``make messages``.

Collects every user-facing English string — ``_()``/``N_()``/``ngettext()`` in
Python and Jinja templates, and the command line's help texts (docstrings and
``help=``, read from the command tree) — into ``kaohe/locale/kaohe.pot``,
merges it into each translation (``kaohe/locale/<lang>/LC_MESSAGES/kaohe.po``,
what a translator edits; new strings arrive untranslated, vanished ones are
kept as obsolete) and compiles the ``.mo`` files that :mod:`kaohe.i18n` reads.
``--check`` changes nothing and exits 1 when a string lacks a translation or
a ``.mo`` is not the compilation of its ``.po`` (the test suite runs it).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.extract import extract_from_dir  # noqa: E402
from babel.messages.mofile import write_mo  # noqa: E402
from babel.messages.pofile import read_po, write_po  # noqa: E402

from kaohe.i18n import DOMAIN, LOCALEDIR  # noqa: E402

PACKAGES = ("kaohe", "extractors", "pipeline", "schemes", "flows", "review")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
METHODS = [("**.py", "python"), ("**/templates/*.j2", "jinja2.ext:babel_extract")]
TRANSLATIONS = ("zh_CN",)


def cli_texts() -> list[str]:
    """Help texts of every command and option, as written in the code."""
    import typer

    from kaohe import cli
    from kaohe.cli.localize import COMMAND_METAVAR, HELP_OPTION, OPTIONS_METAVAR, TYPER_STRINGS, USAGE, help_texts

    for module in dict.fromkeys(m for m, _ in cli.COMMANDS.values()):
        cli.load(module)
    texts = [cli.app.info.help, *(summary for _, summary in cli.COMMANDS.values())]
    texts += list(help_texts(typer.main.get_group(cli.app)))
    return [*texts, USAGE, HELP_OPTION, OPTIONS_METAVAR, COMMAND_METAVAR, *TYPER_STRINGS.values()]


def template() -> Catalog:
    cat = Catalog(project="kaohe", domain=DOMAIN, charset="utf-8")
    for package in PACKAGES:
        for filename, lineno, message, _comments, _context in extract_from_dir(
                ROOT / package, METHODS, KEYWORDS, strip_comment_tags=True):
            cat.add(message, locations=[(f"{package}/{filename}", lineno)])
    for text in cli_texts():
        if text and text not in cat:
            cat.add(text, locations=[("kaohe/cli", 0)])
    return cat


def po_path(lang: str) -> Path:
    return LOCALEDIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def compiled(cat: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, cat)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    check = "--check" in argv
    pot = template()
    problems = []
    if not check:
        with open(LOCALEDIR / f"{DOMAIN}.pot", "wb") as fh:
            write_po(fh, pot, omit_header=False, sort_output=True, width=100)
    for lang in TRANSLATIONS:
        path = po_path(lang)
        with open(path, "rb") as fh:
            cat = read_po(fh, locale=lang)
        if not check:
            cat.update(pot, no_fuzzy_matching=True)
            with open(path, "wb") as fh:
                write_po(fh, cat, sort_output=True, width=100, ignore_obsolete=False)
        missing = [m.id for m in pot if m.id and (cat.get(m.id) is None or not cat.get(m.id).string)]
        problems += [f"{lang}: no translation for {text!r}" for text in missing]
        mo = path.with_suffix(".mo")
        data = compiled(cat)
        if check:
            if not mo.is_file() or mo.read_bytes() != data:
                problems.append(f"{lang}: {mo.relative_to(ROOT)} is not compiled from its .po (run `make messages`)")
        else:
            mo.write_bytes(data)
    for line in problems:
        print(line)
    return 1 if problems and check else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
