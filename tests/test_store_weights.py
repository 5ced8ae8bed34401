"""Publishing waits for weights that cannot be applied as printed, like sums that do not add up."""

from __future__ import annotations

from store_schemes import write_notice

from schemes.model import Category, DocumentRef, Flag, Item, ManualRule, Metadata, Scheme
from schemes.store import Store


def mixed_scheme() -> Scheme:
    """综合 holds x (权重50%) and y (neither weight nor points): the notice does not say how to combine them."""
    meta = Metadata(title="权重考核", source=DocumentRef(file="w.docx", sha256="w" * 64, format="docx"))
    return Scheme(metadata=meta, categories=[Category(id="A", name="综合")], items=[
        Item(id="x", category="A", text="x", weight=0.5, rule=ManualRule()),
        Item(id="y", category="A", text="y", rule=ManualRule())])


def test_a_level_mixing_weighted_and_bare_parts_blocks_publishing_until_corrected(tmp_path):
    with Store.open(home=tmp_path / "home") as store:
        store.ingest(write_notice(tmp_path, "w.docx"), mixed_scheme(), "x-1", author="bot")
        assert store.publish_blockers(1) == [
            "category A 综合: some of its parts carry weights and y neither a weight nor points; it is scored "
            "by adding up and its weights are ignored until a reviewer gives every part a weight or points"]
        store.correct(1, [{"op": "replace", "path": "/items/@y/weight", "value": 0.5}], author="li",
                      reason="y is 50%", base_revision=1)
        assert store.publish_blockers(1) == []


def test_a_resolved_ambiguous_flag_on_the_level_lets_it_publish(tmp_path):
    scheme = mixed_scheme()
    scheme.flags.append(Flag(kind="ambiguous", target="A", message="weights of 综合", resolved=True,
                             resolution="y is a bonus line"))
    with Store.open(home=tmp_path / "home") as store:
        store.ingest(write_notice(tmp_path, "w.docx"), scheme, "x-1", author="bot")
        assert store.publish_blockers(1) == []
