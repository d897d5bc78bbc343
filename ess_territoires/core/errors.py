"""Errors that reach the user: their message says what is wrong and what to do."""


class EssError(Exception):
    """Base class; the message is already translated (core.i18n.tr) and user-facing."""


class InputError(EssError):
    """A file, option or value given by the user cannot be used."""


class Cancelled(EssError):
    """The user cancelled a run; nothing was written."""
