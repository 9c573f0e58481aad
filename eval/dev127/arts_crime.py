"""Crime, gangs, kidnapping and displacement and who counts them: provincial police, state
prosecutors, prison services, UN agencies, local leaders, parents and charities (13 articles
with figures, 1 without)."""

from _wrap import item

item(
    "Six drug suspects killed in Bulacan 'one-time, big-time' operations",
    """[[Six drug suspects|killed;a=the Bulacan Police Provincial Office]] were killed in what
    police described as shootouts during anti-illegal drug operations in Bulacan on Wednesday
    night, the Bulacan Police Provincial Office said on Thursday. Provincial police director
    Colonel Manuel Lacson said [[32 others|arrested;a=Provincial police director Colonel
    Manuel Lacson]] were arrested in the same "one-time, big-time" operations, which covered
    [[14 towns|other;a=Provincial police director Colonel Manuel Lacson]]. Operatives seized
    {{nearly 200 grams}} of shabu worth {{P1.36 million}}, he added. The sister of one of the
    dead men told Rappler he was unarmed and had surrendered to police in {{2016}}. The
    University of the Philippines' Dahas project, which monitors drug-related killings, has
    documented [[342 drug-related killings|killed;a=The University of the Philippines' Dahas
    project]] since {{July 2022}}. The Philippine National Police says
    [[about 6,250 people|killed;a=The Philippine National Police]] were killed in police
    operations under former president Rodrigo Duterte, while human rights groups estimate the
    toll at [[up to 30,000|killed;a=human rights groups]]. PNP data show
    [[4,079 drug personalities|arrested;a=PNP]] were arrested in Central Luzon in the first
    half of the year.""",
)

item(
    "Sinaloa cartel war has killed over 1,100, prosecutors say",
    """Sinaloa state prosecutors say [[at least 1,100 people|killed;a=Sinaloa state
    prosecutors]] have been killed and [[more than 1,400|missing;a=Sinaloa state prosecutors]]
    reported missing since fighting erupted between two factions of the Sinaloa cartel in
    {{September 2024}}. On Sunday alone, [[14 bodies|killed;a=the state prosecutor's office]]
    were found dumped along highways around Culiacán, the state prosecutor's office said.
    Governor Ernesto Lugo said at his weekly news conference that federal forces had arrested
    [[more than 1,500 suspects|arrested;a=Governor Ernesto Lugo]] and seized
    [[2,000 firearms|other;a=Governor Ernesto Lugo]] in the state over the past year. The
    Defense Department says [[11,000 soldiers and National Guard members|combatants;a=The
    Defense Department;n=soldiers and National Guard members]] are deployed in Sinaloa. A
    collective of mothers searching for missing relatives, Sabuesos Guerreras, said it had
    found [[more than 40 clandestine graves|other;u=other;a=Sabuesos Guerreras]] on the
    outskirts of the city this year. Business leaders say
    [[some 1,800 businesses|other;u=other;a=Business leaders]] have closed in Culiacán since
    the violence began, and many restaurants now shut before dark. The two factions, one loyal
    to the sons of Joaquín "El Chapo" Guzmán and the other to Ismael "El Mayo" Zambada, have
    fought for control since Zambada's arrest in Texas in {{July 2024}}.""",
)

item(
    "Haiti gang massacre kills at least 184 in Port-au-Prince, UN says",
    """Gang members killed [[at least 184 people|killed;a=the United Nations]] in
    Port-au-Prince's Wharf Jérémie neighbourhood over the weekend, the United Nations said on
    Monday, citing local human rights groups. The Committee for Peace and Development, a local
    group, had said earlier that [[at least 110 people|killed;a=The Committee for Peace and
    Development]], most of them older than {{60}}, were killed on the orders of a gang leader
    who blamed them for his child's illness. A resident who fled to a church in the area told
    Reuters by phone that she had seen [[dozens of bodies|killed;a=A resident]] being burned in
    the street. The International Organization for Migration said the violence had displaced
    [[more than 1,200 people|displaced;a=The International Organization for Migration]] in
    {{two days}}. Police spokesperson Marie-Ange Joseph said officers had arrested
    [[three suspects|arrested;a=Police spokesperson Marie-Ange Joseph]] but had not been able
    to enter the area. The Viv Ansanm gang coalition did not respond to a request for comment.
    Overall, [[more than 5,000 people|killed;a=the UN human rights office]] have been killed in
    gang violence in Haiti this year, according to the UN human rights office, and
    [[over 700,000|displaced;a=the IOM]] have been displaced, according to the IOM. Gangs control most of the capital, according to the UN. A
    Kenyan-led multinational police mission has struggled to make headway since its first
    officers arrived in {{June 2024}}. Rights groups said the killings were among the worst
    single massacres recorded in Haiti in decades.""",
)

