"""db layer of CallDesk."""
