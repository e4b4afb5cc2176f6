"""What each seat role may see and do with personal data and call recordings.

Based on the collections rules (COLLECTIONS.md): personal data (ID, card and phone numbers) is masked where the
role does not need it, and recordings are evidence that QA and supervisors replay. Agents work the record with
masked numbers and dial through buttons, so they never need the full digits; trainers work on demo data.
"""

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    TRAINER = "trainer"
    QA = "qa"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class RolePermissions:
    play_recordings: bool  # replay earlier calls from the contact history
    see_full_numbers: bool  # ID and phone numbers unmasked on screen


PERMISSIONS: dict[Role, RolePermissions] = {
    Role.AGENT: RolePermissions(play_recordings=False, see_full_numbers=False),
    Role.TRAINER: RolePermissions(play_recordings=False, see_full_numbers=False),
    Role.QA: RolePermissions(play_recordings=True, see_full_numbers=False),  # scores calls from the recording
    Role.SUPERVISOR: RolePermissions(play_recordings=True, see_full_numbers=True),  # disputes, complaints, audits
}


def permissions_for(role: str) -> RolePermissions:
    """The role's permissions; an unknown role gets the least (an agent's), never more."""
    try:
        return PERMISSIONS[Role(role)]
    except ValueError:
        return PERMISSIONS[Role.AGENT]


def may_play_recordings(role: str) -> bool:
    return permissions_for(role).play_recordings


def may_see_full_numbers(role: str) -> bool:
    return permissions_for(role).see_full_numbers
