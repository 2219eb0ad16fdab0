"""JSON errors with a clear message, for every API route."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web


def json_error(status: int, message: str, *, retry_after: int | None = None, **extra: Any) -> web.HTTPException:
    exception_type = {
        400: web.HTTPBadRequest,
        401: web.HTTPUnauthorized,
        403: web.HTTPForbidden,
        404: web.HTTPNotFound,
        413: web.HTTPRequestEntityTooLarge,
        429: web.HTTPTooManyRequests,
        502: web.HTTPBadGateway,
        503: web.HTTPServiceUnavailable,
    }[status]
    body = json.dumps({"error": message, **extra})
    if status == 413:
        return web.HTTPRequestEntityTooLarge(max_size=0, actual_size=0, text=body, content_type="application/json")
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
    if retry_after is not None:
        headers["Retry-After"] = str(retry_after)
    return exception_type(text=body, content_type="application/json", headers=headers)
