"""A small MCP server of notes kept in memory, written with the official SDK: the server of the Settings screenshot
(docs/make_screenshots.py, scene settings-plugins-mcp) and of the user guide's examples. ``python -m
tests.mcp_servers.notes`` serves stdio."""

from __future__ import annotations

from mcp.server.mcpserver import MCPServer
from mcp.types import ToolAnnotations

server = MCPServer("notes")
NOTES = {"Shopping": "milk, eggs, 青菜", "Ideas": "a song about the sea"}


@server.tool(description="Find notes whose title or text contains the query.",
             annotations=ToolAnnotations(read_only_hint=True))
def search_notes(query: str) -> str:
    found = [title for title, text in NOTES.items() if query.lower() in f"{title} {text}".lower()]
    return "\n".join(found) or "no note matches"


@server.tool(description="Read one note by its title.", annotations=ToolAnnotations(read_only_hint=True))
def read_note(title: str) -> str:
    return NOTES.get(title, f"there is no note called {title!r}")


@server.tool(description="Add a note, or replace the note of the same title.")
def add_note(title: str, text: str) -> str:
    NOTES[title] = text
    return f"saved {title!r}"


if __name__ == "__main__":
    server.run()
