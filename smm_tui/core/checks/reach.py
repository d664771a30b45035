"""Placeholder reach checks: always pass until the real ones land."""

from __future__ import annotations

from smm_tui.core.checks.base import Context, Verdict, check


@check("length", "shareability", "Length")
def check_length(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("hook", "shareability", "Hook")
def check_hook(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("scannability", "shareability", "Scannability")
def check_scannability(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")
