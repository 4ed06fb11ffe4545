"""The demo bot's brain: a request becomes local-plugin calls, and their outputs become a markdown answer."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from . import knowledge, shortcuts

TOOL_NAMES = (
    "set_volume",
    "get_volume",
    "play_music",
    "pause_music",
    "resume_music",
    "stop_music",
    "next_music",
    "list_music",
    "now_playing",
)
VOLUME_STEP = 20


@dataclass
class ToolCall:
    """One call the bot waits for: a local plugin's name and its JSON arguments (``kind`` function), or a
    workflow Q&A node's question (``kind`` reply_message, the question and options in the arguments)."""

    name: str
    arguments: dict[str, Any] = field(default_factory=dict)
    kind: str = "function"


@dataclass
class CallTools:
    """The bot waits for these calls (one ``requires_action``; several calls run in parallel)."""

    calls: list[ToolCall]


@dataclass
class Reply:
    """The final answer of a turn: markdown text, the recalled passages it used, suggested follow-ups."""

    text: str
    recall: list[knowledge.Hit] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)


Step = CallTools | Reply


@dataclass
class Memory:
    """What the bot remembers about one conversation."""

    questions: list[str] = field(default_factory=list)
    volume: int | None = None
    volume_before_mute: int | None = None
    song: str | None = None

    def copy(self) -> Memory:
        return copy.deepcopy(self)


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def is_chinese(text: str) -> bool:
    """Answer in Chinese when the request contains a CJK character (song names aside, see ``Turn.start``)."""
    return _CJK.search(text) is not None


def clamp(volume: int) -> int:
    return max(0, min(100, volume))


# ---------------------------------------------------------------------------------------------------------
# Reading tool outputs. The app decides their shape; read them tolerantly and never raise.


def parse_output(output: str) -> Any:
    try:
        return json.loads(output)
    except (TypeError, ValueError):
        return output


def failure_reason(output: str) -> str | None:
    """The reason when an output reports a failure (``{"error": …}``), else None."""
    value = parse_output(output)
    if not isinstance(value, dict):
        return None
    error = value.get("error")
    if error not in (None, False, ""):
        if isinstance(error, dict):
            return str(error.get("message") or error.get("msg") or json.dumps(error, ensure_ascii=False))
        return str(error)
    if value.get("ok") is False or value.get("success") is False:
        return str(value.get("message") or value.get("msg") or "failed")
    return None


def _number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return clamp(round(value))
    if isinstance(value, str) and (m := re.search(r"\d+", value)):
        return clamp(int(m.group()))
    return None


def volume_in(output: str) -> int | None:
    """The volume an output reports: ``{"volume": 50}``, ``50`` or ``"volume is 50"``."""
    value = parse_output(output)
    if isinstance(value, dict):
        for key in ("volume", "level", "value", "current"):
            if (n := _number(value.get(key))) is not None:
                return n
        return None
    return _number(value)


_AUDIO_EXT = re.compile(r"\.(?:mp3|flac|m4a|aac|ogg|opus|wav|wma|ape)$", re.I)


def _display_name(name: str) -> str:
    name = name.strip().replace("\\", "/").rsplit("/", 1)[-1]
    return _AUDIO_EXT.sub("", name)


def _name_of(value: Any) -> str | None:
    if isinstance(value, dict):
        for key in (
            "music_name",
            "title",
            "name",
            "song",
            "track",
            "now_playing",
            "current",
            "playing",
            "file",
            "path",
        ):
            item = value.get(key)
            if isinstance(item, str) and item.strip():
                return _display_name(item)
            if isinstance(item, dict) and (found := _name_of(item)):
                return found
    return None


def song_in(output: str) -> str | None:
    """The song an output names (``{"music_name": …}``, ``{"title": …}``, nested ``{"song": {…}}``)."""
    return _name_of(parse_output(output))


def songs_in(output: str) -> list[str] | None:
    """The song names of a list output, or None when the output holds no list at all."""
    value = parse_output(output)
    items: list[Any] | None = value if isinstance(value, list) else None
    if isinstance(value, dict):
        for key in ("songs", "music", "items", "results", "tracks", "files", "list", "data"):
            if isinstance(value.get(key), list):
                items = value[key]
                break
        else:
            items = next((v for v in value.values() if isinstance(v, list)), None)
    if items is None:
        return None
    names = [_display_name(i) if isinstance(i, str) else _name_of(i) for i in items]
    return [n for n in names if n]


def _quote(text: str, limit: int = 200) -> str:
    text = " ".join(text.split()).replace("`", "'")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _why(reason: str, zh: bool) -> str:
    """The reason in inline code plus a hint for the usual causes."""
    low = reason.lower()
    if "unknown tool" in low or "not found" in low:
        hint = "（应用里还没有这个端插件）" if zh else " (the app does not have this local plugin yet)"
    elif any(w in low for w in ("declin", "denied", "reject", "拒绝")):
        hint = "（你拒绝了这次调用）" if zh else " (the call was declined)"
    elif any(w in low for w in ("timeout", "timed out", "超时")):
        hint = "（调用超时）" if zh else " (the call timed out)"
    else:
        hint = ""
    return f"`{_quote(reason)}`{hint}"


