"""dev62 items: Sudanese fleeing into Chad, Egypt, South Sudan, Libya and Uganda; expulsions
across the Sahara (Algeria, Niger, Libya); Syrians returning from Lebanon, Turkey and Jordan.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Sudanese refugees keep crossing into Chad",
    "[[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have crossed into eastern Chad since fighting began in {{April 2023}}, UNHCR said, with [[about 1,200 a day|displaced;a=UNHCR]] arriving at Adré in recent weeks. "
    "[[Another 180,000 Chadian returnees|returned;a=UNHCR]] have come back, many after decades in Darfur, it said. "
    "{{Nine in 10}} of the new arrivals are women and children.",
)

F(
    "Egypt says Sudanese arrivals top a million",
    "Egypt's foreign ministry said [[about 1.2 million Sudanese|displaced;a=Egypt's foreign ministry]] had entered the country since {{April 2023}}, many through the Argeen and Qustul crossings. "
    "With the army back in Khartoum, [[about 5,000|returned;a=officials in Aswan]] are now going home each week, officials in Aswan said, on [[two free trains a week|other;u=other;n=trains]] and buses that cost about {{$50}} a seat.",
)

F(
    "Renk transit centre overwhelmed",
    "[[More than 800,000 people|displaced;a=IOM]] have crossed from Sudan into South Sudan, IOM said, [[about 560,000 of them|returned;n=-;a=IOM]] South Sudanese returnees. "
    "The transit centre in Renk, built for [[3,000 people|capacity]], held [[more than 15,000|displaced]] in {{February}}. "
    "Boats take returnees {{about 1,000 kilometres}} up the Nile to Malakal.",
)

F(
    "Sudanese reach Kufra in Libya",
    "[[About 40,000 Sudanese|displaced;a=the municipality]] have arrived in Kufra in south-eastern Libya, the municipality said, after crossing {{more than 1,000 kilometres}} of desert. "
    "IOM said it had given food and water to [[about 9,000|aid;a=IOM]] of them in {{October}}.",
)

F(
    "Syrians return home after fall of Assad",
    "UNHCR said [[more than 500,000 Syrians|returned;a=UNHCR]] had returned from neighbouring countries since {{December 8}}, and [[1.2 million|returned;a=UNHCR]] internally displaced people had gone back to their home areas. "
    "It expects [[up to 1.5 million refugees|returned;p;a=UNHCR]] could return this year.",
)

F(
    "Hundreds of thousands flee Lebanon into Syria",
    "[[More than 400,000 people|displaced;a=the Lebanese government]] crossed from Lebanon into Syria in {{two weeks}}, the Lebanese government said, {{about 70%}} of them Syrians. "
    "An Israeli strike cut the road at the Masnaa crossing, leaving a crater {{4 metres}} deep.",
)

F(
    "Turkey says Syrians going home voluntarily",
    "Turkey's interior minister said [[about 145,000 Syrians|returned;a=Turkey's interior minister]] had gone back voluntarily since {{December 8}}, and [[about 2.9 million|displaced;a=Turkey's interior minister]] remained under temporary protection. "
    "Turkey opened [[four more border gates|other;u=other;n=gates]] for returnees.",
)

F(
    "Lebanon's army deports Syrians",
    "The Lebanese army deported [[about 1,100 Syrians|returned;a=Access Center for Human Rights]] in {{April}}, many arrested in raids on camps in the Bekaa, according to Access Center for Human Rights. "
    "The group said [[at least 13 of them|returned;n=-;a=The group;alt=Access Center for Human Rights]] were army defectors and [[17|arrested;a=The group;alt=Access Center for Human Rights]] had been detained by Syrian security on arrival.",
)

F(
    "Aid reaches Rukban camp",
    "[[Two trucks|aid;a=the UN]] of food and medicine reached the Rukban camp near Jordan's border for the {{first time}} in {{four years}}, the UN said. "
    "[[About 8,000 people|displaced;a=camp officials]] remain in the camp, camp officials said.",
)

F(
    "UNHCR to build new camps in eastern Chad",
    "UNHCR said it would build [[five new camps|capacity;p;a=UNHCR]] in eastern Chad, each for [[up to 50,000 people|capacity;p;a=UNHCR]], and relocate [[about 150,000 refugees|displaced;p;a=UNHCR]] from the border by {{June}}. "
    "It has [[about 2,000 emergency shelters|aid]] ready.",
)

F(
    "Uganda receives Sudanese refugees",
    "Uganda received [[more than 70,000 Sudanese refugees|displaced;a=the Office of the Prime Minister]] in {{2025}}, the Office of the Prime Minister said, most of them through Kenya or South Sudan. "
    "Kiryandongo settlement has taken in [[about 25,000|displaced]] of them since {{January}}.",
)

F(
    "Libya deports Egyptians",
    "Libyan authorities deported [[about 700 Egyptians|returned;a=the Anti-Illegal Immigration Agency]] through the Musaid crossing on Sunday, the Anti-Illegal Immigration Agency said. "
    "Separately, [[19 bodies|killed;a=the Red Crescent]] were found in a mass grave near Jikharra, the Red Crescent said.",
)

F(
    "Algeria expels tens of thousands to Niger border",
    "Algeria expelled [[more than 31,000 migrants|other;a=Alarme Phone Sahara]] to the Niger border in {{2024}}, Alarme Phone Sahara said, leaving them at Point Zero, {{15 kilometres}} from Assamaka. "
    "The IOM transit centre in Assamaka, built for [[1,000|capacity]], held [[about 4,500|displaced]] at times, the group said.",
)

F(
    "Niger repeals anti-smuggling law",
    "Niger's military government repealed Law {{2015-36}} in {{November 2023}}, {{eight years}} after it made carrying migrants north to Libya a crime punishable by up to {{30 years}} in prison. "
    "Bus companies in Agadez resumed trips to Libya within {{a month}}.",
)

F(
    "MSF hospital in Adré treats wounded",
    "Médecins Sans Frontières said its hospital in Adré had treated [[more than 1,000 wounded|injured;a=Médecins Sans Frontières]] from El Geneina in {{three weeks}}. "
    "[[About 60|killed;a=Médecins Sans Frontières]] died of their wounds, it said.",
)

F(
    "Displaced reach Tawila after fall of El Fasher",
    "[[About 380,000 people|displaced;a=the UN]] have arrived in Tawila, {{60 kilometres}} west of El Fasher, since {{April}}, the UN said. "
    "The Norwegian Refugee Council said [[hundreds|killed;a=The Norwegian Refugee Council]] had died on the road.",
)

F(
    "Sudanese wait at Qustul crossing",
    "[[Thousands of Sudanese|displaced;a=aid workers]] waited at the Qustul crossing into Egypt, aid workers said, some for {{five days}}. "
    "Bus fares from Wadi Halfa had risen to {{$500}}.",
)

F(
    "Syrians return from Jordan",
    "[[About 80,000 Syrians|returned;a=UNHCR]] have returned from Jordan since {{December}}, UNHCR said, while the Zaatari camp still houses [[about 75,000|displaced]]. "
    "Jordan hosts [[about 540,000|displaced;a=the agency;alt=UNHCR]] registered Syrian refugees, according to the agency.",
)

F(
    "Returnees find homes destroyed",
    "Of the Syrians who have returned, [[about 1 million|returned;a=a survey]] found their homes damaged or destroyed, according to a survey. "
    "Rebuilding could cost {{$400 billion}}, the World Bank estimates.",
)

F(
    "UN experts count Geneina dead as survivors reach Chad",
    "UN experts said [[between 10,000 and 15,000 people|killed;a=UN experts]] had been killed in El Geneina in {{2023}}, and [[tens of thousands|displaced;a=UN experts]] had fled across the border into Chad, {{27 kilometres}} away. "
    "In Adré, [[several thousand families|displaced;a=MSF]] still sleep under trees, MSF said.",
)
