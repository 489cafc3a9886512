"""Duplicate bodies (same `body_sha1`) within and across files, in ~12 bytes per line.

Each line keeps the first 64 bits of its body hash and its file index in flat arrays; the groups are
found once at the end with a sort (numpy), instead of a dict of a million hex strings.
"""

from __future__ import annotations

from array import array
from collections import Counter
from itertools import combinations
from typing import Any

# SHA-1 of the empty string: articles without text are not "duplicates" of each other
DUPLICATES_EMPTY_BODY_SHA1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709"
DUPLICATES_MAX_FILES_PER_GROUP = 10  # file pairs counted per group, so a body in 1,000 files stays cheap


class DuplicateFinder:
    def __init__(self) -> None:
        self.hashes = array("Q")
        self.files = array("I")

    def add(self, body_sha1: str, file_index: int) -> None:
        if body_sha1 == DUPLICATES_EMPTY_BODY_SHA1:
            return
        try:
            self.hashes.append(int(body_sha1[:16], 16))
        except ValueError:  # not hex: the schema pattern is not checked per line
            return
        self.files.append(file_index)

    def summary(self, file_names: list[str], top_pairs: int = 10) -> dict[str, Any]:
        import numpy as np

        hashes = np.frombuffer(self.hashes, dtype=np.uint64) if self.hashes else np.zeros(0, np.uint64)
        files = np.frombuffer(self.files, dtype=np.uint32) if self.files else np.zeros(0, np.uint32)
        order = np.lexsort((files, hashes))
        hashes, files = hashes[order], files[order]
        n = len(hashes)
        if n == 0:
            return _result(0, 0, 0, 0, 0, [])
        new_hash = np.r_[True, hashes[1:] != hashes[:-1]]
        starts = np.flatnonzero(new_hash)
        sizes = np.diff(np.r_[starts, n])
        new_pair = new_hash | np.r_[True, files[1:] != files[:-1]]
        files_per_group = np.add.reduceat(new_pair.astype(np.int64), starts)
        cross = files_per_group > 1
        pairs: Counter[tuple[int, int]] = Counter()
        for start, size in zip(starts[cross], sizes[cross], strict=True):
            group_files = sorted(set(files[start : start + size].tolist()))[:DUPLICATES_MAX_FILES_PER_GROUP]
            pairs.update(combinations(group_files, 2))
        file_pairs = [
            {"file_a": file_names[a], "file_b": file_names[b], "shared_bodies": count}
            for (a, b), count in pairs.most_common(top_pairs)
        ]
        return _result(
            int(n),
            int(len(starts)),
            int((sizes > 1).sum()),
            int(cross.sum()),
            int((sizes[cross] - 1).sum()),
            file_pairs,
        )


def _result(lines: int, bodies: int, groups: int, cross_groups: int, cross_lines: int, pairs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "lines_with_body": lines,
        "distinct_bodies": bodies,
        "duplicate_lines": lines - bodies,
        "duplicate_groups": groups,
        "cross_file_groups": cross_groups,
        "cross_file_duplicate_lines": cross_lines,
        "file_pairs": pairs,
    }
