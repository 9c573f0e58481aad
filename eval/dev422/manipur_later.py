"""dev422 items, 4 of 4: 2024-2026 (Moreh and Churachandpur in early 2024, Jiribam's summer
and November, the drone and rocket attacks, the mobs in Imphal, President's rule, the free
movement protests, the anniversaries, the abductions, the missing, the reopened highway and
the rebuilding)."""

from _wrap import item

item(
    "Two commandos killed in Moreh attack; homes set ablaze",
    """
[[Two police commandos|killed;a=police]] were killed and
[[at least three others|injured;a=police]] wounded when suspected militants fired
rocket-propelled grenades and automatic weapons at security posts in Moreh on Wednesday, police
said. Hours later, [[about 12 houses|housing]] in the town's {{Ward 7}} were set on fire. The
state government flew in [[a further 80 commandos|combatants]] by helicopter, and
[[several hundred women|other]] blocked the road at Tengnoupal to stop reinforcements from
reaching the town. The Kuki Inpi Tengnoupal said
[[20 Kuki-Zo men|arrested;a=The Kuki Inpi Tengnoupal]] had been detained by commandos during
searches. The attack came a day after the arrest of [[two suspects|arrested]] in the killing of
a police officer in the town in {{October}}.
""",
)

item(
    "Two killed as mob storms Churachandpur district offices",
    """
[[Two people|killed;a=officials]] were killed and [[more than 40|injured;n=-;a=officials]] injured
when security forces opened fire on a mob that stormed the offices of the superintendent of
police and the deputy commissioner in Churachandpur on Thursday night, officials said. A crowd
of [[300 to 400 people|other]] had gathered to protest against the suspension of a Kuki-Zo head
constable seen in a video with armed men. The mob set fire to
[[at least eight vehicles|other]] and part of the deputy commissioner's office.
[[Three companies|combatants;u=other]] of the Rapid Action Force were rushed to the town, and
mobile internet was suspended for {{five days}}. Doctors at the district hospital said
[[15 to 20 of the wounded|injured;a=Doctors at the district hospital]] had gunshot wounds. Police
said [[nine people|arrested;a=Police]] had been arrested on Friday.
""",
)

item(
    "Violence spreads to Jiribam; hundreds flee into Assam",
    """
Mobs burned [[more than 70 houses|housing;a=officials]] and
[[two police outposts|housing;u=structure;a=officials]] in Jiribam district over the weekend after
the killing of a {{59-year-old}} Meitei farmer, officials said.
[[About 600 people|displaced]], most of them Kuki-Zo and Hmar, fled across the river to Lakhipur
in Assam's Cachar district. The Jiribam district administration said
[[1,000 people|displaced;a=The Jiribam district administration]] were sheltering in
[[eight relief camps|capacity;a=The Jiribam district administration]] in Jiribam town.
[[Dozens of Meitei families|displaced]] from Lamtai Khunou also moved into the camps. On
Monday, militants ambushed an advance security convoy of the chief minister on the highway,
wounding [[two security personnel|injured]]. Assam Police deployed
[[about 150 personnel|combatants]] along the border with Manipur.
""",
)

item(
    "Drones and rockets hit Imphal valley villages",
    """
Bombs dropped from drones and rockets fired from the hills killed [[two people|killed;a=police]]
and wounded [[nine|injured;n=-;a=police]] in Koutruk and Kadangband in Imphal West on Sunday and
Monday, police said, the first use of drones in the conflict. The following day,
[[five people|killed]] were killed in gunfights in Jiribam. The Assam Rifles said its men had
shot down [[two drones|other;a=The Assam Rifles]] near Kangpokpi, and the police said they had
deployed [[three anti-drone systems|other;u=other;a=the police]] on the foothills.
[[About 600 residents|displaced]] of Koutruk and neighbouring villages fled to relief camps in
Imphal. Kuki-Zo groups denied that their volunteers had used drones.
""",
)

item(
    "10 militants killed in Jiribam gunfight; six missing from relief camp",
    """
[[Ten suspected militants|killed;a=police]] were killed in a gunfight with the Central Reserve
Police Force at Borobekra in Jiribam on Monday after they attacked the police station and a CRPF
camp, police said. [[Two CRPF personnel|injured]] were wounded. Officials said
[[six people|kidnapped;a=Officials]], [[three women|kidnapped;a=Officials]] and
[[three children|kidnapped;a=Officials]], had been abducted from a relief camp next to the police
station during the attack. The militants also burned [[at least five houses|housing]] and
[[two shops|housing]] at Jakuradhor, where the bodies of [[two elderly men|killed]] were later
found. The Kuki-Zo Council said the dead were village volunteers, not militants, and called a
{{12-hour}} shutdown.
""",
)

