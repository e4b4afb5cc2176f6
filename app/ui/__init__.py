"""ui layer of CallDesk."""
