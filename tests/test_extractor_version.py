"""The extractor version is a content hash of the extraction code and its data files."""

from __future__ import annotations

import shutil

from conftest import ROOT

from pipeline.extract import EXTRACTOR_VERSION
from pipeline.extract.version import SOURCES, content_hash, source_files


def copy_sources(tmp_path):
    for name in SOURCES:
        src, dst = ROOT / name, tmp_path / name
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
    return tmp_path


def test_the_running_version_is_the_short_hash_of_the_sources():
    import importlib

    from pipeline.extract import version

    fresh = importlib.reload(version)  # the sources as they are now
    assert fresh.EXTRACTOR_VERSION == fresh.content_hash()[:12]
    assert len(EXTRACTOR_VERSION) == 12 and int(EXTRACTOR_VERSION, 16) >= 0


def test_code_and_data_files_are_hashed_and_caches_are_not():
    names = {p.relative_to(ROOT).as_posix() for p in source_files()}
    assert {"extractors/docx_reader.py", "pipeline/extract/runner.py", "schemes/criteria/grammar.py",
            "schemes/criteria/data/kaohe_dict.txt", "schemes/model.py"} <= names
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_a_copy_hashes_the_same_and_any_change_gives_a_new_version(tmp_path):
    root = copy_sources(tmp_path)
    assert content_hash(root) == content_hash()
    (root / "pipeline/extract/__pycache__").mkdir(exist_ok=True)
    (root / "pipeline/extract/__pycache__/x.cpython-311.pyc").write_bytes(b"compiled")
    assert content_hash(root) == content_hash()
    dictionary = root / "schemes/criteria/data/kaohe_dict.txt"
    dictionary.write_text(dictionary.read_text(encoding="utf-8") + "新词 10 n\n", encoding="utf-8")
    assert content_hash(root) != content_hash()
