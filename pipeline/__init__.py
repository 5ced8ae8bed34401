"""Turn documents into schemes, and schemes plus submissions into scores."""
