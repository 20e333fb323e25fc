"""``python -m wellbeing``: the same as the ``wellbeing`` command."""

import sys

from wellbeing.cli import main

sys.exit(main())