def _sorry(what_zh: str, what_en: str, reason: str, zh: bool) -> str:
    if zh:
        return f"抱歉，没能{what_zh}：{_why(reason, zh)}。"
    return f"Sorry, I couldn't {what_en}: {_why(reason, zh)}."


# ---------------------------------------------------------------------------------------------------------
# Actions: what one clause of a request asks for. Each is a tiny program of one or two tool calls.


class Action:
    """One thing the user asked for; ``next_call`` sees only this action's own outputs so far."""

    def topic(self) -> str:
        """Which follow-up suggestions fit: "music" or "volume"."""
        return "music"

    def next_call(self, outputs: list[str]) -> ToolCall | None:
        raise NotImplementedError

    def describe(self, calls: list[ToolCall], outputs: list[str], zh: bool) -> str:
        raise NotImplementedError

    def learn(self, call: ToolCall, output: str, memory: Memory) -> None:
        """Remember what a successful output says about the player."""
        if failure_reason(output) is not None:
            return
        if call.name == "set_volume":
            reported = volume_in(output)
            memory.volume = reported if reported is not None else _number(call.arguments.get("volume"))
        elif call.name == "get_volume" and (level := volume_in(output)) is not None:
            memory.volume = level
        elif call.name in ("play_music", "now_playing", "next_music", "resume_music"):
            song = song_in(output) or call.arguments.get("music_name") or None
            if song:
                memory.song = str(song)


@dataclass
class Single(Action):
    """One call, one sentence. ``kind`` refines set_volume: "mute" or "unmute"."""

    call: ToolCall
    kind: str = ""
    previous: int | None = None

    def topic(self) -> str:
        return "volume" if self.call.name in ("set_volume", "get_volume") else "music"

    def next_call(self, outputs: list[str]) -> ToolCall | None:
        return None if outputs else self.call

    def learn(self, call: ToolCall, output: str, memory: Memory) -> None:
        super().learn(call, output, memory)
        if self.kind == "mute" and failure_reason(output) is None and self.previous:
            memory.volume_before_mute = self.previous

    def describe(self, calls: list[ToolCall], outputs: list[str], zh: bool) -> str:
        output = outputs[0] if outputs else ""
        return _describe(self.call, output, zh, self.kind)


@dataclass
class AdjustVolume(Action):
    """Relative volume: read it (get_volume), then set it ``delta`` away (set_volume)."""

    delta: int

    def topic(self) -> str:
        return "volume"

    def target(self, outputs: list[str]) -> tuple[int, int] | None:
        if not outputs or failure_reason(outputs[0]) is not None:
            return None
        current = volume_in(outputs[0])
        return None if current is None else (current, clamp(current + self.delta))

    def next_call(self, outputs: list[str]) -> ToolCall | None:
        if not outputs:
            return ToolCall("get_volume", {})
        if len(outputs) == 1 and (t := self.target(outputs)) is not None and t[0] != t[1]:
            return ToolCall("set_volume", {"volume": t[1]})
        return None

    def describe(self, calls: list[ToolCall], outputs: list[str], zh: bool) -> str:
        if (reason := failure_reason(outputs[0])) is not None:
            return _sorry("读取当前音量", "read the current volume", reason, zh)
        t = self.target(outputs)
        if t is None:
            said = _quote(outputs[0])
            return (
                f"抱歉，没看懂音量插件的返回：`{said}`。"
                if zh
                else f"Sorry, I couldn't read the volume: `{said}`."
            )
        old, new = t
        if old == new:
            if zh:
                return f"音量已经是{'最大' if self.delta > 0 else '最小'}（{old}%）了。"
            return f"The volume is already at its {'maximum' if self.delta > 0 else 'minimum'} ({old}%)."
        if len(outputs) > 1 and (reason := failure_reason(outputs[1])) is not None:
            return _sorry(f"把音量调到 {new}%", f"set the volume to {new}%", reason, zh)
        if len(outputs) > 1 and (reported := volume_in(outputs[1])) is not None:
            new = reported
        if zh:
            return f"已把音量从 {old}% 调{'大' if self.delta > 0 else '小'}到 **{new}%**。"
        return f"Turned the volume {'up' if self.delta > 0 else 'down'} from {old}% to **{new}%**."


