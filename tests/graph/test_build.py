"""Building: extraction in several processes gives what one gives, and a process that dies fails the build."""

from __future__ import annotations

import os

import pytest

from reformkg.extract import BUNDLED_DOCUMENT
from reformkg.extract.reading import DocumentError
from reformkg.graph import build
from tests.conftest import DOCUMENTS


def test_two_processes_make_the_same_graphs_as_one():
    files = [BUNDLED_DOCUMENT, *DOCUMENTS[:3]]
    with build.build_graphs(files, jobs=2) as two, build.build_graphs(files, jobs=1) as one:
        assert list(two) == list(one)
        assert len(one) == len(files) and all(own and shared for _, own, shared in one)


def _dies(path):
    os._exit(9)  # as a worker killed by the kernel would


def test_a_worker_that_dies_fails_the_build_with_a_reason(monkeypatch):
    monkeypatch.setattr(build, "_built", _dies)
    with pytest.raises(DocumentError, match="died"):
        build.build_graphs([BUNDLED_DOCUMENT, *DOCUMENTS[:2]], jobs=2)
