"""The command line's argument checks: bad values are refused with a clear message."""

from __future__ import annotations

import json

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


def test_replay_reports_an_article_the_producer_refuses_and_sends_the_rest(
    monkeypatch, capsys, tmp_path
):
    import pipeline.kafka as kafka
    from pipeline.cli import main

    class Future:
        is_done = True

        def get(self, timeout=None):
            return None

    class Producer:
        def __init__(self):
            self.sent = 0

        def send(self, topic, key=None, value=None):
            if b"too big" in value:
                raise RuntimeError("MessageSizeTooLargeError")  # raised by send itself
            self.sent += 1
            return Future()

        def flush(self, timeout=None):
            pass

        def close(self, timeout=None):
            pass

    producer = Producer()
    monkeypatch.setattr(kafka, "ensure_topics", lambda settings: None)
    monkeypatch.setattr(kafka, "make_producer", lambda settings: producer)
    (tmp_path / "a.txt").write_text("First story\nA body.\n")
    (tmp_path / "b.txt").write_text("Second story\nA body too big to send.\n")
    (tmp_path / "c.txt").write_text("Third story\nAnother body.\n")
    assert main(["replay", "--no-progress", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "not sent" in err and "MessageSizeTooLargeError" in err
    assert "replayed 2 article(s)" in err and "1 not delivered" in err
    assert producer.sent == 2


def test_replay_keeps_a_bounded_number_of_sends_unsettled_and_names_a_failed_one(
    monkeypatch, capsys, tmp_path
):
    # A replay of millions of articles must not hold one future per article until the
    # end: it settles the oldest sends as it goes, waiting for them when the broker lags.
    import pipeline.kafka as kafka
    import pipeline.replay as replay
    from pipeline.cli import main

    class Producer:
        def __init__(self):
            self.open: set[int] = set()
            self.most_open = 0
            self.sent = 0

        def send(self, topic, key=None, value=None):
            producer, n = self, self.sent
            self.sent += 1
            self.open.add(n)
            self.most_open = max(self.most_open, len(self.open))

            class Future:
                is_done = False  # the broker is slow: nothing is confirmed unasked

                def get(self, timeout=None):
                    producer.open.discard(n)
                    if b"Story 17" in value:
                        raise RuntimeError("NotEnoughReplicasError")

            return Future()

        def flush(self, timeout=None):
            pass

        def close(self, timeout=None):
            pass

    producer = Producer()
    monkeypatch.setattr(kafka, "ensure_topics", lambda settings: None)
    monkeypatch.setattr(kafka, "make_producer", lambda settings: producer)
    monkeypatch.setattr(replay, "MAX_UNSETTLED", 5, raising=False)
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(f"Story {i}\nA body for story {i}.\n")
    assert main(["replay", "--no-progress", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert producer.sent == 40 and not producer.open
    assert producer.most_open == 6  # the bound, and the send that went over it
    assert err.count("delivery failed") == 1 and "NotEnoughReplicasError" in err
    assert "replayed 39 article(s)" in err and "1 not delivered" in err


SKYFIRE = "Skyfire raid on the valley\nA skyfire raid hit the valley overnight, villagers said.\n"
USER_RULES = '[tags.battle]\nstrong = ["skyfire raid"]\n'


def test_enrich_tags_with_the_rules_file_the_settings_name(monkeypatch, capsys, tmp_path):
    import json

    from pipeline.cli import main

    (tmp_path / "story.txt").write_text(SKYFIRE)
    assert main(["enrich", str(tmp_path / "story.txt")]) == 0
    packaged = json.loads(capsys.readouterr().out)
    rules = tmp_path / "rules.toml"
    rules.write_text(USER_RULES)
    monkeypatch.setenv("NEWSWIRE_RULES_FILE", str(rules))
    assert main(["enrich", str(tmp_path / "story.txt")]) == 0
    user = json.loads(capsys.readouterr().out)
    assert "battle" not in [t["tag"] for t in packaged["conflict"]["tags"]]
    assert "battle" in [t["tag"] for t in user["conflict"]["tags"]]
    assert user["pipeline"]["rules"] != packaged["pipeline"]["rules"]  # records say which


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "No such file"),
        ("[tags.battle\nstrong = [", "not valid TOML"),
        ('[tags.battl]\nstrong = ["skyfire"]\n', "unknown tag(s) battl; the tags are "),
        ('[tag.battle]\nstrong = ["skyfire"]\n', "unknown section(s) tag; the sections are "),
    ],
)
def test_a_rules_file_that_cannot_be_used_is_a_clear_error(
    monkeypatch, capsys, tmp_path, content, reason
):
    from pipeline.cli import main

    rules = tmp_path / "rules.toml"
    if content is not None:
        rules.write_text(content)
    (tmp_path / "story.txt").write_text(SKYFIRE)
    monkeypatch.setenv("NEWSWIRE_RULES_FILE", str(rules))
    assert main(["enrich", str(tmp_path / "story.txt")]) == 2
    err = capsys.readouterr().err
    assert str(rules) in err and reason in err


@pytest.mark.parametrize(
    "argv",
    [
        ["worker", "--web-port", "70000"],
        ["worker", "--web-port", "0"],
        ["worker", "--concurrency", "0"],
        ["worker", "--concurrency", "-2"],
        ["consume", "--topic", "nosuch"],
        ["consume", "--min-score", "5"],
        ["consume", "--limit", "-1"],
        ["consume", "--timeout", "-1"],
        ["consume", "--timeout", "nan"],
    ],
)
def test_out_of_range_options_are_usage_errors_not_tracebacks(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "error: argument" in err and "Traceback" not in err


def test_topics_go_by_short_or_full_name_and_log_levels_include_critical():
    parser = build_parser()
    assert parser.parse_args(["consume", "--topic", "news.enriched"]).topic == "enriched"
    assert parser.parse_args(["consume", "--topic", "unique"]).topic == "unique"
    assert parser.parse_args(["--log-level", "critical", "config"]).log_level == "critical"
    args = parser.parse_args(["worker", "--web-port", "6066", "--concurrency", "2"])
    assert (args.web_port, args.concurrency) == (6066, 2)


def test_a_folder_gives_its_feed_and_text_files_and_skips_logs_scripts_and_pid_files(
    capsys, tmp_path
):
    from pipeline.cli import main

    (tmp_path / "story.txt").write_text("Title\n\nGunmen killed 12 villagers on Sunday.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "feed.xml").write_text(
        "<rss><channel><item><title>Floods</title><description>Rains displaced 300 "
        "families.</description><guid>x1</guid></item></channel></rss>"
    )
    for junk in ("http.log", "offsets.py", "worker.pid", "notes.md"):
        (tmp_path / junk).write_text("12980\n")
    assert main(["enrich", str(tmp_path)]) == 0
    titles = [json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()]
    assert sorted(titles) == ["Floods", "Title"]
    # a file named on the command line is read whatever its name
    assert main(["enrich", str(tmp_path / "http.log")]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_a_folder_without_input_files_is_a_clear_error(capsys, tmp_path):
    from pipeline.cli import main

    (tmp_path / "worker.pid").write_text("12980\n")
    assert main(["enrich", str(tmp_path)]) == 1
    assert "folder holds no input files (.txt" in capsys.readouterr().err
