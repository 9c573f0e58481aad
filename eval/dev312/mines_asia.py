"""dev312 items: Afghanistan, Cambodia, Laos, Vietnam, Myanmar, Sri Lanka, Kashmir and the
Thai-Cambodian border (16 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Old mortar shell kills nine children in Ghazni",
    """
[[Nine children|killed;a=a provincial police spokesman]] were killed and
[[four others|injured;a=a provincial police spokesman]] wounded on Monday when an old mortar shell
they were playing with exploded in Afghanistan's Ghazni province, a provincial police spokesman
said. The children, {{aged between five and 14}}, had found the shell near a dry riverbed and
carried it back to the village. The UN Assistance Mission in Afghanistan (UNAMA) said explosive
remnants of war were the leading cause of child casualties in the country, killing or injuring
[[some 500 children|injured;a=The UN Assistance Mission in Afghanistan (UNAMA)]] in {{2023}}.
Afghanistan's mine action programme, which once employed
[[more than 14,000 deminers|other;a=the HALO Trust]], now has
[[fewer than 3,000|other;n=-;a=the HALO Trust]] after foreign funding dried up following the
Taliban takeover in {{August 2021}}, the HALO Trust says.
[[About 4.3 million people|civilians;a=UNMAS]] live within {{one kilometre}} of contaminated land,
according to UNMAS.
""",
)

item(
    "Returnees from Iran and Pakistan head home to mined districts",
    """
[[More than 1.5 million Afghans|returned;a=the UN refugee agency]] were forced or pressured to
return from Iran and Pakistan in {{2025}}, the UN refugee agency said, many of them to districts
they had not seen in decades. The Danish Refugee Council said risk education had reached
[[about 210,000 returnees|aid;a=The Danish Refugee Council]] at the Torkham and Islam Qala
crossings this year. At Islam Qala, [[up to 30,000 people a day|returned;a=the IOM]] were
arriving at the peak in July, according to the IOM. In Kandahar's Panjwai district,
[[two brothers|killed]] who had come back from Pakistan {{three weeks}} earlier were killed when
their plough hit an anti-tank mine. The Directorate of Mine Action Coordination says
[[about 1,100 villages|other;a=The Directorate of Mine Action Coordination]] still have
minefields on their land. Taliban authorities have set up [[three reception camps|capacity]] near
the border with space for [[about 7,000 people|capacity]].
""",
)

item(
    "Cambodia's mine toll falls to a record low",
    """
Landmines and explosive remnants of war killed
[[eight people|killed;a=the Cambodian Mine Action and Victim Assistance Authority (CMAA)]] and
injured [[41|injured;n=-;a=the Cambodian Mine Action and Victim Assistance Authority (CMAA)]] in
Cambodia in {{2023}}, the lowest toll since records began, the Cambodian Mine Action and Victim
Assistance Authority (CMAA) said. Since {{1979}} the authority has recorded
[[more than 65,000 casualties|injured;a=the authority;alt=Cambodian Mine Action and Victim Assistance Authority (CMAA)]],
including [[nearly 20,000 deaths|killed;a=the authority;alt=Cambodian Mine Action and Victim Assistance Authority (CMAA)]].
Cambodia has [[about 40,000 amputees|injured]], {{one of the highest}} rates in the world. In
Siem Reap, APOPO says its [[104 trained rats|other;u=other;a=APOPO]] have helped find
[[more than 6,000 mines|other;a=APOPO]] since {{2015}}. The government's target for a mine-free
Cambodia is now {{2030}}; it says [[around 5,000 deminers|other;a=The government]] are at work.
""",
)

item(
    "Laos marks progress against 'bombies' half a century on",
    """
The United States dropped
[[an estimated 270 million cluster submunitions|other;u=other;a=the National Regulatory Authority (NRA)]]
on Laos between {{1964}} and {{1973}}, and
[[up to 80 million|other;n=-;u=other;a=the National Regulatory Authority (NRA)]] did not
explode, according to the National Regulatory Authority (NRA), the Lao agency that oversees
clearance. Clearance teams destroyed
[[about 76,000 items|other;a=the authority;alt=National Regulatory Authority (NRA)]] of
unexploded ordnance in {{2024}} and released {{5,700 hectares}} of land, the authority said.
Casualties have fallen from [[more than 300 a year|injured;n=-]] in the {{1990s}} to
[[about 50|injured;n=-]] in {{2023}}. Children account for {{40%}} of victims, often boys who
pick up the tennis-ball-sized bomblets. Mines Advisory Group employs
[[about 1,000 Lao staff|other]], including [[22 all-women clearance teams|other;u=other]]. A
{{12-year-old}} boy was killed in Xieng Khouang in March while lighting a cooking fire.
""",
)

item(
    "Myanmar tops world mine casualty list",
    """
