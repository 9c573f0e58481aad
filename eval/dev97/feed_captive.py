"""Arrests, abductions, hostages, crackdowns and the damage of war as the feeds give them
(32 items with figures, 3 without)."""

from _wrap import item

item(
    "Kenya: hundreds arrested after Saba Saba protests",
    """Police have arrested [[more than 480 people|arrested;a=Interior Cabinet Secretary Kipchumba
    Murkomen]] in connection with Monday's Saba Saba protests, Interior Cabinet Secretary Kipchumba
    Murkomen said, while the Kenya National Commission on Human Rights put the death toll at
    [[38|killed;a=the Kenya National Commission on Human Rights]].""",
)

item(
    "Bandits abduct 137 pupils in Kajuru",
    """Bandits abducted [[137 pupils|kidnapped;a=a teacher]] and [[two staff members|kidnapped;a=a
    teacher]] from a government secondary school in Kajuru, Kaduna State, on Thursday morning, a
    teacher told Punch. [[Twenty-five pupils|kidnapped;a=the teacher;alt=a teacher]] later found
    their way back to the school, the teacher said.""",
)

item(
    "Three hostages freed as 183 prisoners released",
    """TEL AVIV (Reuters) - Hamas freed [[three Israeli hostages|kidnapped;a=the Israel Prison
    Service]] in Khan Younis on Saturday and Israel released [[183 Palestinian
    prisoners|other;a=the Israel Prison Service]] in return, the Israel Prison Service said.
    [[Seventy-six hostages|kidnapped;a=Israeli officials]] remain in Gaza, Israeli officials
    say.""",
)

item(
    "Haiti gangs kidnapped 1,400 last year, UN says",
    """Gangs kidnapped [[more than 1,400 people|kidnapped;a=the UN]] in Haiti last year, the UN
    said in a report on Friday, many of them snatched from buses and taxis on the roads out of
    Port-au-Prince and held for ransoms of up to {{$1 million}}.""",
)

item(
    "Chiapas: abducted public employees freed",
    """A criminal group on Tuesday freed [[16 public employees|kidnapped;a=the Chiapas state
    prosecutor's office]] it had seized a day earlier on a road near Ocosingo, the Chiapas state
    prosecutor's office said. None of them was harmed.""",
)

item(
    "UN says 14,000 detained in Iran protests",
    """Iranian security forces have detained [[more than 14,000 people|arrested;a=the UN]],
    including children, in the protests sparked by the death in custody of a {{22-year-old}} woman,
    the UN said. [[At least 326|killed;a=Iran Human Rights]] have been killed, according to
    Norway-based Iran Human Rights.""",
)

item(
    "Bangladesh: 2,500 arrested as quota protest toll rises",
    """DHAKA (Reuters) - Police have arrested [[more than 2,500 people|arrested;a=police
    officials]] since protests over quotas for government jobs turned violent, police officials
    said on Monday, and the home minister said [[at least 147|killed;a=the home minister]] had been
    killed ...""",
)

item(
    "Georgian police detain hundreds at Tbilisi rally",
    """TBILISI (AFP) - Georgian police detained [[more than 400 protesters|arrested;a=the interior
    ministry]] overnight as they broke up a rally outside parliament with water cannon and tear
    gas, the interior ministry said. [[Several dozen|injured]] were treated in hospital, among them
    several journalists.""",
)

item(
    "Lukashenko pardons 16 more prisoners",
    """Belarusian leader Alexander Lukashenko pardoned [[another 16 prisoners|arrested;a=the
    presidential press service]] convicted of "extremism", the presidential press service said on
    Friday. The rights group Viasna says [[more than 1,100 political prisoners|arrested;a=The
    rights group Viasna]] remain behind bars.""",
)

item(
    "Myanmar junta has arrested 28,000 since coup, AAPP says",
    """The junta has arrested [[more than 28,000 people|arrested;a=the Assistance Association for
    Political Prisoners]] since seizing power, [[over 21,000|arrested;a=the Assistance Association
    for Political Prisoners]] of whom remain in detention, according to the Assistance Association
    for Political Prisoners.""",
)

item(
    "Drone attack on Odesa damages dozens of buildings",
    """ODESA, Ukraine (AP) — A massive Russian drone attack on Odesa overnight damaged [[more than
    30 residential buildings|housing;a=the regional governor]] and a children's hospital, the
    regional governor said. [[Nine people|injured]] were hurt, including a {{14-year-old}} boy.""",
)

