"""Remaining time of a long run, on a fake clock (no test depends on the machine's speed)."""
import pytest

from ess_territoires.core.progress import (
    ProgressText,
    RemainingTime,
    format_duration,
    progress_text,
)


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_remaining_time_follows_a_steady_run():
    clock = FakeClock()
    eta = RemainingTime(clock=clock)
    assert eta.update(0) is None  # nothing known yet
    clock.now += 1
    assert eta.update(1) is None  # too early to tell
    clock.now += 9
    assert eta.update(10) == pytest.approx(90)  # 1 % per second, 90 % to go
    clock.now += 40
    assert eta.update(50) == pytest.approx(50)
    assert eta.update(100) == 0


def test_remaining_time_follows_the_recent_speed():
    clock = FakeClock()
    eta = RemainingTime(clock=clock, window=30)
    for _ in range(60):  # a fast first step: 1 % per second for 60 s
        clock.now += 1
        eta.update(clock.now - 1000)
    for k in range(1, 31):  # then a step four times slower
        clock.now += 1
        remaining = eta.update(60 + 0.25 * k)
    assert remaining == pytest.approx((100 - 67.5) / 0.25)


def test_a_run_that_starts_again_restarts_the_estimate():
    clock = FakeClock()
    eta = RemainingTime(clock=clock)
    eta.update(0)
    clock.now += 10
    assert eta.update(80) == pytest.approx(2.5)
    clock.now += 1
    assert eta.update(5) is None


def test_no_estimate_without_progress():
    clock = FakeClock()
    eta = RemainingTime(clock=clock)
    eta.update(20)
    clock.now += 60
    assert eta.update(20) is None


@pytest.mark.parametrize("seconds, text", [(0, "0 s"), (0.2, "1 s"), (45, "45 s"), (59.5, "1 min 00 s"),
                                           (185, "3 min 05 s"), (3599, "59 min 59 s"), (3600, "1 h 00 min"),
                                           (4330, "1 h 13 min")])
def test_durations_read_like_a_person_says_them(seconds, text):
    assert format_duration(seconds) == text


def test_progress_text_says_percent_and_time_left():
    assert progress_text(42.7, 80) == "42 % (about 1 min 20 s left)"
    assert progress_text(3, None) == "3 % (estimating the time left…)"


def test_progress_text_comes_when_it_changes_and_not_too_often():
    clock = FakeClock()
    texts = ProgressText(clock=clock)
    shown = [texts.update(0)]
    for second in range(1, 41):  # 40 s run, 2.5 % a second, reported ten times a second
        for tenth in range(10):
            clock.now += 0.1
            shown.append(texts.update(min(100.0, (second - 1 + (tenth + 1) / 10) * 2.5)))
    shown = [t for t in shown if t]
    assert shown[0] == "0 % (estimating the time left…)"
    assert shown[1] == "1 % (estimating the time left…)"
    assert shown[5].startswith("5 % (about")  # the first estimate, as soon as it is known (2 s)
    percents = [int(t.split(" ")[0]) for t in shown]
    assert percents == list(range(100))  # one text per whole percent, not one per report
    assert "36 s" in shown[10] and "1 s left" in shown[-1]
    assert texts.update(100.0) is None  # the end is the caller's to announce


def test_progress_text_not_more_often_than_asked():
    clock = FakeClock()
    texts = ProgressText(clock=clock, interval=2)
    shown = []
    for tenth in range(400):  # 40 s, 2.5 % a second
        clock.now += 0.1
        shown.append(texts.update((tenth + 1) / 4))
    shown = [t for t in shown if t]
    assert 19 <= len(shown) <= 21
