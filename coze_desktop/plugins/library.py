"""The music library: audio files inside the configured folder, their tags, and song-name matching."""

from __future__ import annotations

import asyncio
import difflib
import heapq
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import mutagen

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = frozenset({".mp3", ".flac", ".ogg", ".oga", ".m4a", ".aac", ".wav", ".opus"})

# difflib ratio from which a title counts as "meant": "七里湘" → "七里香" (0.67) yes, "tone" → "xyz" (0.0) no.
FUZZY_THRESHOLD = 0.6
CLOSEST_COUNT = 5
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Track:
    """One audio file of the library; ``path`` is resolved (symlinks followed) and lies inside the folder."""

    path: Path
    title: str
    artist: str = ""

    @property
    def display_name(self) -> str:
        return f"{self.artist} - {self.title}" if self.artist else self.title


@dataclass(frozen=True, slots=True)
class Match:
    """The answer to a song name: the track meant (None when nothing fits) and, failing that, the closest ones.

    ``fuzzy`` is True when the track was only similar to the name, so the caller can say what it chose.
    """

    track: Track | None
    closest: list[Track] = field(default_factory=list)
    fuzzy: bool = False


class UnsafeName(ValueError):
    """A song name that looks like a file path; such names are refused, never looked up."""


def readable(text: str) -> str:
    """``text`` with the undecodable bytes of a file name (lone surrogates from os.fsdecode) shown as "�": such
    a name must still be listed, and a surrogate in a tool output could never be sent to Coze as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def normalize(text: str) -> str:
    """The form names are compared in: NFKC (full-width → half-width), casefolded, letters/digits/marks only.

    So "《晴天》", "晴 天" and "晴天" are equal, and so are "ＨＥＬＬＯ" and "hello".
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LNM")
    return unicodedata.normalize("NFKC", kept)  # again: dropping a character can leave marks out of order


def path_problem(name: str) -> str | None:
    """Why ``name`` must not be used as a song name (it could be taken for a path), or None when it is fine."""
    for separator in ("/", "\\"):
        if separator in name:
            return f"music_name must be a song title, not a file path (it contains “{separator}”)"
    if name.strip() in (".", ".."):
        return "music_name must be a song title, not a file path"
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return "music_name must not contain control characters"
    return None


# Where a library without a chosen folder looks, in order: a folder, or a function that makes one and returns it
# (the demo songs, written on first use; called in the scan's worker thread).
Fallback = Path | Callable[[], Path]


