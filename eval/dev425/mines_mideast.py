"""dev425 items: Iraq, Syria, Yemen, Gaza, Lebanon, Libya and Jordan.

Fifteen texts with figures and two with numbers but no figure (the last two)."""

from _wrap import item

item(
    "Mosul's Old City: the slow work of clearing booby-trapped homes",
    """
UN-contracted teams have removed [[more than 55,000 explosive items|other;a=UNMAS]] from Mosul
since Iraqi forces drove out Islamic State in {{July 2017}}, UNMAS said on Thursday. Among them
were [[about 1,100 suicide belts|other;u=other;a=the agency;alt=UNMAS]], the agency said.
[[Roughly 5,000 buildings|housing;a=UN-Habitat]] in the Old City were destroyed or badly damaged,
UN-Habitat estimates, and clearing a single house can take a team {{three days}}. Civil defence
teams have recovered [[more than 2,600 bodies|killed;a=civil defence officials]] from the
rubble, civil defence officials said, and families say [[hundreds of people|missing;a=families]]
are still missing. [[Some 8,000 families|returned;a=the IOM]] have moved back to western Mosul,
but [[tens of thousands|displaced;a=the IOM]] remain in camps across Nineveh, according to the
IOM.
""",
)

item(
    "Yazidis weigh return to Sinjar as mines linger near mass graves",
    """
[[About 200,000 Yazidis|displaced;a=Iraq's Ministry of Migration]] remain in camps in the
Kurdistan Region {{ten years}} after Islamic State overran Sinjar, according to Iraq's Ministry of
Migration. The ministry said [[more than 2,300 families|returned;a=The ministry;alt=Iraq's
Ministry of Migration]] went home in {{March}} alone, after Baghdad offered grants of {{4 million
dinars}} each. The Kurdistan regional government plans to close the [[15 camps|capacity;a=The
Kurdistan regional government]] around Duhok by the end of the year. MAG says its teams have
found [[more than 900 improvised mines|other;a=MAG]] in Sinjar district, many in houses and
wells. [[Two Yazidi shepherds|killed;a=a local official]] were killed by a mine near Kocho in
{{February}}, a local official said. [[About 2,600 Yazidi women and children|missing;n=women and
children;a=the ministry;alt=Iraq's Ministry of Migration]] are still missing, the ministry says.
""",
)

item(
    "Mines kill hundreds of Syrians going home after Assad's fall",
    """
Landmines and unexploded ordnance have killed [[at least 542 people|killed;a=the HALO Trust]] in
Syria since the fall of Bashar al-Assad in {{December 2024}} and injured [[more than
900|injured;a=the HALO Trust]], according to the HALO Trust. Children made up [[at least
140|killed;a=the charity;alt=the HALO Trust]] of the dead, the charity said. Many were farmers
and shepherds returning to land along former front lines in Idlib, Hama and Aleppo, where the UN
says [[more than 1.2 million Syrians|returned;a=the UN]] have gone home from camps and from
abroad. The Syria Civil Defence said its teams had destroyed [[over 10,000 unexploded
munitions|other;a=The Syria Civil Defence]] and lost [[four volunteers|killed;a=The Syria Civil
Defence]] doing so. The Syrian Mine Action Centre, set up in {{2025}}, estimates [[some 300,000
mines|other;a=The Syrian Mine Action Centre]] remain buried. It plans to train [[1,000 new
deminers|other;p;a=The Syrian Mine Action Centre]] by the end of next year.
""",
)

item(
    "Idlib police break up ring selling shells salvaged from front lines",
    """
Police in Idlib arrested [[nine men|arrested;a=the Interior Ministry]] accused of selling
artillery shells and mines salvaged from former front lines to scrap dealers and armed groups,
the Interior Ministry said on Sunday. The ministry said officers had seized [[more than 3,200
shells|other;a=The ministry;alt=the Interior Ministry]], [[400 anti-tank mines|other;a=The
ministry;alt=the Interior Ministry]] and [[about 2 tonnes|other;a=The ministry;alt=the Interior
Ministry]] of explosives. Scrap collectors are among the most frequent victims of ordnance: in
Idlib and Aleppo provinces [[29 collectors|killed;a=a local monitoring group]] died in the
first {{four months}} of the year, a local monitoring group said. A blast at a scrap yard in
Sarmada in {{March}} killed [[six people|killed]] and injured [[11|injured]].
""",
)

