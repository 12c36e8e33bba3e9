"""One module per subcommand; see akhbar/cli/__init__.py."""
