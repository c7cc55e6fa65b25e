"""The sweep that keeps outermost entity spans agrees with the pairwise definition."""

from __future__ import annotations

from hypothesis import given, strategies as st

from newsgraph.ingest.nlp import outermost

spans = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)).map(lambda p: (p[0], p[0] + p[1])), max_size=25)


@given(spans)
def test_outermost_matches_pairwise_containment(bounds):
    want = [not any(xs <= s and e <= xe and xe - xs > e - s for xs, xe in bounds) for s, e in bounds]
    assert outermost(bounds) == want


def test_outermost_keeps_equal_spans_and_drops_nested_ones():
    assert outermost([(0, 3), (1, 2), (0, 3), (2, 5), (4, 5)]) == [True, False, True, True, False]
