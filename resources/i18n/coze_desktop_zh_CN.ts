<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApprovalCard</name>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="61"/>
        <source>Allow “{tool}” to run?</source>
        <translation>允许运行“{tool}”吗？</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="67"/>
        <source>The bot calls it “{name}”.</source>
        <translation>智能体调用的名称是“{name}”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="72"/>
        <source>(no arguments)</source>
        <translation>（无参数）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="75"/>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="76"/>
        <source>Allow in this conversation</source>
        <translation>本次对话内允许</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="77"/>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="78"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="113"/>
        <source>It reaches the network: {hosts}</source>
        <translation>它会访问网络：{hosts}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="114"/>
        <source>It reaches the network.</source>
        <translation>它会访问网络。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="116"/>
        <source>It acts on this computer.</source>
        <translation>它会在这台电脑上执行操作。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="117"/>
        <source>It only reads information on this computer.</source>
        <translation>它只读取这台电脑上的信息。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="121"/>
        <source>It reaches the network: {host}</source>
        <translation>它会访问网络：{host}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="122"/>
        <source>It opens {url}</source>
        <translation>它会打开 {url}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="124"/>
        <source>⚠ This is your own computer: the bot asks to reach a service running on it.</source>
        <translation>⚠ 这是你自己的电脑：机器人要求访问在这台电脑上运行的服务。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="126"/>
        <source>⚠ This is your local network: the bot asks to reach a device or router near you.</source>
        <translation>⚠ 这是你的局域网：机器人要求访问你附近的设备或路由器。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="128"/>
        <source>⚠ The name mixes {scripts} letters: it may imitate another name.</source>
        <translation>⚠ 这个名称混用了 {scripts} 字母，可能在冒充另一个名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="135"/>
        <source>The call names no host, so it can only be allowed once.</source>
        <translation>这次调用没有指明主机，只能允许一次。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="145"/>
        <source>Do not ask again in this conversation for “{tool}” reaching {hosts}</source>
        <translation>本次对话内不再询问“{tool}”访问 {hosts}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="148"/>
        <source>Never ask again for “{tool}” reaching {hosts} (revocable in Settings → Local plugins)</source>
        <translation>不再询问“{tool}”访问 {hosts}（可在 设置 → 端插件 中撤销）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="152"/>
        <source>Do not ask again in this conversation for “{tool}”</source>
        <translation>本次对话内不再询问“{tool}”</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="154"/>
        <source>Never ask again for “{tool}” (revocable in Settings → Local plugins)</source>
        <translation>不再询问“{tool}”（可在 设置 → 端插件 中撤销）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="165"/>
        <source>Coze is waiting for this answer; it will be declined automatically in {seconds} s.</source>
        <translation>扣子正在等待你的答复；{seconds} 秒后将自动拒绝。</translation>
    </message>
</context>
<context>
    <name>BotMessage</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="167"/>
        <source>Thinking</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="209"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="226"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="230"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="275"/>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="334"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="279"/>
        <source>Still waiting for Coze… (%1 s)</source>
        <translation>仍在等待 Coze 回复…（%1 秒）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="331"/>
        <source>Interrupted: the app closed before this answer finished.</source>
        <translation>已中断：回答完成前应用已关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/conversation_view.py" line="363"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../coze_desktop/ui/chat_input.py" line="40"/>
        <source>Ask anything — Enter to send, Shift+Enter for a new line</source>
        <translation>随便问点什么 —— Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/chat_input.py" line="63"/>
        <source>Wait for the answer or press Stop (Esc); you can type meanwhile</source>
        <translation>请等待回答或按“停止”（Esc）；期间可以继续输入</translation>
    </message>
