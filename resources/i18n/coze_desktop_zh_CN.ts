<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApprovalCard</name>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="110"/>
        <source>Allow “{tool}” to run?</source>
        <translation>允许运行“{tool}”吗？</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="111"/>
        <source>The bot calls it “{name}”.</source>
        <translation>智能体调用的名称是“{name}”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="114"/>
        <source>(no arguments)</source>
        <translation>（无参数）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="115"/>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="116"/>
        <source>Allow in this conversation</source>
        <translation>本次对话内允许</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="117"/>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="118"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="134"/>
        <source>It reaches the network: {hosts}</source>
        <translation>它会访问网络：{hosts}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="135"/>
        <source>It reaches the network.</source>
        <translation>它会访问网络。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="137"/>
        <source>It acts on this computer.</source>
        <translation>它会在这台电脑上执行操作。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="138"/>
        <source>It only reads information on this computer.</source>
        <translation>它只读取这台电脑上的信息。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="142"/>
        <source>It reaches the network: {host}</source>
        <translation>它会访问网络：{host}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="143"/>
        <source>It opens {url}</source>
        <translation>它会打开 {url}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="145"/>
        <source>⚠ This is your own computer: the bot asks to reach a service running on it.</source>
        <translation>⚠ 这是你自己的电脑：机器人要求访问在这台电脑上运行的服务。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="147"/>
        <source>⚠ This is your local network: the bot asks to reach a device or router near you.</source>
        <translation>⚠ 这是你的局域网：机器人要求访问你附近的设备或路由器。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="149"/>
        <source>⚠ The name mixes {scripts} letters: it may imitate another name.</source>
        <translation>⚠ 这个名称混用了 {scripts} 字母，可能在冒充另一个名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="156"/>
        <source>The call names no host, so it can only be allowed once.</source>
        <translation>这次调用没有指明主机，只能允许一次。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="166"/>
        <source>Do not ask again in this conversation for “{tool}” reaching {hosts}</source>
        <translation>本次对话内不再询问“{tool}”访问 {hosts}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="169"/>
        <source>Never ask again for “{tool}” reaching {hosts} (revocable in Settings → Local plugins)</source>
        <translation>不再询问“{tool}”访问 {hosts}（可在 设置 → 端插件 中撤销）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="173"/>
        <source>Do not ask again in this conversation for “{tool}”</source>
        <translation>本次对话内不再询问“{tool}”</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="175"/>
        <source>Never ask again for “{tool}” (revocable in Settings → Local plugins)</source>
        <translation>不再询问“{tool}”（可在 设置 → 端插件 中撤销）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="189"/>
        <source>Coze is waiting for this answer; it will be declined automatically in {seconds} s.</source>
        <translation>扣子正在等待你的答复；{seconds} 秒后将自动拒绝。</translation>
    </message>
