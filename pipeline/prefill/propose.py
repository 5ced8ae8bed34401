"""One report + a scheme → a :class:`Prefill`: every target linked or marked ``no evidence``, every input
read or left to the rater, each with its evidence."""

from __future__ import annotations

import re
from pathlib import Path

from extractors.model import Document
from kaohe.i18n import _
from pipeline.scoring.inputs import Contract
from schemes.model import Scheme

from .link import Target, link, scheme_targets
from .model import Candidate, Prefill, Proposal, Sentence, TargetResult
from .passages import Segmented, segment
from .units import unit_name
from .values import read_component_counts, read_count, read_levels, read_met, read_value

_ATTACHMENT = re.compile(r"(?:见附后|见附件|详见附件|附件\s*\d+|附表\s*\d*|(?<=[（(])附)\s*[:：]?\s*([^）)]{1,120})")


def prefill_document(scheme: Scheme, doc: Document, *, unit: str | None = None,
                     known_units: list[str] | None = None, contract: Contract | None = None) -> Prefill:
    contract = contract or Contract(scheme)
    seg = segment(doc)
    if unit:
        name, how = unit, "given"
    else:
        known = known_units or (list(scheme.targets[0].rows) if scheme.targets else None)
        name, how = unit_name(seg.title, doc.text, known)
    targets = scheme_targets(scheme)
    links = link(scheme, seg, targets)
    results: list[TargetResult] = []
    by_id = {t.id: t for t in targets}
    for tid, spec in contract.targets.items():
        if spec.kind == "part":
            continue
        target = by_id.get(tid)
        assigned = links.assigned.get(tid, []) if target else []
        cands = [Candidate(sentence=i, score=round(sc, 3), by_number=num, text=seg.sentences[i].text[:120])
                 for i, sc, num in links.candidates.get(tid, [])]
        if not assigned:
            results.append(TargetResult(
                target=tid, kind=spec.kind, label=spec.label, status="no evidence", candidates=cands,
                proposals=[Proposal(input=n, status="no evidence") for n in spec.template_inputs]))
            continue
        sentences = [seg.sentences[i] for i in assigned]
        proposals = _read(target, spec.template_inputs, sentences, seg, links, scheme)
        status = "proposed" if any(p.value for p in proposals) else "linked"
        results.append(TargetResult(target=tid, kind=spec.kind, label=spec.label, status=status,
                                    proposals=proposals, candidates=cands, sentences=assigned,
                                    attachments=_attachments(sentences, seg)))
    notes = []
    if not name:
        notes.append("the report does not name its unit; give it with --unit")
    return Prefill(file=doc.source.name, unit=name, unit_source=how, scheme_title=scheme.metadata.title,
                   targets=results, sentences=seg.sentences, notes=notes)


def _read(target: Target, inputs: list[str], sentences: list[Sentence], seg: Segmented, links,
          scheme: Scheme) -> list[Proposal]:
    read: dict[str, Proposal] = {}
    if any(n.startswith(("count:", "shared_count:")) for n in inputs):
        if target.kind == "item":
            read.update({p.input: p for p in read_component_counts(target, sentences, links)})
        else:
            read.update({p.input: p for p in read_levels(target, sentences, links)})
    for name in inputs:
        if name in read:
            continue
        p = None
        if name == "value":
            p = read_value(name, target, sentences, seg, links, scheme.targets)
        elif name == "met":
            p = read_met(name, target, sentences, links)
            gate = getattr(getattr(target.obj, "rule", None), "gate", None)
            if p is not None and gate:
                p.flags.append(_("gate: {gate} — read from the statement, please check").format(gate=gate))
        elif name == "count":
            p = read_count(name, target, sentences, seg, links, scheme)
        if p is not None:
            read[name] = p
    best = sentences[0]
    out = []
    for name in inputs:
        if name in read:
            out.append(read[name])
        else:
            out.append(Proposal(input=name, status="linked", evidence=best.text, where=best.where))
    extra = [p for n, p in read.items() if n not in inputs]  # shared_count:LEVEL found but not offered
    return out + extra


def _attachments(sentences: list[Sentence], seg: Segmented) -> list[str]:
    seen = []
    pool = list(sentences)
    for s in sentences:
        sec = seg.section_of.get(s.index)
        if sec is not None:
            pool += [seg.sentences[i] for i in seg.sections[sec].sentences]
    for s in pool:
        for m in _ATTACHMENT.finditer(s.text):
            text = m.group(0).strip("（）() 。")
            if text not in seen:
                seen.append(text)
    return seen


def prefill_file(scheme: Scheme, path: Path | str, **kw) -> Prefill:
    from extractors import read_document

    return prefill_document(scheme, read_document(path), **kw)
