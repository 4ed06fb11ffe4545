"""DemoServer: the local Coze-compatible HTTP server, with request recording and scripted responses."""

from __future__ import annotations

import json
import logging
from collections import deque
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from .http import HttpServer, Request, Responder
from .oauth import DemoOAuth
from .routes import CozeApi, send_json
from .script import Scripted, perform
from .wire import LogIds, error_body

log = logging.getLogger(__name__)

DEMO_TOKEN = "demo"


@dataclass
class RecordedRequest:
    """A request as the server received it; ``json`` is the parsed body, or None when it is not JSON."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    json: Any = None


class DemoServer:
    """A Coze Open API subset on 127.0.0.1 with an offline demo bot.

    ``delta_delay`` is the pause between streamed answer deltas (0 in tests). ``script(path, …)`` queues
    responses that replace the normal behaviour of the next requests to ``path``.
    """

    def __init__(
        self, *, token: str = DEMO_TOKEN, delta_delay: float = 0.0, logid_prefix: str = "demo"
    ) -> None:
        self.requests: list[RecordedRequest] = []
        self._api = CozeApi(token=token, delta_delay=delta_delay)
        self.oauth = DemoOAuth(token)  # the device flow; tests set its lifetimes and clock, and approve
        self._logids = LogIds(logid_prefix)
        self._scripts: dict[str, deque[Scripted]] = {}
        self._http = HttpServer(self._handle)
        self._started = False

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Bind and listen; returns once connections are accepted."""
        if self._started:
            raise RuntimeError("DemoServer is already started")
        await self._http.start(host, port)
        self._started = True

    async def close(self) -> None:
        """Stop listening and end every open connection (open streams are cut off)."""
        if self._started:
            self._started = False
            await self._http.close()

    @property
    def base_url(self) -> str:
        if not self._started:
            raise RuntimeError("DemoServer is not started")
        host = self._http.host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self._http.port}"

    @property
    def port(self) -> int:
        return self._http.port

    async def __aenter__(self) -> DemoServer:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def script(self, path: str, *responses: Scripted) -> None:
        """Queue ``responses`` (FIFO) for the next requests to ``path`` (no query); then back to normal.

        A response with ``repeat`` stays at the head of the queue: it answers every later request."""
        self._scripts.setdefault(path.split("?", 1)[0], deque()).extend(responses)

    async def _handle(self, request: Request, responder: Responder) -> None:
        try:
            parsed = json.loads(request.body) if request.body.strip() else None
        except (UnicodeDecodeError, ValueError):
            parsed = None
        self.requests.append(
            RecordedRequest(
                method=request.method,
                path=request.path,
                query=dict(request.query),
                headers=dict(request.headers),
                body=request.body,
                json=parsed,
            )
        )
        logid = self._logids.next()
        queue = self._scripts.get(request.path)
        if queue:
            scripted = queue[0] if queue[0].repeat else queue.popleft()
            await perform(scripted, responder, logid)
            return
        try:
            if not await self.oauth.handle(request, responder, logid):
                await self._api.handle(request, responder, logid)
        except Exception:
            log.exception("demo server failed on %s %s", request.method, request.path)
            if responder.started:
                await responder.cut()
            else:
                await send_json(responder, 500, error_body(5000, "demo server internal error", logid), logid)
