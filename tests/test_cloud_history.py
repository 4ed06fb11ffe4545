"""chat/cloud.py over real HTTP against the demo server: all pages of a long conversation, the cloud-only
conversations past the first page, and a superseded turn deleted by its chat id, leaving the others."""

from __future__ import annotations

import httpx

from coze_desktop.api import CozeClient, EnterMessage
from coze_desktop.chat import cloud
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer


async def conversation_with(server: DemoServer, count: int, name: str = "") -> str:
    """A conversation created on the server with ``count`` messages (questions and answers in turn)."""
    messages = [{"role": "user" if i % 2 == 0 else "assistant", "content": f"message {i}", "content_type": "text"}
                for i in range(count)]
    async with httpx.AsyncClient(base_url=server.base_url,
                                 headers={"Authorization": f"Bearer {DEMO_TOKEN}"}) as http:
        response = await http.post("/v1/conversation/create",
                                   json={"bot_id": DEMO_BOT_ID, "name": name, "messages": messages})
    return response.json()["data"]["id"]


async def test_every_page_of_a_long_conversation_is_read_oldest_first(server: DemoServer,
                                                                       client: CozeClient) -> None:
    conversation = await conversation_with(server, 123)
    messages = await cloud.conversation_messages(client, conversation)
    assert [m.content for m in messages] == [f"message {i}" for i in range(123)]
    pages = [r for r in server.requests if r.path == "/v1/conversation/message/list"]
    assert len(pages) == 3  # 50 + 50 + 23
    # Paged on from each page's last message (cozepy's way), never restarted from the top.
    assert "after_id" not in pages[0].json and pages[1].json["after_id"] != pages[2].json["after_id"]


async def test_cloud_only_conversations_page_on_and_leave_out_the_known(server: DemoServer,
                                                                         client: CozeClient) -> None:
    made = [await conversation_with(server, 2, f"c{i}") for i in range(55)]
    known = set(made[:3])
    found = await cloud.cloud_only_conversations(client, DEMO_BOT_ID, known)
    assert {c.id for c in found} == set(made) - known and len(found) == 52  # the second page was read too
    assert [r.query.get("page_num") for r in server.requests if r.path == "/v1/conversations"] == ["1", "2"]


async def test_forget_chat_deletes_that_turn_only(server: DemoServer, client: CozeClient) -> None:
    created = await client.create_conversation(bot_id=DEMO_BOT_ID)
    for question in ("I like apples", "I like pears"):
        async with client.stream_chat(bot_id=DEMO_BOT_ID, user_id="u", conversation_id=created.id,
                                      messages=[EnterMessage.question(question)]) as stream:
            async for _event in stream:
                pass
    listed = (await client.list_conversation_messages(created.id, order="asc")).messages
    first_chat = listed[0].chat_id
    assert await cloud.forget_chat(client, created.id, first_chat) == 2  # its question and its answer
    left = (await client.list_conversation_messages(created.id, order="asc")).messages
    assert (left[0].role, left[0].content, len(left)) == ("user", "I like pears", 2)
    assert first_chat not in {m.chat_id for m in left}
    deletes = [r.query for r in server.requests if r.path == "/v1/conversation/message/delete"]
    assert len(deletes) == 2 and all(q["conversation_id"] == created.id for q in deletes)
    assert await cloud.forget_chat(client, created.id, "no-such-chat") == 0