item(
    "Bandits kill four, steal hundreds of cattle in Baringo raid",
    """[[Four people|killed;a=police]] were killed and [[three others|injured;a=police]]
    injured when suspected bandits attacked Kolowa village in Baringo County on Saturday,
    police said. Baringo County Police Commander Peter Mwanzia said the attackers, numbering
    [[about 50|combatants;a=Baringo County Police Commander Peter Mwanzia]], drove away
    [[over 300 head of cattle|other;a=Baringo County Police Commander Peter Mwanzia]] and
    [[500 goats|other;a=Baringo County Police Commander Peter Mwanzia]]. Residents, however,
    put the number of stolen animals at [[more than 1,000|other;u=other;a=Residents]]. They said
    [[two herders|missing;a=Residents]] who followed the raiders' tracks had not returned. Tiaty MP Joseph
    Lokoruk said [[more than 2,000 residents|displaced;a=Tiaty MP Joseph Lokoruk]] had fled
    to Chemolingot town, where they were sleeping in churches and classrooms. Interior
    Principal Secretary Agnes Chebet, who visited the area on Sunday, said
    [[400 National Police Reservists|combatants;p;a=Interior Principal Secretary Agnes
    Chebet]] would be recruited and armed to protect villages in the Kerio Valley. "We will
    not allow criminals to hold this region hostage," she said. Since January,
    [[37 people|killed;a=the Nation]] have been killed in banditry attacks in the Kerio
    Valley, according to figures compiled by the Nation.""",
)

item(
    "Kaduna school abduction: police, community give different numbers",
    """Gunmen abducted [[at least 150 pupils|kidnapped;a=Ibrahim Sani]] and
    [[two teachers|kidnapped;a=Ibrahim Sani]] from a government secondary school in Kajuru
    Local Government Area of Kaduna State on Thursday morning, a community leader, Ibrahim
    Sani, told PREMIUM TIMES. But the Kaduna State Police Command, in a statement by its
    spokesperson, Yahaya Abubakar, said [[38 pupils|missing;a=the Kaduna State Police Command]] remained
    unaccounted for and that [[25 others|kidnapped;a=the Kaduna State Police
    Command]] who escaped from the
    kidnappers had returned home. Parents who gathered at the school on Friday said
    [[163 children|kidnapped;a=Parents]] had been taken. The state governor, who visited the
    community, said security agencies were "on the trail of the abductors". According to SBM
    Intelligence, a Lagos-based risk consultancy,
    [[at least 4,777 people|kidnapped;a=SBM Intelligence]] were abducted in Nigeria between
    {{July 2023}} and {{June 2024}}. The attack is the first mass school abduction in the
    state since [[121 students|kidnapped]] were taken from Bethel Baptist High School in
    {{2021}}. Kidnap gangs, known locally as bandits, often demand ransoms of millions of
    naira.""",
)

item(
    "South Africa: 78 bodies brought up from Stilfontein mine",
    """Rescuers have brought [[78 bodies|killed;a=police]] up from an abandoned gold mine in
    Stilfontein, South Africa, since Monday, police say, in an operation to clear out illegal
    miners who had been underground for months. Police spokesperson Brigadier Sello Mokoena
    said [[246 survivors|other;a=Police spokesperson Brigadier Sello Mokoena]] had also been
    brought out alive, and that all of them had been arrested for illegal mining. A community
    leader, Thandi Dlamini, told the BBC she believed
    [[as many as 500 miners|civilians;a=Thandi Dlamini]] were still underground. Police had
    estimated that [[about 4,000|civilians;a=Police]] were in the mine when they began
    sealing off its entrances in August, a figure community groups dispute.
    [[Some 1,500|arrested]] of those who surfaced earlier were arrested. Of those detained,
    [[about 350|arrested;a=the government]] are from neighbouring Mozambique, the government
    said. Mine Rescue Services said its teams had made
    [[more than 60 trips|other;a=Mine Rescue Services]] down the shaft in a metal cage lowered
    by a crane. The government had been criticised for cutting off food and water to the
    miners in a bid to "smoke them out".""",
)

