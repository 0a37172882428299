"""Sub-commands of the ``cxdesk`` command line, one module per command group (see ``cxdesk.cli``).

Each module has ``register(subparsers)`` that adds its parsers; a parser's ``handler`` takes the
parsed arguments and returns the exit code. Handlers call the same services as the GUI.
"""