class MusicLibrary:
    """The audio files under one folder (recursively), with title/artist from tags or the file name.

    Only files whose resolved path lies inside the resolved folder belong to it: a symlink pointing outside is
    skipped, and names are matched against titles, never turned into paths. ``scan()`` walks the folder in a
    worker thread; tags of unchanged files are reused from the previous scan, so rescanning is cheap.

    ``folder`` "" means none was chosen: the library then plays from the first of ``fallbacks`` that holds
    audio (the system's Music folder, then the demo songs). A chosen folder always wins, even when empty.
    """

    def __init__(self, folder: str | Path, fallbacks: Sequence[Fallback] = ()) -> None:
        self._folder = _chosen(folder)
        self._fallbacks = tuple(fallbacks)
        self._source: Path | None = self._folder  # the folder the tracks come from (None: none found yet)
        self._tracks: tuple[Track, ...] = ()
        self._keys: list[tuple[str, ...]] = []
        self._tag_cache: dict[Path, tuple[tuple[int, int], Track]] = {}
        self._scanned = False
        self._lock = asyncio.Lock()

    @property
    def folder(self) -> Path:
        """The chosen folder; ``Path("")`` when none was chosen (see ``source`` for where tracks come from)."""
        return self._folder or Path("")

    @folder.setter
    def folder(self, folder: str | Path) -> None:
        """Point the library at another folder ("" for none chosen); it is empty until the next scan."""
        chosen = _chosen(folder)
        if chosen != self._folder:
            self._folder = self._source = chosen
            self._install((), {}, scanned=False, source=chosen)

    @property
    def chosen(self) -> bool:
        """Whether the user chose the folder (False: the fallbacks are used)."""
        return self._folder is not None

    @property
    def fallbacks(self) -> tuple[Fallback, ...]:
        """Where the library looks when no folder is chosen, in order."""
        return self._fallbacks

    @property
    def source(self) -> Path | None:
        """The folder the tracks come from: the chosen one, else the fallback the last scan used (None: none)."""
        return self._source

    @property
    def scanned(self) -> bool:
        """Whether the current folder has been scanned at least once."""
        return self._scanned

    @property
    def tracks(self) -> tuple[Track, ...]:
        return self._tracks

    async def scan(self) -> None:
        """Rescan the folder without blocking the event loop (the walk and tag reading run in a thread)."""
        async with self._lock:
            folder = self._folder
            source, tracks, cache = await asyncio.to_thread(self._scan_sources, folder, dict(self._tag_cache))
            if folder == self._folder:  # the folder was not changed in Settings meanwhile
                self._install(tracks, cache, scanned=True, source=source)

    def scan_now(self) -> None:
        """Rescan synchronously (tests, scripts)."""
        source, tracks, cache = self._scan_sources(self._folder, dict(self._tag_cache))
        self._install(tracks, cache, scanned=True, source=source)

    def _scan_sources(self, folder: Path | None, cache: dict[Path, tuple[tuple[int, int], Track]]
                      ) -> tuple[Path | None, list[Track], dict[Path, tuple[tuple[int, int], Track]]]:
        """The chosen folder's tracks; with none chosen, those of the first fallback that has any."""
        if folder is not None:
            return (folder, *_scan(folder, cache))
        for fallback in self._fallbacks:
            try:
                candidate = fallback if isinstance(fallback, Path) else fallback()
            except OSError as exc:  # the demo songs could not be written (a read-only data folder…)
                log.warning("music fallback unavailable: %s", exc)
                continue
            tracks, fresh = _scan(candidate, cache)
            if tracks:
                return candidate, tracks, fresh
        return None, [], {}

    def _install(self, tracks: Iterable[Track], cache: dict[Path, tuple[tuple[int, int], Track]], *,
                 scanned: bool, source: Path | None) -> None:
        self._tracks = tuple(tracks)
        self._keys = [_keys(track) for track in self._tracks]
        self._tag_cache = cache
        self._scanned = scanned
        self._source = source

    def contains(self, path: Path) -> bool:
        """Whether ``path`` is (still) a regular file inside the folder, symlinks resolved."""
        if self._source is None:
            return False
        try:
            resolved = path.resolve(strict=True)
            return resolved.is_relative_to(self._source.resolve()) and resolved.is_file()
        except OSError:
            return False

    def resolve_name(self, name: str) -> Match:
        """``match(name)`` after refusing names that look like paths (raises UnsafeName with the reason)."""
        problem = path_problem(name)
        if problem:
            raise UnsafeName(problem)
        return self.match(name)

    def match(self, name: str) -> Match:
        """The track ``name`` means: exact title, then normalised equality, then substring, then fuzzy.

        Titles are compared alone and combined with the artist both ways ("周杰伦 晴天", "晴天 周杰伦"), and with
        the file name. With no match, ``closest`` holds up to five most similar tracks.
        """
        for track in self._tracks:
            if track.title == name:
                return Match(track)
        query = normalize(name)
        if query:
            ranked = self._rank(query)
            if ranked:
                tier, _, index = ranked[0]
                return Match(self._tracks[index], fuzzy=tier == 1)
        return Match(None, closest=self._closest(query))

    def search(self, query: str, limit: int = 20) -> list[Track]:
        """Tracks matching ``query`` best first (all tracks, in order, for an empty query), at most ``limit``."""
        wanted = normalize(query)
        if not wanted:
            return list(self._tracks[:limit])
        return [self._tracks[index] for _, _, index in self._rank(wanted)[:limit]]

    def _rank(self, query: str) -> list[tuple[int, float, int]]:
        """(tier, similarity, index) of every track that fits, best first; tier 3 equal, 2 substring, 1 fuzzy."""
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(query)  # SequenceMatcher caches its analysis of seq2: set the query once
        hits: list[tuple[int, float, int]] = []
        for index, keys in enumerate(self._keys):
            tier = 0
            for key in keys:
                if key == query:
                    tier = 3
                    break
                if query in key or (len(key) > 1 and key in query):
                    tier = 2
            similarity = _similarity(matcher, keys, 0.0 if tier else FUZZY_THRESHOLD)
            if tier or similarity >= FUZZY_THRESHOLD:
                hits.append((tier or 1, similarity, index))
        hits.sort(key=lambda hit: (-hit[0], -hit[1], hit[2]))
        return hits

    def _closest(self, query: str) -> list[Track]:
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(query)
        best: list[tuple[float, int]] = []  # a min-heap of (similarity, -index): the weakest of the best on top
        for index, keys in enumerate(self._keys):
            # Only a track that can beat the weakest kept one is worth a full comparison.
            floor = best[0][0] if len(best) == CLOSEST_COUNT else 0.0
            entry = (_similarity(matcher, keys, floor), -index)
            if len(best) < CLOSEST_COUNT:
                heapq.heappush(best, entry)
            elif entry > best[0]:
                heapq.heapreplace(best, entry)
        return [self._tracks[-index] for _, index in sorted(best, reverse=True)]


