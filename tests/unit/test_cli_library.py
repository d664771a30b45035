"""`smm-tui import | export | list | show` on real files, through the real dispatcher."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from smm_tui.cli import library_commands, run
from smm_tui.core.library import Library


def _posts(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: Launch day\nplatform: linkedin\nstatus: ready\ntags: [launch]\n---\n\n"
        "We ship the new-feature today.\n"
    )
    (folder / "b.md").write_text("Hiring\nJoin our team [/] \x1b[2J\n")
    return folder


def test_register_sets_func_on_every_command(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    library_commands.register(parser.add_subparsers(dest="command"))
    for argv in (["import", "x.md"], ["export", "--format", "md", "--out", "o"], ["list"],
                 ["show", "3"]):
        args = parser.parse_args([*argv, "--db", str(tmp_path / "lib.db")])
        assert callable(args.func)
        assert args.db == tmp_path / "lib.db"


def test_import_list_show_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.db")
    posts = _posts(tmp_path / "posts")
    assert run(["import", str(posts), "--db", db]) == 0
    assert capsys.readouterr().out == f"Imported 2 draft(s) from 2 file(s) into {db}.\n"

    assert run(["list", "--format", "json", "--db", db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(d["title"], d["platform"], d["status"], d["tags"], d["note_count"])
            for d in listed] == [("Hiring", "x", "draft", [], 0),
                                 ("Launch day", "linkedin", "ready", ["launch"], 0)]
    assert set(listed[0]) == {"id", "title", "platform", "status", "tags", "created",
                              "updated", "note_count"}
    launch_id = listed[1]["id"]

    assert run(["--db", db, "list", "--search", "new-feature", "--format", "json"]) == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == [launch_id]
    for query in ("#launch", '"', "AND", "[/]"):
        assert run(["list", "--search", query, "--db", db]) == 0
    capsys.readouterr()
    assert run(["list", "--tag", "launch", "--status", "ready", "--platform", "linkedin",
                "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "Launch day  [#launch]" in out

    with Library.open(Path(db)) as lib:
        lib.add_note(launch_id, "Loved it", reader="Ana", sentiment="positive")
    assert run(["show", str(launch_id), "--db", db]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[0] == f"#{launch_id} Launch day"
    assert "We ship the new-feature today." in shown
    assert "1 note(s): 1 positive, 0 neutral, 0 negative" in shown
    assert shown[-1].startswith("- [positive] Ana: Loved it (")

    out_dir = tmp_path / "md"
    assert run(["export", "--format", "md", "--out", str(out_dir), "--db", db]) == 0
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "00001-launch-day.md", "00002-hiring.md"]
    assert run(["export", "--format", "json", "--out", str(tmp_path / "all.json"),
                "--db", db]) == 0
    capsys.readouterr()
    assert run(["export", "--db", db]) == 0  # JSON to standard output
    document = json.loads(capsys.readouterr().out)
    assert [d["notes"][0]["text"] for d in document["drafts"] if d["notes"]] == ["Loved it"]

    other = str(tmp_path / "other.db")
    assert run(["import", str(tmp_path / "all.json"), "--db", other]) == 0
    with Library.open(Path(other)) as lib:
        assert lib.note_tally(launch_id).positive == 1


def test_text_output_never_drives_the_terminal(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.db")
    run(["import", str(_posts(tmp_path / "posts")), "--db", db])
    capsys.readouterr()
    assert run(["show", "2", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "Join our team [/] \\x1b[2J" in out


def test_errors_are_one_line_with_exit_codes(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "lib.db"
    Library.open(db).close()
    assert run(["show", "7", "--db", str(db)]) == 1
    assert capsys.readouterr().err == f"smm-tui: There is no draft 7 in {db}.\n"

    bad = tmp_path / "bad.md"
    bad.write_text("---\nplatform: myspace\n---\nx")
    assert run(["import", str(bad), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err == (f"smm-tui: {bad}, line 2: unknown platform 'myspace' (use one of: x, "
                   "bluesky, mastodon, threads, linkedin, instagram, facebook, youtube, "
                   "tiktok). Fix it and retry; nothing was imported.\n")

    assert run(["export", "--format", "md", "--db", str(db)]) == 2
    assert capsys.readouterr().err == "smm-tui: export --format md needs --out FOLDER.\n"

    not_db = tmp_path / "text.db"
    not_db.write_text("hello")
    assert run(["list", "--db", str(not_db)]) == 1
    assert "is not an smm-tui library" in capsys.readouterr().err
    assert not_db.read_text() == "hello"



def test_default_location_is_the_data_dir(isolated_dirs: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    library = isolated_dirs / "data" / "library.db"
    assert run(["list"]) == 1  # read-only commands never create the library
    assert capsys.readouterr().err == (
        f"smm-tui: no library at {library} "
        "(check --db, or run smm-tui import / the app to create one)\n")
    assert not (isolated_dirs / "data").exists()
    post = isolated_dirs.parent / "post.md"
    post.write_text("Hello\n")
    assert run(["import", str(post)]) == 0
    assert library.exists()
    assert run(["list"]) == 0


@pytest.mark.parametrize("argv", [["list"], ["show", "1"], ["export", "--format", "json"],
                                  ["export", "--format", "md", "--out", "OUT"]])
def test_read_only_commands_never_create_a_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    db = tmp_path / "typo" / "libary.db"
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in argv]
    assert run([*argv, "--db", str(db)]) == 1
    assert capsys.readouterr().err == (
        f"smm-tui: no library at {db} "
        "(check --db, or run smm-tui import / the app to create one)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_folder_and_unwritable_db_paths(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    post = tmp_path / "p.md"
    post.write_text("Hi\n")
    for argv in (["list"], ["import", str(post)]):
        assert run([*argv, "--db", str(folder)]) == 1
        assert capsys.readouterr().err == (
            f"smm-tui: {folder} is a folder, not a library file. "
            f"Give a file path with --db, for example {folder / 'library.db'}.\n")
    if Path("/proc/self").is_dir():
        assert run(["import", str(post), "--db", "/proc/foo.db"]) == 1
        assert capsys.readouterr().err == (
            "smm-tui: Cannot create the library /proc/foo.db: its folder does not accept "
            "new files. Choose another location with --db or SMM_TUI_DATA_DIR.\n")


def test_search_shows_snippets_and_says_when_nothing_matches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "lib.db")
    with Library.open(Path(db)) as lib:
        draft = lib.create_draft("Launch\nWe ship the [b]new[/b] feature \x1b[2J today.",
                                 platform="linkedin")
    assert run(["list", "--search", "feature", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].endswith("Launch")
    assert lines[1] == "        Launch We ship the [b]new[/b] «feature» \\x1b[2J today."
    assert run(["list", "--search", "feature", "--format", "json", "--db", db]) == 0
    (hit,) = json.loads(capsys.readouterr().out)
    assert hit["id"] == draft.id
    assert hit["snippet"] == "Launch We ship the [b]new[/b] feature \x1b[2J today."
    assert hit["matches"] == [[30, 37]]
    assert hit["snippet"][30:37] == "feature"
    assert run(["list", "--search", "nowhere", "--db", db]) == 0
    assert capsys.readouterr().out == "No drafts match.\n"
    assert run(["list", "--search", "nowhere", "--format", "json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out) == []
    # --platform takes any case, as in `smm-tui check`.
    assert run(["list", "--platform", "LinkedIn", "--format", "json", "--db", db]) == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == [draft.id]
    assert run(["list", "--search", "feature", "--platform", "X", "--db", db]) == 0
    assert capsys.readouterr().out == "No drafts match.\n"
    with pytest.raises(SystemExit) as info:
        run(["list", "--platform", "myspace", "--db", db])
    assert info.value.code == 2
    assert "unknown platform 'myspace'" in capsys.readouterr().err


def test_markdown_export_says_what_it_left_out(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.db")
    with Library.open(Path(db)) as lib:
        lib.create_draft("Kept")
        for text in ("Old one", "Old two"):
            lib.archive_draft(lib.create_draft(text).id)
    assert run(["export", "--format", "md", "--out", str(tmp_path / "md"), "--db", db]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"Exported 1 draft(s) to {tmp_path / 'md'}.\n"
    assert captured.err == ("smm-tui: left out 2 archived drafts (use --archived to include "
                            "them, or --format json to keep everything)\n")
    assert run(["export", "--format", "md", "--archived", "--out", str(tmp_path / "all"),
                "--db", db]) == 0
    assert capsys.readouterr().err == ""
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == [
        "00001-kept.md", "00002-old-one.md", "00003-old-two.md"]


def test_import_skips_empty_files_and_drafts_already_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "lib.db")
    posts = tmp_path / "posts"
    posts.mkdir()
    (posts / "a.md").write_text("First post\nbody\n")
    (posts / "b.md").write_text("---\n\nA post that opens with a rule.\n\n---\nMore text\n")
    (posts / "empty.md").write_text("")
    (posts / "blank.md").write_text("\n  \n")
    assert run(["import", str(posts), "--db", db]) == 0
    captured = capsys.readouterr()
    assert captured.err == (f"smm-tui: skipped empty file {posts / 'blank.md'}\n"
                            f"smm-tui: skipped empty file {posts / 'empty.md'}\n")
    assert captured.out == f"Imported 2 draft(s) from 4 file(s) into {db}.\n"
    with Library.open(Path(db)) as lib:
        rule = lib.get_draft(2)
        assert rule.body == "---\n\nA post that opens with a rule.\n\n---\nMore text"
        assert rule.title == "A post that opens with a rule."

    # The same files again, and the same JSON export twice: nothing new.
    assert run(["import", str(posts / "a.md"), str(posts / "b.md"), "--db", db]) == 0
    captured = capsys.readouterr()
    assert captured.err == "smm-tui: skipped 2 drafts already in the library\n"
    assert captured.out == f"Imported 0 draft(s) from 2 file(s) into {db}.\n"
    export = tmp_path / "all.json"
    assert run(["export", "--out", str(export), "--db", db]) == 0
    other = str(tmp_path / "other.db")
    assert run(["import", str(export), "--db", other]) == 0
    assert run(["import", str(export), "--db", other]) == 0
    captured = capsys.readouterr()
    assert captured.err == "smm-tui: skipped 2 drafts already in the library\n"
    assert captured.out.endswith(f"Imported 0 draft(s) from 1 file(s) into {other}.\n")
    with Library.open(Path(other)) as lib:
        assert lib.count_drafts() == 2


def test_folder_import_with_one_bad_file_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.db"
    posts = tmp_path / "posts"
    posts.mkdir()
    (posts / "a.md").write_text("Good post\n")
    (posts / "b.md").write_text("---\ntitle: Later\n\nstatus: scheduled\n---\nText\n")
    assert run(["import", str(posts), "--db", str(db)]) == 2
    assert capsys.readouterr().err == (
        f"smm-tui: {posts / 'b.md'}, line 4: unknown status 'scheduled' (use one of: draft, "
        "ready, published). Fix it and retry; nothing was imported.\n")
    with Library.open(db) as lib:
        assert lib.count_drafts() == 0