item(
    "31 inmates killed in Ecuador prison riot",
    """QUITO, {{November 13}} (Xinhua) -- [[At least 31 inmates|killed;a=the National Service
    for Comprehensive Care for Adults Deprived of Liberty (SNAI)]] died and
    [[12|injured;a=the National Service for Comprehensive Care for Adults Deprived of Liberty
    (SNAI)]] were injured in a clash between rival gangs at the Litoral Penitentiary in the
    Ecuadorian city of Guayaquil, the National Service for Comprehensive Care for Adults
    Deprived of Liberty (SNAI) said on Tuesday. The agency said
    [[around 900 police and military personnel|combatants;a=The agency;alt=the National
    Service for Comprehensive Care for Adults Deprived of Liberty (SNAI)]] had entered the
    prison to restore order. Guayas provincial police commander Víctor Herrera said
    [[15 prisoners|other;a=Guayas provincial police commander Víctor Herrera]] escaped during
    the riot, [[nine|arrested;a=Guayas provincial police commander Víctor Herrera]] of whom
    had been recaptured. Outside the morgue, where the forensic service said it had received
    [[25 bodies|killed;a=the forensic service]], relatives waited for news. The Litoral
    prison, the country's largest, holds [[about 8,000 inmates|arrested]]. Since {{2021}},
    [[more than 460 prisoners|killed;a=the Permanent Committee for the Defense of Human
    Rights]] have died in prison massacres in Ecuador, according to the Permanent Committee
    for the Defense of Human Rights.""",
)

item(
    "Nearly 60,000 Rohingya flee to Bangladesh as Rakhine fighting rages",
    """[[Nearly 60,000 Rohingya refugees|displaced;a=the UN refugee agency (UNHCR)]] have
    arrived in Bangladesh in the past {{two months}}, fleeing fighting between Myanmar's
    military and the Arakan Army in Rakhine State, the UN refugee agency (UNHCR) said on
    Friday. Bangladesh's Refugee Relief and Repatriation Commissioner, Mohammad Shamsul Alam,
    said the government had registered [[about 64,000 new arrivals|displaced;a=Mohammad
    Shamsul Alam]]. He told Al Jazeera that [[another 100,000|displaced;a=Mohammad Shamsul
    Alam]] were gathered on the Myanmar side of the border waiting to cross. The Arakan Army
    said in a statement that it had moved
    [[about 5,000 Rohingya civilians|displaced;a=The Arakan Army]] from Maungdaw to "safer
    areas", and denied targeting them. Camps in Cox's Bazar already shelter
    [[more than 1 million Rohingya|displaced;a=the UN]], according to the UN. Medecins Sans
    Frontieres said its clinics in the camps had treated
    [[over 200 people|injured;a=Medecins Sans Frontieres]] for gunshot and blast wounds since
    {{January}}. The World Food Programme warned that a funding shortfall could force it to
    cut food vouchers for [[1.1 million refugees|aid;p;v=1100000;a=The World Food
    Programme]] to {{$6}} a month.""",
)

item(
    "CODECO militia kills dozens at Ituri displacement camp",
    """Militiamen from the CODECO armed group killed
    [[at least 40 people|killed;a=local civil society sources]] in an overnight attack on a
    camp for displaced people in Djugu territory in the northeastern Democratic Republic of
    Congo, local civil society sources said on Thursday. "We have already buried
    [[42 bodies|killed;a=Dieudonné Lossa]], many of them women and children," Dieudonné Lossa,
    a civil society leader in Djugu, told AFP. Lieutenant Pascal Mbuyi, the army spokesman in
    Ituri province, put the toll at [[18|killed;a=Lieutenant Pascal Mbuyi]]. The UN mission
    MONUSCO said its peacekeepers had evacuated
    [[about 30 wounded|injured;a=The UN mission MONUSCO]] to hospital in Bunia. The camp had
    sheltered [[some 10,000 displaced people|displaced]] before the attack. Caritas said
    [[more than 1,000 shelters|housing;a=Caritas]] had been burned. CODECO, a loose
    coalition of ethnic Lendu militias, claims to defend the community against the Hema
    ethnic group and the army. Violence in Ituri has killed [[thousands|killed]] and displaced
    [[1.5 million people|displaced]] since {{2017}}.""",
)

item(
    "Over a million displaced in Lebanon; hundreds of thousands cross into Syria",
    """[[More than 1 million people|displaced;a=Lebanon's caretaker prime minister]] have been
    displaced in Lebanon by Israeli strikes, Lebanon's caretaker prime minister said on
    Monday. The International Organization for Migration put the number of registered
    internally displaced people at [[about 809,000|displaced;a=The International Organization
    for Migration]]. Lebanon's General Security agency said
    [[more than 310,000 people|displaced;a=Lebanon's General Security agency]], most of them
    Syrians, had crossed into Syria since {{September 23}}. The UN refugee agency, citing
    Syrian government figures, said [[about 240,000 Syrians|returned;a=The UN refugee
    agency]] and [[82,000 Lebanese|displaced;a=The UN refugee agency]] had entered the
    country. [[More than 900 collective shelters|capacity;a=the government's disaster response
    unit]] have been opened in schools and public buildings, most of them already full, the
    government's disaster response unit said. Since the fighting began in
    {{October 2023}}, [[2,083 people|killed;a=Lebanon's health ministry]] have been killed
    (Lebanon's health ministry), with no distinction made between civilians and combatants. Israel says its strikes
    target Hezbollah fighters and weapons depots. Many of the displaced are sleeping in cars,
    on beaches and in public squares in Beirut. The UN has launched a flash appeal for
    {{$426 million}} to cover the next {{three months}}.""",
)

