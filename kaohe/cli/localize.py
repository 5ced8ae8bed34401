"""The command line in the user's language.

Help texts stay in English in the code (docstrings, ``help=``), which are the
msgids of the catalogue; :func:`localize` replaces them on the click command
tree just before it is shown, so the command modules need no change to be
translated.  Typer's own words (panel titles, ``[required]``, ``Usage:``) go
through the same catalogue (:func:`install`).
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys

from kaohe.i18n import N_, _

#: Typer's fixed strings (module constants of typer.rich_utils) and their English text.
TYPER_STRINGS = {
    "DEFAULT_STRING": N_("[default: {}]"),
    "ENVVAR_STRING": N_("[env var: {}]"),
    "REQUIRED_LONG_STRING": N_("[required]"),
    "ARGUMENTS_PANEL_TITLE": N_("Arguments"),
    "OPTIONS_PANEL_TITLE": N_("Options"),
    "COMMANDS_PANEL_TITLE": N_("Commands"),
    "ERRORS_PANEL_TITLE": N_("Error"),
    "ABORTED_TEXT": N_("Aborted."),
    "RICH_HELP": N_("Try [blue]'{command_path} {help_option}'[/] for help."),
}
USAGE = N_("Usage: ")
OPTIONS_METAVAR = N_("[OPTIONS]")
COMMAND_METAVAR = N_("COMMAND [ARGS]...")
HELP_OPTION = N_("Show this message and exit.")


def install() -> None:
    """Typer's own words in the user's language (call before a command runs).

    typer.rich_utils (rich's markdown, pygments, tracebacks: ~0.08 s CPU) is imported only to show
    help or an error; its words are translated when that happens, not by every command."""
    rich_utils = sys.modules.get("typer.rich_utils")
    if rich_utils is not None:
        translate_rich_utils(rich_utils)
    elif not any(isinstance(f, _AfterImport) for f in sys.meta_path):
        sys.meta_path.insert(0, _AfterImport("typer.rich_utils", translate_rich_utils))
    _install_click()


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs ``then(module)`` right after the module ``name`` is first imported (then steps aside)."""

    def __init__(self, name: str, then) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname, path, target=None):
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                self.then(module)

            spec.loader.exec_module = exec_module
        return spec


def translate_rich_utils(rich_utils) -> None:
    """typer.rich_utils' fixed words in the user's language; long Chinese runs fold instead of "…"."""
    for name, text in TYPER_STRINGS.items():
        setattr(rich_utils, name, _(text))
    if not getattr(rich_utils._make_rich_text, "_kaohe", False):
        make_rich_text = rich_utils._make_rich_text

        def folding_rich_text(*args, **kwargs):
            # Chinese has no spaces between words: let a long run break anywhere instead of "…"
            text = make_rich_text(*args, **kwargs)
            if getattr(text, "overflow", "") is None:
                text.overflow = "fold"
            return text

        folding_rich_text._kaohe = True
        rich_utils._make_rich_text = folding_rich_text


def _install_click() -> None:
    """The usage prefix and the help option's text, translated."""
    try:
        from typer._click import formatting
    except ImportError:  # pragma: no cover - typer without vendored click
        return
    if not getattr(formatting.HelpFormatter.write_usage, "_kaohe", False):
        original = formatting.HelpFormatter.write_usage

        def write_usage(self, prog, args="", prefix=None):
            return original(self, prog, args, _(USAGE) if prefix is None else prefix)

        write_usage._kaohe = True
        formatting.HelpFormatter.write_usage = write_usage
    from typer._click import core

    if not getattr(core.Command.get_help_option, "_kaohe", False):
        get_help_option = core.Command.get_help_option

        def translated_help_option(self, ctx):
            option = get_help_option(self, ctx)
            if option is not None and option.help == HELP_OPTION:
                option.help = _(HELP_OPTION)
            return quiet_flag(option)

        translated_help_option._kaohe = True
        core.Command.get_help_option = translated_help_option


def quiet_flag(param):
    """A flag shows no ``<bool>`` type in help: its name says it all."""
    if param is not None and getattr(param, "is_flag", False):
        param.display_type_rich = lambda ctx: None
    return param


def localize(cmd):
    """``cmd`` (and its subcommands) with help texts in the user's language; returns it."""
    if cmd is None or getattr(cmd, "_kaohe_lang", None) is not None:
        return cmd
    for attr in ("help", "short_help"):
        text = getattr(cmd, attr, None)
        if text:
            setattr(cmd, attr, _(text))
    for param in getattr(cmd, "params", ()):
        if getattr(param, "help", None):
            param.help = _(param.help)
        quiet_flag(param)
    if getattr(cmd, "options_metavar", None) == OPTIONS_METAVAR:
        cmd.options_metavar = _(OPTIONS_METAVAR)
    if getattr(cmd, "subcommand_metavar", None) == COMMAND_METAVAR:
        cmd.subcommand_metavar = _(COMMAND_METAVAR)
    cmd._kaohe_lang = True
    for sub in getattr(cmd, "commands", {}).values():
        localize(sub)
    return cmd


def help_texts(cmd, seen: set[int] | None = None):
    """Every English help text of ``cmd`` and its subcommands (for the catalogue and its test)."""
    seen = set() if seen is None else seen
    if id(cmd) in seen:
        return
    seen.add(id(cmd))
    for attr in ("help", "short_help"):
        if getattr(cmd, attr, None):
            yield getattr(cmd, attr)
    for param in getattr(cmd, "params", ()):
        if getattr(param, "help", None):
            yield param.help
    for sub in getattr(cmd, "commands", {}).values():
        yield from help_texts(sub, seen)
