"""Links in answers: what their text claims against where they really lead, and mail links cut to subject/body."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable

import idna
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

# Invisible and direction-changing characters: a link text holding one can show a different address than the
# one it spells ("Trojan Source"; RLO turns "gpj.exe" into "exe.jpg").
HIDDEN = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")
_URLISH = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"]+", re.IGNORECASE)
_HOST_ONLY = re.compile(r"^(?:[^\s./:@?#]+\.)+[^\W\d_]{2,}\.?(?::\d+)?(?:[/?#]\S*)?$")
_EMAIL = re.compile(r"[^\s@<>()\[\]]+@[^\s@<>()\[\]]+\.[^\W\d_]{2,}")
MAIL_KEPT = ("subject", "body")


def normal_host(host: str) -> str:
    """A host as compared: IDNA ASCII (so a look-alike differs), lower case, without "www." or a trailing dot."""
    host = host.strip().rstrip(".").lower()
    # A host that is not valid IDNA is compared as it is: it cannot equal a valid target anyway.
    with contextlib.suppress(idna.IDNAError, UnicodeError):
        host = idna.encode(host, uts46=True).decode("ascii")
    return host.removeprefix("www.")


def _host_in(text: str) -> str | None:
    """The host a URL-looking piece of text names ("https://bank.example/x", "www.bank.example", "bank.example")."""
    rest = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text, flags=re.IGNORECASE)
    authority = re.split(r"[/?#\\]", rest, maxsplit=1)[0]
    host = authority.rpartition("@")[2]
    host = host.split(":")[0] if not host.startswith("[") else host.partition("]")[0] + "]"
    return host or None


def spoof_reason(text: str, scheme: str, host: str, addresses: tuple[str, ...] = (), userinfo: str = "") -> str | None:
    """Why opening a link whose visible ``text`` is this needs the user's confirmation, or None when the text
    does not pretend to be anything else: hidden/bidi characters, a target whose ``userinfo`` (the part before
    "@") reads like a host, a URL or host in the text that is not the target ``host``, an e-mail address in the
    text that is not among the target ``addresses``."""
    if HIDDEN.search(text):
        return QCoreApplication.translate("LinkCheck", "the link text holds invisible or direction-changing characters")
    if userinfo and scheme != "mailto":
        # "https://www.paypal.com@evil.example/" leads to evil.example: the name before "@" is only a user name,
        # and a web page has no business sending one, so this is asked whatever the text says.
        return QCoreApplication.translate(
            "LinkCheck", "the address starts with “{userinfo}@”, but it leads to {host}").format(
            userinfo=userinfo, host=shown_host(host))
    shown = unicodedata.normalize("NFKC", text).strip()
    if scheme == "mailto":
        wanted = {a.lower() for a in addresses}
        for address in _EMAIL.findall(shown):
            if address.lower() not in wanted:
                return QCoreApplication.translate("LinkCheck", "the link text shows “{claim}”").format(claim=address)
        return None
    claims = _URLISH.findall(shown) or ([shown] if _HOST_ONLY.match(shown) else [])
    target = normal_host(host)
    for claim in claims:
        claimed = _host_in(claim)
        if claimed and normal_host(claimed) != target:
            return QCoreApplication.translate("LinkCheck", "the link text shows “{claim}”").format(claim=claim)
    return None


def shown_host(host: str) -> str:
    """A target host for a person: the ASCII (punycode) form, with the Unicode one beside it when they differ."""
    ascii_host = normal_host(host) if host else ""
    try:
        readable = idna.decode(ascii_host) if ascii_host else ""
    except idna.IDNAError:
        readable = ascii_host
    if host.lower().startswith("www.") and ascii_host:
        ascii_host, readable = "www." + ascii_host, "www." + readable
    return f"{ascii_host} ({readable})" if readable and readable != ascii_host else ascii_host


def ask_before_opening(parent: QWidget, text: str, reason: str, shown: str, open_it: Callable[[], None],
                       done: Callable[[], None]) -> QMessageBox:
    """Ask, without a nested event loop, before opening a link whose ``text`` may not lead where it says.

    ``shown`` is the real target as the user should read it; ``open_it`` runs on "Open anyway", ``done`` once the
    question is answered either way. Cancel is the default: Enter on a surprise box must not open the link."""
    title = QCoreApplication.translate("LinkCheck", "Open this link?")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the link text is the bot's: never markup
    box.setText(QCoreApplication.translate(
        "LinkCheck", "This link may not lead where its text says: {reason}.\n\nIt says: {text}\nIt opens: {url}")
                .format(reason=reason, text=text, url=shown))
    open_button = box.addButton(QCoreApplication.translate("LinkCheck", "Open anyway"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: object) -> None:
        done()
        if button is open_button:
            open_it()

    box.buttonClicked.connect(answered)
    box.rejected.connect(done)
    box.show()
    return box
