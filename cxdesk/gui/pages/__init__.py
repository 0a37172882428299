"""Pages shared by all areas: the common page frame and the honest no-access and could-not-open
notice pages. Real area pages live in their own sub-packages (``cxdesk.gui.admin`` …)."""