</context>
<context>
    <name>ChunkCard</name>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="98"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="107"/>
        <source>Relevance score: {score:.4f}</source>
        <translation>相关度：{score:.4f}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="229"/>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="229"/>
        <source>Show more</source>
        <translation>展开</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="161"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="169"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="343"/>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="170"/>
        <source>Start a new conversation</source>
        <translation>开始新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="187"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="191"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="203"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="204"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="350"/>
        <source>Delete “{title}”?</source>
        <translation>删除“{title}”？</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="42"/>
        <source>You are chatting with the offline demo bot</source>
        <translation>你正在与离线演示智能体对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="51"/>
        <source>It runs on this computer and answers from a small script, so you can try the app without an account. To talk to your own Coze bot:</source>
        <translation>它在本机运行，按一个小脚本回答，无需账号即可试用本应用。要与你自己的扣子智能体对话：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="55"/>
        <source>Publish the bot to the API channel (“Agent as API”) in Coze.</source>
        <translation>在扣子中把智能体发布到 API 渠道（“Agent as API”）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="56"/>
        <source>Create a personal access token on coze.cn or coze.com.</source>
        <translation>在 coze.cn 或 coze.com 创建个人访问令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="57"/>
        <source>Paste the token and the bot ID in Settings.</source>
        <translation>在设置中粘贴令牌和 Bot ID。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="71"/>
        <source>Connect a Coze bot…</source>
        <translation>连接扣子智能体…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="79"/>
        <source>Hide this notice</source>
        <translation>隐藏此提示</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="80"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="127"/>
        <source>Coze Desktop</source>
        <translation>Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="129"/>
        <source>Something went wrong. Coze Desktop keeps running; the details were written to the log.</source>
        <translation>出了点问题。Coze Desktop 仍在运行，详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="131"/>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="132"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="140"/>
        <source>(%1 errors since this message appeared)</source>
        <translation>（此消息出现后共 %1 个错误）</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="37"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="38"/>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="39"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="40"/>
        <location filename="../../coze_desktop/ui/help_menu.py" line="61"/>
        <source>About Coze Desktop</source>
        <translation>关于 Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="57"/>
        <source>Diagnostics copied: paste them into your bug report.</source>
        <translation>诊断信息已复制，请粘贴到问题报告中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="65"/>
        <source>&lt;h3&gt;Coze Desktop %1&lt;/h3&gt;&lt;p&gt;Chat with a Coze (扣子) bot, and let it run local plugins on this computer: play music, set the volume.&lt;/p&gt;&lt;p&gt;MIT licence. Qt %2, Python %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coze Desktop %1&lt;/h3&gt;&lt;p&gt;与扣子智能体聊天，并让它在这台电脑上运行端插件：播放音乐、调节音量。&lt;/p&gt;&lt;p&gt;MIT 许可证。Qt %2，Python %3。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="60"/>
        <source>Coze Desktop</source>
        <translation>Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="99"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="100"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="130"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="153"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="156"/>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="157"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="158"/>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="159"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="160"/>
        <source>Stop answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="161"/>
        <source>Sources panel</source>
        <translation>来源面板</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="165"/>
        <source>Bot:</source>
        <translation>智能体：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="171"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="245"/>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="261"/>
        <source>Offline demo bot (no Coze token yet)</source>
        <translation>离线演示智能体（尚未设置扣子令牌）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="263"/>
        <source>Connected to %1 · bot %2</source>
        <translation>已连接 %1 · 智能体 %2</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="264"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="270"/>
        <source>Demo bot (offline)</source>
        <translation>演示智能体（离线）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="282"/>
        <source>Bot</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="353"/>
        <source>Drafts cannot be saved right now: %1</source>
        <translation>暂时无法保存草稿：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="379"/>
        <source>Connecting… your message is sent as soon as the connection is ready.</source>
        <translation>正在连接…连接就绪后会立即发送你的消息。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="383"/>
        <source>Not connected to a bot, so nothing was sent: check Settings, then send again. Your message is still in the box.</source>
        <translation>尚未连接到机器人，因此没有发送任何内容：请检查设置后再次发送。你的消息仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="397"/>
        <source>The message could not be sent now; it is still in the box.</source>
        <translation>消息暂时无法发送，它仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="423"/>
        <source>Could not connect, so your message was not sent; it is still in the box.</source>
        <translation>无法连接，因此消息没有发送，它仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="428"/>
        <source>The answer is still coming: wait for it, or press Stop (Esc). Your text stays in the box.</source>
        <translation>回答仍在生成中：请等待，或按“停止”（Esc）。你输入的内容会保留在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="436"/>
        <source>The disk is full: nothing was sent, and your message is still in the box.</source>
        <translation>磁盘已满：没有发送任何内容，你的消息仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="437"/>
        <source>The history could not be saved: nothing was sent, and your message is still in the box.</source>
        <translation>无法保存聊天记录：没有发送任何内容，你的消息仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="460"/>
        <source>Last reply: %1 tokens (in %2, out %3)</source>
        <translation>上次回复：%1 个 token（输入 %2，输出 %3）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="506"/>
        <source>The new language applies when Coze Desktop starts again.</source>
        <translation>新的界面语言将在下次启动 Coze Desktop 时生效。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="532"/>
        <source>Export as Markdown</source>
        <translation>导出为 Markdown</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="533"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="221"/>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="295"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="409"/>
        <source>Not opened: links in answers may only lead to web pages (http, https) or e-mail (mailto); this one is “{scheme}:”.</source>
        <translation>未打开：回答中的链接只能指向网页（http、https）或电子邮件（mailto）；这个链接是“{scheme}:”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="446"/>
        <source>Copy this code</source>
        <translation>复制这段代码</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="449"/>
        <source>Write an e-mail to {to}</source>
        <translation>给 {to} 写邮件</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="453"/>
        <source>Opens {url} — host {host}</source>
        <translation>将打开 {url} — 主机 {host}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="454"/>
        <source>Will not be opened: “{scheme}:” links are not followed</source>
        <translation>不会打开：不跟随“{scheme}:”链接</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="468"/>
        <source>Open this link?</source>
        <translation>打开这个链接？</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="471"/>
        <source>This link may not lead where its text says: {reason}.

