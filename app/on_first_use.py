"""A part built the first time it is used, so that building it (and importing what it needs) can wait until the
window has painted, while everything wired to it is built before."""

from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class OnFirstUse(Generic[T]):
    """Stands in for ``build()``'s result: ``get()`` or any attribute builds it once (on the thread that asks: the
    GUI thread for the phone), then every attribute is the built one's."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build: Callable[[], T] | None = build
        self._built: T | None = None

    @property
    def built(self) -> bool:
        return self._build is None

    def get(self) -> T:
        if self._build is not None:
            build, self._build = self._build, None
            self._built = build()
        return self._built  # type: ignore[return-value]  # set just above, on the first call

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)
