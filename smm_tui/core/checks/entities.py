"""Placeholder entities checks: always pass until the real ones land."""

from __future__ import annotations

from smm_tui.core.checks.base import Context, Verdict, check


@check("hashtags", "shareability", "Hashtags")
def check_hashtags(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("mentions", "shareability", "Mentions")
def check_mentions(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("links", "shareability", "Links")
def check_links(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("emoji", "shareability", "Emoji")
def check_emoji(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")
