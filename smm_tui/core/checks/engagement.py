"""Placeholder engagement checks: always pass until the real ones land."""

from __future__ import annotations

from smm_tui.core.checks.base import Context, Verdict, check


@check("call-to-action", "shareability", "Call to action")
def check_call_to_action(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("conversation", "shareability", "Conversation")
def check_conversation(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")