@dataclass
class PlayAny(Action):
    """Play "some music", no name given: list the library, then play its first song."""

    def next_call(self, outputs: list[str]) -> ToolCall | None:
        if not outputs:
            return ToolCall("list_music", {})
        if len(outputs) == 1 and failure_reason(outputs[0]) is None and (songs := songs_in(outputs[0])):
            return ToolCall("play_music", {"music_name": songs[0]})
        return None

    def describe(self, calls: list[ToolCall], outputs: list[str], zh: bool) -> str:
        if (reason := failure_reason(outputs[0])) is not None:
            return _sorry("读取音乐库", "read your music library", reason, zh)
        if len(outputs) == 1:
            return _describe_list(calls[0], outputs[0], None, zh)
        return _describe(calls[1], outputs[1], zh, "any")


def _describe(call: ToolCall, output: str, zh: bool, kind: str = "") -> str:
    """One sentence about one finished call."""
    reason = failure_reason(output)
    name = call.name
    if name == "set_volume":
        wanted = _number(call.arguments.get("volume"))
        if reason is not None:
            if kind == "mute":
                return _sorry("静音", "mute", reason, zh)
            return _sorry(f"把音量调到 {wanted}%", f"set the volume to {wanted}%", reason, zh)
        got = volume_in(output)
        level = got if got is not None else wanted
        if kind == "mute":
            return "已静音 🔇" if zh else "Muted 🔇"
        if kind == "unmute":
            return (
                f"已取消静音，音量恢复到 **{level}%**。"
                if zh
                else f"Unmuted; the volume is back to **{level}%**."
            )
        return f"好的，音量已调到 **{level}%**。" if zh else f"Done: the volume is now **{level}%**."
    if name == "get_volume":
        if reason is not None:
            return _sorry("读取当前音量", "read the current volume", reason, zh)
        level = volume_in(output)
        if level is None:
            return (
                f"音量插件返回：`{_quote(output)}`" if zh else f"The volume plugin said: `{_quote(output)}`"
            )
        return f"当前音量是 **{level}%**。" if zh else f"The volume is **{level}%**."
    if name == "play_music":
        wanted = str(call.arguments.get("music_name") or "")
        if reason is not None:
            what = f"播放《{wanted}》" if wanted else "播放音乐"
            return _sorry(what, f"play {wanted}" if wanted else "play music", reason, zh)
        song = song_in(output) or wanted
        if kind == "any":
            return (
                f"从音乐库里挑了一首：正在播放《{song}》🎵"
                if zh
                else f"Picked a song from your library: *{song}* 🎵"
            )
        return f"正在播放《{song}》🎵" if zh else f"Now playing *{song}* 🎵"
    if name == "list_music":
        return _describe_list(call, output, reason, zh)
    if name == "now_playing":
        if reason is not None:
            return _sorry("查询正在播放的歌曲", "check what is playing", reason, zh)
        song = song_in(output)
        if song:
            return f"正在播放《{song}》。" if zh else f"Now playing: *{song}*."
        return "现在没有在播放音乐。" if zh else "Nothing is playing right now."
    simple = {
        "pause_music": ("暂停播放", "pause the music", "已暂停播放。", "Paused."),
        "resume_music": ("继续播放", "resume the music", "继续播放", "Resumed"),
        "stop_music": ("停止播放", "stop the music", "已停止播放。", "Stopped the music."),
        "next_music": ("切到下一首", "skip to the next song", "已切到下一首", "Skipped to the next song"),
    }
    what_zh, what_en, done_zh, done_en = simple.get(name, (f"完成 {name}", f"run {name}", "完成。", "Done."))
    if reason is not None:
        return _sorry(what_zh, what_en, reason, zh)
    if name in ("resume_music", "next_music"):
        song = song_in(output)
        if zh:
            return f"{done_zh}：《{song}》🎵" if song else f"{done_zh}。"
        return f"{done_en}: *{song}* 🎵" if song else f"{done_en}."
    return done_zh if zh else done_en


def _describe_list(call: ToolCall, output: str, reason: str | None, zh: bool) -> str:
    query = str(call.arguments.get("query") or "")
    if reason is not None:
        return _sorry("读取音乐库", "read your music library", reason, zh)
    songs = songs_in(output)
    if songs is None:
        return f"音乐库返回：`{_quote(output)}`" if zh else f"The music library said: `{_quote(output)}`"
    if not songs:
        if query:
            return f"没有找到和“{query}”相关的歌曲。" if zh else f"No songs match “{query}”."
        if zh:
            return "音乐库里还没有歌曲。请先在设置里选择音乐文件夹。"
        return "Your music library is empty. Pick a music folder in the settings first."
    shown = songs[:10]
    lines = "\n".join(f"{i}. {song}" for i, song in enumerate(shown, 1))
    more = len(songs) - len(shown)
    if zh:
        head = f"找到 {len(songs)} 首和“{query}”相关的歌：" if query else f"音乐库里有 {len(songs)} 首歌："
        tail = f"\n\n……还有 {more} 首。" if more else ""
    else:
        head = (
            f"Found {len(songs)} songs matching “{query}”:"
            if query
            else f"Your library has {len(songs)} songs:"
        )
        tail = f"\n\n…and {more} more." if more else ""
    return f"{head}\n\n{lines}{tail}"