item(
    "Somali army says over 70 al-Shabaab terrorists killed in Middle Shabelle",
    """The Somali army killed [[more than 70 al-Shabaab terrorists|killed;a=the state news
    agency SONNA]] in an operation in the Middle Shabelle region, the state news agency SONNA
    reported on Sunday. Citing military commander Colonel Abdullahi Nur, SONNA said
    [[nine|killed;a=SONNA]] of the dead were senior commanders of the terror group and that
    troops had retaken [[three villages|other;a=SONNA]] near Mahaday. Al-Shabaab, in a
    statement on its Radio Andalus, claimed it had killed
    [[31 Somali soldiers|killed;a=Al-Shabaab]] and captured
    [[four others|arrested;a=Al-Shabaab]]. Anadolu could not independently verify either
    claim. The operation was backed by the African Union Support and Stabilization Mission in
    Somalia (AUSSOM), which has [[about 11,000 troops|combatants]] in the country. Residents
    of Mahaday told Anadolu that [[hundreds of families|displaced;a=Residents of Mahaday]] had
    fled to Jowhar. Al-Shabaab has been fighting the Somali government since {{2007}}.""",
)

item(
    "Two killed, 14 wounded in shooting at Memphis birthday party",
    """A shooting at a crowded birthday party in Memphis early Sunday left
    [[two people|killed;a=police]] dead and [[14 others|injured;a=police]] wounded, police
    said. Police Chief Carla Watkins said at a news conference that officers found
    [[more than 50 shell casings|other;u=other;a=Police Chief Carla Watkins]] at the house,
    and that investigators believed more than one person had fired.
    [[About 150 people|other;a=the chief;alt=Police Chief Carla Watkins]] were at the party
    when the shooting began shortly after {{1 a.m.}}, the chief said. Regional One Health said
    [[five|injured;a=Regional One Health]] of the wounded were in critical condition. The
    dead were identified as a {{19-year-old}} man and a {{16-year-old}} girl. Police said
    [[three people|arrested;a=Police]] had been detained for questioning, but no charges had
    been filed by Sunday evening. According to the Gun Violence Archive, which tracks
    shootings, the country has had [[more than 380 mass shootings|other;u=other;a=the Gun
    Violence Archive]] so far this year.""",
)

item(
    "7,000 residents still in Pokrovsk as Russian forces close in",
    """[[About 7,000 residents|civilians;a=Donetsk Oblast Governor Serhii Lysenko]] remain in
    Pokrovsk, Donetsk Oblast Governor Serhii Lysenko said on Tuesday, as Russian forces
    advanced to within {{8 kilometers}} of the city. [[Around 2,300 people|displaced;a=the
    regional military administration]] were evacuated from the Pokrovsk district over the
    past week, the regional military administration said. "There are still
    [[600 children|civilians;a=Lysenko]] in the city, and we are asking every family to
    leave," Lysenko said. Authorities ordered the mandatory evacuation of
    [[1,350 children|displaced;p]] and their parents from the district. The charity East SOS,
    which runs evacuation vehicles, said its teams had taken out
    [[187 people|displaced;a=The charity East SOS]] on Monday, including
    [[23 bedridden patients|displaced;a=The charity East SOS]]. Russian shelling killed
    [[three civilians|killed;a=the governor;alt=Donetsk Oblast Governor Serhii Lysenko]] in
    the city overnight, the governor said. Russia's Defense Ministry claimed its troops had
    captured [[two villages|other;a=Russia's Defense Ministry]] southeast of Pokrovsk. The
    city had a pre-war population of [[about 60,000|civilians]].""",
)

item(
    "Man jailed for 40 years over 2019 Kisumu murder",
    """The High Court in Kisumu on Wednesday sentenced a {{38-year-old}} man to {{40 years}} in
    prison for the murder of his business partner in {{March 2019}}. Justice Mary Otieno
    said the prosecution had proved beyond reasonable doubt that the accused struck the victim
    with a metal bar at about {{9pm}} on {{March 14, 2019}}. The court heard that the men had
    quarrelled over a debt of {{Sh450,000}}. The accused, who had been in remand for more than
    {{five years}}, was convicted under {{Section 203}} of the Penal Code. His lawyer said he
    would appeal within the {{14 days}} allowed. The victim's widow, {{46}}, wept as the
    sentence was read. "It has taken too long, but we thank the court," she said outside the
    courtroom.""",
)
