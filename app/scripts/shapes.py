"""The shapes of the names script text may use: plain data, no jinja2, so app.scripts.context (and the call session
that builds a call's facts) load without the template engine, which is imported when a script is first checked or
rendered, not on the way to the window's first paint."""

from collections.abc import Mapping

KnownShape = Mapping[str, "KnownShape"] | None
KnownNames = Mapping[str, KnownShape]

ITEMS = "[]"  # the key of a list's item shape: {ITEMS: {"sequence": None, ...}}
