"""South and East Asia: Bangladesh, Sri Lanka, Hong Kong, Myanmar, Pakistan, India,
Indonesia, Thailand, Nepal."""

from _wrap import item

item(
    "Bangladesh extends curfew as quota protest toll passes 150",
    """Bangladesh extended a nationwide curfew on Sunday as the toll from a week of clashes over
    government job quotas rose to [[at least 151|killed;a=an AFP tally]], according to an AFP
    tally of police and hospital figures. The Supreme Court scrapped most of the quotas the same
    day, ruling that {{93%}} of civil service jobs should be filled on merit and {{5%}} kept for
    the families of veterans of the {{1971}} independence war. Police in Dhaka said they had
    arrested [[more than 500 people|arrested;a=Police in Dhaka]], among them senior leaders of
    the opposition Bangladesh Nationalist Party. The army chief said [[27,000 troops|combatants;a=The
    army chief]] had been deployed in [[61 districts|other;a=The army chief]]. Dhaka Medical
    College Hospital's director said [[more than 1,200 people|injured;a=Dhaka Medical College
    Hospital's director]] had been treated there for bullet and pellet wounds. Officials said
    [[more than 50 police kiosks|housing;u=structure;a=Officials]] and the headquarters of the
    state broadcaster had been set on fire. Mobile internet has been cut since Thursday, and the
    curfew was eased only from {{2pm}} to {{5pm}} so that residents could buy food.""",
)

item(
    "Protesters storm Sri Lankan president's residence",
    """[[Tens of thousands of protesters|other]] poured into Colombo's Fort district on Saturday
    and stormed the official residence of President Gotabaya Rajapaksa, who had been moved to
    safety the night before. The national hospital said [[55 people|injured;a=The national
    hospital]] had been admitted, including [[three|injured;a=The national hospital]] with
    gunshot wounds and [[seven journalists|injured;a=The national hospital]]. Officials said
    [[about 20,000 troops and police|combatants;n=troops and police;a=Officials]] had been
    brought into the capital. Police, who had imposed a curfew on Friday night and lifted it
    under pressure from lawyers and rights groups, fired tear gas and water cannon near the
    residence. Protesters later set fire to the private home of Prime Minister Ranil
    Wickremesinghe. The country has all but run out of fuel after defaulting on {{$51 billion}}
    of foreign debt, and inflation hit {{54.6%}} in June. The speaker of parliament said late on
    Saturday that Rajapaksa would step down on {{July 13}}.""",
)

item(
    "Hong Kong march: organisers say nearly 2 million, police 338,000",
    """Organisers said [[nearly 2 million people|other;a=Organisers]] took part in Sunday's march
    against the extradition bill, in heat that reached {{33C}}, while police said
    [[338,000|other;a=police]] had been on the original route at the peak. The Civil Human
    Rights Front said the turnout was almost double the [[1.03 million|other;a=The Civil Human
    Rights Front]] it had counted a week earlier. Police commissioner Stephen Lo said officers
    had fired [[about 150 rounds|other;a=Police commissioner Stephen Lo]] of tear gas outside the
    legislature on Wednesday, when the Hospital Authority said [[81 people|injured;a=the
    Hospital Authority]] were hurt. Police said [[32 people|arrested;a=Police]] had been
    arrested since the protests began on {{June 9}}. Chief Executive Carrie Lam apologised on
    Sunday evening but did not withdraw the bill.""",
)

item(
    "Hong Kong police end PolyU siege, finding thousands of petrol bombs",
    """Police entered Hong Kong Polytechnic University on Thursday, ending a {{12-day}} siege,
    and said they had found [[3,989 petrol bombs|other;u=other;a=Police]], [[1,339 explosive
    items|other;a=Police]] and [[573 weapons|other;a=Police]] on the campus. Police said [[1,377
    people|arrested;a=Police]] had been arrested or had their details taken during the siege,
    [[318|arrested;a=Police]] of them {{under 18}}, who were allowed to go home. Since June, police
    have arrested [[5,890 people|arrested]], {{about 40%}} of them students, and fired [[more than
    10,000 rounds|other]] of tear gas. Hospital Authority figures show [[more than 2,600
    people|injured;a=Hospital Authority figures]] have been treated in public hospitals in
    connection with the protests. Universities ended their semesters early, and the campus,
    about {{2 km}} from the harbour tunnel, was handed back to staff on Friday.""",
)

item(
    "Hong Kong court jails 45 democrats in biggest national security case",
    """A Hong Kong court on Tuesday jailed [[45 pro-democracy figures|arrested]] for between
    {{four years and two months}} and {{10 years}} for conspiracy to commit subversion, in the
    largest case brought under the national security law Beijing imposed in {{2020}}. The legal
    scholar Benny Tai, accused of organising the scheme, received the longest sentence. The [[47
    activists|arrested]] originally charged, who became known as the {{Hong Kong 47}}, were
    arrested in {{January 2021}} over an unofficial primary election that drew [[more than
    600,000 voters|other]]. Of those sentenced, [[31|arrested]] had pleaded guilty; [[two
    defendants|arrested]] were acquitted in May. Britain says [[more than 140,000 Hong Kong
    residents|displaced;a=Britain]] have moved there under a special visa route opened in
    {{2021}}. The United States, Britain and the European Union condemned the sentences.""",
)

