"""Result types shared by every check, the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["pass", "warn", "fail"]
Group = Literal["shareability", "clarity"]

STATUS_ORDER: dict[Status, int] = {"pass": 0, "warn": 1, "fail": 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """A span of the input that a check points at: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    suggestion: str | None = None

    def excerpt(self, width: int = 60) -> str:
        """The flagged text on one line, cut to ``width`` characters, for people to read."""
        flat = " ".join(self.text.split())
        return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"

    def to_json(self, offset: int = 0) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start + offset,
            "end": self.end + offset,
            "text": self.text,
        }
        if self.suggestion:
            data["suggestion"] = self.suggestion
        return data


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check's verdict; every check always reports, passing or not."""

    id: str
    group: Group
    status: Status
    message: str
    findings: tuple[Finding, ...] = ()

    def to_json(self, offset: int = 0) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group,
            "status": self.status,
            "message": self.message,
            "findings": [f.to_json(offset) for f in self.findings],
        }


@dataclass(frozen=True, slots=True)
class Length:
    """The draft's size in its platform's own unit."""

    count: int
    limit: int
    unit: str

    @property
    def over(self) -> bool:
        return self.count > self.limit


@dataclass(frozen=True, slots=True)
class Critique:
    """Everything the engine says about one draft on one platform."""

    platform: str
    length: Length
    shareability: int
    clarity: int
    # None when the draft is not English prose, where the formulas mean nothing.
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None
    checks: tuple[CheckResult, ...] = field(default_factory=tuple)

    @property
    def worst(self) -> Status:
        """The most severe status among the checks (``pass`` when there are none)."""
        worst: Status = "pass"
        for check in self.checks:
            if STATUS_ORDER[check.status] > STATUS_ORDER[worst]:
                worst = check.status
        return worst

    def check(self, check_id: str) -> CheckResult:
        for result in self.checks:
            if result.id == check_id:
                return result
        raise KeyError(check_id)

    def to_json(self, file: str | None = None, offset: int = 0) -> dict[str, Any]:
        """The JSON contract; ``offset`` shifts spans to index the input as read."""
        data: dict[str, Any] = {}
        if file is not None:
            data["file"] = file
        data["platform"] = self.platform
        data["length"] = {
            "count": self.length.count,
            "limit": self.length.limit,
            "unit": self.length.unit,
        }
        data["scores"] = {"shareability": self.shareability, "clarity": self.clarity}
        data["readability"] = {
            "flesch_reading_ease": _rounded(self.flesch_reading_ease),
            "flesch_kincaid_grade": _rounded(self.flesch_kincaid_grade),
        }
        data["checks"] = [c.to_json(offset) for c in self.checks]
        return data


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
