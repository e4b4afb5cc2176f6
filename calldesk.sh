#!/usr/bin/env bash
# CallDesk on Debian 12: install what is missing, keep .venv up to date, then run or test.
#
#   ./calldesk.sh run [calldesk arguments]   open CallDesk (or run a calldesk command)
#   ./calldesk.sh test [pytest arguments]    run the test suite
#   ./calldesk.sh setup                      only install the Debian packages and the .venv
#
# As root, missing Debian packages are installed with apt-get; otherwise the script stops and
# prints the apt-get line to run. CALLDESK_HEADLESS=1 runs the window on a virtual screen (Xvfb).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.calldesk-installed"
MIN_PYTHON="3.11"

# What Qt's xcb platform plugin, QtGui, QtWidgets and QtDBus in the PySide6 wheel link against
# (readelf -d ... NEEDED), plus fonts, the virtual screen and Python's venv module; PortAudio and the ALSA plugins
# through which it reaches PulseAudio/PipeWire (the headset).
RUN_PACKAGES=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1
  libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1
  fontconfig fonts-wqy-microhei xvfb xauth python3-venv
  libportaudio2 libasound2-plugins
)
# The SIP tests use kamailio and baresip as peers; the PostgreSQL tests start a throwaway server; the sound tests
# start a private PulseAudio with virtual devices (pactl, parec, pacat).
TEST_PACKAGES=(kamailio baresip postgresql pulseaudio pulseaudio-utils)

say() { printf 'calldesk.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
  sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

missing_packages() {
  local package status
  for package in "$@"; do
    # shellcheck disable=SC2016  # ${Status} is dpkg-query's field, not a shell variable
    status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
    [[ "$status" == *" ok installed" ]] || printf '%s\n' "$package"
  done
}

ensure_packages() {
  if ! command -v dpkg-query >/dev/null; then
    say "not a Debian system (no dpkg-query): make sure the equivalents of these are installed: $*"
    return 0
  fi
  local missing
  mapfile -t missing < <(missing_packages "$@")
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  if [[ "$(id -u)" != 0 ]]; then
    say "these Debian packages are missing: ${missing[*]}"
    say "install them, then run this command again:"
    printf '\n    sudo apt-get install -y --no-install-recommends %s\n\n' "${missing[*]}" >&2
    exit 1
  fi
  say "installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  local candidate
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null \
      && "$candidate" -c "import sys; sys.exit(sys.version_info < (${MIN_PYTHON/./, }))" 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  die "CallDesk needs Python ${MIN_PYTHON} or newer; found: $(python3 --version 2>&1 || echo 'no python3'). On Debian 12: apt-get install python3 python3-venv"
}

ensure_venv() {
  if [[ ! -x "$VENV/bin/python" ]] || ! "$VENV/bin/python" -c "" 2>/dev/null; then
    local python
    python="$(find_python)"
    say "creating .venv with $("$python" --version 2>&1)"
    rm -rf "$VENV"
    "$python" -m venv "$VENV"
  fi
  if [[ ! -f "$STAMP" || "$ROOT/pyproject.toml" -nt "$STAMP" ]]; then
    say "installing CallDesk and its Python packages into .venv (first run takes a few minutes)"
    local log="$VENV/pip-install.log"
    if ! "$VENV/bin/python" -m pip install --disable-pip-version-check -e "${ROOT}[dev,postgres]" >"$log" 2>&1; then
      tail -n 40 "$log" >&2
      die "installing the Python packages failed (full log: $log)"
    fi
    touch "$STAMP"
  fi
}

has_display() {
  [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" || -n "${QT_QPA_PLATFORM:-}" ]]
}

cmd_run() {
  ensure_packages "${RUN_PACKAGES[@]}"
  ensure_venv
  if [[ "${CALLDESK_HEADLESS:-0}" == 1 ]] && ! has_display; then
    exec xvfb-run --auto-servernum --server-args="-screen 0 1366x768x24" "$VENV/bin/calldesk" "$@"
  fi
  # Without a display, `calldesk` itself says so (commands such as `seed` need none).
  exec "$VENV/bin/calldesk" "$@"
}

cmd_test() {
  ensure_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  ensure_venv
  cd "$ROOT"
  export QT_QPA_PLATFORM=offscreen
  exec "$VENV/bin/python" -m pytest "$@"
}

cmd_setup() {
  ensure_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  ensure_venv
  say "ready: ./calldesk.sh run  |  ./calldesk.sh test"
}

main() {
  local command="${1:-}"
  if (($#)); then
    shift
  fi
  case "$command" in
    run) cmd_run "$@" ;;
    test) cmd_test "$@" ;;
    setup) cmd_setup ;;
    -h | --help | help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