item(
    "Myanmar monitor says junta has killed more than 1,000 protesters",
    """The Assistance Association for Political Prisoners (AAPP) said on Monday that security
    forces had killed [[at least 1,001 people|killed;a=The Assistance Association for Political
    Prisoners (AAPP)]] since the military seized power on {{February 1}}, and that
    [[5,442|arrested;a=The Assistance Association for Political Prisoners (AAPP)]] were still in
    detention. The group said the dead included [[75 children|killed;a=The group;alt=The
    Assistance Association for Political Prisoners (AAPP)]]. The junta disputes the count and
    says [[about 400 people|killed;a=The junta]] have died, along with [[93 members|killed;a=The
    junta]] of the security forces. [[Tens of thousands of civil
    servants|other;n=civil servants]], among them
    doctors, teachers and railway workers, have stayed away from work as part of a civil
    disobedience movement. Indian officials say [[more than 1,000 people|displaced;a=Indian officials]], among them police
    officers who refused to fire on protesters, have crossed into Mizoram. Mobile data has been
    cut every night from {{1am}} to {{9am}} since
    mid-March.""",
)

item(
    "Punjab police say over 3,200 held after Khan arrest riots",
    """Police in Pakistan's Punjab province said on Sunday they had arrested [[more than 3,200
    people|arrested;a=Police in Pakistan's Punjab province]] since {{May 9}}, when supporters of
    former prime minister Imran Khan attacked military buildings after he was detained in a
    graft case. [[At least eight people|killed;a=officials]] were killed in the unrest,
    according to officials. The military said protesters had attacked [[more than 20 military
    installations|housing;u=structure;a=The military]], among them the residence of the Lahore
    corps commander, which was set on fire. Punjab's caretaker government said [[184 police
    vehicles|other;a=Punjab's caretaker government]] had been burned or damaged and [[about 130
    officers|injured;a=Punjab's caretaker government]] injured. The authorities have since
    handed [[102 civilians|arrested]] to the army for trial in military courts. Khan, {{70}}, was
    released on bail by the Supreme Court after {{three days}}.""",
)

item(
    "Pakistan clears Khan supporters from Islamabad after deadly night",
    """Pakistan's interior minister Mohsin Naqvi said on Wednesday that [[four Rangers|killed;a=Pakistan's
    interior minister Mohsin Naqvi]] had been killed when a vehicle drove into paramilitary troops
    during the march on Islamabad by supporters of jailed former prime minister Imran Khan, and
    that [[nearly 1,000 protesters|arrested;a=Pakistan's interior minister Mohsin Naqvi]] had been
    detained. Naqvi said [[more than 100 police officers|injured;a=Naqvi]] had been injured.
    Pakistan Tehreek-e-Insaf (PTI), Khan's party, said [[12 of its supporters|killed;a=Pakistan
    Tehreek-e-Insaf (PTI)]] were shot dead as police and Rangers cleared D-Chowk overnight, a
    claim the government denied. The authorities had sealed the capital with [[hundreds of
    shipping containers|other]] and deployed [[more than 20,000 security
    personnel|combatants]] ahead of the march, which set out from Peshawar, {{about 180 km}} away.
    The city administration had also imposed {{Section 144}}, which bans gatherings of {{more
    than four people}}, and suspended mobile internet. Khan has been in jail since {{August
    2023}}.""",
)

item(
    "Modi to repeal farm laws after a year of protests",
    """Prime Minister Narendra Modi said on Friday his government would repeal the farm laws that
    prompted a year of protests on the edges of Delhi, and asked farmers to go home. Farm unions,
    which have camped on the capital's borders since {{November 2020}}, say [[more than 700
    farmers|killed;a=Farm unions]] have died at the protest sites, mostly of cold, illness and
    road accidents. The Samyukt Kisan Morcha, an alliance of [[about 40
    unions|other;u=other]], has led the protests. It said they would go on until parliament
    formally repealed the laws. On {{January
    26}}, [[tens of thousands of farmers|other]] drove tractors into Delhi, and some broke into
    the Red Fort. Delhi Police said [[394 officers|injured;a=Delhi Police]] were injured that
    day, [[about 30 police vehicles|other;a=Delhi Police]] damaged and [[more than 200
    people|arrested;a=Delhi Police]] detained. Farming employs {{about 45%}} of India's
    workforce.""",
)

