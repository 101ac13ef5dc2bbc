"""``kzjp-tutor class create|join|key|leave|info|new-code|revoke|remove``: a class on a class server.

The student's side: ``join`` stores the server and the student's own key in the home
(``class.json``, owner-only) and queues the whole review log for the next ``sync``; a second
device joins with that key (``join URL --device``); ``leave`` stops syncing. The instructor's
side: ``create`` (with the server's setup key), ``info``, ``new-code``, ``revoke`` and ``remove``
(with the instructor key). Keys come from the environment or a prompt, never the command line.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..core.context import Context
from ..core.errors import UsageError
from ..core.i18n import gettext as _
from ..core.i18n import ngettext, pgettext
from ..core.store import Store
from ..core.sync.credentials import ClassLink, check_server_url, forget_link, load_link, save_link
from ..core.sync.outbox import rebuild_outbox
from ..core.visible import visible
from ._class_client import CLASS_KEY_ENV, SETUP_KEY_ENV, client, secret

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    """Add the ``class`` subcommand and its actions."""
    parser = sub.add_parser(
        "class",
        help=_("join a class on a class server, or run one (instructors)"),
        description=_(
            "Students: join a class with the join code from the instructor, then `kzjp-tutor sync`. "
            "Instructors: create a class on a server, make and revoke join codes, remove a student. "
            "Keys are read from KZJP_TUTOR_CLASS_KEY / KZJP_TUTOR_SETUP_KEY or asked for."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar=pgettext("metavar", "ACTION"), required=True)
    url = pgettext("metavar", "URL")

    create = actions.add_parser("create", help=_("create a class (the server's setup key is asked for)"))
    create.add_argument("name", metavar=pgettext("metavar", "NAME"))
    create.add_argument("--server", metavar=url, required=True)

    join = actions.add_parser("join", help=_("join a class with a join code, or as your own second device"))
    join.add_argument("server", metavar=url)
    join.add_argument("code", metavar=pgettext("metavar", "CODE"), nargs="?")
    join.add_argument("--student", metavar=pgettext("metavar", "NAME"), help=_("your name on the report"))
    join.add_argument(
        "--device", action="store_true", help=_("join as another device of yours (your key is asked for)")
    )

    actions.add_parser("key", help=_("show your class key, to join from another device of yours"))
    actions.add_parser("leave", help=_("stop syncing with the class on this device"))

    for name, text in (
        ("info", _("list the class's students and join codes")),
        ("new-code", _("make another join code")),
    ):
        one = actions.add_parser(name, help=text)
        one.add_argument("--server", metavar=url, required=True)
    revoke = actions.add_parser("revoke", help=_("revoke a join code (students who joined stay)"))
    revoke.add_argument("code_id", metavar=pgettext("metavar", "CODE_ID"), type=int)
    revoke.add_argument("--server", metavar=url, required=True)
    remove = actions.add_parser("remove", help=_("delete a student and all their data from the server"))
    remove.add_argument("student_id", metavar=pgettext("metavar", "STUDENT_ID"))
    remove.add_argument("--server", metavar=url, required=True)
    for one in actions.choices.values():
        if one.prog.split()[-1] in ("create", "join", "info", "new-code", "revoke", "remove"):
            one.add_argument("--insecure", action="store_true", help=_("allow plain http:// to another host"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Do one class action."""
    action = args.action
    if action in ("key", "leave"):
        return _key(ctx) if action == "key" else _leave(ctx)
    server = check_server_url(args.server, insecure=args.insecure)
    if action == "create":
        return _create(args, ctx, server)
    if action == "join":
        return _join(args, ctx, server)
    teacher = client(server, secret(ctx, CLASS_KEY_ENV, _("Instructor key: ")))
    if action == "info":
        info = teacher.call("GET", "/api/v1/class")
        print(_("Class: {name}").format(name=visible(info["name"])), file=ctx.stdout)
        for student in info["students"]:
            print(
                ngettext(
                    "  {name}  {id}  {count} event", "  {name}  {id}  {count} events", student["events"]
                ).format(name=visible(student["name"]), id=student["student_id"], count=student["events"]),
                file=ctx.stdout,
            )
        for code in info["codes"]:
            state = _("revoked") if code["revoked"] else _("active")
            print(_("  join code #{id}: {state}").format(id=code["code_id"], state=state), file=ctx.stdout)
    elif action == "new-code":
        made = teacher.call("POST", "/api/v1/class/codes")
        print(
            _("Join code #{id}: {code}").format(id=made["code_id"], code=made["join_code"]), file=ctx.stdout
        )
    elif action == "revoke":
        teacher.call("POST", f"/api/v1/class/codes/{args.code_id}/revoke")
        print(_("Join code #{id} revoked.").format(id=args.code_id), file=ctx.stdout)
    else:
        if not args.student_id.isalnum():
            raise UsageError(_("{value} is not a student id").format(value=visible(args.student_id)))
        teacher.call("DELETE", f"/api/v1/class/students/{args.student_id}")
        print(
            _("Student {id} and all their data deleted from the server.").format(id=args.student_id),
            file=ctx.stdout,
        )
    return 0