# ---------------------------------------------------------------------------------------------------------
# Understanding requests.

_SPLIT = re.compile(
    r"\s*(?:并且|并|然后|同时|再把|以及|[,，;；。!！?？]|\band then\b|\bthen\b|\band\b|&)\s*", re.I
)
_TOO_LOUD = re.compile(r"太大|太吵|太响|吵死|too loud", re.I)
_TOO_QUIET = re.compile(r"太小声|太小|太轻|听不见|听不清|too quiet|can'?t hear", re.I)
_UP = re.compile(
    r"大声|调大|调高|加大|增大|提高|开大|放大|大一点|大点|响一点|响点|高一点|louder|increase|raise|pump it up"
    r"|turn (?:it |the volume |the sound |the music )?up|volume up",
    re.I,
)
_DOWN = re.compile(
    r"小声|调小|调低|减小|降低|关小|小一点|小点|轻一点|轻点|低一点|quieter|softer|lower|decrease|reduce"
    r"|turn (?:it |the volume |the sound |the music )?down|volume down",
    re.I,
)
_UNMUTE = re.compile(r"取消静音|解除静音|\bunmute\b", re.I)
_MUTE = re.compile(r"静音|\bmute\b|\bsilence\b", re.I)
_VOLUME_WORD = re.compile(r"音量|声音|\bvolume\b|\bsound\b", re.I)
_SET_WORD = re.compile(r"调到|调成|调为|设为|设成|设置为|设置成", re.I)
_ABSOLUTE = re.compile(r"到|成|为|至|\bto\b", re.I)
_CN_DIGITS = "零一二两三四五六七八九十百"

_NEXT = re.compile(r"下一首|下一曲|切歌|换一首|换首|换歌|\bnext\b|\bskip\b", re.I)
_PAUSE = re.compile(r"暂停|停一下|先停|\bpause\b", re.I)
_RESUME = re.compile(r"继续|恢复播放|接着放|接着播|\bresume\b|\bcontinue\b|\bunpause\b", re.I)
_STOP = re.compile(r"停止|停下|别放了|不要放了|关掉音乐|关闭音乐|\bstop\b", re.I)
_NOW = re.compile(
    r"正在播放|在放什么|放的是什么|放的什么|这首歌叫|(?<!有)什么歌|哪首歌|当前歌曲|现在放|"
    r"what'?s playing|what is playing|now playing|current song|what song|which song",
    re.I,
)
_AGAIN = re.compile(r"再放一遍|再听一遍|再来一遍|再放一次|play it again|\bagain\b|\breplay\b", re.I)
_SEARCH = re.compile(
    r"(?:搜索|查找|搜一下|找一下|找找)\s*(?:歌曲|歌|音乐)?\s*(?P<q>.*)"
    r"|有(?:哪些|什么)(?P<q2>.+?)的(?:歌|音乐)"
    r"|\b(?:search|find|look for)\b(?:\s+for)?\s*(?:songs?|music|tracks?)?\s*"
    r"(?:by|called|named|matching)?\s*(?P<q3>.*)"
    r"|\blist (?:songs?|music|tracks?) (?:by|with|matching|called|named|from)\s+(?P<q4>.+)"
    r"|\bsongs by\s+(?P<q5>.+)",
    re.I,
)
_LIST = re.compile(
    r"有哪些歌|有什么歌|有啥歌|哪些歌|歌单|曲库|音乐库|歌曲列表|列出|所有歌|"
    r"\blist\b|what songs|which songs|what music|all songs|my songs|song list|\blibrary\b",
    re.I,
)
_PLAY_START = re.compile(r"^\s*(?:播放|放一首|来一首|来首|我想听|我要听|\bplay\b)", re.I)
_PLAY = re.compile(
    r"(?:我想听|我要听|想听|给我放|帮我放|播放一下|播放|放一首|放一曲|放首|来一首|来一曲|来首|来点|放点|听一下|听听|^\s*放|^\s*听)"
    r"\s*(?P<zh>.*)"
    r"|\b(?:play|put on|listen to)\b\s*(?P<en>.*)",
    re.I,
)
_NAME_HEAD = re.compile(r"^(?:一首|一曲|首|歌曲|the song|the track|song|track|some|me)\s*", re.I)
_NAME_TAIL = re.compile(r"\s*(?:这首歌|这首|吧|呗|啊|呀|哦|好吗|可以吗|行吗|please|for me|now|的歌)$", re.I)
_GENERIC = frozenset(
    (
        "music",
        "some music",
        "any music",
        "the music",
        "a song",
        "song",
        "songs",
        "something",
        "anything",
        "音乐",
        "歌",
        "歌曲",
        "点音乐",
        "一首歌",
        "首歌",
        "点歌",
        "音乐吧",
    )
)

