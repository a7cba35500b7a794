"""The web API for portals: ``kimlib serve`` and :func:`create_app` (extra ``web``).

Portals that are not written in Python (KIM.id, village systems such as
OpenSID) call kimlib over HTTP: ``POST /v1/assess`` with a KIM document
gives its verdict; errors are RFC 9457 problem bodies in Indonesian
(default) or English. ``docs/portal.md`` shows every route.

>>> from kimlib.web import create_app
>>> app = create_app()
>>> [route.path for route in app.routes][:2]
['/v1/validate', '/v1/assess']
"""

from __future__ import annotations

from kimlib.web._app import BATCH_LIMIT, DOCUMENT_LIMIT, create_app

__all__ = ["BATCH_LIMIT", "DOCUMENT_LIMIT", "create_app"]
