"""Command-line interface: thin Typer shells over the Python API."""
