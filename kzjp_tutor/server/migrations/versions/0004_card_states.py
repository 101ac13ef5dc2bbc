"""Each card's replay is kept, so the class report no longer replays the whole class.

Why: the live report replayed every answer of every student through fsrs at each request
(2.5–3.0 s for 300 students of 100 answers, against 2 s). ``card_states`` keeps what the
report needs of a replayed card (kzjp_tutor.core.sync.exports.CardReplay: its export state and
each answer's state before it), rewritten for the cards a push touches; ``through`` is the
newest event ``seq`` it includes, so a report that meets a newer event of the card knows the
kept row is behind and replays that card itself.

``students.settings`` keeps the student's merged scheduling settings (replay depends on them);
``students.replayed`` is false for students whose events predate this revision, so the server
replays them once, in Python, when it next meets them: a migration must not call the
program's scheduler, which moves on while this file stays as it is.

An undo now carries its target's deck and card, so a card's events are found by one index;
old undos get them here, in SQL.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``card_states``, the students' settings and replayed mark, and the card index (frozen)."""
    op.create_table(
        "card_states",
        sa.Column("student_id", sa.Integer, sa.ForeignKey("students.id", ondelete="CASCADE"), nullable=False),
        sa.Column("deck", sa.String(64), nullable=False),
        sa.Column("card", sa.String(64), nullable=False),
        sa.Column("state", sa.Text, nullable=True),
        sa.Column("before", sa.Text, nullable=False),
        sa.Column("through", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.PrimaryKeyConstraint("student_id", "deck", "card", name="card_states_key"),
    )
    # Plain ADD COLUMN, never a batch table copy: on SQLite a copy drops ``students``, and with
    # foreign keys on that drop cascades to every event.
    op.add_column("students", sa.Column("settings", sa.Text, nullable=True))
    op.add_column("students", sa.Column("replayed", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_index("events_student_card", "events", ["student_id", "deck", "card"])
    op.execute(
        sa.text(
            "UPDATE events SET"  # i18n: not text
            " deck = (SELECT t.deck FROM events t"  # i18n: not text
            " WHERE t.student_id = events.student_id AND t.event_id = events.target),"  # i18n: not text
            " card = (SELECT t.card FROM events t"  # i18n: not text
            " WHERE t.student_id = events.student_id AND t.event_id = events.target)"  # i18n: not text
            " WHERE kind = 'undo' AND deck IS NULL"  # i18n: not text
        )
    )


def downgrade() -> None:
    """Not supported: the server's schema only moves forward."""
    raise NotImplementedError("the class server's schema only moves forward")  # i18n: not text
