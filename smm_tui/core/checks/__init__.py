"""The 21 checks, one module per family; ``all_checks()`` returns them in the documented order."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from smm_tui.core.checks.base import REGISTRY, CheckSpec

# Stable ids, in the order the JSON, the CLI and the checklist show them.
CHECK_IDS: tuple[str, ...] = (
    "length",
    "hook",
    "call-to-action",
    "conversation",
    "hashtags",
    "mentions",
    "links",
    "emoji",
    "shouting",
    "spam-words",
    "scannability",
    "readability",
    "long-sentences",
    "passive-voice",
    "adverbs",
    "weasel-words",
    "cliches",
    "jargon",
    "wordy",
    "repeated-words",
    "spelling",
)

_MODULES = (
    "reach",
    "engagement",
    "entities",
    "tone",
    "readability",
    "style",
    "phrases",
    "words",
)


@cache
def all_checks() -> tuple[CheckSpec, ...]:
    """Import every family module (registering its checks) and return them in order.

    Cached: the registry is complete once the modules are imported, and every
    keystroke's critique asks for it.
    """
    for name in _MODULES:
        import_module(f"smm_tui.core.checks.{name}")
    missing = [cid for cid in CHECK_IDS if cid not in REGISTRY]
    if missing:
        raise RuntimeError(f"checks not registered: {', '.join(missing)}")
    return tuple(REGISTRY[cid] for cid in CHECK_IDS)
