"""The Spark engine: the same pipeline on Apache Spark (``groundwatch run --engine spark``).

A thin shell in the cc-pyspark pattern (STYLE.md practice 13): it lists the inputs on the driver,
runs the article stages per input file in ``mapPartitions`` with a lazily loaded per-worker model,
counts rejections in accumulators, and calls the same functions as the local engine
(``pipeline.analyse_articles``, ``pipeline.link``). Needs the ``spark`` extra and Java 17+.
"""
