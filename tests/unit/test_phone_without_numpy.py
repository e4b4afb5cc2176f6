"""numpy (~15 MB resident, ~100 ms to import) loads with the echo canceller only, not with the phone's modules:
an agent on a headset (echo cancellation off) never pays for it."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_phone_modules_load_without_numpy() -> None:
    code = "import sys, app.telephony.pjsua2_adapter; print('numpy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=True)
    assert done.stdout.strip() == "False"


def test_the_echo_canceller_loads_it_when_built() -> None:
    code = ("import sys; from app.telephony.echo_canceller import EchoCanceller; "
            "EchoCanceller(processor=None); print('numpy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=True)
    assert done.stdout.strip() == "True"