</context>
<context>
    <name>BotMessage</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="708"/>
        <location filename="../../coze_desktop/ui/messages.py" line="740"/>
        <source>Thinking</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="714"/>
        <location filename="../../coze_desktop/ui/messages.py" line="790"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="703"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="702"/>
        <source>Bot</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="703"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="705"/>
        <location filename="../../coze_desktop/ui/messages.py" line="706"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="726"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="883"/>
        <source>Still waiting for Coze… (%1 s)</source>
        <translation>仍在等待 Coze 回复…（%1 秒）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1016"/>
        <source>Stop reading aloud</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1016"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="725"/>
        <source>Interrupted: the app closed before this answer finished.</source>
        <translation>已中断：回答完成前应用已关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/messages.py" line="716"/>
        <location filename="../../coze_desktop/ui/messages.py" line="984"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../coze_desktop/ui/chat_input.py" line="121"/>
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
        <location filename="../../coze_desktop/ui/recall_panel.py" line="181"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="182"/>
        <source>Relevance score: {score:.4f}</source>
        <translation>相关度：{score:.4f}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="273"/>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="273"/>
        <source>Show more</source>
        <translation>展开</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="397"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="398"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="61"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="403"/>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="401"/>
        <source>Clear the search (Esc)</source>
        <translation>清除搜索（Esc）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="402"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="404"/>
        <source>Start a new conversation</source>
        <translation>开始新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="405"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="406"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="407"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="408"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="562"/>
        <source>Delete “{title}”?</source>
        <translation>删除“{title}”？</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="97"/>
        <source>You are chatting with the offline demo bot</source>
        <translation>你正在与离线演示智能体对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="99"/>
        <source>It runs on this computer and answers from a small script, so you can try the app without an account. To talk to your own Coze bot:</source>
        <translation>它在本机运行，按一个小脚本回答，无需账号即可试用本应用。要与你自己的扣子智能体对话：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="103"/>
        <source>Publish the bot to the API channel (“Agent as API”) in Coze.</source>
        <translation>在扣子中把智能体发布到 API 渠道（“Agent as API”）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="104"/>
        <source>Create a personal access token on coze.cn or coze.com.</source>
        <translation>在 coze.cn 或 coze.com 创建个人访问令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="105"/>
        <source>Paste the token and the bot ID in Settings.</source>
        <translation>在设置中粘贴令牌和 Bot ID。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="111"/>
        <source>How?</source>
        <translation>怎么做？</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="112"/>
        <source>Show the steps to connect your own Coze bot</source>
        <translation>查看连接你自己的扣子智能体的步骤</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="113"/>
        <source>Connect a Coze bot…</source>
        <translation>连接扣子智能体…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="23"/>
        <source>Hide this notice</source>
        <translation>隐藏此提示</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="24"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="147"/>
        <source>Coze Desktop</source>
        <translation>Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="149"/>
        <source>Something went wrong. Coze Desktop keeps running; the details were written to the log.</source>
        <translation>出了点问题。Coze Desktop 仍在运行，详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="151"/>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="152"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="160"/>
        <source>(%1 errors since this message appeared)</source>
        <translation>（此消息出现后共 %1 个错误）</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="54"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="55"/>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="56"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="57"/>
        <location filename="../../coze_desktop/ui/help_menu.py" line="59"/>
        <location filename="../../coze_desktop/ui/help_menu.py" line="79"/>
        <source>About Coze Desktop</source>
        <translation>关于 Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="75"/>
        <source>Diagnostics copied: paste them into your bug report.</source>
        <translation>诊断信息已复制，请粘贴到问题报告中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="91"/>
        <source>&lt;h3&gt;Coze Desktop %1&lt;/h3&gt;&lt;p&gt;Chat with a Coze (扣子) bot, and let it run local plugins on this computer: play music, set the volume.&lt;/p&gt;&lt;p&gt;MIT licence. Qt %2, Python %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coze Desktop %1&lt;/h3&gt;&lt;p&gt;与扣子智能体聊天，并让它在这台电脑上运行端插件：播放音乐、调节音量。&lt;/p&gt;&lt;p&gt;MIT 许可证。Qt %2，Python %3。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LinkCheck</name>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="48"/>
        <source>the link text holds invisible or direction-changing characters</source>
        <translation>链接文字中含有不可见字符或改变文字方向的字符</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="52"/>
        <source>the address starts with “{userinfo}@”, but it leads to {host}</source>
        <translation>网址以“{userinfo}@”开头，但实际通往 {host}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="60"/>
        <location filename="../../coze_desktop/ui/link_check.py" line="67"/>
        <source>the link text shows “{claim}”</source>
        <translation>链接文字显示的是“{claim}”</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="89"/>
        <source>Open this link?</source>
        <translation>打开这个链接？</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="92"/>
        <source>This link may not lead where its text says: {reason}.

It says: {text}
It opens: {url}</source>
        <translation>这个链接可能不会通往它文字所写的地方：{reason}。

