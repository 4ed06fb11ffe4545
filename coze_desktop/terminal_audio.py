"""Voice from a terminal: ``speak`` (text to an audio file), ``transcribe`` (an audio file to text), ``voices``, and
the voice ``ask --read-aloud`` speaks with."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, TextIO

from .api import AUDIO_MAX_BYTES, CozeClient, CozeError, CozeInputError, Voice
from .terminal_text import printable, question_problem

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# -o's extension names the format when --format is not given; Coze's default is mp3.
FORMAT_BY_SUFFIX = {".mp3": "mp3", ".wav": "wav", ".ogg": "ogg_opus", ".opus": "ogg_opus", ".pcm": "pcm"}
# What an uploaded file is sent as, by its extension (Coze reads ogg, mp3 and wav, its large model more).
CONTENT_TYPES = {".wav": "audio/wav", ".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".opus": "audio/ogg",
                 ".m4a": "audio/mp4", ".mp4": "audio/mp4", ".aac": "audio/aac", ".pcm": "audio/pcm",
                 ".amr": "audio/amr"}


def speech_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    return FORMAT_BY_SUFFIX.get(Path(args.output).suffix.lower(), "mp3")


async def bot_voice(client: CozeClient, bot_id: str) -> str:
    """The bot's own voice (its first ``voice_info_list`` entry), else the first voice Coze lists; "" if none."""
    if bot_id:
        info = await client.get_bot(bot_id)
        if info.voice_ids:
            return info.voice_ids[0]
    voices = await client.voices()
    return voices[0].voice_id if voices else ""


async def run_audio_command(args: argparse.Namespace, client: CozeClient, bot_id: str, out: TextIO,
                            err: TextIO) -> int:
    """``speak``, ``transcribe`` or ``voices`` on an open client. Exit status as ``ask``'s: 0 done, 1 Coze failed,
    2 a usage problem (nothing was sent)."""
    try:
        if args.command == "voices":
            return await _voices(client, out)
        if args.command == "transcribe":
            return await _transcribe(args, client, out, err)
        return await _speak(args, client, bot_id, out, err)
    except CozeInputError as exc:  # too long, too big, empty: refused before sending
        print(f"error: {printable(exc.describe())}", file=err)
        return EXIT_USAGE
    except CozeError as exc:
        print(f"error: {printable(exc.describe())}", file=err)
        return EXIT_FAILED


async def _speak(args: argparse.Namespace, client: CozeClient, bot_id: str, out: TextIO, err: TextIO) -> int:
    if problem := question_problem(args.text):
        print(f"error: {problem.replace('question', 'text')}", file=err)
        return EXIT_USAGE
    target = Path(args.output)
    if args.output != "-" and not _folder_of(target).is_dir():
        print(f"error: cannot write {printable(args.output)}: its folder does not exist; nothing was sent.",
              file=err)
        return EXIT_USAGE
    voice_id = args.voice or await bot_voice(client, bot_id)
    if not voice_id:
        print("error: no voice: pass --voice ID (coze-desktop voices lists them) or give the bot a voice in Coze.",
              file=err)
        return EXIT_USAGE
    audio = await client.speech(args.text, voice_id, response_format=speech_format(args), speed=args.speed)
    if args.output == "-":
        binary: BinaryIO = getattr(out, "buffer", None) or sys.stdout.buffer
        binary.write(audio)
        binary.flush()
    else:
        try:
            _write_atomically(target, audio)
        except OSError as exc:
            print(f"error: cannot write {printable(args.output)}: {printable(exc.strerror or str(exc))}", file=err)
            return EXIT_FAILED
        print(f"{printable(args.output)}: {len(audio):,} bytes of {speech_format(args)} audio, voice "
              f"{printable(voice_id)}", file=err)
    return EXIT_OK


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _write_atomically(path: Path, data: bytes) -> None:
    """A whole file or none: an interrupted run leaves no half-written audio under the chosen name."""
    handle, temporary = tempfile.mkstemp(dir=_folder_of(path), prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


async def _transcribe(args: argparse.Namespace, client: CozeClient, out: TextIO, err: TextIO) -> int:
    source = Path(args.file)
    audio = _read_audio(source)
    if isinstance(audio, str):
        print(f"error: {audio}", file=err)
        return EXIT_USAGE
    suffix = source.suffix.lower()
    text = await client.transcribe(audio, filename=f"speech{suffix or '.wav'}",
                                   content_type=CONTENT_TYPES.get(suffix, "application/octet-stream"))
    print(printable(text), file=out)
    return EXIT_OK


def _read_audio(source: Path) -> bytes | str:
    """The file's bytes, or why they cannot be sent; its size is checked before a huge file is read."""
    try:
        size = source.stat().st_size
        if size > AUDIO_MAX_BYTES:
            return (f"{printable(str(source))} is {size / 1024 / 1024:.1f} MB; Coze transcribes files of at most "
                    f"{AUDIO_MAX_BYTES // 1024 // 1024} MB, so nothing was uploaded.")
        return source.read_bytes()
    except OSError as exc:
        return f"cannot read {printable(str(source))}: {printable(exc.strerror or str(exc))}"


async def _voices(client: CozeClient, out: TextIO) -> int:
    voices = await client.voices()
    if not voices:
        print("No voices.", file=out)
    for voice in voices:
        print(_voice_line(voice), file=out)
    return EXIT_OK


def _voice_line(voice: Voice) -> str:
    kind = "system" if voice.is_system_voice else "cloned"
    language = voice.language_name or voice.language_code or "?"
    return f"{printable(voice.voice_id)}\t{kind}\t{printable(language)}\t{printable(voice.name)}"