item(
    "Bodies found in Jiri river; mobs attack legislators' homes in Imphal",
    """
[[Three bodies|killed;a=police]], believed to be those of a woman and her children abducted in
Jiribam, were found in the Jiri river on Friday evening, police said.
[[The remaining three hostages|kidnapped]] are still missing. By Saturday night, mobs in Imphal
had set fire to [[at least nine houses|housing]] belonging to ministers and legislators.
[[One protester|killed]] was killed and [[more than 20 people|injured]] were injured as security
forces fired tear gas and live rounds near the chief minister's residence. Police said
[[41 people|arrested;a=Police]] had been arrested for arson and looting and
[[seven licensed guns|other;a=Police]] taken from a legislator's house recovered. A curfew was
imposed indefinitely in Imphal East and Imphal West.
""",
)

item(
    "President's rule imposed in Manipur after Biren Singh quits",
    """
President's rule was imposed in Manipur on {{February 13}}, {{four days}} after N Biren Singh
resigned as chief minister, and the assembly was placed in suspended animation under
{{Article 356}}. The violence has killed [[more than 250 people|killed;a=official figures]] since
{{May 2023}} and left [[about 60,000|displaced;n=-;a=official figures]] homeless, according to
official figures. [[Over 6,000 weapons|other]] were looted from state armouries, and
[[some 1,500 people|arrested]] have been arrested. [[Some 360 churches|housing;a=church groups and Meitei bodies]]
and [[about 130 temples|housing;u=structure;a=church groups and Meitei bodies]] were burned, according to church
groups and Meitei bodies. The Centre now has [[over 60,000 security personnel|combatants]] in the
state.
""",
)

item(
    "Protester killed as Kuki-Zo groups resist 'free movement' on highways",
    """
[[One man|killed;a=officials]] was shot dead and [[at least 40 people|injured;a=officials]],
including [[27 security personnel|injured;a=officials]], were injured in clashes at Gamghiphai in
Kangpokpi district on Saturday, officials said, as Kuki-Zo protesters tried to stop the first
state buses allowed to run through the hills since {{2023}}. Protesters damaged
[[16 vehicles|other]]; the convoy of [[10 buses|other]] turned back. Police said
[[about 25 protesters|arrested;a=Police]] had been detained. The Kuki-Zo Council called an
indefinite shutdown in Kuki-Zo areas. The Governor had ordered that free movement on all roads
begin on {{March 8}}.
""",
)

item(
    "Two years on, Manipur marks the anniversary apart",
    """
[[Thousands of Kuki-Zo people|other]] gathered at the Wall of Remembrance in Churachandpur on
Saturday to mark {{two years}} since the violence began, while
[[several thousand people|other]] held a rally in Imphal. According to the state home
department, [[at least 260 people|killed;a=the state home department]] have been killed and
[[about 1,500|injured;n=-;a=the state home department]] injured since {{May 3, 2023}}, and
[[more than 30 people|missing;a=the state home department]] remain missing.
[[About 57,000|displaced;n=-]] still live in [[about 260 camps|capacity]]. Neither side has
crossed the buffer zone to attend the other's memorials.
""",
)

item(
    "Meitei families return to Moreh under Assam Rifles guard",
    """
[[Some 40 Meitei families|returned;a=the Tengnoupal district administration]] returned to Moreh
on Tuesday, {{two years}} after they fled the border town, the Tengnoupal district administration
said. [[Around 250 houses|housing;a=officials]] in the town were burned in {{2023}}, and
[[only 60|housing;n=-;u=structure;a=officials]] have been rebuilt, officials said. The families
were escorted from Imphal by [[about 180 police personnel|combatants]] and Assam Rifles troops.
[[Another 70 families|returned;p;a=the administration;alt=the Tengnoupal district
administration]] are expected to follow next month, the administration said.
[[About 2,000 Kuki-Zo residents|civilians]] stayed in Moreh throughout the conflict.
""",
)

