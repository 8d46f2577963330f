"""Exchange format v1: complete cases as one versioned JSON document, and the demo data.

The JSON Schema is derived from the data model and shipped in ``resources/exchange/``
(:mod:`.schema`). Import validates everything first, reporting each problem with its JSON
path (:mod:`.validation`), then writes all or nothing with each case's deadlines
(:mod:`.importing`); export writes the named cases with the team members and files they refer
to (:mod:`.export`). The demo data (:mod:`.demo`) is built as exchange documents and
written through the importer's path.
"""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.exchange import demo
    from guardian_desk.services.exchange.export import dumps, export_document, export_to_file
    from guardian_desk.services.exchange.importing import ImportResult, import_document, import_file
    from guardian_desk.services.exchange.schema import (
        FORMAT,
        FORMAT_VERSION,
        build_schema,
        column_schema,
        shipped_schema,
    )
    from guardian_desk.services.exchange.sealed import (
        SHORTEST_PASSPHRASE,
        check_passphrase,
        identities_in,
        is_sealed,
        recipients_of,
        seal,
        unseal,
    )
    from guardian_desk.services.exchange.validation import (
        REQUIRED_LISTS,
        parse_document,
        validate_document,
    )

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "REQUIRED_LISTS",
    "SHORTEST_PASSPHRASE",
    "ImportResult",
    "build_schema",
    "check_passphrase",
    "column_schema",
    "demo",
    "dumps",
    "export_document",
    "export_to_file",
    "identities_in",
    "import_document",
    "import_file",
    "is_sealed",
    "parse_document",
    "recipients_of",
    "seal",
    "shipped_schema",
    "unseal",
    "validate_document",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
