"""A report found in a sentence ("the UN said", "according to UNHCR"), and which one
reports a figure: the nearest report whose direction covers it, the lower rank first
("citing the health ministry" outranks the wire that cites it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Report:
    agent: str
    start: int  # first token of the report phrase (agent or verb)
    end: int  # one past its last token
    direction: str  # "forward", "backward", "both", or "given": forward and the count
    # right before it ("the 70 first reported by local officials")
    stop: int = 10**6  # a forward report covers tokens up to here
    speech: bool = True
    rank: int = 0  # lower wins over nearer ("citing the health ministry")


def attribute(reports: list[Report], start: int, end: int) -> str | None:
    """The agent reporting the figure at tokens start..end-1, or None."""
    best: tuple[int, int, str] | None = None
    for r in reports:
        rank = r.rank
        if r.direction in ("forward", "both", "given") and r.end <= start and start < r.stop:
            d = start - r.end
            if r.direction == "both" and r.stop >= 10**6:
                rank += 1  # "..., OCHA said, and dozens were killed, residents said"
        elif r.direction in ("backward", "both") and r.start >= end:
            d = r.start - end
        elif r.direction == "given" and end <= r.start <= end + 2:
            d = 0  # the count a participle gives: "the 22 announced by the police"
        else:
            continue
        if best is None or (rank, d) < best[:2]:
            best = (rank, d, r.agent)
    return best[2] if best else None
