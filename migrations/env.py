"""Alembic environment: batch mode for SQLite (plain ALTER on PostgreSQL), metadata with the naming convention.

The migration runner (``cxdesk.store.migrate``) passes an open connection inside a
transaction; the command-line ``alembic`` is not needed.
"""

from alembic import context

from cxdesk.store.all_models import metadata
from cxdesk.store.engine import create_database_engine
from cxdesk.store.feedback_fts import include_name

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_database_engine(config.get_main_option("database"), foreign_keys=False)
        with engine.begin() as conn:
            _configure_and_run(conn)
        engine.dispose()
    else:
        _configure_and_run(connection)


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,  # FTS5 tables are made by hand
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
