"""Sumy city and region, 2022-2026: the Palm Sunday strike, the hospital, the bus near
Bilopillia, the border villages and their children ordered out, saboteurs, power cuts."""

from _wrap import item

item(
    "Ballistic missiles hit Sumy city centre on Palm Sunday",
    """
SUMY, Ukraine, {{April 13}} (Reuters) -
[[Two Russian ballistic missiles|other;a=State Emergency Service]] struck the centre of Sumy on
Sunday morning as people gathered for Palm Sunday services, killing
[[at least 21 people|killed;a=State Emergency Service]] and injuring
[[83|injured;n=-;a=State Emergency Service]], the State Emergency Service said. Acting mayor
Artem Kobzar said [[seven children|injured;a=Artem Kobzar]] were among the wounded. A missile
exploded next to a trolleybus, and video verified by Reuters showed bodies lying in the street
beside burned-out cars. The strikes damaged
[[about 20 buildings|housing;a=Sumy regional military administration]] and
[[dozens of cars|other;a=Sumy regional military administration]] near the university's congress
centre, the Sumy regional military administration said. [[More than 100 rescuers|other]] were working at the scene by midday. President Volodymyr
Zelensky called for a strong response from the United States and Europe.
""",
)

item(
    "Sumy toll rises as UN monitors condemn Palm Sunday strike",
    """
The death toll from Sunday's missile strike on Sumy rose to
[[35|killed;n=-;a=Sumy regional military administration]], including
[[two children|killed;a=Sumy regional military administration]], and
[[117 people|injured;a=Sumy regional military administration]], among them
[[15 children|injured;a=Sumy regional military administration]], were wounded, the Sumy
regional military administration said on Monday. The UN Human Rights Monitoring Mission in
Ukraine said it was the deadliest attack on civilians in Ukraine so far this year. The mission
said its staff had verified
[[at least 34 civilian deaths|killed;a=The mission;alt=UN Human Rights Monitoring Mission in Ukraine]]
and was still checking reports of further casualties. Acting mayor Artem Kobzar said
[[more than 60 residential buildings|housing;a=Artem Kobzar]] and
[[eight schools|housing;a=Artem Kobzar]] had been damaged. The city has opened
[[three temporary shelters|capacity;a=Artem Kobzar]] for residents whose homes were destroyed, he
added. {{Three days}} of mourning were declared in the city.
""",
)

item(
    "Drones strike Sumy hospital twice as patients are moved out",
    """
Russian drones struck a hospital in Sumy twice on Saturday, the {{second}} time as patients were
being moved out, killing [[ten people|killed;a=Ihor Klymenko]] and wounding
[[12|injured;n=-;a=Ihor Klymenko]], Interior Minister Ihor Klymenko said. Staff had begun
evacuating [[113 patients|displaced]] after the {{first}} strike when the {{second}} drone hit
the building. The regional health department said
[[37 patients|displaced;a=regional health department]], including
[[six patients|displaced;a=regional health department]] on ventilators, had been transferred to
other hospitals in the city. Among the dead were [[two medics|killed]]. Prosecutors opened a war
crimes investigation. The World Health Organization has recorded repeated attacks on health care in the Sumy region
since {{2022}}.
""",
)

item(
    "Sumy orders evacuation of more border villages",
    """
The Sumy Regional Military Administration on Wednesday ordered the mandatory evacuation of
[[11 more settlements|other;u=other]] near the Russian border as shelling intensified. Governor
Volodymyr Artiukh said [[about 1,200 people|civilians;a=Volodymyr Artiukh]] still lived in the
settlements and that [[213 children|displaced;p;a=Volodymyr Artiukh]] would be evacuated with
their parents or guardians. Since {{May}},
[[more than 14,000 residents|displaced;a=regional administration;alt=Sumy Regional Military Administration]]
have left the border strip, including
[[about 2,900 children|displaced;a=regional administration;alt=Sumy Regional Military Administration]],
the regional administration said. The region came under
[[more than 100 attacks|other;u=other]] on Tuesday alone. In Velyka Pysarivka,
[[about 1,800 people|civilians]] are still refusing to leave.
""",
)

item(
    "Police escort children out of Krasnopillia under evacuation order",
    """
Police and social workers evacuated [[42 children|displaced;a=Sumy regional police]] from the
Krasnopillia hromada on Thursday under an order that obliges parents to leave with them, the
Sumy regional police said. [[Another 17|displaced;p;n=-]] are due to leave by the weekend, while
the families of [[nine children|civilians]] are refusing to go. Parents who refuse can be fined
up to {{UAH 1,700}}, and the children can be removed by a court order. The children and
[[36 adult relatives|displaced]] were taken to a transit point in Sumy before travelling by train
to the Lviv region. Since the start of the year,
[[more than 1,100 children|displaced;a=juvenile police]] have been evacuated from frontline
areas of the Sumy region, according to the juvenile police. Only
[[about 60|civilians;n=-;a=juvenile police]] remain in the hromadas under the order, it said.
""",
)