_HOWTO = re.compile(
    r"怎么|怎样|如何|为什么|什么是|是什么意思|有什么用|\bhow (?:do|does|to|can i|should|would)\b|\bwhy\b",
    re.I,
)
_MEMORY_Q = re.compile(
    r"刚才|刚刚|上一句|上一个问题|我(?:说|问)了什么|what did i (?:just )?(?:say|ask)|my (?:last|previous) "
    r"(?:question|message)|what was my",
    re.I,
)
_GREETING = re.compile(
    r"^\s*(?:你好|您好|嗨|哈喽|早上好|下午好|晚上好|(?:hello|hi|hey|good (?:morning|afternoon|evening))\b)",
    re.I,
)
_THANKS = re.compile(r"谢谢|多谢|感谢|\bthanks?\b|\bthx\b", re.I)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _cn_int(text: str) -> int:
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
    total = current = 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
             "sixteen seventeen eighteen nineteen").split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_WORD = "|".join([*_EN_UNITS, *_EN_TENS, "hundred"])
# Spelled-out English numbers, as speech recognition writes them: "set the volume to thirty", "forty five".
_EN_NUMBER = re.compile(rf"\b(?:{_EN_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_EN_WORD}))*\b", re.I)


def _en_int(text: str) -> int:
    total = current = 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word in _EN_UNITS:
            current += _EN_UNITS.index(word)
        elif word in _EN_TENS:
            current += 10 * (_EN_TENS.index(word) + 2)
        elif word == "hundred":
            total += (current or 1) * 100
            current = 0
    return total + current


def number_in(clause: str) -> int | None:
    """A volume-like number: arabic digits anywhere, Chinese numerals only after 到/成/为 or 百分之, English
    number words anywhere (what recognised speech says).

    (A bare 一 is not a number: 小声一点 means "a bit quieter".)
    """
    if m := re.search(r"\d+", clause):
        return int(m.group())
    if m := re.search(rf"(?:百分之|到|成|为|至)\s*([{_CN_DIGITS}]+)", clause):
        return _cn_int(m.group(1))
    if m := _EN_NUMBER.search(clause):
        return _en_int(m.group())
    return None


def _clean_name(name: str) -> str:
    name = name.strip()
    for pattern in (_NAME_HEAD, _NAME_TAIL):
        while True:
            trimmed = pattern.sub("", name).strip()
            if trimmed == name:
                break
            name = trimmed
    return name.strip(" \t\"'“”‘’《》「」『』<>()（）[]【】.!！。~～?？")


def _volume_action(clause: str, memory: Memory) -> Action | None:
    if _UNMUTE.search(clause):
        level = memory.volume_before_mute or 50
        return Single(ToolCall("set_volume", {"volume": level}), kind="unmute")
    if _MUTE.search(clause):
        return Single(ToolCall("set_volume", {"volume": 0}), kind="mute", previous=memory.volume)
    number = number_in(clause)
    direction = 0
    if _TOO_LOUD.search(clause):
        direction = -1
    elif _TOO_QUIET.search(clause) or _UP.search(clause):
        direction = 1
    elif _DOWN.search(clause):
        direction = -1
    if direction:
        if number is not None and _ABSOLUTE.search(clause):
            return Single(ToolCall("set_volume", {"volume": clamp(number)}))
        return AdjustVolume(direction * (number if number is not None else VOLUME_STEP))
    if _VOLUME_WORD.search(clause) or _SET_WORD.search(clause):
        if number is not None:
            return Single(ToolCall("set_volume", {"volume": clamp(number)}))
        if _VOLUME_WORD.search(clause):
            return Single(ToolCall("get_volume", {}))
    return None


def _music_action(clause: str, memory: Memory) -> Action | None:
    for pattern, tool in (
        (_NEXT, "next_music"),
        (_PAUSE, "pause_music"),
        (_RESUME, "resume_music"),
        (_STOP, "stop_music"),
        (_NOW, "now_playing"),
    ):
        if pattern.search(clause):
            return Single(ToolCall(tool, {}))
    if _AGAIN.search(clause):
        return Single(ToolCall("play_music", {"music_name": memory.song})) if memory.song else PlayAny()
    if m := _SEARCH.search(clause):
        query = _clean_name(next((g for g in m.groups() if g), ""))
        return Single(
            ToolCall("list_music", {"query": query} if query and query.lower() not in _GENERIC else {})
        )
    if _LIST.search(clause):
        return Single(ToolCall("list_music", {}))
    if m := _PLAY.search(clause):
        name = _clean_name(m.group("zh") if m.group("zh") is not None else m.group("en") or "")
        if not name or name.lower() in _GENERIC:
            return PlayAny()
        return Single(ToolCall("play_music", {"music_name": name}))
    return None