item(
    "Two-thirds of Gaza's structures damaged, UNOSAT finds",
    """Satellite imagery shows [[about 163,000 structures|housing;a=UNOSAT]] in Gaza have been
    damaged or destroyed, around {{two-thirds}} of all buildings in the strip, according to UNOSAT,
    the UN satellite centre. [[At least 52,000|housing;u=structure;a=UNOSAT]] were destroyed
    outright, it said.""",
)

item(
    "Satellite images show villages burned in North Darfur",
    """[[At least 1,400 homes|housing;a=Yale's Humanitarian Research Lab]] were burned in [[seven
    villages|other;a=Yale's Humanitarian Research Lab]] west of El Fasher over {{two weeks}},
    according to satellite imagery analysed by Yale's Humanitarian Research Lab.""",
)

item(
    "Mobs torch over 200 houses in Manipur village",
    """IMPHAL: Armed mobs torched [[over 200 houses|housing;a=officials]] at Serou in Kakching
    district on Saturday night, and [[around 1,000 residents|displaced;a=officials]] took shelter
    in a relief camp at the local college, officials said.""",
)

item(
    "Settlers torch homes and cars in West Bank village",
    """Israeli settlers set fire to [[at least 15 homes|housing;a=the Wafa news agency]] and [[20
    cars|other;a=the Wafa news agency]] in the village of Turmus Ayya near Ramallah on Wednesday,
    the Wafa news agency reported. [[Twelve Palestinians|injured]] were treated for injuries, [[one
    of them|injured;n=-]] from live fire.""",
)

item(
    "UN-Habitat has rebuilt 2,200 houses in Sinjar",
    """UN-Habitat has rehabilitated [[2,200 houses|housing;a=UN-Habitat]] in Iraq's Sinjar district
    since {{2019}}, allowing [[about 13,000 Yazidis|returned;a=UN-Habitat]] to return, UN-Habitat
    said on Monday, {{10 years}} after Islamic State fighters overran the area.""",
)

item(
    "Troops rescue 62 kidnap victims in Zamfara forest",
    """Troops of Operation Fansan Yamma rescued [[62 kidnap victims|kidnapped;a=the Defence
    Headquarters]] and captured [[18 suspected bandits|arrested;a=the Defence Headquarters]] during
    clearance operations in Zamfara State last week, the Defence Headquarters said on Thursday.""",
)

item(
    "Inmates free guards held hostage in Ecuador prisons",
    """QUITO (Reuters) - Inmates freed [[some 90 guards and staff|kidnapped;n=guards and staff;
    a=the prisons agency SNAI]] they had held hostage in [[seven prisons|other;u=structure;a=the
    prisons agency SNAI]], the prisons agency SNAI said on Sunday, after the army took control of
    the jails under a state of emergency ...""",
)

item(
    "Pakistan says train siege over, 339 passengers freed",
    """ISLAMABAD: Security forces ended the siege of a hijacked passenger train in Bolan on
    Wednesday, freeing [[339 passengers|kidnapped;a=a military spokesman]] and killing [[all 33
    attackers|killed;a=a military spokesman]], a military spokesman said. [[Twenty-one
    hostages|killed]] had been killed by the militants before the operation ...""",
)

item(
    "Deaths in Syria's former prisons: 19 bodies found at Sednaya",
    """Syria's civil defence said it had recovered the bodies of [[19 detainees|killed;a=Syria's
    civil defence]] from a mass grave near the Sednaya prison, and that it was still searching for
    underground cells where families say [[thousands of prisoners|missing;a=families]] may have
    vanished.""",
)

item(
    "Police fire tear gas at Nairobi protesters",
    """Police fired tear gas and water cannon at protesters in Nairobi's CBD on Tuesday, and
    [[dozens of people|injured]] were treated for injuries. [[Forty-three|arrested;a=police]] were
    arrested, police said.""",
)

item(
    "Mozambique post-election unrest death toll passes 250",
    """MAPUTO (Reuters) - [[At least 252 people|killed;a=Plataforma Decide]] have been killed in
    unrest since Mozambique's disputed October election, according to the civil society group
    Plataforma Decide, and [[more than 4,000|arrested;a=Plataforma Decide]] have been detained
    ...""",
)

