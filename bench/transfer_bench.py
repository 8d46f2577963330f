"""Benchmark: sealing and signing a referral, and opening it at the other end.

    .venv/bin/python bench/transfer_bench.py [--scans-mb 20] [--rounds 5]

Two organisations in new database files, cards exchanged and confirmed. One case carries
``--scans-mb`` MB of scans (ten pictures of noise: they do not compress, as photos of
documents hardly do). Measured, each ``--rounds`` times:

- **seal and sign**: ``prepare_referral`` + ``send_referral`` — the case read, checked
  against its consent, written as an exchange document with its files, sealed with age to
  the partner, the manifest signed with Ed25519, the file written whole and the referral
  recorded;
- **check and open**: ``open_bundle`` at the partner — signature, ciphertext sum, age
  decryption, validation of the case as an import (every scan checked by content) and the
  duplicate search.

The issue's target is sealing and signing ≤ 1 s for 20 MB.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any


def _scan(size: int) -> bytes:
    from PIL import Image

    side = int(size**0.5)
    buffer = io.BytesIO()
    Image.frombytes("L", (side, side), os.urandom(side * side)).save(buffer, format="PNG")
    return buffer.getvalue()


def _case(case_id: str, scans: list[bytes]) -> dict[str, Any]:
    return {
        "id": case_id,
        "reference": "BENCH-1",
        "opened_on": "2026-10-01",
        "home_jurisdiction": "DE",
        "child": {
            "id": str(uuid.uuid4()),
            "given_names": "Selam",
            "family_name": "Haile",
            "sex": "female",
            "dob_certainty": "documented",
            "dob_year": 2012,
            "dob_month": 5,
            "dob_day": 4,
            "nationalities": ["ER"],
            "languages": ["ti"],
        },
        "documents": [
            {
                "id": str(uuid.uuid4()),
                "document_type": "birth_certificate",
                "issuing_country": "ER",
                "copy_kind": "certified_copy",
                "files": [
                    {
                        "id": str(uuid.uuid4()),
                        "attachment_id": hashlib.sha256(scan).hexdigest(),
                        "position": 0,
                    }
                ],
            }
            for scan in scans
        ],
        "consents": [
            {
                "id": str(uuid.uuid4()),
                "purpose": "legal_representation",
                "recipient": "Avocats Lyon",
                "given_by": "Selam Haile",
                "given_on": "2026-11-01",
                "sections": ["identity", "proceedings", "documents"],
            }
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans-mb", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from guardian_desk.domain.enums import ConsentPurpose
    from guardian_desk.services import exchange, transfer
    from guardian_desk.storage.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="gd-transfer-bench-"))
    berlin = open_database(str(folder / "berlin.sqlite"))
    lyon = open_database(str(folder / "lyon.sqlite"))
    transfer.set_profile(berlin, transfer.Profile("Rechtshilfe Berlin", "DE"))
    transfer.set_profile(lyon, transfer.Profile("Avocats Lyon", "FR"))
    for me, other in ((berlin, lyon), (lyon, berlin)):
        card = transfer.own_card(other)
        transfer.confirm_partner(me, transfer.add_card(me, card).partner.id, card.fingerprint)
    count = 10
    scans = [_scan(int(args.scans_mb * 1024 * 1024 / count)) for _ in range(count)]
    total = sum(len(s) for s in scans)
    case_id = "b0b0b0b0-0000-4000-8000-000000000000"
    exchange.import_document(
        berlin,
        {
            "format": exchange.FORMAT,
            "format_version": exchange.FORMAT_VERSION,
            "attachments": [
                {
                    "sha256": hashlib.sha256(s).hexdigest(),
                    "media_type": "image/png",
                    "size": len(s),
                    "data": base64.b64encode(s).decode(),
                }
                for s in scans
            ],
            "cases": [_case(case_id, scans)],
        },
    )
    request = transfer.ReferralRequest(case_id, "Avocats Lyon", ConsentPurpose.LEGAL_REPRESENTATION)
    sealing: list[float] = []
    opening: list[float] = []
    size = 0
    for round_ in range(args.rounds):
        path = folder / f"r{round_}.gdbundle"
        start = time.perf_counter()
        sent = transfer.send_referral(berlin, transfer.prepare_referral(berlin, request), path)
        sealing.append(time.perf_counter() - start)
        size = sent.size
        start = time.perf_counter()
        transfer.open_bundle(lyon, path)
        opening.append(time.perf_counter() - start)
    print(
        f"scans: {count} files, {total / 1024 / 1024:.1f} MiB; bundle {size / 1024 / 1024:.1f} MiB"
    )
    for name, times in (("seal and sign", sealing), ("check and open", opening)):
        print(
            f"{name}: median {statistics.median(times) * 1000:.0f} ms, "
            f"best {min(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms "
            f"({args.rounds} rounds)"
        )
    berlin.close()
    lyon.close()


if __name__ == "__main__":
    main()
