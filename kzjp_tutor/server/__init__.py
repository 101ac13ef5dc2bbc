"""The class server: an HTTP JSON API over SQLite or PostgreSQL, and the live class report.

============== ==============================================================================
module         holds
============== ==============================================================================
db             the schema (SQLAlchemy Core), engines for both databases, Alembic on start
keys           keys, join codes and sessions: random, stored hashed, compared in constant time
limits         body size, events per push, name lengths, requests per key
state          what handlers share, and who a request's key belongs to
models         the pydantic request and response bodies
api            ``/api/v1``: classes, join codes, join, push, pull, exports
pages          ``/class/report``: the class report behind a login form and a cookie
app            the FastAPI app, its error answers and security headers
runner         ``serve``: the setup key file and uvicorn
============== ==============================================================================

A thin layer like the UI: it calls the core (events, replay, the report) and the core never
imports it. It needs the ``server`` extra (``pip install 'kzjp-tutor[server]'``).
"""
