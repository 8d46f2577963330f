"""Alembic migrations, shipped inside the package."""

# The newest revision in versions/. Kept here so that opening an up-to-date database does
# not need to load Alembic; tests/storage/test_database.py checks it against Alembic's head.
SCHEMA_HEAD = "0019"
