"""eval/dev70 items: Syria, Iraq, Yemen, Libya and Marawi (2014-2025).

Aleppo's satellite counts and evacuation, Eastern Ghouta, Idlib's barrel bombs, Raqqa and its
mines, Deir ez-Zor's bridges, strikes on northeast Syria's power stations, Homs and the
returns after December 2024; Mosul's old city, its rubble, dead and missing, Sinjar and the
rebuilding; Yemen's air raids, Saada and Hodeidah; Tripoli's southern front; the siege of
Marawi and its slow reconstruction.
"""

from figset import F

F(
    "Satellite images show scale of Aleppo damage",
    "UNOSAT said satellite imagery of Aleppo taken in {{September 2016}} showed "
    "[[33,521 damaged structures|housing;a=UNOSAT]] across the city, "
    "[[4,773|housing;u=structure;a=UNOSAT]] of them destroyed, most in the rebel-held east. The "
    "number of damaged structures had risen by about {{a quarter}} since {{2014}}, it said.",
)

F(
    "Green buses carry last residents out of east Aleppo",
    "[[About 35,000 people|displaced;a=the International Committee of the Red Cross]] have been "
    "evacuated from eastern Aleppo in convoys of green buses over {{eight days}}, the "
    "International Committee of the Red Cross said, among them "
    "[[about 4,000 fighters|combatants;a=the International Committee of the Red Cross]]. The "
    "World Health Organization said [[more than 400 wounded|injured;"
    "a=The World Health Organization]] had been taken to hospitals in Idlib and Turkey.",
)

F(
    "UN-Habitat counts Mosul's damaged houses",
    "UN-Habitat said [[about 138,000 houses|housing;a=UN-Habitat]] in Mosul had been damaged in "
    "the battle to retake the city from Islamic State, "
    "[[more than 8,000|housing;u=structure;a=UN-Habitat]] of them in the old city on the west "
    "bank of the Tigris. The UN estimated that the fighting had left "
    "[[7.6 million tonnes|other;a=The UN]] of rubble in the city.",
)

F(
    "Mosul rescuers still pulling bodies from old city",
    "Civil defence teams in Mosul said they had pulled "
    "[[2,585 bodies|killed;a=Civil defence teams in Mosul]] from the rubble of the old city "
    "since the battle ended in {{July 2017}}, most of them civilians. The provincial council "
    "said [[about 1,200 residents|missing;a=The provincial council]] were still listed as "
    "missing, and that [[some 5,000 buildings|housing;a=The provincial council]] in the old city "
    "were too unsafe to search.",
)

F(
    "Rights groups count civilian dead in Raqqa battle",
    "Amnesty International and Airwars said coalition strikes and artillery during the "
    "{{four-month}} battle for Raqqa in {{2017}} killed "
    "[[more than 1,600 civilians|killed;a=Amnesty International and Airwars]]. US forces alone "
    "fired [[about 30,000 artillery rounds|other;a=Amnesty International and Airwars]] into the "
    "city, they said. [[Nearly 11,000 buildings|housing;a=UN satellite analysis]] were damaged "
    "or destroyed, according to UN satellite analysis.",
)

F(
    "Ghouta death toll passes 500 in a week",
    "Syrian government bombardment of Eastern Ghouta killed "
    "[[more than 500 people|killed;a=the Syrian Observatory for Human Rights]] in a week, "
    "including [[121 children|killed;a=the Syrian Observatory for Human Rights]], the Syrian "
    "Observatory for Human Rights said. [[About 400,000 people|civilians]] have been trapped in "
    "the enclave since {{2013}}. The Syrian American Medical Society said "
    "[[25 hospitals and clinics|housing;n=hospitals and clinics;"
    "a=The Syrian American Medical Society]] had been hit in {{48 hours}}.",
)

F(
    "Barrel bombs rain on Idlib and Hama",
    "The Syrian Network for Human Rights said government helicopters and planes dropped "
    "[[more than 1,000 barrel bombs|other;u=other;a=The Syrian Network for Human Rights]] on "
    "Idlib and Hama provinces over the summer, and that "
    "[[at least 50 schools|housing;a=The Syrian Network for Human Rights]] and "
    "[[24 medical facilities|housing;a=The Syrian Network for Human Rights]] were hit.",
)

F(
    "Syrians return to ruined homes after Assad's fall",
    "UNHCR said [[more than 500,000 Syrians|returned;a=UNHCR]] had come back from abroad since "
    "the fall of Bashar al-Assad on {{8 December 2024}}, and that "
    "[[about 1.2 million internally displaced people|returned;a=UNHCR]] had gone back to their "
    "areas of origin. Many found their homes destroyed; the agency estimates "
    "[[about 328,000 homes|housing;a=the agency;alt=UNHCR]] are uninhabitable.",
)

F(
    "World Bank puts Syria's reconstruction bill at $216 billion",
    "The World Bank's latest assessment put the cost of physical damage in Syria at "
    "{{$108 billion}} and reconstruction needs at {{$216 billion}}, or about {{10 times}} the "
    "country's {{2024}} economic output. Residential buildings account for about {{a third}} of "
    "the damage, and Aleppo, Rural Damascus and Homs for {{more than half}}, it said.",
)

F(
    "Marawi battle left 3,000 structures destroyed",
    "The {{five-month}} battle for Marawi left the city's main battle area in ruins, with "
    "[[about 3,000 structures|housing;a=Task Force Bangon Marawi]] destroyed, Task Force Bangon "
    "Marawi said. The military said [[165 soldiers and police|killed;n=soldiers and police;"
    "a=The military]] and [[more than 900 militants|killed;a=The military]] were killed, while "
    "[[more than 350,000 people|displaced;a=The military]] fled the city and nearby towns.",
)

