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
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="139"/>
        <source>It acts on this computer.</source>
        <translation>它会在这台电脑上执行操作。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="140"/>
        <source>It only reads information on this computer.</source>
        <translation>它只读取这台电脑上的信息。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="147"/>
        <source>It runs a tool of the MCP server “{server}”, a program outside Coze Desktop.</source>
        <translation>它会运行 MCP 服务器“{server}”的工具，这是 Coze Desktop 之外的程序。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="150"/>
        <source>It runs a tool of the installed Python package “{package}”.</source>
        <translation>它会运行已安装的 Python 包“{package}”的工具。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="152"/>
        <source>It runs a tool from {source}.</source>
        <translation>它会运行来自 {source} 的工具。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="155"/>
        <source>The server says this tool only reads; it is still your decision.</source>
        <translation>服务器声明此工具只读取信息；是否运行仍由你决定。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="160"/>
        <source>It reaches the network: {host}</source>
        <translation>它会访问网络：{host}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="161"/>
        <source>It opens {url}</source>
        <translation>它会打开 {url}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="163"/>
        <source>⚠ This is your own computer: the bot asks to reach a service running on it.</source>
        <translation>⚠ 这是你自己的电脑：机器人要求访问在这台电脑上运行的服务。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="165"/>
        <source>⚠ This is your local network: the bot asks to reach a device or router near you.</source>
        <translation>⚠ 这是你的局域网：机器人要求访问你附近的设备或路由器。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="167"/>
        <source>⚠ The name mixes {scripts} letters: it may imitate another name.</source>
        <translation>⚠ 这个名称混用了 {scripts} 字母，可能在冒充另一个名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="174"/>
        <source>The call names no host, so it can only be allowed once.</source>
        <translation>这次调用没有指明主机，只能允许一次。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="184"/>
        <source>Do not ask again in this conversation for “{tool}” reaching {hosts}</source>
        <translation>本次对话内不再询问“{tool}”访问 {hosts}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="187"/>
        <source>Never ask again for “{tool}” reaching {hosts} (revocable in Settings → Local plugins)</source>
        <translation>不再询问“{tool}”访问 {hosts}（可在 设置 → 端插件 中撤销）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="191"/>
        <source>Do not ask again in this conversation for “{tool}”</source>
        <translation>本次对话内不再询问“{tool}”</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="193"/>
        <source>Never ask again for “{tool}” (revocable in Settings → Local plugins)</source>
        <translation>不再询问“{tool}”（可在 设置 → 端插件 中撤销）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="207"/>
        <source>Coze is waiting for this answer; it will be declined automatically in {seconds} s.</source>
        <translation>扣子正在等待你的答复；{seconds} 秒后将自动拒绝。</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="164"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="167"/>
        <source>Attached: %1, %2</source>
        <translation>已附加：%1，%2</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="186"/>
        <source>Uploading… %1%</source>
        <translation>正在上传… %1%</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="359"/>
        <source>%1 (%2) — the local copy is gone</source>
        <translation>%1（%2）—— 本地副本已不存在</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="361"/>
        <source>%1 (%2) — click to open it full size</source>
        <translation>%1（%2）—— 点击查看原图</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="363"/>
        <source>%1 (%2) — click to open it</source>
        <translation>%1（%2）—— 点击打开</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="245"/>
        <source>%1 cannot be attached: %2</source>
        <translation>无法附加 %1：%2</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="264"/>
        <source>The pasted image cannot be attached: %1</source>
        <translation>无法附加粘贴的图片：%1</translation>
    </message>
