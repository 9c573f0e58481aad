"""Progress on stderr: a bar on a terminal, plain lines in a log (CI, the systemd journal)."""

import io

from pipeline.progress import PlainProgress, progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_off_a_terminal_progress_is_a_plain_line_per_interval():
    now = [0.0]
    out = io.StringIO()
    bar = PlainProgress("replay -> news.raw", "article", out, interval_s=30, clock=lambda: now[0])
    for _ in range(100):
        now[0] += 1.0  # an article a second
        bar.update(1)
    bar.close()
    lines = out.getvalue().splitlines()
    assert lines == [
        "replay -> news.raw: 30 article(s), 1.0/s",
        "replay -> news.raw: 60 article(s), 1.0/s",
        "replay -> news.raw: 90 article(s), 1.0/s",
    ]
    assert "\r" not in out.getvalue()


def test_a_terminal_gets_the_bar_and_a_log_does_not():
    from tqdm import tqdm

    assert isinstance(progress("x", "article", file=Terminal()), tqdm)
    assert isinstance(progress("x", "article", file=io.StringIO()), PlainProgress)


def test_replay_writes_no_carriage_return_to_a_log(monkeypatch, capsys, tmp_path):
    import pipeline.kafka as kafka
    from pipeline.cli import main

    class Producer:
        def send(self, topic, key=None, value=None):
            return type("Future", (), {"is_done": True, "get": lambda self, timeout=None: None})()

        def flush(self, timeout=None):
            pass

        def close(self, timeout=None):
            pass

    monkeypatch.setattr(kafka, "ensure_topics", lambda settings: None)
    monkeypatch.setattr(kafka, "make_producer", lambda settings: Producer())
    (tmp_path / "a.txt").write_text("First story\nA body.\n")
    assert main(["replay", str(tmp_path)]) == 0  # stderr is captured: not a terminal
    err = capsys.readouterr().err
    assert "\r" not in err and "replayed 1 article(s)" in err
