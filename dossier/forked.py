"""Share a step that compares all the articles among the machine's cores, by forking.

The cross-article stages (grouping claims above all) read the whole dossier: sending it to a pool's
processes would cost more than the step. A forked process starts as a copy of this one, data included,
so each share is told only which part of the work is its own, and sends back its results.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Result = TypeVar("Result")
Share = tuple[int, int]  # (index, count): the share's number and how many shares there are

_task: Callable[[Share], object] | None = None  # what the forked processes run: set before they start
_aside: Callable[[], object] | None = None  # what ``aside``'s forked process runs
_limit: int | None = None  # the most processes to use (``limit``)


def limit(count: int | None) -> None:
    """Use at most ``count`` processes at once (the build's ``--workers``); None: one per core."""
    global _limit
    _limit = count


def cores() -> int:
    """How many processes to share work among: one per core this process may run on, at most ``limit``'s."""
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(available, _limit) if _limit else available


def _run(share: Share) -> object:
    assert _task is not None
    return _task(share)


def _run_aside() -> object:
    global _limit
    assert _aside is not None
    # The process that started this one goes on working on a core of its own: this one shares its work among
    # the others only. Two processes of it where there are two cores took no less time than one, and each
    # forked copy counts the whole build's memory again.
    _limit = max(1, cores() - 1)
    return _aside()


def aside(task: Callable[[], Result]) -> Callable[[], Result]:
    """Start ``task()`` in a forked copy of this process, which sees the data as it stands now, and go on; returns
    a function that waits for the task's result. With one core, or where processes cannot be forked, ``task``
    runs now: the task must not read what this process changes meanwhile."""
    global _aside
    if cores() < 2 or "fork" not in multiprocessing.get_all_start_methods():
        value = task()
        return lambda: value
    _aside = task
    try:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        future = pool.submit(_run_aside)  # forks now: the copy holds ``task``
    finally:
        _aside = None

    def result() -> Result:
        try:
            return future.result()
        finally:
            pool.shutdown()

    return result


def in_shares(task: Callable[[Share], Result], count: int) -> list[Result]:
    """``task((index, count))`` for each index, side by side: the first in this process, the others in forked
    copies of it. The results come in the shares' order. Where processes cannot be forked, or ``count`` is 1,
    there is one share, ``(0, 1)``, run here: ``task`` must give the same results however the work is shared."""
    global _task
    if count < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [task((0, 1))]
    _task = task
    try:
        with ProcessPoolExecutor(count - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            others = [pool.submit(_run, (index, count)) for index in range(1, count)]
            return [task((0, count)), *(other.result() for other in others)]  # type: ignore[misc]
    finally:
        _task = None
