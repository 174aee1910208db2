"""Person names: Kinh and ethnic-minority names, honorifics, slips, short later mentions."""

from __future__ import annotations

import re

import pytest

from vnkg.builder.mentions import names, people
from vnkg.records import Article


def _name(text: str) -> str | None:
    pos = names.skip_honorifics(text, 0)
    span = names.name_at(text, pos)
    return text[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nguyễn Thị Minh Khai phát biểu", "Nguyễn Thị Minh Khai"),
        ("đồng chí Lò Văn Sinh, Bí thư", "Lò Văn Sinh"),
        ("ông Vừ A Lử cho biết", "Vừ A Lử"),
        ("Y Ngông Niê phát biểu", "Y Ngông Niê"),
        ("bà H'Bla Ayun, Phó Chủ tịch", "H'Bla Ayun"),
        ("Thượng tướng Lê Văn Hùng dự", "Lê Văn Hùng"),
        ("đồng chí Thượng tướng Triệu Văn Mạnh", "Triệu Văn Mạnh"),
        ("Ksor Phước Hà, Phó Chủ tịch", "Ksor Phước Hà"),
    ],
)
def test_full_names(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh ủy Gia Lai",  # not a surname
        "Nguyễn",  # one syllable is not a full name
        "Đoàn ĐBQH tỉnh",  # an abbreviation is not a given name
        "xã Phương Thiện",  # a commune
    ],
)
def test_not_names(text: str) -> None:
    start = text.find("Phương") if text.startswith("xã") else 0
    assert names.name_at(text, start) is None


def _people(text: str) -> list[tuple[str, str]]:
    found = people.find(Article(id="t", text=text, origin="test"), [], [])
    return [(m.text, m.value) for m in found if m.kind == "person"]


def test_short_later_mentions_are_the_full_name() -> None:
    text = "Ông Trịnh Văn Quyết, Bí thư Huyện ủy phát biểu. Đồng chí Quyết nhấn mạnh. Ông Quyết cho biết."
    assert _people(text) == [
        ("Trịnh Văn Quyết", "Trịnh Văn Quyết"),
        ("Quyết", "Trịnh Văn Quyết"),
        ("Quyết", "Trịnh Văn Quyết"),
    ]


def test_a_lower_case_slip_is_completed_from_the_full_name() -> None:
    text = "Có Phó Bí thư Lê Hồng phúc dự. Đồng chí Lê Hồng Phúc phát biểu."
    assert [v for _, v in _people(text)] == ["Lê Hồng Phúc", "Lê Hồng Phúc"]


def test_a_place_is_not_a_name() -> None:
    assert _people("Bí thư Thành ủy Hà Nội Đinh Tiến Long") == [("Đinh Tiến Long", "Đinh Tiến Long")]


def test_a_title_alone_later_names_the_same_person() -> None:
    text = "Đồng chí Mùa A Vảng, Bí thư Huyện ủy chủ trì. Phát biểu kết luận, Bí thư Huyện ủy nhấn mạnh."
    found = people.find(Article(id="t", text=text, origin="test"), [], [])
    titles = [m for m in found if m.kind == "title"]
    assert [(m.attr("person"), m.attr("coref")) for m in titles] == [("Mùa A Vảng", None), ("Mùa A Vảng", "1")]


def test_a_title_word_is_not_a_name_but_a_given_name_like_one_is() -> None:
    assert names.name_at("Phó Giám đốc Sở Xây dựng", 0) is None
    assert _name("ông Nguyễn Văn Thường, Phó Giám đốc") == "Nguyễn Văn Thường"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("đồng chí Néang Chanh Thy dự", "Néang Chanh Thy"),  # Khmer female name-starter
        ("ông Thập Văn Ninh phát biểu", "Thập Văn Ninh"),  # Chăm surname
        ("bà Chamaléa Thị Hoa cho biết", "Chamaléa Thị Hoa"),  # Raglai clan name
        ("Pờ Lý Sừ, Chủ tịch UBND xã", "Pờ Lý Sừ"),  # Hà Nhì surname
    ],
)
def test_minority_surnames_start_names(text: str, name: str) -> None:
    assert _name(text) == name


def test_an_apostrophe_name_is_two_syllables() -> None:
    assert _name("K'Nhiên phát biểu") == "K'Nhiên"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after a person cue a capitalised run is a name even with an unknown first word
        ("Dự có đồng chí Sơ Ly Hen, Bí thư Huyện ủy Krông Bông.", "Sơ Ly Hen"),
        # the first syllable is kept ("Thị" is a Khmer name-starter, not only a middle name)
        ("Đồng chí Thị Mỹ Linh (Trưởng Ban Dân vận Huyện ủy) phát biểu.", "Thị Mỹ Linh"),
        # right before a title, in the name slot
        ("Tại hội nghị, Brâu Thao, Phó Chủ tịch UBND huyện, báo cáo.", "Brâu Thao"),
        # right after a title
        ("Chủ tịch UBND huyện Kbang Rcăm Nhim phát biểu.", "Rcăm Nhim"),
    ],
)
def test_names_in_name_slots_need_no_known_surname(text: str, name: str) -> None:
    assert name in [value for _, value in _people(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dự có các đồng chí Thường trực Tỉnh ủy.",  # a body, not a name
        "Đảng bộ xã Ea Tul, Bí thư Chi bộ thôn dự.",  # a commune name before a title
        "bà mẹ Việt Nam Anh hùng",  # lower-case cue, then words that never start a loose name
    ],
)
def test_name_slots_do_not_make_names_of_bodies_and_places(text: str) -> None:
    assert _people(text) == []


