"""Counters whose memory stays bounded however many distinct values a crawl has."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable


class TopCounter:
    """A Counter that keeps at most ~2x `capacity` keys by pruning the rarest ones.

    Exact while a crawl has at most `capacity` distinct values; beyond that, the frequent values (the
    top 20 a report shows) keep counts that are exact or nearly so, and `approximate` says so.
    """

    def __init__(self, capacity: int = 50_000) -> None:
        self.capacity = capacity
        self.counts: Counter[Hashable] = Counter()
        self.approximate = False

    def add(self, key: Hashable, n: int = 1) -> None:
        self.counts[key] += n
        if len(self.counts) > 2 * self.capacity:
            self.counts = Counter(dict(self.counts.most_common(self.capacity)))
            self.approximate = True

    def most_common(self, k: int) -> list[tuple[Hashable, int]]:
        return self.counts.most_common(k)

    def __len__(self) -> int:
        return len(self.counts)
