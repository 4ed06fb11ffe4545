"""Widget tests: async tests run on a qasync loop, as the app does; keyring fixtures shared with test_settings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coze_desktop.ui.event_loop import EventLoop

from ..test_settings import memory_keyring, no_keyring  # noqa: F401 (fixtures)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, object]:
    return {"qasync": lambda: EventLoop(QApplication.instance() or QApplication([]))}
