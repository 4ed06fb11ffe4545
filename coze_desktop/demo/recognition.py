"""The demo's speech to text: pocketsphinx's English model held to a small grammar of the demo bot's commands.

Why a grammar and not free dictation: pocketsphinx's general English language model gets espeak-ng's (and many
people's) speech badly wrong, while a grammar of a few dozen commands is recognised reliably. A grammar search
always finds *some* command, though, so a result is only accepted when it is a whole sentence of the grammar and
its words cover the speech in the recording (an energy measure) at a plausible pace (not a long sentence squeezed
into one short word): Chinese or free English speech is then answered with an honest error, never with the nearest
command.
"""

from __future__ import annotations

import array
import asyncio
import io
import logging
import math
import os
import re
import shutil
import sys
import wave
from typing import Any

from .wire import ApiError

log = logging.getLogger(__name__)

RATE = 16000  # what the acoustic model was trained on
FRAME = RATE // 100  # pocketsphinx's 10 ms frames
MAX_SECONDS = 60  # a command is a few seconds; longer recordings are refused rather than decoded for minutes
# A frame is speech when its RMS level is at least this share of the loudest frame's.
SPEECH_SHARE = 0.1
# Below this peak RMS (of 32767) the recording is taken as silence.
SILENCE_RMS = 200.0
# Frames of quiet kept before the first and after the last loud frame (onsets and final consonants are quiet).
MARGIN_FRAMES = 35
# A last word needs this many audible frames (120 ms) to count as said.
MIN_WORD_FRAMES = 12
# A frame is quiet below this share of the peak (or twice the noise floor, if higher).
QUIET_SHARE = 0.02
# The share of speech frames a recognised command's words must cover.
MIN_COVERAGE = 0.8
# Speech frames per phone of the recognised words, at most: commands said at a normal pace measure 5-11 (espeak-ng
# and people alike); a long sentence forced onto a short command ("hello how are you" → "louder") measures 15+.
MAX_FRAMES_PER_PHONE = 14.0
CONVERT_SECONDS = 20.0

NOT_UNDERSTOOD = (
    "The offline demo recognises only a few English commands for the demo bot (such as \"play Morning "
    "Breeze\", \"set the volume to 30\", \"turn it down\", \"mute\", \"next song\", \"pause\" or \"what can you "
    "do\"), and this recording is not one of them. Other languages, Chinese included, and free speech need a real "
    "Coze bot."
)

DIGITS = "one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# The song names the demo library has in English (its other songs have Chinese titles), and ways to say "any".
SONGS = {"morning breeze": "Morning Breeze", "some music": "some music", "music": "music", "a song": "a song",
         "something": "something"}
# Left out on purpose: "unmute" (not in the CMU dictionary; added by hand it was never heard right and matched
# "thank you very much"), "change volume to…" and "volume to…" without "the" (they made short Chinese words match).


def _alternatives(words: list[str] | dict[str, str]) -> str:
    return " | ".join(words)