文字显示：{text}
实际打开：{url}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="95"/>
        <source>Open anyway</source>
        <translation>仍然打开</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="289"/>
        <source>Coze Desktop</source>
        <translation>Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="314"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="315"/>
        <source>Send the message (Enter)</source>
        <translation>发送消息（Enter）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="316"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="317"/>
        <source>Stop the answer (Esc)</source>
        <translation>停止回答（Esc）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="318"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="107"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="290"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="291"/>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="292"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="293"/>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="294"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="295"/>
        <source>Stop answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="296"/>
        <source>Sources panel</source>
        <translation>来源面板</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="305"/>
        <source>Show or hide the sources of the selected answer (Ctrl+Shift+S)</source>
        <translation>显示或隐藏所选回答的来源（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="297"/>
        <source>Conversation list</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="306"/>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>显示或隐藏对话列表（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="298"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="299"/>
        <source>Go to the message box</source>
        <translation>转到消息输入框</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="300"/>
        <source>Copy last answer</source>
        <translation>复制最新回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="301"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="307"/>
        <source>Bot:</source>
        <translation>智能体：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="309"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="310"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="311"/>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="424"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="469"/>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="445"/>
        <source>Offline demo bot (no Coze token yet)</source>
        <translation>离线演示智能体（尚未设置扣子令牌）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="447"/>
        <source>Not connected: no bot ID yet. Add one in Settings.</source>
        <translation>未连接：尚未设置 Bot ID。请在设置中添加。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="449"/>
        <source>Connecting to %1 · bot %2…</source>
        <translation>正在连接 %1 · 智能体 %2…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="465"/>
        <source>Connected to %1 · bot %2</source>
        <translation>已连接 %1 · 智能体 %2</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="325"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="489"/>
        <source>Demo bot (offline)</source>
        <translation>演示智能体（离线）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="302"/>
        <source>Talk (press again to stop)</source>
        <translation>说话（再按一次结束）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="303"/>
        <source>Read answers aloud</source>
        <translation>朗读回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="308"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="458"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="502"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="705"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="713"/>
        <source>Bot</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="594"/>
        <source>Drafts cannot be saved right now: %1</source>
        <translation>暂时无法保存草稿：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="621"/>
        <source>Connecting… your message is sent as soon as the connection is ready.</source>
        <translation>正在连接…连接就绪后会立即发送你的消息。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="625"/>
        <source>Not connected to a bot, so nothing was sent: check Settings, then send again. Your message is still in the box.</source>
        <translation>尚未连接到机器人，因此没有发送任何内容：请检查设置后再次发送。你的消息仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="640"/>
        <source>The message could not be sent now; it is still in the box.</source>
        <translation>消息暂时无法发送，它仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="668"/>
        <source>Could not connect, so your message was not sent; it is still in the box.</source>
        <translation>无法连接，因此消息没有发送，它仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="673"/>
        <source>The answer is still coming: wait for it, or press Stop (Esc). Your text stays in the box.</source>
        <translation>回答仍在生成中：请等待，或按“停止”（Esc）。你输入的内容会保留在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="681"/>
        <source>The disk is full: nothing was sent, and your message is still in the box.</source>
        <translation>磁盘已满：没有发送任何内容，你的消息仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="682"/>
        <source>The history could not be saved: nothing was sent, and your message is still in the box.</source>
        <translation>无法保存聊天记录：没有发送任何内容，你的消息仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="714"/>
        <source>No answer from %1: %2</source>
        <translation>%1 没有回答：%2</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="724"/>
        <source>Last reply: %1 tokens (in %2, out %3)</source>
        <translation>上次回复：%1 个 token（输入 %2，输出 %3）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="758"/>
        <source>Listening… pause or press Ctrl+Shift+Space to finish, Esc to cancel</source>
        <translation>正在聆听… 停顿或按 Ctrl+Shift+Space 结束，按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="761"/>
        <source>Recognising what you said…</source>
        <translation>正在识别你说的话…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="800"/>
        <source>This answer has nothing to read aloud.</source>
        <translation>这条回答没有可朗读的内容。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="819"/>
        <source>Reading aloud is not available: libVLC could not be loaded.</source>
        <translation>无法朗读：无法加载 libVLC。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="836"/>
        <source>Reading aloud… Esc or Stop ends it.</source>
        <translation>正在朗读… 按 Esc 或“停止”结束。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="871"/>
        <source>Could not read aloud: %1</source>
        <translation>无法朗读：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="978"/>
        <source>This answer has no source %1.</source>
        <translation>这条回答没有来源 %1。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="996"/>
        <source>There is no answer to copy yet.</source>
        <translation>还没有可复制的回答。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="999"/>
        <source>Answer copied.</source>
        <translation>已复制回答。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1063"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="1064"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1091"/>
        <source>Choose your music folder</source>
        <translation>选择你的音乐文件夹</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1120"/>
        <source>Music now plays from %1, but the settings could not be saved, so it is asked again next time.</source>
        <translation>现在从 %1 播放音乐，但无法保存设置，下次启动时会再次询问。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1123"/>
        <source>Music now plays from %1.</source>
        <translation>现在从 %1 播放音乐。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1197"/>
        <source>Export as Markdown</source>
        <translation>导出为 Markdown</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1198"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="193"/>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="276"/>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="352"/>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="392"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="476"/>
        <source>Not opened: links in answers may only lead to web pages (http, https) or e-mail (mailto); this one is “{scheme}:”.</source>
        <translation>未打开：回答中的链接只能指向网页（http、https）或电子邮件（mailto）；这个链接是“{scheme}:”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="514"/>
        <source>Copy this code</source>
        <translation>复制这段代码</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="526"/>
        <source>Write an e-mail to {to}</source>
        <translation>给 {to} 写邮件</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="530"/>
        <source>Opens {url} — host {host}</source>
        <translation>将打开 {url} — 主机 {host}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="531"/>
        <source>Will not be opened: “{scheme}:” links are not followed</source>
        <translation>不会打开：不跟随“{scheme}:”链接</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="541"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>MusicFolderPrompt</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="188"/>
        <source>No music folder chosen yet: songs come from your system&apos;s Music folder, else the demo songs.</source>
        <translation>尚未选择音乐文件夹：歌曲来自系统的“音乐”文件夹，没有则使用演示歌曲。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="190"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="191"/>
        <source>Choose the folder with your music</source>
        <translation>选择存放音乐的文件夹</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="350"/>
        <source>Coze Desktop ran into a problem</source>
        <translation>Coze Desktop 遇到了一个问题</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="280"/>
        <source>The settings file could not be read. It was moved to %1 and Coze Desktop started with default settings: your profiles, bots and tool approvals are in that file.</source>
        <translation>无法读取设置文件。它已被移到 %1，Coze Desktop 已使用默认设置启动：你的配置、智能体和工具授权都在那个文件里。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="283"/>
        <source>The settings file %1 could not be read and could not be moved aside. Coze Desktop started with default settings; the file was left as it was.</source>
        <translation>无法读取设置文件 %1，也无法把它移开。Coze Desktop 已使用默认设置启动；该文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="286"/>
        <source>The history file was damaged. It was moved to %1 (nothing was deleted) and a new, empty history was started.</source>
        <translation>聊天记录文件已损坏。它已被移到 %1（没有删除任何内容），并新建了一个空的聊天记录。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="289"/>
        <source>The history file was damaged and was moved to %1. A new one could not be created; conversations are kept in memory only and are lost when you quit.</source>
        <translation>聊天记录文件已损坏，已被移到 %1。无法新建聊天记录文件；对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="292"/>
        <source>The history file %1 is damaged and could not be moved aside; it was left as it is. Conversations are kept in memory only and are lost when you quit.</source>
        <translation>聊天记录文件 %1 已损坏且无法移开，已保持原样。对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="295"/>
        <source>The history file %1 was written by a newer version of Coze Desktop, so it is left untouched. This session&apos;s conversations are kept in memory only and are lost when you quit; update Coze Desktop to see your history again.</source>
        <translation>聊天记录文件 %1 由更新版本的 Coze Desktop 写入，因此不会改动它。本次的对话只保存在内存中，退出后会丢失；请更新 Coze Desktop 以重新查看聊天记录。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="299"/>
        <source>The history file %1 cannot be written. Your past conversations are shown, but new ones are kept in memory only and are lost when you quit.</source>
        <translation>无法写入聊天记录文件 %1。会显示以前的对话，但新的对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="302"/>
        <source>The history file %1 cannot be opened. Conversations are kept in memory only and are lost when you quit.</source>
        <translation>无法打开聊天记录文件 %1。对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="305"/>
        <source>The history file %1 is locked by another program (another Coze Desktop, a backup or sync tool?). Conversations are kept in memory only and are lost when you quit.</source>
        <translation>聊天记录文件 %1 被另一个程序锁定（另一个 Coze Desktop、备份或同步工具？）。对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="308"/>
        <source>The disk is full: this answer is shown but may be missing from the history file %1. Free some disk space.</source>
        <translation>磁盘已满：这条回答已显示，但可能没有保存到聊天记录文件 %1 中。请释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="311"/>
        <source>This answer is shown but may be missing from the history file %1.</source>
        <translation>这条回答已显示，但可能没有保存到聊天记录文件 %1 中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="313"/>
        <source>The log folder %1 cannot be written; this run logs to the terminal (stderr) only.</source>
        <translation>无法写入日志文件夹 %1；本次运行的日志只输出到终端（stderr）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="327"/>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/banner.py" line="351"/>
        <source>Coze Desktop ran into %n problem(s)</source>
        <translation>
            <numerusform>Coze Desktop 遇到了 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="241"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="240"/>
        <source>Previous song</source>
        <translation>上一首</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="242"/>
        <source>Next song</source>
        <translation>下一首</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="243"/>
        <source>Mute or unmute</source>
        <translation>静音或取消静音</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="246"/>
        <source>Position: click to jump there</source>
        <translation>播放进度：点击即可跳转</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="247"/>
        <source>Position</source>
        <translation>播放进度</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="248"/>
        <location filename="../../coze_desktop/ui/player_bar.py" line="249"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="250"/>
        <source>Volume level</source>
        <translation>音量大小</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="311"/>
        <source>Nothing to play yet: ask the bot to play a song, or set the music folder.</source>
        <translation>还没有可播放的歌曲：请让智能体播放一首歌，或设置音乐文件夹。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="337"/>
        <source>Nothing is playing.</source>
        <translation>当前没有在播放。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="338"/>
        <source>The music is already paused.</source>
        <translation>音乐已经暂停。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="339"/>
        <source>Nothing is paused.</source>
        <translation>没有已暂停的音乐。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="340"/>
        <source>The music is not paused.</source>
        <translation>音乐没有暂停。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="341"/>
        <source>This stream cannot jump to a position.</source>
        <translation>该音频流无法跳转进度。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="403"/>
        <source>Music unavailable</source>
        <translation>无法播放音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="412"/>
        <source>Nothing playing</source>
        <translation>未在播放</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="413"/>
        <source>Last played: {title}</source>
        <translation>上次播放：{title}</translation>
    </message>
