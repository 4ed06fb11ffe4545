"""Where Coze's cloud API lives for each region, and how a base URL is chosen."""

from __future__ import annotations

CN_BASE_URL = "https://api.coze.cn"
COM_BASE_URL = "https://api.coze.com"
REGIONS = {"cn": CN_BASE_URL, "com": COM_BASE_URL}


def base_url_for(region: str | None = None, base_url: str | None = None) -> str:
    """``base_url`` wins (self-hosted Coze Studio, the demo server); else the region's cloud URL."""
    if base_url:
        return base_url.rstrip("/")
    try:
        return REGIONS[region or "cn"]
    except KeyError:
        raise ValueError(f"unknown region {region!r}: use one of {', '.join(REGIONS)}") from None