</context>
<context>
    <name>BotMessage</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="846"/>
        <location filename="../../coze_desktop/ui/messages.py" line="878"/>
        <source>Thinking</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="852"/>
        <location filename="../../coze_desktop/ui/messages.py" line="928"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="841"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="840"/>
        <source>Bot</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="841"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="843"/>
        <location filename="../../coze_desktop/ui/messages.py" line="844"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="864"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1025"/>
        <source>Still waiting for Coze… (%1 s)</source>
        <translation>仍在等待 Coze 回复…（%1 秒）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1188"/>
        <source>Stop reading aloud</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1188"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="863"/>
        <source>Interrupted: the app closed before this answer finished.</source>
        <translation>已中断：回答完成前应用已关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/messages.py" line="854"/>
        <location filename="../../coze_desktop/ui/messages.py" line="1144"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../coze_desktop/ui/chat_input.py" line="142"/>
        <source>Ask anything — Enter to send, Shift+Enter for a new line</source>
        <translation>随便问点什么 —— Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/chat_input.py" line="70"/>
        <source>Wait for the answer or press Stop (Esc); you can type meanwhile</source>
        <translation>请等待回答或按“停止”（Esc）；期间可以继续输入</translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="662"/>
        <source>Type your answer</source>
        <translation>输入你的回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="663"/>
        <source>Your answer to: %1</source>
        <translation>你对这个问题的回答：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="664"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="711"/>
        <source>You answered: %1</source>
        <translation>你的回答：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="713"/>
        <source>The answer was stopped before you picked; ask again to get the question back.</source>
        <translation>在你选择之前回答已被停止；重新提问即可再次看到这个问题。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="715"/>
        <source>Not answered: %1</source>
        <translation>未回答：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="717"/>
        <source>The turn ended before you picked; ask again to get the question back.</source>
        <translation>在你选择之前这轮对话已结束；重新提问即可再次看到这个问题。</translation>
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
    <name>CloudHistoryDialog</name>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="73"/>
        <source>Conversations on Coze</source>
        <translation>扣子上的对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="74"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="75"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="85"/>
        <source>Asking Coze for this bot&apos;s conversations…</source>
        <translation>正在向扣子获取这个智能体的对话…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="86"/>
        <source>Every conversation this bot has on Coze is already in this computer&apos;s history.</source>
        <translation>这个智能体在扣子上的对话都已在本机历史记录中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="87"/>
        <source>Conversations on Coze that this computer does not have yet. Opening one copies its messages into the local history.</source>
        <translation>这些是扣子上有、本机还没有的对话。打开一个会把它的消息复制到本地历史记录。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="89"/>
        <source>Copying the conversation&apos;s messages from Coze…</source>
        <translation>正在从扣子复制这个对话的消息…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="90"/>
        <source>Could not read the conversations on Coze: %1</source>
        <translation>无法读取扣子上的对话：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="91"/>
        <source>Could not copy that conversation from Coze: %1</source>
        <translation>无法从扣子复制这个对话：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="113"/>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="407"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="408"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="61"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="413"/>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="67"/>
        <source>from Coze</source>
        <translation>来自扣子</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="411"/>
        <source>Clear the search (Esc)</source>
        <translation>清除搜索（Esc）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="412"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="414"/>
        <source>Start a new conversation</source>
        <translation>开始新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="415"/>
        <source>From Coze…</source>
        <translation>来自扣子…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="416"/>
        <source>Open conversations of this bot that are on Coze but not on this computer (e.g. from another machine)</source>
        <translation>打开这个智能体在扣子上有、但本机没有的对话（例如在另一台电脑上的）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="418"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="419"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="420"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="421"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="576"/>
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
    <name>EditBar</name>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="126"/>
        <source>Editing your last question: Send replaces it and its answer (the earlier version stays browsable).</source>
        <translation>正在编辑你的最后一个问题：发送后会替换它和它的回答（之前的版本仍可翻看）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="128"/>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
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
    <name>KeyValueEditor</name>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="87"/>
        <source>Add header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="87"/>
        <source>Add variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="89"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="90"/>
        <source>value (kept in the system keyring)</source>
        <translation>值（保存在系统密钥环中）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="91"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="92"/>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="92"/>
        <source>this row</source>
        <translation>此行</translation>
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
        <location filename="../../coze_desktop/ui/main_window.py" line="377"/>
        <source>Coze Desktop</source>
        <translation>Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="403"/>
        <location filename="../../coze_desktop/ui/smoke.py" line="172"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="404"/>
        <source>Send the message (Enter)</source>
        <translation>发送消息（Enter）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="405"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="406"/>
        <source>Stop the answer (Esc)</source>
        <translation>停止回答（Esc）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="407"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="142"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="378"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="379"/>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="380"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="381"/>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="382"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="383"/>
        <source>Stop answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="384"/>
        <source>Sources panel</source>
        <translation>来源面板</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="394"/>
        <source>Show or hide the sources of the selected answer (Ctrl+Shift+S)</source>
        <translation>显示或隐藏所选回答的来源（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="385"/>
        <source>Conversation list</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="395"/>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>显示或隐藏对话列表（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="386"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="387"/>
        <source>Go to the message box</source>
        <translation>转到消息输入框</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="388"/>
        <source>Copy last answer</source>
        <translation>复制最新回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="389"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="396"/>
        <source>Bot:</source>
        <translation>智能体：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="398"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="399"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="400"/>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="574"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="622"/>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="595"/>
        <source>Offline demo bot (no Coze token yet)</source>
        <translation>离线演示智能体（尚未设置扣子令牌）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="597"/>
        <source>Not connected: no bot ID yet. Add one in Settings.</source>
        <translation>未连接：尚未设置 Bot ID。请在设置中添加。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="599"/>
        <source>Connecting to %1 · bot %2…</source>
        <translation>正在连接 %1 · 智能体 %2…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="618"/>
        <source>Connected to %1 · bot %2</source>
        <translation>已连接 %1 · 智能体 %2</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="423"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="644"/>
        <source>Demo bot (offline)</source>
        <translation>演示智能体（离线）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="390"/>
        <source>Talk (press again to stop)</source>
        <translation>说话（再按一次结束）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="391"/>
        <source>Read answers aloud</source>
        <translation>朗读回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="392"/>
        <source>Attach images or files…</source>
        <translation>附加图片或文件…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="397"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="608"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="660"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="1060"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="1068"/>
        <source>Bot</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="408"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="411"/>
        <source>New topic</source>
        <translation>新话题</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="409"/>
        <source>Previous version of the answer</source>
        <translation>回答的上一个版本</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="410"/>
        <source>Next version of the answer</source>
        <translation>回答的下一个版本</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="412"/>
        <source>Start a new topic (Ctrl+Shift+N): the bot forgets this conversation&apos;s earlier messages; they stay here</source>
        <translation>开始新话题（Ctrl+Shift+N）：智能体会忘记这个对话之前的消息，消息仍保留在这里</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="414"/>
        <source>Attach images or files (Ctrl+Shift+A); you can also paste or drop them here</source>
        <translation>附加图片或文件（Ctrl+Shift+A）；也可以直接粘贴或拖放到这里</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="416"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="883"/>
        <source>Attach images or files</source>
        <translation>附加图片或文件</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="762"/>
        <source>Drafts cannot be saved right now: %1</source>
        <translation>暂时无法保存草稿：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="801"/>
        <source>Connecting… your message is sent as soon as the connection is ready.</source>
        <translation>正在连接…连接就绪后会立即发送你的消息。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="805"/>
        <source>Not connected to a bot, so nothing was sent: check Settings, then send again. Your message is still in the box.</source>
        <translation>尚未连接到机器人，因此没有发送任何内容：请检查设置后再次发送。你的消息仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="825"/>
        <source>The message could not be sent now; it is still in the box.</source>
        <translation>消息暂时无法发送，它仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="852"/>
        <source>%1 needs a value for: %2. Type it after the command, then send again.</source>
        <translation>%1 需要填写：%2。请在指令后面输入，然后再发送。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="862"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="869"/>
        <source>Wait until the files being sent are uploaded.</source>
        <translation>请等待正在发送的文件上传完成。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="884"/>
        <source>Files Coze takes (%1)</source>
        <translation>扣子支持的文件（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/main_window.py" line="954"/>
        <source>Uploading %n file(s)… Stop (Esc) cancels.</source>
        <translation>
            <numerusform>正在上传 %n 个文件… 按“停止”（Esc）可取消。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="991"/>
        <source>Upload stopped: nothing was sent, and your message and its attachments are still here.</source>
        <translation>上传已停止：什么都没有发送，你的消息和附件都还在。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="994"/>
        <source>The files could not be sent: %1 Your message and its attachments are still here.</source>
        <translation>文件未能发送：%1 你的消息和附件都还在。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="999"/>
        <source>That question no longer waits for an answer.</source>
        <translation>这个问题已不再等待回答。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1016"/>
        <source>Could not connect, so your message was not sent; it is still in the box.</source>
        <translation>无法连接，因此消息没有发送，它仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1021"/>
        <source>The answer is still coming: wait for it, or press Stop (Esc). Your text stays in the box.</source>
        <translation>回答仍在生成中：请等待，或按“停止”（Esc）。你输入的内容会保留在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1029"/>
        <source>The disk is full: nothing was sent, and your message is still in the box.</source>
        <translation>磁盘已满：没有发送任何内容，你的消息仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1030"/>
        <source>The history could not be saved: nothing was sent, and your message is still in the box.</source>
        <translation>无法保存聊天记录：没有发送任何内容，你的消息仍在输入框中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1049"/>
        <source>Only the last answer can be regenerated.</source>
        <translation>只能重新生成最后一个回答。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1069"/>
        <source>No answer from %1: %2</source>
        <translation>%1 没有回答：%2</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1081"/>
        <source>Last reply: %1 tokens (in %2, out %3)</source>
        <translation>上次回复：%1 个 token（输入 %2，输出 %3）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1119"/>
        <source>Listening… pause or press Ctrl+Shift+Space to finish, Esc to cancel</source>
        <translation>正在聆听… 停顿或按 Ctrl+Shift+Space 结束，按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1122"/>
        <source>Recognising what you said…</source>
        <translation>正在识别你说的话…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1161"/>
        <source>This answer has nothing to read aloud.</source>
        <translation>这条回答没有可朗读的内容。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1180"/>
        <source>Reading aloud is not available: libVLC could not be loaded.</source>
        <translation>无法朗读：无法加载 libVLC。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1197"/>
        <source>Reading aloud… Esc or Stop ends it.</source>
        <translation>正在朗读… 按 Esc 或“停止”结束。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1232"/>
        <source>Could not read aloud: %1</source>
        <translation>无法朗读：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1339"/>
        <source>This answer has no source %1.</source>
        <translation>这条回答没有来源 %1。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1351"/>
        <source>Not connected to a bot, so nothing was sent: check Settings, then try again.</source>
        <translation>未连接到智能体，所以没有发送：请检查设置后再试。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1356"/>
        <source>Only the last question and its answer can be edited or regenerated.</source>
        <translation>只能编辑或重新生成最后一个问题及其回答。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1360"/>
        <source>The message could not be sent now.</source>
        <translation>消息现在无法发送。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1408"/>
        <source>This conversation is new: the bot has nothing to forget yet.</source>
        <translation>这是一个新对话：智能体还没有需要忘记的内容。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1420"/>
        <source>Coze did not start a new topic, so the bot still remembers this conversation: %1</source>
        <translation>扣子没有开始新话题，所以智能体仍记得这个对话：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1431"/>
        <source>New topic: the bot no longer sees the messages above.</source>
        <translation>新话题：智能体不再看到上面的消息。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1440"/>
        <source>Renamed here and on Coze.</source>
        <translation>已在本机和扣子上重命名。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1441"/>
        <source>Deleted here and on Coze.</source>
        <translation>已在本机和扣子上删除。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1442"/>
        <source>Renamed on this computer only: the conversation is not on Coze.</source>
        <translation>仅在本机重命名：这个对话不在扣子上。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1443"/>
        <source>Deleted on this computer only: the conversation is not on Coze.</source>
        <translation>仅在本机删除：这个对话不在扣子上。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1444"/>
        <source>Renamed on this computer only: Coze did not accept it (%1).</source>
        <translation>仅在本机重命名：扣子没有接受（%1）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1445"/>
        <source>Deleted on this computer only: Coze did not accept it (%1).</source>
        <translation>仅在本机删除：扣子没有接受（%1）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1446"/>
        <source>Renamed on this computer only: Coze could not be reached, so it was not updated there (%1).</source>
        <translation>仅在本机重命名：无法连接扣子，所以扣子上没有更新（%1）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1448"/>
        <source>Deleted on this computer only: Coze could not be reached, so it was not updated there (%1).</source>
        <translation>仅在本机删除：无法连接扣子，所以扣子上没有更新（%1）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1456"/>
        <source>Coze could not remove the earlier version from the bot&apos;s context (%1); the bot may still see it.</source>
        <translation>扣子无法把之前的版本从智能体的上下文中移除（%1）；智能体可能仍能看到它。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1529"/>
        <source>There is no answer to copy yet.</source>
        <translation>还没有可复制的回答。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1532"/>
        <source>Answer copied.</source>
        <translation>已复制回答。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1607"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="1608"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1635"/>
        <source>Choose your music folder</source>
        <translation>选择你的音乐文件夹</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1664"/>
        <source>Music now plays from %1, but the settings could not be saved, so it is asked again next time.</source>
        <translation>现在从 %1 播放音乐，但无法保存设置，下次启动时会再次询问。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1667"/>
        <source>Music now plays from %1.</source>
        <translation>现在从 %1 播放音乐。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1745"/>
        <source>Export as Markdown</source>
        <translation>导出为 Markdown</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1746"/>
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
    <name>McpServersBox</name>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="364"/>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="366"/>
        <source>The tools of MCP servers become local plugins named &lt;server&gt;__&lt;tool&gt;. Declare each one in Coze as for the tools above (Copy Coze declaration). Import… reads the {&quot;mcpServers&quot;: …} file of other desktop MCP clients. Changes take effect on Apply; environment and header values are kept in the system keyring.</source>
        <translation>MCP 服务器的工具会成为名为 &lt;服务器&gt;__&lt;工具&gt; 的端插件。请像上面的工具一样在扣子中逐个声明（复制扣子声明）。“导入…”可读取其他桌面 MCP 客户端的 {&quot;mcpServers&quot;: …} 文件。更改在点击“应用”后生效；环境变量和请求头的值保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="371"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="371"/>
        <source>Runs as</source>
        <translation>运行方式</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="371"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="371"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="373"/>
        <source>Name in Coze</source>
        <translation>扣子中的名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="373"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="373"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="373"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="374"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="375"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="376"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="377"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="378"/>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="379"/>
        <source>Copy Coze declaration</source>
        <translation>复制扣子声明</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="386"/>
        <source>New: starts on Apply</source>
        <translation>新增：点击“应用”后启动</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="386"/>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="390"/>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="388"/>
        <source>Changed: applies on Apply</source>
        <translation>已更改：点击“应用”后生效</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="393"/>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="403"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="395"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="397"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="399"/>
        <source>Restarting (restart {count}): {error}</source>
        <translation>正在重启（第 {count} 次）：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="400"/>
        <source>Restarting (restart {count})</source>
        <translation>正在重启（第 {count} 次）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="402"/>
        <source>Failed: {error}</source>
        <translation>失败：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="402"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="407"/>
        <source>Denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="408"/>
        <source>Always allowed</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="409"/>
        <source>Asks every call</source>
        <translation>每次调用都询问</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="410"/>
        <source>Asks for network calls</source>
        <translation>联网调用时询问</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="411"/>
        <source>Runs without asking</source>
        <translation>直接运行，不询问</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="480"/>
        <source>The server says it only reads</source>
        <translation>服务器声明它只读取</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="484"/>
        <source>Select a server to see its tools.</source>
        <translation>选择一个服务器以查看其工具。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="486"/>
        <source>Tools of “{name}”:</source>
        <translation>“{name}”的工具：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="488"/>
        <source>“{name}” shows its tools once it runs.</source>
        <translation>“{name}”运行后会显示其工具。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="513"/>
        <source>Restarting “{name}”…</source>
        <translation>正在重启“{name}”…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="530"/>
        <source>MCP servers: {error}</source>
        <translation>MCP 服务器：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="541"/>
        <source>The environment and header values could not be stored in the system keyring: the servers use them until you quit, and will need them again after the next start.</source>
        <translation>环境变量和请求头的值无法存入系统密钥环：服务器在退出前仍会使用它们，下次启动后需要重新填写。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="586"/>
        <source>Added “{name}”; it starts on Apply.</source>
        <translation>已添加“{name}”；点击“应用”后启动。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="610"/>
        <source>Removed “{name}”; it stops on Apply (Cancel keeps it).</source>
        <translation>已移除“{name}”；点击“应用”后停止（点“取消”可保留）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="615"/>
        <source>Import MCP servers</source>
        <translation>导入 MCP 服务器</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="616"/>
        <source>MCP configuration (*.json);;All files (*)</source>
        <translation>MCP 配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="628"/>
        <source>Nothing was imported from {file}: {error}</source>
        <translation>未从 {file} 导入任何内容：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="636"/>
        <source>“{name}” is already in the list as “{listed}”</source>
        <translation>“{name}”已在列表中，名为“{listed}”</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="641"/>
        <source>“{name}” was already taken: imported as “{new}”</source>
        <translation>“{name}”已被占用：已导入为“{new}”</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="649"/>
        <source>Imported {count} server(s) from {file}: {names}; they start on Apply.</source>
        <translation>已从 {file} 导入 {count} 个服务器：{names}；点击“应用”后启动。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="651"/>
        <source>No new server in {file}.</source>
        <translation>{file} 中没有新的服务器。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="662"/>
        <source>Copied the declaration of {count} tool(s) of “{name}”.</source>
        <translation>已复制“{name}”的 {count} 个工具的声明。</translation>
    </message>
