"""Crackdowns, unrest, communal and gang violence and displacement, followed up: the dead
counted by rights groups and by governments, the detained, charged and released, the
missing, the displaced in camps and the ones going home, homes burned, troops sent in (12
articles with figures, 1 without)."""

from _wrap import item

item(
    "UN says up to 1,400 may have been killed in Bangladesh uprising",
    """[[As many as 1,400 people|killed;a=the UN human rights office]] may
    have been killed in Bangladesh during the student-led uprising that toppled Sheikh Hasina
    last summer, the UN human rights office said in a report on Wednesday, {{12 to 13 percent}}
    of them children. The interim government's health ministry has so far verified
    [[834 deaths|killed;a=The interim government's health ministry]] and listed
    [[more than 12,000 injured|injured;a=The interim government's health ministry]], many of
    them with gunshot wounds to the eyes. The UN report said [[44 police officers|killed;a=The
    UN report]] were also killed, most of them in revenge attacks after {{August 5}}. It found
    that security forces had detained [[more than 11,700 people|arrested;a=The UN report]] between {{July 15}} and {{August 5}}, [[hundreds|arrested;a=The UN report]]
    of them children. Most have since been freed: courts granted bail to
    [[more than 9,000|arrested;n=-;a=lawyers' groups]] in the weeks after the fall of the government, according
    to lawyers' groups. Families of [[at least 30 people|missing;a=rights group Odhikar]] still
    do not know where their relatives are, rights group Odhikar told The Daily Star. The
    report recommends that Bangladesh abolish the Rapid Action Battalion, a paramilitary force
    accused of extrajudicial killings for {{two decades}}. Hasina, who fled to India by
    helicopter on {{August 5}}, has been charged in absentia with crimes against humanity at
    the International Crimes Tribunal in Dhaka, a court she herself set up in {{2010}}. Her
    Awami League has dismissed the report as biased. Chief Adviser Muhammad Yunus said the
    findings would be handed to the tribunal's prosecutors and that the interim government
    would set up a commission on enforced disappearances with powers to summon serving
    officers. The report was based on interviews carried out between {{September}} and
    {{December}}, and on medical records, photographs and video footage verified by the
    office's analysts.""",
)

item(
    "Kenya protests: rights body counts 39 dead, 32 missing",
    """The Kenya National Commission on Human Rights said on Monday that
    [[39 people|killed;a=The Kenya National Commission on Human Rights]] had been killed and
    [[361|injured;n=-;a=The Kenya National Commission on Human Rights]] injured since protests
    against proposed tax rises began on {{June 18}}. The commission said
    [[627 protesters|arrested;a=The commission;alt=The Kenya National Commission on Human
    Rights]] had been arrested and that [[32 people|missing;a=The commission;alt=The Kenya
    National Commission on Human Rights]] remained unaccounted for after being picked up by
    men believed to be police officers. [[Thirteen people|other]] reported missing in the
    first week have since been found alive, some of them dumped far from Nairobi. President
    William Ruto, who withdrew the finance bill a day after protesters stormed parliament, put
    the toll at [[19|killed;n=-;a=President William Ruto]]. [[At least six people|killed]] were shot dead outside parliament on {{June 25}}, the
    deadliest day. The police service said [[more than 200 officers|injured;a=The police
    service]] had been hurt. The Law Society of Kenya said its lawyers had represented
    [[over 500 detained protesters|arrested;a=The Law Society of Kenya]] free of charge. The
    {{2024}} finance bill sought to raise {{$2.7 billion}} in additional taxes. Its withdrawal
    has left a hole in the budget for the year that began on {{July 1}}, and the Treasury has
    since announced spending cuts and new borrowing. Young protesters, organised largely on
    TikTok and X, say they will keep marching every Tuesday and Thursday until Ruto resigns,
    and have rejected his offer of a national dialogue. The commission urged the Independent
    Policing Oversight Authority to open inquiries into every killing and said that
    officers had fired live rounds at people who posed no threat. Human rights lawyers have
    filed a petition at the High Court seeking to bar the deployment of the military in
    support of the police.""",
)

item(
    "A year after Mahsa Amini, Iran has executed eight protesters, rights group says",
    """[[At least 551 protesters|killed;a=Norway-based Iran Human Rights]] were killed by
    security forces in the protests that followed the death of Mahsa Amini in
    {{September 2022}}, according to Norway-based Iran Human Rights, among them
    [[68 children|killed;a=Norway-based Iran Human Rights]] and
    [[49 women|killed;a=Norway-based Iran Human Rights]]. Iranian officials have said
    [[more than 75 members|killed;a=Iranian officials]] of the security forces died in what
    they call riots. Since {{December}}, Iran has executed [[eight men|killed]] in connection
    with the protests, the latest on Tuesday. UN experts say [[at least 20,000 people|arrested;
    a=UN experts]] were detained. In February, the judiciary said supreme leader Ali Khamenei
    had pardoned or reduced the sentences of [[tens of thousands of people|arrested;a=the
    judiciary]], and that [[22,000|arrested;n=-;a=the judiciary]] had been released. Rights
    groups say [[at least 100 people|arrested]] still face charges that carry the death
    penalty. Amini, a {{22-year-old}} Kurdish woman, died in custody {{three days}} after
    being arrested by the morality police.""",
)

