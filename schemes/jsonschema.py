"""The published JSON Schema of scheme files, generated from the model.

`python -m schemes.jsonschema` rewrites ``schemes/scheme.schema.json``; a test
checks that the committed file matches the model.
"""

from __future__ import annotations

import json
from pathlib import Path

from .model import SCHEMA_VERSION, Scheme

SCHEMA_PATH = Path(__file__).with_name("scheme.schema.json")
SCHEMA_ID = f"https://kaohe.example/schemas/scheme-{SCHEMA_VERSION}.json"


def generate() -> dict:
    schema = Scheme.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def render() -> str:
    return json.dumps(generate(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def load() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


if __name__ == "__main__":
    SCHEMA_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
