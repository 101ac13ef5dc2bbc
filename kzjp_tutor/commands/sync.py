"""``kzjp-tutor sync``: push this device's answers to the class server and pull the other devices'.

Says what it did. A failure is a message and exit code 1, never a lost answer: what was pushed
or pulled before it is kept, and the rest goes next time. It also settles the student's
scheduling settings across their devices (kzjp_tutor.core.sync.schedule) and says which of this
device's settings another device's change replaced.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..core.catalog import resolve_decks
from ..core.context import Context
from ..core.errors import UsageError
from ..core.i18n import gettext as _
from ..core.i18n import ngettext
from ..core.settings import Settings, load_settings, save_settings
from ..core.store import Store
from ..core.sync.client import Scheduling, SyncResult, sync_now
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
    now = ctx.clock.now()

    def save(settled: Settings) -> None:
        save_settings(ctx.home, settled)

    def keep(position: int) -> None:
        nonlocal cursor
        cursor = position
        save_link(ctx.home, link.model_copy(update={"cursor": position}))

    with Store.open(ctx.home, now=now) as store:
        result = sync_now(
            store,
            client(link.server, link.key),
            replay_planner(settings, resolve_decks([], settings, ctx.warn)),  # the sizes study knows
            cursor=cursor,
            exam_date=settings.exam_date,
            saved=keep,
            scheduling=Scheduling(settings, now, save),
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
    if result.pulled:
        print(
            ngettext(
                "  received {count} answer from your other devices",
                "  received {count} answers from your other devices",
                result.pulled,
            ).format(count=result.pulled),
            file=ctx.stdout,
        )
    else:  # a student with one device has no "other devices" to have sent nothing
        print(_("  no new answers from other devices"), file=ctx.stdout)
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
    _print_settings(result, ctx)
    print(
        ngettext("  {count} card rescheduled", "  {count} cards rescheduled", result.cards).format(
            count=result.cards
        ),
        file=ctx.stdout,
    )
    return 0


def _value(value: object) -> str:
    """A setting's value as the settings file would write it (no value: the word for none)."""
    if value is None:
        return _("not set")
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key} = {day}" for key, day in sorted(value.items())) + "}"
    return str(value)


def _print_settings(result: SyncResult, ctx: Context) -> None:
    """What syncing the scheduling settings did: sent, taken from another device, or not possible."""
    if result.settings_unsupported:
        print(
            _(
                "  this class server is too old to sync scheduling settings (retention, learning steps, "
                "exam dates…): each of your devices keeps its own"
            ),
            file=ctx.stdout,
        )
    # The client cannot know whether the student has another device (the server keeps no list of
    # devices), so the settings sent are said to reach any other device, never "your other devices".
    if result.settings_first:
        print(
            _(
                "  your scheduling settings (retention, learning steps, exam dates…) are now kept on the "
                "class server: any other device you join with your class key takes them"
            ),
            file=ctx.stdout,
        )
    elif result.settings_sent:
        print(
            _(
                "  sent your changed scheduling settings to the class server (any other device of yours "
                "takes them at its next sync): {names}"
            ).format(names=", ".join(result.settings_sent)),
            file=ctx.stdout,
        )
    for name, before, after in result.settings_received:
        print(
            _("  {setting} is now {value} as set on your other device (it was {before} here)").format(
                setting=name, value=visible(_value(after)), before=visible(_value(before))
            ),
            file=ctx.stdout,
        )
