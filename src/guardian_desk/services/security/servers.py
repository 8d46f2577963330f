"""A team's PostgreSQL server: its password kept in the OS keyring, never in an address, and
TLS that checks the server's certificate whenever the server is on another machine.

- The password lives in the keyring entry *Guardian Desk* /
  ``server-password:<user>@<host>:<port>/<database>``, put there by ``guardian-desk keys
  server-password`` or the window's password prompt. An address that carries a password
  (``postgresql://user:secret@host/db``) is refused: it would stay in the settings file, the
  shell's history or a process list.
- A server that is not on this machine is reached with ``sslmode=verify-full``: the
  connection is encrypted and the server must show a certificate for its name, signed by a
  certificate authority this computer trusts (``sslrootcert=system``), or by the team's own
  (``?sslrootcert=/path/to/team-ca.pem`` in the address). Weaker modes are refused for
  another machine; this machine's own server (``localhost``, a Unix socket) is reached as
  the address says.
"""

from __future__ import annotations

import ipaddress
import logging

from sqlalchemy.engine import URL, make_url

from guardian_desk.errors import DatabaseError
from guardian_desk.services.security.keys import KEYRING_SERVICE, keyring_problem
from guardian_desk.storage.database import explain, to_url

log = logging.getLogger("guardian_desk.security")

STRICT = "verify-full"
WEAK_MODES = ("disable", "allow", "prefer", "require", "verify-ca")
LOCAL_HOSTS = ("", "localhost", "localhost.localdomain")


def _url(target: str) -> URL:
    return make_url(to_url(target))


def is_server(target: str) -> bool:
    return not to_url(target).startswith("sqlite")


def on_this_machine(url: URL) -> bool:
    """Whether the server is on this machine: no host (a Unix socket), a socket folder, a
    loopback name or address."""
    host = (url.host or str(url.query.get("host", ""))).strip("[]")
    if host.lower() in LOCAL_HOSTS or host.startswith("/"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def entry(target: str) -> str:
    """The keyring entry of a server's password: who, where, which database (no secret)."""
    url = _url(target)
    where = f"{url.host or ''}:{url.port or 5432}/{url.database or ''}"
    return f"server-password:{url.username or ''}@{where}"


def address_shown(target: str) -> str:
    """The address as it may be shown or logged: never a password."""
    return _url(target).render_as_string(hide_password=True)


def refuse_password_in_address(target: str) -> None:
    """An address given on the command line, in the settings or the environment carries no
    password.

    Raises:
        DatabaseError: it does; the message does not repeat it.
    """
    if is_server(target) and _url(target).password is not None:
        raise DatabaseError(
            "A password does not belong in the database's address: it would stay in the "
            "settings file or the shell's history. Give the address without it and keep the "
            "password in the keyring with: guardian-desk --db ADDRESS keys server-password"
        )


def stored_server_password(target: str) -> str | None:
    if keyring_problem() is not None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, entry(target))
    except KeyringError:
        return None
    except Exception:  # a backend's own failure (D-Bus, a locked collection...)
        log.warning("the keyring failed while reading a server's password")
        return None


def store_server_password(target: str, password: str) -> None:
    """Keep the server's password in the keyring.

    Raises:
        DatabaseError: there is no usable keyring (the message says why).
    """
    problem = keyring_problem()
    if problem is not None:
        raise DatabaseError(f"The password cannot be kept: {problem}.")
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, entry(target), password)
    except (KeyringError, Exception):  # a backend's own failure included
        raise DatabaseError(
            "The password cannot be kept: this computer's keyring is locked or does not answer."
        ) from None


def connection_url(target: str, password: str | None = None) -> str:
    """The address the program connects with: the password from the keyring (or
    ``password``), and TLS that verifies the server when it is on another machine.

    Raises:
        DatabaseError: the address carries a password, or asks for weaker TLS to another
            machine.
    """
    refuse_password_in_address(target)
    url = _url(target)
    if not on_this_machine(url):
        mode = str(url.query.get("sslmode", STRICT))
        if mode in WEAK_MODES:
            raise DatabaseError(
                f"The server {url.host} is on another machine: Guardian Desk reaches it only "
                f"with TLS that checks its certificate (sslmode=verify-full), not {mode}. "
                "docs/security.md says how to trust the team's own certificate authority."
            )
        query = {"sslmode": STRICT, "sslrootcert": "system", **dict(url.query)}
        url = url.set(query=query)
    secret = password if password is not None else stored_server_password(target)
    if secret:
        url = url.set(password=secret)
    return url.render_as_string(hide_password=False)


def check_server_password(target: str, password: str) -> None:
    """Connect once with ``password`` (nothing is read or changed).

    Raises:
        ServerPasswordError: the server refuses it.
        DatabaseError: the server cannot be reached, or its certificate is not trusted.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError

    engine = create_engine(connection_url(target, password))
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        known = explain(exc)
        raise (known or DatabaseError("The server cannot be reached.")) from None
    finally:
        engine.dispose()
