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
        <location filename="../../coze_desktop/ui/messages.py" line="698"/>
        <location filename="../../coze_desktop/ui/messages.py" line="730"/>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="704"/>
        <location filename="../../coze_desktop/ui/messages.py" line="780"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="694"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="693"/>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="694"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="695"/>
        <location filename="../../coze_desktop/ui/messages.py" line="696"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="716"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="873"/>
        <source>Still waiting for Coze… (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="715"/>
        <source>Interrupted: the app closed before this answer finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/messages.py" line="706"/>
        <location filename="../../coze_desktop/ui/messages.py" line="974"/>
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
        <location filename="../../coze_desktop/ui/main_window.py" line="262"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="285"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="286"/>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="287"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="288"/>
        <source>Stop the answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="289"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="96"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="263"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="264"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="265"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="266"/>
        <source>Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="267"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="268"/>
        <source>Stop answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="269"/>
        <source>Sources panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="276"/>
        <source>Show or hide the sources of the selected answer (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="270"/>
        <source>Conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="277"/>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="271"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="272"/>
        <source>Go to the message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="273"/>
        <source>Copy last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="274"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="278"/>
        <source>Bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="280"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="281"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="282"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="383"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="427"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="404"/>
        <source>Offline demo bot (no Coze token yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="406"/>
        <source>Not connected: no bot ID yet. Add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="408"/>
        <source>Connecting to %1 · bot %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="423"/>
        <source>Connected to %1 · bot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="295"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="447"/>
        <source>Demo bot (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="279"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="416"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="460"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="660"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="665"/>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="552"/>
        <source>Drafts cannot be saved right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="579"/>
        <source>Connecting… your message is sent as soon as the connection is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="583"/>
        <source>Not connected to a bot, so nothing was sent: check Settings, then send again. Your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="597"/>
        <source>The message could not be sent now; it is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="625"/>
        <source>Could not connect, so your message was not sent; it is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="630"/>
        <source>The answer is still coming: wait for it, or press Stop (Esc). Your text stays in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="638"/>
        <source>The disk is full: nothing was sent, and your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="639"/>
        <source>The history could not be saved: nothing was sent, and your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="666"/>
        <source>No answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="675"/>
        <source>Last reply: %1 tokens (in %2, out %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="781"/>
        <source>This answer has no source %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="799"/>
        <source>There is no answer to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="802"/>
        <source>Answer copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="863"/>
        <location filename="../../coze_desktop/ui/main_window.py" line="864"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="891"/>
        <source>Choose your music folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="920"/>
        <source>Music now plays from %1, but the settings could not be saved, so it is asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="923"/>
        <source>Music now plays from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="993"/>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="994"/>
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
        <location filename="../../coze_desktop/ui/player_bar.py" line="239"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="238"/>
        <source>Previous song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="240"/>
        <source>Next song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="241"/>
        <source>Mute or unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="244"/>
        <source>Position: click to jump there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="245"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="246"/>
        <location filename="../../coze_desktop/ui/player_bar.py" line="247"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="248"/>
        <source>Volume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="309"/>
        <source>Nothing to play yet: ask the bot to play a song, or set the music folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="335"/>
        <source>Nothing is playing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="336"/>
        <source>The music is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="337"/>
        <source>Nothing is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="338"/>
        <source>The music is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="339"/>
        <source>This stream cannot jump to a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="401"/>
        <source>Music unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="410"/>
        <source>Nothing playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="411"/>
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
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="318"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="320"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="345"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="321"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="347"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="319"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="322"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="322"/>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="323"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="323"/>
        <source>Local plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="325"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="334"/>
        <source>coze.cn (扣子)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="334"/>
        <source>coze.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="334"/>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="336"/>
        <source>e.g. http://localhost:8888 for a self-hosted Coze Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="337"/>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="338"/>
        <source>http://127.0.0.1:7890 — empty: the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="339"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="331"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="326"/>
        <source>Look up the selected bot with this profile&apos;s token and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="331"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="331"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="331"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="332"/>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="332"/>
        <source>User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="344"/>
        <source>Bot ID: the number in the bot&apos;s address in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="346"/>
        <source>Add the bot (Enter in the field does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="348"/>
        <source>Workspace (space) ID: the number after /space/ in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="349"/>
        <source>List bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="350"/>
        <source>Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="351"/>
        <source>Bots published as API in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="354"/>
        <source>Show answers as they are written (streaming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="355"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="356"/>
        <source>Not chosen: your Music folder, else the demo songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="357"/>
        <source>Keep playing music in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="359"/>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="360"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="361"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="361"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="361"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="364"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="366"/>
        <source>How long an answer may stay silent before Coze Desktop gives up on it and says so (keeping what arrived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="369"/>
        <source>Without streaming, how long Coze Desktop keeps asking Coze whether the answer is ready before it gives up and says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="372"/>
        <source>Answer timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="372"/>
        <source>Answer deadline without streaming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="372"/>
        <source>Music folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="373"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="373"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="482"/>
        <source>The stored token will be removed when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="484"/>
        <source>A token is stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="486"/>
        <source>Session only (no keyring): the token is kept until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="488"/>
        <source>No token stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="490"/>
        <source>{name} is set and is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="494"/>
        <source>Stored — type a new token to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="495"/>
        <source>Paste a personal access token (pat_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="505"/>
        <source>No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential Manager). A token you enter is used until you quit, and you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="536"/>
        <source>A bot ID is the number at the end of the bot&apos;s address in Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="539"/>
        <source>This bot is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="548"/>
        <source>Added. Enter a token to look up the bot&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="550"/>
        <source>Looking up bot {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="558"/>
        <source>Added bot {id}, but could not look up its name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="563"/>
        <source>Added: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="576"/>
        <source>Enter a workspace ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="580"/>
        <source>Enter a token on the Account page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="584"/>
        <source>Listing the workspace&apos;s bots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="601"/>
        <source>{count} bot(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="602"/>
        <source>No bots are published as API in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="615"/>
        <source>Choose the music folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="632"/>
        <source>Add a bot on the Bots page first: the test looks it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="635"/>
        <source>Enter a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="327"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="639"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="654"/>
        <source>Connected: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="657"/>
        <source>The token was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="659"/>
        <source>The bot was not found or is not published as an API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="661"/>
        <source>Coze could not be reached: a network or proxy problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="663"/>
        <source>Coze reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="669"/>
        <source>This token may belong to coze.cn (扣子): try the coze.cn region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="671"/>
        <source>This token may belong to coze.com: try the coze.com region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="679"/>
        <source>Check that the token is a valid, unexpired personal access token of coze.cn (扣子); create one at https://www.coze.cn/open/oauth/pats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="682"/>
        <source>Check that the token is a valid, unexpired personal access token of coze.com; create one at https://www.coze.com/open/oauth/pats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="685"/>
        <source>Check that the token is valid for the Coze server at {host} and not expired; create it on that server (coze.cn and coze.com tokens do not work there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="687"/>
        <source>the custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="713"/>
        <source>The settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="717"/>
        <source>Settings saved, but the token was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="720"/>
        <source>Settings saved. Without a system keyring the token is used until you quit; enter it again after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="737"/>
        <source>Every profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="739"/>
        <source>Two profiles are called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="741"/>
        <source>Profile “{name}”: a custom base URL starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="744"/>
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
        <location filename="../../coze_desktop/ui/messages.py" line="402"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="407"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="407"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="408"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="412"/>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="412"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="428"/>
        <source>Playing {song}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="428"/>
        <source>Could not play {song}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="429"/>
        <source>Played {song}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="433"/>
        <source>Setting the volume to {volume}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="434"/>
        <source>Could not set the volume to {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="434"/>
        <source>Volume → {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="439"/>
        <source>Volume is {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="441"/>
        <source>Paused the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="441"/>
        <source>Resumed the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="442"/>
        <source>Stopped the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="442"/>
        <source>Skipped to the next song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="443"/>
        <source>Listed the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="443"/>
        <source>Checked what is playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="444"/>
        <source>Checked the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="450"/>
        <source>Running {tool}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="451"/>
        <source>{tool} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="451"/>
        <source>Ran {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="492"/>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="492"/>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="522"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="523"/>
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
        <location filename="../../coze_desktop/ui/messages.py" line="253"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="253"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="254"/>
        <location filename="../../coze_desktop/ui/messages.py" line="255"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="284"/>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="284"/>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1081"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/messages.py" line="1084"/>
        <source>Ask a question to start. The bot can also control music and volume on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
