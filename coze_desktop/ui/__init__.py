"""Everything Qt: the window, its widgets, the settings dialog, start-up on the qasync loop."""
