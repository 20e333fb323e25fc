"""The team hub: agents' weekly pulses in, k-anonymous released figures out.

Installed with the ``wellbeing[hub]`` extra (Starlette, uvicorn, SQLAlchemy
Core). Never imports Qt, and the desktop app never imports it. The release
rules live in ``wellbeing.core.release``; this package stores, authenticates
and serves.
"""
