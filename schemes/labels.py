"""What users read for the codes of the scheme model: flag kinds, rule kinds, statuses, actions.

The codes themselves (``missing_points``, ``per_occurrence``, ``draft``) stay in
JSON, URLs and scripts; people see these labels, in their language
(:mod:`kaohe.i18n`).  Each flag kind also has a severity, which orders the
review page's flags: what blocks publishing first, information last.
"""

from __future__ import annotations

from typing import Literal

from kaohe.i18n import N_, _

Severity = Literal["blocks", "look", "info"]

#: severity → its label, most severe first.
SEVERITIES: dict[str, str] = {
    "blocks": N_("blocks publishing"),
    "look": N_("needs a look"),
    "info": N_("information"),
}

#: flag kind → (label, severity).  Publishing is refused while a flag is open (schemes.store),
#: so every kind could block; "blocks" marks those that mean the scheme scores wrongly as it is.
FLAG_KINDS: dict[str, tuple[str, Severity]] = {
    "subtotal_mismatch": (N_("category sum does not match"), "blocks"),
    "total_mismatch": (N_("total does not match"), "blocks"),
    "missing_points": (N_("missing points"), "blocks"),
    "rule_points_mismatch": (N_("rule and points disagree"), "blocks"),
    "missing_category": (N_("missing category"), "blocks"),
    "duplicate_id": (N_("duplicate number"), "blocks"),
    "missing_base": (N_("missing base score"), "blocks"),
    "no_item_maxima": (N_("items without maximum"), "blocks"),
    "truncated": (N_("notice cut short"), "look"),
    "field_truncated": (N_("text cut short"), "look"),
    "unparsed_rule": (N_("rule not understood"), "look"),
    "ambiguous": (N_("ambiguous reading"), "look"),
    "low_confidence": (N_("low confidence"), "look"),
    "ocr_low_confidence": (N_("uncertain OCR"), "look"),
    "template_placeholders": (N_("template placeholders"), "look"),
    "not_a_scheme": (N_("not a scheme"), "look"),
    "unaccounted_points": (N_("points not accounted for"), "look"),
    "non_scheme_table": (N_("table that is not the scheme"), "info"),
    "repeated_sheets": (N_("repeated sheets"), "info"),
    "note_rows": (N_("note rows"), "info"),
    "reader_note": (N_("reader's note"), "info"),
    "trailing_unrelated_content": (N_("unrelated text after the scheme"), "info"),
}

RULE_KINDS = {
    "threshold": N_("threshold (met or not)"),
    "components": N_("components"),
    "tiers": N_("tiers"),
    "per_occurrence": N_("per occurrence"),
    "proportional": N_("proportional"),
    "range": N_("range chosen by the rater"),
    "lookup": N_("looked up by two keys"),
    "manual": N_("rater's score"),
}

SCORING_MODELS = {"additive": N_("points added up"), "deduction": N_("deducted from a base")}

ENTRY_KINDS = {"item": N_("item"), "bonus": N_("bonus"), "deduction": N_("deduction"), "veto": N_("veto"),
               "limit": N_("limit")}

SCHEME_KINDS = {"scheme": N_("scheme"), "not_a_scheme": N_("not a scheme")}

#: version statuses, correction statuses and audit-log actions.
STATUSES = {
    "draft": N_("draft"), "reviewed": N_("reviewed"), "published": N_("published"),
    "applied": N_("applied"), "conflict": N_("conflict"), "dismissed": N_("dismissed"),
}
ACTIONS = {
    "created": N_("created"), "ingested": N_("ingested"), "corrected": N_("corrected"),
    "dismissed": N_("dismissed"), "approved": N_("approved"), "published": N_("published"),
    "revised": N_("revised"),
}

#: what changed between two years' schemes (:mod:`schemes.compare`).
CHANGES = {
    "added": N_("added"), "removed": N_("removed"), "moved": N_("moved"), "split": N_("split"),
    "merged": N_("merged"), "points": N_("points"), "criteria": N_("criteria"), "rule": N_("rule"),
    "departments": N_("departments"), "weight": N_("weight"), "veto_effect": N_("effect of a veto"),
    "total": N_("total"), "category_added": N_("category added"), "category_removed": N_("category removed"),
    "category_renamed": N_("category renamed"), "category_moved": N_("category moved"),
    "category_points": N_("category points"), "category_weight": N_("category weight"),
    "category_departments": N_("category departments"), "grade_added": N_("grade added"),
    "grade_removed": N_("grade removed"), "grade_changed": N_("grade changed"),
}

#: statuses of a prefilled value (:mod:`pipeline.prefill`).
PREFILL_STATUSES = {"proposed": N_("proposed"), "linked": N_("linked"), "no evidence": N_("no evidence"),
                    "confirmed": N_("confirmed"), "corrected": N_("corrected")}


def _label(table: dict[str, str], code: str | None) -> str:
    return "" if code is None else _(table[code]) if code in table else code


def flag_label(kind: str) -> str:
    return _(FLAG_KINDS[kind][0]) if kind in FLAG_KINDS else kind


def severity(kind: str) -> Severity:
    """Unknown kinds need a look: never hide what we cannot name."""
    return FLAG_KINDS[kind][1] if kind in FLAG_KINDS else "look"


def severity_label(level: str) -> str:
    return _label(SEVERITIES, level)


def rule_label(kind: str | None) -> str:
    return _label(RULE_KINDS, kind)


def model_label(model: str | None) -> str:
    return _label(SCORING_MODELS, model)


def entry_label(kind: str | None) -> str:
    return _label(ENTRY_KINDS, kind)


def kind_label(kind: str | None) -> str:
    return _label(SCHEME_KINDS, kind)


def change_label(change: str | None) -> str:
    return _label(CHANGES, change)


def prefill_label(status: str | None) -> str:
    return _label(PREFILL_STATUSES, status)


def status_label(status: str | None) -> str:
    return _label(STATUSES, status)


def action_label(action: str | None) -> str:
    return _label(ACTIONS, action)
