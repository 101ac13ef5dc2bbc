"""``python -m kzjp_tutor`` is the same as the ``kzjp-tutor`` command."""

from kzjp_tutor.cli import main

raise SystemExit(main())
