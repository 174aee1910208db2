"""Mentions of party and state documents: by code, by number, by plenum, by congress.

Reads the normalised article text; adds ``"document"`` mentions, one per reference as
written: ``value`` is the normalised code (``04-NQ/TW``, ``11/NQ-HĐND``,
``54/2017/QH14``) or the kind; ``attrs`` carry the :class:`~vnkg.records.DocumentRef`
fields the reference states — ``kind``, ``code``, ``number``, ``issuer``, ``date``,
``term``, ``plenum``, ``congress`` — and ``form`` (``code``, ``number``, ``plenum``,
``congress``, ``statute``), plus ``scope`` and ``place_name`` for a congress
(``Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ XI``). The span covers the reference and the
date, issuer and term written right after it, so a later stage can read what follows
(``về việc thực hiện …``). Deciding which references name the same document is the
facts stage's work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from vnkg.builder.lexicon import alternation as _alt
from vnkg.builder.lexicon import rows as _rows
from vnkg.builder.mentions.numbers import iso, words_to_int
from vnkg.builder.prefilter import matches_at, number_starts, register, word_hits
from vnkg.records import Article, Mention, Sentence

_SEP = r"\s*[-–—/]\s*"
_ROMAN = r"[IVXL]{1,6}(?![\w])"
_ORDINAL = r"(?:mười\s+)?(?:nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)|mười"
_TW = r"(?:Trung ương|trung ương|TW|TƯ)"
_NQ = r"(?:[Nn]ghị quyết|NQ)"
# Kinds that a bare number may follow only after "số" ("Chương trình 135" is a
# national programme, "thông báo 3 nội dung" a verb).
_NEEDS_SO = frozenset({"chương trình", "thông báo", "hướng dẫn", "kế hoạch"})
# "kế hoạch 30 ngày" is a count of days; "Kết luận số 24 ngày 5/6/2012" is dated.
_DAYS_COUNT = re.compile(r"\s*ngày(?!\s+\d)")
_LOWER_OK = frozenset({"nghị quyết", "chỉ thị", "kết luận", "quy định", "qui định", "quyết định", "đề án"})


@lru_cache(maxsize=1)
def kinds() -> dict[str, str]:
    """Kind words and abbreviations (``doc_kinds.tsv``), lower-cased unless exact-case."""
    return {(form if case == "s" else form.lower()): kind for form, kind, case in _rows("doc_kinds.tsv")}


@lru_cache(maxsize=1)
def symbols() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Code symbols (``doc_symbols.tsv``): kind symbols, and issuer symbols -> (label, system)."""
    kind_of: dict[str, str] = {}
    issuer_of: dict[str, tuple[str, str]] = {}
    for row in _rows("doc_symbols.tsv"):
        if row[1] == "kind":
            kind_of[row[0]] = row[2]
        else:
            issuer_of[row[0]] = (row[2], row[3])
    return kind_of, issuer_of


