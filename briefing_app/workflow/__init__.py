"""Use cases that combine the layers below (ingest -> analysis -> core -> export).

The CLI and the GUI both call these, so each use case exists once.
"""
