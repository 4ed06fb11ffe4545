"""Demo songs the app synthesises itself (CC0), so "播放 晴天" plays on a machine without any music folder.

Licence: the melodies below are either original to this project (晴天, Morning Breeze) or public-domain folk and
classical tunes (小星星 / Twinkle Twinkle, 欢乐颂 / Ode to Joy); the code and the audio it writes are dedicated to
the public domain under CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/). 晴天 shares only its title
with the well-known song: its notes are our own.

Why on first use and not at build time: the songs are ~1 MB of WAV that the code makes in well under a second,
byte for byte the same every time. Writing them into the app's data folder when the library first needs them
means nothing binary in the repository and nothing to add to the wheel or the PyInstaller bundle: a source
checkout, a wheel and the bundle all carry the same few lines of Python and make the same files. A version
stamp (a hash of the scores) rewrites them when the scores change; a damaged or deleted file is rewritten.
"""

from __future__ import annotations

import array
import hashlib
import logging
import math
import os
import sys
import tempfile
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

RATE = 22050  # mono 16-bit: small files, and plenty for a sine melody
FOLDER_NAME = "demo-music"
STAMP_NAME = ".version"
README_NAME = "README.txt"
_TABLE_SIZE = 4096  # one cycle of the timbre; a power of two so the phase wraps with a mask
_AMPLITUDE = 0.45  # peak level before the envelope: loud enough to hear, well clear of clipping

README = """Coze Desktop demo songs
=======================

These short melodies are made by Coze Desktop itself (coze_desktop/demo/tracks.py) so that the demo bot can
play music before you choose a music folder. 晴天 and Morning Breeze are original tunes; 小星星 (Twinkle
Twinkle Little Star) and 欢乐颂 (Ode to Joy) are public-domain melodies. The files are dedicated to the public
domain: CC0 1.0, https://creativecommons.org/publicdomain/zero/1.0/

Choose your own music folder in Settings → Chat; these songs are then no longer used. Deleting this folder is
harmless: it is made again when needed.
"""

# Semitones above A4 (440 Hz) of the note names used in the scores.
_NOTES = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}


@dataclass(frozen=True, slots=True)
class DemoSong:
    """A title (also the file name) and a score: space-separated ``note:beats`` such as ``E5:1``, ``R:1`` a rest."""

    title: str
    score: str
    bpm: int = 120


SONGS: tuple[DemoSong, ...] = (
    # Original: a bright pentatonic line in C, rising and settling ("a sunny day").
    DemoSong("晴天", "E4:1 G4:1 A4:1 C5:2 A4:1 G4:1 E4:2 D4:1 E4:1 G4:1 A4:2 G4:1 E4:1 D4:2 "
                     "C4:1 D4:1 E4:1 G4:2 E4:1 D4:1 C4:4", bpm=132),
    # Public domain (French folk tune, "Ah ! vous dirai-je, maman").
    DemoSong("小星星", "C4:1 C4:1 G4:1 G4:1 A4:1 A4:1 G4:2 F4:1 F4:1 E4:1 E4:1 D4:1 D4:1 C4:2", bpm=120),
    # Public domain (Beethoven, Symphony No. 9).
    DemoSong("欢乐颂", "E4:1 E4:1 F4:1 G4:1 G4:1 F4:1 E4:1 D4:1 C4:1 C4:1 D4:1 E4:1 E4:1.5 D4:0.5 D4:2",
             bpm=126),
    # Original: a slow arpeggio in A minor and F.
    DemoSong("Morning Breeze", "A3:1 C4:1 E4:1 A4:2 E4:1 C4:1 F3:1 A3:1 C4:1 F4:2 C4:1 A3:1 E4:1 D4:1 C4:1 "
                               "B3:1 A3:4", bpm=108),
)


def _frequency(note: str) -> float:
    """``A4`` → 440.0; ``C5`` → 523.25 (equal temperament)."""
    name, octave = note[0], int(note[1:])
    return 440.0 * 2 ** ((_NOTES[name] + 12 * (octave - 4)) / 12)


def _timbre() -> array.array:
    """One cycle of a soft organ-like tone: the fundamental with two quieter harmonics."""
    return array.array("d", (
        math.sin(2 * math.pi * i / _TABLE_SIZE) + 0.3 * math.sin(4 * math.pi * i / _TABLE_SIZE)
        + 0.12 * math.sin(6 * math.pi * i / _TABLE_SIZE) for i in range(_TABLE_SIZE)))


