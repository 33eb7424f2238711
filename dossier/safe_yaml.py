"""YAML from files a user did not write (front matter, curation): plain data only, bounded in size.

Anchors and aliases are refused outright: nine nested levels of ``&a [*a, *a, ...]`` expand to
billions of nodes (an alias bomb), and no article or curation file needs them.
"""

from __future__ import annotations

from pathlib import Path

import yaml

MAX_YAML_CHARS = 64 * 1024  # front matter and a story's settings are a few lines; more is not metadata
MAX_CURATION_CHARS = 4 * 1024 * 1024  # a curator's entities.yml for a large dossier may list thousands of names


class _DatesAsText(yaml.SafeLoader):
    """The safe loader leaving dates as written: an impossible one ("2024-02-30") is then a value its reader can
    name, not an error that refuses the whole file."""


_DatesAsText.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str, where: str, limit: int = MAX_YAML_CHARS, dates_as_text: bool = False) -> object:
    """Parse ``text``; raises ValueError naming ``where`` for aliases, anchors, size or syntax.
    ``dates_as_text``: dates stay strings ("2024-05-03"), else they are ``datetime.date``."""
    if len(text) > limit:
        raise ValueError(f"{where}: YAML over {limit // 1024} KB refused")
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise ValueError(f"{where}: YAML anchors and aliases (&, *) are refused")
        return yaml.load(text, Loader=_DatesAsText if dates_as_text else yaml.SafeLoader)
    except yaml.YAMLError as error:
        raise ValueError(f"{where}: unreadable YAML ({error.__class__.__name__})") from error


def load_file(path: Path, limit: int = MAX_YAML_CHARS, dates_as_text: bool = False) -> dict:
    """A YAML file holding a mapping (empty file: empty mapping)."""
    data = load(path.read_text(encoding="utf-8"), str(path), limit, dates_as_text) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data
