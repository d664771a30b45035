"""Placeholder tone checks: always pass until the real ones land."""

from __future__ import annotations

from smm_tui.core.checks.base import Context, Verdict, check


@check("shouting", "shareability", "Shouting")
def check_shouting(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("spam-words", "shareability", "Spam words")
def check_spam_words(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")
