"""Document and Implements facts: which documents an article names, and which carry out which.

Reads the ``"document"`` mentions (see :mod:`vnkg.builder.mentions.documents`) and the
article's sentences; adds one :class:`Document` per document named — a short later
reference (``NQ 04``, ``Chương trình hành động số 21 của Tỉnh ủy``) is the same
document as the coded one before it — and an :class:`Implements` for each document the
text says carries out another (``B … về việc thực hiện A``, ``Thực hiện A, … ban hành
B``, ``Trên cơ sở A, … cụ thể hóa thành B``, ``về thi hành Điều lệ Đảng``).
Numbers restart each term, so the same code with different years or terms stays two
documents.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from vnkg.builder.facts.statistics import congress_place
from vnkg.records import ArticleContext, Document, DocumentRef, Evidence, Fact, Implements, Mention

# A capital letter, Vietnamese ones included: a proper name's first.
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# What may follow a document's name before its clause: its issuer's place ("của HĐND tỉnh",
# "… của Ban Thường vụ Huyện ủy Chư Sê"), that it was issued ("được ban hành").
_ISSUER_TAIL = (
    rf"(?:\s+của\s+[^,.;]{{1,60}}?|\s+(?:tỉnh|huyện|thị xã|thành phố|quận)(?:\s+[{_UPPER}]\w*)*|(?:\s+[{_UPPER}]\w*)+)?"
    r"(?:\s+(?:được\s+)?(?:ban hành|xây dựng|thông qua))?"
)
# Verbs of carrying out, alone or in a run ("cụ thể hóa và triển khai thực hiện"), then A.
_CARRY_OUT = (
    r"(?:(?:tiếp tục|đẩy mạnh|triển khai|tổ chức|quán triệt|cụ thể hóa|học tập|tuyên truyền|phổ biến|nghiên cứu"
    r"|cùng)(?:\s*,\s*|\s+và\s+|\s+))*"
    r"(?:thực hiện|thi hành|cụ thể hóa|thể chế hóa|hiện thực hóa|triển khai)"
    r"\s+(?:có hiệu quả\s+|nghiêm túc\s+|đồng thời\s+|kịp thời\s+)?"
    # "hướng dẫn thực hiện một số điều của A": some articles of A, carried out all the same.
    r"(?:một số (?:điều|nội dung)(?:,?\s*khoản)?\s+(?:của\s+)?)?(?:các\s+)?$"
)
# After a document B: "về (việc) thực hiện A", "để triển khai thực hiện A", "về thi hành A".
_ABOUT = re.compile(
    rf"{_ISSUER_TAIL}\s*,?\s*(?:về|để|nhằm)\s+(?:việc\s+)?(?:tiếp tục\s+)?"
    r"(?:lãnh đạo,?\s*chỉ đạo\s+)?(?:tăng cường\s+)?"
    r"(?:một số vấn đề\s+(?:cụ thể\s+)?)?(?:đẩy mạnh\s+)?(?:triển khai\s+)?(?:tổ chức\s+)?(?:hướng dẫn\s+)?"
    # "về Chương trình/Kế hoạch hành động thực hiện A": B is the plan that carries A out.
    r"(?:(?:[Cc]hương trình|[Kk]ế hoạch)(?:\s+hành động)?\s+(?:để\s+)?)?"
    r"(?:quán triệt\s+(?:các\s+)?$|(?P<life>(?:sớm\s+)?đưa\s+(?:các\s+)?)$|" + _CARRY_OUT + ")"
)
# Right after B, with no comma: "Kế hoạch số 112-KH/HU thực hiện A", "Hướng dẫn số 06-HD/TW …
# hướng dẫn một số vấn đề cụ thể thi hành A".
_ABOUT_BARE = re.compile(
    rf"{_ISSUER_TAIL}(?:\s+|\s*\(\s*)(?:hướng dẫn\s+(?:một số vấn đề\s+)?(?:cụ thể\s+)?)?" + _CARRY_OUT
)
# After an issued B and its title: "ban hành B về …, cụ thể hóa A", "B về … nhằm thực hiện A".
# "B phê duyệt …, theo tinh thần A", "B thí điểm … nhằm thể chế hóa A"; a title that ends
# "được xây dựng/ban hành" says B was issued.
_ABOUT_TITLED = re.compile(
    r"\s+(?:về|ban hành kèm theo|kèm theo|phê duyệt|quy định|thí điểm)\s[^.;]{0,200}?"
    r"(?P<built>\s+được\s+(?:ban hành|xây dựng))?"
    r"(?:(?:,\s*(?:(?:để|nhằm)\s+)?|\s+(?:để|nhằm)\s+)(?:" + _CARRY_OUT + r"|(?P<life>(?:sớm\s+)?đưa\s+(?:các\s+)?)$)"
    r"|,\s*theo tinh thần\s+(?:các\s+)?$)"
)
# What issues a document B, just before it: only an issued B's title can say what it carries out.
_ISSUED = re.compile(r"(?:ban hành|xây dựng|thông qua|ký|có)\s+(?:các\s+|được\s+)?$")
# Before a document A that a later B carries out: "Thực hiện A, …", "Trên cơ sở A, …",
# "Để đưa A vào cuộc sống, …", "Sau khi A được ban hành, …". Not "Căn cứ A": a legal basis
# B rests on, which the text does not say B carries out.
_LEAD = re.compile(
    r"(?:^|[,;:]\s*|\b)(?:(?:(?:[Đđ]ể|[Nn]hằm)\s+)?(?:(?:[Tt]riển khai|[Tt]iếp tục)\s+)?"
    r"(?:[Tt]hực hiện|[Tt]rên cơ sở|[Qq]uán triệt|[Cc]ụ thể hóa|[Tt]hể chế hóa|[Hh]iện thực hóa|[Tt]riển khai"
    r"|[Tt]heo tinh thần)"
    r"\s+(?:và\s+\w+\s+)?"
    r"(?:có hiệu quả\s+|nghiêm túc\s+)?"
    r"|(?P<life>(?:[Đđ]ể|[Nn]hằm)\s+(?:sớm\s+)?đưa\s+)"
    r"|(?P<after>[Ss]au khi\s+(?P<issuer_first>[^,.;]{1,60}?\s+ban hành\s+)?))(?:các\s+)?$"
)
# After an A led by "đưa": it is put "vào cuộc sống" (into effect), not moved somewhere.
_INTO_LIFE = re.compile(r"[^.;]{0,160}?\bvào\s+(?:cuộc sống|thực tiễn)")
# After an A led by "Sau khi": it was issued, the moment B follows on.
_WAS_ISSUED = re.compile(r"[^,.;]{0,160}?(?:được\s+ban hành|ra đời|có hiệu lực)")
# What joins a further A to the lead's first, after A's title: "Thực hiện A về …, và C của …".
_JOINED = re.compile(r"(?:,|\svà)\s+(?:các\s+)?$")
# What lists issued documents before the one whose clause names A: "ban hành B, C và D để thực hiện A".
_LISTED = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:các\s+)?")
# A lead whose A is the document named before: "Trên cơ sở đó, … ban hành B", "Thực hiện
# nghị quyết này, … ban hành B", "Để triển khai kế hoạch của tỉnh, … xây dựng B".
_LEAD_BACK = re.compile(
    r"(?<!\w)(?:[Tt]rên cơ sở đó|(?:(?:[Đđ]ể|[Nn]hằm)\s+)?(?:[Tt]hực hiện|[Tt]riển khai|[Cc]ụ thể hóa)\s+"
    r"(?:các\s+)?(?P<kind>nghị quyết|chỉ thị|kết luận|quy định|chương trình|kế hoạch|đề án)\s+"
    r"(?:này|trên|nói trên|đó|(?P<of>của\s+(?:ban thường vụ\s+)?(?:tỉnh ủy|thành ủy|huyện ủy|tỉnh|thành phố|huyện|"
    r"trung ương|bộ chính trị|ban bí thư))))\s*,",
    re.IGNORECASE,
)
# Where a lead (``_LEAD``, ``_LEAD_BACK``) may start: a stop, or the first letter of its first
# word before what that word goes on with. Each is scanned for fast (a regex that starts with a
# set); the lead itself is then tried only there, not at every position.
_LEAD_START = re.compile(
    r"[,;:ĐđNnTtQqCcSsHh](?:(?<=[,;:])"
    r"|(?=ể|hằm|riển khai|iếp tục|hực hiện|rên cơ sở|uán triệt|ụ thể hóa|hể chế hóa|iện thực hóa|heo tinh thần|au khi))"
)
# (The case variants of t, đ, n, c are written out: these letters have no others.)
_LEAD_BACK_START = re.compile(r"[tTđĐnNcC](?=(?i:rên cơ sở đó|ể|hằm|hực hiện|riển khai|ụ thể hóa))")
# Before a B whose A the text left out, as named just before: "HĐND tỉnh cụ thể hóa thành B".
_MADE_INTO = re.compile(r"cụ thể hóa\s+(?:thành|bằng)\s+(?:các\s+)?$")
# Before a document B that carries out the lead's A: "… ban hành B", "… cụ thể hóa thành B".
_ISSUES = re.compile(
    r"(?:ban hành|cụ thể hóa\s+(?:thành|bằng)|xây dựng|thông qua|phê duyệt|bằng|thành)\s+(?:các\s+|được\s+)?$"
)
# Before a "thực hiện A" that is reviewed, not carried out by a new document: "sơ kết 5 năm thực hiện A".
_REVIEWED = re.compile(
    r"(?:[Ss]ơ kết|[Tt]ổng kết|[Đđ]ánh giá|[Kk]iểm tra|[Gg]iám sát|[Kk]ết quả)"
    r"(?:\s+(?:\d+|một|hai|ba|bốn|năm|mười|việc|tình hình|kết quả|tháng|giữa nhiệm kỳ|nhiệm kỳ))*\s+$"
)
# In a list's gap, a verb that starts a clause of its own: what follows is not listed with the rest.
_OTHER_CLAUSE = re.compile(
    r"(?<!\w)(?:ban hành|thực hiện|triển khai|căn cứ|theo|đồng thời|trong đó|thay thế|sửa đổi|bổ sung"
    r"|tổng kết|sơ kết)(?!\w)",
    re.IGNORECASE,
)
_CHAIN_GAP = re.compile(r"\s*(?:,|;|và|gắn với|cùng với)?\s*(?:các\s+)?")
_SENTENCE_STOP = re.compile(r"[.;]\s")


@dataclass
class _Doc:
    """A document being assembled from its references."""

    fields: dict[str, str]
    first: Mention
    mentions: list[Mention] = field(default_factory=list)


def _number(value: str | None) -> str | None:
    """A document number without leading zeros, for comparing."""
    return value.lstrip("0") or "0" if value else None


def _level(issuer: str | None) -> str | None:
    """Central, province, district or state: what an issuer label says of its level."""
    if not issuer:
        return None
    for words, level in (
        (("Trung ương", "Bộ Chính trị", "Ban Bí thư"), "central"),
        (("Tỉnh ủy", "Thành ủy"), "province"),
        (("Huyện ủy", "Quận ủy", "Thị ủy"), "district"),
        (("Quốc hội", "Chính phủ", "nhân dân"), "state"),
    ):
        if any(w in issuer for w in words):
            return level
    return None


def _year(fields: dict[str, str]) -> str | None:
    """The year a reference gives, from its date or a bare year."""
    return (fields.get("date") or fields.get("year") or "")[:4] or None


def _kinds_agree(a: str, b: str) -> bool:
    """Whether two kinds can name one document (``QĐ`` is read as either kind)."""
    return a == b or {a, b} == {"Quy định", "Quyết định"}


def _compatible(doc: dict[str, str], ref: dict[str, str]) -> bool:
    """Whether a reference can name an assembled document: no field contradicts it."""
    for key in ("term",):
        if doc.get(key) and ref.get(key) and doc[key] != ref[key]:
            return False
    if _year(doc) and _year(ref) and _year(doc) != _year(ref):
        return False
    a, b = _level(doc.get("issuer")), _level(ref.get("issuer"))
    return not (a and b and a != b)


def _same(doc: _Doc, ref: dict[str, str]) -> bool:
    """Whether a reference names the assembled document ``doc``."""
    d = doc.fields
    form = ref["form"]
    if form == "statute":
        return d["form"] == "statute"
    if form in ("code", "number"):
        if d["form"] not in ("code", "number") or not _kinds_agree(d["kind"], ref["kind"]):
            return False
        if form == "code" and d["form"] == "code":
            return d["code"] == ref["code"] and _compatible(d, ref)
        return _number(d.get("number")) == _number(ref.get("number")) and _compatible(d, ref)
    if form == "plenum":
        return d["form"] == "plenum" and d["plenum"] == ref["plenum"] and d.get("term") == ref.get("term")
    return (
        d["form"] == "congress"
        and d["congress"] == ref["congress"]
        and d.get("scope") == ref.get("scope")
        and (d.get("place_name") or "") in ("", ref.get("place_name") or d.get("place_name") or "")
    )


def _termless_plenums(refs: list[dict[str, str]]) -> None:
    """Give ``Nghị quyết Trung ương 4`` the term of the only term-qualified plenum 4 named."""
    terms: dict[str, set[str]] = {}
    for ref in refs:
        if ref["form"] == "plenum" and ref.get("term"):
            terms.setdefault(ref["plenum"], set()).add(ref["term"])
    for ref in refs:
        if ref["form"] == "plenum" and not ref.get("term"):
            known = terms.get(ref["plenum"], set())
            if len(known) == 1:
                ref["term"] = next(iter(known))
            elif known:
                ref["drop"] = "ambiguous"


def assemble(mentions: list[Mention]) -> tuple[list[_Doc], dict[Mention, int]]:
    """The documents the references name, and which document each reference names."""
    refs = [dict(m.attrs) for m in mentions]
    _termless_plenums(refs)
    docs: list[_Doc] = []
    which: dict[Mention, int] = {}
    for mention, ref in zip(mentions, refs):
        if ref.pop("drop", None):
            continue
        found = [i for i, doc in enumerate(docs) if _same(doc, ref)]
        if found:
            i = found[-1]  # the latest document that fits: numbers restart each term
            doc = docs[i]
            if ref["form"] == "code" and doc.fields["form"] == "number":
                doc.fields = {**doc.fields, **ref}
            else:
                for key, value in ref.items():
                    doc.fields.setdefault(key, value)
        else:
            i = len(docs)
            docs.append(_Doc(fields=dict(ref), first=mention))
        docs[i].mentions.append(mention)
        which[mention] = i
    return docs, which


def _ref(ctx: ArticleContext, fields: dict[str, str]) -> DocumentRef:
    """The :class:`DocumentRef` of an assembled document's fields."""
    congress = fields.get("congress")
    return DocumentRef(
        kind=fields["kind"],
        code=fields.get("code"),
        number=fields.get("number"),
        issuer=fields.get("issuer"),
        date=fields.get("date") or fields.get("year"),
        term=fields.get("term"),
        plenum=fields.get("plenum"),
        congress=congress,
        congress_place=congress_place(ctx, fields.get("scope"), fields.get("place_name")) if congress else None,
    )