</context>
<context>
    <name>MusicFolderPrompt</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="211"/>
        <source>No music folder chosen yet: songs come from your system&apos;s Music folder, else the demo songs.</source>
        <translation>尚未选择音乐文件夹：歌曲来自系统的“音乐”文件夹，没有则使用演示歌曲。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="213"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="214"/>
        <source>Choose the folder with your music</source>
        <translation>选择存放音乐的文件夹</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="373"/>
        <source>Coze Desktop ran into a problem</source>
        <translation>Coze Desktop 遇到了一个问题</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="303"/>
        <source>The settings file could not be read. It was moved to %1 and Coze Desktop started with default settings: your profiles, bots and tool approvals are in that file.</source>
        <translation>无法读取设置文件。它已被移到 %1，Coze Desktop 已使用默认设置启动：你的配置、智能体和工具授权都在那个文件里。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="306"/>
        <source>The settings file %1 could not be read and could not be moved aside. Coze Desktop started with default settings; the file was left as it was.</source>
        <translation>无法读取设置文件 %1，也无法把它移开。Coze Desktop 已使用默认设置启动；该文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="309"/>
        <source>The history file was damaged. It was moved to %1 (nothing was deleted) and a new, empty history was started.</source>
        <translation>聊天记录文件已损坏。它已被移到 %1（没有删除任何内容），并新建了一个空的聊天记录。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="312"/>
        <source>The history file was damaged and was moved to %1. A new one could not be created; conversations are kept in memory only and are lost when you quit.</source>
        <translation>聊天记录文件已损坏，已被移到 %1。无法新建聊天记录文件；对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="315"/>
        <source>The history file %1 is damaged and could not be moved aside; it was left as it is. Conversations are kept in memory only and are lost when you quit.</source>
        <translation>聊天记录文件 %1 已损坏且无法移开，已保持原样。对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="318"/>
        <source>The history file %1 was written by a newer version of Coze Desktop, so it is left untouched. This session&apos;s conversations are kept in memory only and are lost when you quit; update Coze Desktop to see your history again.</source>
        <translation>聊天记录文件 %1 由更新版本的 Coze Desktop 写入，因此不会改动它。本次的对话只保存在内存中，退出后会丢失；请更新 Coze Desktop 以重新查看聊天记录。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="322"/>
        <source>The history file %1 cannot be written. Your past conversations are shown, but new ones are kept in memory only and are lost when you quit.</source>
        <translation>无法写入聊天记录文件 %1。会显示以前的对话，但新的对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="325"/>
        <source>The history file %1 cannot be opened. Conversations are kept in memory only and are lost when you quit.</source>
        <translation>无法打开聊天记录文件 %1。对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="328"/>
        <source>The history file %1 is locked by another program (another Coze Desktop, a backup or sync tool?). Conversations are kept in memory only and are lost when you quit.</source>
        <translation>聊天记录文件 %1 被另一个程序锁定（另一个 Coze Desktop、备份或同步工具？）。对话只保存在内存中，退出后会丢失。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="331"/>
        <source>The disk is full: this answer is shown but may be missing from the history file %1. Free some disk space.</source>
        <translation>磁盘已满：这条回答已显示，但可能没有保存到聊天记录文件 %1 中。请释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="334"/>
        <source>This answer is shown but may be missing from the history file %1.</source>
        <translation>这条回答已显示，但可能没有保存到聊天记录文件 %1 中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="336"/>
        <source>The log folder %1 cannot be written; this run logs to the terminal (stderr) only.</source>
        <translation>无法写入日志文件夹 %1；本次运行的日志只输出到终端（stderr）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="350"/>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/banner.py" line="374"/>
        <source>Coze Desktop ran into %n problem(s)</source>
        <translation>
            <numerusform>Coze Desktop 遇到了 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="250"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="249"/>
        <source>Previous song</source>
        <translation>上一首</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="251"/>
        <source>Next song</source>
        <translation>下一首</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="252"/>
        <source>Mute or unmute</source>
        <translation>静音或取消静音</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="255"/>
        <source>Position: click to jump there</source>
        <translation>播放进度：点击即可跳转</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="256"/>
        <source>Position</source>
        <translation>播放进度</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="258"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="259"/>
        <source>Volume level</source>
        <translation>音量大小</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="325"/>
        <source>Nothing to play yet: ask the bot to play a song, or set the music folder.</source>
        <translation>还没有可播放的歌曲：请让智能体播放一首歌，或设置音乐文件夹。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="351"/>
        <source>Nothing is playing.</source>
        <translation>当前没有在播放。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="352"/>
        <source>The music is already paused.</source>
        <translation>音乐已经暂停。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="353"/>
        <source>Nothing is paused.</source>
        <translation>没有已暂停的音乐。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="354"/>
        <source>The music is not paused.</source>
        <translation>音乐没有暂停。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="355"/>
        <source>This stream cannot jump to a position.</source>
        <translation>该音频流无法跳转进度。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="417"/>
        <source>Music unavailable</source>
        <translation>无法播放音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="426"/>
        <source>Nothing playing</source>
        <translation>未在播放</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="427"/>
        <source>Last played: {title}</source>
        <translation>上次播放：{title}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="478"/>
        <source>This computer&apos;s volume is unavailable: {reason}</source>
        <translation>无法控制这台电脑的音量：{reason}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="480"/>
        <source>Volume of this computer&apos;s output (all apps)</source>
        <translation>这台电脑声音输出的音量（所有应用）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="482"/>
        <source>Volume of Coze Desktop&apos;s music</source>
        <translation>Coze Desktop 音乐的音量</translation>
    </message>