@lru_cache(maxsize=1)
def issuer_names() -> dict[str, str]:
    """Issuer names as written (``doc_issuers.tsv``), lower-cased -> canonical label."""
    return {form.lower(): label for form, label in _rows("doc_issuers.tsv")}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The reference pattern, the tail pattern and the number-blocker pattern."""
    forms = kinds()
    lower = _alt([f for f in forms if f.islower()])
    exact = _alt([f for f in forms if not f.islower()])
    kind_word = rf"(?:(?i:{lower})|{exact})"
    kind_syms = _alt(list(symbols()[0]))
    kw = rf"(?:(?P<kw>{kind_word})\s*(?:\([A-ZĐ]{{1,5}}\)\s*)?(?:(?i:số)\s*)?)"
    qkw = kw.replace("?P<kw>", "?P<qkw>")
    congress = (
        rf"[Đđ]ại hội\s+(?:(?i:đại biểu)\s+)?(?:(?P<nat>(?:Đảng\s+)?(?i:toàn quốc))|(?P<bo>Đảng bộ|đảng bộ)"
        rf"(?:\s+(?P<lvl>tỉnh|thành phố|TP\.?|huyện|quận|thị xã))?(?P<pname>(?:\s+[A-ZĐ][^\s,.;:()]*){{0,4}}?)"
        rf"|(?P<party>Đảng))?\s*(?:(?i:lần thứ)\s+)?(?P<cn>{_ROMAN}|\d{{1,2}}(?!\d))(?:\s+của\s+Đảng)?"
    )
    # Every reference starts at a word's start: the guard lets the engine skip the
    # rest of the text quickly (the alternation below is costly to try everywhere).
    reference = re.compile(
        rf"(?<!\w)(?=[\dnNcCkKqQhHđĐtT])(?:(?P<code>{kw}?(?P<num>\d{{1,4}}[a-z]?)(?:{_SEP}(?P<year>(?:19|20)\d{{2}}))?{_SEP}"
        rf"(?P<sym>{kind_syms}){_SEP}(?P<iss>[A-ZĐƯ][A-Za-zĐđƯư]{{0,9}})(?![\w]))"
        rf"|(?P<qh>{qkw}?(?P<qnum>\d{{1,4}})/(?P<qyear>(?:19|20)\d{{2}})/(?P<qiss>(?:UBTV)?QH\d{{1,2}})(?!\w))"
        rf"|(?P<plenum>{_NQ}\s*(?:(?:của\s+)?[Hh]ội nghị\s+)?{_TW}(?:\s+Đảng)?\s*(?:(?i:lần thứ)\s+)?"
        rf"(?P<p1>\d{{1,2}}(?!\d)|(?i:{_ORDINAL})(?!\w)))"
        rf"|(?P<plenum2>{_NQ}\s+(?:của\s+)?[Hh]ội nghị\s+(?:(?i:lần thứ)\s+)?(?P<p2>\d{{1,2}}(?!\d)|(?i:{_ORDINAL}))"
        rf"\s+(?:của\s+)?(?:Ban Chấp hành|BCH)\s+{_TW}(?:\s+Đảng)?)"
        rf"|(?P<congress>{_NQ}\s+(?:của\s+)?{congress})"
        rf"|(?P<bynum>(?P<kw2>{kind_word})\s*(?:\([A-ZĐ]{{1,5}}\)\s*)?(?P<so>(?i:số)\s*)?(?P<num2>\d{{1,4}})"
        rf"(?![\d/]|[.,]\d|\s*[-–—/]\s*[\dA-ZĐ]))"
        rf"|(?P<statute>(?i:điều lệ\s+đảng)(?!\s*(?i:bộ|viên|ủy|đoàn))(?!\w)))"
    )
    names = _alt(list(issuer_names()))
    tail = re.compile(
        r"\s*,?\s*(?:"
        r"(?:(?:được\s+)?ban hành\s+)?ngày\s+(?P<d>\d{1,2})\s?[-/.]\s?(?P<m>\d{1,2})\s?[-/.]\s?"
        r"(?P<y>(?:19|20)\d{2})(?!\d)"
        r"|ngày\s+(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>(?:19|20)\d{2})"
        rf"|(?:của|do)\s+(?P<issuer>(?i:{names}))(?!\w)"
        rf"|\(?(?i:khóa|khoá)\s+(?P<term>{_ROMAN})\)?"
        # the plenum that passed a coded resolution: "04-NQ/TW … của Hội nghị lần thứ tư Ban Chấp
        # hành Trung ương", "… Hội nghị Trung ương 5"
        r"|(?:(?:tại|của)\s+)?Hội nghị\s+(?:lần\s+thứ\s+(?P<pw>(?:mười\s+)?[^\W\d_]+)(?!\w)"
        r"|(?:lần\s+thứ\s+)?(?P<pn>\d{1,2})(?!\d)|(?:Ban Chấp hành\s+)?Trung ương\s+(?P<pt>\d{1,2})(?!\d))"
        rf"(?:\s+(?:Ban Chấp hành|BCH)\s+{_TW}(?:\s+Đảng)?)?"
        r"|năm\s+(?P<year>(?:19|20)\d{2})(?!\d))"
    )
    blockers = _alt([row[0] for row in _rows("doc_number_blockers.tsv")])
    return reference, tail, re.compile(rf"\s*(?i:{blockers})(?!\w)")


def _roman(n: int) -> str:
    """``n`` (1-49) in Roman numerals."""
    out = ""
    for value, letters in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _number(text: str) -> str | None:
    """A plenum or congress number as written, in digits (``tư`` -> ``4``)."""
    return text if text.isdigit() else (str(words_to_int(text)) if words_to_int(text) else None)


def _kind_of(kw: str | None, sym: str | None) -> str | None:
    """The kind a reference's word or code symbol names; the word wins over the symbol."""
    if kw:
        table = kinds()
        return table.get(kw) or table.get(kw.lower())
    return symbols()[0].get(sym or "")


def _code(m: re.Match[str]) -> dict[str, str] | None:
    """The fields of a numbered-and-symbolled reference (``04-NQ/TW``, ``11/NQ-HĐND``)."""
    num, sym, iss = m.group("num"), m.group("sym"), m.group("iss")
    issuer = symbols()[1].get(iss)
    kind = _kind_of(m.group("kw"), sym)
    if kind is None:
        return None
    year = m.group("year")
    if (issuer and issuer[1] == "state") or year:
        code = f"{num}/{year}/{sym}-{iss}" if year else f"{num}/{sym}-{iss}"
    else:
        code = f"{num}-{sym}/{iss}"
    fields = {"form": "code", "kind": kind, "code": code, "number": num}
    if issuer:
        fields["issuer"] = issuer[0]
    if year:
        fields["year"] = year
    return fields


