"""The demo bot's small built-in knowledge base about the app, and keyword-overlap recall over it."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

DATASET_ID = "7000000000000000100"
DATASET_NAME = "Coze Desktop 使用手册"


@dataclass(frozen=True)
class Passage:
    """One short bilingual passage; ``triggers`` are phrases that make it an obvious match."""

    doc_id: str
    doc_name: str
    title_zh: str
    title_en: str
    zh: str
    en: str
    triggers: tuple[str, ...] = ()
    url: str = ""

    def title(self, zh: bool) -> str:
        return self.title_zh if zh else self.title_en

    def text(self, zh: bool) -> str:
        return self.zh if zh else self.en


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float


PASSAGES: tuple[Passage, ...] = (
    Passage(
        doc_id="7000000000000000101",
        doc_name="overview.md",
        title_zh="Coze Desktop 是什么",
        title_en="What Coze Desktop is",
        zh=(
            "Coze Desktop 是一个桌面助手：它通过 Coze（扣子）开放 API 与你的机器人聊天，并在你的电脑上运行机"
            "器人请求的**端插件**，例如播放音乐、调节音量。没有 Coze 令牌时，它连接内置的离线演示机器人（就是"
            "我），让你先体验整个应用。"
        ),
        en=(
            "Coze Desktop is a desktop assistant: it chats with your Coze bot through the Coze Open API and "
            "runs the **local plugins** the bot asks for on your computer, such as playing music or changing "
            "the volume. Without a Coze token it talks to this built-in offline demo bot, so you can try the "
            "app first."
        ),
        triggers=(
            "coze desktop",
            "这个应用",
            "这个软件",
            "这是什么",
            "介绍一下",
            "what is this",
            "about the app",
        ),
    ),
    Passage(
        doc_id="7000000000000000102",
        doc_name="demo-bot.md",
        title_zh="演示机器人能做什么",
        title_en="What the demo bot can do",
        zh=(
            "演示机器人完全离线运行，能听懂简单的中英文指令：\n"
            "- **音乐**：播放、暂停、继续、停止、下一首、正在播放什么、有哪些歌\n"
            "- **音量**：调到某个数值、调大或调小、静音、查询当前音量\n"
            "- **关于本应用的问题**：如何连接真实机器人、什么是端插件、隐私与令牌\n"
            "它会像云端机器人一样发出端插件调用，由应用在你的电脑上执行。"
        ),
        en=(
            "The demo bot runs fully offline and understands simple requests in English and Chinese:\n"
            "- **Music**: play, pause, resume, stop, next, what is playing, list songs\n"
            "- **Volume**: set a value, turn it up or down, mute, ask for the current volume\n"
            "- **Questions about the app**: connecting a real bot, local plugins, privacy and tokens\n"
            "It issues local-plugin calls exactly like a cloud bot, and the app runs them on your computer."
        ),
        triggers=(
            "what can you do",
            "what do you do",
            "你能做什么",
            "能做什么",
            "能干什么",
            "你会什么",
            "会做什么",
            "help",
            "帮助",
            "功能",
            "capabilities",
            "commands",
            "指令",
            "命令",
            "演示",
            "demo",
        ),
    ),
    Passage(
        doc_id="7000000000000000103",
        doc_name="connect-real-bot.md",
        title_zh="连接真实的 Coze 机器人",
        title_en="Connecting a real Coze bot",
        zh=(
            "1. 在 Coze 中打开你的机器人，点击**发布**，勾选 **API**（Agent as API）渠道。\n"
            "2. 在「个人访问令牌」页面创建令牌，勾选对话相关权限，复制以 `pat_` 开头的令牌。\n"
            "3. 从机器人网址里复制 Bot ID（`/bot/` 后面的那串数字）。\n"
            "4. 在 Coze Desktop 的设置里选择区域，填入令牌和 Bot ID：\n"
            "```ini\n"
            "region = coze.cn        ; https://api.coze.cn\n"
            "token  = pat_xxxxxxxx\n"
            "bot_id = 7xxxxxxxxxxxxxxxxxx\n"
            "```"
        ),
        en=(
            "1. Open your bot in Coze, click **Publish** and tick the **API** (Agent as API) channel.\n"
            "2. On the *Personal Access Tokens* page create a token with the chat permissions and copy it "
            "(it starts with `pat_`).\n"
            "3. Copy the Bot ID from the bot's URL (the digits after `/bot/`).\n"
            "4. In Coze Desktop's settings pick the region and enter the token and Bot ID:\n"
            "```ini\n"
            "region = coze.com       ; https://api.coze.com\n"
            "token  = pat_xxxxxxxx\n"
            "bot_id = 7xxxxxxxxxxxxxxxxxx\n"
            "```"
        ),
        triggers=(
            "connect",
            "real bot",
            "real coze",
            "连接",
            "接入",
            "真实",
            "真的机器人",
            "自己的机器人",
            "my own bot",
            "my bot",
            "publish",
            "发布",
            "bot id",
            "personal access token",
            "访问令牌",
            "pat",
        ),
        url="https://www.coze.cn/open/oauth/pats",
    ),
    Passage(
        doc_id="7000000000000000104",
        doc_name="regions.md",
        title_zh="coze.cn 与 coze.com 两个区域",
        title_en="The coze.cn and coze.com regions",
        zh=(
            "扣子有两个区域：中国区 **coze.cn**（API 地址 `https://api.coze.cn`）和国际版 **coze.com**（"
            "`https://api.coze.com`）。账号和令牌只在创建它们的区域有效：用 coze.cn 的令牌访问 coze.com 会得"
            "到 4100 或 4101 认证错误。在设置里选对区域即可。"
        ),
        en=(
            "Coze has two regions: China, **coze.cn** (API at `https://api.coze.cn`), and international, "
            "**coze.com** (`https://api.coze.com`). Accounts and tokens only work in the region that issued "
            "them: a coze.cn token used against coze.com fails with authentication error 4100 or 4101. Pick "
            "the right region in the settings."
        ),
        triggers=(
            "region",
            "区域",
            "地区",
            "coze.cn",
            "coze.com",
            "国际版",
            "中国区",
            "4100",
            "4101",
            "认证失败",
        ),
    ),
    Passage(
        doc_id="7000000000000000105",
        doc_name="local-plugins.md",
        title_zh="什么是端插件",
        title_en="What local plugins are",
        zh=(
            "端插件是在 Coze 里声明、在你的电脑上执行的工具。机器人决定调用时，对话暂停在 `requires_action`；"
            "Coze Desktop 在本机运行对应的工具（需要时先征求你的同意），再通过 `submit_tool_outputs` 把结果交"
            "回，机器人据此继续回答。"
        ),
        en=(
            "Local plugins are tools declared in Coze and executed on your computer. When the bot calls one, "
            "the chat pauses in `requires_action`; Coze Desktop runs the tool locally (asking for your "
            "approval when needed) and hands the result back with `submit_tool_outputs`, and the bot "
            "continues its answer."
        ),
        triggers=(
            "端插件",
            "本地插件",
            "local plugin",
            "插件",
            "plugin",
            "requires_action",
            "tool call",
            "工具调用",
        ),
    ),
    Passage(
        doc_id="7000000000000000106",
        doc_name="declare-local-plugins.md",
        title_zh="在 Coze 中声明端插件",
        title_en="Declaring local plugins in Coze",
        zh=(
            "在机器人编辑页添加插件，新建一个**端插件**，工具名称和参数必须与应用里的一致，例如：\n"
            "```json\n"
            '{"name": "set_volume", "parameters": {"volume": {"type": "integer", "minimum": 0, '
            '"maximum": 100}}}\n'
            "```\n"
            "应用提供的工具：`play_music`、`pause_music`、`resume_music`、`stop_music`、`next_music`、"
            "`list_music`、`now_playing`、`set_volume`、`get_volume`。声明后记得重新发布机器人。"
        ),
        en=(
            "In the bot editor add a plugin and create a **local plugin**; tool names and parameters must "
            "match the app's, for example:\n"
            "```json\n"
            '{"name": "set_volume", "parameters": {"volume": {"type": "integer", "minimum": 0, '
            '"maximum": 100}}}\n'
            "```\n"
            "The app provides `play_music`, `pause_music`, `resume_music`, `stop_music`, `next_music`, "
            "`list_music`, `now_playing`, `set_volume` and `get_volume`. Publish the bot again afterwards."
        ),
        triggers=(
            "声明",
            "声明端插件",
            "添加插件",
            "配置插件",
            "declare",
            "declare local plugin",
            "add a plugin",
            "add plugin",
            "schema",
            "参数",
        ),
    ),
    Passage(
        doc_id="7000000000000000107",
        doc_name="music.md",
        title_zh="播放音乐",
        title_en="Playing music",
        zh=(
            "在设置里选择音乐文件夹后，机器人可以按歌名播放其中的歌曲（mp3、flac、m4a、ogg 等常见格式都支持）"
            "。试试说「播放 晴天」「下一首」「暂停」「有哪些歌」。窗口底部的播放器栏显示当前歌曲，也可以直接"
            "点按钮控制。"
        ),
        en=(
            "Once you pick a music folder in the settings, the bot can play songs from it by name (common "
            "formats such as mp3, flac, m4a and ogg work). Try “play 晴天”, “next”, “pause” or “list music”. "
            "The player bar at the bottom of the window shows the current song and has buttons too."
        ),
        triggers=("音乐", "歌曲", "music", "song", "播放器", "player", "音乐文件夹", "music folder"),
    ),
    Passage(
        doc_id="7000000000000000108",
        doc_name="volume.md",
        title_zh="调节音量",
        title_en="Changing the volume",
        zh=(
            "音量范围是 0–100。说「音量调到30」设定数值，「大声点」「小声一点」每次调整 20，「静音」设为 0，"
            "「现在音量多少」查询当前值。播放器栏上的音量滑块和机器人看到的是同一个音量。"
        ),
        en=(
            "The volume goes from 0 to 100. Say “set the volume to 30” for a value, “louder” or “turn it "
            "down” to move it by 20, “mute” for 0 and “what's the volume” to ask. The slider in the player "
            "bar and the bot see the same volume."
        ),
        triggers=("音量", "声音", "volume", "静音", "mute", "louder", "quieter"),
    ),
    Passage(
        doc_id="7000000000000000109",
        doc_name="privacy.md",
        title_zh="隐私与令牌安全",
        title_en="Privacy and where your token is kept",
        zh=(
            "你的 Coze 令牌保存在系统钥匙串里（Windows 凭据管理器、macOS 钥匙串、Linux Secret Service，服务名"
            " `coze-desktop`），不会写进明文文件，日志中的令牌也会被遮盖。聊天记录只保存在本机。演示模式完全"
            "离线。"
        ),
        en=(
            "Your Coze token is stored in the operating system's keyring (Windows Credential Manager, macOS "
            "Keychain, Linux Secret Service; service name `coze-desktop`), never in a plain-text file, and "
            "logs redact it. Chat history stays on this computer. Demo mode is completely offline."
        ),
        triggers=(
            "隐私",
            "privacy",
            "钥匙串",
            "keyring",
            "keychain",
            "安全",
            "secure",
            "security",
            "密码",
            "password",
            "保存令牌",
            "token stored",
            "store my token",
            "令牌存",
        ),
    ),
    Passage(
        doc_id="7000000000000000110",
        doc_name="troubleshooting.md",
        title_zh="出错了怎么办",
        title_en="When something goes wrong",
        zh=(
            "错误提示里会带上 **logid**，向 Coze 支持反馈时请附上它。常见情况：\n"
            "- 4100 / 4101：令牌无效或区域选错\n"
            "- 4200：Bot ID 不存在或机器人没有发布到 API 渠道\n"
            "- 4016：上一轮对话还没结束，稍等或取消后再试"
        ),
        en=(
            "Error messages include a **logid**; quote it when you contact Coze support. Common cases:\n"
            "- 4100 / 4101: invalid token or wrong region\n"
            "- 4200: unknown Bot ID, or the bot is not published to the API channel\n"
            "- 4016: the previous chat has not finished yet; wait or cancel it and retry"
        ),
        triggers=(
            "error",
            "错误",
            "报错",
            "出错",
            "失败",
            "logid",
            "4200",
            "4016",
            "troubleshoot",
            "不工作",
            "doesn't work",
            "not working",
        ),
    ),
)

_EN_STOP = frozenset(
    "a an the is are am was be been do does did can could would should will i me my you your we our it its "
    "this that these those to of in on for and or with about please how what when where which who why there "
    "here have has had not no yes so if then than just some any all tell show give let get use using".split()
)
# Chinese bigrams containing one of these characters carry no topic.
_ZH_STOP = frozenset("的了吗呢吧啊呀么我你他她它是在有和就都也还请个这那哪什怎样")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9]")


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters become ASCII) and lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def tokens(text: str) -> set[str]:
    """Latin words (stemmed, minus stop words) and Chinese character bigrams (single characters alone)."""
    text = normalize(text)
    out = {_stem(w) for w in _LATIN.findall(text) if w not in _EN_STOP}
    for run in _CJK_RUN.findall(text):
        if len(run) == 1:
            if run not in _ZH_STOP:
                out.add(run)
            continue
        out.update(run[i : i + 2] for i in range(len(run) - 1) if not (_ZH_STOP & set(run[i : i + 2])))
    return out


def _passage_tokens(p: Passage) -> set[str]:
    return tokens(" ".join((p.title_zh, p.title_en, p.zh, p.en, *p.triggers)))


_INDEX: tuple[tuple[Passage, frozenset[str]], ...] = tuple(
    (p, frozenset(_passage_tokens(p))) for p in PASSAGES
)
_DF: dict[str, int] = {}
for _p, _toks in _INDEX:
    for _t in _toks:
        _DF[_t] = _DF.get(_t, 0) + 1


def _idf(token: str) -> float:
    # Tokens found in every passage ("coze") say little; unknown tokens weigh like the rarest.
    return math.log(1 + len(PASSAGES) / (1 + _DF.get(token, 0)))


THRESHOLD = 0.34


def search(query: str, limit: int = 3) -> list[Hit]:
    """The best 1–``limit`` passages for ``query``, or none when nothing is clearly relevant."""
    q = normalize(query)
    q_tokens = tokens(query)
    total = sum(_idf(t) for t in q_tokens)
    scored: list[tuple[float, Passage]] = []
    for passage, p_tokens in _INDEX:
        triggered = sum(1 for phrase in passage.triggers if _contains(q, phrase))
        overlap = sum(_idf(t) for t in q_tokens & p_tokens) / total if total else 0.0
        raw = 0.8 * min(triggered, 2) + overlap
        if raw >= THRESHOLD:
            scored.append((raw, passage))
    if not scored:
        return []
    scored.sort(key=lambda item: item[0], reverse=True)
    best = scored[0][0]
    kept = [(raw, p) for raw, p in scored if raw >= best * 0.6][:limit]
    # Map the raw score onto the 0.5–0.95 range the cloud's recall scores usually fall in.
    return [Hit(p, round(0.5 + 0.45 * min(raw, 2.6) / 2.6, 6)) for raw, p in kept]


def _contains(normalized_query: str, phrase: str) -> bool:
    phrase = normalize(phrase)
    if phrase.isascii():
        # Whole words (plurals allowed) for latin phrases, so "pat" does not fire inside "path".
        return (
            re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?:e?s)?(?![a-z0-9])", normalized_query) is not None
        )
    return phrase in normalized_query


def chunk(hit: Hit, index: int, zh: bool) -> dict[str, Any]:
    """A recall chunk shaped like the cloud's ``knowledge_recall`` payload."""
    p = hit.passage
    text = p.text(zh)
    return {
        "slice": text,
        "score": hit.score,
        "meta": {
            "dataset": {"id": DATASET_ID, "name": DATASET_NAME},
            "document": {"id": p.doc_id, "name": p.doc_name, "format_type": 0, "source_type": 0},
            "link": {"title": p.title(zh), "url": p.url},
            "card": {"title": p.title(zh), "con": text, "index": str(index)},
        },
    }
