"""How a check is declared: a small function registered under its stable id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from smm_tui.core.analysis import Draft
from smm_tui.core.model import Finding, Group, Status
from smm_tui.core.platforms import Platform
from smm_tui.core.settings import CheckSettings


@dataclass(frozen=True, slots=True)
class Context:
    """What a check may look at: the tokenised draft, the platform and the settings."""

    draft: Draft
    platform: Platform
    settings: CheckSettings

    @property
    def text(self) -> str:
        return self.draft.text


class Verdict(NamedTuple):
    """What a check function returns; the registry adds the id and group."""

    status: Status
    message: str
    findings: tuple[Finding, ...] = ()


CheckFunction = Callable[[Context], Verdict]


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """A registered check. ``weight`` is its share of its group's score."""

    id: str
    group: Group
    title: str
    weight: float
    run: CheckFunction


REGISTRY: dict[str, CheckSpec] = {}


def check(
    check_id: str, group: Group, title: str, weight: float = 1.0
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under its stable id."""

    def register(fn: CheckFunction) -> CheckFunction:
        REGISTRY[check_id] = CheckSpec(check_id, group, title, weight, fn)
        return fn

    return register


def status_for(count: int, warn_at: int = 1, fail_at: int | None = None) -> Status:
    """Map a count of problems to a status: ``fail_at`` or more fails, ``warn_at`` or more warns."""
    if fail_at is not None and count >= fail_at:
        return "fail"
    return "warn" if count >= warn_at else "pass"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """"1 hashtag", "3 hashtags"."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"
