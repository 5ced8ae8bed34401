"""Alembic environment for the scheme store.

The store passes its open connection in ``config.attributes["connection"]``
(see :func:`schemes.store.engine.migrate`); there is no alembic.ini.  To add a
migration, write it by hand next to ``versions/0001_initial.py`` (and change
``schemes/store/tables.py`` to match; a test compares the two), or start one
from the template::

    .venv/bin/python -c "from alembic import command; from alembic.config import Config; \
        c = Config(); c.set_main_option('script_location', 'schemes/migrations'); \
        command.revision(c, 'what changes', rev_id='0002')"
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from schemes.store.tables import Base

config = context.config
target_metadata = Base.metadata


def run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(url)
    with engine.begin() as conn:
        run_with(conn)


run()