item(
    "Saudi-funded Masam project says it has removed half a million explosives in Yemen",
    """
Masam, the Saudi-funded clearance project, said on Monday it had removed [[more than 500,000
explosive items|other;a=Masam]] in Yemen since {{mid-2018}}, [[about 150,000|other;u=other;a=Masam]]
of them anti-personnel mines. The project accuses the Houthis of planting mines disguised as
rocks, and says it has lost [[32 deminers|killed;a=The project;alt=Masam]]. In {{January
2019}}, [[five foreign experts|killed]] working for Masam died when explosives they were
moving blew up near Marib. The Houthi-run Yemen Executive Mine Action Center in Sanaa says it has
destroyed [[more than 20,000 cluster bomblets|other;u=other;a=The Houthi-run Yemen Executive
Mine Action Center]] dropped by the Saudi-led coalition. Mines and ordnance killed or injured
[[about 600 civilians|injured;a=the Civilian Impact Monitoring Project]] in {{2022}}, and
[[between 150 and 200|killed;a=the Civilian Impact Monitoring Project]] of them died, according
to the Civilian Impact Monitoring Project.
""",
)

item(
    "Children bear the brunt of Yemen's landmines, UNICEF warns",
    """
Landmines and explosive remnants killed [[82 children|killed;a=UNICEF]] and injured
[[191|injured;a=UNICEF]] in Yemen in the first {{nine months}} of {{2023}}, UNICEF said on Tuesday.
Many lived in the [[more than 2,300 displacement sites|capacity]] scattered across the country,
where families have settled on land near former front lines. In Hodeidah governorate alone,
[[some 190,000 people|displaced;a=the IOM]] live in sites close to contaminated land, the IOM
estimates. [[Three brothers|killed;a=local medics]] were killed in Hays on Sunday when a shell
exploded as they herded goats, local medics said. UNICEF and its partners reached [[about
800,000 people|aid;a=the agency;alt=UNICEF]] with mine-risk messages last year, the agency said.
""",
)

item(
    "UN warns Gaza's rubble hides thousands of unexploded bombs",
    """
The UN Mine Action Service estimates that [[up to 7,500 tonnes|other;a=The UN Mine Action
Service]] of unexploded ordnance lie in Gaza's rubble. Clearing the [[42 million
tonnes|other;a=the agency;alt=The UN Mine Action Service]] of debris left by the war could take
{{14 years}}, the agency said. Since {{October 2023}}, its teams have assessed [[more than 2,700
damaged buildings|housing;a=UNMAS]] used as shelters or aid hubs, UNMAS said. Explosive
remnants have killed [[at least 52 people|killed;a=the World Health Organization]] and injured
[[hundreds|injured;a=the World Health Organization]] in Gaza, according to the World Health
Organization. [[Some 1.9 million Gazans|displaced]], {{90%}} of the population, have been
displaced at least once. UNMAS says it will need [[at least 60 more specialists|other;p;a=UNMAS]]
once heavy machinery can enter the strip.
""",
)

item(
    "Returning Gazans warned of bombs as they walk north",
    """
[[More than 500,000 Palestinians|returned;a=the UN]] crossed from southern Gaza into the north in
the week after the Netzarim corridor opened on {{January 27}}, the UN said. UNMAS said it and its
partners had handed out [[some 220,000 leaflets|aid;u=other;a=UNMAS]] on explosive risks at the
crossing points. In Jabalia, an unexploded shell killed [[three children|killed;a=Palestinian
medics]] and wounded [[a dozen others|injured;a=Palestinian medics]], Palestinian medics said. In
Beit Lahia, [[about 70 families|displaced;a=a UN official]] were sheltering in tents beside an
unexploded aircraft bomb, a UN official said. The UN's humanitarian office said [[at least 41
trucks|aid;a=The UN's humanitarian office]] carrying tents had entered the north that day.
""",
)