Myanmar recorded [[1,003 casualties|injured;a=the Landmine Monitor]] from landmines and explosive
remnants of war in {{2023}}, the highest of any country, the Landmine Monitor said. UNICEF said
separately that [[at least 1,052 people|injured;a=UNICEF]] had been killed or injured that year,
including [[188 children|injured;a=UNICEF]]. Fortify Rights said soldiers had mined
[[at least 60 villages|other;a=Fortify Rights]] in Sagaing region before withdrawing.
[[About 3.5 million people|displaced;a=the UN]] are displaced across Myanmar, according to the
UN. Junta soldiers detained [[three volunteers|arrested;a=the group]] from a local risk-education
group in Magway in March, the group said. The Karen Human Rights Group said
[[at least 17 villagers|killed;a=The Karen Human Rights Group]] forced to walk ahead of army
columns as human minesweepers were killed in {{2024}}.
""",
)

item(
    "Mines on Myanmar border maim fleeing Rohingya",
    """
[[At least 28 Rohingya refugees|injured;a=Médecins Sans Frontières]] have been treated for
landmine injuries at its clinics in Cox's Bazar since January, Médecins Sans Frontières said on
Wednesday. Bangladesh says [[about 70,000 Rohingya|displaced;a=Bangladesh]] have crossed the
border since fighting between the Arakan Army and the military intensified in {{2024}}, joining
[[more than 1 million|displaced;n=-;a=Bangladesh]] already in the camps. The Arakan Army, which
says it has [[more than 40,000 fighters|combatants;a=The Arakan Army]], denied laying mines along
the Naf river. Border guards recovered [[two bodies|killed]] near Teknaf last week. The refugees
live in [[33 camps|capacity]] spread over the hills south of Cox's Bazar.
""",
)

item(
    "Thai soldiers lose legs to mines as border row with Cambodia flares",
    """
[[Three Thai soldiers|injured;a=the Thai army]] were wounded by a landmine while on patrol near
the Cambodian border, the Thai army said on Wednesday, {{the third}} such blast in
{{two weeks}}. Bangkok accuses Cambodia of laying new {{PMN-2}} mines in breach of the Ottawa
Convention, which both countries have joined; Phnom Penh denies it. The army said it had found
[[between 30 and 40 freshly laid mines|other;a=The army]] near the Ta Muen Thom temple. In the
fighting that followed, Thai officials said
[[about 138,000 people|displaced;a=Thai officials]] were moved to
[[nearly 500 temporary shelters|capacity;a=Thai officials]], while Cambodia said
[[about 135,000|displaced;n=-;a=Cambodia]] had fled on its side. The clashes killed
[[at least 43 people|killed]], most of them civilians, before a ceasefire took hold.
""",
)

item(
    "Sri Lanka's north edges towards mine-free status",
    """