item(
    "Kazakhstan puts January unrest toll at 225, says 9,900 detained",
    """Kazakhstan's prosecutor general's office said on Saturday that
    [[225 people|killed;a=Kazakhstan's prosecutor general's office]] were killed during
    January's unrest, including [[19 law enforcement officers|killed;a=Kazakhstan's prosecutor
    general's office]], in the worst violence since independence in {{1991}}. The health
    ministry said [[4,578 people|injured;a=The health ministry]] had been injured. Police
    detained [[about 9,900 people|arrested;a=the interior ministry]], the interior ministry
    said; [[more than 1,000|arrested;n=-;a=the interior ministry]] remain in custody after the
    rest were released. The protests began over a rise in fuel prices in the west before
    spreading to Almaty, where crowds burned the mayor's office and
    [[about 400 cars|other;a=city officials]], city officials said, and looted
    [[more than 1,300 shops and offices|housing;n=shops and offices;u=structure;a=city
    officials]]. The Russian-led CSTO
    alliance said it had sent [[2,030 troops|combatants;a=The Russian-led CSTO alliance]] at
    President Kassym-Jomart Tokayev's request, along with
    [[250 pieces|other;a=The Russian-led CSTO alliance]] of military hardware. They completed their withdrawal on {{January 19}}, {{two weeks}} after Tokayev
    ordered troops to shoot to kill without warning.""",
)

item(
    "Peru protest toll reaches 60 as roadblocks spread in south",
    """The death toll from more than {{a month}} of protests against President Dina Boluarte
    rose to [[60|killed;n=-;a=Peru's Ombudsman's Office]] on Sunday, Peru's Ombudsman's Office
    said, after a man injured in Juliaca died in hospital. [[Eighteen|killed;n=-]] of the dead
    were killed in Juliaca on a single day, {{January 9}}, when police opened fire on crowds
    trying to take the airport; a police officer was burned to death there that night. The
    health ministry said [[more than 1,300 people|injured;a=The health ministry]] had been
    injured nationwide, while the interior ministry said
    [[580 police officers|injured;a=the interior ministry]] were among them. Protesters
    maintained [[more than 100 roadblocks|other;u=other;a=the transport regulator]] on highways
    in the south, according to the transport regulator. On Saturday, police used an armoured
    vehicle to break into San Marcos University in Lima and detained
    [[more than 190 people|arrested]] who had travelled from the south to protest; all but
    [[about 20|arrested;n=-;a=prosecutors]] were released within {{48 hours}}, prosecutors
    said. The government evacuated [[418 tourists|displaced;a=The government]] stranded at
    Machu Picchu by train, it said. [[Some 11,000 police|combatants]] were deployed in the
    capital.""",
)

item(
    "Manipur a year on: 60,000 still in relief camps",
    """A year after ethnic violence broke out between the Meitei and Kuki-Zo communities in
    India's Manipur state, [[about 60,000 people|displaced;a=state officials]] remain in
    [[some 350 relief camps|capacity;a=state officials]], state officials said. The state
    government's latest figures put the toll at [[221 killed|killed;n=-;a=The state government's
    latest figures]] and [[more than 1,100|injured;n=-;a=The state government's latest
    figures]] injured, with [[32 people|missing]] still unaccounted for. Mobs burned
    [[4,786 houses|housing;a=police]] and churches and temples in the first months,
    police said. [[More than 5,600 firearms|other;a=officials]] were
    looted from police armouries, officials said, and fewer than {{a third}} have been
    recovered. The Centre has deployed [[some 40,000 central security personnel|combatants]] to patrol a buffer zone between the hills and the Imphal valley. In camps in
    Churachandpur, families share classrooms and cook in the corridors. "We have not gone
    home in a year," said Nengneilhing Haokip, {{41}}. The state says it has built
    [[3,000 prefabricated houses|capacity;a=The state]] for displaced families and plans
    [[2,000 more|capacity;p;n=-;u=structure;a=The state]].""",
)

