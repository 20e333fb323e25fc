"""Errors the domain raises, so that callers can tell bad input from bugs."""


class InvalidInput(ValueError):
    """Input that the domain refuses: the message is one line for a person.

    The command line prints it and exits 2; a dialog shows it next to the
    field. Nothing has been written when it is raised.
    """
