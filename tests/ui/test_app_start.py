"""The window started as a person starts it: ``guardian-desk --demo``, in a process of its own
(without a screen to click on, the demo signs in as its administrator)."""

from __future__ import annotations

import os
import subprocess
import sys
import time


def test_the_demo_starts_with_its_users_and_stays_up() -> None:
    started = subprocess.Popen(
        [sys.executable, "-m", "guardian_desk", "--demo", "--no-crash-dialog"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        deadline = time.monotonic() + 25  # 300 demo cases, their users, the window
        while time.monotonic() < deadline and started.poll() is None:
            time.sleep(0.5)
        ended = started.poll()
    finally:
        started.kill()
        _out, err = started.communicate(timeout=30)
    # Still running: the demo was made, its users added, the administrator signed in and
    # the window shown; a failure would have ended it with one sentence on stderr.
    assert ended is None, err
    assert "guardian-desk:" not in err
    assert "Traceback" not in err