@dataclass
class NamedCall(Single):
    """A call of any tool by its name, with JSON arguments: how the demo bot drives tools it has no words for."""

    def topic(self) -> str:
        return "chat"

    def describe(self, calls: list[ToolCall], outputs: list[str], zh: bool) -> str:
        name, output = self.call.name, outputs[0] if outputs else ""
        if (reason := failure_reason(output)) is not None:
            return _sorry(f"运行 `{name}`", f"run `{name}`", reason, zh)
        shown = output if len(output) <= 2000 else output[:1999] + "…"
        fence = "````" if "```" in shown else "```"
        return f"`{name}` 返回：\n\n{fence}\n{shown}\n{fence}" if zh else f"`{name}` said:\n\n{fence}\n{shown}\n{fence}"


# "use echo__say {"text": "hi"}" / "调用 echo__say {…}". The name must hold a "_" (every tool name the app offers
# does), so "use headphones" stays an ordinary sentence.
_NAMED_CALL = re.compile(r"^\s*(?:use|call|run|调用|使用|运行)\s*(?P<name>[A-Za-z0-9]*_[A-Za-z0-9_]*)\s*"
                         r"(?P<args>\{.*\})?\s*$", re.I | re.S)


def named_call(text: str) -> NamedCall | None:
    """The call a ``use <tool> {json}`` request asks for; None for anything else (or arguments that are not a
    JSON object)."""
    if not (m := _NAMED_CALL.match(text)):
        return None
    try:
        args = json.loads(m.group("args") or "{}")
    except ValueError:
        return None
    return NamedCall(ToolCall(m.group("name"), args)) if isinstance(args, dict) else None


def understand(text: str, memory: Memory | None = None) -> list[Action]:
    """The actions a request asks for, one per clause ("播放 晴天 并把音量调到30" → two)."""
    if call := named_call(text):
        return [call]
    memory = memory or Memory()
    actions: list[Action] = []
    for clause in _SPLIT.split(_nfkc(text)):
        if not clause.strip():
            continue
        if _PLAY_START.search(clause):  # "播放 大声说爱你" is a song, not a volume request
            action = _music_action(clause, memory) or _volume_action(clause, memory)
        else:
            action = _volume_action(clause, memory) or _music_action(clause, memory)
        if action is not None:
            actions.append(action)
    return actions


def thought(call: ToolCall, query: str, zh: bool) -> str:
    """The ``thought`` a function_call message carries, in the request's language."""
    if zh:
        return f"需求为“{query}”，需要调用 {call.name} 工具"
    return f"The user asked “{query}”; calling the {call.name} tool"


# ---------------------------------------------------------------------------------------------------------
# Answers that need no tools.

_CAPABILITIES_ZH = (
    "| 想做什么 | 可以这样说 |\n| --- | --- |\n"
    "| 播放音乐 | 播放 晴天、下一首、暂停、继续、停止 |\n"
    "| 调节音量 | 音量调到30、大声点、小声一点、静音 |\n"
    "| 查询 | 正在播放什么、现在音量多少、有哪些歌 |\n"
    "| 了解本应用 | 你能做什么、怎么连接真实的机器人、什么是端插件 |"
)
_CAPABILITIES_EN = (
    "| To… | Say |\n| --- | --- |\n"
    "| play music | play 晴天, next, pause, resume, stop |\n"
    "| change the volume | set the volume to 30, louder, turn it down, mute |\n"
    "| ask | what is playing, what's the volume, list music |\n"
    "| learn about the app | what can you do, how do I connect a real bot, what are local plugins |"
)
_TRY_ZH = (
    "**试试这样说：**\n\n| 你说 | 我会调用的端插件 |\n| --- | --- |\n"
    "| 播放 晴天 | `play_music` |\n| 音量调到30 | `set_volume` |\n| 小声一点 | `get_volume` → `set_volume` |"
)
_TRY_EN = (
    "**Try saying:**\n\n| You say | Local plugin I call |\n| --- | --- |\n"
    "| play 晴天 | `play_music` |\n| set the volume to 30 | `set_volume` |\n| turn it down | `get_volume` → "
    "`set_volume` |"
)
_CALL_EXAMPLE = '```json\n{"name": "set_volume", "arguments": {"volume": 30}}\n```'

_FOLLOW_UPS = {
    "volume": (
        ["把音量调到50", "静音", "现在音量多少？"],
        ["Set the volume to 50", "Mute", "What's the volume?"],
    ),
    "music": (["下一首", "暂停", "正在播放什么？"], ["Next song", "Pause", "What is playing?"]),
    "help": (
        ["怎么连接真实的 Coze 机器人？", "什么是端插件？", "我的令牌保存在哪里？", "播放 晴天"],
        [
            "How do I connect a real Coze bot?",
            "What are local plugins?",
            "Where is my token stored?",
            "Play 晴天",
        ],
    ),
    "chat": (
        ["你能做什么？", "播放 晴天", "音量调到30"],
        ["What can you do?", "Play 晴天", "Set the volume to 30"],
    ),
}