</context>
<context>
    <name>PluginsPage</name>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="82"/>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="82"/>
        <source>Always ask</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="82"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="86"/>
        <source>Set up in Coze</source>
        <translation>在扣子中设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="88"/>
        <source>In Coze, open your bot, add a plugin of type 端插件 (local plugin) and create one tool for each row below, with exactly this name, description and parameters. Then publish the bot as an API. Copy puts a tool&apos;s fields on the clipboard, labelled as Coze&apos;s form labels them.</source>
        <translation>在扣子中打开你的智能体，添加一个“端插件”类型的插件，并按下面每一行创建一个工具，名称、描述和参数须完全一致；然后把智能体发布为 API。“复制”会把工具的各项内容按扣子表单的字段名放到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="94"/>
        <source>tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="98"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="99"/>
        <source>Copy the fields of “{tool}” to paste them into Coze</source>
        <translation>复制“{tool}”的各项内容，粘贴到扣子中</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="363"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="96"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="96"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="100"/>
        <source>Copy all tools</source>
        <translation>复制全部工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="125"/>
        <source>Allow plain http:// music URLs</source>
        <translation>允许未加密的 http:// 音乐网址</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="126"/>
        <source>Unencrypted: anyone on the network path can see or change the stream. https:// is always allowed.</source>
        <translation>未加密：网络路径上的任何人都能查看或篡改音频流。https:// 始终允许。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="182"/>
        <source>Copied “{tool}”.</source>
        <translation>已复制“{tool}”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="186"/>
        <source>Copied all tools.</source>
        <translation>已复制全部工具。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="102"/>
        <source>Names used in Coze</source>
        <translation>扣子中使用的名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="104"/>
        <source>If a tool in your Coze plugin has another name (say op_volume), map it to the local tool it means.</source>
        <translation>如果你在扣子插件里给工具起了别的名字（例如 op_volume），请把它对应到本地工具。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="105"/>
        <source>Name in Coze</source>
        <translation>扣子中的名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="105"/>
        <source>Local tool</source>
        <translation>本地工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="106"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="107"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="109"/>
        <source>Remembered answers</source>
        <translation>记住的选择</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="111"/>
        <source>Without a rule, tools that read or act on this computer run without asking, and calls that reach the network ask first. Revoke a rule to return to that.</source>
        <translation>没有规则时，读取信息或在这台电脑上执行操作的工具直接运行，访问网络的调用会先询问你。撤销规则即恢复为这一默认。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="113"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="113"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="113"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="123"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="122"/>
        <source>Tool:</source>
        <translation>工具：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="285"/>
        <source>network calls to {host}</source>
        <translation>访问 {host} 的网络调用</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="285"/>
        <source>every call</source>
        <translation>所有调用</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="120"/>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="303"/>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="334"/>
        <source>The Coze name “{name}” is mapped twice.</source>
        <translation>扣子名称“{name}”被对应了两次。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="336"/>
        <source>“{name}” is already the name of a local tool; it needs no mapping.</source>
        <translation>“{name}”已经是本地工具的名称，无需对应。</translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="374"/>
        <source>Sources</source>
        <extracomment>Opens a source&apos;s link in the browser; replaceable, e.g. by tests, so nothing reaches a real browser.</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="375"/>
        <source>No knowledge sources for this reply.</source>
        <translation>这条回复没有引用知识库。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="376"/>
        <source>Select a reply to see its sources.</source>
        <translation>选择一条回复以查看它的来源。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="364"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="366"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="391"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="367"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="393"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="365"/>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="368"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="368"/>
        <source>Bots</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="369"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="369"/>
        <source>Local plugins</source>
        <translation>端插件</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="371"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="380"/>
        <source>coze.cn (扣子)</source>
        <translation>coze.cn（扣子）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="380"/>
        <source>coze.com</source>
        <translation>coze.com</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="380"/>
        <source>Custom base URL</source>
        <translation>自定义 API 地址</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="382"/>
        <source>e.g. http://localhost:8888 for a self-hosted Coze Studio</source>
        <translation>例如自部署 Coze Studio 的 http://localhost:8888</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="383"/>
        <source>Remove token</source>
        <translation>移除令牌</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="384"/>
        <source>http://127.0.0.1:7890 — empty: the system&apos;s proxy settings</source>
        <translation>http://127.0.0.1:7890 —— 留空则使用系统代理设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="385"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="377"/>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="341"/>
        <source>The voices could not be listed: %1</source>
        <translation>无法列出音色：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="348"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="348"/>
        <source>cloned</source>
        <translation>复刻</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="372"/>
        <source>Look up the selected bot with this profile&apos;s token and address</source>
        <translation>用此配置的令牌和地址查询所选智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="377"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="377"/>
        <source>Base URL:</source>
        <translation>API 地址：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="377"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="378"/>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="378"/>
        <source>User ID:</source>
        <translation>用户 ID：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="390"/>
        <source>Bot ID: the number in the bot&apos;s address in Coze</source>
        <translation>Bot ID：扣子中智能体网址里的数字</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="392"/>
        <source>Add the bot (Enter in the field does the same)</source>
        <translation>添加智能体（在输入框中按 Enter 也可以）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="394"/>
        <source>Workspace (space) ID: the number after /space/ in Coze</source>
        <translation>工作空间（space）ID：扣子网址中 /space/ 后面的数字</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="395"/>
        <source>List bots</source>
        <translation>列出智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="396"/>
        <source>Add selected</source>
        <translation>添加所选</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="397"/>
        <source>Bots published as API in a workspace</source>
        <translation>工作空间中已发布为 API 的智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="400"/>
        <source>Show answers as they are written (streaming)</source>
        <translation>边生成边显示回答（流式）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="401"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="402"/>
        <source>Not chosen: your Music folder, else the demo songs</source>
        <translation>未选择：使用系统的“音乐”文件夹，没有则使用演示歌曲</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="403"/>
        <source>Keep playing music in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续播放音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="405"/>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation>此桌面没有系统托盘：关闭窗口即退出。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="406"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="407"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="407"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="407"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="410"/>
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="412"/>
        <source>How long an answer may stay silent before Coze Desktop gives up on it and says so (keeping what arrived).</source>
        <translation>回答最多可以沉默多久；超过后 Coze Desktop 会停止等待并告诉你（已收到的内容会保留）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="415"/>
        <source>Without streaming, how long Coze Desktop keeps asking Coze whether the answer is ready before it gives up and says so.</source>
        <translation>不使用流式输出时，Coze Desktop 持续询问 Coze 回答是否就绪的最长时间；超过后会停止并告诉你。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="418"/>
        <source>Answer timeout:</source>
        <translation>回答超时：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="418"/>
        <source>Answer deadline without streaming:</source>
        <translation>非流式回答的最长等待：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="418"/>
        <source>Music folder:</source>
        <translation>音乐文件夹：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="419"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="419"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="419"/>
        <source>Reading voice:</source>
        <translation>朗读音色：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="426"/>
        <source>Connect to a bot first.</source>
        <translation>请先连接一个智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="536"/>
        <source>The stored token will be removed when you apply.</source>
        <translation>应用后将移除已保存的令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="538"/>
        <source>A token is stored in the system keyring.</source>
        <translation>令牌已保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="540"/>
        <source>Session only (no keyring): the token is kept until you quit.</source>
        <translation>仅本次会话（无密钥环）：令牌保留到退出为止。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="542"/>
        <source>No token stored.</source>
        <translation>尚未保存令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="544"/>
        <source>{name} is set and is used instead.</source>
        <translation>已设置 {name}，将优先使用它。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="548"/>
        <source>Stored — type a new token to replace it</source>
        <translation>已保存 —— 输入新令牌即可替换</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="549"/>
        <source>Paste a personal access token (pat_…)</source>
        <translation>粘贴个人访问令牌（pat_…）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="559"/>
        <source>No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential Manager). A token you enter is used until you quit, and you will need to enter it again next time.</source>
        <translation>没有可用的系统密钥环（Secret Service / KWallet / macOS 钥匙串 / Windows 凭据管理器）。你输入的令牌只在退出前有效，下次启动时需要重新输入。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="592"/>
        <source>A bot ID is the number at the end of the bot&apos;s address in Coze.</source>
        <translation>Bot ID 是扣子中智能体网址末尾的那串数字。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="595"/>
        <source>This bot is already in the list.</source>
        <translation>该智能体已在列表中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="604"/>
        <source>Added. Enter a token to look up the bot&apos;s name.</source>
        <translation>已添加。输入令牌后可查询智能体名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="606"/>
        <source>Looking up bot {id}…</source>
        <translation>正在查询智能体 {id}…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="614"/>
        <source>Added bot {id}, but could not look up its name:</source>
        <translation>已添加智能体 {id}，但无法查询到它的名称：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="619"/>
        <source>Added: {name}</source>
        <translation>已添加：{name}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="632"/>
        <source>Enter a workspace ID first.</source>
        <translation>请先输入工作空间 ID。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="636"/>
        <source>Enter a token on the Account page first.</source>
        <translation>请先在“账号”页输入令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="640"/>
        <source>Listing the workspace&apos;s bots…</source>
        <translation>正在列出工作空间的智能体…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="657"/>
        <source>{count} bot(s) found.</source>
        <translation>找到 {count} 个智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="658"/>
        <source>No bots are published as API in this workspace.</source>
        <translation>该工作空间中没有发布为 API 的智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="671"/>
        <source>Choose the music folder</source>
        <translation>选择音乐文件夹</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="688"/>
        <source>Add a bot on the Bots page first: the test looks it up.</source>
        <translation>请先在“智能体”页添加一个智能体：测试会查询它。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="691"/>
        <source>Enter a token first.</source>
        <translation>请先输入令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="373"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="695"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="421"/>
        <source>Send voice messages at once</source>
        <translation>语音消息立即发送</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="422"/>
        <source>Otherwise what you said goes into the message box, to check before sending.</source>
        <translation>否则识别出的文字先放入输入框，检查后再发送。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="424"/>
        <source>Read this bot&apos;s answers aloud</source>
        <translation>朗读此智能体的回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="427"/>
        <source>Default (a system voice)</source>
        <translation>默认（系统音色）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="428"/>
        <source>For bots without a voice of their own (set in Coze).</source>
        <translation>用于没有自己音色（在扣子中设置）的智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="710"/>
        <source>Connected: {name}</source>
        <translation>已连接：{name}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="713"/>
        <source>The token was rejected.</source>
        <translation>令牌被拒绝。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="715"/>
        <source>The bot was not found or is not published as an API.</source>
        <translation>找不到该智能体，或它未发布为 API。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="717"/>
        <source>Coze could not be reached: a network or proxy problem.</source>
        <translation>无法连接扣子：网络或代理有问题。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="719"/>
        <source>Coze reported an error.</source>
        <translation>扣子返回了错误。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="725"/>
        <source>This token may belong to coze.cn (扣子): try the coze.cn region.</source>
        <translation>该令牌可能属于 coze.cn（扣子）：请尝试 coze.cn 区域。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="727"/>
        <source>This token may belong to coze.com: try the coze.com region.</source>
        <translation>该令牌可能属于 coze.com：请尝试 coze.com 区域。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="735"/>
        <source>Check that the token is a valid, unexpired personal access token of coze.cn (扣子); create one at https://www.coze.cn/open/oauth/pats</source>
        <translation>请确认该令牌是 coze.cn（扣子）有效且未过期的个人访问令牌；可在 https://www.coze.cn/open/oauth/pats 创建</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="738"/>
        <source>Check that the token is a valid, unexpired personal access token of coze.com; create one at https://www.coze.com/open/oauth/pats</source>
        <translation>请确认该令牌是 coze.com 有效且未过期的个人访问令牌；可在 https://www.coze.com/open/oauth/pats 创建</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="741"/>
        <source>Check that the token is valid for the Coze server at {host} and not expired; create it on that server (coze.cn and coze.com tokens do not work there).</source>
        <translation>请确认该令牌对 {host} 上的 Coze 服务器有效且未过期；请在该服务器上创建令牌（coze.cn 和 coze.com 的令牌在那里无效）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="743"/>
        <source>the custom base URL</source>
        <translation>自定义 API 地址</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="773"/>
        <source>The settings could not be saved: {error}</source>
        <translation>无法保存设置：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="777"/>
        <source>Settings saved, but the token was not.</source>
        <translation>设置已保存，但令牌未保存。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="780"/>
        <source>Settings saved. Without a system keyring the token is used until you quit; enter it again after the next start.</source>
        <translation>设置已保存。由于没有系统密钥环，令牌只在退出前有效；下次启动后请重新输入。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="797"/>
        <source>Every profile needs a name.</source>
        <translation>每个配置都需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="799"/>
        <source>Two profiles are called “{name}”.</source>
        <translation>有两个配置都叫“{name}”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="801"/>
        <source>Profile “{name}”: a custom base URL starts with http:// or https://.</source>
        <translation>配置“{name}”：自定义 API 地址须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="804"/>
        <source>Profile “{name}” needs a user ID: press Regenerate.</source>
        <translation>配置“{name}”需要用户 ID：请点“重新生成”。</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="46"/>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="46"/>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="48"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="47"/>
        <source>New line in the message</source>
        <translation>在消息中换行</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="47"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="48"/>
        <source>Allow a tool call once (in the approval prompt)</source>
        <translation>允许一次工具调用（在授权提示中）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="49"/>
        <source>Deny a tool call (in the approval prompt)</source>
        <translation>拒绝工具调用（在授权提示中）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="49"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="50"/>
        <source>Rename / delete the selected conversation</source>
        <translation>重命名 / 删除所选对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="50"/>
        <source>F2 / Delete</source>
        <translation>F2 / Delete</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="406"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="411"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="411"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="412"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="416"/>
        <source>Why: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="416"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="432"/>
        <source>Playing {song}…</source>
        <translation>正在播放 {song}…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="432"/>
        <source>Could not play {song}</source>
        <translation>无法播放 {song}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="433"/>
        <source>Played {song}</source>
        <translation>已播放 {song}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="437"/>
        <source>Setting the volume to {volume}…</source>
        <translation>正在把音量调到 {volume}…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="438"/>
        <source>Could not set the volume to {volume}</source>
        <translation>无法把音量调到 {volume}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="438"/>
        <source>Volume → {volume}</source>
        <translation>音量 → {volume}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="443"/>
        <source>Volume is {volume}</source>
        <translation>音量为 {volume}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="445"/>
        <source>Paused the music</source>
        <translation>已暂停音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="445"/>
        <source>Resumed the music</source>
        <translation>已继续播放音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="446"/>
        <source>Stopped the music</source>
        <translation>已停止音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="446"/>
        <source>Skipped to the next song</source>
        <translation>已切到下一首</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="447"/>
        <source>Listed the music</source>
        <translation>已列出音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="447"/>
        <source>Checked what is playing</source>
        <translation>已查看正在播放的歌曲</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="448"/>
        <source>Checked the volume</source>
        <translation>已查看音量</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="454"/>
        <source>Running {tool}…</source>
        <translation>正在运行 {tool}…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="455"/>
        <source>{tool} failed</source>
        <translation>{tool} 运行失败</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="455"/>
        <source>Ran {tool}</source>
        <translation>已运行 {tool}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="496"/>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="496"/>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="526"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="527"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="48"/>
        <source>Coze Desktop</source>
        <translation>Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="68"/>
        <source>Hide window</source>
        <translation>隐藏窗口</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="49"/>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="50"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="68"/>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="257"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="257"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="258"/>
        <location filename="../../coze_desktop/ui/messages.py" line="259"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="288"/>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="288"/>
        <source>Show more</source>
        <translation>展开</translation>
    </message>
