"""Settler attacks, outposts and the Bedouin and herding communities forced off their land
(2022-2026)."""

from _wrap import item

item(
    "Settlers rampage through Huwara after shooting attack",
    """
[[Hundreds of Israeli settlers|other]] stormed the Palestinian town of Huwara on the night of {{26 February 2023}}, hours after
[[two Israeli brothers|killed]] were shot dead at a junction nearby. The Palestinian health ministry said
[[one Palestinian|killed;a=Palestinian health ministry]] was killed and [[about 100|injured;a=Palestinian health ministry]] were hurt,
most by tear gas or beatings. The Palestinian Red Crescent said it had treated [[98 people|injured;a=Palestinian Red Crescent]].
Local officials said [[at least 30 homes|housing;a=Local officials]] and [[around 100 cars|other;a=Local officials]] were torched.
The Israeli army said it had deployed [[some 500 more soldiers|combatants;a=Israeli army]] to the area. Police said
[[eight Israelis|arrested;a=Police]] were detained over the riot and most were freed within days.
""",
)

item(
    "Peace Now counts record number of new outposts",
    """
Settlers set up [[59 new outposts|other;a=Peace Now]] in the West Bank in {{2024}}, more than in any year since
records began, Peace Now said in its annual report. The group said [[about 30|other;a=group;alt=Peace Now;u=structure]]
were herding farms, which let a few settlers control {{tens of thousands of dunums}}. It counted
[[more than 200 outposts|other;a=Peace Now]] across the West Bank by the end of the year,
[[about 70|other;a=Peace Now;u=structure]] of them built since the war in Gaza began. The Civil Administration
issued demolition orders for [[only 12|other;a=group;alt=Peace Now;u=structure]] of them, the group said. Kerem Navot
said [[some 14,000 Palestinians|civilians;a=Kerem Navot]] lived in communities within reach of the new farms.
""",
)

item(
    "Bedouin village of Wadi as-Seeq emptied after settler raids",
    """
All [[35 families|displaced;a=B'Tselem]] of the Bedouin community of Wadi as-Seeq, east of Ramallah, have left their
homes after weeks of settler attacks, B'Tselem said on {{October 13, 2023}}. The group said the
[[roughly 180 residents|displaced;a=group;alt=B'Tselem]] had packed up tents and livestock under threat. [[Three
Palestinian men|kidnapped]] said settlers and soldiers had seized them, stripped them and held them for hours; The families took
[[some 1,500 sheep and goats|other;a=group;alt=B'Tselem;n=sheep and goats]] with them, the group said. B'Tselem
said the men were beaten and burned with cigarettes. [[Two other Bedouin communities|displaced;u=other]] nearby, Ras al-Tin and Ein Rashash, had left earlier in the year. The army said it had opened an
investigation and that [[one reservist|other;a=army]] had been dismissed from his post.
""",
)

item(
    "OCHA: settler attacks at highest level since records began",
    """
OCHA recorded [[1,420 settler attacks|other;a=OCHA;u=other]] against Palestinians in the West Bank in {{2024}}, the
highest annual number since it began keeping count in {{2006}}. About {{one in five}} led to casualties.
The office said [[more than 370 Palestinians|injured;a=office;alt=OCHA]] were wounded by settlers during the year,
and that [[nearly 1,100 people|displaced;a=office;alt=OCHA]] from herding communities had been driven from their homes
by settler violence and access restrictions. It said
[[five Palestinians|killed;a=OCHA]] were killed by settlers. Israeli police opened [[fewer than 100 investigations|other;a=office;alt=OCHA;u=other]], the office said.
It counted [[some 9,500 olive trees|other;a=OCHA;u=other]] damaged or uprooted.
""",
)

item(
    "Settlers torch homes in Turmus Ayya",
    """
[[Dozens of masked settlers|other]] attacked the village of Turmus Ayya north of Ramallah on {{Wednesday}}, setting fire to
[[12 houses|housing;a=village council]] and [[15 cars|other;a=village council]], the village council said. A
{{27-year-old}} man was shot dead, the Palestinian health ministry said, and [[11 others|injured;a=Palestinian health ministry]] were wounded.
The Israeli military said [[several hundred Israeli civilians|other;a=Israeli military]] had entered the village and that
soldiers arrived after the fires began. Police said they had detained [[two suspects|arrested;a=Police]]. Turmus Ayya is
home to [[about 4,000 people|civilians]], many of them with US citizenship.
""",
)

