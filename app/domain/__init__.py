"""domain layer of CallDesk."""
