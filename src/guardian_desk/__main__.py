"""``python -m guardian_desk`` runs the same command line as ``guardian-desk``."""

import sys

from guardian_desk.cli import main

sys.exit(main())
