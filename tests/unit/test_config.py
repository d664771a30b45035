"""Settings files: defaults, overrides, and one clear message for a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from smm_tui.cli import run
from smm_tui.config import EXAMPLE, ConfigError, load_settings
from smm_tui.paths import default_config_path


def test_missing_default_file_means_defaults():
    settings = load_settings()
    assert settings.default_platform == "x"
    assert settings.source is None
    assert settings.checks.disabled == frozenset()


def test_named_file_must_exist(tmp_path: Path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_settings(tmp_path / "nope.toml", required=True)


def test_example_file_loads(tmp_path: Path):
    path = tmp_path / "config.toml"
    path.write_text(EXAMPLE)
    settings = load_settings(path)
    assert settings.default_platform == "linkedin"
    assert settings.checks.disabled == {"emoji"}
    assert settings.checks.own_words == {"Acme", "Typefully"}
    assert settings.checks.avoid_words == {"synergy"}
    assert settings.checks.hashtag_norm_for("instagram") == 5
    assert settings.checks.hashtag_norm_for("x") == 3
    assert settings.source == path


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('default_platform = "myspace"\n', "line 1: default_platform: unknown platform"),
        (
            '\n\n[checks]\nsentence_hard = "long"\n',
            "line 4: checks.sentence_hard: expected a number",
        ),
        (
            '[checks]\ndisabled = ["emoji", "nope"]\n',
            "line 2: checks.disabled: unknown check id 'nope'",
        ),
        ("colour = 1\n", "line 1: colour: unknown setting"),
        ("default_platform = \n", "invalid TOML"),
        ("[words]\nown = 3\n", "line 2: words.own: expected a list of text"),
        (
            "[checks]\nsentence_hard = 40\nsentence_very_hard = 10\n",
            "line 3: checks.sentence_very_hard: a very hard sentence (10 words) must be longer",
        ),
        ("[checks]\nreadability_target = 120\n", "line 2: checks.readability_target: must be"),
    ],
)
def test_bad_file_names_file_and_line(tmp_path: Path, content: str, expected: str):
    path = tmp_path / "config.toml"
    path.write_text(content)
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_config_show_marks_where_values_came_from(capsys: pytest.CaptureFixture[str]):
    path = default_config_path()
    path.parent.mkdir(parents=True)
    path.write_text('default_platform = "bluesky"\n[checks]\nsentence_hard = 25\n')
    assert run(["config", "--show"]) == 0
    out = capsys.readouterr().out
    assert f"# settings from {path}" in out
    assert 'default_platform = "bluesky"  # from file' in out
    assert "sentence_hard = 25  # from file" in out
    assert "sentence_very_hard = 30  # default" in out


def test_default_platform_and_disabled_checks_reach_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    import json

    config = tmp_path / "c.toml"
    config.write_text('default_platform = "mastodon"\n[checks]\ndisabled = ["length"]\n')
    post = tmp_path / "p.md"
    post.write_text("word " * 200)
    code = run(["check", str(post), "--config", str(config), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["platform"] == "mastodon"
    length = next(c for c in data["checks"] if c["id"] == "length")
    assert length["status"] == "pass" and "Turned off" in length["message"]
    assert code in (0, 1)


def test_bad_config_is_exit_two_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    config = tmp_path / "c.toml"
    config.write_text("[checks\n")
    post = tmp_path / "p.md"
    post.write_text("Hello there.")
    assert run(["check", str(post), "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and "Traceback" not in err


@pytest.mark.parametrize("before", [True, False])
def test_config_option_works_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], before: bool
):
    config = tmp_path / "alt.toml"
    config.write_text('default_platform = "mastodon"\n')
    args = ["--config", str(config), "config", "--show"] if before else [
        "config", "--show", "--config", str(config)
    ]
    assert run(args) == 0
    out = capsys.readouterr().out
    assert f"# settings from {config}" in out
    assert 'default_platform = "mastodon"  # from file' in out


def test_a_missing_global_config_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    post = tmp_path / "p.md"
    post.write_text("Hello there.")
    assert run(["--config", str(tmp_path / "nope.toml"), "check", str(post)]) == 2
    assert "no such config file" in capsys.readouterr().err