It says: {text}
It opens: {url}</source>
        <translation>这个链接可能不会通往它文字所写的地方：{reason}。

文字显示：{text}
实际打开：{url}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="473"/>
        <source>Open anyway</source>
        <translation>仍然打开</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="146"/>
        <location filename="../../coze_desktop/ui/banner.py" line="241"/>
        <source>Coze Desktop ran into a problem</source>
        <translation>Coze Desktop 遇到了一个问题</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="160"/>
        <source>Hide this notice</source>
        <translation>隐藏此提示</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="161"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="179"/>
        <source>The settings file could not be read. It was moved to %1 and Coze Desktop started with default settings: your profiles, bots and tool approvals are in that file.</source>
        <translation>无法读取设置文件。它已被移到 %1，Coze Desktop 已使用默认设置启动：你的配置、智能体和工具授权都在那个文件里。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="182"/>
        <source>The settings file %1 could not be read and could not be moved aside. Coze Desktop started with default settings; the file was left as it was.</source>
        <translation>无法读取设置文件 %1，也无法把它移开。Coze Desktop 已使用默认设置启动；该文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="185"/>
        <source>The history file was damaged. It was moved to %1 (nothing was deleted) and a new, empty history was started.</source>
        <translation>聊天记录文件已损坏。它已被移到 %1（没有删除任何内容），并新建了一个空的聊天记录。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="188"/>
        <source>The history file was damaged and was moved to %1. A new one could not be created; conversations are kept in memory only and are lost when you quit.</source>
        <translation>聊天记录文件已损坏，已被移到 %1。无法新建聊天记录文件；对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="191"/>
        <source>The history file %1 is damaged and could not be moved aside; it was left as it is. Conversations are kept in memory only and are lost when you quit.</source>
        <translation>聊天记录文件 %1 已损坏且无法移开，已保持原样。对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="194"/>
        <source>The history file %1 was written by a newer version of Coze Desktop, so it is left untouched. This session&apos;s conversations are kept in memory only and are lost when you quit; update Coze Desktop to see your history again.</source>
        <translation>聊天记录文件 %1 由更新版本的 Coze Desktop 写入，因此不会改动它。本次的对话只保存在内存中，退出后会丢失；请更新 Coze Desktop 以重新查看聊天记录。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="198"/>
        <source>The history file %1 cannot be written. Your past conversations are shown, but new ones are kept in memory only and are lost when you quit.</source>
        <translation>无法写入聊天记录文件 %1。会显示以前的对话，但新的对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="201"/>
        <source>The history file %1 cannot be opened. Conversations are kept in memory only and are lost when you quit.</source>
        <translation>无法打开聊天记录文件 %1。对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="204"/>
        <source>The history file %1 is locked by another program (another Coze Desktop, a backup or sync tool?). Conversations are kept in memory only and are lost when you quit.</source>
        <translation>聊天记录文件 %1 被另一个程序锁定（另一个 Coze Desktop、备份或同步工具？）。对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="207"/>
        <source>The disk is full: this answer is shown but may be missing from the history file %1. Free some disk space.</source>
        <translation>磁盘已满：这条回答已显示，但可能没有保存到聊天记录文件 %1 中。请释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="210"/>
        <source>This answer is shown but may be missing from the history file %1.</source>
        <translation>这条回答已显示，但可能没有保存到聊天记录文件 %1 中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="212"/>
        <source>The log folder %1 cannot be written; this run logs to the terminal (stderr) only.</source>
        <translation>无法写入日志文件夹 %1；本次运行的日志只输出到终端（stderr）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="226"/>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/banner.py" line="242"/>
        <source>Coze Desktop ran into %n problem(s)</source>
        <translation>
            <numerusform>Coze Desktop 遇到了 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="41"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="42"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="43"/>
        <source>Next song</source>
        <translation>下一首</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="52"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="100"/>
        <source>Nothing to play yet: ask the bot to play a song, or set the music folder.</source>
        <translation>还没有可播放的歌曲：请让智能体播放一首歌，或设置音乐文件夹。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="133"/>
        <source>Music unavailable</source>
        <translation>无法播放音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="141"/>
        <source>Nothing playing</source>
        <translation>未在播放</translation>
    </message>
