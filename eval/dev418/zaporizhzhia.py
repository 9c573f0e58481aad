"""Zaporizhzhia city and region, 2022-2026: the apartment blocks and the convoy of 2022, the
maternity ward, glide bombs on the city, Orikhiv, Huliaipole, Prymorske, underground schools,
the occupied south and its detainees, blackouts and the nuclear plant."""

from _wrap import item

item(
    "Missiles destroy part of apartment block in Zaporizhzhia",
    """
ZAPORIZHZHIA, Ukraine, {{Oct 9}} (Reuters) - Russian missiles destroyed part of an apartment
block in Zaporizhzhia before dawn on Sunday, killing
[[at least 13 people|killed;a=Oleksandr Starukh]] and wounding
[[more than 60|injured;n=-;a=Oleksandr Starukh]], regional governor Oleksandr Starukh said.
Starukh said [[12 missiles|other;a=Starukh]] had struck the city overnight, destroying
[[five houses|housing;a=Starukh]] as well as the {{nine-storey}} block. Rescuers pulled
[[11 people|other;a=State Emergency Service]] alive from the rubble, the State Emergency Service
said. [[About 40 high-rise buildings|housing]] were damaged across the city. Zaporizhzhia, which
had [[about 720,000 residents|civilians]] before the war, has also taken in
[[more than 200,000 people|displaced]] who fled the occupied south.
""",
)

item(
    "Missile strike on civilian convoy kills dozens in Zaporizhzhia",
    """
A Russian missile strike hit a convoy of civilian cars gathered on the edge of Zaporizhzhia on
Friday, killing [[at least 25 people|killed;a=Oleksandr Starukh]] and wounding
[[50|injured;n=-;a=Oleksandr Starukh]], regional governor Oleksandr Starukh said. The people had
been queueing to cross into Russian-occupied territory to collect relatives or deliver supplies.
Among the dead were [[two children|killed]], and [[six people|missing]] were still unaccounted
for in the evening. The missiles left [[about 20 burned-out cars|other;a=a Reuters witness]]
lining the road, a Reuters witness said. Before the attack,
[[about 2,000 people a day|displaced;a=officials]] were crossing from occupied areas into
Zaporizhzhia at the checkpoint, officials said. Volunteers at the site had handed out
[[some 3,000 food parcels|aid]] in the previous month.
""",
)

item(
    "Zaporizhzhia transit centre receives evacuees from frontline towns",
    """
A transit centre in Zaporizhzhia received [[more than 1,100 evacuees|displaced;a=Ivan Fedorov]]
from frontline communities in the past week, including
[[217 children|displaced;a=Ivan Fedorov]], governor Ivan Fedorov said on Sunday.
[[Between 250 and 300 people|displaced]] were taken out of Huliaipole and Orikhiv on Saturday
alone. The centre, in a former hypermarket, has beds for [[320 people|capacity]]. Volunteers and
the Red Cross hand out [[about 400 hot meals a day|aid]]. Fedorov said
[[18 evacuation buses|other;a=Fedorov]] were running between the front line and the city. The
regional administration says
[[more than 130,000 internally displaced people|displaced;a=regional administration]] are
registered in the government-controlled part of the region.
""",
)

item(
    "In Orikhiv, a few hundred hold on under glide bombs",
    """
[[About 900 people|civilians;a=town's military administration]] still live in Orikhiv, a town
that had [[14,000 residents|civilians;a=town's military administration]] before Russia's
invasion, according to the town's military administration. On Tuesday alone,
[[eight guided bombs|other;u=other;a=Ivan Fedorov]] hit the centre, killing
[[two men|killed;a=Ivan Fedorov]], regional governor Ivan Fedorov said. Volunteers drive in from
Zaporizhzhia twice a week with bread for [[about 600 people|aid]].
[[Fewer than 50 children|civilians]] remain, and police are trying to persuade their parents to
leave. [[Roughly 3,500 buildings|housing;a=officials]] have been damaged or destroyed in the
town, officials estimate. Police evacuated [[14 people|displaced]] on Monday, among them a
bedridden woman carried out on a stretcher.
""",
)

item(
    "Authorities order children out of Huliaipole and nearby villages",
    """
Zaporizhzhia regional authorities on Thursday ordered the mandatory evacuation of
[[86 children|displaced;p]] and their parents from Huliaipole and
[[eight nearby villages|other]] as Russian troops advanced from the east. Governor Ivan Fedorov
said [[about 2,100 residents|civilians;a=Ivan Fedorov]] remained in the Huliaipole hromada,
which had [[about 25,000 people|civilians;a=Ivan Fedorov]] before the war.
[[A further 30 children|displaced;p;a=Ivan Fedorov]] in the Polohy district will be evacuated
next week, he said. Since {{August}},
[[more than 4,200 people|displaced;a=regional administration]], including
[[680 children|displaced;a=regional administration]], have left the area, the regional
administration said. A Russian strike on Huliaipole on Wednesday killed a woman {{aged 71}}.
Ukraine's military says Russia has [[about 90,000 troops|combatants;a=Ukraine's military]] along
the Zaporizhzhia front.
""",
)

