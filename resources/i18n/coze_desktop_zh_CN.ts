<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BotMessage</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="148" />
        <source>Thinking</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="179" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="196" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="200" />
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="237" />
        <location filename="../../coze_desktop/ui/conversation_view.py" line="289" />
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="286" />
        <source>Interrupted: the app closed before this answer finished.</source>
        <translation>已中断：回答完成前应用已关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/conversation_view.py" line="318" />
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform></translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../coze_desktop/ui/chat_input.py" line="37" />
        <source>Ask anything — Enter to send, Shift+Enter for a new line</source>
        <translation>随便问点什么 —— Enter 发送，Shift+Enter 换行</translation>
    </message>
</context>
<context>
    <name>ChunkCard</name>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="96" />
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="105" />
        <source>Relevance score: {score:.4f}</source>
        <translation>相关度：{score:.4f}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="225" />
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="225" />
        <source>Show more</source>
        <translation>展开</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="161" />
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="169" />
        <location filename="../../coze_desktop/ui/conversation_list.py" line="345" />
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="170" />
        <source>Start a new conversation</source>
        <translation>开始新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="187" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="191" />
        <location filename="../../coze_desktop/ui/conversation_list.py" line="205" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="206" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="352" />
        <source>Delete “{title}”?</source>
        <translation>删除“{title}”？</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="39" />
        <source>You are chatting with the offline demo bot</source>
        <translation>你正在与离线演示智能体对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="48" />
        <source>It runs on this computer and answers from a small script, so you can try the app without an account. To talk to your own Coze bot:</source>
        <translation>它在本机运行，按一个小脚本回答，无需账号即可试用本应用。要与你自己的扣子智能体对话：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="52" />
        <source>Publish the bot to the API channel (“Agent as API”) in Coze.</source>
        <translation>在扣子中把智能体发布到 API 渠道（“Agent as API”）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="53" />
        <source>Create a personal access token on coze.cn or coze.com.</source>
        <translation>在 coze.cn 或 coze.com 创建个人访问令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="54" />
        <source>Paste the token and the bot ID in Settings.</source>
        <translation>在设置中粘贴令牌和 Bot ID。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="68" />
        <source>Connect a Coze bot…</source>
        <translation>连接扣子智能体…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="76" />
        <source>Hide this notice</source>
        <translation>隐藏此提示</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="77" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="53" />
        <source>Coze Desktop</source>
        <translation>Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="61" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="62" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="102" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="105" />
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="106" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="107" />
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="108" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="109" />
        <source>Stop answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="110" />
        <source>Sources panel</source>
        <translation>来源面板</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="113" />
        <source>Bot:</source>
        <translation>智能体：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="116" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="119" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="121" />
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="165" />
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="171" />
        <source>Offline demo bot (no Coze token yet)</source>
        <translation>离线演示智能体（尚未设置扣子令牌）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="173" />
        <source>Connected to %1 · bot %2</source>
        <translation>已连接 %1 · 智能体 %2</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="174" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="180" />
        <source>Demo bot (offline)</source>
        <translation>演示智能体（离线）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="192" />
        <source>Bot</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="271" />
        <source>Not connected to a bot.</source>
        <translation>未连接智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="271" />
        <source>Check Settings.</source>
        <translation>请检查设置。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="295" />
        <source>Last reply: %1 tokens (in %2, out %3)</source>
        <translation>上次回复：%1 个 token（输入 %2，输出 %3）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="347" />
        <source>Export as Markdown</source>
        <translation>导出为 Markdown</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="348" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="166" />
        <source>Copy</source>
        <extracomment>Opens http, https and mailto links; replaceable, e.g. by tests, so nothing reaches a real browser.</extracomment>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="244" />
        <source>Sources</source>
        <extracomment>Opens a source's link in the browser; replaceable, e.g. by tests, so nothing reaches a real browser.</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="297" />
        <source>No knowledge sources for this reply.</source>
        <translation>这条回复没有引用知识库。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="304" />
        <source>Select a reply to see its sources.</source>
        <translation>选择一条回复以查看它的来源。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="69" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="83" />
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="191" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="84" />
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="193" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="86" />
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="93" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="94" />
        <source>Bots</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="95" />
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="97" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="141" />
        <source>coze.cn (扣子)</source>
        <translation>coze.cn（扣子）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="142" />
        <source>coze.com</source>
        <translation>coze.com</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="143" />
        <source>Custom base URL</source>
        <translation>自定义 API 地址</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="146" />
        <source>e.g. http://localhost:8888 for a self-hosted Coze Studio</source>
        <translation>例如自部署 Coze Studio 的 http://localhost:8888</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="152" />
        <source>Remove token</source>
        <translation>移除令牌</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="158" />
        <source>Keep the token for this session only (until you quit)</source>
        <translation>仅在本次运行中保留令牌（退出即清除）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="165" />
        <source>http://127.0.0.1:7890 — empty: the system's proxy settings</source>
        <translation>http://127.0.0.1:7890 —— 留空则使用系统代理设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="167" />
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="175" />
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="176" />
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="177" />
        <source>Base URL:</source>
        <translation>API 地址：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="178" />
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="182" />
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="183" />
        <source>User ID:</source>
        <translation>用户 ID：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="190" />
        <source>Bot ID: the number in the bot's address in Coze</source>
        <translation>Bot ID：扣子中智能体网址里的数字</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="201" />
        <source>Workspace (space) ID: the number after /space/ in Coze</source>
        <translation>工作空间（space）ID：扣子网址中 /space/ 后面的数字</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="202" />
        <source>List bots</source>
        <translation>列出智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="206" />
        <source>Add selected</source>
        <translation>添加所选</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="212" />
        <source>Bots published as API in a workspace</source>
        <translation>工作空间中已发布为 API 的智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="228" />
        <source>Show answers as they are written (streaming)</source>
        <translation>边生成边显示回答（流式）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="230" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="236" />
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="242" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="243" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="244" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="250" />
        <source>Music folder:</source>
        <translation>音乐文件夹：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="251" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="252" />
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="322" />
        <source>The stored token will be removed when you apply.</source>
        <translation>应用后将移除已保存的令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="324" />
        <source>A token is stored in the system keyring.</source>
        <translation>令牌已保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="326" />
        <source>Session only (no keyring): the token is kept until you quit.</source>
        <translation>仅本次会话（无密钥环）：令牌保留到退出为止。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="328" />
        <source>No token stored.</source>
        <translation>尚未保存令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="330" />
        <source>{name} is set and is used instead.</source>
        <translation>已设置 {name}，将优先使用它。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="334" />
        <source>Stored — type a new token to replace it</source>
        <translation>已保存 —— 输入新令牌即可替换</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="335" />
        <source>Paste a personal access token (pat_…)</source>
        <translation>粘贴个人访问令牌（pat_…）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="345" />
        <source>No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential Manager). The token will only be kept until you quit.</source>
        <translation>没有可用的系统密钥环（Secret Service / KWallet / macOS 钥匙串 / Windows 凭据管理器）。令牌只会保留到退出应用为止。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="376" />
        <source>A bot ID is the number at the end of the bot's address in Coze.</source>
        <translation>Bot ID 是扣子中智能体网址末尾的那串数字。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="379" />
        <source>This bot is already in the list.</source>
        <translation>该智能体已在列表中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="388" />
        <source>Added. Enter a token to look up the bot's name.</source>
        <translation>已添加。输入令牌后可查询智能体名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="390" />
        <source>Looking up bot {id}…</source>
        <translation>正在查询智能体 {id}…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="398" />
        <source>Added bot {id}, but could not look up its name:</source>
        <translation>已添加智能体 {id}，但无法查询到它的名称：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="403" />
        <source>Added: {name}</source>
        <translation>已添加：{name}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="416" />
        <source>Enter a workspace ID first.</source>
        <translation>请先输入工作空间 ID。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="420" />
        <source>Enter a token on the Account page first.</source>
        <translation>请先在“账号”页输入令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="424" />
        <source>Listing the workspace's bots…</source>
        <translation>正在列出工作空间的智能体…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="441" />
        <source>{count} bot(s) found.</source>
        <translation>找到 {count} 个智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="442" />
        <source>No bots are published as API in this workspace.</source>
        <translation>该工作空间中没有发布为 API 的智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="455" />
        <source>Choose the music folder</source>
        <translation>选择音乐文件夹</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="472" />
        <source>Add a bot on the Bots page first: the test looks it up.</source>
        <translation>请先在“智能体”页添加一个智能体：测试会查询它。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="475" />
        <source>Enter a token first.</source>
        <translation>请先输入令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="479" />
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="493" />
        <source>Connected: {name}</source>
        <translation>已连接：{name}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="496" />
        <source>The token was rejected.</source>
        <translation>令牌被拒绝。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="498" />
        <source>The bot was not found or is not published as an API.</source>
        <translation>找不到该智能体，或它未发布为 API。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="500" />
        <source>Coze could not be reached: a network or proxy problem.</source>
        <translation>无法连接扣子：网络或代理有问题。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="502" />
        <source>Coze reported an error.</source>
        <translation>扣子返回了错误。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="507" />
        <source>This token may belong to coze.cn (扣子): try the coze.cn region.</source>
        <translation>该令牌可能属于 coze.cn（扣子）：请尝试 coze.cn 区域。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="509" />
        <source>This token may belong to coze.com: try the coze.com region.</source>
        <translation>该令牌可能属于 coze.com：请尝试 coze.com 区域。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="531" />
        <source>The settings could not be saved: {error}</source>
        <translation>无法保存设置：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="534" />
        <source>Settings saved, but the token was not.</source>
        <translation>设置已保存，但令牌未保存。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="545" />
        <source>Every profile needs a name.</source>
        <translation>每个配置都需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="547" />
        <source>Two profiles are called “{name}”.</source>
        <translation>有两个配置都叫“{name}”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="549" />
        <source>Profile “{name}”: a custom base URL starts with http:// or https://.</source>
        <translation>配置“{name}”：自定义 API 地址须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="552" />
        <source>Profile “{name}” needs a user ID: press Regenerate.</source>
        <translation>配置“{name}”需要用户 ID：请点“重新生成”。</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="97" />
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="97" />
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="97" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="358" />
        <source>Ask a question to start. The bot can also control music and volume on this computer.</source>
        <translation>提个问题开始吧。智能体还能控制这台电脑上的音乐和音量。</translation>
    </message>
</context>
</TS>