def _follow_ups(
    topic: str, zh: bool, query: str, exclude_passage: knowledge.Passage | None = None
) -> list[str]:
    pool = _FOLLOW_UPS[topic][0 if zh else 1]
    out = []
    for item in pool:
        if item.strip("？?").lower() == query.strip("？? ").lower():
            continue
        if exclude_passage is not None:
            hits = knowledge.search(item, limit=1)
            if hits and hits[0].passage == exclude_passage:
                continue
        out.append(item)
    return out[:3]


def recall_reply(query: str, hits: list[knowledge.Hit], zh: bool) -> Reply:
    """An answer built from recalled passages, with a table and a code block for the renderer."""
    parts = [f"根据《{knowledge.DATASET_NAME}》：" if zh else f"From the *{knowledge.DATASET_NAME}*:"]
    for hit in hits:
        parts.append(f"### {hit.passage.title(zh)}\n\n{hit.passage.text(zh)}")
    parts.append(_TRY_ZH if zh else _TRY_EN)
    if not any("```" in hit.passage.text(zh) for hit in hits):
        parts.append(
            ("端插件调用长这样：\n\n" if zh else "A local-plugin call looks like this:\n\n") + _CALL_EXAMPLE
        )
    return Reply("\n\n".join(parts), list(hits), _follow_ups("help", zh, query, hits[0].passage))


def _memory_reply(memory: Memory, zh: bool, query: str) -> Reply:
    earlier = memory.questions
    if not earlier:
        text = (
            "这是你在这次对话里说的第一句话。"
            if zh
            else "This is the first thing you've said in this conversation."
        )
    else:
        text = f"你上一句说的是：“{earlier[-1]}”。" if zh else f"Your previous message was: “{earlier[-1]}”."
        if len(earlier) > 1:
            listed = "\n".join(f"{i}. {q}" for i, q in enumerate(earlier[-5:], 1))
            text += (
                "\n\n这次对话里你说过：\n\n" if zh else "\n\nIn this conversation you said:\n\n"
            ) + listed
    return Reply(text, [], _follow_ups("chat", zh, query))


def _chat_reply(query: str, zh: bool) -> Reply:
    if _GREETING.search(query):
        if zh:
            text = (
                "你好！我是 Coze Desktop 的**离线演示助手** 👋 "
                f"我能帮你放音乐、调音量：\n\n{_CAPABILITIES_ZH}"
            )
        else:
            text = (
                "Hello! I'm the **offline demo bot** of Coze Desktop 👋 I can play music and change the "
                f"volume:\n\n{_CAPABILITIES_EN}"
            )
        return Reply(text, [], _follow_ups("chat", zh, query))
    if _THANKS.search(query):
        return Reply(
            "不客气！还有什么需要帮忙的吗？" if zh else "You're welcome! Anything else?",
            [],
            _follow_ups("chat", zh, query),
        )
    said = _quote(query, 60)
    zh_part = (
        f"我是离线演示机器人，还听不懂“{said}”。我能做这些：\n\n{_CAPABILITIES_ZH}\n\n"
        "连接真实的 Coze 机器人后，就能和它自由聊天。"
    )
    en_part = (
        f"I'm the offline demo bot and don't understand “{said}” yet. Here is what I can do:\n\n"
        f"{_CAPABILITIES_EN}\n\nConnect a real Coze bot to chat about anything."
    )
    text = f"{zh_part}\n\n---\n\n{en_part}" if zh else f"{en_part}\n\n---\n\n{zh_part}"
    return Reply(text, [], _follow_ups("chat", zh, query))


# ---------------------------------------------------------------------------------------------------------
# A turn: start → (CallTools → resume)* → Reply.