item(
    "Glide bombs hit Zaporizhzhia residential area",
    """
Russian aircraft dropped [[four guided aerial bombs|other;u=other;a=Ivan Fedorov]] on
Zaporizhzhia on Thursday, killing [[one person|killed;a=Ivan Fedorov]] and wounding
[[22|injured;n=-;a=Ivan Fedorov]], including [[three children|injured;a=Ivan Fedorov]], governor
Ivan Fedorov said. It was the {{first}} time since {{November}} that the city itself had been
hit by the bombs, which can be released from about {{40 km}} away. The bombs damaged
[[more than 30 houses|housing;a=city council]], [[two high-rise buildings|housing;a=city council]]
and a kindergarten, the city council said. [[Between 100 and 120 rescuers|other]] worked through the night
to clear the rubble. Anatolii Kurtiev, secretary of the city council, said
[[17 residents|displaced;a=Anatolii Kurtiev]] had been moved to temporary housing.
""",
)

item(
    "Zaporizhzhia region loses power after overnight strike",
    """
A Russian missile and drone strike on energy infrastructure left
[[about 73,000 consumers|civilians;u=household;a=Zaporizhzhiaoblenergo]] in the Zaporizhzhia
region without electricity, Zaporizhzhiaoblenergo said on Saturday. Ukraine's air force said
Russia had launched [[eight missiles|other;a=Ukraine's air force]] and
[[90 drones|other;a=Ukraine's air force]] at the region overnight. In the city,
[[about 40,000 residents|civilians;a=city council]] had no heating, the city council said.
[[Three people|injured]] were hurt, and [[58 repair crews|other;u=other]] were working to
restore supplies. The Zaporizhzhia nuclear power plant, held by Russian forces since
{{March 2022}}, lost its last external power line for the {{tenth}} time, the IAEA said.
""",
)

item(
    "Zaporizhzhia moves its schools underground",
    """
Zaporizhzhia has opened [[three underground schools|other;a=city council]] since
{{September}}, each built for [[about 900 pupils|capacity;a=city council]], the city council
said. [[Six more|other;p;n=-;u=structure]] are due to open in {{2026}}. Until last year,
[[about 60,000 pupils|other]] in the city studied only online because schools lacked shelters.
Regional governor Ivan Fedorov said the region planned to build
[[24 underground schools|other;p;a=Ivan Fedorov]] in all, at a cost of about
{{UAH 100 million}} each. [[Some 8,000 children|other]] now attend in-person classes in
underground schools and basement shelters across the region.
""",
)

item(
    "Missile strike on Zaporizhzhia industrial site kills four",
    """
A Russian missile strike on an industrial enterprise in Zaporizhzhia killed
[[four people|killed;a=Ivan Fedorov]] and injured [[at least 29|injured;n=-;a=Ivan Fedorov]] on
Monday, governor Ivan Fedorov said. The regional prosecutor's office said
[[six missiles|other;a=regional prosecutor's office]] had been fired at the city from the
occupied south. [[Nine people|injured]] remained in hospital on Tuesday.
[[About 50 homes|housing]] near the plant were damaged by the blast wave. Rescuers were
searching for [[three workers|missing;a=State Emergency Service]] believed to be under the
debris, the State Emergency Service said, and
[[more than 150 rescuers|other;a=State Emergency Service]] had been deployed. The plant had been
working at {{a third}} of its pre-war capacity.
""",
)

item(
    "Occupation forces detained hundreds in Zaporizhzhia region, prosecutors say",
    """
Russian forces have illegally detained
[[more than 800 civilians|arrested;a=regional prosecutor's office]] in the occupied part of the
Zaporizhzhia region since {{2022}}, the regional prosecutor's office said on Tuesday. Of those,
[[about 190|missing;n=-;a=prosecutors]] are still unaccounted for, prosecutors said. Energoatom,
the state nuclear operator, said [[more than 50 workers|kidnapped;a=Energoatom]] of the occupied
Zaporizhzhia nuclear plant had been abducted, [[about 20|kidnapped;n=-;a=Energoatom]] were still
being held and [[two|killed;n=-;a=Energoatom]] had died in custody. Investigators say
detainees were held in the basements of police stations in Melitopol and Enerhodar. Police in the government-controlled part of the region said
they had detained [[five residents|arrested;a=Police]] on suspicion of passing information to
Russian forces.
""",
)

item(
    "Rescuers killed in repeat strike near Zaporizhzhia",
    """
[[Two rescuers|killed;a=State Emergency Service]] were killed and
[[three|injured;n=-;a=State Emergency Service]] wounded when Russian artillery hit them in
Prymorske as they responded to an earlier strike, the State Emergency Service said.
[[At least 19 rescuers|killed;a=the service;alt=State Emergency Service]] have been killed in the
Zaporizhzhia region since {{February 2022}}, according to the service.
[[About 400 people|civilians;a=regional administration]] remain in Prymorske and
[[fewer than 100|civilians;n=-;a=regional administration]] in neighbouring Stepnohirsk, the
regional administration said. [[Seven houses|housing]] were destroyed in Prymorske and
Stepnohirsk on Sunday. The service has [[about 1,500 rescuers|other]] deployed in the region,
many of them working within range of Russian drones.
""",
)

