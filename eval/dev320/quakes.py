"""Earthquakes: Türkiye and Syria, Afghanistan, Myanmar, Nepal, Morocco, Haiti, Indonesia,
Ecuador and Japan, 2015-2025 (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Türkiye quake toll passes 35,000 as rescuers scale back search",
    """
The death toll from the {{magnitude 7.8}} earthquake that struck southern Türkiye on
{{February 6}} has risen to
[[35,418|killed;a=the Disaster and Emergency Management Authority (AFAD)]], the Disaster and
Emergency Management Authority (AFAD) said late on Sunday.
[[More than 105,000 people|injured;a=the agency;alt=the Disaster and Emergency Management Authority (AFAD)]]
were hurt, the agency added. Environment Minister Murat Kurum said
[[164,321 buildings|housing;a=Environment Minister Murat Kurum]] had either collapsed or were
so badly damaged that they would have to be pulled down.
[[Some 1.6 million people|displaced;a=officials]] are living in tents, container homes and
student dormitories, officials said. The government has also moved
[[more than 220,000 people|displaced]] out of the region by road, rail and sea. Police have
detained [[98 people|arrested;a=the Interior Ministry]] suspected of looting in the quake zone,
the Interior Ministry said. A {{17-year-old}} girl was pulled alive from the rubble of an
apartment block in Kahramanmaraş after {{248 hours}}, broadcaster NTV reported.
""",
)

item(
    "North-west Syria counts its dead as first UN trucks cross",
    """
In rebel-held north-west Syria, the Syria Civil Defence, known as the White Helmets, said
[[more than 2,160 people|killed;a=the Syria Civil Defence]] had died and
[[nearly 2,950|injured;a=the Syria Civil Defence]] had been injured in the earthquake. The
group said its volunteers had pulled
[[about 2,900 people|other;a=The group;alt=the Syria Civil Defence]] alive from collapsed
buildings, many of them with their bare hands. In government-held areas, state media put the
toll at [[1,414|killed;a=state media]]. Local councils in Jandaris said
[[about 1,100 buildings|housing;a=Local councils in Jandaris]] had been flattened and
[[hundreds of families|displaced;a=Local councils in Jandaris]] were sleeping in olive groves
and cars. A convoy of [[six trucks|aid;a=the UN]] carrying tents, blankets and hygiene kits
crossed through Bab al-Hawa on Thursday, the UN said, the first since the quake. The UN
humanitarian office (OCHA) estimates that
[[8.8 million people|civilians;a=The UN humanitarian office (OCHA)]] across Syria were
affected.
""",
)

item(
    "Herat quakes flatten villages in Zenda Jan",
    """
