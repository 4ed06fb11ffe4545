"""The user's conversations on Coze as the app mirrors them: superseded turns removed, cloud-only ones listed."""

from __future__ import annotations

from collections.abc import Collection

from ..api import Conversation, CozeClient, Message

# Bounds on what one listing reads (50 per page, Coze's maximum): a user with more conversations than this sees
# the newest ones; a conversation with more messages is imported up to the newest this many.
MAX_CONVERSATION_PAGES = 10
MAX_MESSAGE_PAGES = 100
# How far back a superseded turn is looked for in the conversation's messages (newest first).
FORGET_PAGES = 2


async def forget_chat(client: CozeClient, conversation_id: str, chat_id: str) -> int:
    """Delete every message of the chat ``chat_id`` (its question and answer) from the Coze conversation, so the
    bot's context no longer holds a superseded turn; returns how many were deleted. Raises CozeError (Coze Studio
    has no message-delete route and answers 404; the caller says the bot may still see them).

    The question's id is not in the chat's stream, and the conversation's list gives its stored messages other
    ids than the stream's: the messages are found by their ``chat_id`` in the list, newest first."""
    found: list[Message] = []
    after = None
    for _ in range(FORGET_PAGES):
        page = await client.list_conversation_messages(conversation_id, order="desc", after_id=after)
        found += [m for m in page.messages if m.chat_id == chat_id]
        if not page.has_more or not page.last_id or (found and page.messages[-1].chat_id != chat_id):
            break
        after = page.last_id
    for message in found:
        await client.delete_message(conversation_id, message.id)
    return len(found)


async def cloud_only_conversations(client: CozeClient, bot_id: str, known: Collection[str]) -> list[Conversation]:
    """The bot's conversations on Coze (created through the API by this token's user), newest first, that are
    not among ``known`` (the Coze ids the local history has). Raises CozeError."""
    found: list[Conversation] = []
    for page_num in range(1, MAX_CONVERSATION_PAGES + 1):
        conversations, has_more = await client.list_conversations(bot_id, page_num=page_num)
        found += [c for c in conversations if c.id and c.id not in known]
        if not has_more or not conversations:
            break
    return found


async def conversation_messages(client: CozeClient, conversation_id: str) -> list[Message]:
    """Every message Coze lists for the conversation, oldest first (all pages, cozepy's way: ``after_id`` = the
    previous page's ``last_id`` while ``has_more``). Raises CozeError."""
    newest_first: list[Message] = []
    after = None
    for _ in range(MAX_MESSAGE_PAGES):
        page = await client.list_conversation_messages(conversation_id, order="desc", after_id=after)
        newest_first += page.messages
        if not page.has_more or not page.last_id or page.last_id == after:
            break
        after = page.last_id
    return newest_first[::-1]