F(
    "Marawi families still waiting to go home",
    "{{Six years}} after the siege, "
    "[[between 15,000 and 17,000 families|displaced;a=the UN refugee agency]] from Marawi's most "
    "affected area were still living in transitional shelters or with relatives, according to "
    "the UN refugee agency. The government said it had completed "
    "[[2,400 permanent houses|housing;a=The government]] in resettlement sites and planned "
    "[[another 1,500|housing;u=structure;p;a=The government]].",
)

F(
    "Yemen Data Project counts 25,000 air raids",
    "The Yemen Data Project recorded [[25,054 air raids|other;u=other;a=The Yemen Data Project]] "
    "by the Saudi-led coalition between {{March 2015}} and {{April 2022}}, about {{a third}} of "
    "them on non-military sites, and said "
    "[[at least 150 schools|housing;a=The Yemen Data Project]] and "
    "[[90 hospitals|housing;a=The Yemen Data Project]] were hit.",
)

F(
    "Strikes on Hodeidah port destroy cranes",
    "Israeli airstrikes on Hodeidah port destroyed "
    "[[four cranes|other;u=other;a=the Houthi-run port authority]] and damaged fuel tanks, the "
    "Houthi-run port authority said. The port handles about {{70%}} of Yemen's imports. Houthi "
    "forces have fired [[more than 40 ballistic missiles|other;a=the Israeli military]] and "
    "[[dozens of drones|other;a=the Israeli military]] at Israel since March, the Israeli "
    "military said.",
)

F(
    "Tripoli fighting displaces 120,000",
    "Fighting in Tripoli's southern suburbs has displaced "
    "[[more than 120,000 people|displaced;a=the UN]] since Khalifa Haftar's forces launched "
    "their offensive in {{April 2019}}, the UN said. An airstrike on the Tajoura detention "
    "centre on {{2 July}} killed [[53 migrants|killed;a=the UN mission]], the UN mission said, "
    "and shelling has damaged [[at least 40 schools|housing;a=the UN mission]] in the capital.",
)

F(
    "Yazidis still in camps a decade on",
    "[[About 200,000 Yazidis|displaced;a=the International Organization for Migration]] remain "
    "in camps in Iraq's Duhok province, the International Organization for Migration said, "
    "nearly {{a decade}} after Islamic State overran Sinjar, where around {{70%}} of homes were "
    "destroyed. Iraqi teams have exhumed [[more than 70 mass graves|other;u=other]] in the "
    "Sinjar area.",
)

F(
    "Booby traps kill returnees in Raqqa",
    "Mines and booby traps left by Islamic State in Raqqa killed "
    "[[more than 150 people|killed;a=Handicap International]] and wounded "
    "[[about 600|injured;a=Handicap International]] in the {{six months}} after the city was "
    "retaken, Handicap International said. Its deminers have removed "
    "[[about 4,000 explosive devices|other]] from homes, schools and streets.",
)

F(
    "Euphrates bridges down, Deir ez-Zor relies on ferries",
    "Coalition and Russian airstrikes destroyed "
    "[[all five bridges|other;u=other;a=local officials]] across the Euphrates in Deir ez-Zor "
    "province in {{2017}}, leaving [[about 300,000 people|civilians;a=local officials]] on the "
    "east bank reliant on small ferries, local officials said.",
)

F(
    "Turkish strikes cut power across northeast Syria",
    "Turkish drone strikes in {{January 2024}} knocked out "
    "[[two power stations|other;u=other;a=the Kurdish-led administration]] and "
    "[[48 oil facilities|other;u=other;a=the Kurdish-led administration]] in northeast Syria, "
    "leaving [[about 2 million people|civilians;a=the Kurdish-led administration]] without "
    "power, the Kurdish-led administration said.",
)

F(
    "Mosul rebuilt house by house",
    "UNDP's Funding Facility for Stabilization said it had rehabilitated "
    "[[about 35,000 houses|housing;a=UNDP's Funding Facility for Stabilization]] in Mosul and "
    "[[more than 300 schools|housing;a=UNDP's Funding Facility for Stabilization]] across "
    "Nineveh province since {{2017}}, and that "
    "[[more than 1.9 million people|returned;a=UNDP's Funding Facility for Stabilization]] had "
    "returned to the province.",
)

F(
    "Mosul's al-Nuri mosque reopens",
    "The al-Nuri mosque in Mosul, blown up by Islamic State in {{June 2017}}, reopened after a "
    "UNESCO reconstruction that included its {{45-metre}} leaning al-Hadba minaret, which dates "
    "from the {{12th century}}. The project, funded with about {{$50 million}} from the United "
    "Arab Emirates, took more than {{five years}}.",
)

F(
    "Coalition strike on Saada prison kills dozens",
    "A Saudi-led coalition airstrike on a prison in Saada killed "
    "[[at least 87 people|killed;a=Médecins Sans Frontières]] and wounded "
    "[[266|injured;a=Médecins Sans Frontières]], Médecins Sans Frontières said. The coalition "
    "said it had carried out [[more than 20 strikes|other;u=other;a=The coalition]] on "
    "Houthi targets in the province that night.",
)

F(
    "Families come back to Homs's old city",
    "[[About 2,500 families|returned;a=the governorate]] have returned to the old city of Homs "
    "since government forces retook it in {{May 2014}}, the governorate said, but "
    "[[some 13,000 homes|housing;a=the governorate]] there remain damaged and many streets are "
    "still blocked by rubble.",
)