# Invented sentences of the shapes the fast paths below must read as the plain regexes do.
_SHAPES = (
    "Hội nghị do đồng chí Hoàng Văn Tư (SN 1968), Phó Bí thư Tỉnh ủy chủ trì; ông Kpă Thuyên - Chủ tịch xã.\n"
    "Tại xã  Phước Sơn, thôn\tBản Lầy, ấp Tân Hòa, tổ dân phố Vĩnh Yên: bà Rơ Mah H'Dịu, Ủy viên (khóa XIV) – "
    "Phường 3, THỊ TRẤN Đông Anh, các đồng chí (Ban (Thường) vụ), Giàng Seo Phử ( dự ) , trưởng"
)


def _texts() -> list[str]:
    from tests.conftest import DEV_TEXTS, SEEDS

    files = sorted(SEEDS.glob("*.txt")) + sorted(DEV_TEXTS.glob("*.txt")) if SEEDS.is_dir() else []
    return [_SHAPES] + [f.read_text(encoding="utf-8") for f in files]


def test_the_run_before_a_title_is_searched_from_its_floor_with_the_same_match() -> None:
    for text in _texts():
        for end in range(1, len(text)):
            head = text[max(0, end - 80) : end]
            if head.rstrip()[-1:] not in (",", "(", "-", "–", "—", ")"):
                continue
            full = names._RUN_BEFORE.search(head)
            fast = names._RUN_BEFORE.search(head, names._run_floor(head))
            assert (full and full.span(1)) == (fast and fast.span(1)), head


def test_the_locality_check_skips_the_regex_only_where_it_cannot_match() -> None:
    for text in _texts():
        for pos in range(len(text) + 1):
            slow = bool(names._LOCALITY.search(text, max(0, pos - 14), pos))
            assert names.after_locality(text, pos) == slow, text[max(0, pos - 20) : pos]


def test_candidates_are_capitalised_starters_at_word_starts() -> None:
    """Only a capitalised surname or prefix at a word start opens a name: not "y " ending "ngày",
    not "Y" glued after an apostrophe or a letter."""
    text = "Ngày 3, ông Y Blốc và Trần Hoa, H'Mai Êban; ngày nay XY Lan, d'Y Sa"
    got = [text[s : s + 3] for s in names.candidates(text)]
    assert got == ["Y B", "Trầ", "H'M"]
    assert names.candidates("ngày nay, quy hoạch") == []


def test_a_stop_word_is_no_candidate_even_when_a_surname_starts_with_it() -> None:
    """ "Phó" is a surname and a stop word: a name read from it would end before it starts."""
    text = "Phó Giám đốc Đinh Văn Lực dự"
    assert "phó" in names._first_words() and names.name_at(text, 0) is None
    assert [text[s : s + 4] for s in names.candidates(text)] == ["Đinh", "Văn "]


def test_the_trie_regex_matches_as_the_plain_alternation_longest_first() -> None:
    surfaces = ["ban", "ban tổ chức", "ban tổ chức tỉnh ủy", "bộ", "bộ chính trị", "b", "gs", "gs.ts"]
    patterns = [r"\s+".join(re.escape(w) for w in s.split()) for s in sorted(surfaces, key=len, reverse=True)]
    trie = names.trie_regex(patterns)
    assert trie is not None and trie.count("ban") == 0  # "b" is read once, then "an", "ộ"…
    plain = re.compile("(?:" + "|".join(patterns) + r")(?![\w])", re.I)
    fast = re.compile("(?:" + trie + r")(?![\w])", re.I)
    # backing off a longer one that fails ("Ban Tổ chứcX" is "Ban"), other spaces, capitals
    for text in ["Ban Tổ chức Tỉnh ủy họp", "Ban Tổ chứcX", "BỘ CHÍNH TRỊ", "Ban  Tổ\nchức", "bx b", "GS.TS Lê"]:
        for pos in range(len(text)):
            m, t = plain.match(text, pos), fast.match(text, pos)
            assert (m and m.span()) == (t and t.span()), (text, pos)


def test_a_trie_is_refused_where_two_branches_could_read_one_text() -> None:
    # after "a": a space then "–", or a dash with spaces around it: both read " – "
    assert names.trie_regex([r"a\s+–\s+b", r"a\s*[-–]\s*c"]) is None
    assert names.trie_regex([r"a\ b", r"a\s+b"]) is None  # an escaped space and a run of spaces
    assert names.trie_regex([r"a\s+b", r"a\s*[-–]\s*c"]) is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("đồng chí Hà Văn Sáng, Bí thư Huyện ủy", "Hà Văn Sáng"),  # a time of day as a given name
        ("ông Lý Thị Chiều phát biểu", "Lý Thị Chiều"),
        ("Bí thư Tỉnh ủy Trần Văn Bình Sáng 8/8 đã dự", "Trần Văn Bình"),  # a glued "Sáng 8/8" is a time
        ("đồng chí Vũ Hồng Quân Chiều cùng ngày", "Vũ Hồng Quân"),
    ],
)
def test_a_time_of_day_ends_a_name_only_when_a_day_follows(text: str, name: str) -> None:
    pos = text.index(name)
    span = names.name_at(text, pos)
    assert span is not None and text[span[0] : span[1]] == name