item(
    "Herders of Ras Ein al-Auja leave after year of harassment",
    """
The last [[26 families|displaced;a=Jordan Valley Solidarity]] of Ras Ein al-Auja, one of the largest Bedouin communities in
the Jordan Valley, left the area this week, the activist group Jordan Valley Solidarity said. At its peak the community
was home to [[about 700 people|civilians;a=group;alt=Jordan Valley Solidarity]], the group said. Families said settlers from
[[two nearby outposts|other;a=Families]] had grazed flocks in their yards and blocked access to the spring. OCHA said
[[11 Bedouin communities|displaced;a=OCHA;u=other]] had been emptied entirely in the central West Bank since {{October 2023}},
and that [[dozens of other households|civilians;a=OCHA]] were at risk.
[[Up to 15 families|displaced;a=group;alt=Jordan Valley Solidarity;p]] from a neighbouring community are preparing to leave, the group said.
""",
)

item(
    "Shepherds held by settlers in Masafer Yatta, rights groups say",
    """
Settlers from the Havat Maon outpost seized [[two Palestinian shepherds|kidnapped;a=B'Tselem]] and held them for several hours
in a barn before releasing them, B'Tselem said on {{Sunday}}. It said the men were tied up and beaten and that
[[some 60 sheep|other;a=B'Tselem]] were stolen. Israeli activists said [[four of their volunteers|injured;a=Israeli activists]]
were hurt when settlers attacked them with clubs. Police said [[one settler|arrested;a=Police]] had been detained.
Residents said [[up to 100 settlers|other;a=Residents]] took part in the raid.
B'Tselem said it had documented [[at least 23 Palestinians|kidnapped;a=B'Tselem]] seized by settlers in the area
since {{2023}}.
""",
)

item(
    "Settler shot dead near Ramallah, army says",
    """
An Israeli settler was shot dead near the village of Sinjil north of Ramallah on {{Thursday}}, the Israeli military said.
Magen David Adom said [[two other Israelis|injured;a=Magen David Adom]] were wounded, one seriously. The army said it had
sent [[dozens of soldiers|combatants;a=army]] to search for the gunman and had set up [[five checkpoints|other;a=army]] around
the village. Palestinian residents said settlers later stoned [[about 20 cars|other;a=Palestinian residents]] on the main road. Residents said [[between 200 and 300 settlers|other;a=Residents]] gathered at the junction
after the shooting. Palestinian officials said [[14 residents|arrested;a=Palestinian officials]] were detained during the search.
""",
)

item(
    "Khirbet Zanuta families go back after court ruling",
    """
[[Around 60 Palestinians|returned;a=Association for Civil Rights in Israel]] from the herding village of Khirbet Zanuta in the south
Hebron hills went back to their land on {{Monday}}, {{ten months}} after settler attacks drove them out, the Association for Civil Rights in Israel said.
The group said Israel's High Court had ordered the state to let the [[27 families|returned;a=group;alt=Association for Civil Rights in Israel]]
return and to protect them. Before the attacks the village had [[about 250 residents|civilians]]. The village head said
[[at least 20 homes|housing;a=village head]] and the school had been wrecked, and that
[[40 water cisterns|other;a=village head;u=other]] had been filled with rubble. [[Around 30 Israeli activists|other]] went with them.
""",
)

item(
    "UN: settler violence displaces 1,500 in a year",
    """
[[More than 1,500 Palestinians|displaced;a=UN]] have been forced from their homes by settler violence and
movement restrictions since {{October 7, 2023}}, the UN said on {{Friday}}, including [[at least 650 children|displaced;a=UN]].
Many came from [[at least 20 herding communities|displaced;u=other]] in Area C. UNRWA said it had given
tents, water tanks and hygiene kits to [[312 displaced families|aid;a=UNRWA]] and was preparing emergency cash for
[[another 400 households|aid;a=UNRWA;p]]. The UN said [[about 160 Israeli settlers|arrested;a=UN]] had been detained
over attacks on Palestinians in that time, a fraction of the incidents recorded.
""",
)

item(
    "Army sends reinforcements to Jordan Valley after settler clashes",
    """
The Israeli military said on {{Saturday}} it was sending [[around 400 more troops|combatants;a=Israeli military;p]] to the
Jordan Valley after settlers clashed with Palestinian herders near Mu'arrajat. It said [[two soldiers|injured;a=Israeli military]]
were lightly hurt separating the sides. The Palestinian health ministry said [[six Palestinians|injured;a=Palestinian health ministry]]
were treated for wounds, one with a gunshot to the leg. Police said [[three Israelis|arrested;a=Police]] were detained. Residents said [[about 85 people|displaced;a=Residents]]
had fled to Jericho overnight. Herders said settlers burned [[up to 12 tents|housing;a=Herders]].
""",
)

