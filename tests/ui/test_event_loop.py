"""The app's event loop never runs a task step without a running loop (the cause of a lost early message)."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QApplication

from coze_desktop.ui.event_loop import EventLoop


def test_task_steps_after_run_until_complete_see_their_running_loop(qapp: QApplication) -> None:
    """qasync processes Qt's events once more after ``run_until_complete``'s future is done; a task step run
    there used to find no running loop (httpx then raised anyio's NoEventLoopError)."""
    loop = EventLoop(qapp)
    seen: list[object] = []
    tasks: list[asyncio.Task[None]] = []

    async def later() -> None:
        for _ in range(3):
            await asyncio.sleep(0)
            try:
                seen.append(asyncio.get_running_loop() is loop)
            except RuntimeError as exc:
                seen.append(str(exc))

    async def start() -> None:
        tasks.append(asyncio.ensure_future(later()))  # like a turn started as window.start() returns

    try:
        loop.run_until_complete(start())
        loop.run_until_complete(asyncio.sleep(0.05))
    finally:
        loop.close()
    assert seen == [True, True, True]


def test_run_until_complete_returns_the_result_and_raises_the_error(qapp: QApplication) -> None:
    loop = EventLoop(qapp)

    async def answer() -> int:
        await asyncio.sleep(0)
        return 42

    async def fail() -> None:
        raise ValueError("boom")

    try:
        assert loop.run_until_complete(answer()) == 42
        try:
            loop.run_until_complete(fail())
        except ValueError as exc:
            assert str(exc) == "boom"
        else:
            raise AssertionError("the error was swallowed")
    finally:
        loop.close()