def render(song: DemoSong) -> bytes:
    """The song as little-endian 16-bit mono PCM at RATE: the same bytes on every machine and every run."""
    table = _timbre()
    peak = max(abs(v) for v in table)
    scale = _AMPLITUDE * 32767 / peak
    mask = _TABLE_SIZE - 1
    samples = array.array("h")
    beat = 60.0 / song.bpm
    for token in song.score.split():
        note, beats = token.split(":")
        count = round(float(beats) * beat * RATE)
        if note == "R":
            samples.extend(array.array("h", bytes(2 * count)))
            continue
        step = _frequency(note) * _TABLE_SIZE / RATE
        attack = min(count, RATE // 100)  # 10 ms: no click at the start of a note
        release = min(count - attack, RATE // 12)  # ~80 ms fade: notes are separate, no click at the end
        sustain_end = count - release
        phase = 0.0
        note_samples = array.array("h", bytes(2 * count))
        for i in range(count):
            if i < attack:
                level = i / attack
            elif i >= sustain_end:
                level = (count - i) / release
            else:
                level = 1.0 - 0.25 * (i - attack) / count  # a gentle decay, like a struck key
            note_samples[i] = int(table[int(phase) & mask] * level * scale)
            phase += step
        samples.extend(note_samples)
    if sys.byteorder != "little":
        samples.byteswap()  # WAV is little-endian
    return samples.tobytes()


def _stamp(songs: Sequence[DemoSong]) -> str:
    """Changes when a score, a title, the rate or the renderer's shape changes: the files are then rewritten."""
    text = "|".join(f"{s.title}={s.score}@{s.bpm}" for s in songs) + f"|{RATE}|{_TABLE_SIZE}|{_AMPLITUDE}|v1"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _write_atomically(path: Path, write: Callable[[str], None]) -> None:
    """``write(tmp)`` then rename: a crash never leaves half a file under the final name."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_wav(path: Path, pcm: bytes) -> None:
    def write(tmp: str) -> None:
        with wave.open(tmp, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(pcm)

    _write_atomically(path, write)


def ensure_demo_tracks(folder: Path, songs: Sequence[DemoSong] = SONGS) -> Path:
    """Make sure ``folder`` holds the demo songs (``<title>.wav``) and their README; returns ``folder``.

    Cheap when they are there already (one small file read and a stat per song). Raises OSError when the folder
    cannot be written; the caller then has no demo songs and says so.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp, stamp_path = _stamp(songs), folder / STAMP_NAME
    try:
        current = stamp_path.read_text(encoding="utf-8").strip() == stamp
    except OSError:
        current = False
    for song in songs:
        path = folder / f"{song.title}.wav"
        if current and _looks_whole(path):
            continue
        _write_wav(path, render(song))
        current = False
    readme = folder / README_NAME
    if not readme.is_file():
        _write_atomically(readme, lambda tmp: Path(tmp).write_text(README, encoding="utf-8"))
    if not current:
        _write_atomically(stamp_path, lambda tmp: Path(tmp).write_text(stamp + "\n", encoding="utf-8"))
        log.info("wrote %d demo songs to %s", len(songs), folder)
    return folder


def _looks_whole(path: Path) -> bool:
    """A readable WAV whose data is all there (a truncated or damaged file is rewritten)."""
    try:
        with wave.open(str(path), "rb") as wav:
            frames = wav.getnframes()
            return wav.getframerate() == RATE and frames > 0 and len(wav.readframes(frames)) == 2 * frames
    except (OSError, EOFError, wave.Error):
        return False


def demo_folder() -> Path:
    """Where the demo songs live: ``demo-music`` in the app's data folder."""
    from ..settings import data_dir

    return data_dir() / FOLDER_NAME


def music_fallbacks() -> list[Path | Callable[[], Path]]:
    """What a library without a chosen folder plays: the system's Music folder when it holds songs, else the
    demo songs (made on first use). Pass it as ``MusicLibrary(folder, fallbacks=music_fallbacks())``."""
    from ..settings import default_music_folder

    return [Path(default_music_folder()), lambda: ensure_demo_tracks(demo_folder())]
