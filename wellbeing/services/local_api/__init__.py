"""The optional loopback API for browser agent desktops (issue 14, DESIGN.md).

``token`` (no Qt: the command line reads it), ``controller`` (the Qt side:
starts and stops the server as the settings say, and hands requests to the
GUI thread), ``server`` (the HTTP server itself, imported only when the API
is turned on, so an app with the API off opens no port and imports nothing
more). Nothing is imported here, so ``wellbeing api token`` stays Qt-free.
"""