item(
    "Lebanese army clears cluster bomblets as southerners return",
    """
The Lebanese army said it had deployed [[about 10,000 soldiers|combatants;a=The Lebanese army]]
south of the Litani river under the ceasefire that took effect on {{November 27}}. Its engineers
have removed [[more than 4,000 cluster bomblets|other;u=other;a=The Lebanese army]] from
villages and orchards, it said. [[Six soldiers|killed;a=the army]] were killed in {{August}} when
munitions they were dismantling at a depot near Tyre exploded, the army said. The IOM says [[more
than 900,000 people|returned;a=The IOM]] have gone back to the south and the Bekaa. Israel fired
[[up to 4 million submunitions|other;u=other;a=the UN]] into southern Lebanon in the final days of
the {{2006}} war, according to the UN. The Lebanon Mine Action Centre says [[more than 400
Lebanese|injured;a=The Lebanon Mine Action Centre]] have been killed or injured by them since.
The army plans to recruit [[1,500 more soldiers|combatants;p;a=The army]] for the south this
year.
""",
)

item(
    "Mines left in Tripoli's southern suburbs keep families from home",
    """
Mines and booby traps left by retreating forces in Tripoli's southern suburbs have killed [[at
least 130 people|killed;a=the Libyan Mine Action Centre]] since {{June 2020}}, the Libyan Mine
Action Centre said on Wednesday. Among them were [[seven deminers|killed]]. [[About 3,500
families|displaced;a=the Libyan Red Crescent]] from Ain Zara and Salahuddin still cannot go home,
according to the Libyan Red Crescent. The centre said [[about 250 engineers|other;a=The
centre;alt=the Libyan Mine Action Centre]] from the army and police had been trained in clearance
since the fighting ended. Teams have searched and cleared [[more than 2,000 homes|housing]], but
many were rigged with devices hidden in toys, fridges and doorways. [[Between 40 and 60 families a
week|returned;a=the centre;alt=the Libyan Mine Action Centre]] are now going back to Ain Zara as
roads are cleared, the centre said. [[Three children|injured;a=a
doctor at Tripoli Central Hospital]] were hurt last week by a device in a garden in Ain Zara, a
doctor at Tripoli Central Hospital said.
""",
)

item(
    "Iraqi forces arrest Islamic State cell accused of mining farmland",
    """
Iraqi security forces arrested [[five suspected Islamic State members|arrested;a=the Security
Media Cell]] accused of planting improvised mines in farmland near Tarmiyah, the Security Media
Cell said on Saturday. The cell said troops had seized [[40 pressure-plate
devices|other;a=The cell;alt=the Security Media Cell]] in an orchard used as a workshop. [[About
1,500 troops|combatants;a=the cell;alt=the Security Media Cell]] took part in the sweep, the cell
added, and [[two soldiers|injured]] were wounded when a device went off. Such mines killed [[at
least 17 farmers|killed;a=provincial officials]] in Salahuddin and Diyala provinces last year,
provincial officials said. Iraq's Directorate of Mine Action says the country has {{2,100 square
kilometres}} of contaminated land and that [[8.5 million people|civilians;a=Iraq's Directorate of
Mine Action]] live near it.
""",
)

item(
    "Raqqa returnees walk into Islamic State's booby traps",
    """
MSF said its hospital in Raqqa had treated [[more than 120 people|injured;a=MSF]] wounded by mines
and booby traps in the {{five weeks}} since residents began returning to the city. [[About
50,000 people|returned;a=local authorities]] have come back, local authorities said, to a city
where [[around 11,000 buildings|housing;a=UN satellite analysts]] were destroyed or damaged,
according to UN satellite analysts. The Raqqa Civil Council said teams had recovered [[more than
500 bodies|killed;a=The Raqqa Civil Council]] from the rubble and from mass graves, and that
[[about 2,000 people|missing;a=The Raqqa Civil Council]] were still missing. The US-led coalition
said it was funding [[about 200 local deminers|other;a=The US-led coalition]]. [[Two|killed]] of
them died in {{November}}.
""",
)

