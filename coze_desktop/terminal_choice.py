"""A workflow Q&A question in the terminal: the options numbered, the pick read as a number or as text."""

from __future__ import annotations

from typing import TextIO

from .api import ChoiceQuestion
from .chat import Choose
from .terminal_input import StdinLines
from .terminal_text import printable


def terminal_choose(lines: StdinLines, out: TextIO) -> Choose:
    """Ask on ``out`` and read the pick from ``lines``: an option's number picks it, anything else is sent as a
    free answer (Coze matches it against the options itself); an empty line or end of input answers nothing."""

    async def choose(question: ChoiceQuestion) -> str:
        print(f"\n? {printable(question.question)}", file=out)
        for number, option in enumerate(question.options, 1):
            print(f"  {number}. {printable(option)}", file=out)
        prompt = "Pick a number or type an answer: " if question.options else "Your answer: "
        answer = await lines.read(prompt, out)
        if answer.isdigit() and 1 <= int(answer) <= len(question.options):
            return question.options[int(answer) - 1]
        return answer

    return choose
