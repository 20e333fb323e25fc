"""The pure domain: records and the rules over them.

Nothing here imports Qt, touches a file or reads the clock: every function
that depends on the time takes ``now`` as an argument.
"""