item(
    "Cluster munitions killed hundreds in Syria as Russia joined bombing, monitor says",
    """
Cluster munition attacks killed [[221 people|killed;a=the Cluster Munition Monitor]] and injured
[[639|injured;a=the Cluster Munition Monitor]] in Syria in {{2016}}, the Cluster Munition Monitor
said on Thursday. The monitor documented [[238 attacks|other;u=other;a=The monitor]] by Syrian
government and Russian forces, neither of which has joined the {{2008}} Convention on Cluster
Munitions. Worldwide it recorded [[971 cluster munition casualties|injured;a=the Cluster
Munition Monitor]] in the year, {{86%}} of them in Syria. Since the convention entered into force
in {{2010}}, states parties have destroyed [[1.4 million cluster munitions|other;a=the
report;alt=the Cluster Munition Monitor]] containing [[more than 175 million
submunitions|other;u=other;a=the report;alt=the Cluster Munition Monitor]], the report said.
""",
)

item(
    "Yemen's clearance stalls as Houthis hold UN staff",
    """
The Houthis detained [[11 UN staff|arrested;a=the UN]], among them [[two
employees|arrested;a=the UN]] of a UN Development Programme mine action project, in raids in Sanaa
on Thursday, the UN said. Secretary-General António Guterres said the group was now holding
[[more than 50 UN and aid workers|arrested;a=Secretary-General António Guterres]]. In the south,
[[five UN staff|kidnapped]] abducted by al-Qaeda in Abyan in {{2022}} were freed after {{18
months}} in captivity. The project's [[roughly 30 survey teams|other;u=other;a=a UN
official]] have been idle since June, a UN official said. The UN says [[about 4.8 million
Yemenis|civilians;a=The UN]] live in areas contaminated by mines and unexploded ordnance.
""",
)

item(
    "Gaza children hurt as unexploded shell goes off in school shelter",
    """
An unexploded shell went off in a UNRWA school sheltering displaced families in Khan Younis on
Saturday, wounding [[five children|injured;a=the agency;alt=UNRWA]] and [[two
women|injured;a=the agency;alt=UNRWA]], the agency said. The school, built for [[about 1,000
pupils|capacity]], was housing [[more than 6,000 people|displaced]]. UNRWA says it runs [[more
than 100 shelters|capacity;a=UNRWA]] across the strip. Save the Children said [[at least 25
children|injured;a=Save the Children]] had been hurt by explosive remnants in the {{six weeks}}
before the blast. "Children pick these things up because they look like toys or scrap they can
sell," said a UNMAS officer in Deir al-Balah.
""",
)

item(
    "Iraq granted another decade to clear its minefields",
    """
Iraq, which joined the Mine Ban Treaty in {{2007}}, has been granted a {{ten-year}} extension of
its clearance deadline, to {{February 2028}}, at a meeting of states parties in Geneva. The
Directorate of Mine Action told delegates that {{1,700 square kilometres}} remained contaminated
and that it would need {{$450 million}} to finish the job. International funding for clearance in
Iraq fell by {{38%}} between {{2017}} and {{2023}}, it said. Officials say the war against Islamic
State added {{more than 600 square kilometres}} of land seeded with improvised mines to the
minefields left from the {{1980-88}} war with Iran.
""",
)

item(
    "Jordan's northern border strip, once mined, now grows olives",
    """
Jordan's last big minefield, a strip along the border with Syria, was declared clear in {{April
2012}}, and {{more than a decade}} later farmers are harvesting olives on it. The clearance of the
{{104-kilometre}} strip, laid in the years after the {{1967}} war, cost about {{$42 million}},
the National Committee for Demining and Rehabilitation said on Tuesday. The harvest now earns
farmers about {{$2 million}} a year, according to the committee. Jordan was the {{first}} Arab
state to declare itself free of known minefields, {{13 years}} after joining the treaty.
""",
)
