"""Mentions of numbers and dates, read the Vietnamese way.

Reads the normalised article text; adds ``"number"`` mentions (``value`` the integer as
a string; attrs ``approx`` for ``gần``/``hơn``/``trên``…, ``decimal`` for a non-integer,
``unit`` ``%`` for a percentage, ``words`` for a number written in words) and
``"date"`` mentions (``value`` ISO as precise as written — ``2016-10-30``, ``2023-12``,
``2016`` — or ``--MM-DD`` for a day and month without a year; attr ``form`` says which:
``dmy``, ``dm``, ``my``, ``y``, ``range``). Vietnamese writes ``48.772`` for 48772 and
``8,8 nghìn`` for 8800; dates as ``30-10-2016``, ``5/6/2012``, ``Sáng 8/8``, ``10.10``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache

from vnkg.builder.lexicon import rows as _rows
from vnkg.builder.prefilter import Prefiltered
from vnkg.records import Article, Mention, Sentence

# Day-month dates need a word before them: a bare "3/5" is as often a ratio.
_DAY_CUE_WORDS = (
    "ngày",
    "sáng",
    "chiều",
    "trưa",
    "tối",
    "đêm",
    "nay",
    "qua",
    "từ",
    "đến",
    "tới",
    "trước",
    "sau",
    "và",
    "hết",
    "hôm",
)
_DAY_CUE = "(?:" + "|".join(_DAY_CUE_WORDS) + ")"
_DATES = re.compile(
    r"(?<!\w)(?=[\dnNsScCtTđĐqQvVhH])(?:(?P<wdmy>ngày\s+(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>(?:19|20)\d{2}))"
    r"|(?P<dmy>(?<![\d/.,-])(?P<d1>\d{1,2})\s?[-/.]\s?(?P<m1>\d{1,2})\s?[-/.]\s?(?P<y1>(?:19|20)\d{2})(?!\d))"
    r"|(?P<rng>(?<![\d/.,-])(?P<d2>\d{1,2})\s*[-–]\s*\d{1,2}\s*[/.-]\s*(?P<m2>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<y2>(?:19|20)\d{2}))?(?![\d/]))"
    r"|(?P<cue>\b" + _DAY_CUE + r"\s+\(?)(?P<dm>(?P<d3>\d{1,2})\s?[-/.]\s?(?P<m3>\d{1,2})(?![\d/]|[.-]\d))"
    r"|(?P<my>tháng\s*(?P<m4>\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(?P<y4>(?:19|20)\d{2})(?!\d))"
    r"|(?P<yr>(?P<y5a>(?:19|20)\d{2})\s*[-–]\s*(?P<y5>(?:19|20)\d{2})(?!\d))"
    r"|(?P<y>\bnăm\s+(?P<y6>(?:19|20)\d{2})(?:\s*[-–]\s*(?P<y6b>(?:19|20)\d{2}))?(?!\d)))",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?P<int>\d(?<![\w./,:-]\d)(?:\d{0,2}(?:\.\d{3})+|\d*))(?:,(?P<dec>\d+))?(?![.,]\d|[\w/:])"
    r"(?!\s*[-–/]\s*[A-ZĐ])(?:\s*(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ|vạn)\b)?"
)
# Every date starts at a word start with a digit or one of these words; every number with a digit.
# After its first word, a date goes on with its day, month or year: a digit.
_DATE_SCAN = Prefiltered(_DATES, ("ngày", "tháng", "năm", *_DAY_CUE_WORDS), numbers=True, then=re.compile(r"\s*\(?\d"))
_NUMBER_SCAN = Prefiltered(_NUMBER, (), numbers=True)
_APPROX_WORDS = frozenset(["gần", "hơn", "trên", "khoảng", "tới", "ngót", "chừng"])
_PERCENT = re.compile(r"\s*%")
_FAR = 1 << 62
# Words that, before "năm", make it the noun "year", not the number five.
_YEAR_WORDS = frozenset(
    ["hằng", "hàng", "mỗi", "trong", "cả", "cuối", "đầu", "giữa", "này", "các", "nhiều", "từng", "những", "một"]
)


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[int, str]]:
    """The number words of ``stat_number_words.tsv``: word -> (value, role)."""
    words: dict[str, tuple[int, str]] = {}
    for row in _rows("stat_number_words.tsv"):
        words[row[0]] = (int(row[1]), row[2])
    return words


@lru_cache(maxsize=1)
def _word_number() -> Prefiltered:
    """A run of number words followed by a count noun (``chín đảng viên``)."""
    words = sorted((w for w, (_, role) in number_words().items() if role != "ordinal"), key=len, reverse=True)
    nouns = sorted((row[0] for row in _rows("stat_count_nouns.tsv")), key=len, reverse=True)
    alt = "|".join(map(re.escape, [*words, "linh", "lẻ"]))
    regex = re.compile(
        rf"(?<!\w)(?P<w>(?:{alt})(?:\s+(?:{alt}))*)(?=\s+(?:{'|'.join(map(re.escape, nouns))})\b)",
        re.IGNORECASE,
    )
    # A match's first word is followed by a space (the next word, or the noun): "ba" starting
    # "ban" or "bao" is let go without trying the regex.
    return Prefiltered(regex, (w.split()[0] for w in [*words, "linh", "lẻ"]), then=re.compile(r"\s"))


def words_to_int(text: str) -> int | None:
    """The value of a number in words: ``chín`` 9, ``hai mươi lăm`` 25, ``ba nghìn`` 3000."""
    table = number_words()
    total = current = unit = 0  # unit: the digit "mươi" makes tens of ("một trăm năm mươi" 150)
    seen = False
    for token in text.lower().split():
        if token in ("linh", "lẻ"):
            continue
        if token not in table:
            return None
        value, role = table[token]
        seen = True
        if role in ("unit", "ordinal"):
            current, unit = current + value, value
        elif token == "mươi":
            current, unit = current + (unit or 1) * 10 - unit, 0
        elif role == "ten":
            current, unit = current + 10, 0
        elif value == 100:
            current, unit = (current or 1) * 100, 0
        else:
            total, current, unit = total + (current or 1) * value, 0, 0
    return total + current if seen else None


def parse_number(integer: str, decimal: str | None = None, scale: str | None = None) -> float:
    """A number as Vietnamese writes it: ``48.772`` -> 48772, (``8``, ``8``, ``nghìn``) -> 8800."""
    whole = int(integer.replace(".", ""))
    if not decimal and not scale:
        return float(whole)  # as the fraction below would give: int to float rounds the same way
    # Exact arithmetic: 16,1 nghìn is 16100, where floats give 16100.000000000002.
    value = Fraction(whole)
    if decimal:
        value += Fraction(int(decimal), 10 ** len(decimal))
    if scale:
        value *= number_words()[scale.lower()][0]
    return float(value)


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """An ISO date as precise as given; ``--MM-DD`` without a year; None when invalid."""
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}" if month and day else None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def resolve_day(value: str, reference: str | None) -> str:
    """Give a ``--MM-DD`` date the year of ``reference`` (the article's date) when it is sure.

    A day later in the year than a fully dated article may be last year's or one to
    come: it stays ``--MM-DD``, as does any date when the article's year is unknown.
    """
    if not value.startswith("--") or not reference or not reference[:4].isdigit():
        return value
    month, day = int(value[2:4]), int(value[5:7])
    if len(reference) >= 10 and (month, day) > (int(reference[5:7]), int(reference[8:10])):
        return value
    return f"{reference[:4]}-{month:02d}-{day:02d}"


def _date_mention(m: re.Match[str]) -> Mention | None:
    """The date mention of one match of ``_DATES``."""
    g = m.group
    if g("wdmy"):
        value, form, span = iso(int(g("wy")), int(g("wm")), int(g("wd"))), "dmy", m.span("wdmy")
    elif g("dmy"):
        value, form, span = iso(int(g("y1")), int(g("m1")), int(g("d1"))), "dmy", m.span("dmy")
    elif g("rng"):
        year = int(g("y2")) if g("y2") else None
        value, form, span = iso(year, int(g("m2")), int(g("d2"))), "dmy" if year else "dm", m.span("rng")
    elif g("dm"):
        value, form, span = iso(None, int(g("m3")), int(g("d3"))), "dm", m.span("dm")
    elif g("my"):
        value, form, span = iso(int(g("y4")), int(g("m4"))), "my", m.span("my")
    elif g("yr"):
        if int(g("y5")) < int(g("y5a")):
            return None
        value, form, span = g("y5"), "range", m.span("yr")
        return Mention("date", span[0], span[1], m.group("yr"), value, (("form", form), ("from", g("y5a"))))
    elif g("y6b"):  # "năm 2022 - 2023": the period, dated at its end
        if int(g("y6b")) < int(g("y6")):
            return None
        span = m.span("y")
        return Mention("date", span[0], span[1], m.group("y"), g("y6b"), (("form", "range"), ("from", g("y6"))))
    else:
        value, form, span = g("y6"), "y", m.span("y")
    if value is None:
        return None
    return Mention("date", span[0], span[1], m.string[span[0] : span[1]], value, (("form", form),))


def find_dates(text: str) -> list[Mention]:
    """Every date written in ``text``."""
    found = (_date_mention(m) for m in _DATE_SCAN.finditer(text))
    return [m for m in found if m is not None]


def find_numbers(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Every number in ``text`` outside the ``taken`` spans (dates)."""
    spans = sorted(taken)
    found: list[Mention] = []
    for m in _NUMBER_SCAN.finditer(text):
        start, end = m.span()
        if _inside(start, spans):
            continue
        value = parse_number(*m.group("int", "dec", "scale"))
        attrs = _number_attrs(text, start, end, value)
        shown = str(int(value)) if value == int(value) else str(value)
        found.append(Mention("number", start, end, m.group(0), shown, attrs))
    # A number in words never starts inside a written one ("4,1 nghìn") nor with a bare
    # scale word: "hàng nghìn đảng viên" is "thousands", not 1000.
    digits = sorted((m.start, m.end) for m in found)
    for m in _word_number().finditer(text):
        words = m.group("w")
        value_int = words_to_int(words)
        if value_int is None or _inside(m.start(), spans) or _year_noun(text, m.start(), words):
            continue
        if _inside(m.start(), digits) or _leading_scale(words):
            continue
        attrs = (*_number_attrs(text, m.start(), m.end(), float(value_int)), ("words", "1"))
        found.append(Mention("number", m.start(), m.end(), words, str(value_int), tuple(sorted(attrs))))
    return found


def _number_attrs(text: str, start: int, end: int, value: float) -> tuple[tuple[str, str], ...]:
    """The qualifiers of a number: approximate, decimal, percentage."""
    attrs: list[tuple[str, str]] = []  # appended in the order of their keys: already sorted
    if start > 0 and text[start - 1].isspace():
        before = text[max(0, start - 10) : start].split()
        if before and before[-1].lower() in _APPROX_WORDS:
            attrs.append(("approx", before[-1].lower()))
    if value != int(value):
        attrs.append(("decimal", "1"))
    if _PERCENT.match(text, end):
        attrs.append(("unit", "%"))
    return tuple(attrs)


def _leading_scale(words: str) -> bool:
    """Whether a run of number words starts with a scale word (``nghìn``, ``trăm``, ``mươi``)."""
    entry = number_words().get(words.split()[0].lower())
    return entry is not None and (entry[1] == "scale" or words.split()[0].lower() == "mươi")


def _year_noun(text: str, start: int, words: str) -> bool:
    """Whether a lone ``năm`` is the noun "year" (``hằng năm``, ``trong năm``)."""
    if words.lower() != "năm":
        return False
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _YEAR_WORDS


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls in one of the sorted ``spans``."""
    i = bisect_right(spans, (pos, _FAR)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def find(article: Article, sentences: Sequence[Sentence], earlier: Sequence[Mention]) -> list[Mention]:
    """The number and date mentions of the article."""
    dates = find_dates(article.text)
    numbers = find_numbers(article.text, [(d.start, d.end) for d in dates])
    return dates + numbers