def _chosen(folder: str | Path) -> Path | None:
    """The chosen folder, or None for none: "" (the settings' spelling) or ``Path("")`` (what ``folder`` returns)."""
    if isinstance(folder, str):
        return Path(folder).expanduser() if folder.strip() else None
    return None if folder == Path("") else folder.expanduser()


def _similarity(matcher: difflib.SequenceMatcher, keys: tuple[str, ...], floor: float) -> float:
    """The best difflib ratio of the query against ``keys``; keys that cannot reach ``floor`` are skipped."""
    best = 0.0
    for key in keys:
        matcher.set_seq1(key)
        if matcher.real_quick_ratio() >= max(floor, best) and matcher.quick_ratio() >= max(floor, best):
            best = max(best, matcher.ratio())
    return best


def _keys(track: Track) -> tuple[str, ...]:
    """What a name is compared with: the title, artist+title both ways, and the file name."""
    names = [track.title, track.path.stem]
    if track.artist:
        names += [f"{track.artist} {track.title}", f"{track.title} {track.artist}"]
    return tuple(dict.fromkeys(key for key in map(normalize, names) if key))


def _scan(folder: Path, cache: dict[Path, tuple[tuple[int, int], Track]]
          ) -> tuple[list[Track], dict[Path, tuple[tuple[int, int], Track]]]:
    """The tracks under ``folder`` in walk order and the tag cache for the next scan (runs in a thread)."""
    try:
        root = folder.resolve(strict=True)
    except OSError:
        return [], {}
    tracks: list[Track] = []
    fresh: dict[Path, tuple[tuple[int, int], Track]] = {}
    # followlinks=False: a symlinked directory could lead outside the folder or into a loop.
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or Path(name).suffix.lower() not in AUDIO_SUFFIXES:
                continue
            try:
                resolved = Path(dirpath, name).resolve(strict=True)
                info = resolved.stat()
            except OSError:  # a dangling symlink, or a file deleted during the walk
                continue
            if not resolved.is_relative_to(root) or not stat.S_ISREG(info.st_mode) or resolved in fresh:
                continue
            signature = (info.st_mtime_ns, info.st_size)
            cached = cache.get(resolved)
            track = cached[1] if cached and cached[0] == signature else _read_track(resolved, Path(name).stem)
            fresh[resolved] = (signature, track)
            tracks.append(track)
    return tracks, fresh


def _read_track(path: Path, stem: str) -> Track:
    """A track with title/artist from the file's tags, the file name standing in for a missing title."""
    try:
        audio = mutagen.File(path, easy=True)
    except Exception as exc:  # mutagen raises many types on damaged files; one bad file must not stop a scan
        log.debug("cannot read tags of %s: %s", path, exc)
        audio = None
    tags = getattr(audio, "tags", None)
    # The title is what the bot sees and names back; the path keeps the real bytes, so the file still plays.
    return Track(path, readable(_first_tag(tags, "title") or stem), readable(_first_tag(tags, "artist", "albumartist")))


def _first_tag(tags: Any, *names: str) -> str:
    if tags is None:
        return ""
    for name in names:
        try:
            values = tags.get(name)
        except (KeyError, ValueError):  # the easy tag classes raise for keys they do not know
            continue
        for value in values or ():
            if str(value).strip():
                return str(value).strip()
    return ""
