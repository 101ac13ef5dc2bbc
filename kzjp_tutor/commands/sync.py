"""``kzjp-tutor sync``: push this device's answers to the class server and pull the other devices'.

Says what it did. A failure is a message and exit code 1, never a lost answer: what was pushed
or pulled before it is kept, and the rest goes next time.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..core.context import Context
from ..core.errors import UsageError
from ..core.i18n import gettext as _
from ..core.i18n import ngettext
from ..core.settings import load_settings
from ..core.store import Store
from ..core.sync.client import sync_now
from ..core.sync.credentials import load_link, save_link
from ..core.sync.replay import replay_planner
from ..core.visible import visible
from ._class_client import client

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    """Add the ``sync`` subcommand."""
    parser = sub.add_parser(
        "sync",
        help=_("send your answers to the class server and get your other devices' answers"),
        description=_(
            "Push every answer not yet sent, pull the answers your other devices sent, and rebuild "
            "the cards they touched, so every device of yours ends with the same schedule."
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Sync once and say what happened."""
    link = load_link(ctx.home)
    if link is None:
        raise UsageError(_("this home has not joined a class: run `kzjp-tutor class join URL CODE` first"))
    settings = load_settings(ctx.home)
    cursor = link.cursor

    def keep(position: int) -> None:
        nonlocal cursor
        cursor = position
        save_link(ctx.home, link.model_copy(update={"cursor": position}))

    with Store.open(ctx.home, now=ctx.clock.now()) as store:
        result = sync_now(
            store,
            client(link.server, link.key),
            replay_planner(settings),
            cursor=cursor,
            exam_date=settings.exam_date,
            saved=keep,
        )
    print(
        _("Synced with {class_name} at {server}:").format(
            class_name=visible(link.class_name), server=link.server
        ),
        file=ctx.stdout,
    )
    print(
        ngettext(
            "  sent {count} change (answers, card steps, exams)",
            "  sent {count} changes (answers, card steps, exams)",
            result.pushed,
        ).format(count=result.pushed),
        file=ctx.stdout,
    )
    if result.already:
        print(
            ngettext(
                "  {count} change was already on the server (an earlier sync was cut off)",
                "  {count} changes were already on the server (an earlier sync was cut off)",
                result.already,
            ).format(count=result.already),
            file=ctx.stdout,
        )
    print(
        ngettext(
            "  received {count} answer from your other devices",
            "  received {count} answers from your other devices",
            result.pulled,
        ).format(count=result.pulled),
        file=ctx.stdout,
    )
    if result.steps:
        print(
            ngettext(
                "  received {count} card step (shown, set aside, flagged, reset) from your other devices",
                "  received {count} card steps (shown, set aside, flagged, reset) from your other devices",
                result.steps,
            ).format(count=result.steps),
            file=ctx.stdout,
        )
    if result.exams:
        print(
            ngettext(
                "  received {count} practice exam from your other devices",
                "  received {count} practice exams from your other devices",
                result.exams,
            ).format(count=result.exams),
            file=ctx.stdout,
        )
    if result.unsendable:
        print(
            ngettext(
                "  {count} change was not sent: its id was not made by kzjp-tutor",
                "  {count} changes were not sent: their ids were not made by kzjp-tutor",
                result.unsendable,
            ).format(count=result.unsendable),
            file=ctx.stdout,
        )
    if result.undone:
        print(
            ngettext(
                "  {count} answer or card step undone on another device",
                "  {count} answers or card steps undone on another device",
                result.undone,
            ).format(count=result.undone),
            file=ctx.stdout,
        )
    print(
        ngettext("  {count} card rescheduled", "  {count} cards rescheduled", result.cards).format(
            count=result.cards
        ),
        file=ctx.stdout,
    )
    return 0
