"""Alembic migrations of CallDesk's schema (run by app.db.migrate)."""