</context>
<context>
    <name>PluginsPage</name>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="44"/>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="44"/>
        <source>Always ask</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="45"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="52"/>
        <source>Allow plain http:// music URLs (unencrypted; https:// is always allowed)</source>
        <translation>允许明文 http:// 音乐链接（未加密；https:// 始终允许）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="63"/>
        <source>Set up in Coze</source>
        <translation>在扣子中设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="65"/>
        <source>In Coze, open your bot, add a plugin of type 端插件 (local plugin) and create one tool for each row below, with exactly this name, description and parameters. Then publish the bot as an API. Copy puts a tool&apos;s fields on the clipboard, labelled as Coze&apos;s form labels them.</source>
        <translation>在扣子中打开你的智能体，添加一个“端插件”类型的插件，并按下面每一行创建一个工具，名称、描述和参数须完全一致；然后把智能体发布为 API。“复制”会把工具的各项内容按扣子表单的字段名放到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="71"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="71"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="71"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="71"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="78"/>
        <source>tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="82"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="83"/>
        <source>Copy the fields of “{tool}” to paste them into Coze</source>
        <translation>复制“{tool}”的各项内容，粘贴到扣子中</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="88"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="88"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="96"/>
        <source>Copy all tools</source>
        <translation>复制全部工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="117"/>
        <source>Copied “{tool}”.</source>
        <translation>已复制“{tool}”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="121"/>
        <source>Copied all tools.</source>
        <translation>已复制全部工具。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="126"/>
        <source>Names used in Coze</source>
        <translation>扣子中使用的名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="128"/>
        <source>If a tool in your Coze plugin has another name (say op_volume), map it to the local tool it means.</source>
        <translation>如果你在扣子插件里给工具起了别的名字（例如 op_volume），请把它对应到本地工具。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="130"/>
        <source>Name in Coze</source>
        <translation>扣子中的名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="130"/>
        <source>Local tool</source>
        <translation>本地工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="137"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="139"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="186"/>
        <source>Remembered answers</source>
        <translation>记住的选择</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="188"/>
        <source>Without a rule, tools that read or act on this computer run without asking, and calls that reach the network ask first. Revoke a rule to return to that.</source>
        <translation>没有规则时，读取信息或在这台电脑上执行操作的工具直接运行，访问网络的调用会先询问你。撤销规则即恢复为这一默认。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="192"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="192"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="192"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="207"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="211"/>
        <source>Tool:</source>
        <translation>工具：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="232"/>
        <source>network calls to {host}</source>
        <translation>访问 {host} 的网络调用</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="232"/>
        <source>every call</source>
        <translation>所有调用</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="237"/>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="266"/>
        <source>The Coze name “{name}” is mapped twice.</source>
        <translation>扣子名称“{name}”被对应了两次。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="268"/>
        <source>“{name}” is already the name of a local tool; it needs no mapping.</source>
        <translation>“{name}”已经是本地工具的名称，无需对应。</translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="248"/>
        <source>Sources</source>
        <extracomment>Opens a source&apos;s link in the browser; replaceable, e.g. by tests, so nothing reaches a real browser.</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="301"/>
        <source>No knowledge sources for this reply.</source>
        <translation>这条回复没有引用知识库。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="308"/>
        <source>Select a reply to see its sources.</source>
        <translation>选择一条回复以查看它的来源。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="75"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="89"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="196"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="90"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="198"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="92"/>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="99"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="100"/>
        <source>Bots</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="101"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="103"/>
        <source>Local plugins</source>
        <translation>端插件</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="105"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="149"/>
        <source>coze.cn (扣子)</source>
        <translation>coze.cn（扣子）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="150"/>
        <source>coze.com</source>
        <translation>coze.com</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="151"/>
        <source>Custom base URL</source>
        <translation>自定义 API 地址</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="154"/>
        <source>e.g. http://localhost:8888 for a self-hosted Coze Studio</source>
        <translation>例如自部署 Coze Studio 的 http://localhost:8888</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="160"/>
        <source>Remove token</source>
        <translation>移除令牌</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="171"/>
        <source>http://127.0.0.1:7890 — empty: the system&apos;s proxy settings</source>
        <translation>http://127.0.0.1:7890 —— 留空则使用系统代理设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="173"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="181"/>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="182"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="183"/>
        <source>Base URL:</source>
        <translation>API 地址：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="184"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="187"/>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="188"/>
        <source>User ID:</source>
        <translation>用户 ID：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="195"/>
        <source>Bot ID: the number in the bot&apos;s address in Coze</source>
        <translation>Bot ID：扣子中智能体网址里的数字</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="206"/>
        <source>Workspace (space) ID: the number after /space/ in Coze</source>
        <translation>工作空间（space）ID：扣子网址中 /space/ 后面的数字</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="207"/>
        <source>List bots</source>
        <translation>列出智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="211"/>
        <source>Add selected</source>
        <translation>添加所选</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="217"/>
        <source>Bots published as API in a workspace</source>
        <translation>工作空间中已发布为 API 的智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="233"/>
        <source>Show answers as they are written (streaming)</source>
        <translation>边生成边显示回答（流式）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="235"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="240"/>
        <source>Keep playing music in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续播放音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="244"/>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation>此桌面没有系统托盘：关闭窗口即退出。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="246"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="252"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="253"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="254"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="259"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="266"/>
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="262"/>
        <source>How long an answer may stay silent before Coze Desktop gives up on it and says so (keeping what arrived).</source>
        <translation>回答最多可以沉默多久；超过后 Coze Desktop 会停止等待并告诉你（已收到的内容会保留）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="269"/>
        <source>Without streaming, how long Coze Desktop keeps asking Coze whether the answer is ready before it gives up and says so.</source>
        <translation>不使用流式输出时，Coze Desktop 持续询问 Coze 回答是否就绪的最长时间；超过后会停止并告诉你。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="275"/>
        <source>Answer timeout:</source>
        <translation>回答超时：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="276"/>
        <source>Answer deadline without streaming:</source>
        <translation>非流式回答的最长等待：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="277"/>
        <source>Music folder:</source>
        <translation>音乐文件夹：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="279"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="280"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="350"/>
        <source>The stored token will be removed when you apply.</source>
        <translation>应用后将移除已保存的令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="352"/>
        <source>A token is stored in the system keyring.</source>
        <translation>令牌已保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="354"/>
        <source>Session only (no keyring): the token is kept until you quit.</source>
        <translation>仅本次会话（无密钥环）：令牌保留到退出为止。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="356"/>
        <source>No token stored.</source>
        <translation>尚未保存令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="358"/>
        <source>{name} is set and is used instead.</source>
        <translation>已设置 {name}，将优先使用它。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="362"/>
        <source>Stored — type a new token to replace it</source>
        <translation>已保存 —— 输入新令牌即可替换</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="363"/>
        <source>Paste a personal access token (pat_…)</source>
        <translation>粘贴个人访问令牌（pat_…）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="373"/>
        <source>No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential Manager). A token you enter is used until you quit, and you will need to enter it again next time.</source>
        <translation>没有可用的系统密钥环（Secret Service / KWallet / macOS 钥匙串 / Windows 凭据管理器）。你输入的令牌只在退出前有效，下次启动时需要重新输入。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="403"/>
        <source>A bot ID is the number at the end of the bot&apos;s address in Coze.</source>
        <translation>Bot ID 是扣子中智能体网址末尾的那串数字。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="406"/>
        <source>This bot is already in the list.</source>
        <translation>该智能体已在列表中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="415"/>
        <source>Added. Enter a token to look up the bot&apos;s name.</source>
        <translation>已添加。输入令牌后可查询智能体名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="417"/>
        <source>Looking up bot {id}…</source>
        <translation>正在查询智能体 {id}…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="425"/>
        <source>Added bot {id}, but could not look up its name:</source>
        <translation>已添加智能体 {id}，但无法查询到它的名称：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="430"/>
        <source>Added: {name}</source>
        <translation>已添加：{name}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="443"/>
        <source>Enter a workspace ID first.</source>
        <translation>请先输入工作空间 ID。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="447"/>
        <source>Enter a token on the Account page first.</source>
        <translation>请先在“账号”页输入令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="451"/>
        <source>Listing the workspace&apos;s bots…</source>
        <translation>正在列出工作空间的智能体…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="468"/>
        <source>{count} bot(s) found.</source>
        <translation>找到 {count} 个智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="469"/>
        <source>No bots are published as API in this workspace.</source>
        <translation>该工作空间中没有发布为 API 的智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="482"/>
        <source>Choose the music folder</source>
        <translation>选择音乐文件夹</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="499"/>
        <source>Add a bot on the Bots page first: the test looks it up.</source>
        <translation>请先在“智能体”页添加一个智能体：测试会查询它。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="502"/>
        <source>Enter a token first.</source>
        <translation>请先输入令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="506"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="520"/>
        <source>Connected: {name}</source>
        <translation>已连接：{name}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="523"/>
        <source>The token was rejected.</source>
        <translation>令牌被拒绝。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="525"/>
        <source>The bot was not found or is not published as an API.</source>
        <translation>找不到该智能体，或它未发布为 API。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="527"/>
        <source>Coze could not be reached: a network or proxy problem.</source>
        <translation>无法连接扣子：网络或代理有问题。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="529"/>
        <source>Coze reported an error.</source>
        <translation>扣子返回了错误。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="534"/>
        <source>This token may belong to coze.cn (扣子): try the coze.cn region.</source>
        <translation>该令牌可能属于 coze.cn（扣子）：请尝试 coze.cn 区域。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="536"/>
        <source>This token may belong to coze.com: try the coze.com region.</source>
        <translation>该令牌可能属于 coze.com：请尝试 coze.com 区域。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="563"/>
        <source>The settings could not be saved: {error}</source>
        <translation>无法保存设置：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="567"/>
        <source>Settings saved, but the token was not.</source>
        <translation>设置已保存，但令牌未保存。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="569"/>
        <source>Settings saved. Without a system keyring the token is used until you quit; enter it again after the next start.</source>
        <translation>设置已保存。由于没有系统密钥环，令牌只在退出前有效；下次启动后请重新输入。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="586"/>
        <source>Every profile needs a name.</source>
        <translation>每个配置都需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="588"/>
        <source>Two profiles are called “{name}”.</source>
        <translation>有两个配置都叫“{name}”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="590"/>
        <source>Profile “{name}”: a custom base URL starts with http:// or https://.</source>
        <translation>配置“{name}”：自定义 API 地址须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="593"/>
        <source>Profile “{name}” needs a user ID: press Regenerate.</source>
        <translation>配置“{name}”需要用户 ID：请点“重新生成”。</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="108"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="108"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="108"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="119"/>
        <source>Why: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="29"/>
        <source>Coze Desktop</source>
        <translation>Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="31"/>
        <location filename="../../coze_desktop/ui/tray.py" line="56"/>
        <source>Hide window</source>
        <translation>隐藏窗口</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="32"/>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="34"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="56"/>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="405"/>
        <source>Ask a question to start. The bot can also control music and volume on this computer.</source>
        <translation>提个问题开始吧。智能体还能控制这台电脑上的音乐和音量。</translation>
    </message>
</context>
</TS>
