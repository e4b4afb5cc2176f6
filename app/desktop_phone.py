"""The phone's side of the composition root (app.desktop): the pjsua2 phone, its accounts, call options and dial
router from the settings, and the wiring of its events to the call session and the window."""

from typing import TYPE_CHECKING

from app.config import Settings, SipAccountSettings
from app.services.call_controls import CallControls
from app.services.call_session import CallSession
from app.services.credentials import CredentialStore
from app.services.dial_router import DialRouter
from app.services.recent_calls import RecentCalls
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.accounts import AccountSettingsError, TelephonyAccount, default_bind_address
from app.telephony.call_options import CallOptions, InvalidCallOptions
from app.telephony.events import CallQualitySample, RegistrationStateChanged
from app.telephony.recording_policy import RecordingSettings
from app.telephony.sim_line import SimulatedDebtorLine
from app.ui.main_window import MainWindow
from app.window_host import WindowHost

if TYPE_CHECKING:
    from app.telephony.pjsua2_adapter import Pjsua2Phone


def build_phone(settings: Settings, account: SipAccountSettings | None, registered: list[TelephonyAccount],
                call_options: CallOptions) -> "Pjsua2Phone":
    """The pjsua2 phone, not started. Its module (pjsua2, and numpy for the echo canceller: ~120 ms) loads here."""
    from app.telephony.pjsua2_adapter import Pjsua2Phone

    phone = Pjsua2Phone(
        sip_port=account.local_port if account else 0, user=account.user if account else "agent",
        display_name=settings.agent_name, dial_prefix=account.dial_prefix if account else "",
        dial_format=settings.dial_format,
        accounts=registered, password_lookup=CredentialStore().sip_password, call_options=call_options,
        recording=RecordingSettings.from_config(settings.recording_policy, settings.paths.recordings_dir),
    )
    phone.set_echo_cancellation(settings.audio_echo_cancellation)  # "auto" follows the devices chosen at start
    return phone


def feed_windows(host: WindowHost, bridge: TelephonyBridge, session: CallSession, account: str | None) -> None:
    """Phone state the window shows, through the host so a replaced window shows the latest too."""
    bridge.audio_device_status.connect(lambda event: host.show(
        "audio", MainWindow.show_audio_status, event.null_device, event.description, event.reason,
        (event.microphone, event.speaker, event.ringer)))
    bridge.error.connect(lambda event: host.show_problem(event.message))
    bridge.call_quality_sample.connect(lambda event: show_quality(host, session, event))
    if account is not None:  # the light follows the account calls go out on (the first one with a registrar)

        def show_registration(event: RegistrationStateChanged) -> None:
            if event.account == account:
                host.show("registration", MainWindow.show_registration, event.state, event.plain_reason)

        bridge.registration_state_changed.connect(show_registration)


def show_quality(host: WindowHost, session: CallSession, sample: CallQualitySample) -> None:
    active = session.active_call
    if active is not None and active[0] == sample.call_key:  # not a consultation or a waiting call
        host.window.show_call_quality(sample.mos, sample.codec, sample.rtt_ms, sample.jitter_ms,
                                      sample.loss_percent)


def connect_session(bridge: TelephonyBridge, session: CallSession, controls: CallControls,
                     recent_calls: RecentCalls) -> None:
    """Every phone event the call log records goes to the call session (and the call controls)."""
    bridge.call_state_changed.connect(controls.on_call_state)
    bridge.transfer_status.connect(controls.on_transfer_status)
    bridge.call_replaced.connect(controls.on_call_replaced)
    session.call_completed.connect(recent_calls.refresh)  # the call shows with its outcome
    bridge.call_state_changed.connect(session.on_call_state)
    bridge.media_state_changed.connect(session.on_media_state)
    bridge.mute_changed.connect(session.on_mute_changed)
    bridge.audio_device_status.connect(session.on_sound_device)
    bridge.dtmf_sent.connect(session.on_dtmf)
    bridge.dtmf_received.connect(session.on_dtmf)
    bridge.recording_state_changed.connect(session.on_recording_state)
    bridge.call_quality_summary.connect(session.on_quality_summary)
    bridge.incoming_call.connect(session.on_incoming_call)


def call_options_from(settings: Settings) -> tuple[CallOptions, str | None]:
    """The [calls] table; a bad value is reported and the defaults are used, so the phone still starts."""
    try:
        return CallOptions.from_mapping(settings.call_options), None
    except (InvalidCallOptions, ValueError) as error:
        return CallOptions(), f"{settings.config_file}: {error} Using the default call options."


def telephony_accounts(settings: Settings) -> tuple[list[TelephonyAccount], list[str]]:
    """The accounts with a registrar, as the phone takes them, and a message for each one it cannot use."""
    accounts, problems = [], []
    for account in settings.sip_accounts:
        if not account.registrar:
            continue
        try:
            accounts.append(TelephonyAccount(
                name=account.name, user=account.user, registrar=account.registrar,
                display_name=account.display_name or settings.agent_name, auth_user=account.auth_user,
                realm=account.realm, transport=account.transport, outbound_proxy=account.outbound_proxy,
                codec_order=account.codec_order, dial_prefix=account.dial_prefix, local_port=account.local_port,
                bind_address=default_bind_address(account.registrar),
            ))
        except AccountSettingsError as error:
            problems.append(f"{settings.config_file}: {error}")
    return accounts, problems


def dial_router_for(demo_line: SimulatedDebtorLine | None, registered: TelephonyAccount | None, local_prefix: str,
                    dial_format: str) -> DialRouter:
    """Numbers go to the demo line in demo mode, else to the first registrar's domain with its dial prefix; in the
    [sip] dial_format either way."""
    if registered is None:
        return DialRouter(demo_line=demo_line, dial_prefix=local_prefix, dial_format=dial_format)
    return DialRouter(demo_line=demo_line, dial_prefix=registered.dial_prefix, sip_domain=registered.sip_domain,
                      dial_format=dial_format)
