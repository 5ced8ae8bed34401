"""Self-evaluation reports in, prefilled submissions out (#22).

Modules, one job each: :mod:`.passages` (report → sentences and numbered sections), :mod:`.units`
(which unit a report is from), :mod:`.tokens` and :mod:`.link` (sentences → scheme targets),
:mod:`.figures` and :mod:`.values` (the claimed value per input), :mod:`.propose` (the whole report),
:mod:`.output` (workbook/CSV), :mod:`.evaluate` (against hand-written gold).
"""

from .model import CHECK_BELOW, Prefill, Proposal, TargetResult
from .propose import prefill_document, prefill_file

__all__ = ["CHECK_BELOW", "Prefill", "Proposal", "TargetResult", "prefill_document", "prefill_file"]
