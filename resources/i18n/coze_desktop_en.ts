<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BotMessage</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="148"/>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="179"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="196"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="200"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="237"/>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="289"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="286"/>
        <source>Interrupted: the app closed before this answer finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coze_desktop/ui/conversation_view.py" line="318"/>
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
        <location filename="../../coze_desktop/ui/chat_input.py" line="37"/>
        <source>Ask anything — Enter to send, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChunkCard</name>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="96"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="105"/>
        <source>Relevance score: {score:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="225"/>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="225"/>
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
        <location filename="../../coze_desktop/ui/conversation_list.py" line="345"/>
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
        <location filename="../../coze_desktop/ui/conversation_list.py" line="205"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="206"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_list.py" line="352"/>
        <source>Delete “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="39"/>
        <source>You are chatting with the offline demo bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="48"/>
        <source>It runs on this computer and answers from a small script, so you can try the app without an account. To talk to your own Coze bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="52"/>
        <source>Publish the bot to the API channel (“Agent as API”) in Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="53"/>
        <source>Create a personal access token on coze.cn or coze.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="54"/>
        <source>Paste the token and the bot ID in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="68"/>
        <source>Connect a Coze bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="76"/>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/banner.py" line="77"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="53"/>
        <source>Coze Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="61"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="62"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="102"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="105"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="106"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="107"/>
        <source>Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="108"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="109"/>
        <source>Stop answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="110"/>
        <source>Sources panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="113"/>
        <source>Bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="116"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="119"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="121"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="165"/>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="171"/>
        <source>Offline demo bot (no Coze token yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="173"/>
        <source>Connected to %1 · bot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="174"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="180"/>
        <source>Demo bot (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="192"/>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="271"/>
        <source>Not connected to a bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="271"/>
        <source>Check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="295"/>
        <source>Last reply: %1 tokens (in %2, out %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="347"/>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/main_window.py" line="348"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../coze_desktop/ui/markdown_view.py" line="166"/>
        <source>Copy</source>
        <extracomment>Opens http, https and mailto links; replaceable, e.g. by tests, so nothing reaches a real browser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="244"/>
        <source>Sources</source>
        <extracomment>Opens a source&apos;s link in the browser; replaceable, e.g. by tests, so nothing reaches a real browser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="297"/>
        <source>No knowledge sources for this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/recall_panel.py" line="304"/>
        <source>Select a reply to see its sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="69"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="83"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="191"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="84"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="193"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="86"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="93"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="94"/>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="95"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="97"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="141"/>
        <source>coze.cn (扣子)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="142"/>
        <source>coze.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="143"/>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="146"/>
        <source>e.g. http://localhost:8888 for a self-hosted Coze Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="152"/>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="158"/>
        <source>Keep the token for this session only (until you quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="165"/>
        <source>http://127.0.0.1:7890 — empty: the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="167"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="175"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="176"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="177"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="178"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="182"/>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="183"/>
        <source>User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="190"/>
        <source>Bot ID: the number in the bot&apos;s address in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="201"/>
        <source>Workspace (space) ID: the number after /space/ in Coze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="202"/>
        <source>List bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="206"/>
        <source>Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="212"/>
        <source>Bots published as API in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="228"/>
        <source>Show answers as they are written (streaming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="230"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="236"/>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="242"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="243"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="244"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="250"/>
        <source>Music folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="251"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="252"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="322"/>
        <source>The stored token will be removed when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="324"/>
        <source>A token is stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="326"/>
        <source>Session only (no keyring): the token is kept until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="328"/>
        <source>No token stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="330"/>
        <source>{name} is set and is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="334"/>
        <source>Stored — type a new token to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="335"/>
        <source>Paste a personal access token (pat_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="345"/>
        <source>No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential Manager). The token will only be kept until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="376"/>
        <source>A bot ID is the number at the end of the bot&apos;s address in Coze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="379"/>
        <source>This bot is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="388"/>
        <source>Added. Enter a token to look up the bot&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="390"/>
        <source>Looking up bot {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="398"/>
        <source>Added bot {id}, but could not look up its name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="403"/>
        <source>Added: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="416"/>
        <source>Enter a workspace ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="420"/>
        <source>Enter a token on the Account page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="424"/>
        <source>Listing the workspace&apos;s bots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="441"/>
        <source>{count} bot(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="442"/>
        <source>No bots are published as API in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="455"/>
        <source>Choose the music folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="472"/>
        <source>Add a bot on the Bots page first: the test looks it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="475"/>
        <source>Enter a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="479"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="493"/>
        <source>Connected: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="496"/>
        <source>The token was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="498"/>
        <source>The bot was not found or is not published as an API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="500"/>
        <source>Coze could not be reached: a network or proxy problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="502"/>
        <source>Coze reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="507"/>
        <source>This token may belong to coze.cn (扣子): try the coze.cn region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="509"/>
        <source>This token may belong to coze.com: try the coze.com region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="531"/>
        <source>The settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="534"/>
        <source>Settings saved, but the token was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="545"/>
        <source>Every profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="547"/>
        <source>Two profiles are called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="549"/>
        <source>Profile “{name}”: a custom base URL starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/settings_dialog.py" line="552"/>
        <source>Profile “{name}” needs a user ID: press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="97"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="97"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="97"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../coze_desktop/ui/conversation_view.py" line="358"/>
        <source>Ask a question to start. The bot can also control music and volume on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