item(
    "Five men abducted in Kangpokpi; four freed after army talks",
    """
Suspected militants abducted [[five Meitei men|kidnapped;a=police]] who had gone to collect
firewood near Kangchup on Monday, police said. [[Four of them|kidnapped;n=-]] were freed on
Wednesday after the army and the Assam Rifles negotiated with village authorities, and the
search for the {{fifth}} continues. The army deployed [[about 200 soldiers|combatants]] and drones
in the search. In Imphal, [[two Kuki-Zo truck drivers|kidnapped;a=the Kuki Inpi Manipur]] were
seized by an armed Meitei group last week, the Kuki Inpi Manipur said. A mob of
[[300 women|other]] blocked the highway at Sekmai to demand the release of the abducted men.
Police said [[two suspects|arrested;a=Police]] had been arrested.
[[At least 17 people|kidnapped;a=police records]] have been abducted in Kangpokpi and Imphal East
since {{2023}}, according to police records.
""",
)

item(
    "DNA tests give names to Manipur's unidentified dead",
    """
Forensic scientists have identified [[14 bodies|killed;a=the police]] through DNA testing this
year, the police said, but [[11 unidentified bodies|killed;a=the police]] remain in the morgue of
the Regional Institute of Medical Sciences in Imphal. [[About 70 families|other]] have given DNA
samples. [[Thirty-two people|missing;a=the Supreme Court's committee]] remain missing since
{{2023}}, according to the Supreme Court's committee,
[[nine of them|missing;n=-;a=the Supreme Court's committee]] children. They include
[[five people|kidnapped]] abducted in {{2023}} and never seen again. A families' group says the
real number is [[as many as 45|missing;n=-;a=A families' group]]. "We only want a body to bury,"
said a mother in Kakching whose son, {{22}}, went missing on {{May 28, 2023}}.
""",
)

item(
    "Trucks roll on NH-2 as the highway reopens through the hills",
    """
[[About 1,100 trucks|other;a=the transport department]] carrying fuel, rice and medicines
crossed Kangpokpi on {{National Highway 2}} in the first week after it reopened, the transport
department said. [[Over 300 passenger buses|other]] also ran between
Imphal and Dimapur. Transporters said
[[as many as 600 trucks|other;a=Transporters]] had been stuck at Mao Gate on the Nagaland border
before the reopening. [[About 2,500 security personnel|combatants]] guard the {{225-km}} stretch
of the highway in Manipur. [[Some 40 vehicles|other]] were stoned near Kangpokpi on the first
day, injuring [[three drivers|injured]], and police arrested [[six people|arrested]]. Traders
in Imphal said prices of rice and cooking gas had fallen by {{a fifth}}.
""",
)

item(
    "Manipur finishes rebuilding first batch of burned homes",
    """
The state government said on Monday it had finished rebuilding
[[1,650 houses|housing;a=The state government]] burned in the violence, and that work on
[[2,100 more|housing;p;n=-;u=structure;a=The state government]] would be completed by
{{December}}. [[About 8,000 families|aid]] have received {{Rs 3 lakh}} each to rebuild
themselves. [[Nearly 5,000 people|returned]] have gone back to villages in the foothills this
year. [[About 12,000 people|displaced;a=camp committees]] remain in the relief camps, camp
committees said, most of them from villages in the buffer zone, where the state says it will not
rebuild before {{2027}}. [[Around 3,000 people|displaced;p]] are to be moved to prefabricated
houses in Imphal East and Churachandpur.
""",
)

item(
    "Parliament extends President's rule in Manipur",
    """
Parliament on {{August 5}} approved the extension of President's rule in Manipur by
{{six months}}, from {{August 13}}, under {{Article 356}} of the Constitution. Home Minister Amit
Shah told the Rajya Sabha that the state had been calm since {{February}} and that elections
would be held "when the time is right". The assembly, whose term runs until {{March 2027}}, stays
in suspended animation. Opposition members said {{27 months}} of conflict had been met with
silence.
""",
)

item(
    "Centre renews pact with Kuki-Zo armed groups",
    """
The Centre, the Manipur government and the Kuki-Zo armed groups renewed the Suspension of
Operations agreement on {{September 4}} for {{one year}}, the home ministry said, with revised
ground rules. The pact, first signed in {{2008}}, had lapsed in {{February 2024}}. Under the new
terms, camps will be moved away from the Imphal-Dimapur highway, {{NH-2}}, and the groups will
keep their weapons in double-locked storage. The Kuki-Zo Council said it would keep
{{National Highway 2}} open for free movement.
""",
)
