"""A part built the first time it is used, so that building it (and importing what it needs) can wait until the
window has painted, while everything wired to it is built before."""

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class OnFirstUse(Generic[T]):
    """Stands in for ``build()``'s result: ``get()`` or any attribute builds it once (on the thread that asks: the
    GUI thread for the phone), then every attribute is the built one's. ``until_built``: attributes answered
    without building it while it is not built yet (the microphone meter's 1 s look: no phone, no microphone)."""

    def __init__(self, build: Callable[[], T], until_built: Mapping[str, Any] | None = None) -> None:
        self._build: Callable[[], T] | None = build
        self._built: T | None = None
        self._until_built = dict(until_built or {})

    @property
    def built(self) -> bool:
        return self._build is None

    def get(self) -> T:
        if self._build is not None:
            build, self._build = self._build, None
            self._built = build()
        return self._built  # type: ignore[return-value]  # set just above, on the first call

    def __getattr__(self, name: str) -> Any:
        if self._build is not None and name in self._until_built:
            return self._until_built[name]
        return getattr(self.get(), name)
