"""Progress and cancellation for long runs, without qgis.

Long functions take a ``feedback`` object with the method names of QgsFeedback
(``isCanceled``, ``setProgress``, ``pushInfo``), so a QgsProcessingFeedback can be passed
as is; the command line passes a text progress bar; tests pass ``Feedback``.
"""
from .errors import Cancelled
from .i18n import tr


class Feedback:
    """Silent feedback; ``cancel()`` makes the run stop at its next check."""

    def __init__(self):
        self._canceled = False
        self.progress = 0.0
        self.messages = []

    def cancel(self):
        self._canceled = True

    def isCanceled(self):
        return self._canceled

    def setProgress(self, percent):
        self.progress = percent

    def pushInfo(self, text):
        self.messages.append(text)


def check_canceled(feedback):
    """Raise Cancelled when the user asked to stop."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Cancelled by the user: nothing was written."))
