from hypothesis import given
from hypothesis import strategies as st
from readkit import STORIES

from akhbar.readers.repair import repair

STORY = STORIES[1] + " «قال الوزير…» 2024"


def test_utf8_read_as_windows_1256_is_undone():
    garbled = STORY.encode().decode("cp1256")
    fixed, notes = repair(garbled)
    assert fixed == STORY
    assert notes == ["mojibake: UTF-8 read as windows-1256, whole text re-decoded"]


def test_windows_1256_mojibake_inside_clean_text_is_undone_run_by_run():
    garbled = "عنوان سليم: " + STORIES[2].encode().decode("cp1256") + " — خاتمة، ع، ط."
    fixed, notes = repair(garbled)
    assert fixed == "عنوان سليم: " + STORIES[2] + " — خاتمة، ع، ط."
    assert notes == ["mojibake: UTF-8 read as windows-1256, 1 run re-decoded"]


def test_utf8_read_as_windows_1252_is_undone_by_ftfy():
    garbled = STORY.encode().decode("sloppy-windows-1252")
    fixed, notes = repair(garbled)
    assert fixed == STORY
    assert notes and notes[0].startswith("mojibake:")


def test_utf8_read_as_latin1_is_undone():
    fixed, _ = repair(STORIES[3].encode().decode("latin-1"))
    assert fixed == STORIES[3]


def test_controls_splitting_words_are_removed_and_counted():
    text = "الحكو\u200fمة قالت \u200fإن الوز\u200bير می\u200cخواهد"
    fixed, notes = repair(text)
    assert fixed == "الحكومة قالت \u200fإن الوزير می\u200cخواهد"
    assert notes == ["invisible controls removed inside words: U+200B×1, U+200F×1"]


def test_clean_text_is_returned_untouched():
    text = "\n".join(STORIES) + " café «اقتباس» § 3 ط، ع؛ ظ…"
    fixed, notes = repair(text)
    assert fixed is text
    assert notes == []


arabic_words = st.lists(
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة", min_size=1, max_size=8), min_size=1, max_size=20
).map(" ".join)


@given(arabic_words)
def test_arabic_garbled_through_windows_1256_comes_back(words):
    # The detector's premise: some word holds an alef or a lam, as any real sentence does.
    text = "الخبر " + words
    assert repair(text.encode().decode("cp1256"))[0] == text


@given(arabic_words)
def test_clean_arabic_is_never_changed(text):
    assert repair(text) == (text, [])


@given(st.text(max_size=120))
def test_repair_is_idempotent(text):
    once, _ = repair(text)
    assert repair(once)[0] == once
