"""The `kaohe` command.

Each area registers its commands from its own module so that the files stay
small.  The modules are imported only when their command runs: `kaohe --help`
or `kaohe read` must not pay for the store, SQLAlchemy, pandas, Prefect or the
language pipeline.  :data:`COMMANDS` names each command's module and the
one-line help shown by `kaohe --help` (a test checks it against the module).
"""

from __future__ import annotations

from .process import settle_imports, tune_process

tune_process()  # first: every import after it (typer's included) is part of a command's start-up

import importlib  # noqa: E402
from difflib import get_close_matches  # noqa: E402

import typer  # noqa: E402
try:  # typer ≥ 0.25 vendors click
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover
    from click.exceptions import UsageError
from typer.core import TyperCommand, TyperGroup

from kaohe.i18n import _

from .localize import install, localize

#: command → (module in kaohe.cli that registers it, its one-line help), in help order.
COMMANDS: dict[str, tuple[str, str]] = {
    "read": ("read_cmd", "Read a notice and print its document model (outline, or JSON with --json)."),
    "demo": ("demo_cmd", "Ingest the example notices and score the sample submissions with the Prefect flows."),
    "extract": ("extract_cmd", "Extract the assessment scheme of a notice."),
    "eval": ("extract_cmd", "Measure extraction against gold schemes; exit 1 below the thresholds."),
    "ingest": ("store_cmd", "Read, extract and store notices as draft scheme versions (a file seen before is "
                            "skipped)."),
    "score": ("score_cmd", "Score units' submissions against a scheme; write results, a report and (--explain) "
                           "explanations."),
    "explain": ("score_cmd", "Explain one unit's scores from a `kaohe score` output folder."),
    "template": ("score_cmd", "Write the submission template for a scheme: wide workbook (.xlsx) or long CSV "
                              "(.csv)."),
    "serve": ("serve_cmd", "Start the review page: schemes beside their source notice, corrections, approve and "
                           "publish."),
    "schemes": ("store_cmd", "List, show, correct, approve, publish and compare stored schemes."),
    "review": ("store_cmd", "Excel review round-trip: export a sheet, import the reviewer's edits."),
    "prefill": ("prefill_cmd", "Prefill submissions from self-evaluation reports: every value with its evidence "
                               "sentence, to confirm."),
    "eval-prefill": ("prefill_cmd", "Measure prefill against hand-written gold: linking P/R, exact values, wrong "
                                    "values flagged."),
    "flows": ("flows_cmd", "Prefect flows: ingest an inbox, score a batch, serve both on a schedule."),
}


class LazyGroup(TyperGroup):
    """A typer group that imports a command's module when the command is used."""

    _listing = False

    def list_commands(self, ctx) -> list[str]:
        return [*COMMANDS, *(n for n in self.commands if n not in COMMANDS)]

    def format_help(self, ctx, formatter) -> None:
        install()
        localize(self)
        LazyGroup._listing = True  # the command list needs only names and one-line helps
        try:
            return super().format_help(ctx, formatter)
        finally:
            LazyGroup._listing = False

    def resolve_command(self, ctx, args):
        try:
            return super().resolve_command(ctx, args)
        except UsageError as exc:  # suggest among all commands, not only the imported ones
            matches = get_close_matches(args[0], list(COMMANDS)) if args else []
            if matches and "Did you mean" not in exc.message:
                exc.message = f"{exc.message.rstrip('.')}. Did you mean {', '.join(repr(m) for m in matches)}?"
            raise

    def get_command(self, ctx, cmd_name: str):
        install()
        cmd = self.commands.get(cmd_name)
        if cmd is not None or cmd_name not in COMMANDS:
            return localize(cmd)
        module, summary = COMMANDS[cmd_name]
        if LazyGroup._listing:
            return TyperCommand(name=cmd_name, help=_(summary), short_help=_(summary))
        load(module)
        settle_imports()
        cmd = localize(typer.main.get_group(app).commands.get(cmd_name))
        if cmd is not None:
            self.commands[cmd_name] = cmd
        return cmd


def load(module: str):
    """Import one command module (it registers its commands on :data:`app`)."""
    return importlib.import_module(f"{__name__}.{module}")


app = typer.Typer(
    name="kaohe",
    cls=LazyGroup,
    help="Read assessment notices (考核方案), extract schemes, review and score units.",  # translated by localize
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _main() -> None:
    # A callback keeps `kaohe` a group however few command modules are imported yet.
    pass
