"""One module per CLI command; each exposes ``register(subparsers)``.

A command's handler takes ``(args, ctx)`` and returns the exit code. Commands are thin: they
parse, call the core and print.
"""