def _create(args: argparse.Namespace, ctx: Context, server: str) -> int:
    setup = client(server, secret(ctx, SETUP_KEY_ENV, _("Server setup key: ")))
    made = setup.call("POST", "/api/v1/classes", {"name": args.name})
    print(_("Class {name} created.").format(name=visible(made["name"])), file=ctx.stdout)
    print(
        _("Instructor key (keep it secret; shown only now): {key}").format(key=made["instructor_key"]),
        file=ctx.stdout,
    )
    print(_("Join code for students: {code}").format(code=made["join_code"]), file=ctx.stdout)
    print(
        _("Students run: kzjp-tutor class join {server} {code} --student NAME").format(
            server=server, code=made["join_code"]
        ),
        file=ctx.stdout,
    )
    return 0


def _join(args: argparse.Namespace, ctx: Context, server: str) -> int:
    if load_link(ctx.home) is not None:
        raise UsageError(_("this home has already joined a class; run `kzjp-tutor class leave` first"))
    if args.device:
        key = secret(
            ctx, CLASS_KEY_ENV, _("Your class key (from `kzjp-tutor class key` on your first device): ")
        )
        me = client(server, key).call("GET", "/api/v1/me")
        link = ClassLink(
            server=server,
            key=key,
            student_id=me["student_id"],
            student=me["name"],
            class_name=me["class_name"],
        )
    else:
        if not args.code:
            raise UsageError(_("give the join code from your instructor, or --device to join with your key"))
        name = (args.student or "").strip()
        if not name:
            raise UsageError(_("give your name for the report with --student NAME"))
        joined = client(server, None).call("POST", "/api/v1/join", {"code": args.code, "student": name})
        link = ClassLink(
            server=server,
            key=joined["student_key"],
            student_id=joined["student_id"],
            student=name,
            class_name=joined["class_name"],
        )
    with Store.open(ctx.home, now=ctx.clock.now()) as store:
        waiting = store.transaction(rebuild_outbox)
    path = save_link(ctx.home, link)
    print(
        _("Joined {name} as {student}; the key is kept in {path} (only you can read it).").format(
            name=visible(link.class_name), student=visible(link.student), path=path
        ),
        file=ctx.stdout,
    )
    print(
        ngettext(
            "{count} change (answers, card steps, exams) will be sent by `kzjp-tutor sync`.",
            "{count} changes (answers, card steps, exams) will be sent by `kzjp-tutor sync`.",
            waiting,
        ).format(count=waiting),
        file=ctx.stdout,
    )
    return 0


def _key(ctx: Context) -> int:
    link = load_link(ctx.home)
    if link is None:
        raise UsageError(_("this home has not joined a class"))
    print(link.key, file=ctx.stdout)
    return 0


def _leave(ctx: Context) -> int:
    if not forget_link(ctx.home):
        print(_("This home had not joined a class."), file=ctx.stdout)
        return 0
    print(
        _("Left the class on this device: nothing is synced any more. Your progress stays here."),
        file=ctx.stdout,
    )
    return 0