item(
    "Culiacan counts its dead and disappeared as cartel war enters second year",
    """The fighting between factions of the Sinaloa Cartel that erupted in Culiacan on
    {{September 9, 2024}} has left [[more than 1,700 people|killed;a=the Sinaloa state
    prosecutor's office]] dead, according to the Sinaloa state prosecutor's office. Families'
    collectives say [[over 2,000 people|missing;a=Families' collectives]] have disappeared in
    the state in the same period, far more than the
    [[1,470|missing;n=-;a=the prosecutors;alt=the Sinaloa state prosecutor's office]] the prosecutors have registered. The
    defence ministry said it had deployed [[some 11,000 soldiers|combatants;a=The defence
    ministry]] and National Guard agents to the state and arrested
    [[more than 1,500 suspects|arrested;a=The defence ministry]]. In the rural hills of Tepuche
    and Eldorado, [[about 1,400 families|displaced;a=the state government]] have left their
    homes, the state government said. Social workers told El Universal that the factions had
    recruited [[at least 40 minors|combatants;a=Social workers]] in the city's poorer
    districts, some as young as {{14}}. Gunmen have burned
    [[hundreds of vehicles|other]] at makeshift roadblocks. [[Scores of schools|other]] closed
    for weeks at a time, and [[nearly 600 shops|other;a=the local chamber of commerce]] have shut down, the local
    chamber of commerce said. The fighting broke out weeks after Ismael "El Mayo" Zambada was
    flown to the United States in {{July 2024}}, and pits the faction loyal to him against
    the one led by the sons of Joaquin "El Chapo" Guzman. Governor Ruben Rocha Moya has
    repeatedly said the violence is under control, a claim that residents mock on social
    media. Night-time life in the state capital has all but disappeared: restaurants close at
    {{6pm}}, and parents no longer let teenagers out after dark. The state's murder rate is
    now more than {{three times}} what it was in {{2023}}, according to the national
    statistics institute INEGI.""",
)

item(
    "Ecuador prison massacre: 119 dead, only 6 bodies identified",
    """Ecuadorian authorities raised the toll from this week's riot at Guayaquil's Litoral
    Penitentiary to [[119 inmates|killed;a=Ecuadorian authorities]] on Thursday, making it the
    worst prison massacre in the country's history. The forensic service said it had
    identified only [[six bodies|killed;a=The forensic service]] so far because many had been
    decapitated or burned. [[Seventy-nine inmates|injured;a=prison authorities]] were wounded,
    prison authorities said. Police said the violence began when rival gangs fought with guns
    and grenades smuggled into the complex, which was built for
    [[5,300 prisoners|capacity;a=Police]] but holds [[more than 8,500|arrested;n=-;a=Police]].
    [[About 400 police officers|combatants]] and [[700 soldiers|combatants]] were sent to
    retake the wings. The prisons agency said it had transferred
    [[90 inmates|arrested;a=The prisons agency]] identified as gang leaders to other
    facilities. Officers seized [[17 firearms|other;a=Officers]] and
    [[three grenades|other;a=Officers]] in searches of cells, they said. President Guillermo
    Lasso declared a state of emergency in the prison system for {{60 days}}.""",
)

item(
    "Yazidi families leave Kurdistan camps for a ruined Sinjar",
    """Iraq's migration ministry says [[more than 12,000 families|returned;a=Iraq's migration
    ministry]] have gone back to Sinjar from camps in the Kurdistan Region this year, ahead of
    a government deadline to close the camps. Each family receives a grant of
    {{4 million dinars}} on arrival. Yet [[about 200,000 Yazidis|displaced;a=the
    International Organization for Migration]] are still displaced, according to the
    International Organization for Migration, most of them in [[15 camps|capacity]] around
    Duhok. In Sinjar, {{80 percent}} of homes were destroyed when the Islamic State group
    overran the district in {{August 2014}}, the UN estimates, and
    only [[about 300 houses|housing]] have been rebuilt. Investigators have exhumed
    [[more than 80 mass graves|other;u=other]] there. Of the
    [[6,417 Yazidis|kidnapped;a=the Kurdistan Region's office for kidnapped Yazidis]] abducted
    by the jihadists, [[3,576|kidnapped;n=-;a=the Kurdistan Region's office for kidnapped
    Yazidis]] have been rescued or freed, according to the Kurdistan Region's office for
    kidnapped Yazidis, while [[2,600|missing;n=-;a=the Kurdistan Region's office for kidnapped Yazidis]] remain missing. "There is no hospital, no
    work," said Khalaf, {{52}}, who returned in March with his [[nine children|returned]].""",
)