class Turn:
    """One user request worked through to its answer.

    ``start()`` returns the first step; after a ``CallTools`` step, ``resume(outputs)`` takes the outputs in
    the order of its calls. The memory is updated as outputs arrive and when the reply is made.
    """

    MAX_ROUNDS = 8

    def __init__(
        self,
        query: str,
        memory: Memory | None = None,
        *,
        files: Sequence[str] = (),
        note: str = "",
        answer: str = "",
    ) -> None:
        """``files``: what the bot can tell about the attachments (markdown, one item each); ``note``: said
        first (the new topic after a clear); ``answer``: the whole reply, already computed (a shortcut)."""
        self.query = query.strip()
        self.zh = is_chinese(self.query)
        self.memory = memory if memory is not None else Memory()
        self.files = list(files)
        self.note = note
        self.answer = answer
        self._options: list[str] | None = None  # while the Q&A question waits for its pick
        self.actions: list[Action] = []
        self.reply: Reply | None = None
        self._calls: list[list[ToolCall]] = []
        self._outputs: list[list[str]] = []
        self._waiting: list[int] = []
        self._rounds = 0

    @property
    def pending(self) -> list[ToolCall]:
        """The calls the turn is waiting for."""
        return [self._calls[i][-1] for i in self._waiting]

    def start(self) -> Step:
        query = self.query
        if self.answer:
            return self._finish(Reply(self.answer, [], _follow_ups("chat", self.zh, query)))
        if shortcuts.PICK.search(query):
            text, self._options = shortcuts.question(self.zh)
            payload = shortcuts.interrupt_payload(text, self._options, f"{shortcuts.NODE_TITLE}_0")
            return CallTools([ToolCall(shortcuts.NODE_TITLE, payload, kind="reply_message")])
        if self.files and not understand(query, self.memory):
            return self._finish(Reply("", [], _follow_ups("chat", self.zh, query)))
        if _HOWTO.search(query) and (hits := knowledge.search(query)):
            return self._finish(recall_reply(query, hits, self.zh))
        self.actions = understand(query, self.memory)
        if self.actions:
            # "play 晴天" is an English request: a Chinese song name alone does not switch the language.
            names = [
                v
                for a in self.actions
                if isinstance(a, Single)
                for v in a.call.arguments.values()
                if isinstance(v, str)
            ]
            rest = query
            for name in names:
                rest = rest.replace(name, " ")
            self.zh = is_chinese(rest)
            self._calls = [[] for _ in self.actions]
            self._outputs = [[] for _ in self.actions]
            return self._advance()
        if _MEMORY_Q.search(query):
            return self._finish(_memory_reply(self.memory, self.zh, query))
        if hits := knowledge.search(query):
            return self._finish(recall_reply(query, hits, self.zh))
        return self._finish(_chat_reply(query, self.zh))

    def resume(self, outputs: Sequence[str]) -> Step:
        if self._options is not None:
            return self._picked(outputs[0] if outputs else "")
        if self.reply is not None or not self._waiting:
            raise RuntimeError("the turn is not waiting for tool outputs")
        if len(outputs) != len(self._waiting):
            raise ValueError(f"expected {len(self._waiting)} outputs, got {len(outputs)}")
        for index, output in zip(self._waiting, outputs, strict=True):
            text = output if isinstance(output, str) else json.dumps(output, ensure_ascii=False)
            self._outputs[index].append(text)
            self.actions[index].learn(self._calls[index][-1], text, self.memory)
        self._waiting = []
        return self._advance()

    def _advance(self) -> Step:
        self._rounds += 1
        calls: list[ToolCall] = []
        if self._rounds <= self.MAX_ROUNDS:
            for index, action in enumerate(self.actions):
                call = action.next_call(self._outputs[index])
                if call is not None:
                    self._calls[index].append(call)
                    self._waiting.append(index)
                    calls.append(call)
        if calls:
            return CallTools(calls)
        return self._finish(self._compose())

    def _compose(self) -> Reply:
        zh = self.zh
        lines = [a.describe(self._calls[i], self._outputs[i], zh) for i, a in enumerate(self.actions)]
        if len(lines) == 1:
            text = lines[0]
        else:
            failed = any(failure_reason(o) is not None for outs in self._outputs for o in outs)
            intro = (
                ("结果如下：" if failed else "好的，都办好了：")
                if zh
                else ("Here is how it went:" if failed else "Done:")
            )
            items = "\n".join("- " + line.replace("\n", "\n  ") for line in lines)
            text = f"{intro}\n\n{items}"
        topic = self.actions[-1].topic()
        return Reply(text, [], _follow_ups(topic, zh, self.query))

    def _picked(self, output: str) -> Step:
        """The Q&A node's answer: an option's name (exactly, or ignoring case) plays that song."""
        options, self._options = self._options or [], None
        zh = self.zh
        if (reason := failure_reason(output)) is not None:
            return self._finish(Reply(f"没有选出歌曲：{_quote(reason)}" if zh else
                                      f"No song was picked: {_quote(reason)}", [], _follow_ups("music", zh, "")))
        pick = output.strip()
        chosen = next((o for o in options if o == pick), None) or next(
            (o for o in options if o.casefold() == pick.casefold()), None)
        if chosen is None:
            listed = "、".join(options) if zh else ", ".join(options)
            return self._finish(Reply(f"“{_quote(pick, 60)}”不是选项之一（{listed}），所以没有播放。" if zh else
                                      f"“{_quote(pick, 60)}” is not one of the options ({listed}), so nothing "
                                      "was played.", [], _follow_ups("music", zh, "")))
        self.actions = [Single(ToolCall("play_music", {"music_name": chosen}))]
        self._calls, self._outputs = [[]], [[]]
        return self._advance()

    def _finish(self, reply: Reply) -> Reply:
        preface = [self.note] if self.note else []
        preface += self.files
        if preface:
            reply.text = "\n\n".join([*preface, reply.text] if reply.text else preface)
        self.reply = reply
        if self.query:
            self.memory.questions.append(self.query)
        return reply
