from guardian_desk.domain.text import fold, forbidden_characters, search_body, search_terms


def test_fold_removes_accents_and_case() -> None:
    assert fold("Aḥmad") == fold("AHMAD") == "ahmad"
    assert fold("Núñez") == "nunez"
    assert fold("ʿAlī") == fold("ʿali")


def test_fold_removes_arabic_vowel_marks() -> None:
    assert fold("أَحْمَد") == fold("أحمد")


def test_search_terms_split_numbers_into_phrases() -> None:
    assert search_terms("A-123-456 Aḥmad") == [["a", "123", "456"], ["ahmad"]]
    assert search_terms('" * ( ) AND') == [["and"]]


def test_search_body_keeps_every_script() -> None:
    body = search_body(["Іван Поліщук", "ዳዊት", None, "عبد الله"])
    assert body.split() == ["іван", "поліщук", "ዳዊት", "عبد", "الله"]


def test_control_characters_are_named() -> None:
    assert forbidden_characters("Ali\x00") == ["control character U+0000"]
    assert forbidden_characters("a\u202eb") == ["bidi control U+202E"]
    assert forbidden_characters("رحمت\u200cالله") == []  # ZWNJ belongs to Persian spelling
    assert forbidden_characters("line\nbreak", multiline=True) == []
    assert forbidden_characters("line\nbreak") == ["control character U+000A"]


def test_direction_of_a_name_is_its_first_strong_letter() -> None:
    from guardian_desk.domain.text import is_right_to_left

    assert is_right_to_left("مريم حداد")
    assert is_right_to_left("123 مريم")  # digits are weak: the letters decide
    assert not is_right_to_left("Mariam مريم")
    assert not is_right_to_left("ሰላም")  # Ethiopic is written left to right
    assert not is_right_to_left("")


def test_no_visible_characters_is_no_name() -> None:
    from guardian_desk.domain.text import has_visible_characters

    for empty in ("", "   ", "\u200c\u200d", "\u00a0\u3000", "\u3164", "\u2800", "\u0301"):
        assert not has_visible_characters(empty), repr(empty)
    for name in ("Ali", "علی", "رحمت\u200cالله", "-", "7"):
        assert has_visible_characters(name), name


def test_invisible_characters_are_named() -> None:
    assert forbidden_characters("\u200b") == ["invisible character U+200B (zero width space)"]


def test_arabic_script_letters_of_one_name_fold_alike() -> None:
    same = [
        ("قادري", "قادری", "قادرى"),
        ("كريم", "کريم", "کریم"),
        ("فاطمة", "فاطمه", "فاطمہ", "فاطمۃ"),
        ("أحمد", "إحمد", "آحمد", "ٱحمد", "احمد"),
        ("مؤمن", "مومن"),
        ("محمد", "مُحَمَّد", "محـــمد", "ﻣﺤﻤﺪ"),
        ("گل", "ګل"),
        ("پشتو", "پښتو"),
        ("123", "١٢٣", "۱۲۳", "१२३"),
    ]
    for spellings in same:
        assert len({fold(s) for s in spellings}) == 1, spellings


def test_different_letters_stay_apart() -> None:
    for one, other in (("پ", "ب"), ("چ", "ج"), ("گ", "ك"), ("ژ", "ز"), ("ح", "ه")):
        assert fold(one) != fold(other)


def test_a_name_with_a_zero_width_non_joiner_is_indexed_joined_and_in_parts() -> None:
    assert search_body(["رحمت\u200cالله"]).split() == ["رحمتالله", "رحمت", "الله"]
    assert search_terms("رحمت\u200cالله") == [["رحمتالله"]]
