"""What went wrong, for the logs, without the data it went wrong on.

A database error's text carries the statement's parameters (a visitor's email, their message),
and an SMTP error the recipient. Logs go to places personal data must not (log shippers, bug
reports, screenshots), so they get the kind of error and its code, and the rows keep the ids."""

from __future__ import annotations

import logging
import traceback
from typing import Any


def describe(error: BaseException) -> str:
    """ "IntegrityError (UniqueViolation 23505)": the error's kind, the driver's and a code, no text."""
    original = getattr(error, "orig", None)
    details = []
    if original is not None:
        details.append(type(original).__name__)
        code = getattr(original, "pgcode", None) or getattr(original, "sqlite_errorname", None)
        if code:
            details.append(str(code))
    smtp_code = getattr(error, "smtp_code", None) or getattr(error, "code", None)
    if isinstance(smtp_code, int):
        details.append(str(smtp_code))
    if isinstance(error, OSError) and error.errno is not None:
        details.append(f"errno {error.errno}")
    return type(error).__name__ + (f" ({' '.join(details)})" if details else "")


def where(error: BaseException) -> str:
    """The last frames of the traceback: file, line and code, never the values or the message."""
    return "".join(traceback.format_tb(error.__traceback__)[-3:]).rstrip()


def log_failure(
    logger: logging.Logger, message: str, error: BaseException, *args: Any, level: int = logging.ERROR
) -> None:
    """`logger.exception` without the exception's text."""
    logger.log(level, message + ": %s\n%s", *args, describe(error), where(error))
