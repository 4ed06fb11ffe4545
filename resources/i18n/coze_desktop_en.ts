<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalCard</name>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="61"/>
        <source>Allow “{tool}” to run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="67"/>
        <source>The bot calls it “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="72"/>
        <source>(no arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="75"/>
        <source>Allow once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="76"/>
        <source>Allow in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="77"/>
        <source>Always allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="78"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="113"/>
        <source>It reaches the network: {hosts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="114"/>
        <source>It reaches the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="116"/>
        <source>It acts on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="117"/>
        <source>It only reads information on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="121"/>
        <source>It reaches the network: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="122"/>
        <source>It opens {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="124"/>
        <source>⚠ This is your own computer: the bot asks to reach a service running on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="126"/>
        <source>⚠ This is your local network: the bot asks to reach a device or router near you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="128"/>
        <source>⚠ The name mixes {scripts} letters: it may imitate another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="135"/>
        <source>The call names no host, so it can only be allowed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="145"/>
        <source>Do not ask again in this conversation for “{tool}” reaching {hosts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="148"/>
        <source>Never ask again for “{tool}” reaching {hosts} (revocable in Settings → Local plugins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="152"/>
        <source>Do not ask again in this conversation for “{tool}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="154"/>
        <source>Never ask again for “{tool}” (revocable in Settings → Local plugins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/approval_prompt.py" line="165"/>
        <source>Coze is waiting for this answer; it will be declined automatically in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BotMessage</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="167"/>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="209"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="226"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="230"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="275"/>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="334"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="279"/>
        <source>Still waiting for Coze… (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="331"/>
        <source>Interrupted: the app closed before this answer finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/conversation_view.py" line="363"/>
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
        <location filename="../../coze_desktop/ui/chat_input.py" line="40"/>
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
        <location filename="../../coze_desktop/ui/recall_panel.py" line="98"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="107"/>
        <source>Relevance score: {score:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="229"/>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="229"/>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="161"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="169"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="343"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="170"/>
        <source>Start a new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="187"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="191"/>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="203"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="204"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="350"/>
        <source>Delete “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="42"/>
        <source>You are chatting with the offline demo bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="51"/>
        <source>It runs on this computer and answers from a small script, so you can try the app without an account. To talk to your own Coze bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="55"/>
        <source>Publish the bot to the API channel (“Agent as API”) in Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="56"/>
        <source>Create a personal access token on coze.cn or coze.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="57"/>
        <source>Paste the token and the bot ID in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="71"/>
        <source>Connect a Coze bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="79"/>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="80"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="127"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="129"/>
        <source>Something went wrong. Coze Desktop keeps running; the details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="131"/>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="132"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="140"/>
        <source>(%1 errors since this message appeared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="37"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="38"/>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="39"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="40"/>
        <location filename="../../coze_desktop/ui/help_menu.py" line="61"/>
        <source>About Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="57"/>
        <source>Diagnostics copied: paste them into your bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/help_menu.py" line="65"/>
        <source>&lt;h3&gt;Coze Desktop %1&lt;/h3&gt;&lt;p&gt;Chat with a Coze (扣子) bot, and let it run local plugins on this computer: play music, set the volume.&lt;/p&gt;&lt;p&gt;MIT licence. Qt %2, Python %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="60"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="99"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="100"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="130"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="153"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="156"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="157"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="158"/>
        <source>Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="159"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="160"/>
        <source>Stop answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="161"/>
        <source>Sources panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="165"/>
        <source>Bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="171"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="245"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="261"/>
        <source>Offline demo bot (no Coze token yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="263"/>
        <source>Connected to %1 · bot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="264"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="270"/>
        <source>Demo bot (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="282"/>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="353"/>
        <source>Drafts cannot be saved right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="379"/>
        <source>Connecting… your message is sent as soon as the connection is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="383"/>
        <source>Not connected to a bot, so nothing was sent: check Settings, then send again. Your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="397"/>
        <source>The message could not be sent now; it is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="423"/>
        <source>Could not connect, so your message was not sent; it is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="428"/>
        <source>The answer is still coming: wait for it, or press Stop (Esc). Your text stays in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="436"/>
        <source>The disk is full: nothing was sent, and your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="437"/>
        <source>The history could not be saved: nothing was sent, and your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="460"/>
        <source>Last reply: %1 tokens (in %2, out %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="506"/>
        <source>The new language applies when Coze Desktop starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="532"/>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="533"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="221"/>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="295"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="409"/>
        <source>Not opened: links in answers may only lead to web pages (http, https) or e-mail (mailto); this one is “{scheme}:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="446"/>
        <source>Copy this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="449"/>
        <source>Write an e-mail to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="453"/>
        <source>Opens {url} — host {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="454"/>
        <source>Will not be opened: “{scheme}:” links are not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="468"/>
        <source>Open this link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="471"/>
        <source>This link may not lead where its text says: {reason}.

It says: {text}
It opens: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="473"/>
        <source>Open anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="146"/>
        <location filename="../../coze_desktop/ui/banner.py" line="241"/>
        <source>Coze Desktop ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="160"/>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="161"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="179"/>
        <source>The settings file could not be read. It was moved to %1 and Coze Desktop started with default settings: your profiles, bots and tool approvals are in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="182"/>
        <source>The settings file %1 could not be read and could not be moved aside. Coze Desktop started with default settings; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="185"/>
        <source>The history file was damaged. It was moved to %1 (nothing was deleted) and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="188"/>
        <source>The history file was damaged and was moved to %1. A new one could not be created; conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="191"/>
        <source>The history file %1 is damaged and could not be moved aside; it was left as it is. Conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="194"/>
        <source>The history file %1 was written by a newer version of Coze Desktop, so it is left untouched. This session&apos;s conversations are kept in memory only and are lost when you quit; update Coze Desktop to see your history again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="198"/>
        <source>The history file %1 cannot be written. Your past conversations are shown, but new ones are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="201"/>
        <source>The history file %1 cannot be opened. Conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="204"/>
        <source>The history file %1 is locked by another program (another Coze Desktop, a backup or sync tool?). Conversations are kept in memory only and are lost when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="207"/>
        <source>The disk is full: this answer is shown but may be missing from the history file %1. Free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="210"/>
        <source>This answer is shown but may be missing from the history file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="212"/>
        <source>The log folder %1 cannot be written; this run logs to the terminal (stderr) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="226"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/banner.py" line="242"/>
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
        <location filename="../../coze_desktop/ui/player_bar.py" line="41"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="42"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="43"/>
        <source>Next song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="52"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="100"/>
        <source>Nothing to play yet: ask the bot to play a song, or set the music folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="133"/>
        <source>Music unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/player_bar.py" line="141"/>
        <source>Nothing playing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginsPage</name>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="44"/>
        <source>Always allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="44"/>
        <source>Always ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="45"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="52"/>
        <source>Allow plain http:// music URLs (unencrypted; https:// is always allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="63"/>
        <source>Set up in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="65"/>
        <source>In Coze, open your bot, add a plugin of type 端插件 (local plugin) and create one tool for each row below, with exactly this name, description and parameters. Then publish the bot as an API. Copy puts a tool&apos;s fields on the clipboard, labelled as Coze&apos;s form labels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="71"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="71"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="71"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="78"/>
        <source>tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="82"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="83"/>
        <source>Copy the fields of “{tool}” to paste them into Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="88"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="88"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="96"/>
        <source>Copy all tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="117"/>
        <source>Copied “{tool}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="121"/>
        <source>Copied all tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="126"/>
        <source>Names used in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="128"/>
        <source>If a tool in your Coze plugin has another name (say op_volume), map it to the local tool it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="130"/>
        <source>Name in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="130"/>
        <source>Local tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="137"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="139"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="186"/>
        <source>Remembered answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="188"/>
        <source>Without a rule, tools that read or act on this computer run without asking, and calls that reach the network ask first. Revoke a rule to return to that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="192"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="192"/>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="192"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="207"/>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="211"/>
        <source>Tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="232"/>
        <source>network calls to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="232"/>
        <source>every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="237"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="266"/>
        <source>The Coze name “{name}” is mapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/plugins_page.py" line="268"/>
        <source>“{name}” is already the name of a local tool; it needs no mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="248"/>
        <source>Sources</source>
        <extracomment>Opens a source&apos;s link in the browser; replaceable, e.g. by tests, so nothing reaches a real browser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="301"/>
        <source>No knowledge sources for this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="308"/>
        <source>Select a reply to see its sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="75"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="89"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="196"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="90"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="198"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="92"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="99"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="100"/>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="101"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="103"/>
        <source>Local plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="105"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="149"/>
        <source>coze.cn (扣子)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="150"/>
        <source>coze.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="151"/>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="154"/>
        <source>e.g. http://localhost:8888 for a self-hosted Coze Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="160"/>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="171"/>
        <source>http://127.0.0.1:7890 — empty: the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="173"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="181"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="182"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="183"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="184"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="187"/>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="188"/>
        <source>User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="195"/>
        <source>Bot ID: the number in the bot&apos;s address in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="206"/>
        <source>Workspace (space) ID: the number after /space/ in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="207"/>
        <source>List bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="211"/>
        <source>Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="217"/>
        <source>Bots published as API in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="233"/>
        <source>Show answers as they are written (streaming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="235"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="240"/>
        <source>Keep playing music in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="244"/>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="246"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="252"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="253"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="254"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="259"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="266"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="262"/>
        <source>How long an answer may stay silent before Coze Desktop gives up on it and says so (keeping what arrived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="269"/>
        <source>Without streaming, how long Coze Desktop keeps asking Coze whether the answer is ready before it gives up and says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="275"/>
        <source>Answer timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="276"/>
        <source>Answer deadline without streaming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="277"/>
        <source>Music folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="279"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="280"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="350"/>
        <source>The stored token will be removed when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="352"/>
        <source>A token is stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="354"/>
        <source>Session only (no keyring): the token is kept until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="356"/>
        <source>No token stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="358"/>
        <source>{name} is set and is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="362"/>
        <source>Stored — type a new token to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="363"/>
        <source>Paste a personal access token (pat_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="373"/>
        <source>No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential Manager). A token you enter is used until you quit, and you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="403"/>
        <source>A bot ID is the number at the end of the bot&apos;s address in Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="406"/>
        <source>This bot is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="415"/>
        <source>Added. Enter a token to look up the bot&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="417"/>
        <source>Looking up bot {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="425"/>
        <source>Added bot {id}, but could not look up its name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="430"/>
        <source>Added: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="443"/>
        <source>Enter a workspace ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="447"/>
        <source>Enter a token on the Account page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="451"/>
        <source>Listing the workspace&apos;s bots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="468"/>
        <source>{count} bot(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="469"/>
        <source>No bots are published as API in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="482"/>
        <source>Choose the music folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="499"/>
        <source>Add a bot on the Bots page first: the test looks it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="502"/>
        <source>Enter a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="506"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="520"/>
        <source>Connected: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="523"/>
        <source>The token was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="525"/>
        <source>The bot was not found or is not published as an API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="527"/>
        <source>Coze could not be reached: a network or proxy problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="529"/>
        <source>Coze reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="534"/>
        <source>This token may belong to coze.cn (扣子): try the coze.cn region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="536"/>
        <source>This token may belong to coze.com: try the coze.com region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="563"/>
        <source>The settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="567"/>
        <source>Settings saved, but the token was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="569"/>
        <source>Settings saved. Without a system keyring the token is used until you quit; enter it again after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="586"/>
        <source>Every profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="588"/>
        <source>Two profiles are called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="590"/>
        <source>Profile “{name}”: a custom base URL starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="593"/>
        <source>Profile “{name}” needs a user ID: press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="108"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="108"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="108"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="119"/>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="29"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="31"/>
        <location filename="../../coze_desktop/ui/tray.py" line="56"/>
        <source>Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="32"/>
        <source>Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="34"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/tray.py" line="56"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="405"/>
        <source>Ask a question to start. The bot can also control music and volume on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