item(
    "Three die as protesters set Makassar council building ablaze",
    """[[Three people|killed;a=local officials]] were killed when protesters set fire to the
    regional parliament building in Makassar on Friday night, local officials said, as anger over lawmakers' perks
    spread after a police armoured vehicle ran over a delivery driver in Jakarta. The
    {{21-year-old}} driver's death on Thursday was filmed by onlookers and shared widely.
    Lawmakers had been granted a housing allowance of {{50 million rupiah}} a month, almost {{10
    times}} the minimum wage in Jakarta. Police said [[more than 1,200 people|arrested;a=Police]]
    had been detained in the capital since Monday, while the national human rights commission
    said [[at least 20 people|missing;a=the national human rights commission]] were unaccounted
    for. [[Between 5,000 and 6,000 police and soldiers|combatants;n=police and soldiers]] were
    posted around parliament in Jakarta. The Transjakarta bus operator said [[22 of its
    stations|housing;u=structure;a=The Transjakarta bus operator]] had been burned or vandalised.
    Makassar, a port city of [[about 1.4
    million people|civilians]], was calm on Saturday under heavy guard. President Prabowo
    Subianto cancelled a trip to China and said the allowances would be
    revoked.""",
)

item(
    "Indonesian unions strike over jobs law as police detain thousands",
    """[[Thirty-two unions|other;u=other]] joined a {{three-day}} national strike against the
    omnibus law on job creation, which parliament passed on Monday after cutting debate short.
    The Confederation of Indonesian Trade Unions (KSPI) said [[about 2 million
    workers|other;a=The Confederation of Indonesian Trade Unions (KSPI)]] at [[some 10,000
    companies|other;u=other;a=The Confederation of Indonesian Trade Unions (KSPI)]] had downed
    tools, a figure the manpower ministry called exaggerated. Police said on Saturday they had
    detained [[5,918 people|arrested;a=Police]] across the country during the protests, and that
    [[240|arrested;a=Police]] of them had been named as suspects. In Jakarta, rioters burned [[at
    least 18 bus shelters|housing;u=structure]] and a police post near the presidential palace.
    The law cuts the maximum severance pay from {{32 months}} of wages to {{25 months}}.""",
)

item(
    "Dozens hurt as Thai police use water cannon outside parliament",
    """[[At least 55 people|injured;a=the Erawan Medical Centre]] were hurt, [[six|injured;a=the
    Erawan Medical Centre]] of them by gunfire, when police used water cannon and tear gas on
    pro-democracy protesters outside parliament in Bangkok on Tuesday, the Erawan Medical Centre
    said. Police denied firing live rounds or rubber bullets. [[About 2,000
    officers|combatants]] had been deployed around the building. Police estimated the crowd at
    [[about 10,000|other;a=Police]], while organisers claimed {{five times}} that. On Wednesday
    police said [[12 protest leaders|arrested;a=police]] had been charged under {{Section 112}} of
    the criminal code, the royal insult law, which carries up to {{15 years}} in prison for each
    count. Lawmakers voted down a proposal to rewrite the constitution drafted under military
    rule in {{2017}}.""",
)

item(
    "Nepal toll rises to 72 after Gen Z protests topple government",
    """Nepal's government said on Sunday that [[72 people|killed;a=Nepal's government]] had died
    in the protests that forced Prime Minister KP Sharma Oli to resign, up from the
    [[51|killed;a=Nepal's government]] it reported on Friday. Among the dead were [[three police
    officers|killed]]. The unrest began on {{September 8}}, when police opened fire on young
    demonstrators outside parliament in Kathmandu, killing [[19|killed]]; the next day crowds set
    fire to the parliament building, the Supreme Court and the homes of several politicians.
    Officials said [[more than 13,000 prisoners|other;a=Officials]] escaped from jails across the
    country during the chaos. The protests were set off by a ban on [[26 social media
    platforms|other;u=other]], including Facebook and YouTube, which was lifted after the first
    day of shooting. The health ministry said [[more than 2,000
    people|injured;a=The health ministry]] had been treated in hospitals. The army lifted a
    curfew in the Kathmandu valley from {{6am}} on
    Saturday.""",
)

item(
    "Bangladesh garment factories reopen after wage protests",
    """The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said [[about 130
    factories|other;u=structure;a=The Bangladesh Garment Manufacturers and Exporters Association
    (BGMEA)]] that had shut during wage protests in Ashulia and Gazipur reopened on Sunday.
    Manufacturers said [[more than 70 factories|housing;u=structure;a=Manufacturers]] had been
    vandalised. [[Four workers|killed;a=labour groups]] have been killed since the protests began
    in late October, according to labour groups. Police have arrested [[more than 100
    people|arrested]]. A government wage board raised the minimum monthly wage by {{56%}} to
    {{12,500 taka}}, or about {{$113}}, well short of the {{23,000 taka}} the unions had
    demanded. The industry employs [[about 4 million people|other]], most of them women, and
    earns more than {{80%}} of the country's export revenue.""",
)
