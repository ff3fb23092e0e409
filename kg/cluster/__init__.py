"""Parse, extract and resolve on a Dask cluster; the article graphs come back to one writer.

    open_cluster("local:2" | "tcp://HOST:8786", model) -> Cluster | None
    Cluster.outcomes(articles) -> (article, ArticleGraph | Exception), in input order

:mod:`kg.cluster.session` is the writer's side (connecting, batching, streaming results
back as they finish and putting them back in input order); :mod:`kg.cluster.worker` is what
runs on the workers (the spaCy pipeline loaded once per worker process by a worker plugin).
Folding short names across articles needs every article, so it stays with the writer
(:mod:`kg.pipeline`), which makes a build on a cluster give the same bytes as a local one.
Nothing here imports dask until a cluster is asked for.
"""

from __future__ import annotations

from .session import Cluster, open_cluster

__all__ = ["Cluster", "open_cluster"]
