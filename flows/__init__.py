"""Prefect orchestration of kaohe: ingest an inbox of notices, score a batch, serve both on a schedule.

Modules, one job each: ``env`` (Prefect settings that must be in place before
Prefect is imported), ``connect`` (which Prefect API a one-off run uses: a
configured or running server, else a temporary one on a database prepared
first), ``isolate`` (reading a notice in a killable child process under a
time limit), ``progress`` (progress events for the CLI's bars),
``runners`` (threads or Dask), ``files`` (inbox listing, downloads,
quarantine), ``storage`` (one store per process), ``partition`` (unit
partitions of a scoring batch and their recombination), ``batch`` (reading a
submissions file or folder), ``ingest`` and ``score`` (the flows)
and ``deploy`` (deployments, schedules, a local Prefect server).

Importing this package does not import Prefect; the flow modules do.
"""
