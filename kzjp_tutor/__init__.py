"""kzjp-tutor: study the Kazakhstan–Japan relations course in a terminal, with fairly graded free answers.

The package is layered: ``cli`` -> ``commands`` -> ``ui`` -> ``core``, and nothing imports upward
(checked by ``lint-imports``; see ``pyproject.toml``). The version lives here, once: the build
reads it (hatch's ``[tool.hatch.version]``) and ``kzjp-tutor --version`` prints it.
"""

__version__ = "0.1.0"