A series of earthquakes, the strongest of {{magnitude 6.3}}, struck Herat province on
{{October 7}}, levelling whole villages in Zenda Jan district. The Taliban administration's
Ministry of Disaster Management said
[[1,482 people|killed;a=The Taliban administration's Ministry of Disaster Management]] had
been killed and [[2,100|injured;a=The Taliban administration's Ministry of Disaster Management]]
injured, figures it later revised. OCHA put confirmed deaths at
[[about 1,300|killed;a=OCHA]] and said more than {{90%}} of them were women and children.
In Zenda Jan alone, [[more than 1,900 homes|housing]] were destroyed. Families who lost
everything are sleeping in the open as night temperatures fall below {{5C}}. The UN refugee
agency said it had sent [[600 tents|aid;a=The UN refugee agency]] and
[[2,000 blankets|aid;a=The UN refugee agency]] to the district. Villagers digging with shovels
recovered [[a dozen bodies|killed]] from a single compound in Naib Rafi, among them a boy
{{aged 9}}.
""",
)

item(
    "Eastern Afghan quake kills over 2,200, many of them recent returnees",
    """
The earthquake that hit eastern Afghanistan shortly before midnight on {{August 31}} killed
[[at least 2,205 people|killed;a=Taliban officials]] and injured
[[more than 3,600|injured;a=Taliban officials]], Taliban officials said, as aid agencies
struggled to reach villages cut off by landslides in Kunar. Spokesman Hamdullah Fitrat said
[[over 6,700 houses|housing;a=Spokesman Hamdullah Fitrat]] had been destroyed. The
{{magnitude 6.0}} quake was centred {{27 km}} from Jalalabad at a depth of {{8 km}}. Many
families in the valley had only recently come back from Pakistan and Iran: the IOM said
[[more than 1.9 million Afghans|returned;a=the IOM]] had returned or been deported from the neighbouring
countries in {{2025}} alone. Army helicopters made [[155 flights|other]] to carry the wounded to
hospitals in Jalalabad. The World Food Programme said it planned to reach
[[42,000 people|aid;p;a=The World Food Programme]] with food in the coming week.
""",
)

item(
    "Myanmar junta raises quake toll to 3,649",
    """
Myanmar's military government said on Friday that [[3,649 people|killed;a=Myanmar's military government]]
had been killed in the {{March 28}} earthquake, with [[5,018|injured;a=Myanmar's military government]]
injured and [[145|missing;a=Myanmar's military government]] still missing. The shadow National
Unity Government, which opposes the junta, says the true figure is far higher. In Mandalay,
[[tens of thousands of residents|displaced;a=aid workers]] were still sleeping in the streets
and in monastery grounds for fear of aftershocks, aid workers said. The UN said
[[about 2,800 buildings|housing;a=The UN]] had collapsed in Mandalay and Sagaing, including the
Ava bridge, built in {{1934}}. Police in Yangon arrested [[four people|arrested;a=state media]]
accused of spreading false news about the quake online, state media reported. Rescuers from
China and Russia joined local teams, but many collapsed buildings were cleared by residents
alone.
""",
)

item(
    "Three months on, Sagaing still lives under tarpaulin",
    """
{{Three months}} after the earthquake, [[about 200,000 people|displaced;a=OCHA]] remain displaced
across Sagaing, Mandalay and Nay Pyi Taw, according to OCHA. The UN office counts
[[1,220 displacement sites|capacity;a=The UN office;alt=OCHA]], from monastery compounds to
rows of tents on football pitches. Aid groups said [[32 trucks|aid;a=Aid groups]] of relief
supplies had been held at military checkpoints for more than {{a week}}. The World Food
Programme said it had given cash to
[[some 15,000 households|aid;a=The World Food Programme]] since April. The IOM's Displacement
Tracking Matrix said
[[around 48,000 people|returned;a=The IOM's Displacement Tracking Matrix]] had gone back to repaired homes. The monsoon, due in
{{mid-June}}, threatens those still in tents. Aid groups said
[[50,000 to 60,000 people|civilians;a=Aid groups]] in Sagaing's hill townships had received no
help at all. The UN plans to move [[up to 5,000 families|displaced;p;a=The UN]] out of
flood-prone sites before the rains.
""",
)

item(
    "Nepal quake deaths pass 8,000; army sends more troops to mountain districts",
    """
Nepal's Home Ministry said the toll from the {{April 25}} earthquake had reached
[[8,019|killed;a=Nepal's Home Ministry]], with
[[17,866 people|injured;a=Nepal's Home Ministry]] injured. The ministry said
[[more than 488,000 houses|housing;a=The ministry;alt=Nepal's Home Ministry]] had been destroyed
and [[another 267,000|housing;u=structure;a=The ministry;alt=Nepal's Home Ministry]] damaged.
Sindhupalchok, north-east of Kathmandu, was the worst-hit district, with
[[roughly 3,400 dead|killed]]. The army said it had deployed
[[66,000 soldiers|combatants;a=The army]] on rescue and relief work, alongside
[[more than 22,000 police|combatants]]. Indian and Chinese helicopters flew supplies to villages
above {{3,000 metres}} that landslides had cut off. A {{101-year-old}} man was rescued from his
collapsed house in Nuwakot {{a week}} after the quake.
""",
)

item(
    "Morocco quake: army steps up relief in High Atlas villages",
    """
The Interior Ministry said [[2,946 people|killed;a=The Interior Ministry]] had been killed and
[[5,674|injured;a=The Interior Ministry]] injured in the {{magnitude 6.8}} earthquake that hit
the High Atlas on the night of {{September 8}}. The army has deployed
[[more than 7,000 soldiers|combatants]], field hospitals and helicopters to villages in Al Haouz
and Taroudant. Officials estimate that [[about 50,000 homes|housing;a=Officials]] were destroyed
or damaged. The Moroccan Red Crescent said it had distributed
[[more than 12,000 tents|aid;a=The Moroccan Red Crescent]]. The government said it would pay
{{30,000 dirhams}} to each of [[59,674 households|aid;p;a=The government]] whose homes were
damaged, and up to {{140,000 dirhams}} for a house that must be rebuilt. In the village of
Tikht, where almost every house fell, [[some 90 residents|killed]] were buried in a single
day.
""",
)

item(
    "Haiti quake: toll tops 2,200 as gangs menace relief routes",
    """
Haiti's Civil Protection agency said [[2,207 people|killed;a=Haiti's Civil Protection agency]]
were killed, [[12,268|injured;a=Haiti's Civil Protection agency]] injured and
[[344|missing;a=Haiti's Civil Protection agency]] still missing, a week after the
{{magnitude 7.2}} quake struck the south-west. [[More than 52,900 homes|housing]] were destroyed
and [[77,000|housing;u=structure]] damaged, the bulk of them in Les Cayes and Jérémie. Aid
convoys from Port-au-Prince must pass through Martissant, where gangs have controlled the road
since {{June}}. Gunmen kidnapped [[two doctors|kidnapped;a=the medical association]] on their way
to the south, the medical association said. UNICEF said
[[about 650,000 people|civilians;a=UNICEF]], {{40%}} of them children, needed humanitarian
assistance.
""",
)

item(
    "Palu: thousands may lie under liquefied ground",
    """
Indonesia's disaster agency, BNPB, said on Sunday that the confirmed death toll from the quake
and tsunami in Central Sulawesi had risen to [[2,045|killed;a=Indonesia's disaster agency]].
Spokesman Sutopo Purwo Nugroho said
[[about 5,000 people|missing;a=Spokesman Sutopo Purwo Nugroho]] may still be buried in Petobo
and Balaroa, where liquefaction swallowed whole neighbourhoods and
[[up to 1,700 homes|housing;a=Spokesman Sutopo Purwo Nugroho]].
[[More than 82,000 people|displaced]] are staying in
[[over 100 evacuation points|capacity]] in and around Palu. Authorities said
[[some 67,000 houses|housing;a=Authorities]] were damaged. In the chaos after the
{{magnitude 7.5}} quake on {{September 28}},
[[more than 1,200 inmates|other;a=the justice ministry]] escaped from prisons in Palu and
Donggala, the justice ministry said. The tsunami that followed reached {{six metres}} in places.
""",
)

item(
    "Ecuador quake: Correa says 654 dead, looters held in Manta",
    """
President Rafael Correa said [[at least 654 people|killed;a=President Rafael Correa]] had died
and [[58|missing;a=President Rafael Correa]] were still missing after the {{magnitude 7.8}} quake of
{{April 16}} on the Pacific coast. [[More than 25,000 people|displaced]] were sleeping in
shelters, stadiums and on the streets of Pedernales, Manta and Portoviejo. Police arrested
[[27 people|arrested;a=the Interior Ministry]] for looting shops and abandoned houses in Manta,
the Interior Ministry said. [[About 10,000 troops|combatants]] and
[[4,600 police|combatants]] have been deployed to the coast. The government said it would build
[[about 10,000 homes|housing;p;a=The government]] for families who lost theirs. Correa said rebuilding could cost
{{$3 billion}}, or {{3%}} of GDP.
""",
)

item(
    "Turkish prosecutors detain 184 over collapsed buildings",
    """
Turkish prosecutors have widened their inquiry into buildings that fell in the {{February 6}}
earthquakes. Justice Minister Bekir Bozdağ said on Saturday that
[[184 suspects|arrested;a=Justice Minister Bekir Bozdağ]], among them contractors and
property owners, had been detained. Of those,
[[82|arrested;a=Justice Minister Bekir Bozdağ]] had been formally arrested and jailed
pending trial, he said, and [[612 people|other;a=Justice Minister Bekir Bozdağ]] were
under investigation. In Adıyaman, the collapse of the Isias hotel killed
[[72 people|killed]], including members of a school volleyball team from northern Cyprus.
Prosecutors say an extra storey had been added to the building after {{2001}}. Engineers'
bodies have long warned that amnesties for illegal construction, the latest in {{2018}}, left
much of the housing stock unsafe. The collapse of the Rönesans Rezidans in Antakya killed
[[more than 200 people|killed]]; its builder was detained at Istanbul airport. Bozdağ said the
number of people detained could rise to [[as many as 250|arrested;p;a=Bozdağ]].
""",
)

item(
    "Noto peninsula: 202 dead, thousands in evacuation centres",
    """
Ishikawa prefecture said [[202 people|killed;a=Ishikawa prefecture]] had been confirmed dead and
[[102|missing;a=Ishikawa prefecture]] remained unaccounted for, {{a week}} after the
{{magnitude 7.5}} New Year's Day earthquake. [[About 26,000 people|displaced]] were staying in
[[more than 400 evacuation centres|capacity]], many of them school gyms without heating. The
defence ministry said it had sent [[about 6,300 troops|combatants;a=The defence ministry]] to
the peninsula. [[Some 3,100 people|civilians]] in villages around Wajima remained cut off by
landslides. [[More than 30,000 homes|housing;a=the prefecture;alt=Ishikawa prefecture]] were
damaged, the prefecture said, and the fire that swept Wajima's morning market district burned
an area of about {{49,000 square metres}}. Many of the dead were {{over 65}}.
[[Some 1,800 evacuees|returned]] have gone back to homes in Nanao where water and power are
restored.
""",
)

item(
    "A year after the quakes, container cities become home",
    """
A year after the earthquakes, [[about 690,000 people|displaced;a=AFAD]] still live in container
cities across southern Türkiye, according to AFAD. The government says it has set up
[[215,000 container homes|capacity;a=The government]] on school grounds, parks and farmland.
President Recep Tayyip Erdoğan has promised to hand over
[[319,000 new homes|housing;p;a=President Recep Tayyip Erdoğan]] by the end of {{2024}}; so far
[[46,000|housing;u=structure]] have been delivered. In Antakya,
[[some 40,000 residents|returned;a=the governor's office]] have moved back into repaired flats,
the governor's office says. But [[hundreds of families|displaced]] in Hatay still live in
tents. "I am {{72}} and I have nowhere to go," said a woman outside her tent in Defne.
""",
)

item(
    "Paktika quake: over 1,000 dead in remote mountain districts",
    """
The earthquake that struck Paktika and Khost provinces before dawn on {{June 22}} killed
[[1,036 people|killed;a=the UN's humanitarian office]] and injured
[[2,949|injured;a=the UN's humanitarian office]], the UN's humanitarian office said.
[[Some 10,000 homes|housing;a=officials]] were destroyed or damaged, officials said. Taliban
army helicopters carried [[more than 200 tents|aid]] and food into Gayan and Barmal districts,
where roads were blocked. Aid agencies said [[at least 118,000 children|civilians;a=Aid agencies]]
were affected, many of them {{under five}}. The {{magnitude 5.9}} quake struck at a shallow
depth of {{10 km}}. Officials feared the toll could rise to
[[as many as 1,500|killed;p;a=Officials]] as rescuers reached outlying villages.
""",
)

item(
    "Sagaing rupture ran 460 km, seismologists find",
    """
The {{magnitude 7.7}} earthquake that struck central Myanmar on {{March 28, 2025}} ruptured the
Sagaing Fault for about {{460 km}}, seismologists said in a study published on Tuesday. The
shaking lasted {{80 seconds}} near Mandalay, and the rupture moved faster than the speed of
sound in rock for part of its length. An aftershock of {{magnitude 6.7}} struck {{12 minutes}}
later. The US Geological Survey had estimated that economic losses could exceed
{{$10 billion}}, a sum close to {{70%}} of Myanmar's output. Tremors were felt in Bangkok, more
than {{1,000 km}} away. The fault last produced a comparable rupture in {{1839}}.
""",
)

item(
    "Türkiye marks two years since the quakes",
    """
Sirens sounded and mourners gathered in Antakya at {{04:17}} on Thursday, the minute the first
earthquake struck on {{February 6, 2023}}. The {{magnitude 7.8}} quake was followed {{nine hours}}
later by a {{magnitude 7.5}} shock centred in Elbistan. The government puts the cost of the
disaster at {{$104 billion}}, about {{9%}} of Türkiye's GDP in {{2023}}. Reconstruction has
absorbed {{2.6 trillion lira}} so far, the Treasury said. Mourners read the names of the dead
in Hatay's city square for {{three hours}}.
""",
)
