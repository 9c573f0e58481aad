"""The agent tests build Faust apps, which create their data directory: under a temporary
directory, not the user's ~/.local/share/newswire."""

from __future__ import annotations

from pathlib import Path

import pytest

import agents.app


@pytest.fixture(autouse=True)
def _tables_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(agents.app, "data_dir", lambda settings: tmp_path / settings.app_id)
