"""cli layer of CallDesk."""
