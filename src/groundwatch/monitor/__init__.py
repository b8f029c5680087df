"""Monitoring: watch sources, record what changed in each cycle, alert on what matters.

``sources.py`` (what is watched, the sources file), ``fetch.py`` (polite HTTP), ``poll.py``
(what is new in one source), ``watch.py`` (the cycle and the loop), ``changes.py`` (the change
set of a cycle), ``alerts.py`` (rules, stored once, webhook). The tables are in
``store/monitor.py``; the CLI commands ``watch``, ``sources`` and ``changes`` and the web app's
``/changes`` views are thin edges over these.
"""
