"""``python -m wellbeing.hub …``: the hub's commands without the desktop's command line."""

import sys

from wellbeing.hub.cli import main

sys.exit(main(["hub", *sys.argv[1:]]))
