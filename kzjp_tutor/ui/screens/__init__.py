"""One module per screen; the app switches between them by mode or pushes them."""
