"""The `akhbar` command: a thin face over the library.

Each module in ``akhbar/cli/commands/`` is one subcommand named after the module and exposing
``command``; modules are imported only when their command runs, so `akhbar parse` does not pay for
the database or WARC imports.
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from akhbar.cli import commands as _commands


class _Commands(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(m.name.replace("_", "-") for m in pkgutil.iter_modules(_commands.__path__))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.list_commands(ctx):
            return None
        module = importlib.import_module(f"{_commands.__name__}.{cmd_name.replace('-', '_')}")
        return module.command


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="akhbar")
def main() -> None:
    """akhbar: Arabic news pages in, clean structured corpus out."""
