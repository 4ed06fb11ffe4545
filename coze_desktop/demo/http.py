"""A small asyncio + h11 HTTP/1.1 server: keep-alive, Content-Length bodies and chunked streams."""

from __future__ import annotations

import asyncio
import contextlib
import http
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

import h11

from ..api.types import FILE_MAX_BYTES

log = logging.getLogger(__name__)

MAX_BODY = 16 * 1024 * 1024
# An upload may be as large as Coze takes (512 MB) plus its multipart framing: the route then answers with Coze's
# own refusal or the file, instead of the connection breaking under a client the app let send it.
UPLOAD_PATH = "/v1/files/upload"
MAX_UPLOAD_BODY = FILE_MAX_BYTES + 1024 * 1024
_READ_SIZE = 65536

Headers = Iterable[tuple[str, str]]


@dataclass
class Request:
    """One complete request: the body has been read before any handler sees it."""

    method: str
    target: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes


class _BodyTooLarge(Exception):
    pass


class Responder:
    """Writes exactly one response on a connection.

    Write errors (the peer went away) never raise: the responder marks itself ``broken`` and ignores further
    writes, so a handler can finish its bookkeeping (a chat must still reach its final state) without
    wrapping every write.
    """

    def __init__(self, conn: h11.Connection, writer: asyncio.StreamWriter) -> None:
        self._conn = conn
        self._writer = writer
        self.started = False
        self.finished = False
        self.broken = False
        self.was_cut = False

    async def send(self, status: int, headers: Headers, body: bytes) -> None:
        """A whole response with Content-Length."""
        await self.start(status, [*headers, ("content-length", str(len(body)))], chunked=False)
        await self.write(body)
        await self.end()

    async def start(self, status: int, headers: Headers, *, chunked: bool = True) -> None:
        """Send the status line and headers; with ``chunked`` the body goes out in HTTP chunks."""
        headers = list(headers)
        if chunked:
            headers.append(("transfer-encoding", "chunked"))
        try:
            reason = http.HTTPStatus(status).phrase
        except ValueError:  # a scripted odd status such as 599
            reason = ""
        self.started = True
        await self._emit(h11.Response(status_code=status, headers=headers, reason=reason))

    async def write(self, data: bytes) -> None:
        """One piece of body; in a chunked response each call is one chunk, flushed at once."""
        if data:
            await self._emit(h11.Data(data=data))

    async def end(self) -> None:
        """Finish the body (the zero-length chunk of a chunked response)."""
        if not self.finished:
            self.finished = True
            await self._emit(h11.EndOfMessage())

    async def cut(self) -> None:
        """Close the connection without finishing the body, so the client sees an incomplete message."""
        self.was_cut = True
        self.finished = True
        if not self.broken:
            with contextlib.suppress(ConnectionError):
                await self._writer.drain()
            # close(), not abort(): a clean FIN after the data, so the client reports an incomplete body
            # rather than a connection reset.
            self._writer.close()

    async def _emit(self, event: h11.Event) -> None:
        if self.broken:
            return
        try:
            data = self._conn.send(event)
            if data:
                self._writer.write(data)
                await self._writer.drain()
        except (ConnectionError, h11.LocalProtocolError, RuntimeError):
            self.broken = True


Handler = Callable[[Request, Responder], Awaitable[None]]


class HttpServer:
    """Serves ``handler`` on a TCP port; several requests per connection, one at a time."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.host = ""
        self.port = 0

    async def start(self, host: str, port: int) -> None:
        self._server = await asyncio.start_server(self._accept, host, port)
        sockname = self._server.sockets[0].getsockname()
        self.host, self.port = sockname[0], sockname[1]

    async def close(self) -> None:
        if self._server is None:
            return
        self._server.close()
        # Open streams are ended by cancelling their connection tasks; the client sees the body cut short.
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await self._server.wait_closed()
        self._server = None

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._serve(reader, writer)
        except asyncio.CancelledError:
            pass  # server shutdown; the finally below closes the socket
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER)
        while True:
            try:
                request = await self._read_request(conn, reader)
            except (ConnectionError, asyncio.IncompleteReadError):
                return
            except h11.RemoteProtocolError as exc:
                await self._reject(conn, writer, exc.error_status_hint, str(exc))
                return
            except _BodyTooLarge:
                await self._reject(conn, writer, 413, "request body too large")
                return
            if request is None:
                return
            responder = Responder(conn, writer)
            try:
                await self._handler(request, responder)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("demo server handler failed for %s %s", request.method, request.target)
                if not responder.started:
                    await responder.send(500, [("content-type", "text/plain")], b"internal server error")
                else:
                    await responder.cut()
            if not responder.finished:
                await responder.end()
            if responder.broken or responder.was_cut or conn.our_state is not h11.DONE:
                return
            try:
                conn.start_next_cycle()
            except h11.LocalProtocolError:
                return  # e.g. the client asked for Connection: close

    @staticmethod
    async def _read_request(conn: h11.Connection, reader: asyncio.StreamReader) -> Request | None:
        head: h11.Request | None = None
        body = bytearray()
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                conn.receive_data(await reader.read(_READ_SIZE))
            elif isinstance(event, h11.Request):
                head = event
            elif isinstance(event, h11.Data):
                body += event.data
                if len(body) > (MAX_UPLOAD_BODY if head is not None and head.target.startswith(
                        UPLOAD_PATH.encode()) else MAX_BODY):
                    raise _BodyTooLarge
            elif isinstance(event, h11.EndOfMessage):
                assert head is not None
                target = head.target.decode("latin-1")
                parts = urlsplit(target)
                headers: dict[str, str] = {}
                for name, value in head.headers:
                    key, val = name.decode("latin-1").lower(), value.decode("latin-1")
                    headers[key] = f"{headers[key]}, {val}" if key in headers else val
                return Request(
                    method=head.method.decode("ascii"),
                    target=target,
                    path=parts.path,
                    query=dict(parse_qsl(parts.query, keep_blank_values=True)),
                    headers=headers,
                    body=bytes(body),
                )
            elif isinstance(event, h11.ConnectionClosed):
                return None
            else:  # PAUSED cannot happen before a request is complete; treat anything else as the end
                return None

    @staticmethod
    async def _reject(conn: h11.Connection, writer: asyncio.StreamWriter, status: int, why: str) -> None:
        responder = Responder(conn, writer)
        body = why.encode()
        await responder.send(status, [("content-type", "text/plain"), ("connection", "close")], body)
