"""Property: any bytes and any TOML document give a valid deck or a DeckError, nothing else."""

from __future__ import annotations

from typing import Any

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.errors import DeckError
from kzjp_tutor.core.loader import parse_deck

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _load(data: bytes) -> None:
    try:
        deck = parse_deck(data, "fuzz.toml")
    except DeckError as exc:
        assert exc.problems, "a DeckError always names at least one problem"
        for problem in exc.problems:
            assert problem.file == "fuzz.toml"
            assert problem.message
    else:
        assert isinstance(deck, Deck)


@FAST
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    _load(data)


@FAST
@given(st.text(alphabet=st.sampled_from(list("[]{}=\".,'#\n abc1-_\\")), max_size=300))
def test_arbitrary_toml_like_text(text: str) -> None:
    _load(text.encode())


scalars = st.one_of(
    st.none().map(lambda _: ""),
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.dates(),
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
card = st.fixed_dictionaries(
    {"id": st.sampled_from(["a", "b", "B!", ""]), "prompt": values, "answer": values},
    optional={
        "type": st.sampled_from(["text", "date", "number", "list", "choice", "other"]),
        "accept": values,
        "reject": values,
        "choices": values,
        "need": values,
        "tolerance": values,
        "unit": values,
        "tags": values,
        "explain": values,
        "extra": values,
    },
)
documents = st.fixed_dictionaries(
    {},
    optional={
        "format": st.sampled_from([1, 2, "1", 1.0]),
        "deck": st.fixed_dictionaries(
            {},
            optional={
                "id": st.sampled_from(["d", "D", ""]),
                "title": values,
                "language": st.sampled_from(["ru", "en", "kk"]),
            },
        ),
        "sections": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "id": st.sampled_from(["s", "t", ""]),
                    "title": values,
                    "cards": st.lists(card, max_size=3),
                },
            ),
            max_size=3,
        ),
    },
)


@FAST
@given(documents)
def test_arbitrary_toml_documents(document: dict[str, Any]) -> None:
    _load(tomli_w.dumps(document).encode())
