"""Pages shared by all areas: the common page frame and the honest placeholder and no-access
pages. Real area pages live in their own sub-packages (``cxdesk.gui.admin`` …)."""