def _fields(m: re.Match[str], text: str) -> list[dict[str, str]]:
    """The reference fields of one match; a plenum of two terms gives two."""
    g = m.group
    if g("code"):
        found = _code(m)
        return [found] if found else []
    if g("qh"):
        kind = _kind_of(g("qkw"), None)
        if kind is None:
            return []
        code = f"{g('qnum')}/{g('qyear')}/{g('qiss')}"
        issuer = "Ủy ban Thường vụ Quốc hội" if g("qiss").startswith("UBTV") else "Quốc hội"
        return [{"form": "code", "kind": kind, "code": code, "number": g("qnum"), "year": g("qyear"), "issuer": issuer}]
    if g("plenum") or g("plenum2"):
        plenum = _number(g("p1") or g("p2"))
        if plenum is None:
            return []
        return [{"form": "plenum", "kind": "Nghị quyết", "plenum": plenum, "issuer": "Ban Chấp hành Trung ương"}]
    if g("congress"):
        return [_congress(m)]
    if g("bynum"):
        return _by_number(m, text)
    return [{"form": "statute", "kind": "Điều lệ"}]


def _congress(m: re.Match[str]) -> dict[str, str]:
    """The fields of ``Nghị quyết Đại hội … lần thứ XI``."""
    cn = m.group("cn")
    number = _roman(int(cn)) if cn.isdigit() else cn
    fields = {"form": "congress", "kind": "Nghị quyết", "congress": number}
    if m.group("bo"):
        fields["scope"] = _scope(m.group("lvl"))
        name = (m.group("pname") or "").strip()
        if name:
            fields["place_name"] = name
    else:
        fields["scope"] = "national"
    return fields


def _scope(level: str | None) -> str:
    """The level of a party organisation a congress belongs to."""
    if level is None:
        return "province"
    return {"huyện": "district", "quận": "district", "thị xã": "district"}.get(level.lower(), "province")


def _by_number(m: re.Match[str], text: str) -> list[dict[str, str]]:
    """The fields of ``Chỉ thị số 05``, ``Đề án 453``, ``NQ 04``; none for ``kế hoạch 5 năm``."""
    kw, num = m.group("kw2"), m.group("num2")
    kind = _kind_of(kw, None)
    if kind is None or _patterns()[2].match(text, m.end()) or _DAYS_COUNT.match(text, m.end()):
        return []
    if not m.group("so"):
        word = kw.lower()
        if word in _NEEDS_SO or (kw.islower() and word not in _LOWER_OK):
            return []
        if len(num) == 4 and num[:2] in ("19", "20"):
            return []
    return [{"form": "number", "kind": kind, "number": num}]


def _tail(text: str, pos: int, fields: dict[str, str]) -> int:
    """Read the date, issuer and term written after a reference; the end of what was read."""
    tail = _patterns()[1]
    for _ in range(5):
        m = tail.match(text, pos)
        if not m:
            break
        g = m.group
        if g("y") or g("wy"):
            date = iso(int(g("y") or g("wy")), int(g("m") or g("wm")), int(g("d") or g("wd")))
            if date is None or "date" in fields:
                break
            fields["date"] = date
        elif g("issuer"):
            if "issuer_text" in fields:
                break
            fields["issuer"] = fields["issuer_text"] = issuer_names()[g("issuer").lower()]
        elif g("term"):
            if "term" in fields and fields.get("form") != "plenum":
                break
            fields.setdefault("term", g("term"))
        elif g("pw") or g("pn") or g("pt"):
            plenum = g("pn") or g("pt") or words_to_int(g("pw"))
            if not plenum or "plenum" in fields:
                break
            fields["plenum"] = str(int(plenum))
            fields.setdefault("issuer", "Ban Chấp hành Trung ương")
        elif g("year"):
            if "date" in fields or "year" in fields:
                break
            fields["year"] = g("year")
        pos = m.end()
    fields.pop("issuer_text", None)
    return pos


_PLENUM_TERMS = re.compile(rf"\s*[,(]?\s*(?i:khóa|khoá)\s+(?P<terms>{_ROMAN}(?:\s*(?:,|và|&)\s*{_ROMAN})*)(?:\s*\))?")
_ROMANS = re.compile(_ROMAN)
_CHAINED_CONGRESS = re.compile(r"\s*(?:,|và)\s*(?P<nq>(?:[Nn]ghị quyết|NQ)\s+)?(?=[Đđ]ại hội\s)")


