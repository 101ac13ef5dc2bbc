"""A student's scheduling settings changes: a table of their own, not a new kind of ``events``.

Why apart from the answers: they are few, always read whole (a device merges every one of them,
kzjp_tutor.core.sync.schedule), and a device that predates them must never meet one in its
pull of answers; the answers' table, its cursor and the class report stay as they were.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``settings_events`` (frozen: a change is a new revision)."""
    op.create_table(
        "settings_events",
        sa.Column(
            "seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True
        ),
        sa.Column("student_id", sa.Integer, sa.ForeignKey("students.id", ondelete="CASCADE"), nullable=False),
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.Column("time", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.UniqueConstraint("student_id", "event_id", name="settings_events_student_event"),
    )


def downgrade() -> None:
    """Not supported: the server's schema only moves forward."""
    raise NotImplementedError("the class server's schema only moves forward")  # i18n: not text