item(
    "Olive harvest: farmers attacked, trees burned",
    """
Settlers attacked Palestinian olive pickers in [[at least 17 villages|other;a=Yesh Din;u=other]] during the first
{{three weeks}} of the {{2025}} harvest, Yesh Din said on {{Thursday}}. The Israeli group said
[[41 farmers|injured;a=Israeli group;alt=Yesh Din]] were hurt and [[about 1,200 trees|other;a=Israeli group;alt=Yesh Din;u=other]]
were burned or cut. It said troops detained [[nine Palestinian farmers|arrested;a=Yesh Din]] who tried to reach their groves.
Police detained [[fewer than 10 settlers|arrested;a=group;alt=Yesh Din]] over the attacks, the group said.
Rabbis for Human Rights said [[about 300 Israeli volunteers|other;a=Rabbis for Human Rights]] had joined the harvest to shield farmers.
About {{60%}} of the olive land in the area lies near settlements, the group said.
""",
)

item(
    "Settler population passes half a million, council says",
    """
[[More than 517,000 Israelis|civilians;a=Yesha settlers' council]] lived in West Bank settlements at the start of {{2025}}, up from
[[503,000|civilians;a=Yesha settlers' council]] a year earlier, the Yesha settlers' council said. The figure does not include
[[some 230,000 settlers|civilians]] in East Jerusalem. Peace Now said the government had
legalised [[11 outposts|other;a=Peace Now]] since {{2023}} and approved plans for [[about 9,800 housing units|housing;a=Peace Now;p]]. It said
[[about 25,000 settlers|civilians;a=Peace Now]] live in outposts and farms the state does not formally recognise.
""",
)

item(
    "Bedouin of Mu'arrajat evacuate tents under settler pressure",
    """
[[About 200 Bedouin|displaced;a=local council]] from the Mu'arrajat area north of Jericho packed up their tents on
{{Sunday}} and left, the local council said, after a night in which settlers burned [[three tents|housing;a=local council]].
The council said [[nine people|injured;a=council;alt=local council]] were hurt, including a {{70-year-old}} woman, and that
[[two young men|missing;a=council;alt=local council]] had not been heard from since. Settlers took [[between 60 and 70 camels|other;a=council;alt=local council]], the council said. The Palestinian Authority's
Colonization and Wall Resistance Commission said [[38 communities|displaced;a=Colonization and Wall Resistance Commission;u=other]] had left their land since {{2023}}.
""",
)

item(
    "What Israel's 2025 settlement decisions mean",
    """
The security cabinet decision of {{May 2025}} lets settlers register land in Area C for the first time since {{1967}}.
The {{E1}} plan, first drawn up in the {{1990s}}, covers about {{12 square kilometres}} east of Jerusalem. Building there
could start within {{12 months}}, officials said in {{August}}.
""",
)

item(
    "Settler violence: the UN's yearly figures",
    """
OCHA has published monthly figures on settler violence since {{2006}}. In {{2022}} it recorded the highest monthly
average in {{17 years}}; {{2023}} topped that, and {{2024}} again. About {{40%}} of incidents took place in the
Nablus and Ramallah governorates, the office said, and fewer than {{4%}} of Israeli police files on settler crimes end in a charge.
""",
)

item(
    "Herders seized at Ein Samiya spring; three still unaccounted for",
    """
Settlers from an outpost near Kafr Malik seized [[five Palestinian herders|kidnapped;a=Al-Baidar]] at the Ein Samiya spring on {{Tuesday}},
the Bedouin rights group Al-Baidar said. Israeli police said they had found [[two of the herders|kidnapped;a=Israeli police;n=herders]] tied up
near the outpost, and the group said [[the other three|missing;a=group;alt=Al-Baidar;n=-]] were still unaccounted for on {{Wednesday}} night.
Al-Baidar said [[some 600 sheep|other;a=Al-Baidar]] were driven off. [[About 120 people|displaced]] from the community left for the outskirts of
Ramallah the same night. The Palestinian Red Crescent opened [[two schools|capacity;a=Palestinian Red Crescent]] in Kafr Malik to shelter them and handed out
[[150 food parcels|aid;a=Palestinian Red Crescent]], it said. The army said [[about 80 soldiers|combatants;a=army]] were searching the hills and that
[[four settlers|arrested;a=army]] had been detained.
""",
)
