"""Choosing where tasks run: a thread pool (default) or Dask.

The Dask ``LocalCluster`` defaults to in-process workers (``processes=False``,
one thread each).  On a 2-core machine they start in well under a second, need
no re-import of Prefect, pandas and the NLP models in every worker, ship no
pickled data between processes and share the caller's Prefect settings; the
scoring work is numpy, which releases the GIL.  ``processes=True`` (or
``--dask-processes``) gives extraction — pure Python, GIL-bound — real
parallelism on bigger machines at the price of ~5–10 s of worker start-up.

``serve`` runs flows from their module in a subprocess, where options given to
``with_options`` are lost; there the runner comes from the environment
(:data:`ENV_RUNNER` and friends), read by :func:`runner_from_env`.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

ENV_RUNNER = "KAOHE_FLOWS_RUNNER"  # "threads" (default) or "dask"
ENV_ADDRESS = "KAOHE_FLOWS_DASK_ADDRESS"
ENV_WORKERS = "KAOHE_FLOWS_DASK_WORKERS"
ENV_PROCESSES = "KAOHE_FLOWS_DASK_PROCESSES"
ENV_THREADS = "KAOHE_FLOWS_THREADS"


@dataclass(frozen=True)
class RunnerOptions:
    dask: bool = False
    address: str | None = None  # tcp://host:8786 of an existing Dask scheduler
    workers: int = 2
    processes: bool = False
    threads: int | None = None  # thread-pool size (default: Prefect's)

    @property
    def uses_dask(self) -> bool:
        return self.dask or bool(self.address)

    def describe(self) -> str:
        if self.address:
            return f"Dask cluster at {self.address}"
        if self.dask:
            kind = "processes" if self.processes else "threads"
            return f"Dask LocalCluster ({self.workers} workers, {kind})"
        return f"thread pool ({self.threads or 'default'} threads)"

    def to_env(self) -> dict[str, str]:
        env = {ENV_RUNNER: "dask" if self.uses_dask else "threads", ENV_WORKERS: str(self.workers),
               ENV_PROCESSES: "1" if self.processes else "0"}
        if self.address:
            env[ENV_ADDRESS] = self.address
        if self.threads:
            env[ENV_THREADS] = str(self.threads)
        return env

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "RunnerOptions":
        env = os.environ if environ is None else environ
        threads = env.get(ENV_THREADS)
        return cls(dask=env.get(ENV_RUNNER, "threads").lower() == "dask", address=env.get(ENV_ADDRESS) or None,
                   workers=int(env.get(ENV_WORKERS, "2")), processes=env.get(ENV_PROCESSES, "0") == "1",
                   threads=int(threads) if threads else None)


def task_runner(options: RunnerOptions | None = None) -> Any:
    """A Prefect task runner for these options (a new one each call: runners are single-use)."""
    opts = options or RunnerOptions()
    if not opts.uses_dask:
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=opts.threads)
    from prefect_dask import DaskTaskRunner

    from .env import quiet_dask

    quiet_dask()
    if opts.address:
        return DaskTaskRunner(address=opts.address)
    return DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs={
        "n_workers": opts.workers, "processes": opts.processes, "threads_per_worker": 1,
        "dashboard_address": None,  # no port 8787 to collide with; no bokeh needed
    })


def runner_from_env() -> Any:
    """The task runner the environment asks for (see module doc); threads when nothing is set."""
    return task_runner(RunnerOptions.from_env())


def options_dict(options: RunnerOptions) -> dict[str, Any]:
    return asdict(options)
