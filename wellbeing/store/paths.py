"""Where the data directory is: ``--data-dir``, else ``$WELLBEING_DATA_DIR``,
else the platform's user data directory (DESIGN.md, Command line).

An empty value counts as unset, so ``WELLBEING_DATA_DIR=`` in a shell
profile does not turn into the current directory.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

APP_NAME = "wellbeing"
ENV_VAR = "WELLBEING_DATA_DIR"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir  # only when no directory was given

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str]) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()
