"""The `kaohe` command.

Each area registers its commands from its own module so that the files stay
small; this module only builds the app and wires them together.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="kaohe",
    help="Read assessment notices (考核方案), extract schemes, review and score units.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

from . import read_cmd  # noqa: E402,F401  (registers `read`)
from . import demo_cmd  # noqa: E402,F401  (registers `demo`)
from . import extract_cmd  # noqa: E402,F401  (registers `extract`, `eval`)
from . import store_cmd  # noqa: E402,F401
from . import score_cmd  # noqa: E402,F401
from . import serve_cmd  # noqa: E402,F401
from . import flows_cmd  # noqa: E402,F401