item(
    "Sumy region left without power after drone attack on energy facility",
    """
A Russian drone attack on an energy facility left
[[more than 220,000 consumers|civilians;u=household;a=Sumyoblenergo]] in the Sumy region without
electricity on Tuesday, Sumyoblenergo, the regional distributor, said. Ukraine's air force said
Russia had launched [[142 drones|other;a=Ukraine's air force]] at Ukraine overnight, of which
[[118|other;n=-;u=other;a=Ukraine's air force]] were shot down or jammed.
[[Two employees|injured]] of the energy company were injured. In Sumy, water pumping stations
switched to generators and the city opened its heating and charging points. Sumyoblenergo said
[[about 60,000 consumers|civilians;u=household;a=Sumyoblenergo]] were still without power by
evening and that [[some 40 repair crews|other;u=other;a=Sumyoblenergo]] were at work.
""",
)

item(
    "Drone hits Sumy apartment block, killing four",
    """
A Russian drone hit a {{five-storey}} apartment building in Sumy late on Monday, killing
[[four people|killed;a=Sumy regional military administration]], including
[[two children|killed;a=Sumy regional military administration]], the Sumy regional military
administration said. The State Emergency Service said
[[11 people|injured;a=State Emergency Service]] were injured and that rescuers had pulled
[[three people|other;a=State Emergency Service]] alive from the rubble.
[[One person|missing]] was still missing on Tuesday morning. The strike destroyed
[[12 flats|housing]] and damaged [[about 40 others|housing;u=structure]], and
[[38 residents|displaced]] of the building were moved to a temporary shelter. The city declared
a day of mourning.
""",
)

item(
    "Russian saboteurs abduct villagers in Sumy border raid",
    """
A Russian sabotage and reconnaissance group crossed into the Sumy region overnight and abducted
[[four civilians|kidnapped;a=regional military administration]] from the village of Novenke, the
regional military administration said. The group, estimated at
[[about 30 soldiers|combatants;a=State Border Guard Service]], withdrew after a firefight with
Ukrainian border guards, the State Border Guard Service said, adding that
[[two guards|injured;a=State Border Guard Service]] were wounded. Human rights ombudsman Dmytro
Lubinets said Russian forces had seized [[at least 50 residents|kidnapped;a=Dmytro Lubinets]] of
Sumy border villages since {{2022}}, of whom [[nine|kidnapped;n=-;a=Dmytro Lubinets]] had been
freed in exchanges. In {{February}}, a similar raid on the village of Zhuravka left
[[two civilians|killed]] dead. [[About 50 residents|civilians;a=local council]] remain in
Novenke, the local council said.
""",
)

item(
    "Ukraine's commander says Russia has gathered 50,000 troops near Sumy",
    """
Russia has concentrated [[more than 50,000 troops|combatants;a=Oleksandr Syrskyi]] near the Sumy
region for an offensive, Ukraine's commander-in-chief Oleksandr Syrskyi said on Wednesday.
Russian forces have captured [[four villages|other;a=DeepState monitoring project]] along the
border in the past month, according to the DeepState monitoring project. The regional
administration says [[more than 56,000 people|displaced;a=regional administration]] have been
evacuated from [[202 settlements|other;u=other;a=regional administration]] since {{2024}}.
[[About 1,300 people|civilians]] are still living within {{20 km}} of the border. Evacuation
buses are carrying [[between 300 and 400 people a day|displaced]] to Sumy. Ukrainian
intelligence estimates that
[[as many as 10,000 North Korean soldiers|combatants;a=Ukrainian intelligence]] are deployed
across the border in Russia's Kursk region.
""",
)

item(
    "SBU detains suspects over strikes on Sumy",
    """
Ukraine's SBU security service said on Friday it had detained
[[three people|arrested;a=Ukraine's SBU security service]] suspected of helping Russia target
the Sumy region, including a woman accused of sending the coordinates of the city's congress
centre days before the Palm Sunday strike. That strike killed [[35 people|killed]] and wounded
[[more than 100|injured;n=-]]. The suspects face {{up to 15 years}} in prison. Since
{{January}}, counter-intelligence officers have detained
[[23 suspected agents|arrested;a=the agency;alt=SBU]] in the Sumy region, the agency said,
including [[six members|arrested;a=the agency;alt=SBU]] of a network in Konotop and Shostka.
Regional police said [[11 people|arrested;a=Regional police]] had been detained this year for
posting photos of strike sites online.
""",
)

