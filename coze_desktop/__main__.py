"""``python -m coze_desktop``: the desktop app, or ``ask`` from a terminal."""

import sys

from .cli import main

sys.exit(main())
