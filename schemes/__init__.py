"""Scheme model, its published JSON Schema, and (later) the scheme store."""

from .model import (
    SCHEMA_VERSION, Category, Comparison, Component, ComponentsRule, DocumentRef, Entry, Flag,
    Grade, Item, ManualRule, Metadata, Part, PerOccurrenceRule, ProportionalRule, RangeRule, Rule, Scheme,
    SourceRef, TargetTable, ThresholdRule, Tier, TiersRule, Veto, Weight,
)

__all__ = [
    "SCHEMA_VERSION", "Category", "Comparison", "Component", "ComponentsRule", "DocumentRef", "Entry",
    "Flag", "Grade", "Item", "ManualRule", "Metadata", "Part", "PerOccurrenceRule", "ProportionalRule", "RangeRule",
    "Rule", "Scheme", "SourceRef", "TargetTable", "ThresholdRule", "Tier", "TiersRule", "Veto", "Weight",
]