</context>
<context>
    <name>PluginsPage</name>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Always ask</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="96"/>
        <source>Set up in Coze</source>
        <translation>在扣子中设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="98"/>
        <source>In Coze, open your bot, add a plugin of type 端插件 (local plugin) and create one tool for each row below, with exactly this name, description and parameters. Then publish the bot as an API. Copy puts a tool&apos;s fields on the clipboard, labelled as Coze&apos;s form labels them.</source>
        <translation>在扣子中打开你的智能体，添加一个“端插件”类型的插件，并按下面每一行创建一个工具，名称、描述和参数须完全一致；然后把智能体发布为 API。“复制”会把工具的各项内容按扣子表单的字段名放到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="102"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="102"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="102"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="102"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="104"/>
        <source>tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="108"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="109"/>
        <source>Copy the fields of “{tool}” to paste them into Coze</source>
        <translation>复制“{tool}”的各项内容，粘贴到扣子中</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="121"/>
        <source>Without a rule, tools that read or act on this computer run without asking; calls that reach the network and tools from MCP servers or installed packages ask first. Revoke a rule to return to that.</source>
        <translation>没有规则时，读取或操作本机的工具直接运行；联网的调用以及来自 MCP 服务器或已安装包的工具会先询问。撤销规则即可恢复默认。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="389"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="106"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="106"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="110"/>
        <source>Copy all tools</source>
        <translation>复制全部工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="135"/>
        <source>Allow plain http:// music URLs</source>
        <translation>允许未加密的 http:// 音乐网址</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="136"/>
        <source>Unencrypted: anyone on the network path can see or change the stream. https:// is always allowed.</source>
        <translation>未加密：网络路径上的任何人都能查看或篡改音频流。https:// 始终允许。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="192"/>
        <source>Copied “{tool}”.</source>
        <translation>已复制“{tool}”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="196"/>
        <source>Copied all tools.</source>
        <translation>已复制全部工具。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="112"/>
        <source>Names used in Coze</source>
        <translation>扣子中使用的名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="114"/>
        <source>If a tool in your Coze plugin has another name (say op_volume), map it to the local tool it means.</source>
        <translation>如果你在扣子插件里给工具起了别的名字（例如 op_volume），请把它对应到本地工具。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="115"/>
        <source>Name in Coze</source>
        <translation>扣子中的名称</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="115"/>
        <source>Local tool</source>
        <translation>本地工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="116"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="117"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="119"/>
        <source>Remembered answers</source>
        <translation>记住的选择</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="123"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="123"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="123"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="133"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="132"/>
        <source>Tool:</source>
        <translation>工具：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="307"/>
        <source>network calls to {host}</source>
        <translation>访问 {host} 的网络调用</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="307"/>
        <source>every call</source>
        <translation>所有调用</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="130"/>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="325"/>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="358"/>
        <source>The Coze name “{name}” is mapped twice.</source>
        <translation>扣子名称“{name}”被对应了两次。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="360"/>
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
    <name>ServerForm</name>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="208"/>
        <source>Edit MCP server</source>
        <translation>编辑 MCP 服务器</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="208"/>
        <source>Add MCP server</source>
        <translation>添加 MCP 服务器</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="211"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="211"/>
        <source>&amp;Runs as:</source>
        <translation>运行方式(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="212"/>
        <source>&amp;Program:</source>
        <translation>程序(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="212"/>
        <source>&amp;Arguments:</source>
        <translation>参数(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="212"/>
        <source>&amp;Working folder:</source>
        <translation>工作目录(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="213"/>
        <source>&amp;Environment:</source>
        <translation>环境变量(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="214"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="214"/>
        <source>&amp;Headers:</source>
        <translation>请求头(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="223"/>
        <source>A program on this computer (stdio)</source>
        <translation>本机上的程序 (stdio)</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="224"/>
        <source>A URL (streamable HTTP)</source>
        <translation>URL（可流式 HTTP）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="225"/>
        <source>e.g. files — its tools are called files__&lt;tool&gt; in Coze</source>
        <translation>例如 files —— 其工具在扣子中名为 files__&lt;工具&gt;</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="226"/>
        <source>e.g. npx, uvx or /usr/local/bin/my-server</source>
        <translation>例如 npx、uvx 或 /usr/local/bin/my-server</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="227"/>
        <source>as in a shell, e.g. -y @modelcontextprotocol/server-filesystem ~</source>
        <translation>按 shell 的写法，例如 -y @modelcontextprotocol/server-filesystem ~</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="228"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="230"/>
        <source>Run this server</source>
        <translation>运行此服务器</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="242"/>
        <source>The arguments of “{name}” cannot be read: {error}</source>
        <translation>无法读取“{name}”的参数：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="248"/>
        <source>The server needs a name.</source>
        <translation>服务器需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="250"/>
        <source>There is already a server called “{name}”.</source>
        <translation>已有名为“{name}”的服务器。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="438"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="440"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="479"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="441"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="481"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="439"/>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="442"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="442"/>
        <source>Bots</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="443"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="443"/>
        <source>Local plugins</source>
        <translation>端插件</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="445"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="454"/>
        <source>coze.cn (扣子)</source>
        <translation>coze.cn（扣子）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="454"/>
        <source>coze.com</source>
        <translation>coze.com</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="454"/>
        <source>Custom base URL</source>
        <translation>自定义 API 地址</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="456"/>
        <source>e.g. http://localhost:8888 for a self-hosted Coze Studio</source>
        <translation>例如自部署 Coze Studio 的 http://localhost:8888</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="457"/>
        <source>Remove token</source>
        <translation>移除令牌</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="472"/>
        <source>http://127.0.0.1:7890 — empty: the system&apos;s proxy settings</source>
        <translation>http://127.0.0.1:7890 —— 留空则使用系统代理设置</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="473"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="451"/>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="415"/>
        <source>The voices could not be listed: %1</source>
        <translation>无法列出音色：%1</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="422"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="422"/>
        <source>cloned</source>
        <translation>复刻</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="446"/>
        <source>Look up the selected bot with this profile&apos;s token and address</source>
        <translation>用此配置的令牌和地址查询所选智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="451"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="451"/>
        <source>Base URL:</source>
        <translation>API 地址：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="451"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="452"/>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="452"/>
        <source>User ID:</source>
        <translation>用户 ID：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="458"/>
        <source>OAuth client ID:</source>
        <translation>OAuth 客户端 ID：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="459"/>
        <source>Your OAuth app&apos;s client ID (not a secret)</source>
        <translation>你的 OAuth 应用的客户端 ID（不是密钥）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="461"/>
        <source>The client ID names your OAuth app; it is not a secret and is kept in the settings file. The tokens that signing in gives go to the system keyring.</source>
        <translation>客户端 ID 是你的 OAuth 应用的名称，不是密钥，保存在设置文件中。登录得到的令牌保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="463"/>
        <source>Sign in with Coze</source>
        <translation>使用扣子登录</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="464"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="465"/>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="466"/>
        <source>Open sign-in page</source>
        <translation>打开登录页面</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="467"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="468"/>
        <source>Time left to approve</source>
        <translation>剩余授权时间</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="478"/>
        <source>Bot ID: the number in the bot&apos;s address in Coze</source>
        <translation>Bot ID：扣子中智能体网址里的数字</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="480"/>
        <source>Add the bot (Enter in the field does the same)</source>
        <translation>添加智能体（在输入框中按 Enter 也可以）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="482"/>
        <source>Workspace (space) ID: the number after /space/ in Coze</source>
        <translation>工作空间（space）ID：扣子网址中 /space/ 后面的数字</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="483"/>
        <source>List bots</source>
        <translation>列出智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="484"/>
        <source>Add selected</source>
        <translation>添加所选</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="485"/>
        <source>Bots published as API in a workspace</source>
        <translation>工作空间中已发布为 API 的智能体</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="488"/>
        <source>Show answers as they are written (streaming)</source>
        <translation>边生成边显示回答（流式）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="489"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="490"/>
        <source>Not chosen: your Music folder, else the demo songs</source>
        <translation>未选择：使用系统的“音乐”文件夹，没有则使用演示歌曲</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="491"/>
        <source>Keep playing music in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续播放音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="493"/>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation>此桌面没有系统托盘：关闭窗口即退出。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="494"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="495"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="495"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="495"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="498"/>
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="500"/>
        <source>How long an answer may stay silent before Coze Desktop gives up on it and says so (keeping what arrived).</source>
        <translation>回答最多可以沉默多久；超过后 Coze Desktop 会停止等待并告诉你（已收到的内容会保留）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="503"/>
        <source>Without streaming, how long Coze Desktop keeps asking Coze whether the answer is ready before it gives up and says so.</source>
        <translation>不使用流式输出时，Coze Desktop 持续询问 Coze 回答是否就绪的最长时间；超过后会停止并告诉你。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="506"/>
        <source>Answer timeout:</source>
        <translation>回答超时：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="506"/>
        <source>Answer deadline without streaming:</source>
        <translation>非流式回答的最长等待：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="506"/>
        <source>Music folder:</source>
        <translation>音乐文件夹：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="507"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="507"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="507"/>
        <source>Reading voice:</source>
        <translation>朗读音色：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="514"/>
        <source>Connect to a bot first.</source>
        <translation>请先连接一个智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="629"/>
        <source>The stored token will be removed when you apply.</source>
        <translation>应用后将移除已保存的令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="631"/>
        <source>Signed in with Coze (tokens in the system keyring).</source>
        <translation>已使用扣子登录（令牌保存在系统密钥环中）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="633"/>
        <source>Signed in with Coze until you quit (no keyring).</source>
        <translation>已使用扣子登录，退出前有效（没有密钥环）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="635"/>
        <source>A token is stored in the system keyring.</source>
        <translation>令牌已保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="637"/>
        <source>Session only (no keyring): the token is kept until you quit.</source>
        <translation>仅本次会话（无密钥环）：令牌保留到退出为止。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="639"/>
        <source>No token stored.</source>
        <translation>尚未保存令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="641"/>
        <source>{name} is set and is used instead.</source>
        <translation>已设置 {name}，将优先使用它。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="647"/>
        <source>A personal access token typed here replaces the sign-in</source>
        <translation>在此输入个人访问令牌将取代此登录</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="650"/>
        <source>Stored — type a new token to replace it</source>
        <translation>已保存 —— 输入新令牌即可替换</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="651"/>
        <source>Paste a personal access token (pat_…)</source>
        <translation>粘贴个人访问令牌（pat_…）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="661"/>
        <source>No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential Manager). A token you enter is used until you quit, and you will need to enter it again next time.</source>
        <translation>没有可用的系统密钥环（Secret Service / KWallet / macOS 钥匙串 / Windows 凭据管理器）。你输入的令牌只在退出前有效，下次启动时需要重新输入。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="689"/>
        <source>Or sign in instead of pasting a token: create an OAuth app of the type for TVs, devices and command-line programs in Coze, then enter its client ID. {link}</source>
        <translation>也可以不粘贴令牌而直接登录：在扣子中创建客户端类型为“TV端/设备应用/类命令行程序”的 OAuth 应用，然后填入它的客户端 ID。{link}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="703"/>
        <source>Enter your OAuth app&apos;s client ID first (Coze shows it on the app&apos;s page).</source>
        <translation>请先填写 OAuth 应用的客户端 ID（扣子在该应用的页面上显示）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="711"/>
        <source>That is a token, not a client ID: paste it into the Token field, or enter your OAuth app&apos;s client ID here.</source>
        <translation>这是令牌，不是客户端 ID：请把它粘贴到“令牌”栏，或在此填写你的 OAuth 应用的客户端 ID。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="723"/>
        <source>Asking Coze for a sign-in code…</source>
        <translation>正在向扣子请求登录代码…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="742"/>
        <source>Signed in with Coze. Press OK or Apply to use it.</source>
        <translation>已使用扣子登录。点击“确定”或“应用”后开始使用。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="743"/>
        <source>Signed in with Coze for this session only: no system keyring is available.</source>
        <translation>已使用扣子登录，仅限本次运行：没有可用的系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="764"/>
        <source>Open the page, check that it shows this code and approve. Waiting for Coze… ({minutes}:{seconds:02} left)</source>
        <translation>打开页面，确认显示的是这个代码，然后授权。正在等待扣子…（剩余 {minutes}:{seconds:02}）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="771"/>
        <source>The sign-in was declined in the browser. Click “Sign in with Coze” to try again.</source>
        <translation>已在浏览器中拒绝登录。点击“使用扣子登录”重试。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="773"/>
        <source>The code expired before it was approved. Click “Sign in with Coze” for a new one.</source>
        <translation>代码在授权前已过期。点击“使用扣子登录”获取新代码。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="775"/>
        <source>Coze could not be reached: {error}</source>
        <translation>无法连接扣子：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="776"/>
        <source>The sign-in did not work: {error}</source>
        <translation>登录未成功：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="793"/>
        <source>Sign-in cancelled.</source>
        <translation>已取消登录。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="812"/>
        <source>Signed out. Press OK or Apply to stop using the sign-in.</source>
        <translation>已退出登录。点击“确定”或“应用”后停止使用此登录。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="830"/>
        <source>A bot ID is the number at the end of the bot&apos;s address in Coze.</source>
        <translation>Bot ID 是扣子中智能体网址末尾的那串数字。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="833"/>
        <source>This bot is already in the list.</source>
        <translation>该智能体已在列表中。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="842"/>
        <source>Added. Enter a token to look up the bot&apos;s name.</source>
        <translation>已添加。输入令牌后可查询智能体名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="844"/>
        <source>Looking up bot {id}…</source>
        <translation>正在查询智能体 {id}…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="852"/>
        <source>Added bot {id}, but could not look up its name:</source>
        <translation>已添加智能体 {id}，但无法查询到它的名称：</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="857"/>
        <source>Added: {name}</source>
        <translation>已添加：{name}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="870"/>
        <source>Enter a workspace ID first.</source>
        <translation>请先输入工作空间 ID。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="874"/>
        <source>Enter a token on the Account page first.</source>
        <translation>请先在“账号”页输入令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="878"/>
        <source>Listing the workspace&apos;s bots…</source>
        <translation>正在列出工作空间的智能体…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="895"/>
        <source>{count} bot(s) found.</source>
        <translation>找到 {count} 个智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="896"/>
        <source>No bots are published as API in this workspace.</source>
        <translation>该工作空间中没有发布为 API 的智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="909"/>
        <source>Choose the music folder</source>
        <translation>选择音乐文件夹</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="926"/>
        <source>Add a bot on the Bots page first: the test looks it up.</source>
        <translation>请先在“智能体”页添加一个智能体：测试会查询它。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="929"/>
        <source>Enter a token first.</source>
        <translation>请先输入令牌。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="447"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="933"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="509"/>
        <source>Send voice messages at once</source>
        <translation>语音消息立即发送</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="510"/>
        <source>Otherwise what you said goes into the message box, to check before sending.</source>
        <translation>否则识别出的文字先放入输入框，检查后再发送。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="512"/>
        <source>Read this bot&apos;s answers aloud</source>
        <translation>朗读此智能体的回答</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="515"/>
        <source>Default (a system voice)</source>
        <translation>默认（系统音色）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="516"/>
        <source>For bots without a voice of their own (set in Coze).</source>
        <translation>用于没有自己音色（在扣子中设置）的智能体。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="948"/>
        <source>Connected: {name}</source>
        <translation>已连接：{name}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="951"/>
        <source>The token was rejected.</source>
        <translation>令牌被拒绝。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="953"/>
        <source>The bot was not found or is not published as an API.</source>
        <translation>找不到该智能体，或它未发布为 API。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="955"/>
        <source>Coze could not be reached: a network or proxy problem.</source>
        <translation>无法连接扣子：网络或代理有问题。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="957"/>
        <source>Coze reported an error.</source>
        <translation>扣子返回了错误。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="963"/>
        <source>This token may belong to coze.cn (扣子): try the coze.cn region.</source>
        <translation>该令牌可能属于 coze.cn（扣子）：请尝试 coze.cn 区域。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="965"/>
        <source>This token may belong to coze.com: try the coze.com region.</source>
        <translation>该令牌可能属于 coze.com：请尝试 coze.com 区域。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="973"/>
        <source>Check that the token is a valid, unexpired personal access token of coze.cn (扣子); create one at https://www.coze.cn/open/oauth/pats</source>
        <translation>请确认该令牌是 coze.cn（扣子）有效且未过期的个人访问令牌；可在 https://www.coze.cn/open/oauth/pats 创建</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="976"/>
        <source>Check that the token is a valid, unexpired personal access token of coze.com; create one at https://www.coze.com/open/oauth/pats</source>
        <translation>请确认该令牌是 coze.com 有效且未过期的个人访问令牌；可在 https://www.coze.com/open/oauth/pats 创建</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="979"/>
        <source>Check that the token is valid for the Coze server at {host} and not expired; create it on that server (coze.cn and coze.com tokens do not work there).</source>
        <translation>请确认该令牌对 {host} 上的 Coze 服务器有效且未过期；请在该服务器上创建令牌（coze.cn 和 coze.com 的令牌在那里无效）。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="981"/>
        <source>the custom base URL</source>
        <translation>自定义 API 地址</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1011"/>
        <source>The settings could not be saved: {error}</source>
        <translation>无法保存设置：{error}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1015"/>
        <source>Settings saved, but the token was not.</source>
        <translation>设置已保存，但令牌未保存。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1018"/>
        <source>Settings saved. Without a system keyring the token is used until you quit; enter it again after the next start.</source>
        <translation>设置已保存。由于没有系统密钥环，令牌只在退出前有效；下次启动后请重新输入。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1035"/>
        <source>Every profile needs a name.</source>
        <translation>每个配置都需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1037"/>
        <source>Two profiles are called “{name}”.</source>
        <translation>有两个配置都叫“{name}”。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1039"/>
        <source>Profile “{name}”: a custom base URL starts with http:// or https://.</source>
        <translation>配置“{name}”：自定义 API 地址须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1042"/>
        <source>Profile “{name}” needs a user ID: press Regenerate.</source>
        <translation>配置“{name}”需要用户 ID：请点“重新生成”。</translation>
    </message>
</context>
<context>
    <name>ShortcutCompleter</name>
    <message>
        <location filename="../../coze_desktop/ui/shortcut_menu.py" line="176"/>
        <source>Shortcut %1 — %2</source>
        <translation>快捷指令 %1 —— %2</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcut_menu.py" line="179"/>
        <source>Fill in: %1. Enter sends it.</source>
        <translation>请填写：%1。按 Enter 发送。</translation>
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
    <name>SignInBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="165"/>
        <source>Your sign-in with Coze has expired. Sign in again to go on chatting.</source>
        <translation>你的扣子登录已过期。请重新登录以继续聊天。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="167"/>
        <source>Coze keeps a sign-in for 30 days, or until it is revoked. Settings → Account → Sign in with Coze.</source>
        <translation>扣子的登录最长保留 30 天，或直到被撤销。设置 → 账号 → 使用扣子登录。</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="168"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="428"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="433"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="433"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="434"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="438"/>
        <source>Why: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="438"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="454"/>
        <source>Playing {song}…</source>
        <translation>正在播放 {song}…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="454"/>
        <source>Could not play {song}</source>
        <translation>无法播放 {song}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="455"/>
        <source>Played {song}</source>
        <translation>已播放 {song}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="459"/>
        <source>Setting the volume to {volume}…</source>
        <translation>正在把音量调到 {volume}…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="460"/>
        <source>Could not set the volume to {volume}</source>
        <translation>无法把音量调到 {volume}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="460"/>
        <source>Volume → {volume}</source>
        <translation>音量 → {volume}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="465"/>
        <source>Volume is {volume}</source>
        <translation>音量为 {volume}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="467"/>
        <source>Paused the music</source>
        <translation>已暂停音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="467"/>
        <source>Resumed the music</source>
        <translation>已继续播放音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="468"/>
        <source>Stopped the music</source>
        <translation>已停止音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="468"/>
        <source>Skipped to the next song</source>
        <translation>已切到下一首</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="469"/>
        <source>Listed the music</source>
        <translation>已列出音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="469"/>
        <source>Checked what is playing</source>
        <translation>已查看正在播放的歌曲</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="470"/>
        <source>Checked the volume</source>
        <translation>已查看音量</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="476"/>
        <source>Running {tool}…</source>
        <translation>正在运行 {tool}…</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="477"/>
        <source>{tool} failed</source>
        <translation>{tool} 运行失败</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="477"/>
        <source>Ran {tool}</source>
        <translation>已运行 {tool}</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="518"/>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="518"/>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="548"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="549"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>TopicDivider</name>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="92"/>
        <source>New topic</source>
        <translation>新话题</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="93"/>
        <source>New topic: the bot does not see the messages above</source>
        <translation>新话题：智能体看不到上面的消息</translation>
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
        <location filename="../../coze_desktop/ui/messages.py" line="297"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="297"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="298"/>
        <location filename="../../coze_desktop/ui/messages.py" line="299"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="328"/>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="328"/>
        <source>Show more</source>
        <translation>展开</translation>
    </message>
</context>
<context>
    <name>VersionSwitcher</name>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="53"/>
        <source>Version %1 of %2</source>
        <translation>第 %1 个版本，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="56"/>
        <location filename="../../coze_desktop/ui/versions.py" line="57"/>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="58"/>
        <location filename="../../coze_desktop/ui/versions.py" line="59"/>
        <source>Next version</source>
        <translation>下一个版本</translation>
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
    <name>VolumeTargetGroup</name>
    <message>
        <location filename="../../coze_desktop/ui/volume_target.py" line="35"/>
        <source>Volume controls act on</source>
        <translation>音量控制作用于</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/volume_target.py" line="36"/>
        <source>Coze Desktop&apos;s music</source>
        <translation>Coze Desktop 的音乐</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/volume_target.py" line="37"/>
        <source>This computer&apos;s output (all apps)</source>
        <translation>这台电脑的声音输出（所有应用）</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/volume_target.py" line="39"/>
        <source>The bot&apos;s set_volume, get_volume and set_mute tools and the player bar&apos;s slider. This computer&apos;s output needs PulseAudio or PipeWire on Linux; on Windows and macOS it uses the system&apos;s own mixer.</source>
        <translation>机器人的 set_volume、get_volume 和 set_mute 工具，以及播放栏的音量滑块。在 Linux 上控制这台电脑的声音输出需要 PulseAudio 或 PipeWire；在 Windows 和 macOS 上使用系统自带的音量控制。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1270"/>
        <source>Coze Desktop</source>
        <translation>Coze Desktop</translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1273"/>
        <source>Ask a question to start. The bot can also control music and volume on this computer.</source>
        <translation>提个问题开始吧。智能体还能控制这台电脑上的音乐和音量。</translation>
    </message>
</context>
</TS>
