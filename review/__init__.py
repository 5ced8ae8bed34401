"""The review web page: reviewers compare a stored scheme with its notice and correct it.

It sits above ``schemes`` (model, store) and ``extractors`` (document model,
to show the notice) and writes only through the store, so every edit is an
audited correction based on the revision the reviewer saw.  Start it with
``kaohe serve``; build it in code with :func:`review.app.create_app`.
"""
