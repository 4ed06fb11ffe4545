"""The link check on its own: what a link's text claims against where it leads, including a host hidden behind '@'."""

from __future__ import annotations

import pytest

from coze_desktop.ui.link_check import spoof_reason


@pytest.mark.parametrize("text", ["PayPal", "https://www.paypal.com@evil.example/", "log in"])
def test_a_target_with_a_user_name_before_its_host_is_always_asked(text: str) -> None:
    reason = spoof_reason(text, "https", "evil.example", userinfo="www.paypal.com")
    assert reason == "the address starts with “www.paypal.com@”, but it leads to evil.example"


def test_the_same_link_without_a_user_name_opens_at_once() -> None:
    assert spoof_reason("PayPal", "https", "evil.example") is None


def test_mail_links_may_carry_an_address_before_their_host() -> None:
    assert spoof_reason("help@bank.example", "mailto", "", ("help@bank.example",), userinfo="help") is None


@pytest.mark.parametrize(("text", "claim"), [
    ("https://bank.example/login", "https://bank.example/login"),
    ("bank.example", "bank.example"),
])
def test_a_text_naming_another_host_is_quoted_in_the_reason(text: str, claim: str) -> None:
    assert spoof_reason(text, "https", "evil.example") == f"the link text shows “{claim}”"
