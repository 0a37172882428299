"""Entry script of the frozen program (PyInstaller): the same ``main`` as ``python -m cxdesk``."""

from __future__ import annotations

import os
import sys


def _ensure_streams() -> None:
    """A windowed Windows executable has no stdout/stderr; messages then go nowhere instead of failing."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


if __name__ == "__main__":
    _ensure_streams()
    import multiprocessing

    multiprocessing.freeze_support()  # a bundle import's helper process is this program started again
    from cxdesk.__main__ import main

    sys.exit(main())
