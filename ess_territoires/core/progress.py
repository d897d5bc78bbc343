"""Progress, remaining time and cancellation for long runs, without qgis.

Long functions take a ``feedback`` object with the method names of QgsFeedback
(``isCanceled``, ``setProgress``, ``pushInfo``, and ``setProgressText`` of QgsProcessingFeedback),
so a QgsProcessingFeedback can be passed as is; tests pass ``Feedback``.

``RemainingTime`` turns the percentages a run reports into "42 % (about 1 min 20 s left)": the
Processing algorithms (processing/base.py) publish that text with ``feedback.setProgressText``,
where the Processing dialog, the panel and the command line all show it.
"""
import math
import time
from collections import deque

from .errors import Cancelled
from .i18n import tr


class Feedback:
    """Silent feedback; ``cancel()`` makes the run stop at its next check."""

    def __init__(self):
        self._canceled = False
        self.progress = 0.0
        self.messages = []
        self.progress_texts = []

    def cancel(self):
        self._canceled = True

    def isCanceled(self):
        return self._canceled

    def setProgress(self, percent):
        self.progress = percent

    def setProgressText(self, text):
        self.progress_texts.append(text)

    def pushInfo(self, text):
        self.messages.append(text)


def check_canceled(feedback):
    """Raise Cancelled when the user asked to stop."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Cancelled by the user: nothing was written."))


def clock() -> float:
    """Seconds of a monotonic clock: what RemainingTime measures with (tests replace it)."""
    return time.monotonic()


def format_duration(seconds: float) -> str:
    """A remaining time as people read it: "45 s", "3 min 05 s", "1 h 12 min"."""
    seconds = max(0, math.ceil(seconds - 0.01))  # 36.000001 s is 36 s
    if seconds < 60:
        return tr("{s} s").format(s=seconds)
    if seconds < 3600:
        return tr("{m} min {s:02d} s").format(m=seconds // 60, s=seconds % 60)
    minutes = (seconds + 59) // 60
    return tr("{h} h {m:02d} min").format(h=minutes // 60, m=minutes % 60)


def progress_text(percent: float, remaining) -> str:
    """ "42 % (about 1 min 20 s left)", or "3 % (estimating the time left…)" while unknown."""
    shown = int(max(0.0, min(percent, 100.0)))
    if remaining is None:
        return tr("{percent} % (estimating the time left…)").format(percent=shown)
    return tr("{percent} % (about {time} left)").format(percent=shown, time=format_duration(remaining))


class RemainingTime:
    """Estimates the time a run has left from the percentages it reports.

    The rate is measured over the last ``window`` seconds (the steps of a run do not all go at the
    same speed), from the first report on, and only once ``min_elapsed`` seconds and some progress
    have passed: before that the time left is unknown (None). ``clock`` returns seconds (tests pass
    a fake one)."""

    def __init__(self, clock=None, window: float = 30.0, min_elapsed: float = 2.0):
        self.clock = clock or globals()["clock"]
        self.window = window
        self.min_elapsed = min_elapsed
        self.samples = deque()  # (time, percent), oldest first
        self.started = None

    def update(self, percent: float):
        """Record ``percent`` now; return the estimated seconds left, or None while unknown."""
        now = self.clock()
        percent = max(0.0, min(float(percent), 100.0))
        if self.started is None:
            self.started = now
        if self.samples and percent < self.samples[-1][1]:  # progress went back: a new run
            self.samples.clear()
            self.started = now
        self.samples.append((now, percent))
        while len(self.samples) > 2 and now - self.samples[1][0] >= self.window:
            self.samples.popleft()
        if percent >= 100.0:
            return 0.0
        then, before = self.samples[0]
        if now - self.started < self.min_elapsed or percent <= before or now <= then:
            return None
        rate = (percent - before) / (now - then)  # percent per second
        return (100.0 - percent) / rate


class ProgressText:
    """The text to show beside a progress bar: ``update(percent)`` returns it, or None when the
    previous one still stands. A new text comes when the whole percentage has changed and at least
    ``interval`` seconds have passed, or as soon as the first estimate is known: the Processing
    dialog logs every progress text it gets, so a run logs at most about a hundred lines."""

    def __init__(self, clock=None, interval: float = 0.0, **estimator):
        self.clock = clock or globals()["clock"]
        self.interval = interval
        self.remaining = RemainingTime(clock=self.clock, **estimator)
        self.shown = None  # (time, whole percent, estimate known) of the last text

    def update(self, percent: float):
        remaining = self.remaining.update(percent)
        if percent >= 100.0:  # done: the caller says so in its own words
            return None
        now = self.clock()
        if self.shown is not None:
            shown_at, shown_percent, known = self.shown
            first_estimate = remaining is not None and not known
            if not first_estimate and (now - shown_at < self.interval or int(percent) == shown_percent):
                return None
        self.shown = (now, int(percent), remaining is not None)
        return progress_text(percent, remaining)
