"""``smm-tui check`` / ``thread`` / ``platforms`` / ``config`` as a script would use them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from smm_tui.cli import run
from smm_tui.core.checks import CHECK_IDS

POST = (
    "We shipped dark mode today. Try it and tell me what you think?\n"
    "Read the notes at https://example.com/notes #DarkMode"
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def run_cli(
    args: list[str], capsys: pytest.CaptureFixture[str], stdin: str | None = None
) -> tuple[int, str, str]:
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")))
    try:
        code = run(args)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


def test_json_contract_one_object_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    a = write(tmp_path, "a.md", POST)
    b = write(tmp_path, "b.md", "Short one. What do you think?")
    code, out, _ = run_cli(["check", str(a), str(b), "--format", "json"], capsys)
    lines = out.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["file"] == str(a)
    assert json.loads(lines[1])["file"] == str(b)
    assert first["platform"] == "x"
    assert set(first) == {"file", "platform", "length", "scores", "readability", "checks"}
    assert first["length"]["limit"] == 280
    assert first["length"]["unit"] == "weighted characters"
    assert [c["id"] for c in first["checks"]] == list(CHECK_IDS)
    for check in first["checks"]:
        assert check["status"] in ("pass", "warn", "fail")
        assert check["group"] in ("shareability", "clarity")
        for finding in check["findings"]:
            assert POST[finding["start"] : finding["end"]] == finding["text"]
    for score in first["scores"].values():
        assert isinstance(score, int) and 0 <= score <= 100
    assert code in (0, 1)


def test_stdin_is_named_dash(capsys: pytest.CaptureFixture[str]):
    code, out, _ = run_cli(["check", "-", "--format", "json"], capsys, stdin=POST)
    assert json.loads(out)["file"] == "-"
    assert code in (0, 1)


def test_exit_code_one_when_a_check_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    too_long = write(tmp_path, "long.md", "word " * 100)
    code, out, _ = run_cli(["check", str(too_long), "--format", "json"], capsys)
    data = json.loads(out)
    assert data["length"]["count"] > 280
    assert next(c for c in data["checks"] if c["id"] == "length")["status"] == "fail"
    assert code == 1


def test_fail_on_warn_counts_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    post = write(tmp_path, "p.md", POST)
    _, out, _ = run_cli(["check", str(post), "--format", "json"], capsys)
    statuses = {c["status"] for c in json.loads(out)["checks"]}
    code, _, _ = run_cli(["check", str(post), "--fail-on", "warn"], capsys)
    assert code == (1 if statuses & {"warn", "fail"} else 0)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\xff\xfe bad", "not valid UTF-8"),
        (b"PNG\x00\x01\x02", "binary"),
    ],
)
def test_bad_inputs_one_line_exit_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
):
    path = write(tmp_path, "bad.md", content)
    code, out, err = run_cli(["check", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert expected in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_missing_file_and_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    code, _, err = run_cli(["check", str(tmp_path / "nope.md")], capsys)
    assert code == 2 and "no such file" in err
    code, _, err = run_cli(["check", str(tmp_path)], capsys)
    assert code == 2 and "is a folder" in err


def test_unreadable_file_does_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    good = write(tmp_path, "good.md", POST)
    code, out, err = run_cli(
        ["check", str(tmp_path / "missing.md"), str(good), "--format", "json"], capsys
    )
    assert code == 2
    assert json.loads(out)["file"] == str(good)
    assert "missing.md" in err


def test_unknown_platform_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    post = write(tmp_path, "p.md", POST)
    code, out, err = run_cli(["check", str(post), "--platform", "myspace"], capsys)
    assert code == 2 and out == ""
    assert "unknown platform 'myspace'" in err and "linkedin" in err


def test_platform_changes_unit_and_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    post = write(tmp_path, "p.md", POST)
    _, out, _ = run_cli(["check", str(post), "-p", "youtube", "--format", "json"], capsys)
    length = json.loads(out)["length"]
    assert length == {"count": len(POST.encode()), "limit": 5000, "unit": "UTF-8 bytes"}


def test_text_report_for_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    post = write(tmp_path, "p.md", POST)
    _, out, _ = run_cli(["check", str(post), "-p", "linkedin"], capsys)
    assert "shareability" in out and "clarity" in out
    assert "/3000 characters" in out
    for check_id in CHECK_IDS:
        assert check_id in out


def test_markup_and_ansi_are_just_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    hostile = "[bold]Big[/] news \x1b[31mred\x1b[0m [@click=app.quit]x[/]. Try it today!"
    post = write(tmp_path, "p.md", hostile)
    code, out, _ = run_cli(["check", str(post), "--format", "json"], capsys)
    assert code in (0, 1)
    data = json.loads(out)
    for check in data["checks"]:
        for finding in check["findings"]:
            assert hostile[finding["start"] : finding["end"]] == finding["text"]
    _, text_out, _ = run_cli(["check", str(post), "--verbose"], capsys)
    assert "\x1b" not in text_out


def test_crlf_and_bom_offsets_index_the_input_as_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    body = "Big launch today.\r\nIt was built by the team the team.\r\nTry it now!"
    post = write(tmp_path, "p.md", "\ufeff".encode() + body.encode())
    as_read = post.read_bytes().decode("utf-8")
    _, out, _ = run_cli(["check", str(post), "--format", "json"], capsys)
    findings = [f for check in json.loads(out)["checks"] for f in check["findings"]]
    assert findings
    for finding in findings:
        assert as_read[finding["start"] : finding["end"]] == finding["text"]


def test_thread_json_parts_fit(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    text = " ".join(f"Sentence number {i} tells you something new." for i in range(40))
    post = write(tmp_path, "long.md", text)
    code, out, _ = run_cli(["thread", str(post), "-p", "x", "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["file"] == str(post) and data["platform"] == "x"
    assert len(data["parts"]) > 1
    for part in data["parts"]:
        assert part["count"] <= part["limit"] == 280


def test_platforms_json_lists_all_nine(capsys: pytest.CaptureFixture[str]):
    code, out, _ = run_cli(["platforms", "--format", "json"], capsys)
    ids = [p["id"] for p in json.loads(out)]
    assert code == 0
    assert ids == [
        "x", "bluesky", "mastodon", "threads", "linkedin",
        "instagram", "facebook", "youtube", "tiktok",
    ]


def test_version_and_help(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_info:
        run(["--version"])
    assert exit_info.value.code == 0
    assert "smm-tui 0.1.0" in capsys.readouterr().out
    for command in ("check", "thread", "platforms", "config"):
        with pytest.raises(SystemExit):
            run([command, "--help"])
        assert "usage: smm-tui " + command in capsys.readouterr().out


def test_installed_entry_point_runs(tmp_path: Path):
    post = write(tmp_path, "p.md", POST)
    result = subprocess.run(
        [sys.executable, "-m", "smm_tui", "check", str(post), "--format", "json"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(result.stdout)["file"] == str(post)


def test_fediverse_mentions_and_emails_are_not_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    post = write(
        tmp_path, "m.md",
        "Thanks @bob@fosstodon.org and @amy@mastodon.social! Mail hello@example.com. "
        "What would you add?",
    )
    _, out, _ = run_cli(["check", str(post), "-p", "mastodon", "--format", "json"], capsys)
    checks = {c["id"]: c for c in json.loads(out)["checks"]}
    assert checks["links"]["status"] == "pass" and checks["links"]["findings"] == []
    assert [f["text"] for f in checks["spelling"]["findings"]] == []


def test_a_url_stops_where_cjk_text_begins(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    text = "详见https://example.com/新品。#新品发布 欢迎试用！"
    post = write(tmp_path, "zh.md", text)
    _, out, _ = run_cli(["check", str(post), "-p", "threads", "--format", "json"], capsys)
    data = json.loads(out)
    links = next(c for c in data["checks"] if c["id"] == "links")
    assert all(f["text"] == "https://example.com/" for f in links["findings"])
    assert data["readability"] == {"flesch_reading_ease": None, "flesch_kincaid_grade": None}
