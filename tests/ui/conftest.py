"""Widget tests: async tests run on a qasync loop, as the app does; keyring fixtures shared with test_settings."""

from __future__ import annotations

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from ..test_settings import memory_keyring, no_keyring  # noqa: F401 (fixtures)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, object]:
    return {"qasync": lambda: qasync.QEventLoop(QApplication.instance() or QApplication([]))}