item(
    "Chibok: 82 girls still missing ten years on",
    """[[Eighty-two of the girls|missing;n=girls;a=Amnesty International Nigeria]] abducted from
    Chibok in {{2014}} are still missing, Amnesty International Nigeria said on the {{10th
    anniversary}} of the kidnapping, in which Boko Haram seized [[276
    schoolgirls|kidnapped;a=Amnesty International Nigeria]].""",
)

item(
    "Ethiopian forces detain thousands of Tigrayans in Addis Ababa, rights group says",
    """Ethiopian security forces have rounded up [[thousands of ethnic Tigrayans|arrested;a=Human
    Rights Watch]] in Addis Ababa since the state of emergency was declared, Human Rights Watch
    said, holding many without charge ...""",
)

item(
    "Sahel junta frees detained soldiers",
    """NIAMEY (AFP) - Niger's military authorities freed [[46 soldiers|arrested]] from Benin who
    had been detained since {{January}} for "illegally entering" the country ...""",
)

item(
    "Police detain 67 after communal clashes in Sambhal",
    """LUCKNOW: Police have detained [[67 people|arrested;a=police]] and booked [[over
    400|arrested;a=police]] after [[four men|killed;a=police]] died in clashes during a
    court-ordered survey of a mosque in Sambhal, police said.""",
)

item(
    "Sudan: RSF abducts dozens of women in Gezira raid",
    """RSF fighters abducted [[dozens of women and girls|kidnapped;n=women and girls;a=the Gezira
    Conference]] during a raid on a village north of Wad Madani, the Gezira Conference, a local
    rights group, said on Sunday ...""",
)

item(
    "Burkina court jails ex-captain for 2015 coup bid",
    """A military court in Ouagadougou sentenced a former army captain to {{20 years}} in prison on
    Tuesday for his role in the failed {{2015}} coup, {{eight years}} after his arrest and {{three
    months}} after the trial opened.""",
)

item(
    "ICC judges issue arrest warrant over 1998 Rome Statute crimes",
    """The International Criminal Court issued an arrest warrant under {{Article 58}} of the
    {{1998}} Rome Statute for a militia commander accused of crimes committed in {{2013}} and
    {{2014}}, the court said on its {{23rd}} anniversary.""",
)

item(
    "Russians lay flowers on anniversary of Navalny's death",
    """MOSCOW (AP) — Russians laid flowers at memorials on {{Feb. 16}}, the {{first anniversary}}
    of Alexei Navalny's death in an Arctic penal colony at {{age 47}}. Police stood by but did not
    intervene, witnesses said.""",
)

item(
    "Gunmen abduct 20 travellers on Benue highway",
    """Gunmen abducted [[at least 20 travellers|kidnapped;a=the state police command]] on the
    Otukpo-Makurdi highway on Saturday evening, the state police command said, and a tactical team
    later rescued [[seven of them|kidnapped;n=-;a=the state police command]] after a gun battle in
    which [[two of the kidnappers|killed;n=kidnappers;a=the state police command]] were killed.""",
)

item(
    "ELN frees three soldiers, still holds dozens",
    """BOGOTA (Reuters) - ELN rebels freed [[three soldiers|kidnapped;a=the Ombudsman's Office]]
    they had held since {{August}} in Arauca, the Ombudsman's Office said on Friday. The group is
    believed to be holding [[at least 38 people|kidnapped]], most of them for ransom ...""",
)

item(
    "Zelenskiy says Russia has up to 620,000 troops in Ukraine",
    """KYIV (Reuters) - Russia now has [[as many as 620,000 troops|combatants;a=President Volodymyr
    Zelenskiy]] inside Ukraine, President Volodymyr Zelenskiy said on Thursday, up from [[about
    470,000|combatants;a=President Volodymyr Zelenskiy]] a year ago.""",
)

item(
    "M23 backed by thousands of Rwandan troops, UN experts say",
    """The {{M23}} has [[about 6,500 fighters|combatants;a=UN experts]] and is backed by [[3,000 to
    4,000 Rwandan troops|combatants;a=UN experts]] in North Kivu, UN experts said in a report,
    which Kigali dismissed as baseless ...""",
)

item(
    "Sinaloa gunmen kidnap 14 mine workers",
    """CULIACÁN, Mexico (AP) — Armed men kidnapped [[14 workers|kidnapped;a=state prosecutors]]
    from a gold mine in the mountains of Sinaloa on Tuesday, state prosecutors said.
    [[Nine|kidnapped]] were released the next day and [[five|missing]] remain missing.""",
)
