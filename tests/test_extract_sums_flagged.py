"""No silent wrong sums: on every development document, every category whose items (or
sub-categories) do not add up to its declared points carries a subtotal_mismatch flag, and a
total that does not add up a total_mismatch flag."""

from pathlib import Path

import pytest

from extractors import read_document
from pipeline.extract import extract_scheme
from schemes.reconcile import unreconciled

DATA = Path(__file__).parent / "data"
DOCUMENTS = sorted(p for folder in ("corpus", "unseen") for p in (DATA / folder).glob("[cu][0-9]*.*")
                   if p.suffix != ".py" and "_scan" not in p.name)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name[:24])
def test_every_level_that_does_not_add_up_is_flagged(path):
    scheme = extract_scheme(read_document(path, ocr=False))
    if scheme.kind != "scheme" or scheme.scoring_model == "deduction":
        return
    flagged = {(f.kind, f.target) for f in scheme.flags}
    for s in unreconciled(scheme):
        kind = "total_mismatch" if s.target is None else "subtotal_mismatch"
        assert (kind, s.target) in flagged, f"{s.describe()} is not flagged"