item(
    "Sumy's dormitories fill with evacuees from border villages",
    """
[[About 3,400 evacuees|displaced;a=regional social protection department]] from border villages
are living in [[27 collective centres|capacity;a=regional social protection department]] in
Sumy and Konotop, the regional social protection department said. The centres, mostly
university dormitories and former kindergartens, have room for [[4,100 people|capacity]]. The
Norwegian Refugee Council said it had delivered
[[2,600 blankets|aid;a=Norwegian Refugee Council]] and
[[900 heaters|aid;u=other;a=Norwegian Refugee Council]] ahead of the winter. Officials expect
[[a further 600 people|displaced;p;a=Officials]] to arrive in the coming weeks as evacuations
continue. UNHCR said it had given cash assistance to [[8,700 people|aid;a=UNHCR]] displaced from
the border area this year.
""",
)

item(
    "Children taken from Sumy and Kharkiv regions brought back from Russia",
    """
[[Eleven children|returned;a=presidential office]] from the Sumy and Kharkiv regions who had
been taken to Russia were brought back to Ukraine on Tuesday with Qatari mediation, the
presidential office said. Ukraine says Russia has forcibly taken
[[about 19,500 children|kidnapped;a=Ukraine]] to Russia or occupied territory since {{2022}},
and that only [[about 1,300|returned;n=-;a=Ukraine]] have been brought home. In the Sumy region
itself, [[some 2,100 residents|returned;a=local officials]] have gone back to villages in the
Bilopillia hromada since the autumn, local officials said, although
[[about 400 houses|housing;a=local officials]] there are damaged.
[[About 900 people|returned;a=hromada head]] returned to Krasnopillia in the spring, the hromada
head said, but {{roughly half}} left again when the shelling resumed.
""",
)

item(
    "Drone strike on bus near Bilopillia kills nine",
    """
A Russian drone struck a passenger bus near Bilopillia on Saturday morning, killing
[[nine people|killed;a=Sumy regional military administration]] and wounding
[[seven|injured;n=-;a=Sumy regional military administration]], the Sumy regional military
administration said. The bus was carrying [[about 20 passengers|civilians]] from Bilopillia to
Sumy when it was hit on a road that runs about {{10 km}} from the border. Police said
[[14 drone attacks|other;u=other;a=Police]] were recorded on the Bilopillia hromada that day.
Bilopillia was home to [[about 15,000 people|civilians]] before the war and has
[[fewer than 6,000 residents|civilians]] now. Since {{January}},
[[more than 3,000 people|displaced;a=officials]] have been evacuated from the hromada, officials
said. The region declared {{three days}} of mourning.
""",
)

item(
    "Konotop hit by drones overnight, thousands lose power",
    """
Russia struck Konotop with [[at least 15 drones|other;a=Artem Semenikhin]] overnight, damaging
[[four apartment blocks|housing;u=structure;a=Artem Semenikhin]] and an energy facility, Mayor
Artem Semenikhin said on Thursday. [[Thousands of residents|civilians]] were left without power
and water, and [[two people|injured]] were hurt by falling glass. The State Emergency Service
deployed [[62 rescuers|other]] and [[14 fire engines|other;u=other;n=engines]], and the fires
were out by morning. In Shostka,
[[more than 30,000 consumers|civilians;u=household;a=Sumyoblenergo]] lost power after a strike on
a substation, Sumyoblenergo said.
""",
)

item(
    "Sumy marks a year since the Palm Sunday strike",
    """
Sumy marked the {{first}} anniversary of the Palm Sunday missile strike on {{April 13, 2026}},
with a memorial service outside the congress centre where the {{first}} missile landed. A
minute's silence was held at {{10:17}}, the time of the explosion. The memorial, designed by a
{{34-year-old}} local architect, cost {{UAH 4.5 million}} and was paid for by donations. The
congress centre, built in {{1985}}, has been about {{70%}} repaired, the city council said.
""",
)

item(
    "Sumy border schools to stay online for the new school year",
    """
Schools within {{20 km}} of the Russian border in the Sumy region will teach only online from
{{September 1}}, the regional education department said on Friday. Only {{38%}} of the region's
schools have shelters big enough for all their pupils, up from {{21%}} in {{2023}}, it said.
Lessons will start at {{8:30}} and last {{40 minutes}}, {{five minutes}} shorter than usual, so
that classes can reach shelters quickly. The department expects the {{2025-2026}} school year to
be the {{fourth}} disrupted by the war.
""",
)
