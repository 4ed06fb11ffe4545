"""Reads an answer aloud while it streams: sentences synthesised one ahead of the one playing."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from .speakable import SentenceSplitter

if TYPE_CHECKING:
    from .speaker import Speaker

log = logging.getLogger(__name__)

_END = None  # put in a queue: nothing more will come


class ReadAloud:
    """Says the sentences of one answer, in order, as they become complete.

    ``feed`` the answer's deltas (or the whole text), then ``finish``; ``wait`` returns when everything was said,
    or at once after ``stop``. Two tasks form the pipeline: one synthesises sentences (``synthesize(text)`` →
    an audio clip, e.g. ``CozeClient.speech`` with a voice bound), the other plays the clips on ``speaker``; the
    clip queue between them holds one clip, so sentence n+1 is synthesised while sentence n plays and no more
    is fetched ahead than needed. A sentence whose synthesis or playback fails is reported to
    ``on_error(sentence, error)`` and skipped; the rest is still said. ``stop`` cancels both at once (a request
    under way is abandoned, the clip playing is cut). One ReadAloud says one answer; it cannot be restarted.
    """

    def __init__(
        self,
        synthesize: Callable[[str], Awaitable[bytes]],
        speaker: Speaker,
        *,
        on_error: Callable[[str, Exception], None] | None = None,
        suffix: str = ".mp3",
        splitter: SentenceSplitter | None = None,
    ) -> None:
        self._synthesize = synthesize
        self._speaker = speaker
        self._on_error = on_error
        self._suffix = suffix
        self._splitter = splitter or SentenceSplitter()
        self._sentences: asyncio.Queue[str | None] = asyncio.Queue()
        self._clips: asyncio.Queue[tuple[str, bytes] | None] = asyncio.Queue(maxsize=1)
        self._tasks: list[asyncio.Task[None]] = []
        self._done = asyncio.Event()
        self._finished = False
        self._stopped = False
        self.said: list[str] = []  # the sentences played to their end, in order

    @property
    def active(self) -> bool:
        """Whether something is still to be said (started, and neither all said nor stopped)."""
        return bool(self._tasks) and not self._done.is_set()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def feed(self, delta: str) -> None:
        """More of the answer; the sentences it completes are queued at once."""
        if self._finished or self._stopped:
            return
        for sentence in self._splitter.feed(delta):
            self._queue(sentence)

    def finish(self) -> None:
        """The answer is complete: say what is left of it, then end."""
        if self._finished or self._stopped:
            return
        self._finished = True
        for sentence in self._splitter.finish():
            self._queue(sentence)
        self._start()
        self._sentences.put_nowait(_END)

    def say(self, text: str) -> None:
        """Read a whole text (an answer already complete)."""
        self.feed(text)
        self.finish()

    def stop(self) -> None:
        """Stop at once: abandon the synthesis under way and the queued sentences, cut the clip playing."""
        if self._stopped:
            return
        self._stopped = True
        for task in self._tasks:
            task.cancel()
        self._speaker.stop()
        self._done.set()

    async def wait(self) -> None:
        """Return when everything was said (after ``finish``) or the reading was stopped."""
        await self._done.wait()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # ------------------------------------------------------------------ internals

    def _queue(self, sentence: str) -> None:
        self._start()
        self._sentences.put_nowait(sentence)

    def _start(self) -> None:
        if not self._tasks:
            self._tasks = [asyncio.ensure_future(self._synthesise_all()), asyncio.ensure_future(self._play_all())]

    def _report(self, sentence: str, error: Exception) -> None:
        log.warning("Reading aloud skipped a sentence: %s", error)
        if self._on_error is not None:
            try:
                self._on_error(sentence, error)
            except Exception:  # a broken observer must not end the reading
                log.exception("on_error failed")

    async def _synthesise_all(self) -> None:
        while (sentence := await self._sentences.get()) is not _END:
            try:
                clip = await self._synthesize(sentence)
            except Exception as error:  # one sentence's failure (CozeError, a refused input) skips that sentence
                self._report(sentence, error)
                continue
            await self._clips.put((sentence, clip))
        await self._clips.put(_END)

    async def _play_all(self) -> None:
        try:
            while (item := await self._clips.get()) is not _END:
                sentence, clip = item
                try:
                    await self._speaker.play(clip, self._suffix)
                except Exception as error:
                    self._report(sentence, error)
                    continue
                if not self._stopped:
                    self.said.append(sentence)
        finally:
            self._done.set()
