"""The hand-written evaluation sets (eval/README.md) are well formed and large enough.

Every test runs on every set: the tuning set in eval/, the later tuning sets in eval/dev2/ to
eval/dev58/ (each with its README) and the blind held-out set in eval/holdout/
(eval/holdout/README.md), each with its own minimum sizes. These tests check
structure only: they never run the enrichment stages.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.schema import CONFLICT_TAGS, FIGURE_CATEGORIES, FIGURE_QUALIFIERS, FIGURE_UNITS

EVAL = Path(__file__).resolve().parents[2] / "eval"
HOLDOUT = EVAL / "holdout"
DEV2 = EVAL / "dev2"
DEV3 = EVAL / "dev3"
DEV4 = EVAL / "dev4"
DEV5 = EVAL / "dev5"
DEV6 = EVAL / "dev6"
DEV7 = EVAL / "dev7"
DEV8 = EVAL / "dev8"
DEV9 = EVAL / "dev9"
DEV10 = EVAL / "dev10"
DEV11 = EVAL / "dev11"
DEV12 = EVAL / "dev12"
DEV13 = EVAL / "dev13"
DEV14 = EVAL / "dev14"
DEV15 = EVAL / "dev15"
DEV16 = EVAL / "dev16"
DEV17 = EVAL / "dev17"
DEV18 = EVAL / "dev18"
DEV19 = EVAL / "dev19"
DEV20 = EVAL / "dev20"
DEV21 = EVAL / "dev21"
DEV22 = EVAL / "dev22"
DEV23 = EVAL / "dev23"
DEV24 = EVAL / "dev24"
DEV25 = EVAL / "dev25"
DEV26 = EVAL / "dev26"
DEV27 = EVAL / "dev27"
DEV28 = EVAL / "dev28"
DEV29 = EVAL / "dev29"
DEV30 = EVAL / "dev30"
DEV31 = EVAL / "dev31"
DEV32 = EVAL / "dev32"
DEV33 = EVAL / "dev33"
DEV34 = EVAL / "dev34"
DEV35 = EVAL / "dev35"
DEV36 = EVAL / "dev36"
DEV37 = EVAL / "dev37"
DEV38 = EVAL / "dev38"
DEV39 = EVAL / "dev39"
DEV40 = EVAL / "dev40"
DEV41 = EVAL / "dev41"
DEV42 = EVAL / "dev42"
DEV43 = EVAL / "dev43"
DEV44 = EVAL / "dev44"
DEV45 = EVAL / "dev45"
DEV46 = EVAL / "dev46"
DEV47 = EVAL / "dev47"
DEV48 = EVAL / "dev48"
DEV49 = EVAL / "dev49"
DEV50 = EVAL / "dev50"
DEV51 = EVAL / "dev51"
DEV52 = EVAL / "dev52"
DEV53 = EVAL / "dev53"
DEV54 = EVAL / "dev54"
DEV55 = EVAL / "dev55"
DEV56 = EVAL / "dev56"
DEV57 = EVAL / "dev57"
DEV58 = EVAL / "dev58"
DEV59 = EVAL / "dev59"
DEV60 = EVAL / "dev60"
DEV61 = EVAL / "dev61"
DEV62 = EVAL / "dev62"
DEV63 = EVAL / "dev63"
DEV64 = EVAL / "dev64"
DEV65 = EVAL / "dev65"
DEV66 = EVAL / "dev66"
DEV67 = EVAL / "dev67"
DEV68 = EVAL / "dev68"
DEV69 = EVAL / "dev69"
DEV70 = EVAL / "dev70"
DEV71 = EVAL / "dev71"
DEV72 = EVAL / "dev72"
DEV73 = EVAL / "dev73"
DEV74 = EVAL / "dev74"
DEV75 = EVAL / "dev75"
DEV76 = EVAL / "dev76"
DEV77 = EVAL / "dev77"
DEV78 = EVAL / "dev78"
DEV79 = EVAL / "dev79"
DEV80 = EVAL / "dev80"
DEV81 = EVAL / "dev81"
DEV82 = EVAL / "dev82"
DEV83 = EVAL / "dev83"
DEV84 = EVAL / "dev84"
DEV85 = EVAL / "dev85"
DEV86 = EVAL / "dev86"
DEV87 = EVAL / "dev87"
DEV88 = EVAL / "dev88"
DEV89 = EVAL / "dev89"
DEV90 = EVAL / "dev90"
DEV91 = EVAL / "dev91"
DEV92 = EVAL / "dev92"
DEV93 = EVAL / "dev93"
DEV94 = EVAL / "dev94"
DEV95 = EVAL / "dev95"
DEV96 = EVAL / "dev96"
DEV97 = EVAL / "dev97"
DEV98 = EVAL / "dev98"
DEV99 = EVAL / "dev99"
DEV100 = EVAL / "dev100"
DEV101 = EVAL / "dev101"
DEV102 = EVAL / "dev102"
DEV103 = EVAL / "dev103"
DEV104 = EVAL / "dev104"
DEV105 = EVAL / "dev105"
DEV106 = EVAL / "dev106"
DEV107 = EVAL / "dev107"
DEV108 = EVAL / "dev108"
DEV109 = EVAL / "dev109"
DEV110 = EVAL / "dev110"
DEV111 = EVAL / "dev111"
DEV112 = EVAL / "dev112"
DEV113 = EVAL / "dev113"
DEV114 = EVAL / "dev114"
DEV115 = EVAL / "dev115"
DEV116 = EVAL / "dev116"
DEV117 = EVAL / "dev117"
DEV118 = EVAL / "dev118"
DEV119 = EVAL / "dev119"
DEV120 = EVAL / "dev120"
DEV121 = EVAL / "dev121"
DEV122 = EVAL / "dev122"
DEV123 = EVAL / "dev123"
DEV124 = EVAL / "dev124"
DEV125 = EVAL / "dev125"
DEV126 = EVAL / "dev126"
DEV127 = EVAL / "dev127"
DEV128 = EVAL / "dev128"
DEV129 = EVAL / "dev129"
DEV130 = EVAL / "dev130"
DEV131 = EVAL / "dev131"
DEV132 = EVAL / "dev132"
DEV133 = EVAL / "dev133"
DEV134 = EVAL / "dev134"
DEV135 = EVAL / "dev135"
DEV136 = EVAL / "dev136"
DEV137 = EVAL / "dev137"
DEV138 = EVAL / "dev138"
DEV139 = EVAL / "dev139"
DEV140 = EVAL / "dev140"
DEV141 = EVAL / "dev141"
DEV142 = EVAL / "dev142"
DEV143 = EVAL / "dev143"
DEV144 = EVAL / "dev144"
DEV145 = EVAL / "dev145"
DEV146 = EVAL / "dev146"
DEV147 = EVAL / "dev147"
DEV148 = EVAL / "dev148"
DEV149 = EVAL / "dev149"
DEV150 = EVAL / "dev150"
DEV151 = EVAL / "dev151"
DEV152 = EVAL / "dev152"
DEV153 = EVAL / "dev153"
DEV154 = EVAL / "dev154"
DEV155 = EVAL / "dev155"
DEV156 = EVAL / "dev156"
DEV157 = EVAL / "dev157"
DEV158 = EVAL / "dev158"
DEV159 = EVAL / "dev159"
DEV160 = EVAL / "dev160"
DEV161 = EVAL / "dev161"
DEV162 = EVAL / "dev162"
DEV163 = EVAL / "dev163"
DEV164 = EVAL / "dev164"
DEV165 = EVAL / "dev165"
DEV166 = EVAL / "dev166"
DEV167 = EVAL / "dev167"
DEV168 = EVAL / "dev168"
DEV169 = EVAL / "dev169"
DEV170 = EVAL / "dev170"
DEV171 = EVAL / "dev171"
DEV172 = EVAL / "dev172"
DEV173 = EVAL / "dev173"
DEV174 = EVAL / "dev174"
DEV175 = EVAL / "dev175"
DEV176 = EVAL / "dev176"
DEV177 = EVAL / "dev177"
DEV178 = EVAL / "dev178"
DEV179 = EVAL / "dev179"
DEV180 = EVAL / "dev180"
DEV181 = EVAL / "dev181"
DEV182 = EVAL / "dev182"
DEV183 = EVAL / "dev183"
DEV184 = EVAL / "dev184"
DEV185 = EVAL / "dev185"
DEV186 = EVAL / "dev186"
DEV187 = EVAL / "dev187"
DEV188 = EVAL / "dev188"
DEV189 = EVAL / "dev189"
DEV190 = EVAL / "dev190"
DEV191 = EVAL / "dev191"
DEV192 = EVAL / "dev192"
DEV193 = EVAL / "dev193"
DEV194 = EVAL / "dev194"
DEV195 = EVAL / "dev195"
DEV196 = EVAL / "dev196"
DEV197 = EVAL / "dev197"
DEV198 = EVAL / "dev198"
DEV199 = EVAL / "dev199"
DEV200 = EVAL / "dev200"
DEV201 = EVAL / "dev201"
DEV202 = EVAL / "dev202"
DEV203 = EVAL / "dev203"
DEV204 = EVAL / "dev204"
DEV205 = EVAL / "dev205"
DEV206 = EVAL / "dev206"
DEV207 = EVAL / "dev207"
DEV208 = EVAL / "dev208"
DEV209 = EVAL / "dev209"
DEV210 = EVAL / "dev210"
DEV211 = EVAL / "dev211"
DEV212 = EVAL / "dev212"
DEV213 = EVAL / "dev213"
DEV214 = EVAL / "dev214"
DEV215 = EVAL / "dev215"
DEV216 = EVAL / "dev216"
DEV217 = EVAL / "dev217"
DEV218 = EVAL / "dev218"
DEV219 = EVAL / "dev219"
DEV220 = EVAL / "dev220"
DEV221 = EVAL / "dev221"
DEV222 = EVAL / "dev222"
DEV223 = EVAL / "dev223"
DEV224 = EVAL / "dev224"
DEV225 = EVAL / "dev225"
DEV226 = EVAL / "dev226"
DEV227 = EVAL / "dev227"
DEV228 = EVAL / "dev228"
DEV229 = EVAL / "dev229"
DEV230 = EVAL / "dev230"
DEV231 = EVAL / "dev231"
DEV232 = EVAL / "dev232"
DEV233 = EVAL / "dev233"
DEV234 = EVAL / "dev234"
DEV235 = EVAL / "dev235"
DEV236 = EVAL / "dev236"
DEV237 = EVAL / "dev237"
DEV238 = EVAL / "dev238"
DEV239 = EVAL / "dev239"
DEV240 = EVAL / "dev240"
DEV241 = EVAL / "dev241"
DEV242 = EVAL / "dev242"
DEV243 = EVAL / "dev243"
DEV244 = EVAL / "dev244"
DEV245 = EVAL / "dev245"
DEV246 = EVAL / "dev246"
DEV247 = EVAL / "dev247"
DEV248 = EVAL / "dev248"
DEV249 = EVAL / "dev249"
DEV250 = EVAL / "dev250"
DEV251 = EVAL / "dev251"
DEV252 = EVAL / "dev252"
DEV253 = EVAL / "dev253"
DEV254 = EVAL / "dev254"
DEV255 = EVAL / "dev255"
DEV256 = EVAL / "dev256"
DEV257 = EVAL / "dev257"
DEV258 = EVAL / "dev258"
DEV259 = EVAL / "dev259"
DEV260 = EVAL / "dev260"
DEV261 = EVAL / "dev261"
DEV262 = EVAL / "dev262"
DEV263 = EVAL / "dev263"
DEV264 = EVAL / "dev264"
DEV265 = EVAL / "dev265"
DEV266 = EVAL / "dev266"
DEV267 = EVAL / "dev267"
DEV268 = EVAL / "dev268"
DEV269 = EVAL / "dev269"
DEV270 = EVAL / "dev270"
DEV271 = EVAL / "dev271"
DEV272 = EVAL / "dev272"
DEV273 = EVAL / "dev273"
DEV274 = EVAL / "dev274"
DEV275 = EVAL / "dev275"
DEV276 = EVAL / "dev276"
DEV277 = EVAL / "dev277"
DEV278 = EVAL / "dev278"
DEV279 = EVAL / "dev279"
DEV280 = EVAL / "dev280"
DEV281 = EVAL / "dev281"
DEV282 = EVAL / "dev282"
DEV283 = EVAL / "dev283"
DEV284 = EVAL / "dev284"
DEV285 = EVAL / "dev285"
DEV286 = EVAL / "dev286"
DEV287 = EVAL / "dev287"
DEV288 = EVAL / "dev288"
DEV289 = EVAL / "dev289"
DEV290 = EVAL / "dev290"
DEV291 = EVAL / "dev291"
DEV292 = EVAL / "dev292"
DEV293 = EVAL / "dev293"
DEV294 = EVAL / "dev294"
DEV295 = EVAL / "dev295"
DEV296 = EVAL / "dev296"
DEV297 = EVAL / "dev297"
DEV298 = EVAL / "dev298"
DEV299 = EVAL / "dev299"
DEV300 = EVAL / "dev300"
DEV301 = EVAL / "dev301"
DEV302 = EVAL / "dev302"
DEV303 = EVAL / "dev303"
DEV304 = EVAL / "dev304"
DEV305 = EVAL / "dev305"
DEV306 = EVAL / "dev306"
DEV307 = EVAL / "dev307"
DEV308 = EVAL / "dev308"
DEV309 = EVAL / "dev309"
DEV310 = EVAL / "dev310"
DEV311 = EVAL / "dev311"
DEV312 = EVAL / "dev312"
DEV313 = EVAL / "dev313"
DEV314 = EVAL / "dev314"
DEV315 = EVAL / "dev315"
DEV316 = EVAL / "dev316"
DEV317 = EVAL / "dev317"
DEV318 = EVAL / "dev318"
DEV319 = EVAL / "dev319"
DEV320 = EVAL / "dev320"
DEV321 = EVAL / "dev321"
DEV322 = EVAL / "dev322"
DEV323 = EVAL / "dev323"
DEV324 = EVAL / "dev324"
DEV325 = EVAL / "dev325"
DEV326 = EVAL / "dev326"
DEV327 = EVAL / "dev327"
DEV328 = EVAL / "dev328"
DEV329 = EVAL / "dev329"
DEV330 = EVAL / "dev330"
DEV331 = EVAL / "dev331"
DEV332 = EVAL / "dev332"
DEV333 = EVAL / "dev333"
DEV334 = EVAL / "dev334"
DEV335 = EVAL / "dev335"
DEV336 = EVAL / "dev336"
DEV337 = EVAL / "dev337"
DEV338 = EVAL / "dev338"
DEV339 = EVAL / "dev339"
DEV340 = EVAL / "dev340"
DEV341 = EVAL / "dev341"
DEV342 = EVAL / "dev342"
DEV343 = EVAL / "dev343"
DEV344 = EVAL / "dev344"
DEV345 = EVAL / "dev345"
DEV346 = EVAL / "dev346"
DEV347 = EVAL / "dev347"
DEV348 = EVAL / "dev348"
DEV349 = EVAL / "dev349"
DEV350 = EVAL / "dev350"
DEV351 = EVAL / "dev351"
DEV352 = EVAL / "dev352"
DEV353 = EVAL / "dev353"
DEV354 = EVAL / "dev354"
DEV355 = EVAL / "dev355"
DEV356 = EVAL / "dev356"
DEV357 = EVAL / "dev357"
DEV358 = EVAL / "dev358"
DEV359 = EVAL / "dev359"
DEV360 = EVAL / "dev360"
DEV361 = EVAL / "dev361"
DEV362 = EVAL / "dev362"
DEV363 = EVAL / "dev363"
DEV364 = EVAL / "dev364"
DEV365 = EVAL / "dev365"
DEV366 = EVAL / "dev366"
DEV367 = EVAL / "dev367"
DEV368 = EVAL / "dev368"
DEV369 = EVAL / "dev369"
DEV370 = EVAL / "dev370"
DEV371 = EVAL / "dev371"
DEV372 = EVAL / "dev372"
DEV373 = EVAL / "dev373"
DEV374 = EVAL / "dev374"
DEV375 = EVAL / "dev375"
DEV376 = EVAL / "dev376"
DEV377 = EVAL / "dev377"
DEV378 = EVAL / "dev378"
DEV379 = EVAL / "dev379"
DEV380 = EVAL / "dev380"
DEV381 = EVAL / "dev381"
DEV382 = EVAL / "dev382"
DEV383 = EVAL / "dev383"
DEV384 = EVAL / "dev384"
DEV385 = EVAL / "dev385"
DEV386 = EVAL / "dev386"
DEV387 = EVAL / "dev387"
DEV388 = EVAL / "dev388"
DEV389 = EVAL / "dev389"
DEV390 = EVAL / "dev390"
DEV391 = EVAL / "dev391"
DEV392 = EVAL / "dev392"
DEV393 = EVAL / "dev393"
DEV394 = EVAL / "dev394"
DEV395 = EVAL / "dev395"
DEV396 = EVAL / "dev396"
DEV397 = EVAL / "dev397"
DEV398 = EVAL / "dev398"
DEV399 = EVAL / "dev399"
DEV400 = EVAL / "dev400"
DEV401 = EVAL / "dev401"
DEV402 = EVAL / "dev402"
DEV403 = EVAL / "dev403"
DEV404 = EVAL / "dev404"
DEV405 = EVAL / "dev405"
DEV406 = EVAL / "dev406"
DEV407 = EVAL / "dev407"
DEV408 = EVAL / "dev408"
DEV409 = EVAL / "dev409"
DEV410 = EVAL / "dev410"
DEV411 = EVAL / "dev411"
DEV412 = EVAL / "dev412"
DEV413 = EVAL / "dev413"
DEV414 = EVAL / "dev414"
DEV415 = EVAL / "dev415"
DEV416 = EVAL / "dev416"
DEV417 = EVAL / "dev417"
DEV418 = EVAL / "dev418"
DEV419 = EVAL / "dev419"
DEV420 = EVAL / "dev420"
DEV421 = EVAL / "dev421"
DEV422 = EVAL / "dev422"
DEV423 = EVAL / "dev423"
DEV424 = EVAL / "dev424"
DEV425 = EVAL / "dev425"
DEV426 = EVAL / "dev426"
DEV427 = EVAL / "dev427"
DEV428 = EVAL / "dev428"
DEV429 = EVAL / "dev429"
DEV430 = EVAL / "dev430"
DEV431 = EVAL / "dev431"
DEV432 = EVAL / "dev432"
DEV433 = EVAL / "dev433"
DEV434 = EVAL / "dev434"
DEV435 = EVAL / "dev435"
DEV436 = EVAL / "dev436"
DEV437 = EVAL / "dev437"
DEV438 = EVAL / "dev438"
DEV439 = EVAL / "dev439"
DEV440 = EVAL / "dev440"
DEV441 = EVAL / "dev441"
DEV442 = EVAL / "dev442"
DEV443 = EVAL / "dev443"
DEV444 = EVAL / "dev444"
DEV445 = EVAL / "dev445"

CONFLICT_KEYS = {"id", "title", "text", "is_conflict", "tags", "kind"}
FIGURE_KEYS = {
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "qualifier",
    "vague",
    "unit",
    "noun",
    "category",
    "projected",
    "attribution",
}
OPTIONAL_FIGURE_KEYS = {"attribution_alts"}
HARD_NEGATIVE_KINDS = {
    "hard_negative_disaster",
    "hard_negative_crime",
    "hard_negative_sport",
    "hard_negative_politics",
    "hard_negative_economy",
    "hard_negative_protest_peaceful",
    "hard_negative_peace",
    "hard_negative_history",
    "hard_negative_entertainment",
    "hard_negative_military",
    "hard_negative_accident",
    "hard_negative_health",
}


@dataclass(frozen=True)
class EvalSet:
    """Where a set lives and the sizes it must reach."""

    name: str
    folder: Path
    sentences: tuple[int, int]  # per conflict text, as counted by _sentences
    conflict_texts: int
    tag_positives: int
    figure_texts: int
    figures: int
    category_minimum: int  # per category, "other" excluded
    displaced_minimum: int
    texts_without_figures: int
    hard_negatives_per_kind: int = 10
    # share of the negatives that are hard ones (dev18 samples an ordinary day instead)
    hard_share: float = 0.8
    # every qualifier, vague amounts, projections, number formats...: required of the sets
    # written to cover them (eval/, dev2-dev4, holdout); dev5-dev8 were written for styles
    # and categories instead
    covers_hard_cases: bool = True
    # conflict share of the texts; a set in a feed's natural proportions has fewer
    positive_share: tuple[float, float] = (0.4, 0.6)
    # share of the positives with more than one tag (at least 50 in a large set)
    multi_label_share: float = 0.7
    # hard-negative kinds a set's register does not hold (state media report no peaceful
    # protests: dev57)
    absent_kinds: frozenset[str] = frozenset()

    @property
    def conflict(self) -> Path:
        return self.folder / "conflict.jsonl"

    @property
    def figures_file(self) -> Path:
        return self.folder / "figures.jsonl"

    def category_minimums(self) -> dict[str, int]:
        mins = {c: self.category_minimum for c in FIGURE_CATEGORIES if c != "other"}
        return mins | {"displaced": self.displaced_minimum}


def _conflict_only(
    name: str,
    folder: Path,
    texts: int,
    tag_positives: int,
    hard_per_kind: int,
    hard_share: float,
    multi_label_share: float,
    absent_kinds: frozenset[str] = frozenset(),
    sentences: tuple[int, int] = (2, 6),
    positive_share: tuple[float, float] = (0.35, 0.45),
) -> EvalSet:
    """A blind conflict set of the later sessions: 2 to 6 sentences a text (whole articles:
    more), 35 to 45% conflict (a natural day: fewer), no figures, not written to cover the
    hard figure cases."""
    return EvalSet(
        name,
        folder,
        sentences,
        texts,
        tag_positives,
        0,
        0,
        0,
        0,
        0,
        hard_per_kind,
        hard_share=hard_share,
        covers_hard_cases=False,
        positive_share=positive_share,
        multi_label_share=multi_label_share,
        absent_kinds=absent_kinds,
    )


SETS = {
    # the tuning set: short texts (a title and 2 to 6 sentences)
    "eval": EvalSet("eval", EVAL, (2, 6), 400, 30, 150, 350, 15, 100, 35),
    # the second tuning set: one-line feed items, sitrep bullets, 10-15 sentence articles
    "dev2": EvalSet("dev2", DEV2, (1, 18), 300, 15, 90, 250, 7, 60, 25),
    # the blind held-out set: one-line items, sitrep bullets and 8-15 sentence articles too
    "holdout": EvalSet("holdout", HOLDOUT, (1, 16), 320, 20, 130, 300, 12, 90, 30),
    # the third tuning set: figure categories and displacement in wire, sitrep and
    # live-blog styles (eval/dev3/README.md)
    "dev3": EvalSet("dev3", DEV3, (1, 8), 150, 10, 140, 500, 20, 120, 30, 6),
    # the fourth tuning set, figures only: the categories that are hardest to tell apart
    # (combatants, kidnapped, returned, arrested, other; eval/dev4/README.md)
    "dev4": EvalSet("dev4", DEV4, (0, 0), 0, 0, 150, 500, 10, 70, 20),
    # the fifth, figures only: longer regional-press and feature articles (eval/dev5/README.md)
    "dev5": EvalSet("dev5", DEV5, (0, 0), 0, 0, 150, 700, 20, 150, 20, covers_hard_cases=False),
    # the sixth, figures only: official and institutional documents, press releases,
    # communiques and transcripts (eval/dev6/README.md)
    "dev6": EvalSet("dev6", DEV6, (0, 0), 0, 0, 140, 480, 10, 100, 20, covers_hard_cases=False),
    # the seventh, figures only: state-media, translated and non-native English wire copy
    # (eval/dev7/README.md)
    "dev7": EvalSet("dev7", DEV7, (0, 0), 0, 0, 150, 500, 10, 120, 20, covers_hard_cases=False),
    # the eighth, figures only: broadcast scripts, posts, tickers, captions, fact-checks
    # (eval/dev8/README.md)
    "dev8": EvalSet("dev8", DEV8, (0, 0), 0, 0, 200, 500, 15, 120, 25, covers_hard_cases=False),
    # the ninth, figures only: long-form analyses and report write-ups (eval/dev9/README.md)
    "dev9": EvalSet("dev9", DEV9, (0, 0), 0, 0, 50, 500, 13, 100, 10, covers_hard_cases=False),
    # the tenth, figures only: local news from Latin America, Africa, Asia and the Caucasus,
    # weighted to the hardest categories (eval/dev10/README.md)
    "dev10": EvalSet("dev10", DEV10, (0, 0), 0, 0, 170, 520, 19, 100, 20, covers_hard_cases=False),
    # the eleventh, conflict only: hard positives and hard negatives that use war words
    # (eval/dev11/README.md)
    "dev11": EvalSet("dev11", DEV11, (1, 12), 300, 25, 0, 0, 0, 0, 0, covers_hard_cases=False),
    # the twelfth, figures only: situation reports and agency releases on displacement,
    # returns, camps and aid (eval/dev12/README.md)
    "dev12": EvalSet("dev12", DEV12, (0, 0), 0, 0, 170, 520, 3, 150, 20, covers_hard_cases=False),
    # the thirteenth, figures only: breaking wire copy on wars in the Middle East, Europe
    # and Asia (eval/dev13/README.md)
    "dev13": EvalSet("dev13", DEV13, (0, 0), 0, 0, 170, 520, 9, 50, 20, covers_hard_cases=False),
    # the fourteenth, figures only: longer stories whose figures need the earlier sentences
    # (eval/dev14/README.md)
    "dev14": EvalSet("dev14", DEV14, (0, 0), 0, 0, 170, 700, 20, 100, 20, covers_hard_cases=False),
    # the fifteenth, conflict only: regional and local briefs, few war words in the
    # positives, war words in the negatives (eval/dev15/README.md)
    "dev15": EvalSet("dev15", DEV15, (1, 12), 320, 20, 0, 0, 0, 0, 0, covers_hard_cases=False),
    # the sixteenth, figures only: a feed's everyday mix of conflict, disasters and
    # number-heavy news with few figures (eval/dev16/README.md)
    "dev16": EvalSet("dev16", DEV16, (0, 0), 0, 0, 200, 520, 6, 70, 25, covers_hard_cases=False),
    # the seventeenth, figures only: an ordinary week of a conflict-news feed, written
    # naturally; scored first with the final rules of the session (eval/dev17/README.md)
    "dev17": EvalSet("dev17", DEV17, (0, 0), 0, 0, 190, 540, 13, 70, 20, covers_hard_cases=False),
    # the eighteenth, conflict only: an ordinary day on a world-news wire
    # (eval/dev18/README.md)
    "dev18": EvalSet(
        "dev18", DEV18, (1, 8), 320, 18, 0, 0, 0, 0, 0, 8, covers_hard_cases=False, hard_share=0.55
    ),
    # the nineteenth, figures only: translated and regional copy (eval/dev19/README.md)
    "dev19": EvalSet("dev19", DEV19, (0, 0), 0, 0, 200, 580, 13, 80, 20, covers_hard_cases=False),
    # the twentieth, conflict only: analysis, features and regional press (eval/dev20/README.md)
    "dev20": EvalSet(
        "dev20", DEV20, (2, 6), 340, 14, 0, 0, 0, 0, 0, 8, covers_hard_cases=False, hard_share=0.8
    ),
    # the twenty-first, figures only: displacement reporting in every voice
    # (eval/dev21/README.md)
    "dev21": EvalSet("dev21", DEV21, (0, 0), 0, 0, 220, 550, 5, 260, 20, covers_hard_cases=False),
    # the twenty-second, conflict only: feed items, a headline and one or two sentences
    # (eval/dev22/README.md)
    "dev22": EvalSet(
        "dev22", DEV22, (1, 2), 340, 20, 0, 0, 0, 0, 0, 9, covers_hard_cases=False, hard_share=0.7
    ),
    # the twenty-third, conflict only: institutional voices, press releases and statements
    # (eval/dev23/README.md)
    "dev23": EvalSet(
        "dev23", DEV23, (2, 6), 320, 14, 0, 0, 0, 0, 0, 4, covers_hard_cases=False, hard_share=0.8
    ),
    # the twenty-fourth, figures only: tolls, tallies and competing claims
    # (eval/dev24/README.md)
    "dev24": EvalSet("dev24", DEV24, (0, 0), 0, 0, 140, 380, 5, 40, 20, covers_hard_cases=False),
    # the twenty-fifth, conflict only: the boundary of organised violence, crime, terror and
    # unrest (eval/dev25/README.md)
    "dev25": EvalSet(
        "dev25", DEV25, (1, 2), 320, 4, 0, 0, 0, 0, 0, 4, covers_hard_cases=False, hard_share=0.8
    ),
    # the twenty-sixth, conflict only: the local names of organised violence, group names,
    # acronyms and regional words, and the same words in other senses (eval/dev26/README.md)
    "dev26": EvalSet(
        "dev26", DEV26, (1, 3), 320, 10, 0, 0, 0, 0, 0, 7, covers_hard_cases=False, hard_share=0.8
    ),
    # the twenty-seventh, figures only: numbers in awkward forms, in words, abbreviated,
    # in lists, labels and breakdowns (eval/dev27/README.md)
    "dev27": EvalSet("dev27", DEV27, (0, 0), 0, 0, 180, 380, 10, 50, 20, covers_hard_cases=False),
    # the twenty-eighth, conflict only: whole articles of 8 to 25 sentences, the event
    # buried after a lead about something else, or war only as background
    # (eval/dev28/README.md)
    "dev28": EvalSet(
        "dev28", DEV28, (8, 30), 120, 8, 0, 0, 0, 0, 0, 3, covers_hard_cases=False, hard_share=0.8
    ),
    # the twenty-ninth, figures only: figures in whole articles of 8 to 14 sentences
    # (eval/dev29/README.md)
    "dev29": EvalSet("dev29", DEV29, (0, 0), 0, 0, 60, 450, 12, 110, 5, covers_hard_cases=False),
    # the thirtieth, conflict only: whole articles as a feed delivers them, 9 to 29
    # sentences (eval/dev30/README.md)
    "dev30": EvalSet(
        "dev30", DEV30, (8, 35), 120, 9, 0, 0, 0, 0, 0, 2, covers_hard_cases=False, hard_share=0.8
    ),
    # the thirty-first, conflict only: a natural day of a world-news feed, scored once with
    # the session's final rules (eval/dev31/README.md)
    "dev31": EvalSet(
        "dev31", DEV31, (1, 10), 220, 13, 0, 0, 0, 0, 0, 4, covers_hard_cases=False, hard_share=0.7
    ),
    # the thirty-second, figures only: a natural mix of news with numbers, scored once with
    # the session's final rules (eval/dev32/README.md)
    "dev32": EvalSet("dev32", DEV32, (0, 0), 0, 0, 150, 340, 9, 60, 15, covers_hard_cases=False),
    # the thirty-third, conflict only: whole articles of 9 to 25 sentences in the proportions
    # of an ordinary week of a world feed (eval/dev33/README.md)
    "dev33": EvalSet(
        "dev33", DEV33, (8, 30), 100, 3, 0, 0, 0, 0, 0, 3, covers_hard_cases=False, hard_share=0.8
    ),
    # the thirty-fourth, figures only: whole articles of 6 to 11 sentences in natural
    # proportions (eval/dev34/README.md)
    "dev34": EvalSet("dev34", DEV34, (0, 0), 0, 0, 60, 500, 12, 100, 2, covers_hard_cases=False),
    # the thirty-fifth, conflict only: feed items (a headline and 1-3 sentences) of a day of
    # regional feeds in natural proportions (eval/dev35/README.md)
    "dev35": EvalSet(
        "dev35", DEV35, (1, 3), 220, 9, 0, 0, 0, 0, 0, 4, covers_hard_cases=False, hard_share=0.9
    ),
    # the thirty-sixth, figures only: short excerpts (1-3 sentences) of news with numbers
    # in a natural mix (eval/dev36/README.md)
    "dev36": EvalSet("dev36", DEV36, (0, 0), 0, 0, 140, 400, 12, 100, 8, covers_hard_cases=False),
    # the thirty-seventh, figures only: short excerpts of regional wires and papers, with at
    # least 15 figures in each hard category (eval/dev37/README.md)
    "dev37": EvalSet("dev37", DEV37, (0, 0), 0, 0, 150, 420, 15, 80, 6, covers_hard_cases=False),
    # the thirty-eighth, conflict only: state media and national wires, 2-4 sentence leads
    # (eval/dev38/README.md)
    "dev38": EvalSet(
        "dev38", DEV38, (2, 4), 210, 11, 0, 0, 0, 0, 0, 5, covers_hard_cases=False, hard_share=0.9
    ),
    # the thirty-ninth, conflict only: a world feed's ordinary day in natural proportions,
    # scored once with the session's final rules (eval/dev39/README.md)
    "dev39": EvalSet(
        "dev39",
        DEV39,
        (1, 3),
        200,
        8,
        0,
        0,
        0,
        0,
        0,
        5,
        covers_hard_cases=False,
        hard_share=0.7,
        positive_share=(0.3, 0.6),
        multi_label_share=0.65,
    ),
    # the fortieth, figures only: short excerpts in a natural mix, scored once with the
    # session's final rules (eval/dev40/README.md)
    "dev40": EvalSet("dev40", DEV40, (0, 0), 0, 0, 140, 380, 12, 100, 6, covers_hard_cases=False),
    # the forty-first, conflict only: humanitarian and development sources, whose hard
    # negatives are disasters, outbreaks and returns (eval/dev41/README.md)
    "dev41": EvalSet(
        "dev41",
        DEV41,
        (1, 4),
        220,
        8,
        0,
        0,
        0,
        0,
        0,
        4,
        covers_hard_cases=False,
        positive_share=(0.3, 0.6),
    ),
    # the forty-second, figures only: situation reports and agency updates
    # (eval/dev42/README.md)
    "dev42": EvalSet("dev42", DEV42, (0, 0), 0, 0, 140, 400, 10, 90, 6, covers_hard_cases=False),
    # the forty-third, conflict only: the lines between crime and armed conflict, and
    # between unrest and protest, in regional outlets (eval/dev43/README.md)
    "dev43": EvalSet(
        "dev43",
        DEV43,
        (1, 4),
        220,
        5,
        0,
        0,
        0,
        0,
        0,
        2,
        covers_hard_cases=False,
        positive_share=(0.3, 0.6),
        multi_label_share=0.45,
    ),
    # the forty-fourth, figures only: live blogs, breaking lines and "what we know" boxes
    # (eval/dev44/README.md)
    "dev44": EvalSet("dev44", DEV44, (0, 0), 0, 0, 130, 400, 8, 90, 6, covers_hard_cases=False),
    # the forty-fifth, conflict only: the defence and security desk, drills, tests,
    # deliveries and stand-offs against strikes and raids (eval/dev45/README.md)
    "dev45": EvalSet(
        "dev45",
        DEV45,
        (1, 4),
        220,
        2,
        0,
        0,
        0,
        0,
        0,
        1,
        covers_hard_cases=False,
        positive_share=(0.3, 0.6),
        multi_label_share=0.6,
    ),
    # the forty-sixth, figures only: speeches, briefings and quoted statements, nested
    # attribution (eval/dev46/README.md)
    "dev46": EvalSet("dev46", DEV46, (0, 0), 0, 0, 130, 400, 10, 70, 6, covers_hard_cases=False),
    # the forty-seventh, conflict only: the business, markets, energy and shipping desk
    # (eval/dev47/README.md)
    "dev47": EvalSet(
        "dev47",
        DEV47,
        (1, 4),
        220,
        4,
        0,
        0,
        0,
        0,
        0,
        2,
        covers_hard_cases=False,
        positive_share=(0.3, 0.6),
        multi_label_share=0.45,
    ),
    # the forty-eighth, figures only: regional and local news from the Global South, police
    # and army releases (eval/dev48/README.md)
    "dev48": EvalSet("dev48", DEV48, (0, 0), 0, 0, 130, 400, 10, 40, 2, covers_hard_cases=False),
    # the forty-ninth, conflict only: the health, science, technology, climate and
    # education desks (eval/dev49/README.md)
    "dev49": EvalSet(
        "dev49",
        DEV49,
        (1, 4),
        220,
        5,
        0,
        0,
        0,
        0,
        0,
        4,
        covers_hard_cases=False,
        positive_share=(0.3, 0.6),
        multi_label_share=0.45,
    ),
    # the fiftieth, figures only: tolls that change (revisions, running totals) and tolls
    # broken down (eval/dev50/README.md)
    "dev50": EvalSet("dev50", DEV50, (0, 0), 0, 0, 120, 400, 10, 60, 6, covers_hard_cases=False),
    # the fifty-first, conflict only: an ordinary day of regional feeds from Asia, Africa and
    # Latin America in natural proportions (eval/dev51/README.md)
    "dev51": EvalSet(
        "dev51",
        DEV51,
        (1, 4),
        200,
        5,
        0,
        0,
        0,
        0,
        0,
        5,
        hard_share=0.75,
        covers_hard_cases=False,
        positive_share=(0.25, 0.4),
        multi_label_share=0.45,
    ),
    # the fifty-second, figures only: a natural mix of news with numbers from regional
    # outlets of Asia, Africa and Latin America (eval/dev52/README.md)
    "dev52": EvalSet("dev52", DEV52, (0, 0), 0, 0, 120, 350, 10, 60, 4, covers_hard_cases=False),
    # the fifty-third, conflict only: an ordinary day of the European, Middle East and North
    # American wires in natural proportions (eval/dev53/README.md)
    "dev53": EvalSet(
        "dev53",
        DEV53,
        (1, 4),
        200,
        5,
        0,
        0,
        0,
        0,
        0,
        5,
        hard_share=0.75,
        covers_hard_cases=False,
        positive_share=(0.3, 0.4),
        multi_label_share=0.45,
    ),
    # the fifty-fourth, figures only: statistics reports and the news written from them
    # (eval/dev54/README.md)
    "dev54": EvalSet("dev54", DEV54, (0, 0), 0, 0, 120, 380, 8, 100, 5, covers_hard_cases=False),
    # the fifty-fifth, conflict only: the text around wars (analysis, explainers, obituaries,
    # reviews, trials, sanctions) and the current reports among them (eval/dev55/README.md)
    "dev55": _conflict_only("dev55", DEV55, 200, 9, 2, 0.85, 0.7),
    # the fifty-sixth, figures only: displacement and return in local and national news
    # (eval/dev56/README.md)
    "dev56": EvalSet("dev56", DEV56, (0, 0), 0, 0, 120, 480, 10, 130, 6, covers_hard_cases=False),
    # the fifty-seventh, conflict only: state media, official communiqués and translated wire
    # copy (eval/dev57/README.md)
    "dev57": _conflict_only(
        "dev57",
        DEV57,
        210,
        5,
        0,
        0.85,
        0.5,
        absent_kinds=frozenset({"hard_negative_protest_peaceful"}),
    ),
    # the fifty-eighth, figures only: communiqués' tallies (eval/dev58/README.md)
    "dev58": EvalSet("dev58", DEV58, (0, 0), 0, 0, 120, 500, 5, 50, 5, covers_hard_cases=False),
    # the fifty-ninth, conflict only: elections and the politics desk, with the political
    # violence among them (eval/dev59/README.md)
    "dev59": _conflict_only("dev59", DEV59, 200, 3, 2, 0.85, 0.3),
    # the sixtieth, figures only: election violence among the numbers of politics, smaller
    # than asked (its author ran out of time; eval/dev60/README.md) and without aid,
    # civilians or returned figures, which its stories hardly hold
    "dev60": EvalSet("dev60", DEV60, (0, 0), 0, 0, 60, 230, 0, 5, 5, covers_hard_cases=False),
    # the sixty-first, conflict only: the idiom of the English-language press of South Asia,
    # Nigeria and East Africa ("encounter", "miscreants", "jawans"; eval/dev61/README.md)
    "dev61": _conflict_only("dev61", DEV61, 210, 5, 5, 0.9, 0.5),
    # the sixty-second, figures only: migration at sea and across borders (arrivals,
    # rescues, deportations, returns; eval/dev62/README.md), with no housing figure
    "dev62": EvalSet("dev62", DEV62, (0, 0), 0, 0, 115, 350, 0, 100, 8, covers_hard_cases=False),
    # the sixty-third, conflict only: political violence, terrorism, sabotage and crime in
    # Europe, North America and East Asia (eval/dev63/README.md); no war zone, so no peace talks
    # and no tag minimum (no humanitarian positive)
    "dev63": _conflict_only(
        "dev63", DEV63, 210, 0, 2, 0.9, 0.5, absent_kinds=frozenset({"hard_negative_peace"})
    ),
    # the sixty-fourth, figures only: health, hunger and disease in war zones (cases, deaths,
    # vaccinated, treated, beds; eval/dev64/README.md), with few returned or kidnapped figures
    "dev64": EvalSet("dev64", DEV64, (0, 0), 0, 0, 115, 350, 0, 30, 8, covers_hard_cases=False),
    # the sixty-fifth, conflict only: Latin America and the Caribbean, the line between organised
    # crime and armed conflict (eval/dev65/README.md)
    "dev65": _conflict_only("dev65", DEV65, 210, 5, 3, 0.9, 0.5),
    # the sixty-sixth, figures only: the numbers of armed violence in Latin America and the
    # Caribbean (eval/dev66/README.md)
    "dev66": EvalSet("dev66", DEV66, (0, 0), 0, 0, 120, 360, 10, 40, 8, covers_hard_cases=False),
    # the sixty-seventh, conflict only: the Middle East and Ukraine/Russia war desks in their
    # own idiom (eval/dev67/README.md)
    "dev67": _conflict_only("dev67", DEV67, 210, 5, 3, 0.9, 0.3),
    # the sixty-eighth, figures only: detention, captivity and release (eval/dev68/README.md),
    # with few displaced or civilian figures
    "dev68": EvalSet("dev68", DEV68, (0, 0), 0, 0, 120, 360, 0, 0, 8, covers_hard_cases=False),
    # the sixty-ninth, conflict only: francophone and central Africa in the wires' and the
    # translated local press's idiom (eval/dev69/README.md)
    "dev69": _conflict_only("dev69", DEV69, 210, 5, 3, 0.9, 0.3),
    # the seventieth, figures only: war damage and destruction (eval/dev70/README.md)
    "dev70": EvalSet("dev70", DEV70, (0, 0), 0, 0, 120, 360, 0, 40, 8, covers_hard_cases=False),
    # the seventy-first, conflict only: Asia and the Pacific in the region's own press
    # (eval/dev71/README.md)
    "dev71": _conflict_only("dev71", DEV71, 210, 5, 3, 0.9, 0.3),
    # the seventy-second, figures only: the numbers of armed conflict, unrest and displacement
    # in Asia and the Pacific (eval/dev72/README.md)
    "dev72": EvalSet("dev72", DEV72, (0, 0), 0, 0, 120, 360, 5, 40, 8, covers_hard_cases=False),
    # the seventy-third, conflict only: Europe's east and south-east, the Caucasus and Central
    # Asia (eval/dev73/README.md), few humanitarian tags
    "dev73": _conflict_only("dev73", DEV73, 200, 5, 3, 0.9, 0.3),
    # the seventy-fourth, figures only: humanitarian needs, response and access in conflicts
    # (eval/dev74/README.md), few kidnapped or missing figures
    "dev74": EvalSet("dev74", DEV74, (0, 0), 0, 0, 105, 330, 0, 40, 8, covers_hard_cases=False),
    # the seventy-fifth, conflict only: the sea, the air and hybrid threats, between armed
    # conflict and security news (eval/dev75/README.md); one unrest positive, few sport or
    # health negatives
    "dev75": _conflict_only("dev75", DEV75, 200, 1, 2, 0.9, 0.5),
    # the seventy-sixth, figures only: disasters, accidents and hazards (eval/dev76/README.md),
    # one returned figure
    "dev76": EvalSet("dev76", DEV76, (0, 0), 0, 0, 110, 370, 0, 50, 8, covers_hard_cases=False),
    # the seventy-seventh, conflict only: the Middle East and North Africa beyond the war desks
    # (eval/dev77/README.md)
    "dev77": _conflict_only("dev77", DEV77, 210, 5, 3, 0.9, 0.7),
    # the seventy-eighth, figures only: the claims of armies and armed groups and the monitors
    # who check them (eval/dev78/README.md), few civilian or missing figures
    "dev78": EvalSet("dev78", DEV78, (0, 0), 0, 0, 115, 340, 0, 20, 8, covers_hard_cases=False),
    # the seventy-ninth, conflict only: whole articles of 6 to 14 sentences from all regions,
    # their war words often background (eval/dev79/README.md)
    "dev79": _conflict_only("dev79", DEV79, 80, 6, 2, 0.9, 0.85, sentences=(6, 16)),
    # the eightieth, figures only: children and education in armed conflict
    # (eval/dev80/README.md)
    "dev80": EvalSet("dev80", DEV80, (0, 0), 0, 0, 115, 345, 5, 40, 8, covers_hard_cases=False),
    # the eighty-first, conflict only: the sport, culture, entertainment and technology desks,
    # their war metaphors and the real violence that reaches them (eval/dev81/README.md); no
    # peaceful protest or health negatives, three military operations
    "dev81": _conflict_only(
        "dev81",
        DEV81,
        200,
        3,
        2,
        0.9,
        0.6,
        absent_kinds=frozenset({"hard_negative_protest_peaceful", "hard_negative_health"}),
    ),
    # the eighty-second, conflict only: whole articles again, from the Americas, Asia, Africa
    # and Europe and the business, science, health and obituary pages (eval/dev82/README.md)
    "dev82": _conflict_only("dev82", DEV82, 80, 5, 2, 0.9, 0.65, sentences=(6, 16)),
    # the eighty-third, figures only: whole articles with their numbers, 6 to 9 sentences
    # (eval/dev83/README.md)
    "dev83": EvalSet("dev83", DEV83, (0, 0), 0, 0, 50, 380, 0, 60, 5, covers_hard_cases=False),
    # the eighty-fourth, conflict only: whole articles of an ordinary news day in natural
    # proportions, a quarter of them conflict and a third of the negatives plain ones
    # (eval/dev84/README.md)
    "dev84": _conflict_only(
        "dev84", DEV84, 90, 2, 3, 0.6, 0.8, sentences=(5, 16), positive_share=(0.18, 0.30)
    ),
    # the eighty-fifth, conflict only: whole articles of the regional and local press of
    # Africa, Asia and Latin America in natural proportions (eval/dev85/README.md)
    "dev85": _conflict_only(
        "dev85", DEV85, 90, 3, 2, 0.7, 0.8, sentences=(5, 16), positive_share=(0.22, 0.38)
    ),
    # the eighty-sixth, conflict only: whole articles about accountability, investigation and
    # aftermath, a third of them with a current event in them (eval/dev86/README.md); one
    # humanitarian positive, no disaster, sport, accident or protest negatives
    "dev86": _conflict_only(
        "dev86",
        DEV86,
        90,
        1,
        3,
        0.9,
        0.65,
        absent_kinds=frozenset(
            {
                "hard_negative_disaster",
                "hard_negative_sport",
                "hard_negative_accident",
                "hard_negative_protest_peaceful",
            }
        ),
        sentences=(5, 16),
        positive_share=(0.28, 0.42),
    ),
    # the eighty-seventh, figures only: protests, riots, strikes and crackdowns, their crowds
    # and arrests (eval/dev87/README.md); no aid, capacity or returned figures
    "dev87": EvalSet("dev87", DEV87, (0, 0), 0, 0, 60, 340, 0, 5, 6, covers_hard_cases=False),
    # the eighty-eighth, figures only: how numbers are written, qualifiers, vague amounts,
    # ranges, words and revisions (eval/dev88/README.md)
    "dev88": EvalSet("dev88", DEV88, (0, 0), 0, 0, 65, 390, 7, 60, 6, covers_hard_cases=False),
    # the eighty-ninth, conflict only: long whole articles of 12 to 24 sentences in natural
    # proportions (eval/dev89/README.md)
    "dev89": _conflict_only(
        "dev89", DEV89, 83, 6, 2, 0.75, 0.85, sentences=(10, 30), positive_share=(0.22, 0.38)
    ),
    # the ninetieth, conflict only: digests, briefings and roundups, a conflict item among
    # unrelated ones (eval/dev90/README.md)
    "dev90": _conflict_only(
        "dev90", DEV90, 90, 5, 2, 0.8, 0.7, sentences=(3, 20), positive_share=(0.33, 0.47)
    ),
    # the ninety-first, figures only: the numbers of ordinary news, most of them `other`
    # (eval/dev91/README.md)
    "dev91": EvalSet("dev91", DEV91, (0, 0), 0, 0, 70, 380, 2, 19, 6, covers_hard_cases=False),
    # the ninety-second, figures only: long whole articles with 10 to 14 figures each
    # (eval/dev92/README.md)
    "dev92": EvalSet("dev92", DEV92, (0, 0), 0, 0, 35, 390, 5, 80, 3, covers_hard_cases=False),
    # the ninety-third, conflict only: whole articles of an ordinary news day in the feeds of
    # Europe, the Americas and Oceania, a quarter of them conflict (eval/dev93/README.md)
    "dev93": _conflict_only(
        "dev93", DEV93, 91, 2, 3, 0.65, 0.75, sentences=(4, 16), positive_share=(0.18, 0.32)
    ),
    # the ninety-fourth, figures only: whole articles of an ordinary news day with their
    # numbers, a third of them conflict (eval/dev94/README.md)
    "dev94": EvalSet("dev94", DEV94, (0, 0), 0, 0, 52, 330, 4, 30, 5, covers_hard_cases=False),
    # the ninety-fifth, conflict only: feed entries, a title and the summary a feed gives, in
    # a day's natural proportions (eval/dev95/README.md)
    "dev95": _conflict_only(
        "dev95", DEV95, 220, 5, 8, 0.75, 0.7, sentences=(1, 6), positive_share=(0.18, 0.32)
    ),
    # the ninety-sixth, conflict only: whole articles from countries with a less-covered war,
    # with those countries' other news (eval/dev96/README.md)
    "dev96": _conflict_only(
        "dev96",
        DEV96,
        90,
        2,
        3,
        0.9,
        0.6,
        absent_kinds=frozenset({"hard_negative_protest_peaceful"}),
        sentences=(4, 16),
        positive_share=(0.30, 0.50),
    ),
    # the ninety-seventh, figures only: feed entries with their numbers (eval/dev97/README.md)
    "dev97": EvalSet("dev97", DEV97, (0, 0), 0, 0, 222, 440, 14, 50, 25, covers_hard_cases=False),
    # the ninety-eighth, figures only: whole articles from countries with a less-covered war,
    # with their numbers (eval/dev98/README.md)
    "dev98": EvalSet("dev98", DEV98, (0, 0), 0, 0, 52, 400, 7, 50, 3, covers_hard_cases=False),
    # the ninety-ninth, conflict only: communal, ethnic and land violence against crime and
    # ordinary disputes (eval/dev99/README.md)
    "dev99": _conflict_only(
        "dev99", DEV99, 200, 4, 5, 0.85, 0.6, sentences=(2, 8), positive_share=(0.33, 0.47)
    ),
    # the hundredth, figures only: the numbers of communal and land violence and of everyday
    # disputes (eval/dev100/README.md)
    "dev100": EvalSet("dev100", DEV100, (0, 0), 0, 0, 188, 460, 6, 50, 18, covers_hard_cases=False),
    # the hundred and first, conflict only: borders, fighting, shooting and crossing
    # (eval/dev101/README.md)
    "dev101": _conflict_only(
        "dev101", DEV101, 200, 5, 3, 0.7, 0.6, sentences=(2, 8), positive_share=(0.33, 0.47)
    ),
    # the hundred and second, figures only: disasters and epidemics where a war already is
    # (eval/dev102/README.md)
    # the hundred and third, conflict only: whole articles of an ordinary news day in the
    # feeds of Asia, the Middle East and Africa (eval/dev103/README.md)
    "dev103": _conflict_only(
        "dev103", DEV103, 90, 3, 3, 0.85, 0.6, sentences=(5, 16), positive_share=(0.18, 0.32)
    ),
    # the hundred and fourth, figures only: contested and relayed numbers, who says how many
    # (eval/dev104/README.md)
    "dev104": EvalSet("dev104", DEV104, (0, 0), 0, 0, 175, 520, 8, 70, 17, covers_hard_cases=False),
    "dev102": EvalSet("dev102", DEV102, (0, 0), 0, 0, 176, 430, 8, 60, 18, covers_hard_cases=False),
    # the hundred and fifth, conflict only: whole articles of the national and metro press of
    # the United States, Britain, Canada, Australia, Ireland and New Zealand
    # (eval/dev105/README.md)
    "dev105": _conflict_only(
        "dev105", DEV105, 90, 4, 2, 0.8, 0.75, sentences=(5, 16), positive_share=(0.18, 0.32)
    ),
    # the hundred and sixth, figures only: whole articles on displacement, camps and return
    # (eval/dev106/README.md)
    "dev106": EvalSet("dev106", DEV106, (0, 0), 0, 0, 52, 410, 2, 100, 4, covers_hard_cases=False),
    # the hundred and seventh, conflict only: whole articles from countries at war, on every
    # desk (eval/dev107/README.md)
    "dev107": _conflict_only(
        "dev107", DEV107, 90, 5, 2, 0.85, 0.7, sentences=(4, 16), positive_share=(0.30, 0.50)
    ),
    # the hundred and eighth, figures only: the numbers of battles, strikes and raids
    # (eval/dev108/README.md)
    "dev108": EvalSet("dev108", DEV108, (0, 0), 0, 0, 184, 530, 7, 50, 10, covers_hard_cases=False),
    # the hundred and ninth, conflict only: whole articles as feeds and scrapers deliver them,
    # page furniture included (eval/dev109/README.md)
    "dev109": _conflict_only(
        "dev109", DEV109, 90, 3, 3, 0.75, 0.8, sentences=(5, 16), positive_share=(0.20, 0.40)
    ),
    # the hundred and tenth, figures only: whole articles with their page furniture, and
    # their numbers (eval/dev110/README.md)
    "dev110": EvalSet("dev110", DEV110, (0, 0), 0, 0, 51, 380, 7, 60, 4, covers_hard_cases=False),
    # the hundred and eleventh, conflict only: whole articles on migration, asylum and
    # refugees, near to and far from the fighting (eval/dev111/README.md)
    "dev111": _conflict_only(
        "dev111", DEV111, 90, 3, 2, 0.7, 0.8, sentences=(5, 16), positive_share=(0.22, 0.42)
    ),
    # the hundred and twelfth, figures only: the numbers people tell, testimony, interviews and
    # quotes (eval/dev112/README.md)
    "dev112": EvalSet("dev112", DEV112, (0, 0), 0, 0, 55, 430, 10, 100, 4, covers_hard_cases=False),
    # the hundred and thirteenth, conflict only: contrast pairs, twins that only a careful
    # reading tells apart (eval/dev113/README.md)
    "dev113": _conflict_only(
        "dev113", DEV113, 200, 10, 3, 0.85, 0.5, sentences=(2, 6), positive_share=(0.45, 0.55)
    ),
    # the hundred and fourteenth, figures only: contrast pairs, twins whose numbers one word
    # makes different figures (eval/dev114/README.md)
    "dev114": EvalSet("dev114", DEV114, (0, 0), 0, 0, 200, 520, 10, 80, 3, covers_hard_cases=False),
    # the hundred and fifteenth, conflict only: wars abroad in the domestic news of other
    # countries (eval/dev115/README.md)
    "dev115": _conflict_only(
        "dev115", DEV115, 160, 6, 1, 0.85, 0.45, sentences=(2, 6), positive_share=(0.30, 0.50)
    ),
    # the hundred and sixteenth, figures only: features and human-interest stories told
    # through people, with their numbers (eval/dev116/README.md)
    "dev116": EvalSet("dev116", DEV116, (0, 0), 0, 0, 51, 380, 5, 90, 3, covers_hard_cases=False),
    # the hundred and seventeenth, conflict only: whole articles around current wars
    # (diplomacy, aid, courts, sanctions, arms) with the war reports among them
    # (eval/dev117/README.md)
    "dev117": _conflict_only(
        "dev117",
        DEV117,
        90,
        1,
        1,
        0.85,
        0.7,
        absent_kinds=frozenset({"hard_negative_accident"}),  # wars' diplomacy has no accidents
        sentences=(5, 16),
        positive_share=(0.22, 0.42),
    ),
    # the hundred and eighteenth, figures only: the numbers of translated and non-native English
    # news ("some 1.500 persons", "2,5 million", "tens of wounded") (eval/dev118/README.md)
    "dev118": EvalSet("dev118", DEV118, (0, 0), 0, 0, 180, 420, 9, 60, 10, covers_hard_cases=False),
    # the hundred and nineteenth, conflict only: whole articles of an ordinary news day in
    # 2025 and 2026 from the feeds of international broadcasters (eval/dev119/README.md)
    "dev119": _conflict_only(
        "dev119", DEV119, 90, 2, 3, 0.85, 0.7, sentences=(6, 14), positive_share=(0.22, 0.40)
    ),
    # the hundred and twentieth, figures only: what happened to people, counted, in the
    # aftermath and follow-up of attacks, battles, crackdowns and disasters (eval/dev120/README.md)
    "dev120": EvalSet("dev120", DEV120, (0, 0), 0, 0, 52, 430, 8, 40, 4, covers_hard_cases=False),
    # the hundred and twenty-first, conflict only: news as aggregators show it in 2025 and
    # 2026, a headline and a lede of one to three sentences (eval/dev121/README.md)
    "dev121": _conflict_only(
        "dev121", DEV121, 220, 9, 5, 0.9, 0.6, sentences=(1, 4), positive_share=(0.26, 0.42)
    ),
    # the hundred and twenty-second, figures only: people on the move and the places that take
    # them in (evacuations, returns, deportations, camps, reception centres) (eval/dev122/README.md)
    # (no one kidnapped in this register: every other category at least twice)
    "dev122": EvalSet("dev122", DEV122, (0, 0), 0, 0, 56, 430, 0, 180, 4, covers_hard_cases=False),
    # the hundred and twenty-third, conflict only: whole articles from the English-language
    # press inside countries at war or in crisis, every desk (eval/dev123/README.md)
    "dev123": _conflict_only(
        "dev123", DEV123, 90, 3, 2, 0.8, 0.8, sentences=(6, 14), positive_share=(0.25, 0.42)
    ),
    # the hundred and twenty-fourth, figures only: aid, shelter and rebuilding, counted
    # (eval/dev124/README.md)
    "dev124": EvalSet("dev124", DEV124, (0, 0), 0, 0, 51, 400, 1, 70, 4, covers_hard_cases=False),
    # the hundred and twenty-fifth, conflict only: breaking news as it first arrives (flashes,
    # bulletins, live entries) (eval/dev125/README.md)
    "dev125": _conflict_only(
        "dev125", DEV125, 220, 7, 3, 0.9, 0.55, sentences=(1, 4), positive_share=(0.26, 0.42)
    ),
    # the hundred and twenty-sixth, figures only: the numbers of breaking and developing
    # stories, flashes and first-day stories (eval/dev126/README.md)
    # (no one returned home in this register: every other category at least twice)
    "dev126": EvalSet("dev126", DEV126, (0, 0), 0, 0, 61, 390, 0, 30, 4, covers_hard_cases=False),
    # the hundred and twenty-seventh, figures only: who says how many, statements, briefings
    # and communiqués quoted and paraphrased (eval/dev127/README.md)
    "dev127": EvalSet("dev127", DEV127, (0, 0), 0, 0, 54, 410, 1, 40, 4, covers_hard_cases=False),
    # the hundred and twenty-eighth, figures only: the Sahel, the Lake Chad basin, the Horn of
    # Africa and the Great Lakes in the region's own press (eval/dev128/README.md)
    "dev128": EvalSet("dev128", DEV128, (0, 0), 0, 0, 52, 400, 7, 70, 5, covers_hard_cases=False),
    # the hundred and twenty-ninth, conflict only: whole articles of features, analysis and
    # explainers with the week's reports among them (eval/dev129/README.md)
    "dev129": _conflict_only(
        "dev129", DEV129, 90, 3, 2, 0.7, 0.8, sentences=(6, 14), positive_share=(0.22, 0.40)
    ),
    # the hundred and thirtieth, figures only: where people are after the crisis (camps, host
    # families, returns and relocations in Asia, the Middle East and the Americas)
    # (eval/dev130/README.md)
    "dev130": EvalSet("dev130", DEV130, (0, 0), 0, 0, 56, 410, 2, 130, 5, covers_hard_cases=False),
    # the hundred and thirty-first, conflict only: whole articles from the national press of
    # countries near wars but not at war, every desk (eval/dev131/README.md)
    "dev131": _conflict_only(
        "dev131", DEV131, 90, 3, 3, 0.8, 0.7, sentences=(6, 14), positive_share=(0.25, 0.42)
    ),
    # the hundred and thirty-second, figures only: arrests, captives and prisoners in conflicts
    # and crackdowns (eval/dev132/README.md)
    # (no aid given in this register: every other category at least twice)
    "dev132": EvalSet("dev132", DEV132, (0, 0), 0, 0, 57, 390, 0, 10, 4, covers_hard_cases=False),
    # the hundred and thirty-third, conflict only: news in brief, the columns that condense the
    # day (eval/dev133/README.md)
    "dev133": _conflict_only(
        "dev133", DEV133, 220, 6, 7, 0.9, 0.55, sentences=(2, 4), positive_share=(0.26, 0.42)
    ),
    # the hundred and thirty-fourth, figures only: the tolls of long wars as they are tallied
    # (eval/dev134/README.md)
    # (no aid given in this register: every other category at least once)
    "dev134": EvalSet("dev134", DEV134, (0, 0), 0, 0, 50, 400, 0, 40, 4, covers_hard_cases=False),
    # the hundred and thirty-fifth, figures only: disasters in South and East Asia, Latin
    # America and the Pacific in the local press (eval/dev135/README.md)
    # (no one returned home nor kidnapped in this register)
    "dev135": EvalSet("dev135", DEV135, (0, 0), 0, 0, 58, 400, 0, 50, 5, covers_hard_cases=False),
    # the hundred and thirty-seventh, conflict only: whole articles from Latin America, South
    # and Southeast Asia, every desk (eval/dev137/README.md)
    "dev137": _conflict_only(
        "dev137", DEV137, 90, 2, 2, 0.9, 0.8, sentences=(6, 14), positive_share=(0.25, 0.42)
    ),
    # the hundred and thirty-sixth, figures only: humanitarian organisations' statements and
    # press releases as news (eval/dev136/README.md)
    "dev136": EvalSet("dev136", DEV136, (0, 0), 0, 0, 59, 385, 3, 60, 4, covers_hard_cases=False),
    # the hundred and thirty-eighth, figures only: local and regional news of violence in
    # Africa, the Middle East and Europe in the region's own press (eval/dev138/README.md)
    "dev138": EvalSet("dev138", DEV138, (0, 0), 0, 0, 56, 385, 6, 35, 4, covers_hard_cases=False),
    # the hundred and thirty-ninth, conflict only: items from live blogs and news tickers
    # (eval/dev139/README.md)
    "dev139": _conflict_only(
        "dev139", DEV139, 220, 8, 7, 0.9, 0.65, sentences=(2, 4), positive_share=(0.26, 0.42)
    ),
    # the hundred and fortieth, figures only: situation reports and key-figure summaries as
    # feeds syndicate them (eval/dev140/README.md)
    # (no one kidnapped in this register)
    "dev140": EvalSet("dev140", DEV140, (0, 0), 0, 0, 58, 410, 0, 120, 4, covers_hard_cases=False),
    # the hundred and forty-first, conflict only: whole articles from the defence and security
    # desk (eval/dev141/README.md)
    "dev141": _conflict_only(
        "dev141", DEV141, 90, 1, 1, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and forty-second, figures only: the daily claims of the wars of 2022-2026 as
    # the wires relay them (eval/dev142/README.md)
    # (no one missing in this register)
    "dev142": EvalSet("dev142", DEV142, (0, 0), 0, 0, 57, 385, 0, 50, 4, covers_hard_cases=False),
    # the hundred and forty-third, conflict only: whole articles from the national press of
    # Africa, every desk (eval/dev143/README.md)
    "dev143": _conflict_only(
        "dev143", DEV143, 90, 4, 3, 0.85, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and forty-fourth, figures only: the numbers of the crime, policing and
    # justice desks (eval/dev144/README.md)
    "dev144": EvalSet("dev144", DEV144, (0, 0), 0, 0, 57, 380, 1, 3, 3, covers_hard_cases=False),
    # the hundred and forty-fifth, conflict only: whole articles from the English-language
    # national press of the Middle East, North Africa, Turkey and Iran (eval/dev145/README.md)
    "dev145": _conflict_only(
        "dev145", DEV145, 90, 5, 3, 0.85, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and forty-sixth, figures only: the numbers of protests, riots and crackdowns
    # (eval/dev146/README.md)
    # (no aid given nor anyone returned in this register)
    "dev146": EvalSet("dev146", DEV146, (0, 0), 0, 0, 58, 385, 0, 9, 4, covers_hard_cases=False),
    # the hundred and forty-seventh, conflict only: whole articles from the English-language
    # press of East Asia and the Pacific (eval/dev147/README.md)
    "dev147": _conflict_only(
        "dev147", DEV147, 90, 1, 3, 0.9, 0.45, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and forty-eighth, figures only: the monitors' counts of attacks on aid
    # workers, health care, journalists and schools (eval/dev148/README.md)
    # (no one returned in this register)
    "dev148": EvalSet("dev148", DEV148, (0, 0), 0, 0, 58, 385, 0, 13, 4, covers_hard_cases=False),
    # the hundred and forty-ninth, conflict only: whole articles from the national press of
    # South Asia, every desk (eval/dev149/README.md)
    "dev149": _conflict_only(
        "dev149", DEV149, 90, 1, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and fiftieth, figures only: live blogs and news tickers with their numbers
    # (eval/dev150/README.md)
    "dev150": EvalSet("dev150", DEV150, (0, 0), 0, 0, 67, 390, 4, 36, 4, covers_hard_cases=False),
    # the hundred and fifty-first, conflict only: whole articles from the business, markets,
    # energy, shipping, insurance and technology desks (eval/dev151/README.md)
    "dev151": _conflict_only(
        "dev151", DEV151, 90, 3, 1, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and fifty-second, figures only: disasters and emergencies in Africa, the
    # Middle East and Europe (eval/dev152/README.md)
    # (no one kidnapped in this register)
    "dev152": EvalSet("dev152", DEV152, (0, 0), 0, 0, 57, 390, 0, 45, 4, covers_hard_cases=False),
    # the hundred and fifty-third, conflict only: whole articles from the national press of
    # Europe, the Caucasus and Central Asia, every desk (eval/dev153/README.md)
    "dev153": _conflict_only(
        "dev153", DEV153, 90, 3, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and fifty-fourth, figures only: anniversaries, memorials, retrospectives
    # and obituaries with their numbers (eval/dev154/README.md)
    "dev154": EvalSet("dev154", DEV154, (0, 0), 0, 0, 58, 390, 5, 37, 5, covers_hard_cases=False),
    # the hundred and fifty-fifth, conflict only: whole articles from the national press of
    # Latin America and the Caribbean, every desk (eval/dev155/README.md)
    "dev155": _conflict_only(
        "dev155", DEV155, 90, 4, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and fifty-sixth, figures only: translated and non-native wire copy with its
    # numbers (eval/dev156/README.md)
    "dev156": EvalSet("dev156", DEV156, (0, 0), 0, 0, 58, 420, 4, 70, 5, covers_hard_cases=False),
    # the hundred and fifty-seventh, conflict only: the other news of countries at war, where
    # the war is background (eval/dev157/README.md); this count reads sentences that end in a
    # closing quote as one with the next (jo0044: 4), the builder as two
    "dev157": _conflict_only(
        "dev157", DEV157, 90, 1, 2, 0.8, 0.65, sentences=(4, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and fifty-eighth, figures only: the sea and its numbers (eval/dev158/README.md)
    "dev158": EvalSet("dev158", DEV158, (0, 0), 0, 0, 67, 410, 3, 45, 5, covers_hard_cases=False),
    # the hundred and fifty-ninth, conflict only: whole articles from the sport, culture and
    # entertainment desks (eval/dev159/README.md); no health story on these desks
    "dev159": _conflict_only(
        "dev159",
        DEV159,
        90,
        2,
        1,
        0.85,
        0.6,
        absent_kinds=frozenset({"hard_negative_health"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the hundred and sixtieth, figures only: elections, referendums, coups and political
    # violence with their numbers (eval/dev160/README.md); no capacity in this register
    "dev160": EvalSet("dev160", DEV160, (0, 0), 0, 0, 70, 390, 0, 21, 7, covers_hard_cases=False),
    # the hundred and sixty-first, conflict only: whole articles from the science, health,
    # environment and education desks (eval/dev161/README.md); no sport on these desks
    "dev161": _conflict_only(
        "dev161",
        DEV161,
        90,
        3,
        1,
        0.7,
        0.75,
        absent_kinds=frozenset({"hard_negative_sport"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the hundred and sixty-second, figures only: the defence desk's numbers
    # (eval/dev162/README.md); no capacity or returns in this register
    "dev162": EvalSet("dev162", DEV162, (0, 0), 0, 0, 67, 390, 0, 14, 5, covers_hard_cases=False),
    # the hundred and sixty-third, conflict only: press releases and official statements as
    # feeds carry them (eval/dev163/README.md)
    "dev163": _conflict_only(
        "dev163", DEV163, 90, 3, 1, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and sixty-fourth, figures only: health emergencies and their numbers
    # (eval/dev164/README.md); no one kidnapped in this register
    "dev164": EvalSet("dev164", DEV164, (0, 0), 0, 0, 67, 390, 0, 25, 5, covers_hard_cases=False),
    # the hundred and sixty-fifth, conflict only: radio and television bulletins as their
    # scripts are published (eval/dev165/README.md)
    "dev165": _conflict_only(
        "dev165", DEV165, 90, 4, 3, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and sixty-sixth, figures only: power, water, fuel, telecoms and transport
    # under attack or failing (eval/dev166/README.md)
    "dev166": EvalSet("dev166", DEV166, (0, 0), 0, 0, 68, 385, 1, 11, 5, covers_hard_cases=False),
    # the hundred and sixty-seventh, conflict only: fact-checks, verification and
    # misinformation reporting (eval/dev167/README.md); no sport in this register
    "dev167": _conflict_only(
        "dev167",
        DEV167,
        90,
        2,
        2,
        0.85,
        0.8,
        absent_kinds=frozenset({"hard_negative_sport"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the hundred and sixty-eighth, figures only: explainers, "in numbers" boxes, Q&As and
    # fact-checks of tolls (eval/dev168/README.md)
    "dev168": EvalSet("dev168", DEV168, (0, 0), 0, 0, 62, 380, 7, 80, 5, covers_hard_cases=False),
    # the hundred and sixty-ninth, conflict only: diaspora and community media
    # (eval/dev169/README.md)
    "dev169": _conflict_only(
        "dev169", DEV169, 90, 3, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and seventieth, figures only: hunger, famine and food crises
    # (eval/dev170/README.md); no kidnapped or combatants in this register
    "dev170": EvalSet("dev170", DEV170, (0, 0), 0, 0, 68, 390, 0, 64, 5, covers_hard_cases=False),
    # the hundred and seventy-first, conflict only: opinion pages (eval/dev171/README.md)
    "dev171": _conflict_only(
        "dev171", DEV171, 90, 3, 1, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and seventy-second, figures only: the missing, mass graves, exhumations and
    # war-crimes courts (eval/dev172/README.md)
    "dev172": EvalSet("dev172", DEV172, (0, 0), 0, 0, 66, 397, 2, 11, 4, covers_hard_cases=False),
    # the hundred and seventy-third, conflict only: the courts and justice desk
    # (eval/dev173/README.md); no sport on this desk
    "dev173": _conflict_only(
        "dev173",
        DEV173,
        90,
        2,
        2,
        0.9,
        0.7,
        absent_kinds=frozenset({"hard_negative_sport"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the hundred and seventy-fourth, figures only: landmines, cluster munitions, unexploded
    # ordnance and ceasefire monitoring (eval/dev174/README.md)
    "dev174": EvalSet("dev174", DEV174, (0, 0), 0, 0, 66, 385, 2, 10, 4, covers_hard_cases=False),
    # the hundred and seventy-fifth, conflict only: the travel, aviation, tourism and
    # weather desks (eval/dev175/README.md)
    "dev175": _conflict_only(
        "dev175", DEV175, 90, 2, 2, 0.9, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and seventy-sixth, figures only: children in war and crisis
    # (eval/dev176/README.md)
    "dev176": EvalSet("dev176", DEV176, (0, 0), 0, 0, 66, 391, 6, 78, 5, covers_hard_cases=False),
    # the hundred and seventy-seventh, conflict only: the religion desk (eval/dev177/README.md)
    "dev177": _conflict_only(
        "dev177", DEV177, 90, 1, 2, 0.9, 0.8, sentences=(5, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and seventy-eighth, figures only: sieges, encirclements and evacuations
    # (eval/dev178/README.md); no returns in this register
    "dev178": EvalSet("dev178", DEV178, (0, 0), 0, 0, 63, 388, 0, 68, 5, covers_hard_cases=False),
    # the hundred and seventy-ninth, conflict only: the cyber, technology and security desk
    # (eval/dev179/README.md)
    "dev179": _conflict_only(
        "dev179", DEV179, 90, 3, 1, 0.85, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and eightieth, figures only: deportations, expulsions, pushbacks and forced
    # returns (eval/dev180/README.md); no kidnapped in this register
    "dev180": EvalSet("dev180", DEV180, (0, 0), 0, 0, 65, 387, 0, 58, 5, covers_hard_cases=False),
    # the hundred and eighty-first, conflict only: land, farming, water and environment
    # conflicts (eval/dev181/README.md)
    "dev181": _conflict_only(
        "dev181", DEV181, 90, 2, 2, 0.9, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and eighty-second, figures only: accidents and crushes
    # (eval/dev182/README.md); no returns or kidnappings in this register
    "dev182": EvalSet("dev182", DEV182, (0, 0), 0, 0, 67, 382, 0, 12, 5, covers_hard_cases=False),
    # the hundred and eighty-third, conflict only: heritage, museums, archaeology and
    # libraries (eval/dev183/README.md)
    "dev183": _conflict_only(
        "dev183", DEV183, 90, 3, 1, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and eighty-fourth, figures only: the business, labour and economy desks of
    # countries in crisis (eval/dev184/README.md); no combatants in this register
    "dev184": EvalSet("dev184", DEV184, (0, 0), 0, 0, 67, 391, 0, 29, 6, covers_hard_cases=False),
    # the hundred and eighty-fifth, conflict only: obituaries, profiles and human-interest
    # stories (eval/dev185/README.md); no economy negatives on this page
    "dev185": _conflict_only(
        "dev185",
        DEV185,
        90,
        3,
        1,
        0.75,
        0.8,
        absent_kinds=frozenset({"hard_negative_economy"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the hundred and eighty-sixth, figures only: conscription, mobilisation, recruitment,
    # desertion and draft evasion (eval/dev186/README.md)
    "dev186": EvalSet("dev186", DEV186, (0, 0), 0, 0, 67, 389, 3, 38, 5, covers_hard_cases=False),
    # the hundred and eighty-seventh, conflict only: news for children and young readers
    # (eval/dev187/README.md)
    "dev187": _conflict_only(
        "dev187", DEV187, 90, 5, 3, 0.85, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and eighty-eighth, figures only: headlines with their standfirsts
    # (eval/dev188/README.md)
    "dev188": EvalSet("dev188", DEV188, (0, 0), 0, 0, 141, 453, 7, 83, 13, covers_hard_cases=False),
    # the hundred and eighty-ninth, conflict only: animals, wildlife, zoos, pets and
    # conservation (eval/dev189/README.md)
    "dev189": _conflict_only(
        "dev189", DEV189, 90, 3, 3, 0.8, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and ninetieth, figures only: terrorist attacks, mass shootings and their
    # trials outside war zones (eval/dev190/README.md); no returns or capacity in this register
    "dev190": EvalSet("dev190", DEV190, (0, 0), 0, 0, 62, 386, 0, 17, 5, covers_hard_cases=False),
    # the hundred and ninety-first, conflict only: press briefings and press conferences
    # (eval/dev191/README.md); one text is five sentences by this count, six by the builder's
    "dev191": _conflict_only(
        "dev191", DEV191, 90, 5, 1, 0.95, 0.75, sentences=(5, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and ninety-second, figures only: reparations, compensation, victims'
    # registers, reconstruction and return programmes (eval/dev192/README.md)
    "dev192": EvalSet("dev192", DEV192, (0, 0), 0, 0, 64, 392, 3, 57, 4, covers_hard_cases=False),
    # the hundred and ninety-third, conflict only: food, cooking, restaurants, fashion and
    # lifestyle desks (eval/dev193/README.md)
    "dev193": _conflict_only(
        "dev193", DEV193, 90, 4, 2, 0.8, 0.85, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and ninety-fourth, figures only: sport in wartime and crisis
    # (eval/dev194/README.md)
    "dev194": EvalSet("dev194", DEV194, (0, 0), 0, 0, 66, 383, 7, 86, 8, covers_hard_cases=False),
    # the hundred and ninety-fifth, conflict only: the housing, property, construction and
    # urban planning desks (eval/dev195/README.md)
    "dev195": _conflict_only(
        "dev195", DEV195, 90, 3, 2, 0.85, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the hundred and ninety-sixth, figures only: officials' daily posts and tallies as the
    # wires relay them (eval/dev196/README.md)
    "dev196": EvalSet("dev196", DEV196, (0, 0), 0, 0, 66, 400, 9, 62, 8, covers_hard_cases=False),
    # the hundred and ninety-seventh, conflict only: the energy, utilities and infrastructure
    # desks (eval/dev197/README.md)
    "dev197": _conflict_only(
        "dev197",
        DEV197,
        90,
        4,
        1,
        0.9,
        0.75,
        absent_kinds=frozenset({"hard_negative_sport"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the hundred and ninety-eighth, figures only: press freedom and the safety of
    # journalists (eval/dev198/README.md)
    "dev198": EvalSet("dev198", DEV198, (0, 0), 0, 0, 66, 396, 9, 42, 8, covers_hard_cases=False),
    # the hundred and ninety-ninth, conflict only: the arts, entertainment and celebrity desks
    # (eval/dev199/README.md)
    "dev199": _conflict_only(
        "dev199", DEV199, 90, 5, 1, 0.9, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundredth, figures only: merchant shipping and navies in war and piracy
    # (eval/dev200/README.md)
    "dev200": EvalSet("dev200", DEV200, (0, 0), 0, 0, 66, 381, 11, 27, 8, covers_hard_cases=False),
    # the two hundred and first, conflict only: diaspora and community news
    # (eval/dev201/README.md)
    "dev201": _conflict_only(
        "dev201", DEV201, 90, 6, 2, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and second, figures only: prisons, jailbreaks and detention sites
    # (eval/dev202/README.md)
    "dev202": EvalSet("dev202", DEV202, (0, 0), 0, 0, 66, 399, 8, 12, 8, covers_hard_cases=False),
    # the two hundred and third, conflict only: the labour, unions and workplace desks
    # (eval/dev203/README.md)
    "dev203": _conflict_only(
        "dev203", DEV203, 90, 2, 1, 0.9, 0.4, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and fourth, figures only: aid workers and health care under attack
    # (eval/dev204/README.md)
    "dev204": EvalSet("dev204", DEV204, (0, 0), 0, 0, 66, 400, 13, 42, 8, covers_hard_cases=False),
    # the two hundred and fifth, conflict only: councils, mayors and municipal news
    # (eval/dev205/README.md)
    "dev205": _conflict_only(
        "dev205", DEV205, 90, 2, 2, 0.9, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and sixth, figures only: evacuations of foreign nationals and diplomats
    # (eval/dev206/README.md)
    "dev206": EvalSet("dev206", DEV206, (0, 0), 0, 0, 66, 391, 8, 114, 8, covers_hard_cases=False),
    # the two hundred and seventh, conflict only: the education desk (eval/dev207/README.md)
    "dev207": _conflict_only(
        "dev207", DEV207, 90, 5, 2, 0.9, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and eighth, figures only: disasters that strike war zones
    # (eval/dev208/README.md)
    "dev208": EvalSet("dev208", DEV208, (0, 0), 0, 0, 66, 386, 12, 63, 8, covers_hard_cases=False),
    # the two hundred and ninth, conflict only: the transport desk (eval/dev209/README.md)
    "dev209": _conflict_only(
        "dev209", DEV209, 90, 4, 2, 0.9, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and tenth, figures only: life and services in camps
    # (eval/dev210/README.md)
    "dev210": EvalSet("dev210", DEV210, (0, 0), 0, 0, 66, 388, 9, 110, 8, covers_hard_cases=False),
    # the two hundred and eleventh, conflict only: the health and medicine desk
    # (eval/dev211/README.md)
    "dev211": _conflict_only(
        "dev211", DEV211, 90, 3, 1, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and twelfth, figures only: prisoner exchanges, hostage releases and the
    # return of bodies (eval/dev212/README.md)
    "dev212": EvalSet("dev212", DEV212, (0, 0), 0, 0, 66, 388, 9, 15, 8, covers_hard_cases=False),
    # the two hundred and thirteenth, conflict only: the video games, esports and toys desk
    # (eval/dev213/README.md)
    "dev213": _conflict_only(
        "dev213", DEV213, 90, 2, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and fourteenth, figures only: ceasefires, truces and their terms
    # (eval/dev214/README.md)
    "dev214": EvalSet("dev214", DEV214, (0, 0), 0, 0, 66, 396, 9, 45, 8, covers_hard_cases=False),
    # the two hundred and fifteenth, conflict only: the consumer, retail and prices desk
    # (eval/dev215/README.md)
    "dev215": _conflict_only(
        "dev215", DEV215, 90, 4, 1, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and sixteenth, figures only: migration by land routes and at land
    # borders (eval/dev216/README.md)
    "dev216": EvalSet("dev216", DEV216, (0, 0), 0, 0, 66, 390, 10, 98, 8, covers_hard_cases=False),
    # the two hundred and seventeenth, conflict only: history, anniversaries and
    # commemorations (eval/dev217/README.md)
    "dev217": _conflict_only(
        "dev217", DEV217, 90, 4, 1, 0.9, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and eighteenth, figures only: air and missile attacks on towns and
    # cities, night by night (eval/dev218/README.md)
    "dev218": EvalSet("dev218", DEV218, (0, 0), 0, 0, 66, 388, 9, 48, 8, covers_hard_cases=False),
    # the two hundred and nineteenth, conflict only: the migration and asylum policy desk
    # (eval/dev219/README.md; its builder ends one text's sixth sentence at a closing quote,
    # which this count does not)
    "dev219": _conflict_only(
        "dev219", DEV219, 90, 4, 3, 0.9, 0.9, sentences=(5, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and twentieth, figures only: hospitals, morgues and health ministries
    # counting the dead and wounded of attacks (eval/dev220/README.md)
    "dev220": EvalSet("dev220", DEV220, (0, 0), 0, 0, 66, 400, 9, 37, 8, covers_hard_cases=False),
    # the two hundred and twenty-first, conflict only: charities, philanthropy and fundraising
    # (eval/dev221/README.md)
    "dev221": _conflict_only(
        "dev221", DEV221, 90, 3, 2, 0.9, 0.9, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and twenty-second, figures only: mass abductions and kidnappings for
    # ransom (eval/dev222/README.md)
    "dev222": EvalSet("dev222", DEV222, (0, 0), 0, 0, 66, 395, 9, 36, 8, covers_hard_cases=False),
    # the two hundred and twenty-third, conflict only: the manufacturing, industry and
    # supply-chain desk (eval/dev223/README.md)
    "dev223": _conflict_only(
        "dev223", DEV223, 90, 2, 1, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and twenty-fourth, figures only: floods, cyclones, earthquakes and
    # landslides away from wars (eval/dev224/README.md)
    "dev224": EvalSet("dev224", DEV224, (0, 0), 0, 0, 66, 400, 9, 80, 8, covers_hard_cases=False),
    # the two hundred and twenty-fifth, conflict only: first-person testimony, diaries and
    # essays (eval/dev225/README.md)
    "dev225": _conflict_only(
        "dev225", DEV225, 90, 5, 1, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and twenty-sixth, figures only: security forces' own communiqués on
    # operations (eval/dev226/README.md; ids take `m` and a letter, as `lv` was the last of
    # the `l` family)
    "dev226": EvalSet("dev226", DEV226, (0, 0), 0, 0, 66, 399, 9, 26, 8, covers_hard_cases=False),
    # the two hundred and twenty-seventh, conflict only: the diplomatic desk
    # (eval/dev227/README.md)
    "dev227": _conflict_only(
        "dev227", DEV227, 90, 5, 1, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and twenty-eighth, figures only: the monitors' periodic counts of civilian
    # harm (eval/dev228/README.md)
    "dev228": EvalSet("dev228", DEV228, (0, 0), 0, 0, 66, 402, 12, 46, 8, covers_hard_cases=False),
    # the two hundred and twenty-ninth, conflict only: the weather and climate desk
    # (eval/dev229/README.md)
    "dev229": _conflict_only(
        "dev229", DEV229, 90, 3, 2, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and thirtieth, figures only: refugees and displaced people going home
    # (eval/dev230/README.md)
    "dev230": EvalSet("dev230", DEV230, (0, 0), 0, 0, 66, 387, 12, 71, 8, covers_hard_cases=False),
    # the two hundred and thirty-first, conflict only: press reviews, morning briefings and
    # newsletters, several stories to a text (eval/dev231/README.md)
    "dev231": _conflict_only(
        "dev231", DEV231, 90, 3, 3, 0.9, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and thirty-second, figures only: schools and universities in war and
    # crisis (eval/dev232/README.md)
    "dev232": EvalSet("dev232", DEV232, (0, 0), 0, 0, 66, 385, 10, 42, 8, covers_hard_cases=False),
    # the two hundred and thirty-third, conflict only: explainers and Q&As (eval/dev233/README.md;
    # no sport negative, which the subject does not give)
    "dev233": _conflict_only(
        "dev233",
        DEV233,
        90,
        4,
        2,
        0.9,
        0.9,
        absent_kinds=frozenset({"hard_negative_sport"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the two hundred and thirty-fourth, figures only: peacekeeping missions (eval/dev234/README.md)
    "dev234": EvalSet("dev234", DEV234, (0, 0), 0, 0, 66, 384, 10, 43, 8, covers_hard_cases=False),
    # the two hundred and thirty-fifth, conflict only: the parliamentary desk
    # (eval/dev235/README.md)
    "dev235": _conflict_only(
        "dev235", DEV235, 90, 4, 1, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and thirty-sixth, figures only: border villages under cross-border fire
    # (eval/dev236/README.md)
    "dev236": EvalSet("dev236", DEV236, (0, 0), 0, 0, 66, 384, 11, 61, 8, covers_hard_cases=False),
    # the two hundred and thirty-seventh, conflict only: the picture desk (eval/dev237/README.md;
    # no economy negative, which the subject does not give)
    "dev237": _conflict_only(
        "dev237",
        DEV237,
        90,
        6,
        1,
        0.85,
        0.7,
        absent_kinds=frozenset({"hard_negative_economy"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the two hundred and thirty-eighth, figures only: aid convoys, crossings and airdrops; its
    # author stopped at 51 texts (eval/dev238/README.md)
    "dev238": EvalSet("dev238", DEV238, (0, 0), 0, 0, 51, 249, 9, 21, 7, covers_hard_cases=False),
    # the two hundred and thirty-ninth, conflict only: the social media and viral-video desk
    # (eval/dev239/README.md)
    "dev239": _conflict_only(
        "dev239", DEV239, 90, 3, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and fortieth, figures only: displacement and armed violence in Latin
    # America and the Caribbean (eval/dev240/README.md)
    "dev240": EvalSet("dev240", DEV240, (0, 0), 0, 0, 66, 382, 13, 51, 8, covers_hard_cases=False),
    # the two hundred and forty-first, conflict only: research, think-tank and academic reports
    # as news; the conflict id family t[a-z] starts here (eval/dev241/README.md)
    "dev241": _conflict_only(
        "dev241", DEV241, 90, 4, 1, 0.9, 0.85, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and forty-second, figures only: mines and mining towns in war and crisis
    # (eval/dev242/README.md)
    "dev242": EvalSet("dev242", DEV242, (0, 0), 0, 0, 66, 382, 10, 41, 8, covers_hard_cases=False),
    # the two hundred and forty-third, conflict only: the space and satellite desk, whose
    # positives hold one unrest tag (eval/dev243/README.md)
    "dev243": _conflict_only(
        "dev243", DEV243, 90, 1, 1, 0.9, 0.85, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and forty-fourth, figures only: attacks on worshippers and places of
    # worship (eval/dev244/README.md)
    "dev244": EvalSet("dev244", DEV244, (0, 0), 0, 0, 66, 384, 11, 49, 8, covers_hard_cases=False),
    # the two hundred and forty-fifth, conflict only: the lifestyle, family and parenting desk
    # (eval/dev245/README.md)
    "dev245": _conflict_only(
        "dev245", DEV245, 90, 5, 2, 0.85, 0.85, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and forty-sixth, figures only: weapons seizures and smuggling
    # interdictions (eval/dev246/README.md)
    "dev246": EvalSet("dev246", DEV246, (0, 0), 0, 0, 66, 389, 8, 23, 8, covers_hard_cases=False),
    # the two hundred and forty-seventh, conflict only: the motoring and automotive desk
    # (eval/dev247/README.md)
    "dev247": _conflict_only(
        "dev247", DEV247, 90, 3, 1, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and forty-eighth, figures only: child soldiers, demobilisation and
    # reintegration (eval/dev248/README.md)
    "dev248": EvalSet("dev248", DEV248, (0, 0), 0, 0, 66, 385, 10, 31, 8, covers_hard_cases=False),
    # the two hundred and forty-ninth, conflict only: the mental health and wellbeing desk
    # (eval/dev249/README.md)
    "dev249": _conflict_only(
        "dev249", DEV249, 90, 2, 3, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and fiftieth, figures only: forced evictions and demolitions
    # (eval/dev250/README.md)
    "dev250": EvalSet("dev250", DEV250, (0, 0), 0, 0, 66, 385, 8, 74, 8, covers_hard_cases=False),
    # the two hundred and fifty-first, conflict only: the insurance, risk and reinsurance desk
    # (eval/dev251/README.md)
    "dev251": _conflict_only(
        "dev251", DEV251, 90, 3, 2, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and fifty-second, figures only: clan and tribal fighting
    # (eval/dev252/README.md)
    "dev252": EvalSet("dev252", DEV252, (0, 0), 0, 0, 66, 388, 10, 55, 8, covers_hard_cases=False),
    # the two hundred and fifty-third, conflict only: the nuclear energy and non-proliferation
    # desk (eval/dev253/README.md)
    "dev253": _conflict_only(
        "dev253", DEV253, 90, 3, 2, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and fifty-fourth, figures only: executions, death sentences and mass
    # trials (eval/dev254/README.md)
    "dev254": EvalSet("dev254", DEV254, (0, 0), 0, 0, 66, 398, 8, 20, 8, covers_hard_cases=False),
    # the two hundred and fifty-fifth, conflict only: the counter-terrorism desk; no disaster
    # negative, which the subject does not give (eval/dev255/README.md)
    "dev255": _conflict_only(
        "dev255",
        DEV255,
        90,
        2,
        1,
        0.85,
        0.9,
        absent_kinds=frozenset({"hard_negative_disaster"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the two hundred and fifty-sixth, figures only: counting the war dead from open sources
    # (eval/dev256/README.md)
    "dev256": EvalSet("dev256", DEV256, (0, 0), 0, 0, 66, 383, 11, 36, 8, covers_hard_cases=False),
    # the two hundred and fifty-seventh, conflict only: territorial disputes and stand-offs
    # (eval/dev257/README.md)
    "dev257": _conflict_only(
        "dev257", DEV257, 90, 2, 1, 0.9, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and fifty-eighth, figures only: protest crackdowns of 2024-2026
    # (eval/dev258/README.md)
    "dev258": EvalSet("dev258", DEV258, (0, 0), 0, 0, 66, 383, 10, 25, 8, covers_hard_cases=False),
    # the two hundred and fifty-ninth, conflict only: the fishing and fisheries desk
    # (eval/dev259/README.md)
    "dev259": _conflict_only(
        "dev259", DEV259, 90, 4, 2, 0.9, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and sixtieth, figures only: refugee resettlement and humanitarian
    # admission (eval/dev260/README.md)
    "dev260": EvalSet("dev260", DEV260, (0, 0), 0, 0, 66, 398, 8, 170, 8, covers_hard_cases=False),
    # the two hundred and sixty-first, conflict only: the outdoors and adventure desk
    # (eval/dev261/README.md)
    "dev261": _conflict_only(
        "dev261", DEV261, 90, 2, 2, 0.9, 0.85, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and sixty-second, figures only: displacement in South and South-East Asia
    # (eval/dev262/README.md)
    "dev262": EvalSet("dev262", DEV262, (0, 0), 0, 0, 66, 389, 10, 106, 8, covers_hard_cases=False),
    # the two hundred and sixty-third, conflict only: the financial markets and commodities desk
    # (eval/dev263/README.md)
    "dev263": _conflict_only(
        "dev263", DEV263, 90, 3, 2, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and sixty-fourth, figures only: asylum statistics and reception
    # (eval/dev264/README.md)
    "dev264": EvalSet("dev264", DEV264, (0, 0), 0, 0, 66, 387, 8, 164, 8, covers_hard_cases=False),
    # the two hundred and sixty-fifth, conflict only: the police and local crime desk; no
    # humanitarian positive and no peace negative, which the desk does not give
    # (eval/dev265/README.md)
    "dev265": _conflict_only(
        "dev265",
        DEV265,
        90,
        0,
        2,
        0.95,
        0.5,
        absent_kinds=frozenset({"hard_negative_peace"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the two hundred and sixty-sixth, figures only: the Sahel and the Lake Chad basin
    # (eval/dev266/README.md)
    "dev266": EvalSet("dev266", DEV266, (0, 0), 0, 0, 66, 389, 13, 54, 8, covers_hard_cases=False),
    # the two hundred and sixty-seventh, conflict only: the sanctions, export controls and arms
    # trade desk (eval/dev267/README.md)
    "dev267": _conflict_only(
        "dev267", DEV267, 90, 2, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and sixty-eighth, figures only: humanitarian appeals and needs overviews
    # (eval/dev268/README.md)
    "dev268": EvalSet("dev268", DEV268, (0, 0), 0, 0, 66, 387, 11, 55, 8, covers_hard_cases=False),
    # the two hundred and sixty-ninth, conflict only: live blogs and rolling coverage
    # (eval/dev269/README.md)
    "dev269": _conflict_only(
        "dev269", DEV269, 90, 5, 1, 0.95, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and seventieth, figures only: displacement in the Great Lakes and the
    # Horn of Africa (eval/dev270/README.md)
    "dev270": EvalSet("dev270", DEV270, (0, 0), 0, 0, 66, 390, 10, 104, 8, covers_hard_cases=False),
    # the two hundred and seventy-first, conflict only: the books and literature desk
    # (eval/dev271/README.md)
    "dev271": _conflict_only(
        "dev271", DEV271, 90, 6, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and seventy-second, figures only: displacement statistics and annual reports
    # (eval/dev272/README.md)
    "dev272": EvalSet("dev272", DEV272, (0, 0), 0, 0, 66, 399, 9, 167, 8, covers_hard_cases=False),
    # the two hundred and seventy-third, conflict only: the South Asian national press
    # (eval/dev273/README.md)
    "dev273": _conflict_only(
        "dev273", DEV273, 90, 1, 2, 0.95, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and seventy-fourth, figures only: Sudan's war, 2023-2026
    # (eval/dev274/README.md)
    "dev274": EvalSet("dev274", DEV274, (0, 0), 0, 0, 66, 387, 14, 60, 8, covers_hard_cases=False),
    # the two hundred and seventy-fifth, conflict only: the sports desk (eval/dev275/README.md)
    "dev275": _conflict_only(
        "dev275", DEV275, 90, 4, 1, 0.95, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and seventy-sixth, figures only: front-line evacuations in Ukraine and
    # Russia's border regions (eval/dev276/README.md)
    "dev276": EvalSet("dev276", DEV276, (0, 0), 0, 0, 66, 399, 9, 104, 8, covers_hard_cases=False),
    # the two hundred and seventy-seventh, conflict only: the East and Central African press
    # (eval/dev277/README.md)
    "dev277": _conflict_only(
        "dev277", DEV277, 90, 5, 2, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and seventy-eighth, figures only: Yemen's war, 2015-2026
    # (eval/dev278/README.md)
    "dev278": EvalSet("dev278", DEV278, (0, 0), 0, 0, 66, 390, 10, 28, 8, covers_hard_cases=False),
    # the two hundred and seventy-ninth, conflict only: the veterans affairs desk
    # (eval/dev279/README.md)
    "dev279": _conflict_only(
        "dev279", DEV279, 90, 3, 2, 0.9, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and eightieth, figures only: the South Caucasus (eval/dev280/README.md)
    "dev280": EvalSet("dev280", DEV280, (0, 0), 0, 0, 66, 386, 10, 46, 8, covers_hard_cases=False),
    # the two hundred and eighty-first, conflict only: the emergency services and civil
    # protection desk (eval/dev281/README.md)
    "dev281": _conflict_only(
        "dev281", DEV281, 90, 4, 2, 0.95, 0.85, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and eighty-second, figures only: Syria after December 2024
    # (eval/dev282/README.md)
    "dev282": EvalSet("dev282", DEV282, (0, 0), 0, 0, 66, 382, 11, 36, 8, covers_hard_cases=False),
    # the two hundred and eighty-third, conflict only: the Gulf and Middle East business and
    # society press (eval/dev283/README.md)
    "dev283": _conflict_only(
        "dev283", DEV283, 90, 2, 1, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and eighty-fourth, figures only: sexual and gender-based violence in
    # conflict (eval/dev284/README.md)
    "dev284": EvalSet("dev284", DEV284, (0, 0), 0, 0, 66, 390, 9, 42, 8, covers_hard_cases=False),
    # the two hundred and eighty-fifth, conflict only: the aviation desk (eval/dev285/README.md)
    "dev285": _conflict_only(
        "dev285", DEV285, 90, 3, 1, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and eighty-sixth, figures only: Haiti's gang war, 2021-2026
    # (eval/dev286/README.md)
    "dev286": EvalSet("dev286", DEV286, (0, 0), 0, 0, 66, 389, 13, 59, 8, covers_hard_cases=False),
    # the two hundred and eighty-seventh, conflict only: the theatre, dance and classical
    # music desk; no sport negative, which the desk does not give
    # (eval/dev287/README.md)
    "dev287": _conflict_only(
        "dev287",
        DEV287,
        90,
        4,
        2,
        0.9,
        0.55,
        absent_kinds=frozenset({"hard_negative_sport"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the two hundred and eighty-eighth, figures only: Cabo Delgado and northern Mozambique
    # (eval/dev288/README.md)
    "dev288": EvalSet("dev288", DEV288, (0, 0), 0, 0, 66, 388, 14, 66, 8, covers_hard_cases=False),
    # the two hundred and eighty-ninth, conflict only: the China, Taiwan and Hong Kong desk
    # (eval/dev289/README.md)
    "dev289": _conflict_only(
        "dev289", DEV289, 90, 0, 2, 0.9, 0.35, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and ninetieth, figures only: Lebanon, 2023-2026
    # (eval/dev290/README.md)
    "dev290": EvalSet("dev290", DEV290, (0, 0), 0, 0, 66, 389, 10, 65, 8, covers_hard_cases=False),
    # the two hundred and ninety-first, conflict only: the Russian domestic news desk
    # (eval/dev291/README.md)
    "dev291": _conflict_only(
        "dev291", DEV291, 90, 1, 2, 0.95, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and ninety-second, figures only: Libya, 2014-2026
    # (eval/dev292/README.md)
    "dev292": EvalSet("dev292", DEV292, (0, 0), 0, 0, 66, 384, 13, 54, 8, covers_hard_cases=False),
    # the two hundred and ninety-third, conflict only: the Israeli domestic press
    # (eval/dev293/README.md)
    "dev293": _conflict_only(
        "dev293", DEV293, 90, 3, 1, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and ninety-fourth, figures only: migrants who die or go missing on the way
    # (eval/dev294/README.md)
    "dev294": EvalSet("dev294", DEV294, (0, 0), 0, 0, 66, 400, 9, 71, 8, covers_hard_cases=False),
    # the two hundred and ninety-fifth, conflict only: the agriculture and food prices desk
    # (eval/dev295/README.md)
    "dev295": _conflict_only(
        "dev295", DEV295, 90, 3, 1, 0.9, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and ninety-sixth, figures only: fires, floods and storms in camps for
    # displaced people
    # (eval/dev296/README.md)
    "dev296": EvalSet("dev296", DEV296, (0, 0), 0, 0, 66, 400, 9, 105, 8, covers_hard_cases=False),
    # the two hundred and ninety-seventh, conflict only: the Pacific and Oceania press
    # (eval/dev297/README.md)
    "dev297": _conflict_only(
        "dev297", DEV297, 90, 0, 2, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the two hundred and ninety-eighth, figures only: UN envoys' briefings and the
    # Secretary-General's reports
    # (eval/dev298/README.md)
    "dev298": EvalSet("dev298", DEV298, (0, 0), 0, 0, 66, 385, 9, 68, 8, covers_hard_cases=False),
    # the two hundred and ninety-ninth, conflict only: the Balkans press
    # (eval/dev299/README.md)
    "dev299": _conflict_only(
        "dev299", DEV299, 90, 0, 1, 0.95, 0.2, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundredth, figures only: Myanmar's civil war after the 2021 coup
    # (eval/dev300/README.md)
    "dev300": EvalSet("dev300", DEV300, (0, 0), 0, 0, 66, 388, 12, 52, 8, covers_hard_cases=False),
    # the three hundred and first, conflict only: the Central Asian and South Caucasus press
    # (eval/dev301/README.md)
    "dev301": _conflict_only(
        "dev301", DEV301, 90, 4, 1, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and second, figures only: Gaza, 2023-2026
    # (eval/dev302/README.md)
    "dev302": EvalSet("dev302", DEV302, (0, 0), 0, 0, 66, 391, 12, 42, 8, covers_hard_cases=False),
    # the three hundred and third, conflict only: the wire's urgent items and short updates
    # (eval/dev303/README.md)
    "dev303": _conflict_only(
        "dev303", DEV303, 90, 3, 1, 0.95, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and fourth, figures only: Ukraine's war, 2022-2026
    # (eval/dev304/README.md)
    "dev304": EvalSet("dev304", DEV304, (0, 0), 0, 0, 66, 389, 10, 73, 8, covers_hard_cases=False),
    # the three hundred and fifth, conflict only: the West African press
    # (eval/dev305/README.md)
    "dev305": _conflict_only(
        "dev305", DEV305, 90, 2, 2, 0.95, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and sixth, figures only: north-west and north-central Nigeria
    # (eval/dev306/README.md)
    "dev306": EvalSet("dev306", DEV306, (0, 0), 0, 0, 66, 382, 12, 44, 8, covers_hard_cases=False),
    # the three hundred and seventh, conflict only: the US domestic news desk
    # (eval/dev307/README.md)
    "dev307": _conflict_only(
        "dev307", DEV307, 90, 0, 1, 0.9, 0.5, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and eighth, figures only: South Sudan, 2013-2026
    # (eval/dev308/README.md)
    "dev308": EvalSet("dev308", DEV308, (0, 0), 0, 0, 66, 394, 14, 96, 8, covers_hard_cases=False),
    # the three hundred and ninth, conflict only: the Iraqi and Iranian press
    # (eval/dev309/README.md)
    "dev309": _conflict_only(
        "dev309", DEV309, 90, 2, 2, 0.9, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and tenth, figures only: counter-terrorism and counter-insurgency operations
    # (eval/dev310/README.md)
    "dev310": EvalSet("dev310", DEV310, (0, 0), 0, 0, 66, 399, 10, 32, 8, covers_hard_cases=False),
    # the three hundred and eleventh, figures only: the sea: shipping, piracy, seafarers, rescues
    # (eval/dev311/README.md)
    "dev311": EvalSet("dev311", DEV311, (0, 0), 0, 0, 66, 391, 11, 36, 8, covers_hard_cases=False),
    # the three hundred and twelfth, figures only: landmines and unexploded ordnance
    # (eval/dev312/README.md)
    "dev312": EvalSet("dev312", DEV312, (0, 0), 0, 0, 66, 396, 9, 36, 8, covers_hard_cases=False),
    # the three hundred and thirteenth, figures only: Ethiopia, 2020-2026
    # (eval/dev313/README.md)
    "dev313": EvalSet("dev313", DEV313, (0, 0), 0, 0, 66, 385, 12, 57, 8, covers_hard_cases=False),
    # the three hundred and fourteenth, conflict only: the travel and tourism desk
    # (eval/dev314/README.md)
    "dev314": _conflict_only(
        "dev314", DEV314, 90, 0, 2, 0.95, 0.85, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and fifteenth, conflict only: the courts and justice desk
    # (eval/dev315/README.md)
    "dev315": _conflict_only(
        "dev315", DEV315, 90, 2, 1, 0.95, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and sixteenth, conflict only: the obituaries desk
    # (eval/dev316/README.md)
    "dev316": _conflict_only(
        "dev316", DEV316, 90, 3, 3, 0.95, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and seventeenth, conflict only: the cybersecurity and technology desk
    # (eval/dev317/README.md)
    "dev317": _conflict_only(
        "dev317", DEV317, 90, 4, 1, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and eighteenth, figures only: Afghans sent home from Iran and Pakistan
    # (eval/dev318/README.md)
    "dev318": EvalSet("dev318", DEV318, (0, 0), 0, 0, 66, 386, 11, 39, 8, covers_hard_cases=False),
    # the three hundred and nineteenth, figures only: the Rohingya, 2017-2026
    # (eval/dev319/README.md)
    "dev319": EvalSet("dev319", DEV319, (0, 0), 0, 0, 66, 389, 11, 79, 8, covers_hard_cases=False),
    # the three hundred and twentieth, figures only: disasters that uproot people
    # (eval/dev320/README.md)
    "dev320": EvalSet("dev320", DEV320, (0, 0), 0, 0, 66, 389, 9, 67, 8, covers_hard_cases=False),
    # the three hundred and twenty-first, figures only: the Americas on the move
    # (eval/dev321/README.md)
    "dev321": EvalSet("dev321", DEV321, (0, 0), 0, 0, 66, 389, 11, 104, 8, covers_hard_cases=False),
    # the three hundred and twenty-second, conflict only: the religion and faith desk
    # (eval/dev322/README.md)
    "dev322": _conflict_only(
        "dev322", DEV322, 90, 2, 2, 0.9, 0.85, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and twenty-third, conflict only: the education desk
    # (eval/dev323/README.md)
    "dev323": _conflict_only(
        "dev323", DEV323, 90, 5, 2, 0.95, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and twenty-fourth, conflict only: the cities and infrastructure desk
    # (eval/dev324/README.md)
    "dev324": _conflict_only(
        "dev324", DEV324, 90, 5, 1, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and twenty-fifth, conflict only: the environment and wildlife desk
    # (eval/dev325/README.md)
    "dev325": _conflict_only(
        "dev325", DEV325, 90, 3, 1, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and twenty-sixth, figures only: Colombia, 2016-2026
    # (eval/dev326/README.md)
    "dev326": EvalSet("dev326", DEV326, (0, 0), 0, 0, 66, 392, 9, 45, 8, covers_hard_cases=False),
    # the three hundred and twenty-seventh, figures only: eastern Congo, 2022-2026
    # (eval/dev327/README.md)
    "dev327": EvalSet("dev327", DEV327, (0, 0), 0, 0, 66, 389, 13, 57, 8, covers_hard_cases=False),
    # the three hundred and twenty-eighth, figures only: the central Sahel under the juntas
    # (eval/dev328/README.md)
    "dev328": EvalSet("dev328", DEV328, (0, 0), 0, 0, 66, 389, 11, 47, 8, covers_hard_cases=False),
    # the three hundred and twenty-ninth, figures only: Somalia, 2014-2026
    # (eval/dev329/README.md)
    "dev329": EvalSet("dev329", DEV329, (0, 0), 0, 0, 66, 387, 9, 54, 8, covers_hard_cases=False),
    # the three hundred and thirtieth, conflict only: the video games and esports desk
    # (eval/dev330/README.md)
    "dev330": _conflict_only(
        "dev330", DEV330, 90, 3, 2, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and thirty-first, conflict only: the television, film and streaming desk
    # (eval/dev331/README.md)
    "dev331": _conflict_only(
        "dev331", DEV331, 90, 4, 1, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and thirty-second, conflict only: the weather and climate desk
    # (eval/dev332/README.md)
    "dev332": _conflict_only(
        "dev332", DEV332, 90, 4, 2, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and thirty-third, conflict only: the human rights and civil liberties desk
    # (eval/dev333/README.md)
    "dev333": _conflict_only(
        "dev333", DEV333, 90, 2, 2, 0.95, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and thirty-fourth, figures only: Iraq and Syria after the caliphate
    # (eval/dev334/README.md)
    "dev334": EvalSet("dev334", DEV334, (0, 0), 0, 0, 66, 385, 12, 49, 8, covers_hard_cases=False),
    # the three hundred and thirty-fifth, figures only: Cameroon, 2016-2026
    # (eval/dev335/README.md)
    "dev335": EvalSet("dev335", DEV335, (0, 0), 0, 0, 66, 390, 12, 56, 8, covers_hard_cases=False),
    # the three hundred and thirty-sixth, figures only: Manipur's ethnic violence, 2023-2026
    # (eval/dev336/README.md)
    "dev336": EvalSet("dev336", DEV336, (0, 0), 0, 0, 66, 382, 10, 61, 8, covers_hard_cases=False),
    # the three hundred and thirty-seventh, figures only: Israel's home front, 2023-2026
    # (eval/dev337/README.md)
    "dev337": EvalSet("dev337", DEV337, (0, 0), 0, 0, 66, 382, 9, 33, 8, covers_hard_cases=False),
    # the three hundred and thirty-eighth, conflict only: the transport and logistics desk
    # (eval/dev338/README.md)
    "dev338": _conflict_only(
        "dev338", DEV338, 90, 3, 1, 0.9, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and thirty-ninth, conflict only: the fashion, luxury and design desk
    # (eval/dev339/README.md)
    "dev339": _conflict_only(
        "dev339", DEV339, 90, 3, 2, 0.9, 0.55, sentences=(5, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and fortieth, conflict only: the Latin American press in translation
    # (eval/dev340/README.md)
    "dev340": _conflict_only(
        "dev340",
        DEV340,
        90,
        3,
        1,
        0.9,
        0.7,
        absent_kinds=frozenset({"hard_negative_health"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the three hundred and forty-first, conflict only: the Indian regional press in translation
    # (eval/dev341/README.md)
    "dev341": _conflict_only(
        "dev341", DEV341, 90, 1, 1, 0.95, 0.65, sentences=(5, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and forty-second, figures only: war captivity in Ukraine and Russia
    # (eval/dev342/README.md)
    "dev342": EvalSet("dev342", DEV342, (0, 0), 0, 0, 66, 384, 12, 40, 8, covers_hard_cases=False),
    # the three hundred and forty-third, figures only: the occupied West Bank, 2022-2026
    # (eval/dev343/README.md)
    "dev343": EvalSet("dev343", DEV343, (0, 0), 0, 0, 66, 384, 10, 41, 8, covers_hard_cases=False),
    # the three hundred and forty-fourth, figures only: farmers and herders in Nigeria's Middle Belt
    # (eval/dev344/README.md)
    "dev344": EvalSet("dev344", DEV344, (0, 0), 0, 0, 66, 384, 11, 48, 8, covers_hard_cases=False),
    # the three hundred and forty-fifth, figures only: eastern Chad and Sudan's refugees
    # (eval/dev345/README.md)
    "dev345": EvalSet("dev345", DEV345, (0, 0), 0, 0, 66, 384, 10, 65, 8, covers_hard_cases=False),
    # the three hundred and forty-sixth, conflict only: the personal finance and consumer desk
    # (eval/dev346/README.md)
    "dev346": _conflict_only(
        "dev346", DEV346, 90, 3, 1, 0.95, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and forty-seventh, conflict only: the Turkish and Kurdish press
    # (eval/dev347/README.md)
    "dev347": _conflict_only(
        "dev347", DEV347, 90, 4, 2, 0.95, 0.85, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and forty-eighth, conflict only: the Nordic and Baltic press
    # (eval/dev348/README.md)
    "dev348": _conflict_only(
        "dev348", DEV348, 90, 3, 1, 0.95, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and forty-ninth, conflict only: the Southeast Asian press
    # (eval/dev349/README.md)
    "dev349": _conflict_only(
        "dev349", DEV349, 90, 4, 2, 0.95, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and fiftieth, figures only: Venezuela, 2014-2026
    # (eval/dev350/README.md)
    "dev350": EvalSet("dev350", DEV350, (0, 0), 0, 0, 66, 395, 11, 37, 8, covers_hard_cases=False),
    # the three hundred and fifty-first, figures only: Iran, 2019-2026
    # (eval/dev351/README.md)
    "dev351": EvalSet("dev351", DEV351, (0, 0), 0, 0, 66, 383, 9, 20, 8, covers_hard_cases=False),
    # the three hundred and fifty-second, figures only: Mexico's cartel wars and the uprooted
    # (eval/dev352/README.md)
    "dev352": EvalSet("dev352", DEV352, (0, 0), 0, 0, 66, 391, 12, 58, 8, covers_hard_cases=False),
    # the three hundred and fifty-third, figures only: the Korean peninsula, 2014-2026
    # (eval/dev353/README.md)
    "dev353": EvalSet("dev353", DEV353, (0, 0), 0, 0, 66, 383, 10, 36, 8, covers_hard_cases=False),
    # the three hundred and fifty-fourth, conflict only: the Canadian press
    # (eval/dev354/README.md)
    "dev354": _conflict_only(
        "dev354", DEV354, 90, 2, 2, 0.95, 0.45, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and fifty-fifth, conflict only: the German-language press in translation
    # (eval/dev355/README.md)
    "dev355": _conflict_only(
        "dev355", DEV355, 90, 1, 1, 0.95, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and fifty-sixth, conflict only: Chinese state media in translation
    # (eval/dev356/README.md)
    "dev356": _conflict_only(
        "dev356", DEV356, 90, 4, 1, 0.95, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and fifty-seventh, conflict only: the Japanese and Korean press in English
    # (eval/dev357/README.md)
    "dev357": _conflict_only(
        "dev357", DEV357, 90, 1, 1, 0.9, 0.45, sentences=(4, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and fifty-eighth, figures only: Pakistan's north-west and Balochistan
    # (eval/dev358/README.md)
    "dev358": EvalSet("dev358", DEV358, (0, 0), 0, 0, 66, 381, 9, 39, 8, covers_hard_cases=False),
    # the three hundred and fifty-ninth, figures only: the Central African Republic, 2014-2026
    # (eval/dev359/README.md)
    "dev359": EvalSet("dev359", DEV359, (0, 0), 0, 0, 66, 385, 10, 77, 8, covers_hard_cases=False),
    # the three hundred and sixtieth, figures only: Mindanao and the Philippines, 2014-2026
    # (eval/dev360/README.md)
    "dev360": EvalSet("dev360", DEV360, (0, 0), 0, 0, 66, 383, 10, 50, 8, covers_hard_cases=False),
    # the three hundred and sixty-first, figures only: Ukrainians sheltering in Europe, 2022-2026
    # (eval/dev361/README.md)
    "dev361": EvalSet("dev361", DEV361, (0, 0), 0, 0, 66, 388, 10, 129, 8, covers_hard_cases=False),
    # the three hundred and sixty-second, conflict only: the French-language press in translation
    # (eval/dev362/README.md)
    "dev362": _conflict_only(
        "dev362", DEV362, 90, 4, 2, 0.95, 0.8, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and sixty-third, conflict only: the British home news desk
    # (eval/dev363/README.md)
    "dev363": _conflict_only(
        "dev363", DEV363, 90, 1, 2, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and sixty-fourth, conflict only: the science and research desk
    # (eval/dev364/README.md)
    "dev364": _conflict_only(
        "dev364", DEV364, 90, 3, 1, 0.85, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and sixty-fifth, conflict only: the Arabic-language press in translation
    # (eval/dev365/README.md)
    "dev365": _conflict_only(
        "dev365", DEV365, 90, 3, 2, 0.95, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and sixty-sixth, figures only: Idlib and north-west Syria, 2015-2024
    # (eval/dev366/README.md)
    "dev366": EvalSet("dev366", DEV366, (0, 0), 0, 0, 66, 386, 10, 52, 8, covers_hard_cases=False),
    # the three hundred and sixty-seventh, figures only: Kashmir and the India-Pakistan frontier
    # (eval/dev367/README.md)
    "dev367": EvalSet("dev367", DEV367, (0, 0), 0, 0, 66, 389, 8, 33, 8, covers_hard_cases=False),
    # the three hundred and sixty-eighth, figures only: Syrian refugees in Jordan and Lebanon
    # (eval/dev368/README.md)
    "dev368": EvalSet("dev368", DEV368, (0, 0), 0, 0, 66, 383, 9, 57, 8, covers_hard_cases=False),
    # the three hundred and sixty-ninth, figures only: the Eastern Route to Yemen and Saudi Arabia
    # (eval/dev369/README.md)
    "dev369": EvalSet("dev369", DEV369, (0, 0), 0, 0, 66, 392, 9, 52, 8, covers_hard_cases=False),
    # the three hundred and seventieth, conflict only: the Spanish and Portuguese press
    # (eval/dev370/README.md)
    "dev370": _conflict_only(
        "dev370", DEV370, 90, 4, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and seventy-first, conflict only: the Italian press in translation
    # (eval/dev371/README.md)
    "dev371": _conflict_only(
        "dev371", DEV371, 90, 2, 2, 0.95, 0.5, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and seventy-second, conflict only: the Australian and New Zealand press
    # (eval/dev372/README.md)
    "dev372": _conflict_only(
        "dev372", DEV372, 90, 2, 2, 0.95, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and seventy-third, conflict only: the energy and commodities desk
    # (eval/dev373/README.md)
    "dev373": _conflict_only(
        "dev373", DEV373, 90, 2, 1, 0.95, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and seventy-fourth, figures only: Burkina Faso's blockaded towns
    # (eval/dev374/README.md)
    "dev374": EvalSet("dev374", DEV374, (0, 0), 0, 0, 66, 385, 12, 48, 8, covers_hard_cases=False),
    # the three hundred and seventy-fifth, figures only: Ecuador, Catatumbo and the VRAEM
    # (eval/dev375/README.md)
    "dev375": EvalSet("dev375", DEV375, (0, 0), 0, 0, 66, 387, 10, 34, 8, covers_hard_cases=False),
    # the three hundred and seventy-sixth, figures only: Lebanon's south and the Bekaa under fire
    # (eval/dev376/README.md)
    "dev376": EvalSet("dev376", DEV376, (0, 0), 0, 0, 66, 382, 9, 69, 8, covers_hard_cases=False),
    # the three hundred and seventy-seventh, figures only: South Sudan's returnees, Sudan's refugees
    # (eval/dev377/README.md)
    "dev377": EvalSet("dev377", DEV377, (0, 0), 0, 0, 66, 389, 10, 87, 8, covers_hard_cases=False),
    # the three hundred and seventy-eighth, conflict only: the Polish and Central European press
    # (eval/dev378/README.md)
    "dev378": _conflict_only(
        "dev378", DEV378, 90, 2, 2, 0.9, 0.4, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and seventy-ninth, conflict only: the Indonesian, Malaysian and Philippine
    # (eval/dev379/README.md)
    "dev379": _conflict_only(
        "dev379", DEV379, 90, 3, 2, 0.9, 0.65, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and eightieth, conflict only: the international justice desk
    # (eval/dev380/README.md)
    "dev380": _conflict_only(
        "dev380", DEV380, 90, 4, 2, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and eighty-first, conflict only: the local news desk of US cities
    # (eval/dev381/README.md)
    "dev381": _conflict_only(
        "dev381", DEV381, 90, 1, 2, 0.9, 0.4, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and eighty-second, figures only: Gaza's hunger and the aid that reaches it
    # (eval/dev382/README.md)
    "dev382": EvalSet("dev382", DEV382, (0, 0), 0, 0, 66, 388, 9, 22, 8, covers_hard_cases=False),
    # the three hundred and eighty-third, figures only: Myanmar's Rakhine and Chin states
    # (eval/dev383/README.md)
    "dev383": EvalSet("dev383", DEV383, (0, 0), 0, 0, 66, 386, 10, 78, 8, covers_hard_cases=False),
    # the three hundred and eighty-fourth, figures only: Ukraine's occupied territories
    # (eval/dev384/README.md)
    "dev384": EvalSet("dev384", DEV384, (0, 0), 0, 0, 66, 386, 12, 68, 8, covers_hard_cases=False),
    # the three hundred and eighty-fifth, figures only: Syria's coast and Suwayda in 2025
    # (eval/dev385/README.md)
    "dev385": EvalSet("dev385", DEV385, (0, 0), 0, 0, 66, 385, 10, 54, 8, covers_hard_cases=False),
    # the three hundred and eighty-sixth, conflict only: the Dutch and Belgian press in translation
    # (eval/dev386/README.md)
    "dev386": _conflict_only(
        "dev386", DEV386, 90, 2, 2, 0.95, 0.65, sentences=(8, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and eighty-seventh, conflict only: the Brazilian press in translation
    # (eval/dev387/README.md)
    "dev387": _conflict_only(
        "dev387", DEV387, 90, 1, 3, 0.9, 0.5, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and eighty-eighth, conflict only: the music, concerts and festivals desk
    # (eval/dev388/README.md)
    "dev388": _conflict_only(
        "dev388", DEV388, 90, 4, 2, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and eighty-ninth, conflict only: the Ukrainian press in translation
    # (eval/dev389/README.md)
    "dev389": _conflict_only(
        "dev389", DEV389, 90, 1, 2, 0.9, 0.5, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and ninetieth, figures only: the Kabul airlift and the Afghans resettled
    # (eval/dev390/README.md)
    "dev390": EvalSet("dev390", DEV390, (0, 0), 0, 0, 66, 386, 10, 129, 8, covers_hard_cases=False),
    # the three hundred and ninety-first, figures only: Mali, 2022-2026
    # (eval/dev391/README.md)
    "dev391": EvalSet("dev391", DEV391, (0, 0), 0, 0, 66, 385, 11, 41, 8, covers_hard_cases=False),
    # the three hundred and ninety-second, figures only: Ituri and North Kivu's Beni and Lubero
    # (eval/dev392/README.md)
    "dev392": EvalSet("dev392", DEV392, (0, 0), 0, 0, 66, 395, 11, 64, 8, covers_hard_cases=False),
    # the three hundred and ninety-third, figures only: the central Mediterranean route
    # (eval/dev393/README.md)
    "dev393": EvalSet("dev393", DEV393, (0, 0), 0, 0, 66, 386, 10, 70, 8, covers_hard_cases=False),
    # the three hundred and ninety-fourth, conflict only: the South African press
    # (eval/dev394/README.md)
    "dev394": _conflict_only(
        "dev394", DEV394, 90, 3, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and ninety-fifth, conflict only: the Gulf press in English
    # (eval/dev395/README.md)
    "dev395": _conflict_only(
        "dev395", DEV395, 90, 1, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and ninety-sixth, conflict only: the telecoms, internet and cables desk
    # (eval/dev396/README.md)
    "dev396": _conflict_only(
        "dev396",
        DEV396,
        90,
        1,
        2,
        0.9,
        0.65,
        absent_kinds=frozenset({"hard_negative_health"}),
        sentences=(6, 14),
        positive_share=(0.26, 0.42),
    ),
    # the three hundred and ninety-seventh, conflict only: the Caribbean press
    # (eval/dev397/README.md)
    "dev397": _conflict_only(
        "dev397", DEV397, 90, 1, 2, 0.9, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the three hundred and ninety-eighth, figures only: Borno State, Nigeria, 2020-2026
    # (eval/dev398/README.md)
    "dev398": EvalSet("dev398", DEV398, (0, 0), 0, 0, 66, 389, 13, 50, 8, covers_hard_cases=False),
    # the three hundred and ninety-ninth, figures only: Bangladesh's July 2024 uprising
    # (eval/dev399/README.md)
    "dev399": EvalSet("dev399", DEV399, (0, 0), 0, 0, 66, 383, 10, 24, 8, covers_hard_cases=False),
    # the four hundredth, figures only: Papua, Indonesia, 2018-2026
    # (eval/dev400/README.md)
    "dev400": EvalSet("dev400", DEV400, (0, 0), 0, 0, 66, 386, 11, 74, 8, covers_hard_cases=False),
    # the four hundred and first, figures only: Mozambique's post-election unrest
    # (eval/dev401/README.md)
    "dev401": EvalSet("dev401", DEV401, (0, 0), 0, 0, 66, 381, 11, 38, 8, covers_hard_cases=False),
    # the four hundred and second, conflict only: the Greek and Cypriot press
    # (eval/dev402/README.md)
    "dev402": _conflict_only(
        "dev402", DEV402, 90, 1, 2, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and third, conflict only: the Palestinian press in translation
    # (eval/dev403/README.md)
    "dev403": _conflict_only(
        "dev403", DEV403, 90, 0, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and fourth, conflict only: the property and housing desk
    # (eval/dev404/README.md)
    "dev404": _conflict_only(
        "dev404", DEV404, 90, 1, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and fifth, conflict only: the Irish press
    # (eval/dev405/README.md)
    "dev405": _conflict_only(
        "dev405", DEV405, 90, 1, 2, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and sixth, figures only: Nagorno-Karabakh and the Armenian exodus
    # (eval/dev406/README.md)
    "dev406": EvalSet("dev406", DEV406, (0, 0), 0, 0, 66, 385, 9, 56, 8, covers_hard_cases=False),
    # the four hundred and seventh, figures only: Darfur, El Geneina, Zamzam and El Fasher
    # (eval/dev407/README.md)
    "dev407": EvalSet("dev407", DEV407, (0, 0), 0, 0, 66, 384, 9, 64, 8, covers_hard_cases=False),
    # the four hundred and eighth, figures only: Goma, Masisi and South Kivu under the M23
    # (eval/dev408/README.md)
    "dev408": EvalSet("dev408", DEV408, (0, 0), 0, 0, 66, 389, 12, 65, 8, covers_hard_cases=False),
    # the four hundred and ninth, figures only: Myanmar's Sagaing, Karenni and Shan
    # (eval/dev409/README.md)
    "dev409": EvalSet("dev409", DEV409, (0, 0), 0, 0, 66, 390, 12, 70, 8, covers_hard_cases=False),
    # the four hundred and tenth, figures only: South Sudan's Upper Nile and Jonglei
    # (eval/dev410/README.md)
    "dev410": EvalSet("dev410", DEV410, (0, 0), 0, 0, 66, 390, 12, 69, 8, covers_hard_cases=False),
    # the four hundred and eleventh, figures only: the Great Lakes refugee camps
    # (eval/dev411/README.md)
    "dev411": EvalSet("dev411", DEV411, (0, 0), 0, 0, 66, 397, 9, 117, 8, covers_hard_cases=False),
    # the four hundred and twelfth, conflict only: the Mexican press in translation
    # (eval/dev412/README.md)
    "dev412": _conflict_only(
        "dev412", DEV412, 90, 1, 2, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and thirteenth, conflict only: the Pakistani press in English
    # (eval/dev413/README.md)
    "dev413": _conflict_only(
        "dev413", DEV413, 90, 5, 3, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and fourteenth, figures only: Kenya's camps and al-Shabaab's raids
    # (eval/dev414/README.md)
    "dev414": EvalSet("dev414", DEV414, (0, 0), 0, 0, 66, 387, 10, 84, 8, covers_hard_cases=False),
    # the four hundred and fifteenth, figures only: North Africa's migrants
    # (eval/dev415/README.md)
    "dev415": EvalSet("dev415", DEV415, (0, 0), 0, 0, 66, 391, 11, 62, 8, covers_hard_cases=False),
    # the four hundred and sixteenth, figures only: Syria after Assad
    # (eval/dev416/README.md)
    "dev416": EvalSet("dev416", DEV416, (0, 0), 0, 0, 66, 386, 10, 49, 8, covers_hard_cases=False),
    # the four hundred and seventeenth, figures only: Khartoum, Omdurman and Gezira
    # (eval/dev417/README.md)
    "dev417": EvalSet("dev417", DEV417, (0, 0), 0, 0, 66, 384, 11, 47, 8, covers_hard_cases=False),
    # the four hundred and eighteenth, figures only: Kharkiv, Sumy and Zaporizhzhia
    # (eval/dev418/README.md)
    "dev418": EvalSet("dev418", DEV418, (0, 0), 0, 0, 66, 397, 9, 55, 8, covers_hard_cases=False),
    # the four hundred and nineteenth, figures only: the Israel-Iran war of June 2025
    # (eval/dev419/README.md)
    "dev419": EvalSet("dev419", DEV419, (0, 0), 0, 0, 66, 390, 10, 50, 8, covers_hard_cases=False),
    # the four hundred and twentieth, conflict only: the Central American press
    # (eval/dev420/README.md)
    "dev420": _conflict_only(
        "dev420", DEV420, 90, 0, 2, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and twenty-first, conflict only: the Thai, Cambodian and Vietnamese press
    # (eval/dev421/README.md)
    "dev421": _conflict_only(
        "dev421", DEV421, 90, 2, 2, 0.9, 0.55, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and twenty-second, figures only: Manipur's ethnic violence
    # (eval/dev422/README.md)
    "dev422": EvalSet("dev422", DEV422, (0, 0), 0, 0, 66, 389, 10, 46, 8, covers_hard_cases=False),
    # the four hundred and twenty-third, figures only: the Kyrgyz-Tajik border clashes and
    # Central Asia's borders (eval/dev423/README.md)
    "dev423": EvalSet("dev423", DEV423, (0, 0), 0, 0, 66, 384, 9, 47, 8, covers_hard_cases=False),
    # the four hundred and twenty-fourth, figures only: Sinjar and the Yazidis
    # (eval/dev424/README.md)
    "dev424": EvalSet("dev424", DEV424, (0, 0), 0, 0, 66, 387, 14, 56, 8, covers_hard_cases=False),
    # the four hundred and twenty-fifth, figures only: landmines, cluster munitions and
    # unexploded ordnance (eval/dev425/README.md)
    "dev425": EvalSet("dev425", DEV425, (0, 0), 0, 0, 66, 388, 10, 29, 8, covers_hard_cases=False),
    # the four hundred and twenty-sixth, figures only: attacks on schools and the education of
    # children in war (eval/dev426/README.md)
    "dev426": EvalSet("dev426", DEV426, (0, 0), 0, 0, 66, 390, 10, 38, 8, covers_hard_cases=False),
    # the four hundred and twenty-seventh, figures only: forced displacement by cartels in Mexico
    # (eval/dev427/README.md)
    "dev427": EvalSet("dev427", DEV427, (0, 0), 0, 0, 66, 398, 12, 78, 8, covers_hard_cases=False),
    # the four hundred and twenty-eighth, conflict only: the Nigerian press
    # (eval/dev428/README.md)
    "dev428": _conflict_only(
        "dev428", DEV428, 90, 5, 3, 0.9, 0.9, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and twenty-ninth, conflict only: the Indian national press in English
    # (eval/dev429/README.md)
    "dev429": _conflict_only(
        "dev429", DEV429, 90, 2, 2, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and thirtieth, figures only: Russia's Kursk, Belgorod and Bryansk border
    # regions (eval/dev430/README.md)
    "dev430": EvalSet("dev430", DEV430, (0, 0), 0, 0, 66, 396, 9, 50, 8, covers_hard_cases=False),
    # the four hundred and thirty-first, figures only: the Darién Gap and the road north
    # (eval/dev431/README.md)
    "dev431": EvalSet("dev431", DEV431, (0, 0), 0, 0, 66, 383, 10, 89, 8, covers_hard_cases=False),
    # the four hundred and thirty-second, figures only: Afghans returned and deported from
    # Pakistan and Iran (eval/dev432/README.md)
    "dev432": EvalSet("dev432", DEV432, (0, 0), 0, 0, 66, 388, 10, 43, 8, covers_hard_cases=False),
    # the four hundred and thirty-third, figures only: political prisoners and exiles in
    # Nicaragua, Venezuela, Belarus and Iran (eval/dev433/README.md)
    "dev433": EvalSet("dev433", DEV433, (0, 0), 0, 0, 66, 391, 10, 40, 8, covers_hard_cases=False),
    # the four hundred and thirty-fourth, figures only: Somalia's war and the displaced of drought
    # and floods (eval/dev434/README.md)
    "dev434": EvalSet("dev434", DEV434, (0, 0), 0, 0, 66, 389, 12, 65, 8, covers_hard_cases=False),
    # the four hundred and thirty-fifth, figures only: Iraq after the Islamic State
    # (eval/dev435/README.md)
    "dev435": EvalSet("dev435", DEV435, (0, 0), 0, 0, 66, 390, 12, 67, 8, covers_hard_cases=False),
    # the four hundred and thirty-sixth, conflict only: the Egyptian and Jordanian press in
    # English (eval/dev436/README.md)
    "dev436": _conflict_only(
        "dev436", DEV436, 90, 2, 2, 0.9, 0.7, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and thirty-seventh, conflict only: the Sri Lankan, Nepali and Maldivian
    # press in English (eval/dev437/README.md)
    "dev437": _conflict_only(
        "dev437", DEV437, 90, 4, 2, 0.9, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and thirty-eighth, figures only: Cameroon's Anglophone crisis and the Far
    # North (eval/dev438/README.md)
    "dev438": EvalSet("dev438", DEV438, (0, 0), 0, 0, 65, 407, 5, 69, 8, covers_hard_cases=False),
    # the four hundred and thirty-ninth, figures only: Pakistan's Balochistan and Khyber
    # Pakhtunkhwa (eval/dev439/README.md)
    "dev439": EvalSet("dev439", DEV439, (0, 0), 0, 0, 66, 395, 7, 26, 8, covers_hard_cases=False),
    # the four hundred and fortieth, figures only: Sudan's Kordofan and Blue Nile
    # (eval/dev440/README.md)
    "dev440": EvalSet("dev440", DEV440, (0, 0), 0, 0, 65, 403, 6, 72, 8, covers_hard_cases=False),
    # the four hundred and forty-first, figures only: the West Bank (eval/dev441/README.md)
    "dev441": EvalSet("dev441", DEV441, (0, 0), 0, 0, 66, 407, 3, 50, 8, covers_hard_cases=False),
    # the four hundred and forty-second, figures only: Yemen and the Houthis
    # (eval/dev442/README.md)
    "dev442": EvalSet("dev442", DEV442, (0, 0), 0, 0, 65, 390, 6, 36, 8, covers_hard_cases=False),
    # the four hundred and forty-third, figures only: Ituri and North Kivu's Beni and Lubero
    # (eval/dev443/README.md)
    "dev443": EvalSet("dev443", DEV443, (0, 0), 0, 0, 65, 394, 9, 64, 8, covers_hard_cases=False),
    # the four hundred and forty-fourth, conflict only: the Bangladeshi press in English
    # (eval/dev444/README.md)
    "dev444": _conflict_only(
        "dev444", DEV444, 90, 1, 1, 0.9, 0.6, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
    # the four hundred and forty-fifth, conflict only: the Lebanese and Syrian press in English
    # (eval/dev445/README.md)
    "dev445": _conflict_only(
        "dev445", DEV445, 90, 3, 2, 0.9, 0.75, sentences=(6, 14), positive_share=(0.26, 0.42)
    ),
}
CONFLICT_SETS = {name: s for name, s in SETS.items() if s.conflict_texts}


def _load(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            assert line.strip(), f"{path.name}:{lineno}: blank line"
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - the assert reports it
                pytest.fail(f"{path.name}:{lineno}: not JSON: {exc}")
    return records


@pytest.fixture(scope="module", params=sorted(SETS))
def eval_set(request: pytest.FixtureRequest) -> EvalSet:
    return SETS[request.param]


@pytest.fixture(scope="module", params=sorted(CONFLICT_SETS))
def conflict_set(request: pytest.FixtureRequest) -> EvalSet:
    return CONFLICT_SETS[request.param]


@pytest.fixture(scope="module")
def conflict(conflict_set: EvalSet) -> list[dict]:
    return _load(conflict_set.conflict)


@pytest.fixture(scope="module")
def figures(eval_set: EvalSet) -> list[dict]:
    return _load(eval_set.figures_file)


def _sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


# ---------------------------------------------------------------- conflict set


def test_conflict_records_have_the_documented_shape(
    conflict: list[dict], conflict_set: EvalSet
) -> None:
    low, high = conflict_set.sentences
    for rec in conflict:
        assert set(rec) == CONFLICT_KEYS, rec.get("id")
        # one letter per set, then "c" and a second letter once the letters ran out, then "k",
        # then "j"
        assert re.fullmatch(
            r"(?:[chtxedjli]|c[b-z]|k[a-z]|j[a-z]|l[w-z]|d[a-z]|t[a-z]|u[a-z]|w[a-z]|x[a-z])\d{4}",
            rec["id"],
        ), rec["id"]
        assert isinstance(rec["is_conflict"], bool), rec["id"]
        assert rec["title"].strip() and rec["text"].strip(), rec["id"]
        assert low <= _sentences(rec["text"]) <= high, rec["id"]
        assert rec["kind"] and rec["kind"] == rec["kind"].strip(), rec["id"]
        assert len(set(rec["tags"])) == len(rec["tags"]), rec["id"]
        assert set(rec["tags"]) <= set(CONFLICT_TAGS), rec["id"]
        if rec["is_conflict"]:
            assert rec["tags"], f"{rec['id']}: a conflict text needs at least one tag"
            assert not rec["kind"].startswith(("hard_negative", "negative")), rec["id"]
        else:
            assert rec["tags"] == [], f"{rec['id']}: a negative has no tags"
            assert rec["kind"].startswith(("hard_negative", "negative")), rec["id"]


def test_conflict_ids_titles_and_texts_are_unique(conflict: list[dict]) -> None:
    for key in ("id", "title", "text"):
        counts = Counter(r[key] for r in conflict)
        dupes = [k for k, n in counts.items() if n > 1]
        assert not dupes, f"duplicate {key}: {dupes[:3]}"


def test_conflict_set_is_large_and_balanced(conflict: list[dict], conflict_set: EvalSet) -> None:
    assert len(conflict) >= conflict_set.conflict_texts
    positives = sum(r["is_conflict"] for r in conflict)
    low, high = conflict_set.positive_share
    assert low <= positives / len(conflict) <= high
    negatives = [r for r in conflict if not r["is_conflict"]]
    hard = [r for r in negatives if r["kind"] in HARD_NEGATIVE_KINDS]
    assert len(hard) >= conflict_set.hard_share * len(negatives), "too few hard negatives"
    kinds = Counter(r["kind"] for r in hard)
    expected = HARD_NEGATIVE_KINDS - conflict_set.absent_kinds
    assert set(kinds) == expected, expected ^ set(kinds)
    assert all(n >= conflict_set.hard_negatives_per_kind for n in kinds.values()), kinds


def test_every_tag_has_enough_positives(conflict: list[dict], conflict_set: EvalSet) -> None:
    counts = Counter(t for r in conflict for t in r["tags"])
    for tag in CONFLICT_TAGS:
        assert counts[tag] >= conflict_set.tag_positives, f"{tag}: only {counts[tag]} positives"
    multi = sum(len(r["tags"]) > 1 for r in conflict)
    positives = sum(r["is_conflict"] for r in conflict)
    # at least 50, or most positives in a smaller set (dev28 has 55 whole articles)
    share = conflict_set.multi_label_share
    assert multi >= min(50, share * positives), "multi-label texts should be common"


# ---------------------------------------------------------------- figures set


def test_figure_records_have_the_documented_shape(figures: list[dict]) -> None:
    for rec in figures:
        assert set(rec) == {"id", "title", "text", "figures", "negatives"}, rec.get("id")
        # one letter per set, then "f" and a second letter, then "h" and a second letter
        assert re.fullmatch(
            r"(?:[abfgkmnopqrsuvwyz]|f[b-z]|h[a-z]|i[a-z]|l[a-v]|m[a-z]|n[a-z]|o[a-z]|p[a-z]|q[a-z])\d{4}",
            rec["id"],
        ), rec["id"]
        assert rec["title"].strip() and rec["text"].strip(), rec["id"]
        assert isinstance(rec["figures"], list) and isinstance(rec["negatives"], list)
        for fig in rec["figures"]:
            where = f"{rec['id']} {fig.get('text')!r}"
            assert FIGURE_KEYS <= set(fig) <= FIGURE_KEYS | OPTIONAL_FIGURE_KEYS, where
            assert fig["qualifier"] in FIGURE_QUALIFIERS, where
            assert fig["unit"] in FIGURE_UNITS, where
            assert fig["category"] in FIGURE_CATEGORIES, where
            assert isinstance(fig["vague"], bool) and isinstance(fig["projected"], bool), where
            assert fig["noun"] is None or (isinstance(fig["noun"], str) and fig["noun"]), where
            assert fig["attribution"] is None or fig["attribution"].strip(), where
            for alt in fig.get("attribution_alts", []):
                assert isinstance(alt, str) and alt.strip(), where


def test_figure_values_follow_the_qualifier_convention(figures: list[dict]) -> None:
    for rec in figures:
        for fig in rec["figures"]:
            where = f"{rec['id']} {fig['text']!r}"
            value, low, high, q = fig["value"], fig["low"], fig["high"], fig["qualifier"]
            assert isinstance(value, int | float) and not isinstance(value, bool), where
            assert value > 0, where
            if fig["vague"] or q == "range":
                assert low is not None and high is not None and low < high, where
                assert value == low, where
                if q == "range":
                    assert not fig["vague"], where
            elif q == "exact":
                assert low == high == value, where
            elif q == "approx":
                assert low is None and high is None, where
            elif q == "at_least":
                assert low == value and high is None, where
            elif q == "at_most":
                assert low is None and high == value, where


def test_figure_spans_occur_at_their_offsets(figures: list[dict]) -> None:
    for rec in figures:
        text = rec["text"]
        spans = []
        for fig in rec["figures"]:
            where = f"{rec['id']} {fig['text']!r}"
            assert fig["text"] in text, where
            assert text[fig["start"] : fig["end"]] == fig["text"], where
            # a span never starts or ends inside a word or a number
            assert fig["start"] == 0 or not text[fig["start"] - 1].isalnum(), where
            assert fig["end"] == len(text) or not text[fig["end"]].isalnum(), where
            spans.append((fig["start"], fig["end"]))
        spans.sort()
        for (_, a1), (b0, _) in itertools.pairwise(spans):
            assert a1 <= b0, f"{rec['id']}: overlapping gold figures"


def test_negatives_occur_and_never_overlap_a_figure(figures: list[dict]) -> None:
    for rec in figures:
        text = rec["text"]
        for neg in rec["negatives"]:
            assert neg in text, f"{rec['id']}: negative {neg!r} not in text"
            for m in re.finditer(re.escape(neg), text):
                for fig in rec["figures"]:
                    assert m.end() <= fig["start"] or fig["end"] <= m.start(), (
                        f"{rec['id']}: negative {neg!r} overlaps {fig['text']!r}"
                    )


def test_figures_set_is_large_and_covers_every_category(
    figures: list[dict], eval_set: EvalSet
) -> None:
    assert len(figures) >= eval_set.figure_texts
    assert len({r["id"] for r in figures}) == len(figures)
    assert len({r["text"] for r in figures}) == len(figures)
    all_figs = [f for r in figures for f in r["figures"]]
    assert len(all_figs) >= eval_set.figures
    per_category = Counter(f["category"] for f in all_figs)
    for category, minimum in eval_set.category_minimums().items():
        assert per_category[category] >= minimum, f"{category}: {per_category[category]}"
    without = [r for r in figures if not r["figures"]]
    assert len(without) >= eval_set.texts_without_figures, "texts with numbers but no figure"
    assert all(len(r["negatives"]) >= 3 for r in without)


def test_figures_set_covers_the_hard_cases(figures: list[dict], eval_set: EvalSet) -> None:
    if not eval_set.covers_hard_cases:
        assert sum(len(r["figures"]) for r in figures) >= eval_set.figures
        return
    all_figs = [f for r in figures for f in r["figures"]]
    qualifiers = Counter(f["qualifier"] for f in all_figs)
    assert all(qualifiers[q] >= 5 for q in FIGURE_QUALIFIERS), qualifiers
    assert sum(f["vague"] for f in all_figs) >= 10
    assert sum(f["projected"] for f in all_figs) >= 15
    assert sum(f["attribution"] is not None for f in all_figs) >= 100
    assert sum(f["noun"] is None for f in all_figs) >= 20, "implicit nouns"
    units = Counter(f["unit"] for f in all_figs)
    assert all(units[u] >= 10 for u in FIGURE_UNITS), units
    spans = [f["text"].lower() for f in all_figs]
    for needle in ("dozen", "hundreds", "thousands", "million", "m ", "between"):
        assert any(needle in s + " " for s in spans), needle
    word_numbers = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven)\b", re.I)
    assert sum(bool(word_numbers.search(s)) for s in spans) >= 10
    negatives = " ".join(n for r in figures for n in r["negatives"])
    for needle in ("year-old", "aged", "%", "$", "days", "p.m.", "a.m."):
        assert needle in negatives, needle


# ---------------------------------------------------------------- the sets apart


def test_holdout_shares_no_text_with_the_tuning_set() -> None:
    for name in ("conflict.jsonl", "figures.jsonl"):
        tuning = _load(EVAL / name)
        holdout = _load(HOLDOUT / name)
        for key in ("title", "text"):
            shared = {r[key] for r in tuning} & {r[key] for r in holdout}
            assert not shared, f"{name}: {key} in both sets: {sorted(shared)[:3]}"
        shared_ids = {r["id"] for r in tuning} & {r["id"] for r in holdout}
        assert not shared_ids, f"{name}: ids in both sets: {sorted(shared_ids)[:3]}"


_LATER = [
    DEV2,
    DEV3,
    DEV4,
    DEV5,
    DEV6,
    DEV7,
    DEV8,
    DEV9,
    DEV10,
    DEV11,
    DEV12,
    DEV13,
    DEV14,
    DEV15,
    DEV16,
]
_PAIRS = [
    (later, other) for i, later in enumerate(_LATER) for other in [EVAL, *_LATER[:i], HOLDOUT]
]


@pytest.mark.parametrize(("folder", "other"), _PAIRS, ids=[f"{a.name}-{b.name}" for a, b in _PAIRS])
def test_later_sets_share_no_text_with_the_other_sets(folder: Path, other: Path) -> None:
    for name in ("conflict.jsonl", "figures.jsonl"):
        mine = _load(folder / name)
        rest = _load(other / name)
        for key in ("title", "text"):
            shared = {r[key] for r in mine} & {r[key] for r in rest}
            assert not shared, f"{folder.name}/{name}: {len(shared)} {key}s also in {other.name}/"


def test_no_text_is_in_two_sets() -> None:
    # Every set in eval/, the later ones too: a text scored in two sets counts twice in the
    # like-for-like totals, and one shared with the holdout leaks it into the tuning.
    # (Titles may repeat across the later sets: a headline is often reworded, its text not.)
    folders = [EVAL, *sorted(p for p in EVAL.iterdir() if (p / "conflict.jsonl").exists())]
    for name in ("conflict.jsonl", "figures.jsonl"):
        where: dict[str, str] = {}
        for folder in folders:
            path = folder / name
            if not path.exists() or not path.stat().st_size:
                continue
            for record in _load(path):
                first = where.setdefault(record["text"], folder.name)
                assert first == folder.name, f"{name}: a text of {folder.name} is in {first}"
