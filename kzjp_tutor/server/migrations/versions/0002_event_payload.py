"""Card steps and practice exams travel too: each kept whole as JSON in ``events.payload``.

Why one nullable column and not a table per kind: steps and exams are read only to send them
back to the student's devices and to rebuild the class report, always together with the
answers and in ``seq`` order; answers and undos keep their columns (a million rows need no
JSON). ``kind`` stays ``String(8)``: the new kinds are ``step`` and ``exam``.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``events.payload`` (frozen: a change is a new revision)."""
    op.add_column("events", sa.Column("payload", sa.Text, nullable=True))


def downgrade() -> None:
    """Not supported: the server's schema only moves forward."""
    raise NotImplementedError("the class server's schema only moves forward")  # i18n: not text
