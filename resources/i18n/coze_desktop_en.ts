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
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="137"/>
        <source>It acts on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="138"/>
        <source>It only reads information on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="142"/>
        <source>It reaches the network: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="143"/>
        <source>It opens {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="145"/>
        <source>⚠ This is your own computer: the bot asks to reach a service running on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="147"/>
        <source>⚠ This is your local network: the bot asks to reach a device or router near you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="149"/>
        <source>⚠ The name mixes {scripts} letters: it may imitate another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="156"/>
        <source>The call names no host, so it can only be allowed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="166"/>
        <source>Do not ask again in this conversation for “{tool}” reaching {hosts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="169"/>
        <source>Never ask again for “{tool}” reaching {hosts} (revocable in Settings → Local plugins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="173"/>
        <source>Do not ask again in this conversation for “{tool}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="175"/>
        <source>Never ask again for “{tool}” (revocable in Settings → Local plugins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="189"/>
        <source>Coze is waiting for this answer; it will be declined automatically in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BotMessage</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="708"/>
        <location filename="../../coze_desktop/ui/messages.py" line="740"/>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="714"/>
        <location filename="../../coze_desktop/ui/messages.py" line="790"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="703"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="702"/>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="703"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="705"/>
        <location filename="../../coze_desktop/ui/messages.py" line="706"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="726"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="883"/>
        <source>Still waiting for Coze… (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1016"/>
        <source>Stop reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1016"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="725"/>
        <source>Interrupted: the app closed before this answer finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/messages.py" line="716"/>
        <location filename="../../coze_desktop/ui/messages.py" line="984"/>
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
        <location filename="../../coze_desktop/ui/chat_input.py" line="121"/>
        <source>Ask anything — Enter to send, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/chat_input.py" line="63"/>
        <source>Wait for the answer or press Stop (Esc); you can type meanwhile</source>
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
    <name>ConversationList</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="397"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="398"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="61"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="403"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="401"/>
        <source>Clear the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="402"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="404"/>
        <source>Start a new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="405"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="406"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="407"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="408"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="562"/>
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
        <location filename="../../coze_desktop/ui/main_window.py" line="289"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="314"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="315"/>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="316"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="317"/>
        <source>Stop the answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="318"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="107"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="290"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="291"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="292"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="293"/>
        <source>Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="294"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="295"/>
        <source>Stop answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="296"/>
        <source>Sources panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="305"/>
        <source>Show or hide the sources of the selected answer (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="297"/>
        <source>Conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="306"/>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="298"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="299"/>
        <source>Go to the message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="300"/>
        <source>Copy last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="301"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="307"/>
        <source>Bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="309"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="310"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="311"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="424"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="469"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="445"/>
        <source>Offline demo bot (no Coze token yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="447"/>
        <source>Not connected: no bot ID yet. Add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="449"/>
        <source>Connecting to %1 · bot %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="465"/>
        <source>Connected to %1 · bot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="325"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="489"/>
        <source>Demo bot (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="302"/>
        <source>Talk (press again to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="303"/>
        <source>Read answers aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="308"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="458"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="502"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="705"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="713"/>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="594"/>
        <source>Drafts cannot be saved right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="621"/>
        <source>Connecting… your message is sent as soon as the connection is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="625"/>
        <source>Not connected to a bot, so nothing was sent: check Settings, then send again. Your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="640"/>
        <source>The message could not be sent now; it is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="668"/>
        <source>Could not connect, so your message was not sent; it is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="673"/>
        <source>The answer is still coming: wait for it, or press Stop (Esc). Your text stays in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="681"/>
        <source>The disk is full: nothing was sent, and your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="682"/>
        <source>The history could not be saved: nothing was sent, and your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="714"/>
        <source>No answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="724"/>
        <source>Last reply: %1 tokens (in %2, out %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="758"/>
        <source>Listening… pause or press Ctrl+Shift+Space to finish, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="761"/>
        <source>Recognising what you said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="800"/>
        <source>This answer has nothing to read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="819"/>
        <source>Reading aloud is not available: libVLC could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="836"/>
        <source>Reading aloud… Esc or Stop ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="871"/>
        <source>Could not read aloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="978"/>
        <source>This answer has no source %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="996"/>
        <source>There is no answer to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="999"/>
        <source>Answer copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1063"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="1064"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1091"/>
        <source>Choose your music folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1120"/>
        <source>Music now plays from %1, but the settings could not be saved, so it is asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1123"/>
        <source>Music now plays from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1197"/>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="1198"/>
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
    <name>MusicFolderPrompt</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="188"/>
        <source>No music folder chosen yet: songs come from your system&apos;s Music folder, else the demo songs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="190"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="191"/>
        <source>Choose the folder with your music</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="350"/>
        <source>Coze Desktop ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="280"/>
        <source>The settings file could not be read. It was moved to %1 and Coze Desktop started with default settings: your profiles, bots and tool approvals are in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="283"/>
        <source>The settings file %1 could not be read and could not be moved aside. Coze Desktop started with default settings; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="286"/>
        <source>The history file was damaged. It was moved to %1 (nothing was deleted) and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="289"/>
        <source>The history file was damaged and was moved to %1. A new one could not be created; conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="292"/>
        <source>The history file %1 is damaged and could not be moved aside; it was left as it is. Conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="295"/>
        <source>The history file %1 was written by a newer version of Coze Desktop, so it is left untouched. This session&apos;s conversations are kept in memory only and are lost when you quit; update Coze Desktop to see your history again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="299"/>
        <source>The history file %1 cannot be written. Your past conversations are shown, but new ones are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="302"/>
        <source>The history file %1 cannot be opened. Conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="305"/>
        <source>The history file %1 is locked by another program (another Coze Desktop, a backup or sync tool?). Conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="308"/>
        <source>The disk is full: this answer is shown but may be missing from the history file %1. Free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="311"/>
        <source>This answer is shown but may be missing from the history file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="313"/>
        <source>The log folder %1 cannot be written; this run logs to the terminal (stderr) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="327"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/banner.py" line="351"/>
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
        <location filename="../../coze_desktop/ui/player_bar.py" line="241"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="240"/>
        <source>Previous song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="242"/>
        <source>Next song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="243"/>
        <source>Mute or unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="246"/>
        <source>Position: click to jump there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="247"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="248"/>
        <location filename="../../coze_desktop/ui/player_bar.py" line="249"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="250"/>
        <source>Volume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="311"/>
        <source>Nothing to play yet: ask the bot to play a song, or set the music folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="337"/>
        <source>Nothing is playing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="338"/>
        <source>The music is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="339"/>
        <source>Nothing is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="340"/>
        <source>The music is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="341"/>
        <source>This stream cannot jump to a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="403"/>
        <source>Music unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="412"/>
        <source>Nothing playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="413"/>
        <source>Last played: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginsPage</name>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="82"/>
        <source>Always allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="82"/>
        <source>Always ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="82"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="86"/>
        <source>Set up in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="88"/>
        <source>In Coze, open your bot, add a plugin of type 端插件 (local plugin) and create one tool for each row below, with exactly this name, description and parameters. Then publish the bot as an API. Copy puts a tool&apos;s fields on the clipboard, labelled as Coze&apos;s form labels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="92"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="94"/>
        <source>tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="98"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="99"/>
        <source>Copy the fields of “{tool}” to paste them into Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="363"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="96"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="96"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="100"/>
        <source>Copy all tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="125"/>
        <source>Allow plain http:// music URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="126"/>
        <source>Unencrypted: anyone on the network path can see or change the stream. https:// is always allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="182"/>
        <source>Copied “{tool}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="186"/>
        <source>Copied all tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="102"/>
        <source>Names used in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="104"/>
        <source>If a tool in your Coze plugin has another name (say op_volume), map it to the local tool it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="105"/>
        <source>Name in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="105"/>
        <source>Local tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="106"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="107"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="109"/>
        <source>Remembered answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="111"/>
        <source>Without a rule, tools that read or act on this computer run without asking, and calls that reach the network ask first. Revoke a rule to return to that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="113"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="113"/>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="113"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="123"/>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="122"/>
        <source>Tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="285"/>
        <source>network calls to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="285"/>
        <source>every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="120"/>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="303"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="334"/>
        <source>The Coze name “{name}” is mapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="336"/>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="364"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="366"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="391"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="367"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="393"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="365"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="368"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="368"/>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="369"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="369"/>
        <source>Local plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="371"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="380"/>
        <source>coze.cn (扣子)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="380"/>
        <source>coze.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="380"/>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="382"/>
        <source>e.g. http://localhost:8888 for a self-hosted Coze Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="383"/>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="384"/>
        <source>http://127.0.0.1:7890 — empty: the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="385"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="377"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="341"/>
        <source>The voices could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="348"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="348"/>
        <source>cloned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="372"/>
        <source>Look up the selected bot with this profile&apos;s token and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="377"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="377"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="377"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="378"/>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="378"/>
        <source>User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="390"/>
        <source>Bot ID: the number in the bot&apos;s address in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="392"/>
        <source>Add the bot (Enter in the field does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="394"/>
        <source>Workspace (space) ID: the number after /space/ in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="395"/>
        <source>List bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="396"/>
        <source>Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="397"/>
        <source>Bots published as API in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="400"/>
        <source>Show answers as they are written (streaming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="401"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="402"/>
        <source>Not chosen: your Music folder, else the demo songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="403"/>
        <source>Keep playing music in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="405"/>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="406"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="407"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="407"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="407"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="410"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="412"/>
        <source>How long an answer may stay silent before Coze Desktop gives up on it and says so (keeping what arrived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="415"/>
        <source>Without streaming, how long Coze Desktop keeps asking Coze whether the answer is ready before it gives up and says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="418"/>
        <source>Answer timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="418"/>
        <source>Answer deadline without streaming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="418"/>
        <source>Music folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="419"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="419"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="419"/>
        <source>Reading voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="426"/>
        <source>Connect to a bot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="536"/>
        <source>The stored token will be removed when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="538"/>
        <source>A token is stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="540"/>
        <source>Session only (no keyring): the token is kept until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="542"/>
        <source>No token stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="544"/>
        <source>{name} is set and is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="548"/>
        <source>Stored — type a new token to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="549"/>
        <source>Paste a personal access token (pat_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="559"/>
        <source>No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential Manager). A token you enter is used until you quit, and you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="592"/>
        <source>A bot ID is the number at the end of the bot&apos;s address in Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="595"/>
        <source>This bot is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="604"/>
        <source>Added. Enter a token to look up the bot&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="606"/>
        <source>Looking up bot {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="614"/>
        <source>Added bot {id}, but could not look up its name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="619"/>
        <source>Added: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="632"/>
        <source>Enter a workspace ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="636"/>
        <source>Enter a token on the Account page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="640"/>
        <source>Listing the workspace&apos;s bots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="657"/>
        <source>{count} bot(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="658"/>
        <source>No bots are published as API in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="671"/>
        <source>Choose the music folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="688"/>
        <source>Add a bot on the Bots page first: the test looks it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="691"/>
        <source>Enter a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="373"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="695"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="421"/>
        <source>Send voice messages at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="422"/>
        <source>Otherwise what you said goes into the message box, to check before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="424"/>
        <source>Read this bot&apos;s answers aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="427"/>
        <source>Default (a system voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="428"/>
        <source>For bots without a voice of their own (set in Coze).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="710"/>
        <source>Connected: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="713"/>
        <source>The token was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="715"/>
        <source>The bot was not found or is not published as an API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="717"/>
        <source>Coze could not be reached: a network or proxy problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="719"/>
        <source>Coze reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="725"/>
        <source>This token may belong to coze.cn (扣子): try the coze.cn region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="727"/>
        <source>This token may belong to coze.com: try the coze.com region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="735"/>
        <source>Check that the token is a valid, unexpired personal access token of coze.cn (扣子); create one at https://www.coze.cn/open/oauth/pats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="738"/>
        <source>Check that the token is a valid, unexpired personal access token of coze.com; create one at https://www.coze.com/open/oauth/pats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="741"/>
        <source>Check that the token is valid for the Coze server at {host} and not expired; create it on that server (coze.cn and coze.com tokens do not work there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="743"/>
        <source>the custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="773"/>
        <source>The settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="777"/>
        <source>Settings saved, but the token was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="780"/>
        <source>Settings saved. Without a system keyring the token is used until you quit; enter it again after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="797"/>
        <source>Every profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="799"/>
        <source>Two profiles are called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="801"/>
        <source>Profile “{name}”: a custom base URL starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="804"/>
        <source>Profile “{name}” needs a user ID: press Regenerate.</source>
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
    <name>ToolCard</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="406"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="411"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="411"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="412"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="416"/>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="416"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="432"/>
        <source>Playing {song}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="432"/>
        <source>Could not play {song}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="433"/>
        <source>Played {song}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="437"/>
        <source>Setting the volume to {volume}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="438"/>
        <source>Could not set the volume to {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="438"/>
        <source>Volume → {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="443"/>
        <source>Volume is {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="445"/>
        <source>Paused the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="445"/>
        <source>Resumed the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="446"/>
        <source>Stopped the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="446"/>
        <source>Skipped to the next song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="447"/>
        <source>Listed the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="447"/>
        <source>Checked what is playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="448"/>
        <source>Checked the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="454"/>
        <source>Running {tool}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="455"/>
        <source>{tool} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="455"/>
        <source>Ran {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="496"/>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="496"/>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="526"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="527"/>
        <source>Output</source>
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
        <location filename="../../coze_desktop/ui/messages.py" line="257"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="257"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="258"/>
        <location filename="../../coze_desktop/ui/messages.py" line="259"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="288"/>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="288"/>
        <source>Show more</source>
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
    <name>Welcome</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1116"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1119"/>
        <source>Ask a question to start. The bot can also control music and volume on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
