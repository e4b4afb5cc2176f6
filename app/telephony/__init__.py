"""telephony layer of CallDesk."""
