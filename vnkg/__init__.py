"""vnkg: a knowledge-graph builder for Vietnamese political news.

Library first: every command of the ``vnkg`` CLI is one function here —
:func:`vnkg.builder.build.build`, :func:`vnkg.exports.run_export`,
:meth:`vnkg.builder.store.OxigraphStore.select` and so on.
"""

__version__ = "0.1.0"
