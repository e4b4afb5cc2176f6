"""scripts layer of CallDesk."""
