"""Global options (--db, --user, --password-stdin, -v) before or after any command."""

from __future__ import annotations

import argparse

import pytest

from helpdesk_gui import cli
from helpdesk_gui.cli.options import GLOBAL_OPTIONS, CommandParser, global_option_names


def _leaf_parsers(parser: argparse.ArgumentParser, path=()):
    """Every parser of the command line with the words that lead to it."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _leaf_parsers(child, (*path, name))


def test_every_parser_at_every_depth_has_the_global_options():
    parsers = list(_leaf_parsers(cli.build_parser()))
    assert len(parsers) > 20  # db, demo, report monthly, user add, sla deadline, …
    flags = [flag for option, _ in GLOBAL_OPTIONS for flag in option]
    for path, parser in parsers:
        known = parser._option_string_actions
        assert all(flag in known for flag in flags), path
        defaults = {known[flag].default for flag in flags}
        assert defaults != {argparse.SUPPRESS} if not path else defaults == {argparse.SUPPRESS}


@pytest.mark.parametrize("argv", [
    ["--db", "sqlite:///a.db", "demo", "--tickets", "5"],
    ["demo", "--tickets", "5", "--db", "sqlite:///a.db"],
    ["report", "monthly", "--month", "2026-10", "--db", "sqlite:///a.db"],
    ["report", "--db", "sqlite:///a.db", "monthly", "--month", "2026-10"],
    ["sla", "explain", "BJ01-20261122-0007", "--db", "sqlite:///a.db"],
])
def test_db_is_taken_wherever_it_stands(argv):
    assert cli.build_parser().parse_args(argv).db == "sqlite:///a.db"


def test_a_value_before_the_command_is_not_reset_by_the_command():
    args = cli.build_parser().parse_args(
        ["--db", "sqlite:///a.db", "--user", "1021", "-v", "--password-stdin", "db", "info"])
    assert (args.db, args.user, args.verbose, args.password_stdin) == (
        "sqlite:///a.db", "1021", True, True)


def test_the_later_value_wins_and_unset_options_keep_the_main_defaults():
    args = cli.build_parser().parse_args(
        ["--db", "sqlite:///a.db", "user", "add", "1001", "王芳", "counter",
         "--db", "sqlite:///b.db", "--password-stdin"])
    assert args.db == "sqlite:///b.db" and args.password_stdin is True
    assert args.user is None and args.verbose is False
    bare = cli.build_parser().parse_args(["audit", "verify"])
    assert {name: getattr(bare, name) for name in global_option_names()} == {
        "db": None, "user": None, "token_file": None, "password_stdin": False,
        "verbose": False}


def test_a_command_redeclaring_a_global_option_fails_when_the_parser_is_built():
    parser = CommandParser(prog="x", main=True)
    sub = parser.add_subparsers()
    with pytest.raises(argparse.ArgumentError, match="conflicting option"):
        sub.add_parser("thing").add_argument("--db")


def test_user_add_reads_the_password_from_stdin_given_after_the_command(
        tmp_path, monkeypatch, capsys):
    import io

    from helpdesk_gui.services.security import auth

    url = f"sqlite:///{tmp_path / 'hall.db'}"
    monkeypatch.setattr("sys.stdin", io.StringIO("admin9001x\n"))
    assert cli.main(["setup", "--branch-code", "BJ01", "--branch-name", "北京朝阳营业厅",
                     "--admin-no", "9001", "--admin-name", "孙丽", "--db", url,
                     "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("admin9001x\ncounter123\n"))
    assert cli.main(["user", "add", "1001", "王芳", "counter", "--user", "9001",
                     "--password-stdin", "--db", url]) == 0
    assert auth.sign_in("1001", "counter123").role == "counter"
    assert "added 1001" in capsys.readouterr().out