item(
    "Search continues for missing after strike on Zaporizhzhia apartment block",
    """
Rescuers in Zaporizhzhia on Friday recovered
[[two more bodies|killed;a=State Emergency Service]] from a {{five-storey}} apartment building hit
by a Russian missile, bringing the death toll to [[11|killed;n=-;a=State Emergency Service]], the
State Emergency Service said. [[Four people|missing]] were still unaccounted for, including
[[one child|missing]]. [[Thirty-three people|injured]] were injured in the strike, which
happened on Thursday morning. The strike destroyed [[40 flats|housing;a=Anatolii Kurtiev]] and
left [[more than 100 residents|displaced;a=Anatolii Kurtiev]] homeless, city council secretary
Anatolii Kurtiev said. The city has set up a shelter for [[150 people|capacity]] in a school gym.
""",
)

item(
    "Zaporizhzhia residents come back despite front line 30 km away",
    """
[[About 150,000 people|returned;a=Zaporizhzhia city council]] who fled Zaporizhzhia in the
{{first}} months of the full-scale invasion have since come back, the Zaporizhzhia city council
estimates, even though the front line lies only {{30 km}} from the city's edge. The city now has
[[roughly 600,000 residents|civilians;a=council;alt=Zaporizhzhia city council]], of whom
[[about 110,000|displaced;n=-;a=council;alt=Zaporizhzhia city council]] are displaced people from
occupied areas, according to the council.
[[Around 4,000 people|returned;a=council;alt=Zaporizhzhia city council]] came back in
{{August}} alone, the council said. The Save Ukraine charity said it had brought
[[38 children|returned;a=Save Ukraine charity]] back from occupied Melitopol and Berdiansk this
year. The council's housing fund has repaired [[3,700 flats|housing]] damaged by strikes, and
[[1,200 families|aid]] have received state compensation for destroyed homes under the eRecovery
programme.
""",
)

item(
    "Newborn killed as rocket hits maternity ward near Zaporizhzhia",
    """
A Russian rocket hit the maternity ward of a hospital in Vilniansk, near Zaporizhzhia,
overnight, killing a newborn boy, regional governor Oleksandr Starukh said on Wednesday. The
baby's mother and a doctor were pulled alive from the rubble of the ward, which had
[[about 30 beds|capacity;a=Oleksandr Starukh]], he said. [[About 20 patients|displaced]] were moved to hospitals in
Zaporizhzhia. The World Health Organization has recorded
[[more than 700 attacks|other;u=other;a=World Health Organization]] on health care in Ukraine
since {{February 24}}. In the Zaporizhzhia region,
[[11 hospitals|housing;a=regional health department]] have been damaged and
[[14 ambulances|other;a=regional health department]] destroyed or damaged, the regional health
department said. [[Four health workers|killed]] have been killed in the region.
""",
)

item(
    "Overnight drone attack on Zaporizhzhia wounds children",
    """
Russian drones and missiles hit Zaporizhzhia overnight, killing
[[two people|killed;a=Ivan Fedorov]] and wounding [[at least 24|injured;n=-;a=Ivan Fedorov]],
[[six children|injured;a=Ivan Fedorov]] among them, governor Ivan Fedorov said. The youngest of
the injured is {{three years old}}. Fires broke out in a {{nine-storey}} building and in
[[17 private houses|housing]]. City council secretary Anatolii Kurtiev said
[[more than 100 residents|displaced;a=Anatolii Kurtiev]] had been given temporary housing. The
State Emergency Service deployed [[63 rescuers|other]]. Ukraine's air force said it had shot
down [[41|other;n=-;u=other;a=Ukraine's air force]] of the
[[56 drones|other;a=Ukraine's air force]] launched at Ukraine overnight.
""",
)

item(
    "Zaporizhzhia nuclear plant reconnected after month-long outage",
    """
The Zaporizhzhia nuclear power plant was reconnected to its {{750-kilovolt}} main line on
Thursday after {{30 days}} on emergency diesel power, the longest outage since Russian forces
seized it in {{March 2022}}, the IAEA said. The agency said the repairs were carried out during
a local ceasefire of {{several hours}} agreed by both sides. The plant needs about
{{10 megawatts}} to keep its reactors, shut down since {{2022}}, cool. Its cooling pond has
dropped by about {{1.5 metres}} since the Kakhovka dam was destroyed in {{June 2023}}.
""",
)

item(
    "Zaporizhzhia shortens curfew as air-raid alerts grow longer",
    """
Zaporizhzhia's curfew will run from {{midnight}} to {{05:00}} from {{November 1}}, {{an hour}}
shorter than before, the regional military administration said. Air-raid alerts in the city
lasted a combined {{412 hours}} in {{October}}, up {{18%}} on {{September}}, it said. Residents
often have {{less than a minute}} of warning before a glide bomb lands, because the aircraft
release them from about {{40 km}} away. Shops and markets may open from {{06:00}}.
""",
)
