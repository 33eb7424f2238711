"""Writing files: the site's only where their bytes change, and the build cache's pickles whole or not at all.

A file left untouched keeps its age, which tells MkDocs (and a host's sync) that it needs no new
rendering or upload: a rebuild after one new article then touches only what that article changed.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def write_if_changed(target: Path, data: bytes) -> bool:
    """Write ``data`` unless the file already holds it; True when it was written."""
    if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return True


def mirror(folder: Path, files: dict[str, bytes]) -> None:
    """Make ``folder`` hold exactly ``files`` (relative path: bytes), writing only the files that differ."""
    for old in sorted(folder.rglob("*"), reverse=True) if folder.is_dir() else []:
        if old.is_file() and old.relative_to(folder).as_posix() not in files:
            old.unlink()
        elif old.is_dir() and not any(old.iterdir()):
            old.rmdir()
    for path, data in sorted(files.items()):
        write_if_changed(folder / path, data)


def hash_tree(digest: Any, folder: Path, leave_out: frozenset[str] = frozenset()) -> None:
    """Feed the files under ``folder`` into ``digest`` (a hashlib object), in path order: each one's path
    relative to the folder, then its bytes. Compiled bytecode and the top-level entries ``leave_out`` names
    are left out; a missing folder adds nothing."""
    for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
        parts = path.relative_to(folder).parts
        if path.is_file() and "__pycache__" not in parts and parts[0] not in leave_out:
            digest.update("/".join(parts).encode() + b"\0" + path.read_bytes())


def load_pickle(path: Path) -> Any | None:
    """What ``save_pickle`` kept at ``path``; None when it is absent or was written by another version of a class."""
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def save_pickle(path: Path, value: Any) -> None:
    """Pickle ``value`` to ``path``, written aside and renamed, so that a process reading it at the same time (a
    build running beside this one, the pool's processes) never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "wb") as file:
        pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)
