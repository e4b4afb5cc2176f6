"""Sound device choice: the system's default capture/playback device, or pjsua's null device.

A machine without a sound card (CI, a server, a broken driver) must still place calls: any failure to open the
default device falls back to the null device, reported as an AudioDeviceStatus instead of an exception.
"""

import logging

import pjsua2 as pj

from app.telephony.events import AudioDeviceStatus

log = logging.getLogger(__name__)

DEFAULT_CAPTURE = -1  # PJMEDIA_AUD_DEFAULT_CAPTURE_DEV
DEFAULT_PLAYBACK = -2  # PJMEDIA_AUD_DEFAULT_PLAYBACK_DEV


def choose_sound_device(endpoint: pj.Endpoint, force_null: bool) -> AudioDeviceStatus:
    """Open the default devices now (so a failure shows at start, not mid-call); else use the null device."""
    manager = endpoint.audDevManager()
    if force_null:
        return use_null_device(endpoint, "Null audio device (forced by settings or CALLDESK_NULL_AUDIO=1).")
    if manager.getDevCount() == 0:
        return use_null_device(endpoint, "No sound device found: calls connect but you will hear nothing.")
    try:
        manager.setCaptureDev(DEFAULT_CAPTURE)
        manager.setPlaybackDev(DEFAULT_PLAYBACK)
        manager.setSndDevMode(0)  # without PJSUA_SND_DEV_NO_IMMEDIATE_OPEN: open now and report errors now
        names = _device_names(manager)
    except pj.Error as error:
        return use_null_device(endpoint, f"The sound device could not be opened ({error.reason}): calls are silent.")
    return AudioDeviceStatus(null_device=False, description=names)


def use_null_device(endpoint: pj.Endpoint, description: str) -> AudioDeviceStatus:
    endpoint.audDevManager().setNullDev()
    log.info("%s", description)
    return AudioDeviceStatus(null_device=True, description=description)


def connect_to_sound_device(endpoint: pj.Endpoint, call_audio: pj.AudioMedia) -> None:
    """Both directions between a call's audio and the sound device (or the null device). Raises pj.Error."""
    manager = endpoint.audDevManager()
    call_audio.startTransmit(manager.getPlaybackDevMedia())
    manager.getCaptureDevMedia().startTransmit(call_audio)


def _device_names(manager: pj.AudDevManager) -> str:
    capture, playback = manager.getCaptureDev(), manager.getPlaybackDev()
    try:
        return f"Microphone: {manager.getDevInfo(capture).name}; speaker: {manager.getDevInfo(playback).name}"
    except pj.Error:
        return "Default sound device"
