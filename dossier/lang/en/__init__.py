"""English vocabulary as data tables: names (entities), speech (quotes), stance (claims)."""
