<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalCard</name>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="110"/>
        <source>Allow “{tool}” to run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="111"/>
        <source>The bot calls it “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="114"/>
        <source>(no arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="115"/>
        <source>Allow once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="116"/>
        <source>Allow in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="117"/>
        <source>Always allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="118"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="134"/>
        <source>It reaches the network: {hosts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="135"/>
        <source>It reaches the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="139"/>
        <source>It acts on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="140"/>
        <source>It only reads information on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="147"/>
        <source>It runs a tool of the MCP server “{server}”, a program outside Coze Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="150"/>
        <source>It runs a tool of the installed Python package “{package}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="152"/>
        <source>It runs a tool from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="155"/>
        <source>The server says this tool only reads; it is still your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="160"/>
        <source>It reaches the network: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="161"/>
        <source>It opens {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="163"/>
        <source>⚠ This is your own computer: the bot asks to reach a service running on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="165"/>
        <source>⚠ This is your local network: the bot asks to reach a device or router near you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="167"/>
        <source>⚠ The name mixes {scripts} letters: it may imitate another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="174"/>
        <source>The call names no host, so it can only be allowed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="184"/>
        <source>Do not ask again in this conversation for “{tool}” reaching {hosts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="187"/>
        <source>Never ask again for “{tool}” reaching {hosts} (revocable in Settings → Local plugins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="191"/>
        <source>Do not ask again in this conversation for “{tool}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="193"/>
        <source>Never ask again for “{tool}” (revocable in Settings → Local plugins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="207"/>
        <source>Coze is waiting for this answer; it will be declined automatically in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="164"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="167"/>
        <source>Attached: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="186"/>
        <source>Uploading… %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="359"/>
        <source>%1 (%2) — the local copy is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="361"/>
        <source>%1 (%2) — click to open it full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="363"/>
        <source>%1 (%2) — click to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="245"/>
        <source>%1 cannot be attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/attachments.py" line="264"/>
        <source>The pasted image cannot be attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BotMessage</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="846"/>
        <location filename="../../coze_desktop/ui/messages.py" line="878"/>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="852"/>
        <location filename="../../coze_desktop/ui/messages.py" line="928"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="841"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="840"/>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="841"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="843"/>
        <location filename="../../coze_desktop/ui/messages.py" line="844"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="864"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1025"/>
        <source>Still waiting for Coze… (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1188"/>
        <source>Stop reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1188"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="863"/>
        <source>Interrupted: the app closed before this answer finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/messages.py" line="854"/>
        <location filename="../../coze_desktop/ui/messages.py" line="1144"/>
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../coze_desktop/ui/chat_input.py" line="142"/>
        <source>Ask anything — Enter to send, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/chat_input.py" line="70"/>
        <source>Wait for the answer or press Stop (Esc); you can type meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="662"/>
        <source>Type your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="663"/>
        <source>Your answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="664"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="711"/>
        <source>You answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="713"/>
        <source>The answer was stopped before you picked; ask again to get the question back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="715"/>
        <source>Not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="717"/>
        <source>The turn ended before you picked; ask again to get the question back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChunkCard</name>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="181"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="182"/>
        <source>Relevance score: {score:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="273"/>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="273"/>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudHistoryDialog</name>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="73"/>
        <source>Conversations on Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="74"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="75"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="85"/>
        <source>Asking Coze for this bot&apos;s conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="86"/>
        <source>Every conversation this bot has on Coze is already in this computer&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="87"/>
        <source>Conversations on Coze that this computer does not have yet. Opening one copies its messages into the local history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="89"/>
        <source>Copying the conversation&apos;s messages from Coze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="90"/>
        <source>Could not read the conversations on Coze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="91"/>
        <source>Could not copy that conversation from Coze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/cloud_history.py" line="113"/>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="407"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="408"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="61"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="413"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="67"/>
        <source>from Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="411"/>
        <source>Clear the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="412"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="414"/>
        <source>Start a new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="415"/>
        <source>From Coze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="416"/>
        <source>Open conversations of this bot that are on Coze but not on this computer (e.g. from another machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="418"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="419"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="420"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="421"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="576"/>
        <source>Delete “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="97"/>
        <source>You are chatting with the offline demo bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="99"/>
        <source>It runs on this computer and answers from a small script, so you can try the app without an account. To talk to your own Coze bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="103"/>
        <source>Publish the bot to the API channel (“Agent as API”) in Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="104"/>
        <source>Create a personal access token on coze.cn or coze.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="105"/>
        <source>Paste the token and the bot ID in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="111"/>
        <source>How?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="112"/>
        <source>Show the steps to connect your own Coze bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="113"/>
        <source>Connect a Coze bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="23"/>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="24"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditBar</name>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="126"/>
        <source>Editing your last question: Send replaces it and its answer (the earlier version stays browsable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="128"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="147"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="149"/>
        <source>Something went wrong. Coze Desktop keeps running; the details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="151"/>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="152"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="160"/>
        <source>(%1 errors since this message appeared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="54"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="55"/>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="56"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="57"/>
        <location filename="../../coze_desktop/ui/help_menu.py" line="59"/>
        <location filename="../../coze_desktop/ui/help_menu.py" line="79"/>
        <source>About Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="75"/>
        <source>Diagnostics copied: paste them into your bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="91"/>
        <source>&lt;h3&gt;Coze Desktop %1&lt;/h3&gt;&lt;p&gt;Chat with a Coze (扣子) bot, and let it run local plugins on this computer: play music, set the volume.&lt;/p&gt;&lt;p&gt;MIT licence. Qt %2, Python %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="87"/>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="87"/>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="89"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="90"/>
        <source>value (kept in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="91"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="92"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="92"/>
        <source>this row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCheck</name>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="48"/>
        <source>the link text holds invisible or direction-changing characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="52"/>
        <source>the address starts with “{userinfo}@”, but it leads to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="60"/>
        <location filename="../../coze_desktop/ui/link_check.py" line="67"/>
        <source>the link text shows “{claim}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="89"/>
        <source>Open this link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="92"/>
        <source>This link may not lead where its text says: {reason}.

It says: {text}
It opens: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/link_check.py" line="95"/>
        <source>Open anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="377"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="403"/>
        <location filename="../../coze_desktop/ui/smoke.py" line="172"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="404"/>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="405"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="406"/>
        <source>Stop the answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="407"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="142"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="378"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="379"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="380"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="381"/>
        <source>Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="382"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="383"/>
        <source>Stop answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="384"/>
        <source>Sources panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="394"/>
        <source>Show or hide the sources of the selected answer (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="385"/>
        <source>Conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="395"/>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="386"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="387"/>
        <source>Go to the message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="388"/>
        <source>Copy last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="389"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="396"/>
        <source>Bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="398"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="399"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="400"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="574"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="622"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="595"/>
        <source>Offline demo bot (no Coze token yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="597"/>
        <source>Not connected: no bot ID yet. Add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="599"/>
        <source>Connecting to %1 · bot %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="618"/>
        <source>Connected to %1 · bot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="423"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="644"/>
        <source>Demo bot (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="390"/>
        <source>Talk (press again to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="391"/>
        <source>Read answers aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="392"/>
        <source>Attach images or files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="397"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="608"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="660"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="1060"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="1068"/>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="408"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="411"/>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="409"/>
        <source>Previous version of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="410"/>
        <source>Next version of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="412"/>
        <source>Start a new topic (Ctrl+Shift+N): the bot forgets this conversation&apos;s earlier messages; they stay here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="414"/>
        <source>Attach images or files (Ctrl+Shift+A); you can also paste or drop them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="416"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="883"/>
        <source>Attach images or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="762"/>
        <source>Drafts cannot be saved right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="801"/>
        <source>Connecting… your message is sent as soon as the connection is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="805"/>
        <source>Not connected to a bot, so nothing was sent: check Settings, then send again. Your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="825"/>
        <source>The message could not be sent now; it is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="852"/>
        <source>%1 needs a value for: %2. Type it after the command, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="862"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="869"/>
        <source>Wait until the files being sent are uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="884"/>
        <source>Files Coze takes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/main_window.py" line="954"/>
        <source>Uploading %n file(s)… Stop (Esc) cancels.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="991"/>
        <source>Upload stopped: nothing was sent, and your message and its attachments are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="994"/>
        <source>The files could not be sent: %1 Your message and its attachments are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="999"/>
        <source>That question no longer waits for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1016"/>
        <source>Could not connect, so your message was not sent; it is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1021"/>
        <source>The answer is still coming: wait for it, or press Stop (Esc). Your text stays in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1029"/>
        <source>The disk is full: nothing was sent, and your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1030"/>
        <source>The history could not be saved: nothing was sent, and your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1049"/>
        <source>Only the last answer can be regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1069"/>
        <source>No answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1081"/>
        <source>Last reply: %1 tokens (in %2, out %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1119"/>
        <source>Listening… pause or press Ctrl+Shift+Space to finish, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1122"/>
        <source>Recognising what you said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1161"/>
        <source>This answer has nothing to read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1180"/>
        <source>Reading aloud is not available: libVLC could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1197"/>
        <source>Reading aloud… Esc or Stop ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1232"/>
        <source>Could not read aloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1339"/>
        <source>This answer has no source %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1351"/>
        <source>Not connected to a bot, so nothing was sent: check Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1356"/>
        <source>Only the last question and its answer can be edited or regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1360"/>
        <source>The message could not be sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1408"/>
        <source>This conversation is new: the bot has nothing to forget yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1420"/>
        <source>Coze did not start a new topic, so the bot still remembers this conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1431"/>
        <source>New topic: the bot no longer sees the messages above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1440"/>
        <source>Renamed here and on Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1441"/>
        <source>Deleted here and on Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1442"/>
        <source>Renamed on this computer only: the conversation is not on Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1443"/>
        <source>Deleted on this computer only: the conversation is not on Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1444"/>
        <source>Renamed on this computer only: Coze did not accept it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1445"/>
        <source>Deleted on this computer only: Coze did not accept it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1446"/>
        <source>Renamed on this computer only: Coze could not be reached, so it was not updated there (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1448"/>
        <source>Deleted on this computer only: Coze could not be reached, so it was not updated there (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1456"/>
        <source>Coze could not remove the earlier version from the bot&apos;s context (%1); the bot may still see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1529"/>
        <source>There is no answer to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1532"/>
        <source>Answer copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1607"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="1608"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1635"/>
        <source>Choose your music folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1664"/>
        <source>Music now plays from %1, but the settings could not be saved, so it is asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1667"/>
        <source>Music now plays from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1745"/>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1746"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="476"/>
        <source>Not opened: links in answers may only lead to web pages (http, https) or e-mail (mailto); this one is “{scheme}:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="514"/>
        <source>Copy this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="526"/>
        <source>Write an e-mail to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="530"/>
        <source>Opens {url} — host {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="531"/>
        <source>Will not be opened: “{scheme}:” links are not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="541"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServersBox</name>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="364"/>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="366"/>
        <source>The tools of MCP servers become local plugins named &lt;server&gt;__&lt;tool&gt;. Declare each one in Coze as for the tools above (Copy Coze declaration). Import… reads the {&quot;mcpServers&quot;: …} file of other desktop MCP clients. Changes take effect on Apply; environment and header values are kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="371"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="371"/>
        <source>Runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="371"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="371"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="373"/>
        <source>Name in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="373"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="373"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="373"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="374"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="375"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="376"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="377"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="378"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="379"/>
        <source>Copy Coze declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="386"/>
        <source>New: starts on Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="386"/>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="390"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="388"/>
        <source>Changed: applies on Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="393"/>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="403"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="395"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="397"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="399"/>
        <source>Restarting (restart {count}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="400"/>
        <source>Restarting (restart {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="402"/>
        <source>Failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="402"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="407"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="408"/>
        <source>Always allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="409"/>
        <source>Asks every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="410"/>
        <source>Asks for network calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="411"/>
        <source>Runs without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="480"/>
        <source>The server says it only reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="484"/>
        <source>Select a server to see its tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="486"/>
        <source>Tools of “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="488"/>
        <source>“{name}” shows its tools once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="513"/>
        <source>Restarting “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="530"/>
        <source>MCP servers: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="541"/>
        <source>The environment and header values could not be stored in the system keyring: the servers use them until you quit, and will need them again after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="586"/>
        <source>Added “{name}”; it starts on Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="610"/>
        <source>Removed “{name}”; it stops on Apply (Cancel keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="615"/>
        <source>Import MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="616"/>
        <source>MCP configuration (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="628"/>
        <source>Nothing was imported from {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="636"/>
        <source>“{name}” is already in the list as “{listed}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="641"/>
        <source>“{name}” was already taken: imported as “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="649"/>
        <source>Imported {count} server(s) from {file}: {names}; they start on Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="651"/>
        <source>No new server in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="662"/>
        <source>Copied the declaration of {count} tool(s) of “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MusicFolderPrompt</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="211"/>
        <source>No music folder chosen yet: songs come from your system&apos;s Music folder, else the demo songs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="213"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="214"/>
        <source>Choose the folder with your music</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="373"/>
        <source>Coze Desktop ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="303"/>
        <source>The settings file could not be read. It was moved to %1 and Coze Desktop started with default settings: your profiles, bots and tool approvals are in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="306"/>
        <source>The settings file %1 could not be read and could not be moved aside. Coze Desktop started with default settings; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="309"/>
        <source>The history file was damaged. It was moved to %1 (nothing was deleted) and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="312"/>
        <source>The history file was damaged and was moved to %1. A new one could not be created; conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="315"/>
        <source>The history file %1 is damaged and could not be moved aside; it was left as it is. Conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="318"/>
        <source>The history file %1 was written by a newer version of Coze Desktop, so it is left untouched. This session&apos;s conversations are kept in memory only and are lost when you quit; update Coze Desktop to see your history again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="322"/>
        <source>The history file %1 cannot be written. Your past conversations are shown, but new ones are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="325"/>
        <source>The history file %1 cannot be opened. Conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="328"/>
        <source>The history file %1 is locked by another program (another Coze Desktop, a backup or sync tool?). Conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="331"/>
        <source>The disk is full: this answer is shown but may be missing from the history file %1. Free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="334"/>
        <source>This answer is shown but may be missing from the history file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="336"/>
        <source>The log folder %1 cannot be written; this run logs to the terminal (stderr) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="350"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/banner.py" line="374"/>
        <source>Coze Desktop ran into %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="250"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="249"/>
        <source>Previous song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="251"/>
        <source>Next song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="252"/>
        <source>Mute or unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="255"/>
        <source>Position: click to jump there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="256"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="258"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="259"/>
        <source>Volume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="325"/>
        <source>Nothing to play yet: ask the bot to play a song, or set the music folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="351"/>
        <source>Nothing is playing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="352"/>
        <source>The music is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="353"/>
        <source>Nothing is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="354"/>
        <source>The music is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="355"/>
        <source>This stream cannot jump to a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="417"/>
        <source>Music unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="426"/>
        <source>Nothing playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="427"/>
        <source>Last played: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="478"/>
        <source>This computer&apos;s volume is unavailable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="480"/>
        <source>Volume of this computer&apos;s output (all apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="482"/>
        <source>Volume of Coze Desktop&apos;s music</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginsPage</name>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Always allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Always ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="96"/>
        <source>Set up in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="98"/>
        <source>In Coze, open your bot, add a plugin of type 端插件 (local plugin) and create one tool for each row below, with exactly this name, description and parameters. Then publish the bot as an API. Copy puts a tool&apos;s fields on the clipboard, labelled as Coze&apos;s form labels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="102"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="102"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="102"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="104"/>
        <source>tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="108"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="109"/>
        <source>Copy the fields of “{tool}” to paste them into Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="121"/>
        <source>Without a rule, tools that read or act on this computer run without asking; calls that reach the network and tools from MCP servers or installed packages ask first. Revoke a rule to return to that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="389"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="106"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="106"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="110"/>
        <source>Copy all tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="135"/>
        <source>Allow plain http:// music URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="136"/>
        <source>Unencrypted: anyone on the network path can see or change the stream. https:// is always allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="192"/>
        <source>Copied “{tool}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="196"/>
        <source>Copied all tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="112"/>
        <source>Names used in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="114"/>
        <source>If a tool in your Coze plugin has another name (say op_volume), map it to the local tool it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="115"/>
        <source>Name in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="115"/>
        <source>Local tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="116"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="117"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="119"/>
        <source>Remembered answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="123"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="123"/>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="123"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="133"/>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="132"/>
        <source>Tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="307"/>
        <source>network calls to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="307"/>
        <source>every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="130"/>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="325"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="358"/>
        <source>The Coze name “{name}” is mapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="360"/>
        <source>“{name}” is already the name of a local tool; it needs no mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="374"/>
        <source>Sources</source>
        <extracomment>Opens a source&apos;s link in the browser; replaceable, e.g. by tests, so nothing reaches a real browser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="375"/>
        <source>No knowledge sources for this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="376"/>
        <source>Select a reply to see its sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="208"/>
        <source>Edit MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="208"/>
        <source>Add MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="211"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="211"/>
        <source>&amp;Runs as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="212"/>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="212"/>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="212"/>
        <source>&amp;Working folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="213"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="214"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="214"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="223"/>
        <source>A program on this computer (stdio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="224"/>
        <source>A URL (streamable HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="225"/>
        <source>e.g. files — its tools are called files__&lt;tool&gt; in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="226"/>
        <source>e.g. npx, uvx or /usr/local/bin/my-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="227"/>
        <source>as in a shell, e.g. -y @modelcontextprotocol/server-filesystem ~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="228"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="230"/>
        <source>Run this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="242"/>
        <source>The arguments of “{name}” cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="248"/>
        <source>The server needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/mcp_servers.py" line="250"/>
        <source>There is already a server called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="438"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="440"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="479"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="441"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="481"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="439"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="442"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="442"/>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="443"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="443"/>
        <source>Local plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="445"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="454"/>
        <source>coze.cn (扣子)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="454"/>
        <source>coze.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="454"/>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="456"/>
        <source>e.g. http://localhost:8888 for a self-hosted Coze Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="457"/>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="472"/>
        <source>http://127.0.0.1:7890 — empty: the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="473"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="451"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="415"/>
        <source>The voices could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="422"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="422"/>
        <source>cloned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="446"/>
        <source>Look up the selected bot with this profile&apos;s token and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="451"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="451"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="451"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="452"/>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="452"/>
        <source>User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="458"/>
        <source>OAuth client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="459"/>
        <source>Your OAuth app&apos;s client ID (not a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="461"/>
        <source>The client ID names your OAuth app; it is not a secret and is kept in the settings file. The tokens that signing in gives go to the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="463"/>
        <source>Sign in with Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="464"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="465"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="466"/>
        <source>Open sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="467"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="468"/>
        <source>Time left to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="478"/>
        <source>Bot ID: the number in the bot&apos;s address in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="480"/>
        <source>Add the bot (Enter in the field does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="482"/>
        <source>Workspace (space) ID: the number after /space/ in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="483"/>
        <source>List bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="484"/>
        <source>Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="485"/>
        <source>Bots published as API in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="488"/>
        <source>Show answers as they are written (streaming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="489"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="490"/>
        <source>Not chosen: your Music folder, else the demo songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="491"/>
        <source>Keep playing music in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="493"/>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="494"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="495"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="495"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="495"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="498"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="500"/>
        <source>How long an answer may stay silent before Coze Desktop gives up on it and says so (keeping what arrived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="503"/>
        <source>Without streaming, how long Coze Desktop keeps asking Coze whether the answer is ready before it gives up and says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="506"/>
        <source>Answer timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="506"/>
        <source>Answer deadline without streaming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="506"/>
        <source>Music folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="507"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="507"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="507"/>
        <source>Reading voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="514"/>
        <source>Connect to a bot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="629"/>
        <source>The stored token will be removed when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="631"/>
        <source>Signed in with Coze (tokens in the system keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="633"/>
        <source>Signed in with Coze until you quit (no keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="635"/>
        <source>A token is stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="637"/>
        <source>Session only (no keyring): the token is kept until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="639"/>
        <source>No token stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="641"/>
        <source>{name} is set and is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="647"/>
        <source>A personal access token typed here replaces the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="650"/>
        <source>Stored — type a new token to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="651"/>
        <source>Paste a personal access token (pat_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="661"/>
        <source>No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential Manager). A token you enter is used until you quit, and you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="689"/>
        <source>Or sign in instead of pasting a token: create an OAuth app of the type for TVs, devices and command-line programs in Coze, then enter its client ID. {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="703"/>
        <source>Enter your OAuth app&apos;s client ID first (Coze shows it on the app&apos;s page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="711"/>
        <source>That is a token, not a client ID: paste it into the Token field, or enter your OAuth app&apos;s client ID here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="723"/>
        <source>Asking Coze for a sign-in code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="742"/>
        <source>Signed in with Coze. Press OK or Apply to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="743"/>
        <source>Signed in with Coze for this session only: no system keyring is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="764"/>
        <source>Open the page, check that it shows this code and approve. Waiting for Coze… ({minutes}:{seconds:02} left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="771"/>
        <source>The sign-in was declined in the browser. Click “Sign in with Coze” to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="773"/>
        <source>The code expired before it was approved. Click “Sign in with Coze” for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="775"/>
        <source>Coze could not be reached: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="776"/>
        <source>The sign-in did not work: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="793"/>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="812"/>
        <source>Signed out. Press OK or Apply to stop using the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="830"/>
        <source>A bot ID is the number at the end of the bot&apos;s address in Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="833"/>
        <source>This bot is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="842"/>
        <source>Added. Enter a token to look up the bot&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="844"/>
        <source>Looking up bot {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="852"/>
        <source>Added bot {id}, but could not look up its name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="857"/>
        <source>Added: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="870"/>
        <source>Enter a workspace ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="874"/>
        <source>Enter a token on the Account page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="878"/>
        <source>Listing the workspace&apos;s bots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="895"/>
        <source>{count} bot(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="896"/>
        <source>No bots are published as API in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="909"/>
        <source>Choose the music folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="926"/>
        <source>Add a bot on the Bots page first: the test looks it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="929"/>
        <source>Enter a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="447"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="933"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="509"/>
        <source>Send voice messages at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="510"/>
        <source>Otherwise what you said goes into the message box, to check before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="512"/>
        <source>Read this bot&apos;s answers aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="515"/>
        <source>Default (a system voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="516"/>
        <source>For bots without a voice of their own (set in Coze).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="948"/>
        <source>Connected: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="951"/>
        <source>The token was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="953"/>
        <source>The bot was not found or is not published as an API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="955"/>
        <source>Coze could not be reached: a network or proxy problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="957"/>
        <source>Coze reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="963"/>
        <source>This token may belong to coze.cn (扣子): try the coze.cn region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="965"/>
        <source>This token may belong to coze.com: try the coze.com region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="973"/>
        <source>Check that the token is a valid, unexpired personal access token of coze.cn (扣子); create one at https://www.coze.cn/open/oauth/pats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="976"/>
        <source>Check that the token is a valid, unexpired personal access token of coze.com; create one at https://www.coze.com/open/oauth/pats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="979"/>
        <source>Check that the token is valid for the Coze server at {host} and not expired; create it on that server (coze.cn and coze.com tokens do not work there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="981"/>
        <source>the custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1011"/>
        <source>The settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1015"/>
        <source>Settings saved, but the token was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1018"/>
        <source>Settings saved. Without a system keyring the token is used until you quit; enter it again after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1035"/>
        <source>Every profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1037"/>
        <source>Two profiles are called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1039"/>
        <source>Profile “{name}”: a custom base URL starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="1042"/>
        <source>Profile “{name}” needs a user ID: press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutCompleter</name>
    <message>
        <location filename="../../coze_desktop/ui/shortcut_menu.py" line="176"/>
        <source>Shortcut %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcut_menu.py" line="179"/>
        <source>Fill in: %1. Enter sends it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="46"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="46"/>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="48"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="47"/>
        <source>New line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="47"/>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="48"/>
        <source>Allow a tool call once (in the approval prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="49"/>
        <source>Deny a tool call (in the approval prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="49"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="50"/>
        <source>Rename / delete the selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/shortcuts.py" line="50"/>
        <source>F2 / Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="165"/>
        <source>Your sign-in with Coze has expired. Sign in again to go on chatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="167"/>
        <source>Coze keeps a sign-in for 30 days, or until it is revoked. Settings → Account → Sign in with Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="168"/>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="428"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="433"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="433"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="434"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="438"/>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="438"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="454"/>
        <source>Playing {song}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="454"/>
        <source>Could not play {song}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="455"/>
        <source>Played {song}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="459"/>
        <source>Setting the volume to {volume}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="460"/>
        <source>Could not set the volume to {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="460"/>
        <source>Volume → {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="465"/>
        <source>Volume is {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="467"/>
        <source>Paused the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="467"/>
        <source>Resumed the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="468"/>
        <source>Stopped the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="468"/>
        <source>Skipped to the next song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="469"/>
        <source>Listed the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="469"/>
        <source>Checked what is playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="470"/>
        <source>Checked the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="476"/>
        <source>Running {tool}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="477"/>
        <source>{tool} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="477"/>
        <source>Ran {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="518"/>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="518"/>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="548"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="549"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicDivider</name>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="92"/>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="93"/>
        <source>New topic: the bot does not see the messages above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="48"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="68"/>
        <source>Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="49"/>
        <source>Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="50"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="68"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="297"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="297"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="298"/>
        <location filename="../../coze_desktop/ui/messages.py" line="299"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="328"/>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="328"/>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionSwitcher</name>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="53"/>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="56"/>
        <location filename="../../coze_desktop/ui/versions.py" line="57"/>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/versions.py" line="58"/>
        <location filename="../../coze_desktop/ui/versions.py" line="59"/>
        <source>Next version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceControls</name>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="167"/>
        <source>Not connected to a bot, so the recording could not be transcribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="172"/>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="175"/>
        <source>Speech could not be recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="181"/>
        <source>Nothing was recognised. Speak closer to the microphone and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="201"/>
        <source>Could not record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="229"/>
        <source>Stop recording and transcribe (Ctrl+Shift+Space); Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="231"/>
        <source>Transcribing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="233"/>
        <source>Talk: record a voice message (Ctrl+Shift+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="235"/>
        <source>Voice input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="237"/>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/voice_controls.py" line="238"/>
        <source>Recording time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeTargetGroup</name>
    <message>
        <location filename="../../coze_desktop/ui/volume_target.py" line="35"/>
        <source>Volume controls act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/volume_target.py" line="36"/>
        <source>Coze Desktop&apos;s music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/volume_target.py" line="37"/>
        <source>This computer&apos;s output (all apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/volume_target.py" line="39"/>
        <source>The bot&apos;s set_volume, get_volume and set_mute tools and the player bar&apos;s slider. This computer&apos;s output needs PulseAudio or PipeWire on Linux; on Windows and macOS it uses the system&apos;s own mixer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1270"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1273"/>
        <source>Ask a question to start. The bot can also control music and volume on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
