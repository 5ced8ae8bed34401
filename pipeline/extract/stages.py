"""The stage registry: each stage module registers its function with what it requires from the
intermediate form and what it assigns (spaCy's ``@Language.component(requires=…, assigns=…)``).
The runner (``runner.py``) imports the stage modules and runs them in :data:`ORDER`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .state import Extraction


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[Extraction], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str

    def describe(self) -> str:
        return (f"{self.name}: requires {', '.join(self.requires) or '-'}; assigns {', '.join(self.assigns)}"
                f" — {self.doc}")


#: the order the stages run in (each registered by its module)
ORDER = ("numerals", "facts", "layout", "readings", "rules", "choose", "scheme")
#: the registered stages
STAGES: list[Stage] = []


def stage(name: str, requires: tuple[str, ...], assigns: tuple[str, ...]):
    """Register a stage function under ``name`` (run in the place :data:`ORDER` gives it)."""
    def register(func: Callable[[Extraction], None]) -> Callable[[Extraction], None]:
        summary = " ".join((func.__doc__ or "").strip().split("\n\n")[0].split())
        STAGES[:] = [s for s in STAGES if s.name != name] + [Stage(name, func, requires, assigns, summary)]
        return func
    return register
