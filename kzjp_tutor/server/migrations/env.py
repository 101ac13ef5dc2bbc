"""Alembic's entry point: run the migrations on the connection the server passes in.

The server calls Alembic from code (:func:`kzjp_tutor.server.db.migrate`), never from an
``alembic.ini``, so this file only takes that connection and runs the steps in one transaction.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