def _regex(words: list[str] | dict[str, str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


GRAMMAR = f"""#JSGF V1.0;
grammar commands;
<digit> = {_alternatives(DIGITS)};
<teen> = {_alternatives(TEENS)};
<tens> = {_alternatives(TENS)};
<number> = zero | <digit> | <teen> | <tens> [<digit>] | (one | a) hundred;
<song> = {_alternatives(SONGS)};
<updown> = up | down;
public <command> = [please] (
    play <song>
  | (set | turn) the volume to <number> [percent]
  | turn it <updown> | turn the volume <updown> | turn <updown> the volume
  | louder | quieter
  | mute
  | next song | skip this song
  | pause [the music] | resume [the music] | stop [the music]
  | what can you do
  );
"""

# The same language as GRAMMAR, to check that a hypothesis is a whole sentence of it: pocketsphinx hands back the
# best partial path when no path reached the end.
_NUMBER = rf"(?:zero|(?:{_regex(TENS)})(?: (?:{_regex(DIGITS)}))?|{_regex(TEENS)}|{_regex(DIGITS)}|(?:one|a) hundred)"
SENTENCE = re.compile(
    rf"(?:please )?(?:play (?:{_regex(SONGS)})"
    rf"|(?:set|turn) the volume to (?P<number>{_NUMBER})(?: percent)?"
    r"|turn it (?:up|down)|turn the volume (?:up|down)|turn (?:up|down) the volume"
    r"|louder|quieter|mute|next song|skip this song"
    r"|(?:pause|resume|stop)(?: the music)?"
    r"|what can you do)"
)


_VARIANT = re.compile(r"\(\d+\)$")  # "to(3)": the dictionary's third pronunciation of "to"


def number_value(words: str) -> int:
    """``"thirty five"`` → 35, ``"a hundred"`` → 100."""
    parts = words.split()
    if parts[-1] == "hundred":
        return 100
    if parts == ["zero"]:
        return 0
    value = 0
    for word in parts:
        if word in TENS:
            value += 20 + 10 * TENS.index(word)
        elif word in TEENS:
            value += 10 + TEENS.index(word)
        elif word in DIGITS:
            value += 1 + DIGITS.index(word)
    return value


def transcript(hypothesis: str) -> str:
    """The text a user would have typed: numbers as digits (the bot reads "30"), the song's title as written."""
    text = hypothesis
    if (m := SENTENCE.fullmatch(hypothesis)) and m.group("number"):
        text = text[: m.start("number")] + str(number_value(m.group("number"))) + text[m.end("number"):]
    for spoken, title in SONGS.items():
        if text.endswith(f"play {spoken}"):
            text = text[: len(text) - len(spoken)] + title
    return text[:1].upper() + text[1:]


class Recognizer:
    """One pocketsphinx decoder, made on first use (a quarter of a second) and used by one request at a time."""

    def __init__(self) -> None:
        self._decoder: Any = None
        self._lock = asyncio.Lock()

    async def transcribe(self, audio: bytes, filename: str, content_type: str) -> str:
        """The command said in ``audio``, or ApiError with what the demo could not do."""
        pcm = await to_pcm16k(audio, filename, content_type)
        if len(pcm) > MAX_SECONDS * RATE * 2:
            raise ApiError(4000, f"The offline demo transcribes recordings of at most {MAX_SECONDS} s; this one is "
                                 f"{len(pcm) / RATE / 2:.0f} s long.")
        levels = frame_levels(pcm)
        peak = max(levels, default=0.0)
        if peak < SILENCE_RMS:
            raise ApiError(4000, "No speech was heard in the recording: it is silent or very quiet.")
        loud = [i for i, level in enumerate(levels) if level >= peak * SPEECH_SHARE]
        # Only the stretch with speech is decoded, with a little margin: a push-to-talk recording ends with over a
        # second of room noise, where a grammar search likes to find words.
        first, last = max(0, loud[0] - MARGIN_FRAMES), min(len(levels), loud[-1] + 1 + MARGIN_FRAMES)
        async with self._lock:
            hypothesis, segments = await asyncio.to_thread(self._decode, pcm[first * FRAME * 2:last * FRAME * 2])
        levels = levels[first:last]
        # A last word with hardly any sound of its own is a phantom: under a little noise the "-ty" of "thirty"
        # becomes "eight" (6-7 audible frames, against 20+ for an "eight" that was said) and the grammar allows
        # "thirty eight". It is dropped when the rest is still a command.
        quiet = max(2 * sorted(levels)[len(levels) // 10], peak * QUIET_SHARE)
        kept = list(segments)
        if kept:
            _, start, end = kept[-1]
            heard = sum(levels[i] > quiet for i in range(start, min(end + 1, len(levels))))
            rest = " ".join(word for word, _, _ in kept[:-1])
            if heard < MIN_WORD_FRAMES and SENTENCE.fullmatch(rest):
                kept.pop()
                hypothesis = rest
        speech = {i - first for i in loud}
        covered = len(speech & {i for _, start, end in kept for i in range(start, end + 1)}) / len(speech)
        phones = sum(self._phones(word) for word, _, _ in kept)
        pace = len(speech) / phones if phones else math.inf
        log.info("demo recognition: %r (%d of %d words kept) covers %.2f of the speech, %.1f frames per phone",
                 hypothesis, len(kept), len(segments), covered, pace)
        if not SENTENCE.fullmatch(hypothesis) or covered < MIN_COVERAGE or pace > MAX_FRAMES_PER_PHONE:
            raise ApiError(4000, NOT_UNDERSTOOD)
        return transcript(hypothesis)

    def _decode(self, pcm: bytes) -> tuple[str, list[tuple[str, int, int]]]:
        """(hypothesis, its words with their first and last frames) — runs in a worker thread."""
        decoder = self._decoder or self._make_decoder()
        decoder.start_utt()
        decoder.process_raw(pcm, full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        segments = [
            (_VARIANT.sub("", segment.word), segment.start_frame, segment.end_frame)
            for segment in decoder.seg() or ()
            if not segment.word.startswith(("<", "+", "["))  # <s>, <sil>, +NOISE+ fillers are not words
        ]
        return (hyp.hypstr if hyp is not None else ""), segments

    def _phones(self, word: str) -> int:
        return len((self._decoder.lookup_word(word) or "").split())

    def _make_decoder(self) -> Any:
        try:
            from pocketsphinx import Config, Decoder, get_model_path
        except ImportError:
            raise ApiError(5000, "The offline demo cannot transcribe: pocketsphinx is not installed (pip install "
                                 "pocketsphinx).", status=503) from None
        model = os.path.join(get_model_path(), "en-us")
        config = Config(hmm=os.path.join(model, "en-us"), dict=os.path.join(model, "cmudict-en-us.dict"), lm=None,
                        logfn=os.devnull)
        decoder = Decoder(config)
        decoder.add_jsgf_string("commands", GRAMMAR)
        decoder.activate_search("commands")
        self._decoder = decoder
        return decoder


def frame_levels(pcm: bytes) -> list[float]:
    """RMS level of each 10 ms frame of 16-bit mono samples."""
    samples = _samples(pcm)
    levels = []
    for start in range(0, len(samples), FRAME):
        frame = samples[start:start + FRAME]
        levels.append(math.sqrt(sum(x * x for x in frame) / len(frame)))
    return levels


def _samples(pcm: bytes) -> array.array[int]:
    samples = array.array("h", pcm[: len(pcm) - len(pcm) % 2])
    if sys.byteorder == "big":  # WAV is little-endian
        samples.byteswap()
    return samples


async def to_pcm16k(audio: bytes, filename: str, content_type: str) -> bytes:
    """16 kHz mono 16-bit samples of an uploaded file: through sox when it is installed (its resampler keeps
    recognition as good as on 16 kHz audio), else WAV files in plain Python, a little less well."""
    is_wav = audio[:4] == b"RIFF" and audio[8:12] == b"WAVE"
    sox = shutil.which("sox")
    if is_wav and (sox is None or _is_pcm16k(audio)):
        return wav_to_pcm16k(audio)
    if sox is None:
        raise ApiError(4000, f"The offline demo reads WAV files, and {content_type or filename} only with sox, "
                             "which is not installed (Debian/Ubuntu: sudo apt install sox libsox-fmt-mp3).")
    kind = "wav" if is_wav else _sox_type(filename, content_type)
    args = [sox, "-q", *(["-t", kind] if kind else []), "-", "-t", "raw", "-r", str(RATE), "-c", "1", "-b", "16",
            "-e", "signed-integer", "-L", "-"]
    process = await asyncio.create_subprocess_exec(
        *args, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        async with asyncio.timeout(CONVERT_SECONDS):
            out, _ = await process.communicate(audio)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise ApiError(5000, "Reading the audio file took too long.", status=500) from None
    if process.returncode != 0 or not out:
        raise ApiError(4000, "The audio file could not be read: the offline demo reads wav, mp3 and ogg files.")
    return out


def _is_pcm16k(wav: bytes) -> bool:
    try:
        with wave.open(io.BytesIO(wav)) as reader:
            return (reader.getsampwidth(), reader.getnchannels(), reader.getframerate()) == (2, 1, RATE)
    except (wave.Error, EOFError):
        return False


def _sox_type(filename: str, content_type: str) -> str:
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if ext in ("mp3", "ogg", "opus", "flac", "wav"):
        return "ogg" if ext == "opus" else ext
    for marker, kind in (("mpeg", "mp3"), ("mp3", "mp3"), ("ogg", "ogg"), ("opus", "ogg"), ("flac", "flac")):
        if marker in content_type.lower():
            return kind
    return ""


def wav_to_pcm16k(data: bytes) -> bytes:
    """Any PCM WAV (8/16/24/32-bit, any channels and rate) as 16 kHz mono 16-bit, in plain Python.

    Channels are averaged; a higher rate is brought down by averaging the samples each output sample spans (a
    box filter, enough against aliasing for speech), a lower one up by linear interpolation."""
    try:
        with wave.open(io.BytesIO(data)) as reader:
            width, channels, rate = reader.getsampwidth(), reader.getnchannels(), reader.getframerate()
            frames = reader.readframes(reader.getnframes())
    except (wave.Error, EOFError) as exc:
        raise ApiError(4000, f"The WAV file could not be read ({exc}): the offline demo reads PCM WAV files.") \
            from None
    if width == 2 and channels == 1 and rate == RATE:
        return frames
    mono = _mono(frames, width, channels)
    out = _resample(mono, rate) if rate != RATE else mono
    samples = array.array("h", (max(-32768, min(32767, round(x))) for x in out))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


def _mono(frames: bytes, width: int, channels: int) -> list[float]:
    """Samples scaled to 16-bit range, channels averaged."""
    if width == 1:
        values = [(b - 128) * 256 for b in frames]
    elif width in (2, 4):
        values_array = array.array("h" if width == 2 else "i", frames[: len(frames) - len(frames) % width])
        if sys.byteorder == "big":
            values_array.byteswap()
        shift = 1 if width == 2 else 65536
        values = [v / shift for v in values_array]
    elif width == 3:
        values = [int.from_bytes(frames[i:i + 3], "little", signed=True) / 256 for i in range(0, len(frames) - 2, 3)]
    else:
        raise ApiError(4000, f"The WAV file has {width * 8}-bit samples, which the offline demo cannot read.")
    if channels == 1:
        return [float(v) for v in values]
    return [sum(values[i:i + channels]) / channels for i in range(0, len(values) - channels + 1, channels)]


def _resample(samples: list[float], rate: int) -> list[float]:
    count = int(len(samples) * RATE / rate)
    step = rate / RATE
    if step > 1:
        out = []
        for n in range(count):
            start, end = int(n * step), max(int((n + 1) * step), int(n * step) + 1)
            window = samples[start:end]
            out.append(sum(window) / len(window))
        return out
    last = len(samples) - 1
    out = []
    for n in range(count):
        position = n * step
        i = int(position)
        frac = position - i
        nxt = samples[min(i + 1, last)]
        out.append(samples[i] * (1 - frac) + nxt * frac)
    return out
