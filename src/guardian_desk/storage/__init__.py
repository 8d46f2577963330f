"""Persistence: SQLAlchemy models, the engine, repositories and migrations. No Qt here."""
