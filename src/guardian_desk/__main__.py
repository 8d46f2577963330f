"""``python -m guardian_desk`` runs the same command line as ``guardian-desk``."""

import sys

from guardian_desk.cli import main

if __name__ == "__main__":  # not when a checking process (multiprocessing) imports it
    sys.exit(main())
