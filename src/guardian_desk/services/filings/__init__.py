"""Court-ready filings: the forms folder, the sandbox their text is rendered in, the data a
form is filled from, text of any script in a PDF, the PDF and DOCX renderers, filings kept
in a case, and hearing packets.

- :mod:`.catalogue`: the forms folder (``forms/``): metadata, caption styles, plain words.
- :mod:`.sandbox`: the sandboxed Jinja2 a form's text is rendered in.
- :mod:`.data`: the data a form is filled from, and what of it a case lacks.
- :mod:`.checks`: checks of the forms folder (every language, the same structure).
- :mod:`.bilingual`: a filing's document model in one language or paired in two.
- :mod:`.pdf_text`, :mod:`.render_pdf`, :mod:`.render_docx`: shaping and drawing the text
  (the shipped fonts, text of any script and "Page X of Y" are exported for the reports'
  PDF too).
- :mod:`.languages`: the languages a filing is made in unless the clerk chooses others.
- :mod:`.making`: preparing, making and keeping a filing; the clerk's batch.
- :mod:`.packets`: hearing packets; :mod:`.remaking`: a kept filing or packet made again.
"""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.filings.bilingual import build_filing
    from guardian_desk.services.filings.catalogue import (
        REQUIRED_LANGUAGES,
        Catalogue,
        Form,
        FormError,
        read_catalogue,
    )
    from guardian_desk.services.filings.catalogue import shipped as shipped_forms
    from guardian_desk.services.filings.checks import check as check_forms
    from guardian_desk.services.filings.data import filing_data
    from guardian_desk.services.filings.languages import (
        DefaultLanguages,
        Why,
        child_languages,
        court_languages,
        default_languages,
        filing_languages,
        second_language,
    )
    from guardian_desk.services.filings.making import (
        PACKET_PREFIX,
        BatchOutcome,
        Kept,
        Languages,
        Made,
        Prepared,
        Request,
        batch,
        batch_languages,
        file_name,
        hearings_to_come,
        keep_made,
        kept,
        kept_file,
        make,
        prepare,
        record_print,
        record_unkept,
        require_readable,
        team_names,
    )
    from guardian_desk.services.filings.packets import (
        PACKET_FORM,
        Packet,
        bates,
        keep_packet,
        make_packet,
    )
    from guardian_desk.services.filings.pdf_text import draw_line as draw_pdf_line
    from guardian_desk.services.filings.pdf_text import paragraph as pdf_paragraph
    from guardian_desk.services.filings.pdf_text import register_fonts as register_pdf_fonts
    from guardian_desk.services.filings.remaking import make_again
    from guardian_desk.services.filings.render_pdf import numbered_canvas as numbered_pdf_canvas

__all__ = [
    "PACKET_FORM",
    "PACKET_PREFIX",
    "REQUIRED_LANGUAGES",
    "BatchOutcome",
    "Catalogue",
    "DefaultLanguages",
    "Form",
    "FormError",
    "Kept",
    "Languages",
    "Made",
    "Packet",
    "Prepared",
    "Request",
    "Why",
    "batch",
    "batch_languages",
    "bates",
    "build_filing",
    "check_forms",
    "child_languages",
    "court_languages",
    "default_languages",
    "draw_pdf_line",
    "file_name",
    "filing_data",
    "filing_languages",
    "hearings_to_come",
    "keep_made",
    "keep_packet",
    "kept",
    "kept_file",
    "make",
    "make_again",
    "make_packet",
    "numbered_pdf_canvas",
    "pdf_paragraph",
    "prepare",
    "read_catalogue",
    "record_print",
    "record_unkept",
    "register_pdf_fonts",
    "require_readable",
    "second_language",
    "shipped_forms",
    "team_names",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