</context>
<context>
    <name>VoiceControls</name>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="167"/>
        <source>Not connected to a bot, so the recording could not be transcribed.</source>
        <translation>未连接智能体，无法识别这段录音。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="172"/>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="175"/>
        <source>Speech could not be recognised: %1</source>
        <translation>语音识别失败：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="181"/>
        <source>Nothing was recognised. Speak closer to the microphone and try again.</source>
        <translation>没有识别出内容。请靠近麦克风再试一次。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="201"/>
        <source>Could not record: %1</source>
        <translation>无法录音：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="229"/>
        <source>Stop recording and transcribe (Ctrl+Shift+Space); Esc cancels</source>
        <translation>结束录音并识别（Ctrl+Shift+Space）；Esc 取消</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="231"/>
        <source>Transcribing…</source>
        <translation>正在识别…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="233"/>
        <source>Talk: record a voice message (Ctrl+Shift+Space)</source>
        <translation>说话：录一条语音消息（Ctrl+Shift+Space）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="235"/>
        <source>Voice input</source>
        <translation>语音输入</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="237"/>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="238"/>
        <source>Recording time</source>
        <translation>录音时长</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1116"/>
        <source>Coze Desktop</source>
        <translation>Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1119"/>
        <source>Ask a question to start. The bot can also control music and volume on this computer.</source>
        <translation>提个问题开始吧。智能体还能控制这台电脑上的音乐和音量。</translation>
    </message>
</context>
</TS>
