"""Running the application with uvicorn: what ``kimlib serve`` calls.

Worker processes cannot be handed an application object, so the command
passes its settings in one environment variable and each worker builds
the application with :func:`app_from_environment`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

import uvicorn
from uvicorn.config import LOGGING_CONFIG

from kimlib.rules import Profile

__all__ = ["ENVIRONMENT", "app_from_environment", "log_config", "serve"]

#: The environment variable holding the settings (JSON) of the workers.
ENVIRONMENT = "KIMLIB_SERVE_SETTINGS"


def _load_profiles(paths: Sequence[str]) -> tuple[Profile, ...]:
    """The profiles of ``paths`` (YAML or TOML files), read by kimlib.rules."""
    if not paths:
        return ()
    from kimlib.rules import load_profile  # type: ignore[attr-defined,unused-ignore]  # noqa: PLC0415

    return tuple(load_profile(path) for path in paths)


def app_from_environment() -> Any:  # noqa: ANN401
    """The application with the settings of :data:`ENVIRONMENT` (a uvicorn factory)."""
    from kimlib.web._app import create_app  # noqa: PLC0415

    settings = json.loads(os.environ.get(ENVIRONMENT, "{}"))
    return create_app(
        profiles=_load_profiles(settings.get("profiles", [])),
        cors_origins=settings.get("cors_origins", []),
    )


def log_config() -> dict[str, Any]:
    """Uvicorn's logging with kimlib's access log (method, route, status)."""
    config: dict[str, Any] = json.loads(json.dumps(LOGGING_CONFIG))
    config["loggers"]["kimlib.web"] = {
        "handlers": ["default"],
        "level": "INFO",
        "propagate": False,
    }
    return config


def serve(
    *,
    host: str,
    port: int,
    workers: int,
    profiles: Sequence[str],
    root_path: str,
    cors_origins: Sequence[str] = (),
) -> None:
    """Serve the application with uvicorn until interrupted.

    The profiles are read here first, so that a bad file stops the command
    before any worker starts.
    """
    _load_profiles(profiles)
    paths = [os.path.abspath(path) for path in profiles]  # noqa: PTH100
    settings = {"profiles": paths, "cors_origins": list(cors_origins)}
    os.environ[ENVIRONMENT] = json.dumps(settings)
    uvicorn.run(
        "kimlib.web._serve:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        root_path=root_path,
        access_log=False,  # uvicorn's would log query strings
        log_config=log_config(),
        server_header=False,
    )
