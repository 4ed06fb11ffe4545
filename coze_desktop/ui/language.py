"""Switching the interface language while the app runs: swap the translators; widgets retranslate themselves."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from .app import install_translators


def switch_language(app: QApplication, language: str) -> list[QTranslator]:
    """Use ``language`` ("zh_CN", "en") from now on, in every open window.

    Removes the translators installed before (ours and Qt's: the ones ``install_translators`` parented to the
    app) and installs the new ones. Qt then sends each widget a LanguageChange event; widgets that set their
    texts in a ``_retranslate`` method called from ``changeEvent`` (the player bar, the settings dialog, the
    Local plugins page…) show the new language at once. Returns the translators now installed.
    """
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    return install_translators(app, language)
