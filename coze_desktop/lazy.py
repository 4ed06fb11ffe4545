"""Package faces that import a submodule only when one of its names is first used (PEP 562)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, exports: dict[str, tuple[str, ...]]) -> tuple[Callable[[str], Any], list[str]]:
    """``(__getattr__, __all__)`` for ``package``, whose names live in the submodules ``exports`` lists.

    Start-up cost is import cost: ``from coze_desktop.api import CozeError`` should not load httpx, nor
    ``from coze_desktop.chat import Role`` the chat engine. Each submodule is imported on first use of one of
    its names; the name is then cached in the package, so later lookups are plain attribute reads.
    """
    owner = {name: module for module, names in exports.items() for name in names}
    namespace = importlib.import_module(package).__dict__

    def __getattr__(name: str) -> Any:
        try:
            module = owner[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return __getattr__, sorted(owner)
