"""Pure rules of the domain. Imports no Qt and no database code."""
