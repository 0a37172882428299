"""Persistence: SQLAlchemy models, engine, unit of work, migrations, backups.

SQLite-specific SQL (pragmas, backup API, later FTS5) stays inside this package.
"""