class _Sentences:
    """Finds the sentence around an offset, for evidence."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.starts = [s.start for s in ctx.sentences]

    def evidence(self, start: int, end: int) -> Evidence:
        """The sentence holding ``start`` as evidence (the span itself when no sentence does)."""
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ctx.sentences[i].end >= start:
            s = self.ctx.sentences[i]
            return Evidence(self.ctx.article.id, s.start, s.end, s.text)
        return Evidence(self.ctx.article.id, start, end, self.ctx.article.text[start:end])

    def previous_start(self, pos: int) -> int:
        """The start of the sentence before the one holding ``pos``, in the same paragraph."""
        i = bisect_right(self.starts, pos) - 1
        sents = self.ctx.sentences
        if i <= 0:
            return sents[i].start if i == 0 else 0
        gap = self.ctx.article.text[sents[i - 1].end : sents[i].start]
        return sents[i].start if "\n" in gap else sents[i - 1].start

    def previous_paragraph_start(self, pos: int) -> int:
        """The start of the paragraph before the one holding ``pos`` (or of its own, if first)."""
        i = bisect_right(self.starts, pos) - 1
        sents, text = self.ctx.sentences, self.ctx.article.text
        breaks = 0
        while i > 0:
            if "\n" in text[sents[i - 1].end : sents[i].start]:
                breaks += 1
                if breaks == 2:
                    break
            i -= 1
        return sents[i].start if i >= 0 else 0

    def bounds(self, pos: int) -> tuple[int, int]:
        """The start and end of the sentence holding ``pos``."""
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.ctx.sentences[i].end >= pos:
            return self.ctx.sentences[i].start, self.ctx.sentences[i].end
        return 0, len(self.ctx.article.text)


def _chain(text: str, mentions: list[Mention], i: int, stop: frozenset[int] | set[int] = frozenset()) -> list[int]:
    """Indexes of the references listed from ``i`` on (``A, B và C``), up to one in ``stop``."""
    out = [i]
    while out[-1] + 1 < len(mentions) and out[-1] + 1 not in stop:
        gap = text[mentions[out[-1]].end : mentions[out[-1] + 1].start]
        if not _CHAIN_GAP.fullmatch(gap):
            break
        out.append(out[-1] + 1)
    return out


def _listed_on(text: str, mentions: list[Mention], i: int, stop: set[int], sentence_end: int) -> list[int]:
    """The references listed from ``i`` on, each after the title of the one before ("A ngày …
    của Hội nghị Trung ương 11 khóa XIII và C của Bộ Chính trị", "ban hành B ngày … và D về …"),
    in ``i``'s sentence, up to one in ``stop`` or a clause that says something else."""
    out = _chain(text, mentions, i, stop)
    k = out[-1] + 1
    while k < len(mentions) and k not in stop and mentions[k].start < sentence_end:
        gap = text[mentions[out[-1]].end : mentions[k].start]
        if len(gap) > 200 or _SENTENCE_STOP.search(gap) or _OTHER_CLAUSE.search(gap):
            break
        if not _JOINED.search(text, max(mentions[k - 1].end, mentions[k].start - 12), mentions[k].start):
            break
        out.extend(c for c in _chain(text, mentions, k, stop) if c not in out)
        k = out[-1] + 1
    return out


def _abouts(text: str, mentions: list[Mention], sentences: _Sentences) -> dict[int, int]:
    """For each reference followed by "về (việc) thực hiện …", the first reference it is about."""
    out: dict[int, int] = {}
    for i, b in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            between = text[b.end : mentions[j].start]
            if _SENTENCE_STOP.search(between) or len(between) > 240:
                break
            about = _ABOUT.fullmatch(between)
            if about and about.group("life") and not _INTO_LIFE.match(text, mentions[j].end):
                break  # "nhằm đưa A" that does not put A into effect
            if about or _ABOUT_BARE.fullmatch(between):
                out[i] = j
                break
            titled = _ABOUT_TITLED.fullmatch(between) if j == i + 1 else None
            if titled and titled.group("life") and not _INTO_LIFE.match(text, mentions[j].end):
                break  # "để đưa A" that does not put A into effect
            if titled and (titled.group("built") or _issued(text, b, sentences)):
                out[i] = j
                break
    return out


def _issued(text: str, b: Mention, sentences: _Sentences) -> bool:
    """Whether the text issues ``b`` ("… ban hành B"), not merely names it."""
    start, _ = sentences.bounds(b.start)
    return bool(_ISSUED.search(text, max(start, b.start - 30), b.start))


def _listed_before(text: str, mentions: list[Mention], i: int, taken: set[int], sentences: _Sentences) -> list[int]:
    """The issued documents listed before ``i`` ("ban hành B, C và D để thực hiện A": B and C)."""
    k = i
    while k > 0 and k - 1 not in taken and _LISTED.fullmatch(text, mentions[k - 1].end, mentions[k].start):
        k -= 1
    return list(range(k, i)) if k < i and _issued(text, mentions[k], sentences) else []


def _lead_targets(text: str, mentions: list[Mention], i: int, j: int, taken: set[int]) -> list[int]:
    """A lead's documents up to the issued ``j``: its first ``i`` and those joined to it after titles
    ("Thực hiện A của Quốc hội phê duyệt …, và C của Thủ tướng, … ban hành B")."""
    out = _chain(text, mentions, i, taken)
    for k in range(out[-1] + 1, j):
        if (
            k not in taken
            and k not in out
            and _JOINED.search(text, max(mentions[k - 1].end, mentions[k].start - 12), mentions[k].start)
        ):
            out.extend(c for c in _chain(text, mentions, k, taken) if c < j and c not in out)
    return out


def _search(regex: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int, end: int) -> re.Match[str] | None:
    """``regex.search(text, pos, end)``, tried only where ``starts`` says a match may start."""
    for at in starts.finditer(text, pos, end):
        found = regex.match(text, at.start(), end)
        if found is not None:
            return found
    return None


def _lead(text: str, mentions: list[Mention], i: int, s_start: int) -> bool:
    """Whether a lead ("Thực hiện", "Để đưa … vào cuộc sống", "Sau khi … ban hành") ends right at ``i``."""
    a = mentions[i]
    lead = _search(_LEAD, _LEAD_START, text, max(s_start, a.start - 80), a.start)
    if not lead or lead.end() != a.start or _REVIEWED.search(text, max(s_start, lead.start() - 40), lead.start()):
        return False
    if lead.group("life"):
        return bool(_INTO_LIFE.match(text, a.end))
    if lead.group("after") and not lead.group("issuer_first"):
        return bool(_WAS_ISSUED.match(text, a.end))
    return True


def _pairs(ctx: ArticleContext, mentions: list[Mention], sentences: _Sentences) -> list[tuple[int, int, int]]:
    """(implementing mention, implemented mention, position) for every ``B … thực hiện A``."""
    text = ctx.article.text
    abouts = _abouts(text, mentions, sentences)
    implementers = set(abouts)
    out: list[tuple[int, int, int]] = []
    # B, then its clause "về việc thực hiện A và C": B implements A and C.
    for i, j in abouts.items():
        end = sentences.bounds(mentions[j].start)[1]
        out.extend((i, k, mentions[i].start) for k in _listed_on(text, mentions, j, implementers, end))
    about_targets = {k for _, k, _ in out}
    # "ban hành B, C và D để thực hiện A": the documents issued in one list carry out A too.
    for i in abouts:
        its = [k for b, k, _ in out if b == i]
        for b in _listed_before(text, mentions, i, implementers | about_targets, sentences):
            out.extend((b, k, mentions[b].start) for k in its)
    taken = implementers | about_targets
    # "Thực hiện A …, … ban hành B": B implements A (not when A sits in another B's clause).
    for i, a in enumerate(mentions):
        if i in about_targets:
            continue
        s_start, _ = sentences.bounds(a.start)
        if not _lead(text, mentions, i, s_start):
            continue
        for j in range(i + 1, len(mentions)):
            if sentences.bounds(mentions[j].start)[0] != s_start:
                break
            if j in implementers or not _ISSUES.search(text, max(s_start, mentions[j].start - 40), mentions[j].start):
                continue
            targets = _lead_targets(text, mentions, i, j, taken)
            if j in targets:
                continue
            # "… ban hành B1 và B2": each issued document carries out A.
            for b in _listed_on(text, mentions, j, implementers, sentences.bounds(mentions[j].start)[1]):
                out.extend((b, k, mentions[b].start) for k in targets)
            break
    out.extend(_made_into(text, mentions, {b for b, _, _ in out}, sentences))
    out.extend(_led_back(text, mentions, {b for b, _, _ in out}, sentences))
    return out


def _kind_word(kind: str, word: str) -> bool:
    """Whether a kind word of a lead (``chương trình``) names documents of ``kind``."""
    return kind.lower().startswith(word.lower())


def _led_back(text: str, mentions: list[Mention], done: set[int], sentences: _Sentences) -> list[tuple[int, int, int]]:
    """ "Trên cơ sở đó, … ban hành B": B carries out the document the lead points back to —
    the last one of the lead's kind named in the sentence before (or, for "kế hoạch của tỉnh",
    in the paragraph before), else the last one named in the sentence before."""
    out: list[tuple[int, int, int]] = []
    for j, b in enumerate(mentions):
        if j == 0 or j in done:
            continue
        s_start, _ = sentences.bounds(b.start)
        lead = _search(_LEAD_BACK, _LEAD_BACK_START, text, s_start, b.start)
        if lead is None or not _ISSUES.search(text, max(lead.end(), b.start - 40), b.start):
            continue
        before = [i for i in range(j) if mentions[i].end <= lead.start()]
        near = sentences.previous_start(lead.start())
        reach = sentences.previous_paragraph_start(lead.start()) if lead.group("of") else near
        word = lead.group("kind")
        kinds = [
            i
            for i in before
            if word and mentions[i].start >= reach and _kind_word(mentions[i].attr("kind") or "", word)
        ]
        target = None
        if kinds:
            target = kinds[-1]
        elif before and not lead.group("of") and mentions[before[-1]].start >= near:
            target = before[-1]
        if target is not None:
            # "… ban hành B1 ngày … và B2": each issued document carries out the one pointed back to.
            issued = _listed_on(text, mentions, j, done, sentences.bounds(b.start)[1])
            out.extend((k, target, b.start) for k in issued)
    return out


def _made_into(text: str, mentions: list[Mention], done: set[int], sentences: _Sentences) -> list[tuple[int, int, int]]:
    """ "… cụ thể hóa thành B (và C)" with no A in the sentence: B carries out the document named just before."""
    out: list[tuple[int, int, int]] = []
    for j in range(1, len(mentions)):
        b = mentions[j]
        if j in done or not _MADE_INTO.search(text, max(0, b.start - 40), b.start):
            continue
        if mentions[j - 1].start >= sentences.previous_start(b.start):
            out.extend((k, j - 1, b.start) for k in _chain(text, mentions, j, done) if k not in done)
    return out


def extract(ctx: ArticleContext) -> list[Fact]:
    """The documents the article names and what implements what."""
    mentions = [m for m in ctx.mentions if m.kind == "document"]
    if not mentions:
        return []
    docs, which = assemble(mentions)
    sentences = _Sentences(ctx)
    refs = [_ref(ctx, doc.fields) for doc in docs]
    facts: list[Fact] = [
        Document(ref=ref, evidence=sentences.evidence(doc.first.start, doc.first.end)) for ref, doc in zip(refs, docs)
    ]
    seen: set[tuple[int, int]] = set()
    for b, a, pos in _pairs(ctx, mentions, sentences):
        if mentions[b] not in which or mentions[a] not in which:
            continue
        pair = (which[mentions[b]], which[mentions[a]])
        if pair[0] != pair[1] and pair not in seen:
            seen.add(pair)
            facts.append(
                Implements(document=refs[pair[0]], target=refs[pair[1]], evidence=sentences.evidence(pos, pos))
            )
    return facts
