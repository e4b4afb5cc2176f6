"""services layer of CallDesk."""
