"""Numbers written in digits, in words and as vague amounts, and their ranges.

Number words: a hand-written reader finds the span ("a dozen", "half a million",
"one hundred and fifty", "twenty-five") and text2num converts the plain cardinal
part; text2num alone cannot find spans in running text without changing its
length (alpha2digit rewrites it), keeps small numbers as words, and rejects "a
hundred", "two dozen" or "half a million".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from text_to_num import text2num

from .rules import RULES
from .tokens import Tokens

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
# Multipliers after digits: "1.5 million", "3.2m", "2bn", "5 lakh".
DIGIT_SCALES = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "mln": 10**6,
    "mn": 10**6, "bln": 10**9, "bn": 10**9, "lakh": 10**5, "lakhs": 10**5, "crore": 10**7,
    "crores": 10**7,
}  # fmt: skip
GLUED_SCALES = {"m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "k": 1000}
NUMBER_WORDS = frozenset(UNITS) | frozenset(SCALES) | {"dozen"}
_A_SCALES = frozenset(SCALES) | {"dozen"}
_VAGUE_NEED_OF = frozenset({"tens", "scores"})
CURRENCY_SIGNS = frozenset(
    {"$", "£", "€", "¥", "₹", "₦", "₱", "₴", "₺", "₩", "₫", "৳", "₽", "₪", "₨", "₵", "₲", "₡", "₸",
     "₼", "₾"}
)  # fmt: skip
# what glued before digits makes them no count: "MH17", "$5m", "₹50,000", "#3", "+44"
_GLUED_BEFORE = CURRENCY_SIGNS | {"#", "+", ".", "/", "'"}
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_LAKH_GROUPED = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")  # "1,07,588": Indian copy groups by lakh
_BIG_SCALES = frozenset({"million", "billion", "mln", "mn", "bln", "bn"})
# articles that are no vague amount by themselves: a number only before a scale
# word or the rest of a vague amount ("a dozen", "a few hundred")
_ARTICLES = frozenset(w for w in ("a", "an") if RULES.vague.match_at([w], 0) is None)


@dataclass(slots=True)
class Num:
    i: int  # first token
    j: int  # one past the last token
    value: float | int | None
    low: float | int | None = None
    high: float | int | None = None
    vague: bool = False
    plain: bool = False  # bare digits: no grouping comma, no decimals, no multiplier
    decimal: bool = False  # digits with a decimal point and no multiplier
    word: bool = False  # written in words
    scale: int = 1  # multiplier applied ("million" -> 10**6)
    is_range: bool = False
    approx: bool = False  # "a couple of hundred": about 200, as written


def _int(x: float) -> float | int:
    """x as an int when it is one, up to the error of binary floats: "8.2 million" is
    8.2 * 10**6, which floats make 8199999.999999999."""
    if x != x or x in (_INF, -_INF):
        return x  # a number too long for a float reads as infinity
    r = round(x)
    return r if abs(x - r) <= 1e-9 * max(1.0, abs(x)) else x


_INF = float("inf")


AND_A_PART = (["a", "half"], ["a", "quarter"])  # "two and a half million"
_PARTS = {"+half": 0.5, "+quarter": 0.25}
_COUPLE_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6}


def read_number(tk: Tokens, i: int) -> Num | None:
    """The number starting at token i, or None."""
    w = tk.low[i]
    c = w[0]
    if "0" <= c <= "9":
        return _read_digits(tk, i)
    if w == "a" and tk.low[i + 1 : i + 3] == ["couple", "of"] and i + 3 < tk.n:
        scale = _COUPLE_SCALES.get(tk.low[i + 3])
        if scale is not None:  # "a couple of hundred": about 200, no vague amount
            return Num(i, i + 4, 2 * scale, word=True, approx=True)
    if w in _ARTICLES:
        nxt = tk.low[i + 1] if i + 1 < tk.n else ""
        if nxt not in _A_SCALES and nxt != "quarter" and nxt not in RULES.vague.seconds.get(w, ()):
            return None  # only "a dozen", "a hundred", "a few thousand"... are numbers
    if c.isalpha():
        num = _read_vague(tk, i) or _read_words(tk, i)
        return _echoed(tk, num) if num is not None and num.word else num
    return None


def _echoed(tk: Tokens, num: Num) -> Num:
    """'seven (7) pistols', as police releases write counts: the digits in brackets repeat
    the words and belong to the number."""
    j = num.j
    low = tk.low
    bracketed = j + 2 < tk.n and low[j] == "(" and low[j + 2] == ")" and low[j + 1].isdigit()
    if bracketed and int(low[j + 1]) == num.value:
        return replace(num, j=j + 3)
    return num


def _read_digits(tk: Tokens, i: int) -> Num | None:
    low = tk.low
    w = low[i]
    if "." in w and _DOT_GROUPED.fullmatch(w) and not _scale_after(tk, i):
        w = w.replace(".", ",")  # "5.000 residents": thousands grouped by dots, as in European copy
    if ":" in w or "/" in w or w.count(".") > 1:
        return None  # times, dates, section numbers
    if "," in w and not _GROUPED.fullmatch(w) and not _LAKH_GROUPED.fullmatch(w):
        nxt = low[i + 1] if i + 1 < tk.n else ""
        if not (_DECIMAL_COMMA.fullmatch(w) and nxt in _BIG_SCALES):
            return None
        w = w.replace(",", ".")  # "1,2 million": a decimal comma, as in European copy
    if len(w) > 1 and w[0] == "0" and not w.startswith("0."):
        return None  # codes and phone numbers
    if tk.glued(i):
        prev = low[i - 1]
        if prev.isalpha() or prev in _GLUED_BEFORE:
            return None
        if prev == "-" and (i < 2 or tk.glued(i - 1)):
            return None  # "F-16", "Covid-19", second half of "200-300"
    j = i + 1
    if len(w) <= 3 and w.isdigit():
        w, j = _space_grouped(tk, i)
    value: float = float(w.replace(",", ""))
    decimal = "." in w
    scale = 1
    if j < tk.n and tk.glued(j):
        g = low[j]
        if g in GLUED_SCALES:
            scale = GLUED_SCALES[g]
            j += 1
        elif g.isalpha() or g in {"%", "'"}:
            return None  # "3rd", "1990s", "10am", "5km", "50%", "1990's"
        elif g == "." and j + 1 < tk.n and tk.glued(j + 1) and low[j + 1][0].isalnum():
            return None  # "v1.x", "3.a"
    if scale == 1 and j < tk.n and low[j] in DIGIT_SCALES:
        scale = DIGIT_SCALES[low[j]]
        j += 1
    value *= scale
    return Num(
        i,
        j,
        _int(value),
        plain=scale == 1 and not decimal and "," not in w,
        decimal=decimal and scale == 1,
        scale=scale,
    )


def _scale_after(tk: Tokens, i: int) -> bool:
    """A multiplier follows token i ("1.500 million", "2.250bn"): its dot is a decimal point."""
    j = i + 1
    return j < tk.n and (tk.low[j] in DIGIT_SCALES or (tk.glued(j) and tk.low[j] in GLUED_SCALES))


def _space_grouped(tk: Tokens, i: int) -> tuple[str, int]:
    """'100 000', '1 250 000': thousands grouped by spaces, as in UN and French-style
    copy (normalisation turns the no-break spaces into plain ones). Returns the digits
    as one grouped string and the token after them."""
    w, j = tk.low[i], i + 1
    while (
        j < tk.n
        and len(tk.low[j]) == 3
        and tk.low[j].isdigit()
        and tk.starts[j] == tk.ends[j - 1] + 1
        and tk.field_text[tk.ends[j - 1]] == " "
    ):
        w += "," + tk.low[j]
        j += 1
    return w, j


def _read_vague(tk: Tokens, i: int) -> Num | None:
    hit = RULES.vague.match_at(tk.low, i)
    if hit is None:
        return None
    n, (low, high) = hit
    j = i + n
    if n == 1 and tk.low[i] in _VAGUE_NEED_OF and (j >= tk.n or tk.low[j] != "of"):
        return None
    return Num(i, j, None, low, high, vague=True, word=True)


def _split_words(tk: Tokens, i: int) -> list[tuple[int, str]]:
    """(token index, word) for the run of number words from token i on."""
    out: list[tuple[int, str]] = []
    low = tk.low
    k = i
    while k < tk.n:
        w = low[k]
        parts = w.split("-")
        if all(p in NUMBER_WORDS for p in parts):
            out.extend((k, p) for p in parts)
        elif w in {"a", "an"} and not out and k + 1 < tk.n and low[k + 1] in _A_SCALES:
            out.append((k, "one"))
        elif w == "half" and not out and low[k + 1 : k + 3] in (["a", "million"], ["a", "billion"]):
            out.append((k, "half"))
            k += 1  # skip "a"
        elif not out and _quarter_million(low, k):
            # "a quarter of a million": read as 0.25 x million, "of a" skipped
            k += 3 if w == "quarter" else 4
            out.append((k - 1, "quarter"))
            out.append((k, low[k]))
        elif w == "and" and out and out[-1][1] in UNITS and low[k + 1 : k + 3] in AND_A_PART:
            # "two and a half million", "three and a half years"
            out.append((k + 2, "+" + low[k + 2]))
            k += 2
        elif out and out[-1][1][0] == "+" and w not in SCALES:
            break
        elif w == "and" and out and out[-1][1] in SCALES and k + 1 < tk.n:
            nxt = low[k + 1].split("-")[0]
            if nxt not in UNITS:
                break
            out.append((k, "and"))
        else:
            break
        if out and out[-1][1] == "dozen":
            break
        k += 1
    if out and out[-1][1] == "and":
        out.pop()
    return out


def _quarter_million(low: list[str], k: int) -> bool:
    """'a quarter of a million' or 'quarter of a million' starts at token k."""
    if low[k] in ("a", "an"):
        k += 1
    scale = low[k + 3] if k + 3 < len(low) else ""
    return low[k : k + 3] == ["quarter", "of", "a"] and scale in ("million", "billion")


def _words_value(words: list[str]) -> float | None:
    part = next((w for w in words if w[0] == "+"), None)
    if part is not None:
        # "two and a half million": the whole, its part, then at most one scale word
        k = words.index(part)
        whole, scale = _words_value(words[:k]), words[k + 1 :]
        if whole is None or len(scale) > 1:
            return None
        return (whole + _PARTS[part]) * (SCALES[scale[0]] if scale else 1)
    factor = 1.0
    if words and words[0] in ("half", "quarter"):
        factor, words = (0.5 if words[0] == "half" else 0.25), words[1:]
    if words and words[-1] == "dozen":
        factor *= 12
        words = words[:-1]
        if not words:
            return factor
    if not words or (words[0] in SCALES and len(words) > 1 and words[1] in SCALES):
        return None
    try:
        return factor * text2num(" ".join(words), "en")
    except ValueError:
        return None


def _read_words(tk: Tokens, i: int) -> Num | None:
    run = _split_words(tk, i)
    while run:
        value = _words_value([w for _, w in run])
        if value is not None:
            return Num(i, run[-1][0] + 1, _int(value), word=True)
        run.pop()
        while run and run[-1][1] == "and":
            run.pop()
    return None


def read_range(tk: Tokens, first: Num) -> tuple[Num | None, int]:
    """Extend `first` into a range when one follows.

    Returns (number, next token index). The number is None when the pair is a
    score or a vote ("2-1", "52-48"), which is no figure.
    """
    j = first.j
    low = tk.low
    if j + 1 >= tk.n or first.vague:
        return first, j
    sep = low[j]
    between = first.i > 0 and low[first.i - 1] == "between"
    if sep == "-" and tk.glued(j) and tk.glued(j + 1) and low[j + 1][0].isdigit():
        second = _read_second(tk, j + 1)
        if second is None:
            return None, j + 2
        lo, hi = _scaled(first, second)
        if lo < hi:
            return _range(first, second, lo, hi), second.j
        return None, second.j
    if sep in {"to", "or"} or (sep == "and" and between):
        second = _read_second(tk, j + 1)
        # "between three and 10 years" mixes words and digits; "two or 3" does not go together
        if second is None or (second.word != first.word and not between):
            return first, j
        if first.plain and 1900 <= (first.value or 0) <= 2100 and not second.plain:
            return first, j  # "since October 2023 to 3,287 killed": a year, then the count
        if _day_of_month(tk, first) and (second.value or 0) > 31:
            return first, j  # "since the monsoon's onset on June 24 to 88": a day, the count
        if first.i > 0 and low[first.i - 1] == "from":
            return second, second.j  # "rose from 200 to 300": the figure is 300
        lo, hi = _scaled(first, second)
        if lo < hi:
            return _range(first, second, lo, hi), second.j
    return first, j


def _day_of_month(tk: Tokens, num: Num) -> bool:
    return num.i > 0 and tk.low[num.i - 1] in RULES.months and tk.cap(num.i - 1)


def _read_second(tk: Tokens, k: int) -> Num | None:
    w = tk.low[k]
    if "0" <= w[0] <= "9":
        # the tokenizer check for a glued "-" before digits does not apply here
        if "." in w and _DOT_GROUPED.fullmatch(w) and not _scale_after(tk, k):
            w = w.replace(".", ",")
        if ":" in w or "/" in w or ("," in w and not _GROUPED.fullmatch(w)):
            return None
        j = k + 1
        if len(w) <= 3 and w.isdigit():
            w, j = _space_grouped(tk, k)
        value = float(w.replace(",", ""))
        scale = 1
        if j < tk.n and tk.glued(j) and tk.low[j] in GLUED_SCALES:
            scale = GLUED_SCALES[tk.low[j]]
            j += 1
        elif j < tk.n and tk.glued(j) and tk.low[j].isalpha():
            return None
        elif j < tk.n and tk.low[j] in DIGIT_SCALES:
            scale = DIGIT_SCALES[tk.low[j]]
            j += 1
        return Num(k, j, _int(value * scale), scale=scale, plain=scale == 1 and "," not in w)
    if w[0].isalpha():
        num = _read_words(tk, k)
        return num if num is not None and not num.vague else None
    return None


def _scaled(first: Num, second: Num) -> tuple[float, float]:
    lo = float(first.value or 0)
    hi = float(second.value or 0)
    if first.scale == 1 and second.scale > 1 and lo * second.scale <= hi:
        lo *= second.scale  # "between 1.5 and 2 million"
    return lo, hi


def _range(first: Num, second: Num, lo: float, hi: float) -> Num:
    return Num(first.i, second.j, None, _int(lo), _int(hi), word=first.word, is_range=True)
