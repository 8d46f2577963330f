"""Use cases: each public function is one unit of work on an open database. No Qt here."""
