"""User settings: a TOML file in the user config dir (or ``--config PATH``), read once."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from smm_tui.core.settings import CheckSettings


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the app and the CLI read from ``config.toml``; defaults when absent."""

    default_platform: str = "x"
    theme: str = "textual-dark"
    # Seconds of quiet typing before the draft saves itself.
    autosave_delay: float = 1.0
    checks: CheckSettings = field(default_factory=CheckSettings)
    # The file these settings came from, or None for built-in defaults.
    source: Path | None = None
    # Dotted keys the file set, so ``config --show`` can say where each value came from.
    from_file: frozenset[str] = frozenset()


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file and the line."""


EXAMPLE = """\
# smm-tui settings. Every key is optional.
default_platform = "linkedin"   # x, bluesky, mastodon, threads, linkedin, instagram, ...
theme = "textual-dark"          # or "textual-light"
autosave_delay = 1.0            # seconds of quiet before a draft saves itself

[checks]
disabled = ["emoji"]            # check ids to turn off
readability_target = 60         # Flesch reading ease below this warns
sentence_hard = 20              # words: a "hard" sentence (warn)
sentence_very_hard = 30         # words: a "very hard" sentence (fail)
hashtag_norm = 3                # more hashtags than this warns
hashtag_norms = { instagram = 5 }

[words]
own = ["Acme", "Typefully"]     # words the spell check accepts
avoid = ["synergy"]             # words you never want to see in a post
"""

_TOP_LEVEL = {"default_platform": str, "theme": str, "autosave_delay": float}
_CHECK_NUMBERS = {
    "readability_target": float,
    "sentence_hard": int,
    "sentence_very_hard": int,
    "hashtag_norm": int,
}


def load_settings(path: Path | None = None, *, required: bool = False) -> Settings:
    """Read settings from ``path`` (default: the user config file).

    A missing file means defaults, unless ``required`` (the user named it with --config).
    """
    from smm_tui.paths import default_config_path

    path = path or default_config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if required:
            raise ConfigError(f"{path}: no such config file") from None
        return Settings()
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a folder, not a config file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror})") from None
    import tomllib  # only when there is a file to parse

    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    return _parse(data, _Locator(path, text))


class _Locator:
    """Finds the line a key is written on, so errors can point at it."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def error(self, key: str, problem: str) -> ConfigError:
        name = key.rsplit(".", 1)[-1]
        for number, line in enumerate(self.lines, start=1):
            stripped = line.strip()
            if stripped.startswith((name, f'"{name}"')) and "=" in stripped:
                return ConfigError(f"{self.path}, line {number}: {key}: {problem}")
        return ConfigError(f"{self.path}: {key}: {problem}")


def _parse(data: dict[str, Any], where: _Locator) -> Settings:
    from smm_tui.core.platforms import PLATFORMS

    seen: set[str] = set()
    top: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("checks", "words"):
            continue
        if key not in _TOP_LEVEL:
            raise where.error(key, f"unknown setting; known: {', '.join(_TOP_LEVEL)}")
        top[key] = _typed(key, value, _TOP_LEVEL[key], where)
        seen.add(key)
    if "default_platform" in top and top["default_platform"] not in PLATFORMS:
        raise where.error(
            "default_platform", f"unknown platform; choose one of: {', '.join(PLATFORMS)}"
        )
    checks = _parse_checks(_table(data, "checks", where), _table(data, "words", where), where, seen)
    return Settings(**top, checks=checks, source=where.path, from_file=frozenset(seen))


def _parse_checks(
    table: dict[str, Any], words: dict[str, Any], where: _Locator, seen: set[str]
) -> CheckSettings:
    from smm_tui.core.checks import CHECK_IDS

    values: dict[str, Any] = {}
    for key, value in table.items():
        dotted = f"checks.{key}"
        if key == "disabled":
            ids = _string_list(dotted, value, where)
            unknown = sorted(set(ids) - set(CHECK_IDS))
            if unknown:
                raise where.error(dotted, f"unknown check id {unknown[0]!r}")
            values["disabled"] = frozenset(ids)
        elif key == "hashtag_norms":
            if not isinstance(value, dict) or not all(
                isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value.values()
            ):
                raise where.error(dotted, "expected a table of platform = whole number")
            values["hashtag_norms"] = dict(value)
        elif key in _CHECK_NUMBERS:
            values[key] = _typed(dotted, value, _CHECK_NUMBERS[key], where)
        else:
            known = ", ".join(["disabled", "hashtag_norms", *_CHECK_NUMBERS])
            raise where.error(dotted, f"unknown setting; known: {known}")
        seen.add(dotted)
    for key, value in words.items():
        dotted = f"words.{key}"
        if key not in ("own", "avoid"):
            raise where.error(dotted, "unknown setting; known: own, avoid")
        target = "own_words" if key == "own" else "avoid_words"
        values[target] = frozenset(w.strip() for w in _string_list(dotted, value, where) if w)
        seen.add(dotted)
    checks = replace(CheckSettings(), **values)
    if checks.sentence_very_hard <= checks.sentence_hard:
        key = "sentence_very_hard" if "sentence_very_hard" in table else "sentence_hard"
        raise where.error(
            f"checks.{key}",
            f"a very hard sentence ({checks.sentence_very_hard} words) must be longer than a "
            f"hard one ({checks.sentence_hard} words)",
        )
    if not 0 <= checks.readability_target <= 100:
        raise where.error("checks.readability_target", "must be between 0 and 100")
    return checks


def _table(data: dict[str, Any], name: str, where: _Locator) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise where.error(name, "expected a table, like [" + name + "]")
    return value


def _typed(key: str, value: Any, kind: type, where: _Locator) -> Any:
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise where.error(key, f"expected {'a number' if kind is not str else 'text'}")
    if isinstance(value, int | float) and value < 0:
        raise where.error(key, "must not be negative")
    return value


def _string_list(key: str, value: Any, where: _Locator) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.error(key, "expected a list of text, like [\"a\", \"b\"]")
    return list(value)


def describe(settings: Settings) -> str:
    """The settings in effect as TOML, each value marked with where it came from."""
    checks = settings.checks
    rows: list[tuple[str, str, Any]] = [
        ("", "default_platform", settings.default_platform),
        ("", "theme", settings.theme),
        ("", "autosave_delay", settings.autosave_delay),
    ]
    for f in fields(CheckSettings):
        if f.name in ("own_words", "avoid_words"):
            continue
        value = getattr(checks, f.name)
        rows.append(("checks", f.name, sorted(value) if isinstance(value, frozenset) else value))
    rows.append(("words", "own", sorted(checks.own_words)))
    rows.append(("words", "avoid", sorted(checks.avoid_words)))
    origin = f"# settings from {settings.source}" if settings.source else (
        "# built-in defaults (no config file)"
    )
    out = [origin]
    section = ""
    for table, key, value in rows:
        if table != section:
            out.append(f"\n[{table}]")
            section = table
        dotted = f"{table}.{key}" if table else key
        mark = "from file" if dotted in settings.from_file else "default"
        out.append(f"{key} = {_toml_value(value)}  # {mark}")
    return "\n".join(out)


def _toml_value(value: Any) -> str:
    import json

    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)