Sri Lanka's National Mine Action Centre said on Thursday that deminers had destroyed
[[more than 2.6 million explosive items|other;a=Sri Lanka's National Mine Action Centre]] since
the civil war ended in {{2009}}, leaving about {{20 square kilometres}} to clear in the north and
east. Clearance has allowed [[about 280,000 people|returned]] to go back to their land.
[[Around 900 Tamil families|displaced;a=local officials]] in Jaffna's Valikamam North still
cannot go home, but because their land is held by the military, not because of mines, local
officials say. The HALO Trust, the largest operator on the island, employs
[[about 900 people|other]], {{40%}} of them women. The government wants to declare the country
free of mines by {{2028}} and says it will need
[[about 300 more deminers|other;p;a=The government]] to get there. Mines have killed
[[63 people|killed;a=the centre;alt=National Mine Action Centre]] and injured
[[nearly 60|injured;n=-;a=the centre;alt=National Mine Action Centre]] in the north and east since
the war, according to the centre.
""",
)

item(
    "Taliban free abducted deminers in Herat after elders intervene",
    """
[[Twenty-one deminers|kidnapped;a=provincial officials]] abducted by Taliban fighters in western
Herat province last week were freed on Sunday after tribal elders negotiated their release,
provincial officials said. The men, who worked for the Afghan clearance group OMAR, were seized
along with [[four vehicles|other]] and their detectors.
[[Three other deminers|kidnapped;a=the group;alt=OMAR]] seized in the same district in May are
still being held, the group said. According to the UN Mine Action Service,
[[more than 40 deminers|killed;a=the UN Mine Action Service]] have been killed in Afghanistan
since {{2012}} and [[about 150|kidnapped;n=-;a=the UN Mine Action Service]] abducted, most of
them later released. UNMAS says the country still has
[[around 4,000 minefields|other;u=other;a=UNMAS]] affecting
[[1,559 communities|other;u=other;a=UNMAS]].
""",
)

item(
    "Vietnam's Quang Tri still unearthing war-era bombs",
    """
[[Two men|killed;a=provincial authorities]] were killed in Vietnam's Quang Tri province on
Tuesday when a cluster bomblet they unearthed while digging a house foundation exploded,
provincial authorities said. Project RENEW, a Vietnamese-Norwegian programme, said its teams had
destroyed [[more than 800,000 items|other;a=Project RENEW]] of ordnance in the province since
{{2001}}. Since {{1975}}, unexploded ordnance has killed
[[more than 40,000 people|killed;a=official figures]] and injured
[[about 60,000|injured;n=-;a=official figures]] across Vietnam, official figures show. The
province has registered [[about 7,000 survivors|injured;a=The province]] of explosive accidents.
Last year [[about 1,200 survivors|aid]] received small grants to buy livestock or seed.
""",
)

item(
    "Unexploded shells keep Poonch families from home",
    """
[[Around 1,200 families|displaced;a=district officials]] from villages along the Line of Control
in Poonch district remain with relatives or in [[14 relief camps|capacity;a=district officials]]
{{three weeks}} after the shelling stopped, district officials said, because army bomb-disposal
teams have yet to clear unexploded shells. The army said its teams had destroyed
[[more than 300 unexploded shells|other;a=The army]] in Poonch and Rajouri. Cross-border
shelling in May killed [[at least 16 civilians|killed;a=officials]] in Poonch town, including
[[four children|killed;a=officials]], and damaged [[some 600 homes|housing;a=officials]],
officials said. Mines laid along the fence since the {{1990s}} kill or maim
[[dozens of people|injured;a=researchers at the University of Jammu]] a year in the district,
according to researchers at the University of Jammu.
""",
)

item(
    "Vientiane centre fits limbs for bomb survivors",
    """
The COPE centre in Vientiane, which makes artificial limbs for survivors of unexploded ordnance,
said it had fitted [[more than 1,100 people|aid;a=The COPE centre in Vientiane]] with prostheses
or orthoses in {{2024}}, about {{a quarter}} of them children. The National Regulatory Authority
estimates that Laos has [[about 15,000 survivors|injured;a=The National Regulatory Authority]] of
explosive accidents. The centre's outreach teams travel to
[[nine provinces|other;u=other]], and its new dormitory has [[40 beds|capacity]] for patients who
travel for days to reach it. Most patients pay nothing; the centre runs on about
{{$1.2 million}} a year from donors and the health ministry. In {{2024}} explosive accidents
killed [[eight people|killed]] and injured [[16|injured;n=-]] in Laos.
""",
)

item(
    "Siem Reap hosts Mine Ban Treaty review",
    """
Delegates met in Siem Reap from {{November 25 to 29, 2024}} for the {{Fifth}} Review Conference
of the {{1997}} Mine Ban Treaty, {{the first}} held in Cambodia. Cambodia has cleared about
{{2,500 square kilometres}} since {{1992}} and aims to finish by {{2030}}, {{five years}} later
than it once hoped. Prime Minister Hun Manet told the opening session that his government had
spent about {{$200 million}} of its own money on clearance. The conference adopted the Siem
Reap-Angkor Action Plan for {{2025-2029}}.
""",
)

item(
    "US pledges $10m more for Vietnam bomb clearance",
    """
The United States will give Vietnam another {{$10 million}} over {{three years}} to find and
destroy unexploded ordnance, the US embassy in Hanoi said on {{September 11, 2023}}, bringing
its support since {{1993}} to more than {{$200 million}}. The money will pay for surveys in
Quang Binh and Thua Thien Hue provinces. Vietnam estimates that {{18%}} of its territory, about
{{6.1 million hectares}}, is still contaminated. The pledge was announced during President Joe
Biden's visit, which raised the two countries' ties to a comprehensive strategic partnership.
""",
)

item(
    "Myanmar troops seized villagers to clear mines, survivors say",
    """
Myanmar army troops seized [[at least 23 villagers|kidnapped;a=survivors]] in Sagaing's Kani
township last month and forced them to walk ahead of a column through mined paddy fields,
survivors told Reuters. [[Five of the men|killed;a=survivors]] were killed by mines and
[[at least three|injured;n=-;a=survivors]] lost legs, they said.
[[Seven others|missing;a=the resistance administration in Kani]] have not been seen since,
according to the resistance administration in Kani. Amnesty International says it has
documented the practice in [[at least 12 townships|other;u=other;a=Amnesty International]]
since the {{2021}} coup. [[Around 1,500 residents|displaced;a=local aid workers]] of the village
tract fled into the forest after the raid, local aid workers said.
""",
)

item(
    "Kunar quake shakes mines onto paths survivors use, deminers warn",
    """
The earthquake that struck Afghanistan's Kunar province on {{August 31}} may have shaken mines
and unexploded shells loose from mountainsides onto paths and fields, the HALO Trust warned on
Thursday. The {{6.0-magnitude}} quake killed
[[more than 2,200 people|killed;a=Taliban officials]] and injured
[[about 3,600|injured;n=-;a=Taliban officials]], Taliban officials said. Rescuers said
[[about 400 people|missing;a=Rescuers]] were still missing in remote valleys days later.
[[More than 6,700 houses|housing;a=the UN]] were destroyed, leaving
[[some 12,000 families|displaced;a=the UN]] in tents, according to the UN. HALO said its
[[12 survey teams|other;u=other;a=HALO]] had found [[at least 30 mines|other;a=HALO]] moved by
landslides along footpaths near Nurgal. Aid agencies have set up [[five camps|capacity]] in the
valley.
""",
)
