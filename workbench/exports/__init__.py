"""Exports to PDF and Excel, and the tracker import. No Qt: the GUI and the CLI both call it.

Start at ``run_export`` (``workbench.exports.runner``); the importer is
``workbench.exports.xlsx.importer``.
"""
