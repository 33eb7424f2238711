"""English vocabulary."""
