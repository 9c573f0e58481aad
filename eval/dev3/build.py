"""Build eval/dev3/figures.jsonl and eval/dev3/conflict.jsonl from the hand-written texts below.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text by the helper
below unless overridden; `python build.py --table` prints every figure for review. The script
validates every record against eval/README.md and writes shuffled records with fresh ids
("g0001" for figures, "h0001" for conflict, prefixes unused by eval/ and eval/dev2/).

    python eval/dev3/build.py            # write the two files and validate them
    python eval/dev3/build.py --table    # also print all figures as a table
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent

CATEGORIES = {
    "killed",
    "injured",
    "displaced",
    "returned",
    "missing",
    "kidnapped",
    "arrested",
    "combatants",
    "civilians",
    "housing",
    "capacity",
    "aid",
    "other",
}
UNITS = {"person", "household", "structure", "other"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "range"}
TAGS = {
    "battle",
    "explosions_remote_violence",
    "violence_against_civilians",
    "terrorism",
    "military_operation",
    "displacement",
    "humanitarian",
    "unrest",
}
NEG_KINDS = {
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
    "negative_other",
}

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset.marks import render  # noqa: E402

# ------------------------------------------------------------------ build and validate


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def build_figures() -> list[dict]:
    records = []
    for title, marked, extra in FIGURES:
        text, figs, negs = render(marked)
        for n in extra:
            if n not in negs:
                negs.append(n)
        negs = list(dict.fromkeys(negs))
        records.append(
            {"id": None, "title": title, "text": text, "figures": figs, "negatives": negs}
        )
    return records


def build_conflict() -> list[dict]:
    return [
        {"id": None, "title": t, "text": x, "is_conflict": bool(tags), "tags": tags, "kind": kind}
        for t, x, tags, kind in CONFLICT
    ]


def validate_figures(records: list[dict]) -> list[str]:
    errs = []
    for rec in records:
        text, where = rec["text"], rec["title"]
        if "[[" in text or "]]" in text or "{{" in text or "}}" in text or "|" in text:
            errs.append(f"{where}: unrendered mark")
        spans = []
        for fig in rec["figures"]:
            w = f"{where} {fig['text']!r}"
            if text[fig["start"] : fig["end"]] != fig["text"]:
                errs.append(f"{w}: offsets")
            if fig["start"] > 0 and text[fig["start"] - 1].isalnum():
                errs.append(f"{w}: starts inside a word")
            if fig["end"] < len(text) and text[fig["end"]].isalnum():
                errs.append(f"{w}: ends inside a word")
            if fig["category"] not in CATEGORIES:
                errs.append(f"{w}: category {fig['category']}")
            if fig["unit"] not in UNITS:
                errs.append(f"{w}: unit {fig['unit']}")
            if fig["qualifier"] not in QUALIFIERS:
                errs.append(f"{w}: qualifier")
            v, lo, hi, q = fig["value"], fig["low"], fig["high"], fig["qualifier"]
            if not (isinstance(v, int | float) and v > 0):
                errs.append(f"{w}: value")
            if fig["vague"] or q == "range":
                if not (lo is not None and hi is not None and lo < hi and v == lo):
                    errs.append(f"{w}: bounds")
                if fig["vague"] and q != "approx":
                    errs.append(f"{w}: vague must be approx")
            elif q == "exact" and not (lo == hi == v):
                errs.append(f"{w}: exact bounds")
            elif q == "approx" and not (lo is None and hi is None):
                errs.append(f"{w}: approx bounds")
            elif q == "at_least" and not (lo == v and hi is None):
                errs.append(f"{w}: at_least bounds")
            elif q == "at_most" and not (lo is None and hi == v):
                errs.append(f"{w}: at_most bounds")
            if fig["attribution"] is not None and not fig["attribution"].strip():
                errs.append(f"{w}: empty attribution")
            if fig["attribution"] is not None and fig["attribution"] not in text:
                errs.append(f"{w}: attribution {fig['attribution']!r} not in text")
            for alt in fig.get("attribution_alts", []):
                if alt not in text:
                    errs.append(f"{w}: alt {alt!r} not in text")
            if fig["noun"] is not None and fig["noun"] not in fig["text"]:
                errs.append(f"{w}: noun {fig['noun']!r} not in span")
            spans.append((fig["start"], fig["end"]))
        spans.sort()
        for (_, a1), (b0, _) in itertools.pairwise(spans):
            if a1 > b0:
                errs.append(f"{where}: overlapping figures")
        for neg in rec["negatives"]:
            if neg not in text:
                errs.append(f"{where}: negative {neg!r} not in text")
            for m in re.finditer(re.escape(neg), text):
                for fig in rec["figures"]:
                    if not (m.end() <= fig["start"] or fig["end"] <= m.start()):
                        errs.append(f"{where}: negative {neg!r} overlaps {fig['text']!r}")
        if not rec["figures"] and len(rec["negatives"]) < 3:
            errs.append(f"{where}: a text without figures needs 3+ negatives")
    return errs


def validate_conflict(records: list[dict]) -> list[str]:
    errs = []
    for rec in records:
        w = rec["title"]
        if rec["is_conflict"]:
            if (
                not rec["tags"]
                or not set(rec["tags"]) <= TAGS
                or len(set(rec["tags"])) != len(rec["tags"])
            ):
                errs.append(f"{w}: tags {rec['tags']}")
            if rec["kind"].startswith(("hard_negative", "negative")):
                errs.append(f"{w}: positive with negative kind")
        else:
            if rec["kind"] not in NEG_KINDS:
                errs.append(f"{w}: kind {rec['kind']}")
        n = len(re.findall(r"[.!?](?:\s|$)", rec["text"]))
        if not 1 <= n <= 18:
            errs.append(f"{w}: {n} sentences")
    return errs


def check_apart(records: list[dict], name: str) -> list[str]:
    errs = []
    for key in ("title", "text"):
        mine = Counter(r[key] for r in records)
        errs += [f"duplicate {key} in dev3/{name}: {k!r}" for k, n in mine.items() if n > 1]
        for other in (EVAL / name, EVAL / "dev2" / name):
            shared = set(mine) & {r[key] for r in _load(other)}
            errs += [f"{key} shared with {other.parent.name}/{name}: {k!r}" for k in shared]
    return errs


def assign_ids(records: list[dict], prefix: str, seed: int) -> list[dict]:
    rng = random.Random(seed)
    records = records[:]
    rng.shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"{prefix}{i:04d}"
    return records


def summary(figs_recs: list[dict], conf_recs: list[dict]) -> None:
    figs = [f for r in figs_recs for f in r["figures"]]
    print(
        f"figures.jsonl: {len(figs_recs)} texts, "
        f"{sum(bool(r['figures']) for r in figs_recs)} with {len(figs)} figures, "
        f"{sum(not r['figures'] for r in figs_recs)} without; "
        f"{sum(len(r['negatives']) for r in figs_recs)} negatives"
    )
    for field in ("category", "qualifier", "unit"):
        print(f"  {field}:", dict(Counter(f[field] for f in figs).most_common()))
    print(
        f"  vague {sum(f['vague'] for f in figs)}, projected {sum(f['projected'] for f in figs)}, "
        f"attributed {sum(f['attribution'] is not None for f in figs)} "
        f"(alts {sum('attribution_alts' in f for f in figs)}), implicit noun "
        f"{sum(f['noun'] is None for f in figs)}"
    )
    pos = [r for r in conf_recs if r["is_conflict"]]
    print(
        f"conflict.jsonl: {len(conf_recs)} texts, {len(pos)} conflict, "
        f"{len(conf_recs) - len(pos)} not; multi-tag {sum(len(r['tags']) > 1 for r in pos)}"
    )
    print("  tags:", dict(Counter(t for r in pos for t in r["tags"]).most_common()))
    print(
        "  negative kinds:",
        dict(Counter(r["kind"] for r in conf_recs if not r["is_conflict"]).most_common()),
    )
    sents = [len(re.findall(r"[.!?](?:\s|$)", r["text"])) for r in conf_recs]
    print(f"  sentences per text: min {min(sents)}, max {max(sents)}")


def main() -> int:
    figs_recs = build_figures()
    conf_recs = build_conflict()
    errs = validate_figures(figs_recs) + validate_conflict(conf_recs)
    errs += check_apart(figs_recs, "figures.jsonl") + check_apart(conf_recs, "conflict.jsonl")
    if "--table" in sys.argv:
        for r in figs_recs:
            print("##", r["title"])
            for f in r["figures"]:
                print(
                    f"   {f['text']!r:48} v={f['value']} [{f['low']},{f['high']}] {f['qualifier']}"
                    f"{' VAGUE' if f['vague'] else ''} {f['unit']} n={f['noun']} {f['category']}"
                    f"{' PROJ' if f['projected'] else ''} a={f['attribution']}"
                    f"{' alts=' + str(f['attribution_alts']) if 'attribution_alts' in f else ''}"
                )
            if r["negatives"]:
                print("   neg:", r["negatives"])
    for e in errs:
        print("ERROR", e)
    summary(figs_recs, conf_recs)
    if errs:
        return 1
    for name, recs, prefix, seed in (
        ("figures.jsonl", figs_recs, "g", 3),
        ("conflict.jsonl", conf_recs, "h", 4),
    ):
        recs = assign_ids(recs, prefix, seed)
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        # re-read and re-validate what was written
        back = _load(HERE / name)
        assert back == recs
        assert len({r["id"] for r in back}) == len(back)
    print("written:", HERE / "figures.jsonl", HERE / "conflict.jsonl")
    return 0


FIGURES: list[tuple[str, str, list[str]]] = []
CONFLICT: list[tuple[str, str, list[str], str]] = []


def F(title: str, text: str, extra_negatives: list[str] | None = None) -> None:
    FIGURES.append((title, text, extra_negatives or []))


def C(title: str, text: str, tags: str, kind: str) -> None:
    CONFLICT.append((title, text, tags.split() if tags else [], kind))


# ====================================================================== figures: wire style

F(
    "Ituri militia attacks uproot thousands around Djugu",
    "Fighting between CODECO militiamen and a rival armed group has forced [[some 40,000 people|displaced;a=OCHA]], most of them women and children, to flee their homes since {{Tuesday}}, bringing the total displaced in the province to [[1.7 million|displaced;a=OCHA]], OCHA said on {{Friday}}. "
    "The UN agency said [[at least 23 civilians|killed;a=The UN agency;alt=OCHA]] had been killed in raids on villages north of Bunia and that [[more than 600 homes|housing;a=The UN agency;alt=OCHA]] had been set on fire. "
    "Many of the newly displaced are sheltering in [[11 schools|capacity;a=a local aid coordinator]] in Bunia, where [[about 9,000 people|displaced;a=a local aid coordinator]] share [[40 latrines|other;a=a local aid coordinator]], according to a local aid coordinator.",
)

F(
    "Shelling kills 19 in Kharkiv border villages, governor says",
    "Russian shelling of villages along the border killed [[19 people|killed;a=regional governor Oleh Syniehubov]], among them [[three children|killed;a=regional governor Oleh Syniehubov]], the youngest a {{9-year-old}} boy, and wounded [[34|injured;a=regional governor Oleh Syniehubov]] over the weekend, regional governor Oleh Syniehubov said on {{Monday}}. "
    "Authorities have ordered the evacuation of [[another 1,400 residents|displaced;p;a=officials]] from settlements within {{10 kilometres}} of the frontier, adding to the [[more than 11,000|displaced;a=officials]] moved out since {{May}}, officials said.",
)

F(
    "Darfur: people walk for days to reach Tawila after Zamzam assault",
    "[[Tens of thousands of people|displaced;a=the International Organization for Migration]], many walking for {{two days}} without water, have reached Tawila after the Rapid Support Forces overran the Zamzam camp, the International Organization for Migration said, estimating that [[up to 400,000|displaced;a=the International Organization for Migration]] had been forced out of the camp in total. "
    "Médecins Sans Frontières, which runs a clinic in Tawila, said it had treated [[more than 150 wounded patients|injured;a=Médecins Sans Frontières]] since the weekend, [[64|injured;a=Médecins Sans Frontières]] of them children.",
)

F(
    "Only a few residents left in shelled Sumy village",
    "In the small town of Yunakivka, where [[about 2,000 people|civilians;a=the head of the village council]] lived before the war, only [[some 80 residents|civilians;a=the head of the village council]] remain, the head of the village council said, after drone strikes destroyed [[a further 37 houses|housing;a=the head of the village council]] this month. "
    "He said the last [[14 children|displaced]] in the village were evacuated to Sumy city on {{Thursday}}.",
)

F(
    "Gunmen kill villagers, burn homes in Plateau raid",
    "Gunmen who stormed [[three farming villages|other;a=the local government chairman]] in Bokkos district on {{Christmas Eve}} killed [[at least 113 people|killed;a=the local government chairman]], the local government chairman told reporters, raising an earlier toll of [[16|killed;a=the army]] given by the army, and set fire to [[more than 220 houses|housing;a=the local government chairman]]. "
    "The Red Cross said [[around 300 wounded|injured;a=The Red Cross]] had been taken to hospitals in Jos and Bokkos, while [[nearly 10,000 residents|displaced;a=the state emergency agency]] had fled to the town of Mushere, according to the state emergency agency, which said it had opened [[six camps|capacity;a=the state emergency agency]].",
    ["Christmas Eve"],
)

F(
    "Haiti gangs overrun Mirebalais, thousands flee",
    "Armed gangs of the Viv Ansanm coalition seized the central town of Mirebalais after a prison break that freed [[some 530 inmates|other;a=the ministry of justice]], the ministry of justice said, prompting [[more than 5,900 people|displaced;a=the International Organization for Migration]] to flee in the following {{48 hours}}, according to the International Organization for Migration. "
    "The IOM said the number of internally displaced in Haiti had reached [[more than 1 million|displaced;a=The IOM]] for the first time, {{three times}} the level of a year earlier.",
    [],
)

F(
    "Somalia: al-Shabaab attack on beach hotel kills dozens",
    "Al-Shabaab gunmen and a suicide bomber attacked a hotel on Lido beach in Mogadishu late on {{Friday}}, killing [[at least 32 people|killed;a=police]] and wounding [[63 others|injured;a=police]] before security forces ended the siege early on {{Saturday}}, police said. "
    "Among the dead were [[seven attackers|killed;a=a police spokesman]], a police spokesman said, and [[about 30 guests|kidnapped;a=a police spokesman]] held inside were freed.",
)

F(
    "Yemen: fighting around Marib forces families to move again",
    "Renewed fighting on the edges of Marib has displaced [[some 4,200 families|displaced;a=the government-run Executive Unit for IDP Camps]], many for the second or third time, the government-run Executive Unit for IDP Camps said on {{Sunday}}, adding that [[12 camps|capacity;a=the government-run Executive Unit for IDP Camps]] in the governorate were now within range of artillery. "
    "[[Two children|killed;a=camp residents]] were killed when a shell hit a tent in the al-Jufainah camp, which hosts [[more than 10,000 families|displaced;a=camp residents]], camp residents said.",
    ["second", "third"],
)

F(
    "Burkina Faso: jihadists kill soldiers and volunteers near Djibo",
    "Militants linked to al-Qaeda killed [[around 50 soldiers|killed;a=security sources]] and [[dozens of army auxiliaries|killed;a=security sources]] in a pre-dawn assault on a military base outside Djibo on {{Sunday}}, security sources said, in one of the deadliest attacks on the army this year. "
    "The attackers, estimated at [[several hundred|combatants;a=a local official;n=-]] by a local official who spoke on condition of anonymity, also looted [[more than 20 vehicles|other;a=a local official]].",
)

F(
    "Myanmar air strike on monastery kills villagers sheltering inside",
    "A military air strike on a Buddhist monastery in Sagaing region where villagers had taken refuge killed [[at least 23 people|killed;a=a local resistance group]], including [[four children|killed;a=a local resistance group]], and wounded [[about 30|injured;a=a local resistance group]], a local resistance group said on {{Friday}}. "
    "[[Some 150 people|displaced;a=residents]] from nearby villages had been sleeping in the monastery compound since fighting reached the area in {{March}}, residents said.",
)

F(
    "South Sudan: clashes in Upper Nile push thousands into Ethiopia",
    "Clashes between the army and the White Army militia around Nasir have driven [[more than 10,000 people|displaced;a=the UN refugee agency]] across the border into Ethiopia's Gambella region since early {{March}}, the UN refugee agency said, while [[an estimated 50,000|displaced;a=the UN refugee agency]] have been displaced inside Upper Nile state. "
    "The agency said {{nearly 8 in 10}} of the new arrivals were women and children and that a transit centre at Burbiey, built for [[3,000 people|capacity;a=The agency;alt=the UN refugee agency]], was holding [[more than 6,500|displaced;a=The agency;alt=the UN refugee agency]].",
)

F(
    "Mexico: cartel battles empty mountain villages in Guerrero",
    "Gunfights between the Familia Michoacana and a rival cartel, which has used explosive-laden drones against communities in the Tierra Caliente region, have forced [[about 1,200 residents|displaced;a=the state government]] of [[nine villages|other;a=the state government]] to abandon their homes, the state government said on {{Wednesday}}, and [[more than 300|displaced;a=the state government]] are staying in a sports hall in Heliodoro Castillo. "
    "The army has sent [[500 additional soldiers|combatants;a=the defence ministry]] to the area, the defence ministry said.",
)

F(
    "Cameroon: separatist attack on village leaves 20 dead",
    "Armed men suspected of being anglophone separatists attacked the village of Mamfe Ayukaba in Cameroon's South-West region before dawn, killing [[20 people|killed;a=two local officials]], including a pregnant woman, and burning [[dozens of houses|housing;a=two local officials]], two local officials told AFP.",
)

F(
    "Libya: Tripoli militia fighting traps families in their homes",
    "[[Hundreds of families|civilians;a=the Libyan Red Crescent]] remained trapped in the Abu Salim district on {{Tuesday}} as fighting between rival armed groups entered its {{second day}}, the Libyan Red Crescent said, after its teams evacuated [[236 people|displaced;a=the Libyan Red Crescent]] and recovered [[nine bodies|killed;a=the Libyan Red Crescent]] overnight. "
    "The emergency medicine centre said it had recorded [[27 dead|killed;a=The emergency medicine centre]] and [[106 wounded|injured;a=The emergency medicine centre]] since fighting began.",
)

F(
    "Gaza: 'no safe place' as new evacuation orders cover Khan Younis",
    "The Israeli military's latest evacuation orders, covering about {{20%}} of the Gaza Strip, have forced [[some 250,000 people|displaced;a=the UN's humanitarian office]] to move again in less than a week, many of them for the fifth or sixth time, the UN's humanitarian office said on {{Thursday}}. "
    "The Hamas-run health ministry said [[at least 70 people|killed;a=The Hamas-run health ministry]] had been killed in strikes across the territory in the previous {{24 hours}}, bringing the total death toll since {{October 7}} to [[39,006|killed;a=The Hamas-run health ministry]].",
    ["fifth", "sixth"],
)

F(
    "Colombia: ELN offensive in Catatumbo displaces record numbers",
    "An offensive by the National Liberation Army against former FARC dissidents in the Catatumbo region has killed [[at least 80 people|killed;a=the ombudsman's office]] and displaced [[more than 48,000|displaced;a=the ombudsman's office]], the largest displacement recorded in Colombia in {{three decades}}, the ombudsman's office said on {{Monday}}. "
    "[[About 32 people|kidnapped;a=local authorities]], among them a social leader and his family, were abducted, and [[five signatories|killed;a=local authorities]] of the {{2016}} peace deal were killed, according to local authorities.",
    [],
)

F(
    "Ethiopia: drone strike on Amhara market kills civilians",
    "A drone strike on a busy market in the town of Finote Selam killed [[at least 30 civilians|killed;a=witnesses and a health worker]] and wounded [[more than 55|injured;a=witnesses and a health worker]], witnesses and a health worker told Reuters, in the latest attack blamed on government forces fighting Fano militias. "
    "The health worker said [[17 of the wounded|injured;n=wounded;a=The health worker]] were in critical condition.",
)

F(
    "Pakistan: militants storm train in Balochistan, hundreds of passengers held",
    "Separatist militants blew up a railway track and seized the Jaffar Express in a remote area of Balochistan on {{Tuesday}}, taking [[more than 400 passengers|kidnapped;a=railway officials]] hostage, railway officials said. "
    "By {{Wednesday}} evening security forces had freed [[346 hostages|kidnapped;a=the military]] and killed [[33 militants|killed;a=the military]], the military said, adding that [[21 passengers|killed;a=the military]] and [[four soldiers|killed;a=the military]] had died.",
)

F(
    "Niger: gunmen strike worshippers at Friday prayers",
    "Gunmen from the Islamic State Sahel Province surrounded a mosque in the village of Fambita in Tillaberi region during {{Friday}} prayers and opened fire, killing [[44 worshippers|killed;a=the interior ministry]] and wounding [[13|injured;a=the interior ministry]], the interior ministry said in a statement read on state television, which declared {{three days}} of national mourning.",
)

# ====================================================================== figures: OCHA / UNHCR / IOM DTM

F(
    "Flash Update: Escalation of hostilities in North Kivu",
    "HIGHLIGHTS. Since {{26 January}}, hostilities between the {{M23}} and the Congolese armed forces (FARDC) around Minova and Sake have displaced [[an estimated 178,000 people|displaced]]. "
    "Partners report that [[at least 65 civilians|killed;a=Partners]] have been killed and [[more than 400|injured;a=Partners]] injured, with health facilities in Goma receiving [[an average of 80 wounded patients a day|injured;n=patients;q=approx;a=Partners]]. "
    "Humanitarian access along the Goma-Sake road is suspended, leaving [[some 300,000 people|civilians]] in Masisi territory cut off from assistance. "
    "Humanitarian partners have distributed [[12,500 non-food item kits|aid;n=kits]] and are trucking water to [[five spontaneous sites|capacity;n=sites;u=other]] around Goma.",
    ["26 January"],
)

F(
    "UNHCR briefing note: new arrivals from Sudan in eastern Chad",
    "This is a summary of what was said by the UNHCR spokesperson at today's press briefing at the Palais des Nations in Geneva. "
    "UNHCR is alarmed by a sharp increase in arrivals in eastern Chad, where [[more than 20,000 Sudanese refugees|displaced;a=our teams;alt=UNHCR]] crossed the border in the past week alone, our teams report. "
    "Most are women and children who fled renewed attacks in El Fasher and surrounding villages, and many arrive with gunshot wounds: our partners referred [[212 injured refugees|injured]] to the hospital in Adré last week. "
    "Chad now hosts [[over 1.2 million refugees|displaced]], [[roughly 770,000|displaced]] of whom arrived since the war in Sudan began in {{April 2023}}. "
    "UNHCR is relocating new arrivals away from the border to [[four new camps|capacity]], which can accommodate [[up to 50,000 people each|capacity;n=people]]. "
    "The 2025 response plan is only {{14 per cent}} funded.",
    ["2025"],
)

F(
    "IOM DTM: Mobility tracking round 14, Ethiopia",
    "The Displacement Tracking Matrix identified [[3,282,094 internally displaced persons|displaced;a=The Displacement Tracking Matrix]] (IDPs) in [[2,746 sites|capacity;a=The Displacement Tracking Matrix]] across Ethiopia during round 14 of its site assessments. "
    "Conflict was the primary cause of displacement for [[2.2 million IDPs|displaced]], followed by drought, which displaced [[about 600,000|displaced]]. "
    "The DTM also recorded [[1,470,000 returning IDPs|returned;a=The DTM;alt=The Displacement Tracking Matrix]], mostly in Tigray and Amhara regions.",
    ["round 14"],
)

F(
    "OCHA: Sudan, Kordofan situation update",
    "Fighting in and around El Obeid has displaced [[about 17,000 people|displaced;a=the International Organization for Migration]] since {{5 June}}, according to the International Organization for Migration, while [[at least 46 civilians|killed;a=local sources]] were killed when shells hit a market and a displacement site in Kadugli, local sources report. "
    "[[An estimated 1.3 million people|civilians]] in South Kordofan are facing emergency levels of hunger. "
    "On {{9 June}}, a WFP convoy of [[15 trucks|aid]] carrying [[420 tonnes|aid;u=other]] of food reached Dilling for the first time in {{four months}}.",
    ["5 June", "9 June"],
)

F(
    "UNHCR: Myanmar refugees arrive in Bangladesh despite border closure",
    "UNHCR estimates that [[some 60,000 Rohingya refugees|displaced;a=UNHCR]] have arrived in Cox's Bazar since the start of the year, fleeing fighting between the Arakan Army and the Myanmar military in Rakhine State, joining the [[nearly one million|displaced;a=UNHCR;v=1000000]] already in the camps. "
    "The new arrivals are not registered, and [[about 11,000|displaced;a=camp authorities]] are staying with relatives in overcrowded shelters, camp authorities said. "
    "The agency has recorded [[at least 90 people|missing;a=The agency;alt=UNHCR]] missing after a boat carrying refugees sank in the Naf river in {{August}}.",
    ["August"],
)

F(
    "IOM: displacement in Haiti's Centre department",
    "Between {{27 March}} and {{3 April}}, DTM teams tracked the movement of [[51,913 people|displaced;a=DTM teams]] who fled violence in Mirebalais and Saut-d'Eau. "
    "Of these, [[25,634|displaced]] are staying in [[eleven spontaneous sites|capacity;u=other;n=sites]] in Hinche, and the rest with host families. "
    "According to local authorities, [[at least 2,000 households|displaced;a=local authorities]] lost all their belongings, and [[seven schools|capacity;a=local authorities]] are currently used as shelters.",
    ["27 March", "3 April"],
)

F(
    "OCHA Flash Update #3: Chiure attacks displace tens of thousands",
    "Non-state armed group attacks in Chiure district between {{8 and 14 February}} triggered the displacement of [[more than 67,000 people|displaced;a=the IOM]], about {{60 per cent}} of them children, according to the IOM. "
    "[[Two accommodation centres|capacity]] in Chiure Sede are hosting [[about 9,500 people|displaced]], {{three times}} their capacity. "
    "Insurgents burned [[at least 470 houses|housing;a=local sources]] and [[two health centres|housing;a=local sources]], and beheaded [[three men|killed;a=local sources]] in Mazeze, local sources said.",
    [],
)

F(
    "UNHCR: Lebanon arrivals in Syria pass 400,000",
    "Since {{23 September}}, [[more than 400,000 people|displaced;a=the Syrian authorities and UNHCR]] have crossed from Lebanon into Syria to escape Israeli air strikes, according to the Syrian authorities and UNHCR, {{around 60 per cent}} of them Syrians returning to their own country. "
    "UNHCR teams at the Jdaidet Yabous crossing are receiving [[up to 8,000 people a day|displaced;n=people;a=UNHCR teams]], UNHCR teams said, and have handed out [[22,000 blankets|aid]] and [[9,000 mattresses|aid]]. "
    "Inside Lebanon, [[some 190,000 people|displaced;a=the government]] are sheltering in [[973 collective shelters|capacity;a=the government]], most of them schools, the government said, [[over 800|capacity;u=structure;a=the government]] of which are already full.",
    ["23 September"],
)

F(
    "DTM Yemen rapid displacement tracking, weekly update",
    "From {{9 to 15 March}}, DTM Yemen tracked [[174 households|displaced;a=DTM Yemen]] ([[1,044 individuals|displaced;a=DTM Yemen]]) who experienced displacement at least once. "
    "The majority moved because of increased conflict in Al Hodeidah ([[61 households|displaced]]), Marib ([[44 households|displaced]]) and Taiz ([[38 households|displaced]]). "
    "Since the start of the year, DTM has tracked [[2,910 households|displaced;a=DTM]] displaced, and [[329 households|returned;a=DTM]] who returned to their area of origin.",
    ["9 to 15 March"],
)

F(
    "OCHA: Occupied West Bank humanitarian update",
    "Between {{21 January}} and {{4 February}}, Israeli forces killed [[38 Palestinians|killed;a=OCHA]] in the northern West Bank, including [[seven children|killed;a=OCHA]], during an operation focused on Jenin and Tulkarm refugee camps, according to OCHA. "
    "[[About 40,000 Palestinians|displaced]] have been displaced from the Jenin, Tulkarm and Nur Shams camps, the largest displacement in the West Bank since {{1967}}. "
    "In the same period, [[52 Palestinian-owned structures|housing]] were demolished, and settlers injured [[23 Palestinians|injured]] in a series of attacks.",
    [],
)

F(
    "Lake Chad Basin: UNHCR records new returns and new displacement",
    "In Borno State, [[some 36,000 refugees|returned;a=UNHCR]] have returned from Cameroon and Niger since January under a state government programme, UNHCR said, but the agency warned that many could not go back to their villages and ended up in camps in garrison towns. "
    "At the same time, attacks by ISWAP and Boko Haram displaced [[an estimated 12,400|displaced]] in Borno in the first quarter, and [[at least 180 civilians|kidnapped]] were abducted, mostly women collecting firewood. "
    "The government plans to close [[all 24 remaining camps|capacity;p;a=The government;n=camps]] in Maiduguri, home to [[roughly 200,000 IDPs|displaced;a=The government]], by the end of the year.",
    ["first quarter"],
)

F(
    "IOM: returns to Khartoum state accelerate",
    "The International Organization for Migration estimates that [[over 1 million people|returned;a=The International Organization for Migration]] have returned to their homes in Sudan since the army retook much of Gezira and Khartoum states, {{71 per cent}} of them to Gezira. "
    "Returnees find damaged homes, no electricity and looted hospitals; IOM teams assessed [[1,480 houses|housing;a=IOM teams]] in Bahri and found {{roughly half}} destroyed or badly damaged, IOM teams reported. "
    "[[Some 11.3 million people|displaced]] remain displaced inside Sudan.",
    [],
)

# ====================================================================== figures: sitrep bullets

F(
    "Sitrep: Tigray western zone, key figures",
    "KEY FIGURES\n"
    "- [[1,034,000 IDPs|displaced;a=IOM DTM]] in Tigray (IOM DTM)\n"
    "- [[About 70,000 returnees|returned;a=regional authorities]] since {{November}} (regional authorities)\n"
    "- [[186 schools|capacity;a=education bureau]] still occupied by displaced families (education bureau)\n"
    "- [[3.1 million people|civilians;a=HNO 2025]] in need of humanitarian assistance ({{HNO 2025}})\n"
    "- [[412 trucks|aid]] of food entered the region this month",
)

F(
    "Situation report: Kassala state, eastern Sudan",
    "Situation overview: Kassala continues to receive people fleeing fighting in Gezira and Sennar. "
    "New arrivals this week: [[4,610 people|displaced]] ([[922 households|displaced]]). "
    "Total IDPs in Kassala: [[approximately 260,000|displaced]], of whom [[some 38,000|displaced]] live in [[41 gathering points|capacity;u=structure;n=points]], mostly schools. "
    "Returns: [[about 1,200 people|returned]] went back to Wad Madani in {{the last ten days}}. "
    "Protection: [[14 unaccompanied children|other]] were identified and referred to case management.",
)

F(
    "Sitrep: Rakhine and Chin states, humanitarian snapshot",
    "Displacement: [[Over 580,000 people|displaced;a=UNHCR]] displaced in Rakhine and southern Chin since {{November 2023}} (UNHCR).\n"
    "Casualties: [[26 civilians|killed;a=local media]] killed and [[41 injured|injured;a=local media]] in air strikes on Kyauktaw and Mrauk-U townships this month (local media).\n"
    "Arrests: [[at least 60 men|arrested;a=community sources]] detained at checkpoints in Sittwe (community sources).\n"
    "Shelter: [[1,450 houses|housing;a=Shelter Cluster]] burned in Buthidaung town (Shelter Cluster).\n"
    "Aid: [[about 15,000 people|aid]] received rice and cooking oil in Pauktaw.",
    ["November 2023"],
)

F(
    "ReliefWeb: Burkina Faso, Djibo blockade brief",
    "* The population of Djibo, estimated at [[more than 300,000|civilians;n=-]], has been under blockade by armed groups since {{February 2022}}.\n"
    "* [[Three helicopter airlifts|aid;n=airlifts;u=other]] delivered [[18 tonnes|aid;u=other]] of medicines and food in {{May}}.\n"
    "* [[At least 11 people|killed;a=medical staff]] died of malnutrition in the town's hospital in {{April}}, according to medical staff.\n"
    "* [[62 schools|other]] in the commune remain closed.",
    ["February 2022", "May", "April"],
)

F(
    "Sitrep #22: Gaza, key figures from the health ministry and UNRWA",
    "- Killed since {{7 October 2023}}: [[48,405|killed;a=MoH Gaza]] (MoH Gaza)\n"
    "- Injured: [[111,835|injured;a=MoH Gaza]] (MoH Gaza)\n"
    "- Missing under rubble: [[an estimated 10,000|missing;a=Civil Defence]] (Civil Defence)\n"
    "- People sheltering in UNRWA facilities: [[about 145,000|displaced;a=UNRWA]] in [[96 installations|capacity;u=structure;a=UNRWA]] (UNRWA)\n"
    "- UNRWA staff killed: [[280|killed;a=UNRWA]] (UNRWA)",
    ["7 October 2023"],
)

F(
    "Sitrep: Lebanon south, displacement and returns after ceasefire",
    "Returns: Since the ceasefire took effect on {{27 November}}, [[over 870,000 people|returned;a=IOM]] have returned to their areas of origin in the south and Bekaa (IOM). "
    "Still displaced: [[roughly 120,000|displaced;a=IOM]] (IOM). [[Some 9,000|displaced]] of them are in [[45 collective shelters|capacity]]. "
    "Housing: [[99,209 housing units|housing;a=World Bank]] damaged or destroyed (World Bank estimate). "
    "Deaths: the health ministry puts the death toll of the war at [[4,047|killed;a=the health ministry]], with [[16,638|injured;a=the health ministry]] injured.",
    ["27 November"],
)

F(
    "Sitrep: Sahel region, Niger, Tillaberi incidents this week",
    "Incidents this week: [[five villages|other]] attacked in Ouallam department; [[17 civilians|killed]] killed; [[9 people|kidnapped]] abducted; [[about 400 head of cattle|other;n=cattle;u=other]] stolen. "
    "Movements: [[2,300 people|displaced]] arrived in Ouallam town, hosted by families; [[120 households|returned]] returned to Tingara after the army deployed [[about 150 soldiers|combatants]].",
)

# ====================================================================== figures: NGO press releases

F(
    "Press release: Save the Children warns of child deaths in Sudan's El Fasher",
    "FOR IMMEDIATE RELEASE. El Fasher, {{12 May}} – Save the Children said today that [[at least 34 children|killed;a=Save the Children]] have been killed in El Fasher since fighting intensified on {{10 May}}, and that [[more than 200|injured;a=Save the Children]] have been treated for blast and gunshot wounds at the hospitals it supports. "
    "\"Children are being killed in their homes and in the streets,\" said the organisation's country director, who estimated that [[some 800,000 civilians|civilians;a=the organisation's country director;alt=Save the Children]] remain trapped in the city. "
    "The charity is calling for safe passage for the [[about 120,000 people|displaced;a=The charity;alt=Save the Children]] it believes are stranded on the roads to Tawila. "
    "ENDS. For interviews, contact the media office on {{+44 20 7012 6400}}.",
    ["12 May", "10 May"],
)

F(
    "NRC: Burundi receives Congolese fleeing {{M23}} advance",
    "The Norwegian Refugee Council (NRC) said on {{Wednesday}} that [[more than 60,000 Congolese|displaced;a=The Norwegian Refugee Council]] had crossed into Burundi in {{two weeks}}, many by swimming across the Rusizi river, after {{M23}} rebels seized Bukavu. "
    "[[At least five people|killed;a=NRC staff]], including [[two toddlers|killed;a=NRC staff]], drowned during the crossing, NRC staff said. "
    "The Cishemere transit centre, meant for [[1,500 people|capacity]], is hosting [[14,000|displaced]], and NRC has distributed [[3,200 hygiene kits|aid]]. "
    '"This is a frantic exodus," said the organisation\'s regional director.',
)

F(
    "Amnesty International: mass arrests of protesters in Kenya",
    "Amnesty International Kenya said on {{Thursday}} that police had arrested [[more than 1,200 protesters|arrested;a=Amnesty International Kenya]] during the week of anti-government demonstrations, and that [[at least 39 people|killed;a=Amnesty International Kenya]] had been killed, most by police gunfire. "
    "The rights group also documented [[32 cases|missing;u=person;a=The rights group;alt=Amnesty International Kenya]] of enforced disappearance of activists and the abduction of [[14 young people|kidnapped;a=The rights group;alt=Amnesty International Kenya]] by men in plain clothes, of whom [[six|kidnapped;a=The rights group;alt=Amnesty International Kenya]] have since been released.",
)

F(
    "MSF: surgical teams overwhelmed after attack on Port-au-Prince neighbourhood",
    "Médecins Sans Frontières teams at the Tabarre hospital received [[46 wounded people|injured;a=the organisation;alt=Médecins Sans Frontières]], including [[12 women|injured;a=the organisation;alt=Médecins Sans Frontières]], in less than six hours after a gang attack on the Carrefour-Feuille neighbourhood on {{Sunday}}, the organisation said. "
    "The gang attack, the latest by the Viv Ansanm coalition, left [[at least 70 people|killed;a=the UN]] dead and forced [[thousands of residents|displaced;a=the UN]] to flee towards Delmas, according to the UN. "
    "MSF said [[two of its patients|killed;a=MSF]] died of their injuries and that it had run out of blood for transfusions.",
    ["less than six hours"],
)

# ====================================================================== figures: translated local news

F(
    "Ouagadougou daily: displaced families settle on the outskirts of Kaya",
    "(Translated from French) The number of internally displaced persons in the commune of Kaya has reached [[more than 150,000|displaced;a=the regional directorate of social action]], according to the regional directorate of social action, which registered [[2,863 new households|displaced;a=the regional directorate of social action]] last month alone. "
    "The mayor indicated that [[some 40 classrooms|capacity;a=The mayor]] have been lent to displaced families and that the municipality has received [[1,200 tarpaulins|aid;a=The mayor]] from the government. "
    "In the Bollé sector, where [[nearly 3,000 people|displaced]] live under tents, residents say they have not received food for {{six weeks}}.",
    [],
)

F(
    "Kyiv regional news: evacuation from Pokrovsk district continues",
    "(Translated from Ukrainian) In the past day, police and volunteers evacuated [[412 people|displaced;a=the regional military administration]] from the Pokrovsk district, among them [[57 children|displaced;a=the regional military administration]], the regional military administration reported on {{Telegram}}. "
    "According to the administration, [[about 7,300 residents|civilians;a=the administration;alt=the regional military administration]] remain in Pokrovsk itself, including [[around 40 children|civilians;a=the administration;alt=the regional military administration]]. "
    "As a result of shelling over the past day, [[two people|killed;a=the head of the administration, Vadym Filashkin]] were killed and [[eleven|injured;a=the head of the administration, Vadym Filashkin]] were wounded, and [[14 private houses|housing;a=the head of the administration, Vadym Filashkin]] were damaged, said the head of the administration, Vadym Filashkin.",
    ["Telegram", "the past day"],
)

F(
    "Gao regional radio: families return to Ansongo villages",
    "(Translated from French) [[About 600 families|returned;a=the prefect of Ansongo]] who had fled to Gao last year because of attacks by armed groups have returned to their villages in the commune of Bara, the prefect of Ansongo announced on {{Monday}}. "
    "He said that a detachment of [[80 soldiers|combatants;a=He;alt=the prefect of Ansongo]] had been deployed to secure the area and that [[12 wells|other;a=He;alt=the prefect of Ansongo]] had been rehabilitated with the support of partners.",
    [],
)

F(
    "Mogadishu radio: al-Shabaab attack near Balcad displaces farmers",
    "(Translated from Somali) District commissioner Ahmed Hassan told Radio Mogadishu that [[more than 2,500 families|displaced;a=District commissioner Ahmed Hassan]] have fled villages near Balcad after al-Shabaab fighters attacked army positions and seized [[four villages|other;a=District commissioner Ahmed Hassan]]. "
    "He said [[nine soldiers|killed;a=He;alt=District commissioner Ahmed Hassan]] and an unknown number of militants were killed.",
    [],
)

F(
    "Kabul daily: deported Afghans arrive at Torkham",
    "(Translated from Dari) [[More than 3,400 Afghan migrants|returned;a=the Taliban's refugee ministry]] were deported from Pakistan through the Torkham crossing on {{Saturday}}, the Taliban's refugee ministry said, bringing the number returned since the start of the year to [[about 145,000|returned;a=the Taliban's refugee ministry]]. "
    "Officials at the crossing said among the arrivals were [[700 families|returned;a=Officials at the crossing]] who had lived in Pakistan for decades.",
    [],
)

F(
    "Manipur paper: relief camps still full two years on",
    "(Translated from Meitei) [[Over 57,000 people|displaced;a=the state relief department]] are still living in [[283 relief camps|capacity;a=the state relief department]] across the valley and hill districts, the state relief department said, {{two years}} after ethnic clashes broke out. "
    "Of the [[4,786 houses|housing]] burned in the violence, [[only 1,008|housing;u=structure]] have been rebuilt under the government's housing scheme.",
    [],
)

F(
    "Goma radio: bodies recovered after {{M23}} capture of city",
    "(Translated from French) Red Cross volunteers in Goma have buried [[more than 2,000 bodies|killed;a=the provincial health division]] since the city fell to the {{M23}}, and [[some 900 others|killed;a=the provincial health division]] remain in morgues, the provincial health division said. "
    "The division counted [[2,880 wounded|injured;a=The division;alt=the provincial health division]] in city hospitals.",
    [],
)

# ====================================================================== figures: live blogs

F(
    "Live: Sudan war updates",
    "{{14:05 GMT}} – The Sudanese army says it has retaken the town of Singa, and that [[dozens of RSF fighters|killed;a=The Sudanese army]] were killed. We have not been able to verify the claim. "
    "{{13:40 GMT}} – Sudan Doctors Network says [[at least 18 people|killed;a=Sudan Doctors Network]] were killed when a drone hit a displacement shelter in Kosti. "
    "{{12:15 GMT}} – WFP says its first convoy in months has reached Kadugli. "
    "{{11:02 GMT}} – UNHCR says [[as many as 3,000 people a day|displaced;n=people;a=UNHCR]] are crossing into South Sudan at Renk.",
)

F(
    "Live blog: Protests in Nairobi, day three",
    "{{4:32 p.m.}}: Police have arrested [[at least 270 people|arrested;a=the interior minister]] across the country, the interior minister says. "
    "{{3:55 p.m.}}: The Kenya National Commission on Human Rights says it has recorded [[22 deaths|killed;a=The Kenya National Commission on Human Rights]] since {{Tuesday}}, and [[more than 300 injured|injured;a=The Kenya National Commission on Human Rights]]. "
    "{{2:10 p.m.}}: A {{19-year-old}} student was shot in the leg near Kencom, witnesses say. "
    "{{1:00 p.m.}}: Police fire tear gas at [[several hundred protesters|other;n=protesters]] on Moi Avenue.",
    [],
)

F(
    "Live updates: Israel-Iran strikes",
    "{{08:12}} Iran's health ministry says [[224 people|killed;a=Iran's health ministry]] have been killed in Israeli strikes since {{Friday}}, {{90 percent}} of them civilians, and [[1,277|injured;a=Iran's health ministry]] hospitalised. "
    "{{07:50}} Israel's emergency service says [[24 people|killed;a=Israel's emergency service]] have been killed by Iranian missiles and [[592|injured;a=Israel's emergency service]] wounded since {{Friday}}. "
    "{{07:15}} Long queues at petrol stations in Tehran as [[hundreds of thousands of residents|displaced]] leave the capital for the Caspian coast.",
)

F(
    "As it happened: attack on Moscow concert hall",
    "{{23:40}}: The Investigative Committee says the death toll has risen to [[115|killed;a=The Investigative Committee]], with bodies still being recovered from the rubble. "
    "{{22:15}}: The FSB says it has detained [[11 people|arrested;a=The FSB]], [[four of them|arrested;n=-;a=The FSB]] directly involved in the attack. "
    "{{21:30}}: The health ministry says [[more than 140 people|injured;a=The health ministry]] are in hospital, [[60|injured;a=The health ministry]] of them in a serious condition. "
    "{{20:55}}: Islamic State has claimed responsibility via its Amaq channel.",
)

F(
    "Live: Myanmar earthquake and conflict",
    "{{09:30}} – The junta announces a temporary ceasefire in quake-hit areas; the National Unity Government says the military carried out air strikes in Sagaing after the quake. "
    "{{08:45}} – Resistance forces say they have released [[63 prisoners of war|other;n=prisoners of war;a=Resistance forces]] to allow relief work in Sagaing.",
)

F(
    "Live: Gaza ceasefire, hostage releases",
    "{{16:20}} – The ICRC confirms it has received [[three hostages|kidnapped;a=The ICRC]] in Khan Younis and is transferring them to Israeli forces. "
    "{{15:05}} – Israel's prison service says it has released [[183 Palestinian prisoners|other;a=Israel's prison service]] under the exchange. "
    "{{14:30}} – The Hamas-run civil defence says [[42 bodies|killed;a=The Hamas-run civil defence]] have been recovered from rubble in Rafah since the truce began, and [[some 11,000 people|missing;a=The Hamas-run civil defence]] are still missing. "
    "{{13:10}} – UN: [[630 aid trucks|aid;a=UN]] entered Gaza on {{Sunday}}, the most in a single day since the war began.",
)

# ====================================================================== figures: headline-led items

F(
    "Clashes leave 12 dead in Abyei",
    "Clashes leave [[12 dead|killed]], [[3,000 displaced|displaced]] in Abyei. Armed youths from Twic county attacked the village of Nyinkuac on {{Saturday}}, killing [[12 people|killed;a=the Abyei administration]], among them a UN peacekeeper, the Abyei administration said. "
    "[[About 3,000 residents|displaced;a=the UN mission]] have fled to the UNISFA base at Agok, the UN mission said.",
    [],
)

F(
    "Afghanistan: deported from Iran, families stranded at Islam Qala",
    "Deported from Iran, stranded at Islam Qala: [[over 20,000 Afghans a week|returned;n=Afghans;a=IOM]], says IOM. "
    "The International Organization for Migration says [[more than 1.2m people|returned;a=The International Organization for Migration]] have returned or been deported from Iran and Pakistan this year, [[about 500,000|returned;a=The International Organization for Migration]] of them in June and July alone.",
    [],
)

F(
    "Borno: ISWAP fighters abduct farmers",
    "ISWAP abducts [[40 farmers|kidnapped]] near Dikwa, frees [[eleven|kidnapped]]. Jihadist fighters on motorbikes seized [[some 40 farmers|kidnapped;a=a local militia leader]] working their fields outside Dikwa on {{Wednesday}} and released [[eleven of them|kidnapped;n=-;a=a local militia leader]], mostly elderly men, a day later, a local militia leader told Reuters. "
    "The army said it had deployed [[about 300 soldiers|combatants;a=The army]] to search for the rest.",
    [],
)

F(
    "Mali: 'Hundreds' missing after boat attack on Niger river",
    "[[Hundreds|missing]] missing after attack on Niger river boat. Jihadists fired rockets at a passenger boat on the Niger river near Bamba, killing [[at least 49 civilians|killed;a=the transitional government]] and [[15 soldiers|killed;a=the transitional government]], the transitional government said. "
    "Relatives say [[several hundred passengers|missing;a=Relatives]] are unaccounted for, and the boat, licensed for [[about 300 people|capacity]], was carrying [[more than 700|other;n=-]].",
    [],
)

# ====================================================================== figures: more wire copy

F(
    "Iran: rights groups count thousands of arrests after protests",
    "Iranian security forces have detained [[an estimated 19,000 people|arrested;a=the Oslo-based group Iran Human Rights]] since the protests over the death of Mahsa Amini began in {{September}}, the Oslo-based group Iran Human Rights said, and [[at least two protesters|killed;a=the Oslo-based group Iran Human Rights]] have been executed. "
    "The judiciary said [[more than 1,000 people|arrested;a=The judiciary]] had been charged in Tehran province alone.",
)

F(
    "Georgia: police detain hundreds in Tbilisi protests",
    "Riot police used water cannon and tear gas to disperse [[tens of thousands of demonstrators|other;n=demonstrators]] outside parliament in Tbilisi overnight and detained [[more than 400 people|arrested;a=the interior ministry]], the interior ministry said, adding that [[27 police officers|injured;a=the interior ministry]] had been hurt. "
    "The Public Defender's office said [[about 80 detainees|injured;a=The Public Defender's office]] showed signs of beatings.",
)

F(
    "Bangladesh: curfew after deadly clashes, thousands arrested",
    "Police in Bangladesh have arrested [[nearly 10,000 people|arrested;a=police officials]] in a nationwide crackdown after violent protests over job quotas, police officials told AFP on {{Sunday}}, as the death toll from the unrest rose to [[at least 174|killed;a=police officials]]. "
    "In Dhaka, [[about 2,500|arrested;a=Dhaka Metropolitan Police]] were detained, most of them students, according to Dhaka Metropolitan Police.",
)

F(
    "Venezuela: NGO says post-election detentions pass 1,500",
    "The rights group Foro Penal said on {{Tuesday}} that [[1,581 political prisoners|arrested;a=The rights group Foro Penal]] were being held in Venezuela after the disputed presidential election, including [[114 teenagers|arrested;a=The rights group Foro Penal]], the highest number it has recorded. "
    "The attorney general had said earlier that [[2,229 people|arrested;a=The attorney general]] were detained in the protests that followed the vote, in which [[25 people|killed;a=The attorney general]] died.",
)

F(
    "Sri Lanka: families of the missing mark 3,000 days of protest",
    "Mothers of people who disappeared during Sri Lanka's civil war marked their {{3,000th day}} of protest in Kilinochchi on {{Sunday}}. "
    "The Office on Missing Persons says it has received [[more than 14,900 complaints|missing;u=person;n=complaints;a=The Office on Missing Persons]] of disappearances, most from the Northern and Eastern provinces, but has traced [[only 16 people|missing;a=The Office on Missing Persons]].",
    [],
)

F(
    "Mexico: search collectives find remains at Jalisco ranch",
    "A collective of mothers searching for missing relatives found [[more than 200 pairs of shoes|other;n=pairs;u=other]] and human remains at a ranch in Teuchitlán that prosecutors believe was a cartel training camp. "
    "Jalisco has [[over 15,000 missing persons|missing;a=the national registry]] on the national registry, the most of any state, according to the national registry.",
    [],
)

F(
    "Ukraine: families of missing soldiers press for answers",
    "Ukraine's commissioner for missing persons said on {{Thursday}} that [[more than 63,000 people|missing;a=Ukraine's commissioner for missing persons]], soldiers and civilians, are officially listed as missing in connection with the war, and that [[about 2,000|missing;a=Ukraine's commissioner for missing persons]] of them are children. "
    "Under the latest exchange, Russia handed over [[757 bodies|killed]] and Ukraine returned [[34|killed]].",
    [],
)

F(
    "Nigeria: gunmen kidnap schoolchildren in Kaduna",
    "Gunmen on motorcycles stormed a school in Kuriga, Kaduna state, on {{Thursday}} morning and abducted [[287 pupils|kidnapped;a=a teacher at the school]], a teacher at the school said, in the largest mass kidnapping in Nigeria in years. "
    "The state governor put the number at [[about 280|kidnapped;a=The state governor]] and said [[one teacher|kidnapped;a=The state governor]] was also taken. "
    "Police said [[25 pupils|kidnapped;a=Police]] escaped on the way into the forest.",
    [],
)

F(
    "Haiti: gang frees kidnapped missionaries",
    "A gang that abducted [[17 missionaries|kidnapped;a=the Christian Aid Ministries group]], including [[16 Americans|kidnapped;a=the Christian Aid Ministries group]], in {{October}} has released [[the last 12|kidnapped;a=the Christian Aid Ministries group]], the Christian Aid Ministries group said. "
    "[[Two other hostages|kidnapped]] were freed in {{November}} and [[three|kidnapped]] in {{December}}.",
    [],
)

F(
    "Kenya-led force in Haiti gets more troops",
    "A further [[200 Kenyan police officers|combatants]] landed in Port-au-Prince on {{Saturday}}, bringing the Kenyan contingent of the Multinational Security Support mission to [[about 600|combatants]]. "
    "The mission, authorised for [[2,500 personnel|combatants;p;a=a spokesman]], is expected to receive [[150 Guatemalan soldiers|combatants;p;a=a spokesman]] next month, a spokesman said. "
    "Haitian police estimate the gangs have [[as many as 12,000 members|combatants;a=Haitian police]].",
    [],
)

F(
    "Sahel: Russian mercenaries and army reinforce Kidal",
    "Mali's army and [[some 1,000 Wagner fighters|combatants;a=diplomatic sources]] are massed around Kidal, diplomatic sources said, facing [[an estimated 3,000 to 5,000 Tuareg rebels|combatants;a=diplomatic sources]] of the Strategic Framework. "
    "The UN mission, which had [[more than 12,000 peacekeepers|combatants]] in Mali at its peak, withdrew from its last base in the region in {{October}}.",
    [],
)

F(
    "DR Congo: Burundi sends more soldiers to South Kivu",
    "Burundi has deployed [[between 8,000 and 10,000 soldiers|combatants;a=a UN experts' report]] in South Kivu to fight alongside the Congolese army against the {{M23}}, according to a UN experts' report, which also estimated that [[3,000 to 4,000 Rwandan troops|combatants;a=a UN experts' report]] were operating with the rebels in North Kivu. "
    "The report said the {{M23}} had recruited [[hundreds of children|combatants;a=The report]], {{some as young as 12}}.",
    [],
)

F(
    "Ukraine: North Korean troops at the front, Kyiv says",
    "Ukraine's military intelligence said on {{Wednesday}} that [[around 11,000 North Korean soldiers|combatants;a=Ukraine's military intelligence]] were deployed in Russia's Kursk region and that [[several hundred|killed;a=Ukraine's military intelligence]] had been killed in their first clashes with Ukrainian forces. "
    "Seoul's spy agency put the number of North Korean dead at [[about 300|killed;a=Seoul's spy agency]] and the wounded at [[2,700|injured;a=Seoul's spy agency]].",
    [],
)
F(
    "WFP reaches besieged Sudanese city with first food in months",
    "A World Food Programme convoy of [[28 trucks|aid;a=the agency;alt=World Food Programme]] carrying food and nutrition supplies for [[about 70,000 people|aid;a=the agency;alt=World Food Programme]] reached Kadugli in South Kordofan on {{Monday}}, the agency said, the first to get through since the city was encircled by the SPLM-N and the RSF. "
    "WFP plans to reach [[1.5 million people|aid;p;a=WFP]] in Kordofan by the end of the year, but says {{only 40 per cent}} of its appeal is funded.",
)

F(
    "Yemen: aid agencies scale back in Houthi areas",
    "The UN has suspended food distributions to [[some 9.5 million people|aid;a=the organisation;alt=The UN]] in Houthi-held northern Yemen after the detention of [[at least 13 UN staff members|arrested;a=the organisation;alt=The UN]], the organisation said. "
    "Before the suspension, WFP had been delivering rations to [[about 1.4 million households|aid]] a month.",
)

F(
    "Gaza: airdrops and sea corridor",
    "Jordanian and US planes dropped [[38,000 meals|aid;a=the UN]] over northern Gaza on {{Saturday}}, where [[about 300,000 people|civilians;a=the UN]] remain and famine is imminent, according to the UN. "
    "A ship carrying [[200 tonnes|aid;u=other]] of food left Cyprus on {{Tuesday}}; a second ship with enough food for [[2 million meals|aid;p]] is being loaded.",
)

F(
    "Ukraine: winter aid for front-line communities",
    "UNHCR said it would distribute solid fuel to [[40,000 households|aid;p;a=UNHCR]] in front-line areas of Kharkiv, Donetsk and Zaporizhzhia before the winter. "
    "Last winter, the agency provided cash for heating to [[more than 300,000 people|aid;a=the agency;alt=UNHCR]] and repaired [[12,000 homes|housing;a=the agency;alt=UNHCR]], the agency said.",
)

# ====================================================================== figures: displacement in many words

F(
    "Sudan: one in three residents has left Sennar",
    "{{One in three}} residents of Sennar has left the city since the RSF reached its outskirts, local officials estimate, and [[roughly 60,000|displaced;a=local officials]] have sought refuge in Gedaref. "
    "The displacement of [[a further 20,000 residents|displaced;a=IOM teams]] from Singa was recorded by IOM teams in {{the first week of July}}.",
    [],
)

F(
    "Armenia registers refugees from Nagorno-Karabakh",
    "Armenia's government said [[100,617 people|displaced;a=Armenia's government]] had arrived from Nagorno-Karabakh by {{Saturday}} evening, out of a population it put at [[about 120,000|civilians;a=Armenia's government]] before Azerbaijan's offensive. "
    "[[More than 21,000 vehicles|other;a=officials]] crossed the Hakari bridge, officials said, and [[some 2,800 evacuees|displaced;a=officials]] were being housed in hotels in Goris.",
    [],
)

F(
    "Syria: thousands uprooted as fighting flares in Tishreen dam area",
    "Fighting between Turkish-backed factions and the SDF near the Tishreen dam has uprooted [[some 25,000 people|displaced;a=local authorities]] from villages along the Euphrates, local authorities said, many of whom are now living in [[three informal camps|capacity]] near Raqqa. "
    "The Kurdish-led administration said it had evacuated [[the remaining 1,100 residents|displaced;a=The Kurdish-led administration]] of Deir Hafer.",
    [],
)

F(
    "Lebanon: Syrians cross back as Israeli strikes pound the south",
    "Syrian refugees who had lived in Lebanon for a decade are among [[the tens of thousands|displaced;n=-]] crossing the Masnaa border post each day. "
    "Lebanon's disaster risk management unit said [[1.2 million people|displaced;a=Lebanon's disaster risk management unit]] had been forced from their homes by the escalation, and that [[over 1,000 shelters|capacity;a=Lebanon's disaster risk management unit]] had been opened, [[877|capacity;u=structure;a=Lebanon's disaster risk management unit]] of them already at capacity.",
    ["a decade"],
)

F(
    "Ethiopia: Amhara clashes drive families into Debre Birhan camps",
    "[[An estimated 6,500 households|displaced;a=the local administration]] have been forced from their homes by clashes between the army and Fano fighters in North Shewa, and {{about half}} are living in makeshift camps in Debre Birhan, the local administration said.",
    [],
)

F(
    "Chad: new arrivals stranded at Adré crossing",
    "At the Adré crossing, [[some 7,000 refugees|displaced;a=aid workers]] were stranded at the border on {{Sunday}} waiting to be registered, and aid workers said [[fewer than 500|displaced;a=aid workers]] had been moved to camps. "
    "The Farchana camp, designed for [[35,000|capacity;n=-]], now shelters [[more than 80,000|displaced]].",
    [],
)

F(
    "Poland: new asylum claims from Belarus border",
    "Poland's border guard said [[1,450 asylum seekers|displaced;n=asylum seekers;a=Poland's border guard]] had applied for protection in {{October}}, most of them people from Afghanistan, Syria and Eritrea fleeing war, and that [[about 200|other;n=-;a=Poland's border guard]] had been pushed back to Belarus. "
    "Rights groups say [[at least 130 people|killed;a=Rights groups]] have died along the border since {{2021}}.",
    [],
)

F(
    "Moldova: Ukrainian refugees staying on",
    "Moldova, a country of [[2.5 million people|civilians]], hosts [[about 120,000 Ukrainian refugees|displaced;a=UNHCR]], according to UNHCR, and [[more than 1 million|displaced;a=UNHCR]] have transited through the country since {{February 2022}}. "
    "[[Only 3,400|displaced]] still live in refugee accommodation centres; the government has closed [[42|capacity;u=structure]] of the [[55 centres|capacity]] it opened in the first weeks of the war.",
    [],
)

F(
    "Mozambique: displaced families go home to Mocimboa da Praia",
    "Returnees to Mocimboa da Praia now number [[about 98,000|returned;a=the district administrator]], the district administrator said, as [[2,500 Rwandan troops|combatants;a=the district administrator]] secure the town. "
    "But the district still counts [[11,400 displaced families|displaced]] in [[19 resettlement sites|capacity;u=other;n=sites]], and [[over 3,000 houses|housing]] need to be rebuilt.",
    [],
)

F(
    "Ukraine: evacuees from Kupiansk arrive in Kharkiv",
    "[[Some 30 evacuees|displaced]] arrive every day at the transit centre in Kharkiv, many elderly. "
    "The authorities ordered the mandatory evacuation of [[12,000 people|displaced;p;a=officials]], including [[2,000 children|displaced;p;a=officials]], from Kupiansk district in {{August}}; [[about 1,800|civilians;a=officials]] refused to leave and [[roughly 40 families|civilians;a=officials]] with children remain, officials told Reuters.",
    [],
)

F(
    "Egypt: Sudanese arrivals pass a million, ministry says",
    "Egypt has received [[more than 1.2 million Sudanese|displaced;a=the Egyptian foreign ministry]] since {{April 2023}}, the Egyptian foreign ministry said, though UNHCR has registered [[only about 600,000 refugees and asylum seekers|displaced;n=refugees and asylum seekers;a=UNHCR]] from Sudan. "
    "Since January, [[about 150,000 Sudanese|returned]] have gone back to Khartoum and Gezira.",
    [],
)

F(
    "Burkina Faso: Djibo residents walk to Ouahigouya",
    "[[About 200 families|displaced]] walked for {{four days}} from Djibo to reach Ouahigouya, where they were registered by social services. "
    "Burkina Faso stopped publishing displacement figures in {{March 2023}}, when [[2.06 million IDPs|displaced]] were registered.",
    [],
)

F(
    "Colombia: Venezuelans and Colombians flee Tibú",
    "In Tibú, [[about 4,700 people|displaced]] crammed into the sports stadium and [[12 schools|capacity]] after the ELN offensive, and the army flew [[some 300 people|displaced]] to Cúcuta in military helicopters. "
    "The Colombian Institute of Family Welfare said [[at least 60 children|other;a=The Colombian Institute of Family Welfare]] were separated from their families.",
    [],
)

F(
    "Somalia: Baidoa camps swell",
    "Baidoa hosts [[more than 800,000 internally displaced people|displaced;a=the Camp Coordination cluster]] in [[over 600 sites|capacity;u=other;n=sites;a=the Camp Coordination cluster]], according to the Camp Coordination cluster, many of whom fled fighting between al-Shabaab and government forces as well as drought. "
    "New arrivals in {{May}}: [[2,340 households|displaced]].",
    [],
)

F(
    "DR Congo: displaced camps around Goma emptied",
    "The {{M23}} ordered the closure of displacement camps around Goma, and [[at least 110,000 people|displaced;a=the UN refugee agency]] who had lived in them were forced to leave within {{72 hours}}, the UN refugee agency said, calling the move a violation of international law. "
    "[[Several thousand|returned]] have gone back to villages in Masisi and Rutshuru, where many found their houses occupied or destroyed.",
    [],
)

F(
    "Ecuador: Colombians seek asylum after border fighting",
    "Ecuador's foreign ministry registered [[1,320 Colombians|displaced;a=Ecuador's foreign ministry]] seeking asylum in Sucumbíos in {{January}}, almost triple the monthly average, as armed groups fought over coca routes on the Colombian side. "
    "[[Between 200 and 300 people|displaced]] are sleeping in the municipal coliseum of Lago Agrio.",
    ["almost triple"],
)

F(
    "Gaza: displaced families move to al-Mawasi",
    "Families carrying mattresses on donkey carts streamed into al-Mawasi on {{Monday}}. "
    "[[Up to 1.9 million people|displaced;a=UNRWA]], or {{nine in ten}} Gazans, have been displaced at least once, UNRWA estimates, and [[as many as 1 million|displaced;a=the UN]] are now crowded into the coastal strip, according to the UN, with {{one toilet for every 850 people}}.",
    [],
)

F(
    "Feature: the long road from Jenin camp",
    "Umm Ahmad has moved four times since the army bulldozers came. She first went to her sister's flat in Jenin city, then to a mosque, then to a school run by UNRWA, and finally to a rented room in Burqin that she shares with her three sons and their wives. "
    "Her story is repeated across the northern West Bank. "
    '"We thought it would be a few days," she said. "It has been five months." '
    "The UN says [[some 40,000 Palestinians|displaced;a=The UN]] have been forced out of the Jenin, Tulkarm and Nur Shams camps since {{January}}, the largest displacement in the territory in decades, and that Israeli forces have demolished [[more than 460 buildings|housing;a=The UN]] inside them. "
    "[[Fewer than 100 families|civilians]] are thought to remain in Jenin camp.",
    ["four times", "three sons", "a few days", "five months"],
)

F(
    "Feature: a Sudanese doctor counts the dead in El Fasher",
    "Dr. Adam Ibrahim keeps a notebook in the pocket of his scrubs. In it, in neat blue columns, are the names he can remember. "
    "He began writing them down in {{May 2024}}, when the siege began, and he stopped trying to keep up some time in the autumn. "
    "The Saudi hospital where he works has been shelled {{more than 10 times}}. "
    "By the time the RSF took the city, the Sudan Doctors Network estimated that [[at least 1,500 people|killed;a=the Sudan Doctors Network]] had been killed in the final assault alone, and [[some 260,000 civilians|civilians;a=the Sudan Doctors Network]] had been trapped inside. "
    "He estimates that he has treated [[about 4,000 wounded|injured;a=Dr. Adam Ibrahim]].",
    ["May 2024"],
)

F(
    "Feature: back in Bucha's streets, rebuilding block by block",
    "The builders start at seven, before the heat. On Vokzalna street, where the Russian armoured column was destroyed in {{2022}}, new roofs shine between the lime trees. "
    "The town council says [[more than 1,700 residential buildings|housing;a=The town council]] were damaged during the occupation, and [[about 1,100|housing;u=structure;a=The town council]] have since been repaired. "
    "[[Some 31,000 residents|returned;a=the mayor]] have come back, out of [[37,000|civilians;n=-;a=the mayor]] before the invasion, the mayor says.",
    ["seven"],
)

F(
    "Feature: Rohingya camp life after the fire",
    "The fire tore through {{Camp 11}} in an afternoon. Mohammed Salim, {{42}}, carried his mother out on his back. "
    "Bangladesh's refugee commissioner said [[about 2,000 shelters|housing;a=Bangladesh's refugee commissioner]] were destroyed and [[12,000 people|displaced;a=Bangladesh's refugee commissioner]] left homeless, but that no one was killed.",
    [],
)

# ====================================================================== figures: short items

F(
    "Turkey: police detain journalists and students after Istanbul rallies",
    "Turkish police detained [[1,133 people|arrested;a=the interior minister]] during five days of protests over the arrest of Istanbul's mayor, the interior minister said, and courts ordered [[172|arrested;a=the interior minister]] held in pre-trial detention. "
    "[[At least seven journalists|arrested]] were among those taken into custody.",
    ["five days"],
)

F(
    "Pakistan: thousands held after PTI march on Islamabad",
    "Police arrested [[nearly 1,000 supporters|arrested;a=Islamabad police]] of the jailed former prime minister Imran Khan after a march on Islamabad, Islamabad police said, while the party said [[at least 12 of its workers|killed;a=the party]] had been shot dead by security forces. "
    "The government said [[four paramilitary soldiers|killed;a=The government]] were killed when a vehicle ran into them.",
    [],
)

F(
    "Russia: hundreds detained at Navalny memorials",
    "Police in Russian cities detained [[more than 400 people|arrested;a=the rights group OVD-Info]] who laid flowers in memory of Alexei Navalny, according to the rights group OVD-Info. "
    "In St Petersburg alone, [[some 200|arrested]] were held.",
    [],
)

F(
    "Egypt: rights group says 3,000 held in crackdown",
    "The Egyptian Initiative for Personal Rights said security forces had arrested [[about 3,000 people|arrested;a=The Egyptian Initiative for Personal Rights]] in {{two weeks}} after rare street protests, many of them picked up at random.",
    [],
)

F(
    "Syria: mass graves found near Damascus",
    "Syria's new authorities said they had found a mass grave near Qutayfah, where a rights group believes [[at least 100,000 people|killed;a=a rights group]] killed under Assad were buried. "
    "The Syrian Network for Human Rights says [[more than 112,000 people|missing;a=The Syrian Network for Human Rights]] remain missing, most of them forcibly disappeared in government prisons.",
    [],
)

F(
    "Mexico: 43 students still missing a decade on",
    "Ten years after [[43 students|missing]] from the Ayotzinapa teachers' college disappeared in Iguala, the remains of [[only three|killed]] have been identified. "
    "Prosecutors have charged [[more than 120 people|arrested;a=Prosecutors]], including [[16 soldiers|arrested;a=Prosecutors]], prosecutors said.",
    ["Ten years"],
)

F(
    "Iraq: Yazidis still missing after IS captivity",
    "Of the [[6,417 Yazidis|kidnapped;a=the office for Yazidi survivors in Duhok]] abducted by Islamic State in {{2014}}, [[3,576|kidnapped;a=the office for Yazidi survivors in Duhok]] have been rescued and [[about 2,600|missing;a=the office for Yazidi survivors in Duhok]] are still missing, according to the office for Yazidi survivors in Duhok.",
    [],
)

F(
    "Nepal: families of the disappeared wait",
    "The Commission of Investigation on Enforced Disappeared Persons has received [[3,223 complaints|missing;u=person]] from the decade-long civil war and has yet to resolve a single one.",
    [],
)

F(
    "Sudan: RSF recruits in Darfur camps",
    "The RSF has recruited [[thousands of young men|combatants;a=residents]] from camps in South Darfur in recent months, often with promises of pay, residents say. "
    "A UN panel of experts estimated the group's strength at [[up to 100,000 fighters|combatants;a=A UN panel of experts]] before the war.",
    [],
)

F(
    "Philippines: NPA rebels surrender in Mindanao",
    "[[Forty-two members|other;a=the military]] of the communist New People's Army surrendered to the army in Bukidnon, handing over [[35 rifles|other;a=the military]], the military said. "
    "The army estimates the NPA now has [[fewer than 1,500 fighters|combatants;a=The army]] nationwide.",
    [],
)

F(
    "Israel calls up reservists for Gaza offensive",
    "Israel's military said it would call up [[60,000 reservists|combatants;p;a=Israel's military]] for an expanded offensive in Gaza City, and extend the service of [[20,000 more|combatants;n=-;p;a=Israel's military]]. "
    "[[About one million people|civilians;v=1000000;a=the UN]] live in Gaza City, the UN says.",
    [],
)

F(
    "Somalia: AU troop cuts",
    "The African Union mission in Somalia will cut [[2,000 troops|combatants;p;a=the mission;alt=The African Union mission in Somalia]] by the end of {{June}}, leaving [[about 17,600|combatants;p;a=the mission;alt=The African Union mission in Somalia]], the mission said.",
    [],
)

F(
    "Ukraine: Russian strike on Kryvyi Rih playground",
    "A Russian ballistic missile with a cluster warhead struck near a playground in Kryvyi Rih on {{Friday}} evening, killing [[20 people|killed]], including [[nine children|killed]], and wounding [[more than 60|injured]].",
    [],
)

F(
    "Lebanon: pager explosions wound thousands",
    "[[Thousands of pagers|other;u=other;a=the health minister]] used by Hezbollah members exploded almost simultaneously across Lebanon on {{Tuesday}}, killing [[12 people|killed;a=the health minister]], including [[two children|killed;a=the health minister]], and wounding [[about 2,800|injured;a=the health minister]], the health minister said. "
    "Hospitals in Beirut's southern suburbs treated [[hundreds of people|injured]] with wounds to the eyes and hands.",
    [],
)

F(
    "Israel: Hezbollah rocket hits Majdal Shams football pitch",
    "A rocket fired from Lebanon struck a football pitch in the Druze town of Majdal Shams in the Israeli-occupied Golan Heights, killing [[12 children and teenagers|killed;n=children and teenagers;a=Israeli medics]] {{aged between 10 and 16}}, and injuring [[more than 30 others|injured;a=Israeli medics]], Israeli medics said.",
    [],
)

F(
    "India: houses torched in Manipur clash",
    "Armed men set fire to [[about 70 houses|housing;a=police]] in the village of Jiribam overnight, and [[two people|killed;a=police]] were shot dead, police said. "
    "Security forces evacuated [[some 250 villagers|displaced]] to a relief camp.",
    [],
)

F(
    "Sudan: cholera in Tawila displacement camps",
    "Cholera has spread through the camps around Tawila, where [[more than 500,000 displaced people|displaced]] now live, and [[at least 1,180 cases|other;u=person]] and [[20 deaths|killed]] were recorded in {{two weeks}}. "
    "MSF has set up [[two treatment centres|other;u=structure]] with [[120 beds|other;u=other]].",
    [],
)

F(
    "Nigeria: Benue herder attacks empty farming villages",
    "Attacks by armed herders on farming communities in Benue state have driven [[between 30,000 and 50,000 people|displaced;a=the state emergency management agency]] from their villages since {{January}}, the state emergency management agency said. "
    "[[Dozens of villages|other]] have been deserted, and [[at least 90 people|killed]] were killed in Yelwata alone on {{13 June}}.",
    [],
)

F(
    "Sri Lanka: return of land to displaced Tamils",
    "The army has released {{about 400 acres}} of land in Jaffna, allowing [[some 500 families|returned]] displaced since the war to go back.",
    [],
)

F(
    "Myanmar: Karenni displaced shelter in forest",
    "[[More than 100,000 people|displaced;a=the Karenni Civil Society Network]] have fled fighting in Loikaw and are sheltering in the forests and in [[about 200 camps|capacity;a=the Karenni Civil Society Network]] along the Thai border, the Karenni Civil Society Network said.",
    [],
)

F(
    "Thailand: villagers cross from Myanmar after Myawaddy fighting",
    "[[About 3,000 people|displaced;a=Thai officials]] crossed the Moei river into Mae Sot overnight as fighting raged in Myawaddy, Thai officials said. The army said Thailand could take in [[up to 100,000|capacity;p;a=The army]] in temporary shelters.",
    [],
)

F(
    "Sudan: Zamzam camp famine",
    "Famine has been confirmed in the Zamzam camp, home to [[about 500,000 people|displaced;a=MSF]], where a child dies {{every two hours}}, according to MSF.",
    [],
)

F(
    "Haiti: displacement sites in the capital",
    "The number of displacement sites in the Port-au-Prince metropolitan area has risen to [[more than 140|capacity;u=other;a=IOM]], IOM said, with [[about 180,000 people|displaced;a=IOM]] living in them, many in former schools and churches. "
    "Gangs control an estimated {{85 percent}} of the capital. "
    "In Cité Soleil, [[some 60 families|displaced]] sleep in the courtyard of a closed clinic.",
    [],
)

F(
    "South Sudan: Renk transit centre overwhelmed",
    "The transit centre in Renk, built to hold [[3,000 people|capacity;a=aid workers]], was sheltering [[close to 16,000|displaced;a=aid workers]] on {{Friday}}, aid workers said, most of them South Sudanese returnees fleeing the war in Sudan. "
    "Boats run by IOM take [[about 1,000 people a week|returned;n=people]] up the Nile to Malakal.",
    [],
)

F(
    "Ukraine: Sumy region orders evacuation of 11 more villages",
    "Authorities in Sumy region ordered the mandatory evacuation of [[11 more villages|other;p;a=the regional administration]], affecting [[about 400 residents|civilians;a=the regional administration]], as Russian forces advanced along the border, the regional administration said. "
    "Since {{March}}, [[over 56,000 people|displaced;a=the administration;alt=the regional administration]] have left the border strip, the administration added.",
    [],
)

F(
    "Chad: relocation convoys leave the border",
    "UNHCR plans to relocate [[45,000 refugees|displaced;p;a=UNHCR]] from the makeshift site at Adré to new camps before the rains begin in {{June}}. "
    "So far, [[83 convoys|other]] have moved [[some 19,000 people|displaced]] inland.",
    [],
)

F(
    "Afghanistan: returnees from Pakistan need shelter",
    "Of the [[541,000 Afghans|returned;a=the UN]] who have returned from Pakistan since {{September 2023}}, {{about 80 per cent}} are women and children, the UN said. "
    "Aid agencies have set up [[two reception centres|capacity]] in Torkham and Spin Boldak, each able to receive [[10,000 people a day|capacity;n=people]].",
    [],
)

F(
    "Niger: Diffa camps receive Nigerians fleeing Boko Haram",
    "[[Nearly 4,000 Nigerian refugees|displaced;a=the governor of Diffa]] have arrived in Diffa region since {{late August}} after Boko Haram attacks around Damasak, the governor of Diffa said. "
    "They join [[some 130,000 refugees and IDPs|displaced;n=refugees and IDPs]] already in the region. "
    "The governor said [[two new sites|capacity;u=other;a=The governor;alt=the governor of Diffa]] would be opened to house [[up to 6,000 people|capacity;p;a=The governor;alt=the governor of Diffa]].",
    [],
)

F(
    "DR Congo: Uvira fighting sends people across Lake Tanganyika",
    "[[Hundreds of thousands|displaced;a=local officials]] have been displaced in South Kivu since the {{M23}} advance, and [[several thousand people|displaced;a=local officials]] have crossed Lake Tanganyika to Tanzania in fishing boats, local officials said. "
    "[[At least 17 people|missing]] are missing after a boat capsized near Kalundu.",
    [],
)

F(
    "Iraq: Sinjar returns stall",
    "[[Only about 100 families|returned;a=the Ministry of Migration]] went back to Sinjar in {{March}}, compared with [[800|returned;u=household;a=the Ministry of Migration]] in the same month last year, the Ministry of Migration said. "
    "[[Some 200,000 Yazidis|displaced]] still live in camps in the Kurdistan Region.",
    [],
)

F(
    "Ethiopia: Tigray returns to Tsegede halted",
    "The planned return of [[about 12,000 IDPs|returned;p;a=the interim administration]] to Tsegede was halted after armed men blocked the road, the interim administration said.",
    [],
)

F(
    "Yemen: Houthis detain UN staff",
    "The Houthis have detained [[23 UN staff|arrested;a=the UN secretary-general]], as well as [[dozens of employees|arrested;a=the UN secretary-general]] of NGOs and embassies, the UN secretary-general said, calling for their immediate release.",
    [],
)

F(
    "Belarus: political prisoners freed",
    "Belarus freed [[14 political prisoners|arrested;a=the opposition leader Sviatlana Tsikhanouskaya]], including a Japanese citizen and a Swede, the opposition leader Sviatlana Tsikhanouskaya said. "
    "Rights group Viasna says [[1,150 political prisoners|arrested;a=Rights group Viasna]] remain behind bars.",
    [],
)

F(
    "Gaza: rubble and the missing",
    "Civil defence crews in Gaza City pulled [[17 bodies|killed]] from the rubble of a collapsed apartment block on {{Wednesday}}. "
    "[[Between 8,000 and 11,000 people|missing]] are believed buried under destroyed buildings across the Strip, and {{about 70 per cent}} of all buildings have been damaged.",
)

F(
    "Sudan: Wad Madani homes looted and burned",
    "When the RSF withdrew from Wad Madani, residents returned to find [[thousands of homes|housing]] looted, and [[at least 350 houses|housing]] in the al-Daraja district burned. "
    "[[Two hospitals|housing]] were damaged.",
    [],
)

F(
    "Syria: coastal violence forces Alawites to flee to Lebanon",
    "[[About 21,000 Syrians|displaced]], most of them Alawites, have fled into northern Lebanon since killings in Syria's coastal region in {{early March}}, and [[more than 40 families|displaced]] are sheltering in a mosque in Akkar. "
    "The Syrian Observatory for Human Rights says [[at least 1,383 civilians|killed;a=The Syrian Observatory for Human Rights]] were killed in the violence, most of them Alawites.",
    [],
)

F(
    "Central African Republic: Wagner-backed offensive empties towns",
    "In the town of Bambouti, nearly all of its [[3,000 residents|displaced;q=approx]] fled to South Sudan after clashes between the army, backed by Russian instructors, and the Azande Ani Kpi Gbe militia. "
    "Catholic missionaries say [[about 200 people|civilians;a=Catholic missionaries]] remain in the parish compound, protected by [[a dozen peacekeepers|combatants;a=Catholic missionaries]].",
    [],
)

F(
    "Ukraine: energy strikes leave cities in the dark",
    "Russian missile and drone strikes on energy facilities left [[more than 1 million households|civilians;a=the energy ministry]] without power in Kharkiv and Odesa regions, the energy ministry said. "
    "Emergency crews restored supply to [[about 600,000|civilians;u=household]] by evening.",
    [],
)

F(
    "Nigeria: Zamfara bandits release hostages after ransom",
    "Bandits who had held [[more than 50 villagers|kidnapped;a=a community leader]] for {{three weeks}} in the forests of Zamfara released [[37|kidnapped;a=a community leader]] after families paid a ransom, a community leader said, and [[at least 12|missing;a=a community leader]] remain unaccounted for.",
    [],
)

F(
    "Libya: Derna families still searching for relatives",
    "Two years after the dams burst, [[more than 3,000 people|missing;a=the Libyan Red Crescent]] are still listed as missing in Derna, the Libyan Red Crescent said, and [[about 4,300 bodies|killed;a=the Libyan Red Crescent]] have been identified. "
    "Rebuilding has reached [[1,500|housing;u=structure]] of the [[8,000 homes|housing]] that were destroyed.",
    ["Two years"],
)

F(
    "Sudan: relatives search for men taken at El Fasher checkpoints",
    "Families in Tawila say [[hundreds of men|missing;a=Families in Tawila]] who fled El Fasher never arrived, and the Sudan Doctors Network said [[at least 1,200 people|kidnapped;a=the Sudan Doctors Network]] were being held by the RSF for ransom. "
    "[[Some 650 unaccompanied children|other]] have reached Tawila alone.",
    [],
)

F(
    "Ukraine: Red Cross tracing agency cases",
    "The ICRC's Central Tracing Agency bureau said it had received [[over 100,000 requests|missing;u=person;n=requests;a=The ICRC's Central Tracing Agency bureau]] from families seeking news of missing relatives since {{February 2022}}, and had been able to give [[about 16,000 families|other;a=The ICRC's Central Tracing Agency bureau]] information on their loved ones.",
    [],
)

F(
    "Burundi: returns from Tanzania resume",
    "UNHCR plans to help [[between 2,000 and 3,000 Burundian refugees|returned;p;a=UNHCR]] go home from Tanzania each week until the end of the year, the agency said. "
    "Each returning family receives a cash grant and {{three months}} of food rations.",
    [],
)

F(
    "Gaza: tents and shelter kits wait at crossings",
    "[[Some 6,000 trucks|aid;a=the UN]] loaded with aid, including [[about 100,000 tents|aid;a=the UN]], are waiting in Egypt to enter Gaza, the UN said. "
    "Shelter partners estimate that [[between 1.2 and 1.5 million people|civilians;a=Shelter partners]] need emergency shelter.",
    [],
)

F(
    "Myanmar: aid reaches quake- and war-hit Sagaing",
    "A Red Cross convoy delivered food and hygiene items to [[1,800 households|aid]] in Sagaing, where both the earthquake and the fighting have destroyed homes. "
    "The local administration counts [[around 5,200 houses|housing;a=The local administration]] destroyed and [[12,000|housing;a=The local administration;u=structure]] damaged.",
    [],
)

F(
    "Nigeria: Zamfara displaced receive food",
    "The state emergency management agency distributed bags of rice and maize to [[3,450 displaced households|aid;a=the agency's director;alt=The state emergency management agency]] in Gusau on {{Monday}}, the agency's director said. "
    "He said [[at least 20 villages|other;a=He;alt=the agency's director]] had been abandoned because of bandit attacks, and that [[500 more families|aid;p;a=He;alt=the agency's director]] would receive food next week.",
    [],
)

F(
    "Yemen: Marib camp flooded, families move again",
    "Heavy rain flooded the al-Sweida camp in Marib, damaging [[roughly 1,200 tents|housing;u=other;a=the camp administration]] and forcing [[about 700 families|displaced;a=the camp administration]], who had fled fighting years ago, to move once more, the camp administration said.",
    [],
)

F(
    "Iraq: Anbar camp closures send families home",
    "Iraq closed the last camp in Anbar on {{Sunday}}, and the [[148 families|returned;a=the ministry]] still living there went back to Qaim and Ramadi, the ministry said. "
    "Nationally, [[about 1.1 million people|displaced]] remain displaced since the war against Islamic State.",
    [],
)

F(
    "DR Congo: Ituri camp attacked, residents missing",
    "CODECO militiamen attacked the Plaine Savo camp for displaced people in Djugu territory overnight, killing [[at least 18 people|killed;a=camp leaders]] and leaving [[dozens|missing;a=camp leaders]] unaccounted for, camp leaders said. "
    "The camp hosted [[about 20,000 people|displaced;a=UN peacekeepers]] before the attack; UN peacekeepers said most of them had fled.",
    [],
)

# ====================================================================== figures: numbers but no figure

F(
    "Sudan: no talks in sight as the war marks another anniversary",
    "The war between the army and the RSF entered its {{third year}} on {{15 April}}, with no sign of talks. "
    "The UN's {{2025}} appeal for Sudan, at {{$4.2 billion}}, is {{12% funded}}. "
    "Fighting resumed at {{6 a.m.}} in Omdurman, {{two hours}} after a truce expired.",
)

F(
    "Ukraine: air raid alert lasts all night in Kyiv",
    "The air raid alert in Kyiv lasted from {{11:40 p.m.}} to {{5:20 a.m.}}, the {{longest in 2024}}. "
    "Air defences were active for {{more than five hours}}, the city administration said, and the metro stayed open until {{7 a.m.}}",
)

F(
    "Gaza: ceasefire talks resume in Doha",
    "Negotiators resumed talks in Doha on {{Monday}} over the second phase of a ceasefire agreed on {{15 January}}, which was meant to last {{42 days}}. "
    "A US envoy arrived on flight {{QR 1402}} and was to stay for {{three days}}.",
)

F(
    "Lebanon: central bank loses value",
    "The Lebanese pound has lost {{more than 98% of its value}} since {{2019}}, and the central bank's reserves stood at {{$10.3 billion}} in {{March}}. "
    "Inflation reached {{221 per cent}} last year.",
)

F(
    "Colombia: ELN commander sentenced",
    "A court in Bogotá sentenced an ELN commander, {{47}}, to {{40 years}} in prison for the {{2019}} car bomb at the police academy. "
    "The sentence was handed down on {{the fifth day}} of hearings.",
)

F(
    "Syria: Assad's fall, one year on",
    "On {{8 December 2025}}, Syrians marked {{one year}} since the fall of Bashar al-Assad, who ruled for {{24 years}}. "
    "Crowds gathered from {{10 a.m.}} in Umayyad Square; the new president spoke for {{40 minutes}}.",
)

F(
    "Ethiopia: Pretoria agreement anniversary",
    "{{Two years}} after the Pretoria agreement was signed on {{2 November 2022}}, the African Union said {{80 per cent}} of its provisions had been implemented. "
    "A follow-up meeting is scheduled for {{14 November}} at {{9:30 a.m.}}",
)

F(
    "Mali: junta extends transition by five years",
    "Mali's junta leader, Assimi Goïta, {{41}}, was granted a renewable {{five-year}} mandate from {{2025}}, without elections. "
    "The decision follows a national consultation held over {{10 days}} in {{April}}.",
)

F(
    "Football: Sudan qualify despite war at home",
    "Sudan's national football team, which has played all its home games abroad since {{2023}}, beat Mauritania {{2-0}} in Benghazi and qualified for the Africa Cup of Nations for the {{first time since 2012}}. "
    "The winner came in the {{88th minute}}.",
)

F(
    "Cricket: Afghanistan's women's team in exile",
    "Afghanistan's exiled women cricketers, who left the country in {{2021}}, played their first match in Melbourne, scoring {{154 for 6}} in {{20 overs}}. "
    "Their captain, a {{24-year-old}} medical student, made {{61 runs}}.",
)

F(
    "Israel: shekel and bonds after Iran strikes",
    "The shekel weakened {{1.2%}} against the dollar on {{Friday}}, and the Tel Aviv {{TA-35}} index fell {{1.5%}}. "
    "Israel's defence budget for {{2025}} stands at {{117 billion shekels}}.",
)

F(
    "Ukraine: grain exports via Black Sea corridor",
    "Ukraine exported {{4.1 million tonnes of grain}} in {{October}} through its Black Sea corridor, the highest since {{2021}}. "
    "Ships wait an average of {{three days}} at Odesa.",
)

F(
    "Yemen: Red Sea shipping insurance rises",
    "War-risk insurance for ships crossing the Red Sea has risen to {{0.7% of a vessel's value}}, or about {{$700,000}} for a {{$100 million}} ship, brokers said on {{Tuesday}}. "
    "Transits through the Bab el-Mandeb fell by {{66 per cent}} in the {{first quarter}}.",
)

F(
    "Myanmar: quake measured 7.7 near Mandalay",
    "The earthquake, of magnitude {{7.7}}, struck at {{12:50 p.m.}} local time at a depth of {{10 km}}, {{17 km}} from Mandalay. "
    "Aftershocks continued for {{two weeks}}.",
)

F(
    "Haiti: airport reopens after three months",
    "Port-au-Prince's Toussaint Louverture airport reopened on {{20 May}} after being closed for {{almost three months}}. "
    "The first flight, {{AA 1234}} from Miami, landed at {{1:15 p.m.}}, and the runway is {{3,040 metres}} long.",
)

F(
    "Somalia: election delayed to 2026",
    "Somalia's parliament voted {{159-21}} to delay the direct elections, originally due in {{2025}}, by {{one year}}. "
    "The session lasted {{nine hours}} and ended at {{11 p.m.}}",
)

F(
    "Nigeria: Chibok anniversary",
    "{{Ten years}} after the Chibok kidnapping of {{April 14, 2014}}, parents gathered at the school for a {{two-hour}} vigil. "
    "One mother, {{aged 56}}, said she had prayed every day for {{3,650 days}}.",
)

F(
    "Iraq: oil output and Kurdistan pipeline",
    "Iraq pumped {{4.2 million barrels per day}} in {{June}}, and the Kirkuk-Ceyhan pipeline, closed since {{March 2023}}, could carry {{450,000 bpd}}. "
    "Oil accounts for {{over 90%}} of state revenue.",
)

F(
    "DR Congo: peace deal signed in Washington",
    "The foreign ministers of DR Congo and Rwanda signed a peace agreement in Washington on {{27 June}}, the {{third attempt}} at a deal since {{2022}}. "
    "Rwanda is to withdraw within {{90 days}}, under a timeline that begins at {{midnight on 1 July}}.",
)

F(
    "Armenia and Azerbaijan initial treaty text",
    "Armenia and Azerbaijan initialled a {{17-article}} peace treaty on {{8 August}}, ending more than {{three decades}} of hostility over Karabakh. "
    "Talks had run for {{18 months}}.",
)

F(
    "Ukraine: veterans' marathon in Kyiv",
    "{{More than half}} the runners in Sunday's Kyiv marathon were veterans, organisers said. The winner, a {{31-year-old}} former paratrooper who lost a leg in {{2023}}, finished the {{42.2 km}} in {{3 hours 58 minutes}}.",
)

F(
    "Syria: sanctions relief and the lira",
    "The Syrian pound strengthened to {{10,000 to the dollar}} after the US lifted sanctions on {{30 June}}, from {{15,000}} in {{December}}. "
    "Salaries were raised by {{200%}}.",
)

F(
    "Sahel: school year starts late",
    "The school year in Burkina Faso began on {{1 October}}, {{three weeks}} late, and classes run from {{7:30 a.m.}} to {{12:30 p.m.}} "
    "Enrolment fell by {{8 per cent}} from {{2023}}.",
)

F(
    "Kenya: Gen Z protest anniversary march",
    "On {{25 June}}, {{one year}} after parliament was stormed, young Kenyans marched in Nairobi from {{9 a.m.}} The march, on the {{first anniversary}}, was led by a {{23-year-old}} activist.",
)

F(
    "Israel: hostage families mark 500 days",
    "Families of hostages held in Gaza marked {{500 days}} since the {{7 October 2023}} attack with a rally in Tel Aviv at {{8 p.m.}} on {{Saturday}}.",
)

F(
    "Gaza: polio vaccination campaign, round two",
    "The {{second round}} of polio vaccination in Gaza began on {{14 October}} with daily pauses in fighting from {{6 a.m. to 3 p.m.}}, and aims to cover {{90% of children}} {{under 10}}. "
    "The campaign will run for {{12 days}}.",
)

F(
    "Sudan: RSF leader's speech",
    'In a speech lasting {{55 minutes}} broadcast on Telegram at {{10 p.m.}}, RSF leader Mohamed Hamdan Dagalo, {{50}}, said the war would end "within months". '
    "It was his {{first public address in 2025}}.",
)

F(
    "Russia: defence spending at record",
    "Russia will spend {{13.5 trillion roubles}} on defence in {{2025}}, or {{6.3% of GDP}}, the finance ministry said. "
    "The budget was approved by {{326 votes to 2}}.",
)

F(
    "Ukraine: drone production targets",
    "Ukraine aims to produce drones worth {{$3 billion}} in {{2025}}, the strategic industries minister said, with production running {{24 hours a day}} in {{three shifts}}. "
    "The Magura {{V5}} naval drone has a range of {{800 km}}.",
)

F(
    "Pakistan: cricket fans fill Rawalpindi stadium",
    "Security was tight as Pakistan chased {{287}} against England in Rawalpindi, winning by {{four wickets}} with {{nine balls}} to spare. "
    "The match started at {{10 a.m.}} and ended at {{6:45 p.m.}}",
)


# ====================================================================== conflict: positives

C(
    "Live: strikes on Kharkiv overnight",
    "02:15 – Explosions are heard in Kharkiv as air defences engage. 02:40 – The mayor says a guided bomb hit a residential block in the Saltivskyi district and rescuers are searching the rubble. 03:10 – The regional governor says two people were killed and 14 wounded, including a child. 04:05 – Dozens of residents have been moved to a temporary shelter in a school.",
    "explosions_remote_violence displacement",
    "airstrike",
)

C(
    "Press release: ICRC condemns attack on health convoy in Darfur",
    'GENEVA – The International Committee of the Red Cross strongly condemns the attack on a clearly marked medical convoy near Mellit on Tuesday. Gunmen opened fire on the vehicles, killing a driver and wounding two Sudanese Red Crescent volunteers. The convoy was carrying surgical supplies for El Fasher, where hospitals have been repeatedly shelled. "Humanitarian workers are not a target," the ICRC\'s regional director said. ENDS.',
    "violence_against_civilians humanitarian",
    "attack_on_aid",
)

C(
    "Sudanese army retakes presidential palace in Khartoum",
    "Sudan's army said on Friday it had retaken the Republican Palace in central Khartoum from the Rapid Support Forces after days of heavy fighting. Soldiers filmed themselves inside the bullet-scarred building. The RSF said it had killed dozens of soldiers in a drone strike on the palace hours later. The capture caps an offensive that has pushed the paramilitary group out of most of the capital.",
    "battle military_operation explosions_remote_violence",
    "battle",
)

C(
    "Nigeria: jihadists storm army base in Borno",
    "Islamic State West Africa Province fighters overran a military base in Marte in Borno state before dawn on Monday, security sources said. At least 20 soldiers were killed and the attackers carted away weapons and armoured vehicles. The army said it had launched air strikes to retake the base. Thousands of residents fled towards Dikwa.",
    "battle terrorism explosions_remote_violence military_operation displacement",
    "battle",
)

C(
    "Mozambique: insurgents behead villagers in Cabo Delgado",
    "Insurgents linked to Islamic State beheaded at least five Christians in a village in Macomia district, the Catholic diocese of Pemba said. Witnesses said the attackers arrived at dawn, separated men from women, and burned the chapel. Residents fled into the bush and towards the district capital.",
    "violence_against_civilians terrorism displacement",
    "massacre",
)

C(
    "DR Congo: ADF kills worshippers in church attack",
    "Fighters of the Allied Democratic Forces, an IS-affiliated group, attacked a Catholic church in Komanda in Ituri province during a night vigil, killing at least 38 people, local officials said. Several houses and shops were also burned. The army said it had sent reinforcements to the area. Survivors took refuge at a nearby base of UN peacekeepers.",
    "violence_against_civilians terrorism displacement",
    "massacre",
)

C(
    "Kenya: police fire live rounds at protesters in Nairobi",
    "Police fired tear gas, water cannon and live ammunition at protesters who tried to storm parliament in Nairobi on Tuesday. Part of the parliament building was set ablaze. Rights groups said at least 19 people were killed across the country. The president called the events treasonous and deployed the army.",
    "unrest",
    "riot",
)

C(
    "Bangladesh: students and ruling party activists clash",
    "Students protesting against job quotas clashed with activists of the ruling party's student wing at Dhaka University, leaving more than 100 people injured. Police fired rubber bullets and sound grenades to disperse the crowds. The government closed all public universities indefinitely. Mobile internet was cut in parts of the capital.",
    "unrest",
    "riot",
)

C(
    "Myanmar: junta jets bomb school in Sagaing",
    "Myanmar military jets bombed a school in Ywa Thit village in Sagaing region on Thursday morning, killing 17 children and two teachers, according to the National Unity Government. Teachers said the pupils were sitting an exam when the bombs hit. The junta denied targeting civilians and said it had struck a resistance position.",
    "explosions_remote_violence violence_against_civilians",
    "airstrike",
)

C(
    "Haiti: gangs attack Pétion-Ville suburb",
    "Members of the Viv Ansanm gang coalition attacked the upscale neighbourhood of Laboule and Thomassin on the heights of Pétion-Ville, setting fire to houses and killing residents, according to local radio. Police said they had repelled the attack with the support of Kenyan officers. Hundreds of families fled down the hill. The UN said displacement in the capital had reached a new record.",
    "battle violence_against_civilians displacement",
    "gang_attack",
)

C(
    "Israel strikes Hezbollah targets in southern Lebanon",
    "Israeli warplanes struck what the military said were Hezbollah weapons depots and launchers in the Nabatieh area on Sunday, despite the ceasefire in force since November. Lebanon's health ministry said three people were killed. The Israeli army said the strikes responded to violations of the truce. Residents of border villages who had returned said they were leaving again.",
    "explosions_remote_violence military_operation displacement",
    "airstrike",
)

C(
    "Pakistan: suicide bomber hits Quetta railway station",
    "A suicide bomber blew himself up among passengers waiting for a train at Quetta railway station on Saturday morning, killing at least 26 people, among them more than a dozen soldiers. The Balochistan Liberation Army claimed the attack. Officials said hospitals in the city had declared an emergency. The provincial government called it an act of terrorism.",
    "explosions_remote_violence terrorism",
    "suicide_bombing",
)

C(
    "Burkina Faso: army and volunteers massacred in Barsalogho",
    "Jihadists of JNIM attacked residents of Barsalogho who had been ordered by the army to dig trenches around the town, killing hundreds of people, according to a collective of victims' relatives. Videos shared on social media showed bodies lying in the trenches. The government has not published a toll. Survivors said the gunmen shot at anyone who ran.",
    "violence_against_civilians terrorism",
    "massacre",
)

C(
    "Ethiopia: Fano fighters seize town in Amhara",
    "Fano militiamen briefly took control of the town of Debre Markos after fierce fighting with federal troops, residents said. Banks and shops were closed for three days. The army said it had regained control after an operation supported by drones. Telephone and internet services in the region remain cut.",
    "battle military_operation explosions_remote_violence",
    "battle",
)

C(
    "Somalia: al-Shabaab car bomb at Mogadishu checkpoint",
    "A car bomb exploded at a security checkpoint near the Somali parliament in Mogadishu on Sunday, killing at least nine people, police said. Al-Shabaab claimed responsibility through its Andalus radio station. Soldiers guarding the checkpoint opened fire on the vehicle before it exploded. The blast shattered windows of nearby hotels.",
    "explosions_remote_violence terrorism",
    "bombing",
)

C(
    "Colombia: dissidents attack police station with explosives",
    "FARC dissidents attacked a police station in Jamundí in Valle del Cauca with explosives and rifles overnight, the police said. Two officers were wounded and several houses were damaged. The defence minister ordered additional troops to the region, where the group has carried out dozens of attacks this year. Residents said shooting lasted for four hours.",
    "battle explosions_remote_violence military_operation",
    "attack",
)

C(
    "Yemen: US strikes on Houthi port",
    "US warplanes struck the Ras Isa fuel port in Yemen's Hodeidah province on Thursday night, killing at least 74 people, according to the Houthi-run health ministry. The US military said the strikes aimed to cut off a source of fuel and revenue for the Houthis. Workers at the port were among the dead, the group said. Fires burned until morning.",
    "explosions_remote_violence military_operation",
    "airstrike",
)

C(
    "West Bank: settlers torch homes in village near Ramallah",
    "Dozens of Israeli settlers stormed the Palestinian village of Turmus Ayya on Wednesday, setting fire to houses and cars and throwing stones at residents, witnesses said. The Palestinian health ministry said a 27-year-old man was shot dead. Israeli soldiers fired tear gas at villagers who tried to confront the settlers. Several families left their homes for relatives' houses in Ramallah.",
    "violence_against_civilians unrest displacement",
    "settler_violence",
)

C(
    "Gaza: crowds at aid distribution site come under fire",
    "At least 31 Palestinians were killed and dozens wounded when Israeli forces opened fire near a food distribution site in Rafah early on Sunday, Gaza's civil defence said. Thousands had gathered before dawn to collect boxes of flour and cooking oil. The Israeli military said troops fired warning shots at suspects approaching them. Hospitals were overwhelmed.",
    "violence_against_civilians humanitarian",
    "shooting",
)

C(
    "South Sudan: boats of displaced people arrive in Malakal",
    "Barges carrying families who fled fighting around Nasir arrived in Malakal on Monday, aid workers said. Clashes between the army and the White Army militia have displaced tens of thousands since March, and air strikes have hit several villages. The UN mission warned that the country risks sliding back into full-scale war. Cholera has broken out in the camp where the new arrivals are staying.",
    "displacement battle explosions_remote_violence humanitarian",
    "displacement",
)

C(
    "Libya: armed groups clash in Zawiya",
    "Clashes between rival armed groups in the western city of Zawiya killed at least five people, including a child, the emergency medicine centre said. Residents reported heavy gunfire and rocket-propelled grenades near the oil refinery. Schools were closed. The Government of National Unity called for calm.",
    "battle explosions_remote_violence",
    "battle",
)

C(
    "Mali: drone strike on wedding kills civilians",
    "A drone strike by the Malian army hit a wedding celebration in the village of Amasrakad in the Gao region, killing at least eight people, local elected officials said. The army said it had targeted terrorists. A Tuareg rebel coalition accused the army of targeting civilians. Villagers said the dead included women and children.",
    "explosions_remote_violence violence_against_civilians military_operation",
    "airstrike",
)

C(
    "Georgia: riot police disperse Tbilisi rally with water cannon",
    "Riot police used water cannon, pepper spray and rubber bullets to disperse thousands of pro-European protesters outside parliament in Tbilisi overnight. Protesters threw fireworks and stones at police lines and set up barricades. The interior ministry said 43 police officers were injured and more than 100 people detained. The ombudsman accused police of beating detainees.",
    "unrest",
    "crackdown",
)

C(
    "Iraq: rocket attack on base hosting US troops",
    "Several rockets were fired at Ain al-Asad air base in western Iraq, which hosts US troops, on Monday evening, Iraqi security officials said. Two US personnel suffered minor injuries. No group claimed the attack, but US officials blamed Iran-backed militias. Iraqi security forces found the launch site in a truck west of the base.",
    "explosions_remote_violence",
    "rocket_attack",
)

C(
    "Niger: jihadists ambush army convoy near Mali border",
    "Jihadist fighters ambushed an army convoy near Tassia in the Tillaberi region, killing 10 soldiers, the defence ministry said. The ministry said about 30 assailants were killed in the clash and in air strikes that followed. The attack was the latest in a series in the tri-border area with Mali and Burkina Faso.",
    "battle terrorism explosions_remote_violence military_operation",
    "ambush",
)

C(
    "India: grenade thrown at market in Srinagar",
    "Militants threw a grenade at a crowded Sunday market in Srinagar, injuring 12 civilians, police said. The attack took place near the tourist reception centre. Police said security forces had sealed off the area and begun a search operation. It was the first such attack in the city in months.",
    "explosions_remote_violence violence_against_civilians military_operation",
    "grenade_attack",
)

C(
    "Chad: refugees keep crossing from Sudan after El Fasher falls",
    "Thousands of Sudanese refugees crossed into eastern Chad this week after the RSF captured El Fasher, UNHCR said. Many arrived with wounds and described killings and abductions along the road. The agency said transit sites at Tine were overcrowded and water was running short. Aid agencies are appealing for funds.",
    "displacement humanitarian violence_against_civilians",
    "displacement",
)

C(
    "Afghanistan: Pakistani air strikes in Paktika",
    "Pakistani air strikes on the Barmal district of Paktika province killed at least 46 people, mostly women and children, the Taliban government said. Pakistan said it had targeted hideouts of the Pakistani Taliban. Taliban forces later fired at Pakistani border posts, and clashes went on through the night.",
    "explosions_remote_violence battle military_operation",
    "airstrike",
)

C(
    "Ukraine: Russian forces advance near Pokrovsk",
    "Russian forces captured two more villages south of Pokrovsk, the defence ministry in Moscow said, as fighting for the logistics hub intensified. Ukraine's army said it had repelled 48 assaults in the sector over the past day. Glide bombs hit the town's outskirts, and the last evacuation buses left on Friday.",
    "battle explosions_remote_violence displacement",
    "battle",
)

C(
    "Cameroon: separatists kidnap pupils in Bamenda",
    "Suspected anglophone separatists abducted about 30 pupils and a teacher from a school in Bamenda on Monday, the regional governor said. The separatists, who have ordered a boycott of schools, released the children the next day. The army said it had launched a search operation in the surrounding hills.",
    "violence_against_civilians military_operation",
    "abduction",
)

C(
    "Syria: massacres in coastal villages",
    "Gunmen from groups allied to the new government killed dozens of Alawite civilians in villages near Baniyas over the weekend, according to the Syrian Observatory for Human Rights. Witnesses described men being taken from their homes and shot. The interim president promised to hold those responsible to account. Thousands of residents fled to the Russian air base at Hmeimim.",
    "violence_against_civilians displacement",
    "massacre",
)

C(
    "Sudan: RSF shelling of El Fasher camp",
    "RSF shelling of the Abu Shouk displacement camp on the edge of El Fasher killed at least 40 people, the local resistance committee said. The camp has been hit repeatedly during the months-long siege of the city. Food prices in El Fasher have tripled, and the last functioning hospital has run out of anaesthetics.",
    "explosions_remote_violence violence_against_civilians humanitarian",
    "shelling",
)

C(
    "Indonesia: Papuan rebels kill gold miners",
    "Separatist rebels of the West Papua National Liberation Army killed 11 gold miners in Yahukimo regency, police said. The group said the miners were spies for the Indonesian army. Security forces launched an operation to recover the bodies, which took four days.",
    "violence_against_civilians military_operation",
    "killing",
)

C(
    "Sudan: hunger in Kadugli under siege",
    "Aid agencies warn that residents of Kadugli, encircled by the SPLM-N and the RSF for months, are eating leaves and animal fodder. The last convoy reached the city in February. A famine review committee said conditions meet the threshold for famine. Fighters on both sides have blocked roads and looted trucks.",
    "humanitarian",
    "humanitarian",
)

C(
    "Ecuador: state of emergency after gang attacks on prisons",
    "Ecuador's president declared an 'internal armed conflict' and ordered the army to neutralise 22 gangs after gunmen stormed a television studio live on air and inmates took prison guards hostage. Soldiers raided prisons and patrolled cities, and the government said five police officers were killed in attacks. Schools switched to online classes.",
    "military_operation violence_against_civilians",
    "military_operation",
)

C(
    "Mexico: army clashes with cartel gunmen in Sinaloa",
    "Soldiers clashed with gunmen from a faction of the Sinaloa cartel on the outskirts of Culiacán, killing 19 of them, the defence ministry said. The fighting is part of a war between two factions of the cartel that has killed hundreds of people since September. Residents stayed indoors and schools were closed.",
    "battle military_operation",
    "battle",
)

C(
    "Turkey strikes Kurdish militants in northern Iraq",
    "Turkish warplanes struck PKK targets in the Qandil mountains and the Asos region of northern Iraq, the defence ministry said, claiming to have 'neutralised' 24 militants. Kurdish officials said a shepherd was killed. The strikes came after two Turkish soldiers were killed in an attack near the border.",
    "explosions_remote_violence military_operation",
    "airstrike",
)

C(
    "Live: protests over fuel prices turn violent in Lagos",
    "11:20 – Protesters have set fire to a police station in the Ikorodu area, according to witnesses. 11:45 – Police fire tear gas at crowds blocking the Lekki toll gate; several people are seen bleeding. 12:30 – Looters break into a food warehouse in Ikeja. 13:05 – The state government imposes a 24-hour curfew.",
    "unrest",
    "riot",
)

C(
    "Mozambique: post-election unrest leaves dozens dead",
    "Police shot dead at least 21 people in two days of riots in Maputo after the Constitutional Council confirmed the ruling party's election victory, a civil society platform said. Protesters looted shops, torched tyres and freed more than 1,500 inmates from a prison. Thousands of Mozambicans crossed into Malawi to escape the violence. The police chief said two officers were killed.",
    "unrest displacement",
    "riot",
)

C(
    "India: curfew in Nagpur after communal clashes",
    "Authorities imposed a curfew in parts of Nagpur after clashes between Hindu and Muslim groups over a protest demanding the removal of a Mughal emperor's tomb. Mobs threw stones and set vehicles on fire, and several police officers were injured. Police arrested more than 50 people. Internet services were suspended in the affected areas.",
    "unrest",
    "communal_violence",
)

C(
    "Serbia: clashes after Belgrade rally",
    "Riot police clashed with protesters in central Belgrade late on Saturday after a largely peaceful anti-government rally of tens of thousands. Police used pepper spray and batons, and protesters threw bottles and flares. The interior minister said 16 officers were hurt and 22 people arrested. Opposition leaders accused police of provoking the violence.",
    "unrest",
    "clashes",
)

C(
    "Iran: security forces fire on mourners in Kurdish city",
    "Iranian security forces opened fire on mourners at a funeral in Mahabad, killing at least three people, Kurdish rights groups said. Mourners had chanted anti-government slogans and set fire to a government building. The authorities blamed 'rioters'. Internet access in the city was cut.",
    "unrest",
    "crackdown",
)

C(
    "Peru: protesters killed in clashes at Juliaca airport",
    "Seventeen people were killed in clashes between security forces and protesters who tried to take over the airport in Juliaca in Peru's southern Andes, the health ministry said. Protesters demanding the president's resignation threw rocks and set fire to police vehicles. It was the deadliest day since unrest erupted in December.",
    "unrest",
    "clashes",
)

C(
    "Press release: UNICEF says children killed and maimed in eastern DRC",
    "KINSHASA/GENEVA, 14 February – UNICEF is alarmed at reports of grave violations against children in North and South Kivu. Since January, the agency has verified the killing or maiming of more than 300 children, as well as abductions and recruitment by armed groups. Cases of sexual violence against children have risen sharply in displacement sites around Goma. UNICEF calls on all parties to protect civilians.",
    "violence_against_civilians displacement humanitarian",
    "violations_against_children",
)

C(
    "Press release: WFP suspends operations in part of Gaza after convoy hit",
    "ROME – The World Food Programme is temporarily pausing movements in northern Gaza after one of its vehicles came under fire at an Israeli checkpoint near Wadi Gaza on Tuesday night. The vehicle was hit by at least ten bullets as it approached. No staff were injured. WFP said starvation in northern Gaza was spreading and that convoys could not move safely.",
    "humanitarian violence_against_civilians",
    "attack_on_aid",
)

C(
    "Ukraine: Russian drones hit Odesa port and grain silos",
    "Russian drones struck port infrastructure in Odesa overnight, destroying grain silos and damaging a foreign-flagged ship, the regional governor said. Three port workers were wounded. Ukraine's air force said it had shot down 35 of 47 drones launched overnight. The attack caused a fire that burned for six hours.",
    "explosions_remote_violence",
    "drone_attack",
)

C(
    "Russia: Ukrainian drone strike hits oil refinery",
    "A Ukrainian drone attack set fire to an oil refinery in Russia's Ryazan region, the regional governor said, and fragments wounded two people. Ukraine's General Staff said it had hit the plant as part of its campaign against facilities supplying the Russian army. Flights at Moscow airports were briefly suspended.",
    "explosions_remote_violence military_operation",
    "drone_attack",
)

C(
    "Israel: Houthi missile lands near Ben Gurion airport",
    "A ballistic missile fired by Yemen's Houthi movement struck near Israel's Ben Gurion airport on Sunday, leaving a crater and wounding six people, Israeli officials said. Interceptors failed to stop it. Several airlines cancelled flights to Tel Aviv. Israel vowed to retaliate.",
    "explosions_remote_violence",
    "missile_attack",
)

C(
    "DR Congo: M23 rebels enter Bukavu",
    "M23 rebels, backed by Rwandan troops according to the UN, entered Bukavu, the capital of South Kivu, on Sunday, after Congolese soldiers and their allies withdrew. Residents reported looting and gunfire overnight. Thousands of people fled south towards Uvira and across the border into Burundi. Prisoners escaped from the central jail.",
    "battle displacement",
    "offensive",
)

C(
    "Sudan: drones hit Port Sudan fuel depots",
    "Drones launched by the RSF struck fuel depots and the airport in Port Sudan for a third day, the army said, setting off huge fires. The city, which had been spared fighting, hosts the government and UN agencies and is a hub for aid. Flights were suspended and electricity was cut. Aid agencies said the strikes threatened the delivery of assistance across the country.",
    "explosions_remote_violence humanitarian",
    "drone_attack",
)

C(
    "Nigeria: bandits kill villagers in Zamfara raid",
    "Armed bandits on motorcycles raided the village of Kurar Mota in Zamfara state, killing at least 30 people and abducting dozens, residents said. The attackers burned houses and took livestock. The gunmen had demanded a levy from the community, which failed to pay. Police said officers and vigilantes were pursuing the attackers.",
    "violence_against_civilians",
    "village_raid",
)

C(
    "Burkina Faso: convoy to Djibo ambushed",
    "A supply convoy escorted by the army was ambushed near Djibo by fighters of JNIM, killing several soldiers and civilian drivers, security sources said. Dozens of trucks carrying food for the besieged town were set on fire. The town has been under blockade by the jihadists for more than two years, and residents depend on rare convoys and airlifts.",
    "battle terrorism humanitarian",
    "ambush",
)

C(
    "Afghanistan: suicide attack on Kabul ministry",
    "A suicide bomber killed the Taliban's refugee minister and several other people in an attack inside the ministry compound in Kabul, officials said. Islamic State Khorasan claimed responsibility. It was the most senior Taliban official killed since the group returned to power. The Taliban spokesman condemned the attack as cowardly.",
    "explosions_remote_violence terrorism",
    "suicide_bombing",
)

C(
    "Lebanon: displaced families sleep on Beirut seafront",
    "Families who fled Israeli bombardment of the southern suburbs of Beirut slept on the Corniche and in public squares on Friday night as shelters filled up. Aid groups handed out blankets and water. The government said it had opened hundreds of schools as shelters, but many were already full. Israeli strikes continued through the night.",
    "displacement humanitarian explosions_remote_violence",
    "displacement",
)

C(
    "Yemen: landmine kills children in Taiz",
    "Three children were killed and two others wounded when a landmine exploded while they were herding sheep on the outskirts of Taiz, a local official said. The mine had been laid during fighting between government forces and the Houthis. Mine clearance teams say thousands of mines remain in the area.",
    "explosions_remote_violence",
    "landmine",
)

C(
    "Israeli troops raid Jenin refugee camp",
    "Israeli forces launched a large-scale operation in the Jenin refugee camp, with drones, bulldozers and hundreds of troops, the army said. Palestinian health officials said 10 people were killed. Thousands of residents were ordered to leave the camp and walked out through army checkpoints. Armed fighters exchanged fire with troops.",
    "military_operation displacement battle explosions_remote_violence",
    "raid",
)

C(
    "Haiti: UN says gang sexual violence surges in displacement sites",
    "Women and girls living in displacement sites in Port-au-Prince face rising sexual violence by gang members, the UN Population Fund said. It recorded hundreds of cases in the first quarter, many of them gang rapes. Most of the survivors had fled gang attacks on their neighbourhoods. Health services able to treat survivors have closed because of the violence.",
    "violence_against_civilians displacement humanitarian",
    "sexual_violence",
)

C(
    "Mali: fuel blockade by jihadists paralyses Bamako",
    "A fuel blockade imposed by al-Qaeda-linked JNIM has left Bamako with long queues at petrol stations and schools closed, residents said. The jihadists have burned dozens of fuel tankers on the roads from Senegal and Ivory Coast. The army has begun escorting convoys. The US and other embassies advised their citizens to leave.",
    "terrorism humanitarian violence_against_civilians",
    "blockade",
)

C(
    "Syria: clashes between Druze fighters and Bedouin tribes in Sweida",
    "Clashes between Druze fighters and Bedouin tribes in Syria's Sweida province killed more than 30 people, the interior ministry said, and government forces deployed to the area were drawn into the fighting. Israel struck government tanks heading towards the city, saying it was protecting the Druze. Hundreds of families fled their homes.",
    "battle explosions_remote_violence displacement military_operation",
    "battle",
)

C(
    "Kenya: al-Shabaab IED kills police officers near Somali border",
    "Five police officers were killed when their vehicle hit a roadside bomb in Mandera county near the Somali border, police said, blaming al-Shabaab. The officers were on a patrol to protect telecommunication masts. The militants have stepped up attacks in north-eastern Kenya in recent months.",
    "explosions_remote_violence terrorism",
    "ied",
)

C(
    "Philippines: army raid on rebel camp in Mindanao",
    "The Philippine army said it had killed 12 members of the Dawlah Islamiyah militant group in a raid on their camp in Lanao del Sur, backed by air strikes. A soldier was killed. The military said the group was behind a bombing at a university Mass that killed four people last year.",
    "military_operation explosions_remote_violence battle",
    "raid",
)

C(
    "Nigeria: Boko Haram fighters abduct women gathering firewood",
    "Boko Haram fighters abducted more than 50 women who had left a displacement camp in Gamboru Ngala to collect firewood, local officials said. Women in the camps say they have no choice but to go out to find fuel for cooking. The army said it had launched a rescue operation.",
    "violence_against_civilians terrorism displacement military_operation",
    "abduction",
)

C(
    "Sudan: RSF fighters accused of mass killings in Gezira village",
    "RSF fighters killed more than 100 people in the village of Wad al-Noura in Gezira state, local activists said, after residents resisted an attack. Videos showed rows of bodies wrapped in shrouds awaiting burial. The army said the paramilitaries had shelled the village before storming it. Survivors fled to nearby towns.",
    "violence_against_civilians explosions_remote_violence displacement",
    "massacre",
)

C(
    "Ethiopia: Oromia gunmen abduct bus passengers",
    "Gunmen abducted dozens of passengers from buses travelling on the road between Gebre Guracha and Addis Ababa, relatives said, demanding ransoms. The government blamed the Oromo Liberation Army, which it calls a terrorist group; the rebels denied involvement. Security forces launched an operation in the area.",
    "violence_against_civilians terrorism military_operation",
    "abduction",
)

C(
    "Pakistan: troops and militants clash in North Waziristan",
    "Pakistani security forces killed 30 militants trying to cross from Afghanistan into North Waziristan, the military said, in an operation that lasted two days. Six soldiers were killed. The military described the fighters as 'khawarij', its term for the Pakistani Taliban. Residents of nearby villages were told to stay indoors.",
    "battle military_operation",
    "battle",
)

C(
    "Togo: security forces crack down on protests in Lomé",
    "Security forces in Togo fired tear gas and beat protesters in Lomé during three days of demonstrations against constitutional changes, rights groups said. At least seven bodies were later pulled from a lagoon and canals. Dozens of people were arrested, and internet access was restricted.",
    "unrest",
    "crackdown",
)

C(
    "Indonesia: riots after delivery driver killed by police vehicle",
    "Rioters set fire to regional parliament buildings in Makassar and looted the home of the finance minister in Jakarta after a police armoured vehicle ran over a motorcycle delivery driver during protests over lawmakers' allowances. At least three people died in the Makassar fire. Police fired tear gas and arrested hundreds.",
    "unrest",
    "riot",
)

C(
    "Northern Ireland: night of rioting in Ballymena",
    "Rioters threw petrol bombs and bricks at police in Ballymena for a third night, and several families from ethnic minorities fled their homes after they were attacked, police said. Seventeen officers were injured. Police said the violence was racially motivated thuggery.",
    "unrest violence_against_civilians displacement",
    "riot",
)

C(
    "Guinea: protesters shot dead in Conakry",
    "Security forces shot dead two young men during protests in Conakry against the military government's failure to hand over power, a rights group said. Protesters blocked roads with burning tyres and threw stones at police. The junta banned all demonstrations.",
    "unrest",
    "crackdown",
)

C(
    "Gaza: famine declared in Gaza City",
    "A UN-backed hunger monitor confirmed famine in Gaza City and surrounding areas, saying more than half a million people faced catastrophic conditions. It blamed the war and restrictions on aid deliveries. The Israeli government rejected the finding. The UN said children were dying of malnutrition-related causes every day.",
    "humanitarian",
    "famine",
)

C(
    "Sudan: cholera spreads in camps for people fleeing fighting",
    "Cholera has spread to camps sheltering people who fled fighting in El Fasher and Kordofan, the health ministry said, with hundreds of cases reported in a week. Médecins Sans Frontières said the treatment centres it supports were full. Many of the displaced drink water from unprotected wells.",
    "humanitarian displacement",
    "humanitarian",
)

C(
    "Ukraine: Russian shelling of Kherson bus stop",
    "Russian artillery shelled a bus stop in Kherson on Monday morning, killing two people and wounding seven as they waited to go to work, the regional administration said. Russian forces on the other bank of the Dnipro have shelled the city daily. Authorities urged remaining residents of riverside districts to leave.",
    "explosions_remote_violence violence_against_civilians displacement",
    "shelling",
)

C(
    "Sahel: jihadists attack Djibo displacement camp",
    "Jihadist fighters attacked a camp for displaced people on the outskirts of Djibo, killing dozens of residents and burning shelters, according to local sources. Army volunteers fought the attackers for several hours. The camp hosted families who had already fled attacks on their villages.",
    "violence_against_civilians terrorism battle displacement",
    "attack_on_camp",
)

C(
    "Myanmar: Arakan Army captures Buthidaung",
    "The Arakan Army said it had captured the town of Buthidaung in Rakhine State after weeks of fighting with the military. Rohingya residents accused the rebels of burning their homes and forcing tens of thousands to flee; the AA denied it. The military carried out air strikes on the town after its withdrawal.",
    "battle displacement violence_against_civilians explosions_remote_violence",
    "battle",
)

C(
    "Haiti: police and Kenyan officers launch operation in Port-au-Prince",
    "Haitian police and Kenyan officers of the multinational mission launched an operation against gangs in the Delmas area, using armoured vehicles and drones, the police said. At least 11 gang members were killed. Residents were ordered to stay indoors as gunfire rang out for hours.",
    "military_operation battle",
    "operation",
)

# ====================================================================== conflict: hard negatives

# disaster
C(
    "Pakistan: monsoon floods displace hundreds of thousands",
    "Monsoon floods have killed more than 700 people and displaced over 400,000 in Khyber Pakhtunkhwa and Punjab since late June, the disaster management authority said. The army deployed helicopters and boats to rescue villagers stranded on rooftops. Relief camps in Buner district are full. Aid agencies warned of cholera in the camps.",
    "",
    "hard_negative_disaster",
)
C(
    "Live: earthquake in western Afghanistan",
    "10:12 – A magnitude 6.3 earthquake struck near Herat, the USGS says. 11:00 – The Taliban's disaster ministry says at least 320 people were killed and villages in Zindajan district were flattened. 12:30 – Thousands of survivors are sleeping in tents. 13:15 – The UN is sending emergency teams.",
    "",
    "hard_negative_disaster",
)
C(
    "Mozambique: cyclone forces families into schools",
    "Cyclone Chido tore through Cabo Delgado province, destroying tens of thousands of homes and killing at least 94 people, the disaster institute said. Families sheltered in schools and churches in Pemba. The district, already struggling with an insurgency, has little capacity to respond. WFP began distributing food on Monday.",
    "",
    "hard_negative_disaster",
)
C(
    "Sudan: Arba'at dam burst sweeps away villages",
    "A dam north of Port Sudan burst after heavy rains, sweeping away villages and killing at least 30 people, officials said. Hundreds are missing. Residents fled to higher ground and the army helped evacuate survivors. The region has received many people displaced by the war elsewhere.",
    "",
    "hard_negative_disaster",
)
C(
    "Greece: wildfire forces evacuation of Athens suburbs",
    "A wildfire driven by strong winds forced the evacuation of thousands of residents in suburbs north of Athens, and one woman was found dead in a burned factory. Firefighters, helped by soldiers and aircraft, battled the blaze through the night. The civil protection ministry sent evacuation alerts to mobile phones.",
    "",
    "hard_negative_disaster",
)
C(
    "DR Congo: landslide buries homes in South Kivu",
    "A landslide after torrential rain buried dozens of homes in the village of Lomera in South Kivu, killing at least 40 people, local authorities said. Survivors dug through the mud with their hands. Many residents had moved to the area to work in artisanal gold mines.",
    "",
    "hard_negative_disaster",
)
C(
    "Rohingya camp fire leaves thousands homeless",
    "A fire swept through a Rohingya refugee camp in Cox's Bazar on Sunday, destroying about 1,000 shelters and leaving thousands of people homeless, officials said. No deaths were reported. The cause of the fire is under investigation. Aid groups set up temporary shelters.",
    "",
    "hard_negative_disaster",
)

# crime
C(
    "US: gunman kills four at Georgia high school",
    "A 14-year-old student opened fire at Apalachee High School in Winder, Georgia, killing two students and two teachers, authorities said. Police said the suspect surrendered to officers within minutes. Investigators did not give a motive. The school will remain closed for the rest of the week.",
    "",
    "hard_negative_crime",
)
C(
    "South Africa: tavern shooting in Soweto",
    "Gunmen opened fire on patrons at a tavern in Soweto late on Saturday, killing 12 people, police said. The attackers fled in a minibus. Police said the motive was unclear but that the area had seen disputes between illegal mining gangs. A manhunt was under way.",
    "",
    "hard_negative_crime",
)
C(
    "Colombia: police seize 14 tonnes of cocaine",
    "Colombian police seized more than 14 tonnes of cocaine in a warehouse in the port city of Buenaventura, the largest seizure in a decade, the defence minister said. The drugs belonged to the Gulf Clan, he said. Officers arrested three men. The cocaine was packed among bananas bound for Europe.",
    "",
    "hard_negative_crime",
)
C(
    "Nigeria: businessman kidnapped for ransom in Lagos released",
    "A Lagos businessman kidnapped from his car last week has been released after his family paid a ransom, police said. Three suspects were arrested in Ogun state. Police said the gang had carried out several kidnappings for money in the city.",
    "",
    "hard_negative_crime",
)
C(
    "Germany: man on trial for knife attack at festival",
    "A 26-year-old man went on trial in Düsseldorf on Tuesday accused of killing three people in a knife attack at a city festival. Prosecutors say he acted out of personal grievances and was not part of any group. He faces life in prison if convicted.",
    "",
    "hard_negative_crime",
)
C(
    "Mexico: jewellery store robbery in Guadalajara mall",
    "Armed robbers smashed display cases at a jewellery store in a Guadalajara shopping mall and escaped with watches worth millions of pesos, prosecutors said. A security guard was shot in the leg. Shoppers hid in stores during the robbery, which lasted less than three minutes.",
    "",
    "hard_negative_crime",
)

# sport
C(
    "Football: Arsenal's attack shreds Leverkusen's defence",
    "Arsenal's front three tore Bayer Leverkusen's defence apart in a 4-1 win, with the striker scoring twice in the first half. Leverkusen were under siege for long spells after the break. The Gunners now lead their group by three points.",
    "",
    "hard_negative_sport",
)
C(
    "Boxing: heavyweight title fight ends in brutal knockout",
    "The champion knocked out his challenger in the ninth round of a bruising heavyweight fight in Riyadh. Both men were cut, and the challenger was taken to hospital as a precaution. 'It was a war in there,' the winner said.",
    "",
    "hard_negative_sport",
)
C(
    "Rugby: Ireland's defence holds firm in Paris battle",
    "Ireland's defence withstood a late French onslaught to win 24-21 in a bruising battle at the Stade de France. The visitors made more than 200 tackles. France's coach said his side had 'bombarded' the Irish line but lacked precision.",
    "",
    "hard_negative_sport",
)
C(
    "Fans clash after derby in Buenos Aires",
    "Rival supporters fought with sticks and stones outside the stadium after the Buenos Aires derby, and police used rubber bullets to separate them. Twenty people were arrested. The league said the club would play its next two matches without away fans.",
    "",
    "hard_negative_sport",
)
C(
    "Cricket: bowlers launch all-out assault on Australia",
    "India's fast bowlers launched an all-out assault on Australia's top order on the opening morning in Perth, reducing the hosts to 67 for 7. The captain said the team had 'gone to war' with short-pitched bowling.",
    "",
    "hard_negative_sport",
)
C(
    "Chess: defending champion survives attack in Game 7",
    "The defending world champion survived a fierce kingside attack in Game 7 and held a draw after six hours. His challenger sacrificed a knight early. The match is level with five games to play.",
    "",
    "hard_negative_sport",
)

# politics
C(
    "US: senators battle over defence bill",
    "Senators battled late into the night over the annual defence bill, with Republicans attacking a provision on military aid to Ukraine. The majority leader accused opponents of 'holding the troops hostage'. The bill passed 85-14 on Thursday.",
    "",
    "hard_negative_politics",
)
C(
    "UK: opposition launches attack on budget",
    "The opposition launched a blistering attack on the chancellor's budget, calling it 'a war on working families'. The chancellor said the plans would restore stability. MPs will vote on the measures next week.",
    "",
    "hard_negative_politics",
)
C(
    "Taiwan: lawmakers scuffle in parliament",
    "Lawmakers pushed, shoved and threw papers at each other in Taiwan's parliament during a debate over reforms that would expand its powers. Several legislators were taken to hospital with minor injuries. The bills passed after a second day of debate.",
    "",
    "hard_negative_politics",
)
C(
    "Kenya: president announces cabinet reshuffle after protests",
    "Kenya's president dismissed almost his entire cabinet following weeks of protests over tax increases. He said he would form a broad-based government. Opposition leaders welcomed the move but demanded accountability for the deaths of protesters in June.",
    "",
    "hard_negative_politics",
)
C(
    "France: government survives no-confidence vote",
    "The French government survived a no-confidence motion by 15 votes after the Socialists decided to abstain. The prime minister called it a battle won but not the war. The budget will now go to the Senate.",
    "",
    "hard_negative_politics",
)
C(
    "Mexico: president declares 'war on fentanyl' in speech",
    "Mexico's president declared a 'war on fentanyl' in her address to Congress, promising new laws against synthetic drugs and more laboratories to test seized substances. Critics said the rhetoric recalled failed past strategies.",
    "",
    "hard_negative_politics",
)

# economy
C(
    "Airlines launch price war on Gulf routes",
    "Low-cost carriers have launched a price war on routes between the Gulf and South Asia, with fares falling by a third since January. Analysts expect consolidation. 'It's a battle for survival,' one chief executive said.",
    "",
    "hard_negative_economy",
)
C(
    "Press release: defence contractor reports record orders",
    "FOR IMMEDIATE RELEASE – The company today reported record order intake of 14 billion euros for the first half of the year, driven by demand for artillery shells and air defence systems. Revenue rose 30%. The chief executive said capacity at the company's plants would double by 2027. ENDS.",
    "",
    "hard_negative_economy",
)
C(
    "Tech giants in AI arms race",
    "The largest technology companies will spend more than $300 billion on data centres this year as they race to dominate artificial intelligence, analysts estimate. One investor called it an arms race with no finish line. Shares of chipmakers rose.",
    "",
    "hard_negative_economy",
)
C(
    "Trade war: new tariffs hit Chinese electric vehicles",
    "The European Union imposed tariffs of up to 35% on electric vehicles made in China, escalating a trade war that Beijing warned would hurt both sides. China retaliated with an investigation into European pork imports. Carmakers said prices would rise.",
    "",
    "hard_negative_economy",
)
C(
    "UniCredit makes hostile bid for Banco BPM",
    "UniCredit launched a hostile takeover bid for Banco BPM worth 10 billion euros, catching the target's board off guard. The government said it would examine the deal. Shares of both banks rose in Milan.",
    "",
    "hard_negative_economy",
)
C(
    "Ukraine's economy grows despite war, central bank says",
    "Ukraine's economy grew by about 3% last year, the central bank said, helped by a strong harvest and exports through the Black Sea. It kept its key interest rate at 15.5%. Inflation is expected to slow in the second half of the year.",
    "",
    "hard_negative_economy",
)

# peaceful protest
C(
    "Live: climate march in London",
    "12:00 – Marchers gather at Hyde Park. 12:45 – Police estimate the crowd at 20,000. 14:10 – The march reaches Parliament Square with drums and banners. 15:30 – Organisers thank the police; no arrests were reported.",
    "",
    "hard_negative_protest_peaceful",
)
C(
    "Argentina: pensioners march peacefully on Congress",
    "Thousands of pensioners marched to Congress in Buenos Aires on Wednesday to protest against cuts to their benefits. The demonstration passed without incident, police said. The pensioners have marched every Wednesday for months.",
    "",
    "hard_negative_protest_peaceful",
)
C(
    "Serbia: students block bridges with silent vigil",
    "Students blocked three bridges over the Danube in Novi Sad for 24 hours with a silent vigil commemorating the victims of a railway station collapse. Participants held 15 minutes of silence at noon. Police did not intervene and the protest ended peacefully.",
    "",
    "hard_negative_protest_peaceful",
)
C(
    "Farmers' tractors block roads into Brussels",
    "Hundreds of farmers drove tractors into Brussels and blocked roads around the European Parliament to protest against trade deals and red tape. They sprayed manure on the road and honked horns, but police reported no violence. Traffic was disrupted for hours.",
    "",
    "hard_negative_protest_peaceful",
)
C(
    "Israel: hostage families form human chain in Tel Aviv",
    "Tens of thousands of Israelis formed a human chain through Tel Aviv to demand a deal to bring home the hostages held in Gaza. The protest was peaceful. Organisers said it was the largest gathering since the war began.",
    "",
    "hard_negative_protest_peaceful",
)
C(
    "Climate activists glue themselves to motorway in Germany",
    "Climate activists glued themselves to a motorway near Munich during the morning rush hour, and police arrested 14 of them after removing them with solvent. No one was hurt. The group said it would continue its campaign of civil disobedience.",
    "",
    "hard_negative_protest_peaceful",
)

# peace
C(
    "Colombia: government and ELN resume peace talks in Caracas",
    "Colombia's government and the ELN rebel group resumed peace talks in Caracas on Monday after a four-month pause, with Cuba and Norway as guarantors. The negotiators said they would discuss a new ceasefire and the participation of civil society. No date was set for an agreement.",
    "",
    "hard_negative_peace",
)
C(
    "Press release: UN Security Council renews UNMISS mandate",
    "NEW YORK – The Security Council today unanimously adopted a resolution renewing the mandate of the UN Mission in South Sudan for another year. The resolution keeps the troop ceiling at 17,000 and asks the mission to support preparations for elections. The South Sudanese ambassador welcomed the decision.",
    "",
    "hard_negative_peace",
)
C(
    "Ukraine and Russia agree prisoner exchange in Istanbul",
    "Ukrainian and Russian delegations meeting in Istanbul agreed to exchange 1,000 prisoners each, the largest swap of the war, Turkish mediators said. The two sides also discussed a possible meeting of their leaders. The exchange is to take place in stages.",
    "",
    "hard_negative_peace",
)
C(
    "Ceasefire between Thailand and Cambodia takes effect",
    "A ceasefire between Thailand and Cambodia took effect at midnight, Malaysian mediators said, and both sides reported a quiet night along the border. Military commanders will meet to discuss the withdrawal of troops. Displaced villagers were told to wait before going home.",
    "",
    "hard_negative_peace",
)
C(
    "Mindanao: former rebels hand in weapons in decommissioning ceremony",
    "Former fighters of the Moro Islamic Liberation Front handed in hundreds of weapons at a decommissioning ceremony in Sultan Kudarat, under the 2014 peace agreement. Each combatant received cash and livelihood support. The peace process panel said the final phase would be completed next year.",
    "",
    "hard_negative_peace",
)
C(
    "Sudan: mediators announce humanitarian truce talks in Jeddah",
    "Saudi and US mediators invited Sudan's army and the RSF to new talks in Jeddah on a humanitarian truce and the protection of civilians. Both sides said they would send delegations. Previous rounds produced commitments that were not respected.",
    "",
    "hard_negative_peace",
)

# history
C(
    "Rwanda marks 30 years since genocide",
    "Rwanda began a week of commemorations on Sunday marking 30 years since the genocide in which some 800,000 people were killed. The president lit a flame at the Kigali Genocide Memorial. Survivors gave testimony, and foreign leaders laid wreaths. Schools held a minute of silence.",
    "",
    "hard_negative_history",
)
C(
    "WWII bomb defused in Cologne after evacuation",
    "Bomb disposal experts defused three unexploded American bombs from the Second World War in Cologne after 20,000 residents were evacuated from the city centre. It was the largest evacuation in the city since 1945. Residents returned in the evening.",
    "",
    "hard_negative_history",
)
C(
    "Srebrenica: remains of seven victims buried on anniversary",
    "The remains of seven victims of the 1995 Srebrenica massacre were buried at the memorial centre in Potočari on the 30th anniversary of the killings. Thousands of people attended. The victims were identified through DNA analysis of bones found in mass graves.",
    "",
    "hard_negative_history",
)
C(
    "Vietnam: reenactment marks 50 years since fall of Saigon",
    "Thousands of soldiers paraded and reenacted the capture of the presidential palace in Ho Chi Minh City to mark 50 years since the end of the Vietnam War. Tanks rolled past the palace gates, and jets flew overhead. Veterans from both sides attended.",
    "",
    "hard_negative_history",
)
C(
    "Normandy: last veterans at D-Day ceremony",
    "A handful of veterans, most of them over 100, attended ceremonies in Normandy marking the anniversary of the D-Day landings. Leaders laid wreaths at the American cemetery above Omaha Beach. A flypast of wartime aircraft closed the event.",
    "",
    "hard_negative_history",
)
C(
    "Historians publish new account of Biafra war",
    "A new history of the Biafran war, based on previously closed archives, estimates that up to two million people died in the 1967-70 conflict, most of them from starvation. The authors spent ten years on the book. It will be published in English and Igbo.",
    "",
    "hard_negative_history",
)

# entertainment
C(
    "Review: war drama follows a platoon in Mosul",
    "The new film follows a platoon of Iraqi special forces through the battle for Mosul, with relentless gunfire and explosions. The director shot it in Morocco with non-professional actors. It is gripping but exhausting. In cinemas from Friday.",
    "",
    "hard_negative_entertainment",
)
C(
    "Video game set in Ukrainian war tops sales charts",
    "A tactical shooter set during the war in Ukraine has topped sales charts in Europe, with players controlling drone teams and infantry units. The studio, based in Kyiv, said part of the profits would go to charity. Critics praised its realism.",
    "",
    "hard_negative_entertainment",
)
C(
    "Exhibition: war photographers' images of Gaza and Sudan",
    "A new exhibition in Paris brings together images by photographers who covered the wars in Gaza, Sudan and Ukraine, including pictures of air strikes and displacement camps. Several of the photographers were killed in the field. The show runs until March.",
    "",
    "hard_negative_entertainment",
)
C(
    "TV: series on Colombian guerrilla war wins award",
    "A drama series about a young woman who joins the FARC guerrilla and later lays down her arms won the top prize at a television festival in Cannes. The writers interviewed dozens of former fighters. The second season begins filming in the autumn.",
    "",
    "hard_negative_entertainment",
)
C(
    "Memoir: a Syrian refugee's journey becomes a bestseller",
    "A memoir by a Syrian woman who fled the bombing of Aleppo and crossed the Aegean to Greece has become a bestseller in Germany. She now works as a nurse in Hamburg. Film rights have been sold.",
    "",
    "hard_negative_entertainment",
)
C(
    "Opera: new production of War and Peace opens in Moscow",
    "A new production of Prokofiev's War and Peace opened at the Bolshoi with a cast of more than 100 singers, cannons firing on stage and a burning Moscow as its backdrop. Critics praised the battle scenes. The run is sold out.",
    "",
    "hard_negative_entertainment",
)

# military
C(
    "Poland unveils record defence budget",
    "Poland will spend 4.7% of its GDP on defence next year, the highest share in NATO, the government said. The budget includes the purchase of tanks, howitzers and attack helicopters. The defence minister said the army would grow to 300,000 soldiers.",
    "",
    "hard_negative_military",
)
C(
    "North Korea test-fires missiles into the sea",
    "North Korea fired several short-range ballistic missiles into the sea off its east coast on Thursday, South Korea's joint chiefs of staff said. The missiles flew about 350 km. Japan said none landed in its exclusive economic zone.",
    "",
    "hard_negative_military",
)
C(
    "NATO exercise tests Baltic defences",
    "More than 90,000 troops from NATO countries are taking part in the alliance's largest exercise in decades, with live-fire drills in Poland and the Baltic states. Troops practised crossing rivers and defending against an attack on the alliance's eastern flank. The exercise ends in May.",
    "",
    "hard_negative_military",
)
C(
    "Navy commissions new frigate",
    "The navy commissioned its newest frigate at a ceremony attended by the defence minister in the port of Toulon. The ship carries anti-submarine helicopters and missiles. It will join a carrier strike group next year.",
    "",
    "hard_negative_military",
)
C(
    "Germany reintroduces voluntary military service",
    "Germany's cabinet approved a new voluntary military service scheme, under which all 18-year-old men will have to fill in a questionnaire about their willingness to serve. The defence minister said the army needed tens of thousands more soldiers. The opposition called it a half-measure.",
    "",
    "hard_negative_military",
)
C(
    "Victory Day parade in Red Square",
    "Russia held its annual Victory Day parade in Red Square, with thousands of troops, tanks and intercontinental missile launchers. Foreign leaders watched from the stands. The president spoke for 15 minutes.",
    "",
    "hard_negative_military",
)

# accident
C(
    "Live: train collision in Greece",
    "23:55 – A passenger train and a freight train collide head-on near Larissa. 01:30 – Firefighters say at least 26 people are dead and dozens injured. 03:00 – Cranes lift the carriages. 08:00 – The transport minister resigns.",
    "",
    "hard_negative_accident",
)
C(
    "Boat carrying migrants capsizes off Libya",
    "A boat carrying about 80 migrants capsized off the Libyan coast, and at least 61 are feared drowned, the IOM said. Survivors said the boat left from Zuwara. The coastguard recovered 19 bodies.",
    "",
    "hard_negative_accident",
)
C(
    "Mine collapse in Zambia traps workers",
    "A mine wall collapsed at an open-pit copper mine in Chingola after heavy rains, trapping dozens of informal miners. Rescuers recovered 30 bodies. The government ordered an inspection of all mines in the area.",
    "",
    "hard_negative_accident",
)
C(
    "Iran: port explosion kills dozens in Bandar Abbas",
    "A huge explosion at the Shahid Rajaee port near Bandar Abbas killed at least 57 people and injured more than 1,000, officials said. The blast was caused by chemicals stored in containers, and officials ruled out sabotage. Smoke covered the city for days.",
    "",
    "hard_negative_accident",
)
C(
    "India: stampede at religious festival",
    "At least 30 people were killed in a stampede at the Kumbh Mela festival in Prayagraj when crowds rushed to bathe at dawn. Police said barriers broke under pressure from the crowd. The government announced compensation for the families.",
    "",
    "hard_negative_accident",
)
C(
    "Plane crash in Ahmedabad",
    "An Air India Boeing 787 bound for London crashed shortly after take-off from Ahmedabad, killing 241 people on board and dozens on the ground. One passenger survived. Investigators recovered the flight recorders.",
    "",
    "hard_negative_accident",
)

# health
C(
    "Press release: measles vaccination campaign in Chad",
    "N'DJAMENA – The health ministry, with support from WHO and UNICEF, today launched a measles vaccination campaign targeting 3 million children aged 6 months to 14 years. Vaccination teams will visit schools, markets and refugee camps. The campaign lasts ten days.",
    "",
    "hard_negative_health",
)
C(
    "Mpox outbreak spreads in eastern DRC",
    "Cases of mpox are rising in South Kivu, with more than 1,500 suspected cases and 30 deaths recorded this month, the health ministry said. Health workers say crowded housing in Uvira and Bukavu helps the virus spread. Vaccines arrived in Kinshasa last week.",
    "",
    "hard_negative_health",
)
C(
    "Cholera outbreak in Zambia after floods",
    "Zambia has recorded more than 10,000 cholera cases and 400 deaths since October, the health ministry said. The government turned a football stadium into a treatment centre. Schools reopened late.",
    "",
    "hard_negative_health",
)
C(
    "Dengue cases surge in Bangladesh",
    "Hospitals in Dhaka are overwhelmed by dengue patients, with more than 1,000 admissions a day, the health directorate said. Officials blame an early monsoon. The city is spraying insecticide in residential areas.",
    "",
    "hard_negative_health",
)
C(
    "Polio drops for children in Pakistan's north-west",
    "Pakistan launched a nationwide polio campaign to vaccinate 45 million children, with police escorting vaccinators in parts of Khyber Pakhtunkhwa. The country recorded 74 polio cases last year. Health workers go door to door for a week.",
    "",
    "hard_negative_health",
)
C(
    "Malaria vaccine rollout expands",
    "Eight more African countries have begun giving the malaria vaccine to young children, WHO said. The shots are given in four doses. Officials hope to reach millions of children by the end of the year.",
    "",
    "hard_negative_health",
)

# other
C(
    "Former refugee elected mayor in Norway",
    "A man who arrived in Norway as a refugee from Somalia at the age of nine was elected mayor of a town near Oslo. He said his story showed what integration could achieve. He plans to focus on housing.",
    "",
    "negative_other",
)
C(
    "Elections: Sri Lanka votes for new parliament",
    "Sri Lankans voted in a parliamentary election on Thursday, with turnout at about 65%. The president's party is expected to win a majority. Results are due on Friday.",
    "",
    "negative_other",
)
C(
    "Migrants land on Lampedusa",
    "More than 1,000 migrants arrived on the Italian island of Lampedusa over the weekend in dozens of small boats, most of them from Tunisia and Libya. The reception centre was over capacity. Transfers to Sicily began on Monday.",
    "",
    "negative_other",
)
C(
    "Science: satellites track deforestation in the Amazon",
    "Satellite data show deforestation in the Brazilian Amazon fell by 30% in the 12 months to July, the space research institute said. The government credited stronger enforcement. Fires remain a concern in the dry season.",
    "",
    "negative_other",
)


if __name__ == "__main__":
    sys.exit(main())
