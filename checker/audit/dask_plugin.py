"""The Dask worker plugin that plays the local pool's initializer: pipeline loaded once per worker.

Its own module because importing `distributed` costs a second that the local engine never pays.
"""

from __future__ import annotations

from distributed import WorkerPlugin

from checker.audit import work


class LoadPipeline(WorkerPlugin):
    name = "rapportcheck-pipeline"

    def __init__(self, model: str | None):
        self.model = model

    def setup(self, worker) -> None:  # noqa: ARG002
        work.warm_up(self.model)
