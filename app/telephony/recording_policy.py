"""When calls are recorded and where the files go; and where in a recording a moment of the call falls.

Plain Python (no pjsua2): the composition root builds ``RecordingSettings`` from calldesk.toml
(``[recording] policy``) and the data dir; the pjsua2 recorder and the call session use them.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path


class RecordingPolicy(StrEnum):
    ALWAYS = "always"  # every call, from the moment it is answered
    ON_DEMAND = "on_demand"  # only when the agent (or the script) asks for it


@dataclass(frozen=True)
class RecordingSettings:
    policy: RecordingPolicy
    recordings_dir: Path

    @classmethod
    def from_config(cls, policy: str, recordings_dir: Path | str) -> "RecordingSettings":
        """Raises ValueError saying what was wrong and what to write instead."""
        try:
            chosen = RecordingPolicy(policy.strip().lower())
        except ValueError:
            allowed = " or ".join(f'"{p.value}"' for p in RecordingPolicy)
            raise ValueError(f'Unknown recording policy "{policy}": set [recording] policy to {allowed}.') from None
        folder = Path(recordings_dir).expanduser()
        if not str(recordings_dir).strip():
            raise ValueError("The recordings folder is empty: set a data folder where recordings can be written.")
        return cls(chosen, folder)

    def path_for(self, call_key: str, when: datetime | None = None) -> Path:
        """``<recordings_dir>/YYYY/MM/<call key>.wav``, month of ``when`` (UTC, like every time in the call log)."""
        if not call_key or not call_key.replace("-", "").isalnum():
            raise ValueError(f"A call key must be letters and digits only, not {call_key!r}.")
        moment = (when or datetime.now(timezone.utc)).astimezone(timezone.utc)
        return self.recordings_dir / f"{moment:%Y}" / f"{moment:%m}" / f"{call_key}.wav"


class RecordingTimeline:
    """Position in the recording file of a moment of the call, in ms.

    A pause leaves nothing in the file (the recorder gets no audio while paused, so the file is shorter by the
    paused time; see pjsua2_recording). The position therefore counts recorded time only: an event logged
    during a pause gets the position where the recording resumes.
    """

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._recorded_s = 0.0
        self._running_since: float | None = None
        self._started = False

    @property
    def started(self) -> bool:
        return self._started

    def recording(self) -> None:
        if self._running_since is None:
            self._running_since = self._monotonic()
            self._started = True

    def paused(self) -> None:
        if self._running_since is not None:
            self._recorded_s += self._monotonic() - self._running_since
            self._running_since = None

    stopped = paused

    def offset_ms(self) -> int | None:
        """None before the recording started."""
        if not self._started:
            return None
        running = 0.0 if self._running_since is None else self._monotonic() - self._running_since
        return int((self._recorded_s + running) * 1000)
