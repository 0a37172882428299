"""The Qt desktop interface of cxdesk: start-up (first-run wizard, login), the main window with
its area registry and pages, the single write path (operation runner and change bus), the lazy
table model, the idle auto-lock and translation loading. Nothing outside this package imports
PySide6; the entry point is :func:`cxdesk.gui.app.run_gui`.
"""