def _mention(text: str, start: int, end: int, fields: dict[str, str]) -> Mention:
    """A document mention with its fields as sorted attrs."""
    value = fields.get("code") or fields["kind"]
    return Mention("document", start, end, text[start:end], value, tuple(sorted(fields.items())))


def _plenum_mentions(text: str, m: re.Match[str], fields: dict[str, str]) -> list[Mention]:
    """One mention per term of ``Nghị quyết Trung ương 4 khóa XI, XII``."""
    terms = _PLENUM_TERMS.match(text, m.end())
    if not terms:
        end = _tail(text, m.end(), fields)
        return [_mention(text, m.start(), end, fields)]
    out = []
    for term in _ROMANS.findall(terms.group("terms")):
        out.append(_mention(text, m.start(), terms.end(), {**fields, "term": term}))
    return out


def _congress_mentions(text: str, m: re.Match[str], fields: dict[str, str]) -> list[Mention]:
    """``Nghị quyết Đại hội Đảng toàn quốc lần thứ XII và Đại hội Đảng bộ tỉnh lần thứ XVIII``: two."""
    out = [_mention(text, m.start(), m.end(), fields)]
    while link := _CHAINED_CONGRESS.match(text, out[-1].end):
        chained = _congress_at(text, link.end(), link.start("nq") if link.group("nq") else link.end())
        if chained is None:
            break
        out.append(chained)
    return out


@lru_cache(maxsize=1)
def _congress_only() -> re.Pattern[str]:
    """The congress part of the reference pattern, without ``Nghị quyết`` before it."""
    source = _patterns()[0].pattern
    start = source.index("(?P<congress>")
    body = source[start:]
    body = body[: body.index("|(?P<bynum>")]
    body = body.replace(rf"(?P<congress>{_NQ}\s+(?:của\s+)?", "(?P<congress>", 1)
    return re.compile(body)


def _congress_at(text: str, pos: int, start: int) -> Mention | None:
    """A congress named at ``pos`` (the second of a chained pair), its mention from ``start``."""
    m = _congress_only().match(text, pos)
    if not m:
        return None
    return _mention(text, start, m.end(), _congress(m))


@lru_cache(maxsize=1)
def _trigger_words() -> int:
    """Kind words and abbreviations, lower-cased, as a shared word list: where a reference can start."""
    return register({form.lower(): form for form in [*kinds(), "điều lệ"]})


# A code written without its kind word ("… 05-CT/TW …") starts at its number. The digit
# comes before the lookbehind (not after a word, "/", "." or "-") so the regex starts with
# a character set, which the engine scans for fast.
_CODE_START = re.compile(r"\d(?<![\w/.-]\d)\d{0,3}[a-z]?\s*[-–—/]\s*(?:(?:19|20)\d{2}\s*[-–—/]\s*)?[A-ZĐ]")


def _starts(text: str) -> list[int]:
    """Offsets where a reference may start: found fast, then tried with the full pattern."""
    if "\u0130" in text:  # the one letter whose lower case is longer: offsets would shift
        return [m.start() for m in re.finditer(r"(?<!\w)\S", text)]
    # A code starts at a digit no word character is glued to: only there is the regex tried.
    out = [m.start() for m in matches_at(_CODE_START, text, number_starts(text))]
    triggers = _trigger_words()  # registered before the text is scanned
    for end, form in word_hits(text)[triggers]:
        start = end - len(form) + 1
        if start > 0 and text[start - 1].isalnum():
            continue
        if end + 1 < len(text) and text[end + 1].isalpha() and form != "NQ":
            continue
        if not form.islower() and text[start : end + 1] != form:
            continue
        out.append(start)
    return sorted(set(out))


def find_in(text: str) -> list[Mention]:
    """Every document reference in ``text``."""
    reference = _patterns()[0]
    out: list[Mention] = []
    done = 0
    for pos in _starts(text):
        if pos < done:
            continue
        m = reference.match(text, pos)
        if m is None:
            continue
        done = m.end()
        if out and m.start() < out[-1].end and out[-1].attr("form") == "congress":
            continue  # the second of a chained pair, already read
        for fields in _fields(m, text):
            if fields["form"] == "plenum":
                out.extend(_plenum_mentions(text, m, fields))
            elif fields["form"] == "congress":
                out.extend(_congress_mentions(text, m, fields))
            elif fields["form"] == "statute":
                out.append(_mention(text, m.start(), m.end(), fields))
            else:
                end = _tail(text, m.end(), fields)
                out.append(_mention(text, m.start(), end, fields))
    return out


def find(article: Article, sentences: Sequence[Sentence], earlier: Sequence[Mention]) -> list[Mention]:
    """The document mentions of the article."""
    return find_in(article.text)
