"""Guardian Desk: case management for legal-aid teams representing displaced children."""

# Written here, not read from the installed metadata: looking that up scans every installed
# distribution and costs a tenth of a second at each start. pyproject.toml reads it from here.
__version__ = "0.1.0"
