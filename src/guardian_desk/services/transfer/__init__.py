"""Sending a case to a partner organisation and receiving one: consent by purpose and
recipient, partners' contact cards with verified keys, signed and sealed bundles, and the
review of duplicates when a case arrives (``docs/transfer.md``)."""
