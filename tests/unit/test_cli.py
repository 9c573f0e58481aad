"""The command line's argument checks: bad values are refused with a clear message."""

from __future__ import annotations

import pytest

from pipeline.cli import build_parser


@pytest.mark.parametrize("rate", ["-3", "0", "nan", "inf", "fast"])
def test_replay_refuses_a_rate_that_is_not_a_positive_number(rate, capsys):
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(["replay", "--rate", rate, "seeds"])
    assert info.value.code == 2
    assert "--rate" in capsys.readouterr().err


def test_replay_takes_a_positive_rate():
    assert build_parser().parse_args(["replay", "--rate", "2.5", "seeds"]).rate == 2.5
