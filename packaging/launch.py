"""The bundle's entry point: the same ``main`` as ``python -m coze_desktop`` (a script cannot use relative imports)."""

import sys

from coze_desktop.cli import main

sys.exit(main())