item(
    "Southern Lebanon: half a million head home as ceasefire holds",
    """[[More than 500,000 people|returned;a=Lebanese officials]] have
    returned to southern Lebanon and Beirut's southern suburbs since the ceasefire between
    Israel and Hezbollah took effect on {{November 27}}, Lebanese officials said. At the
    height of the war, the government counted
    [[1.2 million people|displaced;v=1200000;a=the government]] displaced inside Lebanon, and
    [[more than 560,000|displaced;n=-;a=the UN refugee agency]] had crossed into Syria, according
    to the UN refugee agency. [[About 1,000 schools|capacity]] used as shelters are being
    emptied so that classes can resume. But [[dozens of villages|other]] along the border
    remain off-limits under the ceasefire's terms, and the Israeli army has warned residents
    not to return to [[more than 60 villages|other;a=the Israeli army]]. The health ministry
    says [[at least 4,047 people|killed;a=The health ministry]] were killed in Lebanon over
    {{14 months}}. The World Bank estimates that
    [[99,000 housing units|housing;a=The World Bank]] were damaged or destroyed. Returning
    families described towns they could not recognise, Al Jazeera's correspondent reported
    from Nabatieh. Cars piled with mattresses and suitcases jammed the coastal highway south of
    Beirut from the early hours of the first day of the truce, their passengers waving flags
    and pictures of Hezbollah's late leader Hassan Nasrallah. Under the agreement, Israeli
    troops have {{60 days}} to withdraw from the south, and the Lebanese army is to deploy
    along the border as Hezbollah pulls its fighters and weapons north of the Litani river.
    The World Bank puts the cost of damage and economic losses at {{$8.5 billion}}. Many of
    those who went back found no water or electricity and returned to Beirut the same day to
    wait.""",
)

item(
    "Yelwata: Benue counts dead as Amnesty disputes police figure",
    """Amnesty International said on Monday that
    [[more than 100 people|killed;a=Amnesty International]] were killed when gunmen attacked
    Yelwata, in Guma Local Government Area of Benue State, on Friday night. The Benue State
    Police Command put the toll at [[43|killed;n=-;a=The Benue State Police Command]], while
    the chairman of Guma council said [[about 200 bodies|killed;a=the chairman of Guma council]] had been counted. Residents told Premium Times that many victims were displaced
    farmers sleeping in the market square, and that
    [[scores of houses|housing;a=Residents]] were set ablaze. The Federal Medical Centre in
    Makurdi said it was treating [[86 people|injured;a=The Federal Medical Centre in Makurdi]]
    for gunshot and machete wounds. The State Emergency Management Agency said
    [[more than 3,000 households|displaced;a=The State Emergency Management Agency]] had fled
    to Daudu and Makurdi, and that it had distributed food to [[1,200 households|aid;a=The State Emergency Management Agency]]. Police said
    [[13 suspects|arrested;a=Police]] had been arrested.""",
)

item(
    "Savo site attack: CODECO militiamen kill 46, Ituri displaced flee to Monusco base",
    """The toll from the attack by CODECO militiamen on the Plaine Savo displacement site in
    Djugu territory rose to [[46 dead|killed;a=local civil society]], including
    [[18 children|killed;a=local civil society]], local civil society said on Saturday. The
    assailants, armed with machetes and guns, set fire to
    [[more than 1,200 shelters|housing;a=OCHA]], according to OCHA. [[Some 20,000 displaced
    people|displaced]] living at the site fled towards the Monusco base at Bule, where
    [[about 2,000|displaced;n=-;a=the mission;alt=Monusco]] have been sheltering inside the perimeter, the
    mission said. Monusco said its peacekeepers had repelled the attackers and that
    [[two|killed;n=-;a=Monusco]] of them had been killed. [[At least seven people|missing;a=the site's committee]]
    are missing, according to the site's committee. The UN's country task force verified the
    recruitment of [[23 children|combatants;a=The UN's country task force]] by CODECO in
    Djugu last year. Ituri hosts [[about 1.7 million displaced people|displaced;v=1700000;
    a=OCHA]], OCHA says.""",
)

item(
    "Chilean appeals court upholds sentence over protester's blinding",
    """A Santiago appeals court on Friday upheld a {{12-year}} prison sentence for a former
    police lieutenant who fired the tear gas canister that blinded a {{21-year-old}} student
    during the protests of {{October 2019}}. The court also raised the compensation the state
    must pay her to {{350 million pesos}}, about {{$370,000}}. The officer, now {{38}}, had
    argued that he fired at a distance of more than {{40 metres}} and could not have aimed.
    The judges rejected that, citing a ballistics report. The ruling, adopted unanimously, can
    be appealed to the Supreme Court within {{15 days}}. The student, who has since completed
    a law degree, said after the hearing that it had taken {{four years}} to be heard. Chile's
    human rights institute says police use of riot-control weapons fell by {{70%}} after
    {{2020}}.""",
)
