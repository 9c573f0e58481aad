"""Armed conflict and who counts it: air forces on Telegram, armies and the groups they fight,
health ministries, civil defence, monitors and residents (13 articles with figures, 1
without)."""

from _wrap import item

item(
    "Russia fires 120 missiles and 90 drones at Ukraine's energy grid",
    """Russia launched [[120 missiles|other;a=Ukraine's Air Force]] and
    [[90 drones|other;a=Ukraine's Air Force]] at Ukraine overnight on Sunday in one of the
    largest attacks on the country's energy system since the start of the full-scale invasion,
    Ukraine's Air Force said on Telegram. Air defense downed
    [[104 missiles|other;a=the Air Force;alt=Ukraine's Air Force]] and
    [[42 drones|other;a=the Air Force;alt=Ukraine's Air Force]], the Air Force reported.
    [[Another 41 drones|other;a=Ukraine's Air Force]] were "locationally lost," a phrase the
    military uses for decoys brought down by electronic warfare, it added. In Mykolaiv Oblast,
    [[two people|killed;a=Governor Andrii Savchuk]] were killed and
    [[six others|injured;a=Governor Andrii Savchuk]] were injured when a missile hit a
    residential area, Governor Andrii Savchuk said. A {{64-year-old}} woman was hurt by falling
    debris in Kyiv's Darnytskyi district. Russia's Defense Ministry said its forces had carried
    out a "massive strike" on facilities supporting Ukraine's military-industrial complex and
    that all designated targets had been hit. It claimed separately that its air defenses had
    destroyed [[59 Ukrainian drones|other;a=Russia's Defense Ministry]] over Russian territory
    during the night. DTEK, Ukraine's largest private energy company, said
    [[about 420,000 households|civilians;a=DTEK]] in Odesa Oblast were without electricity on
    Sunday morning. Ukrenergo, the state grid operator, said
    [[some 1,300 workers|other;a=Ukrenergo]] were trying to restore supply and warned that
    scheduled outages of up to {{eight hours}} a day would return in most regions. The Kyiv
    Independent could not verify Moscow's claims. The attack came as temperatures dropped below freezing
    across much of the country. Russia has struck Ukraine's power plants and substations
    repeatedly since the autumn of {{2022}}. President Volodymyr Zelensky urged Western
    partners on X to speed up deliveries of air defense systems, saying that "every missile
    shot down means light and heat in Ukrainian homes." Poland said it had scrambled jets as
    a precaution because of strikes near its border.""",
)

item(
    "IDF says nine gunmen killed in Jenin raid; Palestinians report 12 dead",
    """The Israel Defense Forces said Wednesday that troops killed
    [[nine gunmen|killed;a=The Israel Defense Forces]] and detained
    [[30 wanted suspects|arrested;a=The Israel Defense Forces]] during a {{two-day}} operation
    in the northern West Bank city of Jenin and its refugee camp. The Ramallah-based
    Palestinian Health Ministry put the death toll at
    [[12|killed;a=The Ramallah-based Palestinian Health Ministry]], saying
    [[three of them|killed;n=-;a=The Ramallah-based Palestinian Health Ministry]] were
    teenagers. The Palestinian Red Crescent said its crews had treated
    [[25 people|injured;a=The Palestinian Red Crescent]] for gunfire and shrapnel wounds.
    Hamas's armed wing said in a statement that
    [[two of its fighters|killed;a=Hamas's armed wing]] had been killed "while confronting the
    occupation forces." According to the IDF, soldiers uncovered
    [[six explosive devices|other;a=the IDF]] planted under roads leading into the camp and
    struck a cell that had opened fire on troops from a drone. The military said
    [[one soldier|injured;a=The military;alt=The Israel Defense Forces]] was moderately
    wounded. Wafa, the official Palestinian news agency, reported that
    [[dozens of homes|housing;a=Wafa]] and shops had been damaged by bulldozers that tore up
    streets in the camp. UNRWA, the UN agency for Palestinian refugees, said
    [[around 3,000 residents|displaced;a=UNRWA]] had left the camp since the start of the raid.
    The Times of Israel could not independently verify the Palestinian figures, which do not
    distinguish between civilians and combatants.""",
)

item(
    "Israeli strikes on Gaza school-shelter kill at least 22, Civil Defence says",
    """Israeli air strikes on a school sheltering displaced families in Gaza City killed
    [[at least 22 people|killed;a=Gaza's Civil Defence]], including
    [[13 children|killed;a=Gaza's Civil Defence]], Gaza's Civil Defence said on Saturday.
    Civil Defence spokesman Ibrahim Qadi told Al Jazeera that rescuers had pulled
    [[17 bodies|killed;a=Civil Defence spokesman Ibrahim Qadi]] from the rubble by midday and
    were still searching for others. Dr Yousef Awad, director of al-Ahli Arab Hospital, said
    the facility had received [[31 wounded|injured;a=Dr Yousef Awad]], many with severe burns.
    The Israeli military said it had carried out a "precise strike" on
    [[about 20 Hamas and Islamic Jihad fighters|combatants;a=The Israeli military]] operating
    from a command room inside the compound, and accused the groups of using civilians as
    human shields. It did not provide evidence. According to UNRWA, the school had been
    sheltering [[some 700 displaced people|displaced;a=UNRWA]]. The UN's humanitarian office
    (OCHA) said, citing local partners, that
    [[at least 14 schools|housing;a=The UN's humanitarian office (OCHA)]] used as shelters had
    been hit in the past month. Gaza's Health Ministry said the overall death toll since
    {{October 7, 2023}} had risen to [[40,005|killed;a=Gaza's Health Ministry]], with
    [[more than 92,000 people|injured;a=Gaza's Health Ministry]] wounded. The ministry does
    not distinguish between civilians and fighters in its count. Witnesses described a scene of
    chaos as families who had been sleeping in classrooms searched the rubble with their
    hands. "We came here because they told us it was safe," said Umm Khaled, a mother who
    fled Beit Lahia in {{December}}. "There is no safe place in Gaza." The strike came hours
    after mediators in Doha said talks on a ceasefire and the release of hostages had made
    progress. Hamas said the attack showed Israel was not serious about a deal. Israel says it
    does everything it can to avoid harming civilians.""",
)

item(
    "RSF shelling kills 31 in El Fasher as thousands flee Abu Shouk camp",
    """Shelling by Sudan's paramilitary Rapid Support Forces killed
    [[at least 31 civilians|killed;a=a local resistance committee]] in El Fasher on Tuesday, a
    local resistance committee said, as the group pressed its siege of the army's last
    stronghold in Darfur. The committee, one of a network of neighbourhood groups that document
    abuses, said [[more than 50 people|injured;a=The committee;alt=a local resistance
    committee]] had been wounded. Reuters could not independently verify the toll. The RSF said
    in a statement on Telegram that its forces had repelled an army attack and killed
    [[more than 100 soldiers and allied fighters|killed;a=The RSF;n=soldiers and allied
    fighters]]. The army did not respond to a request for comment. Medecins Sans Frontieres
    (MSF) said its teams at the Saudi Hospital had treated
    [[74 wounded patients|injured;a=Medecins Sans Frontieres (MSF)]] since Monday and that
    [[12|killed;a=Medecins Sans Frontieres (MSF)]] had died on arrival. The International
    Organization for Migration said, citing its field monitors, that
    [[some 6,300 people|displaced;a=The International Organization for Migration]] had fled
    Abu Shouk camp on the city's northern edge in the past week. The camp hosted
    [[about 450,000 people|displaced;a=UN]] before the siege, according to UN estimates. The
    United Nations says the war, which began in {{April 2023}}, has killed
    [[tens of thousands of people|killed;a=The United Nations]] and uprooted
    [[more than 12 million|displaced;a=The United Nations]]. The RSF has besieged El Fasher since {{May 2024}}, and
    famine was confirmed in Zamzam camp, south of the city, in {{August 2024}}. Satellite
    images analysed by Yale University's Humanitarian Research Lab showed fresh burn scars in
    the western sectors of Abu Shouk. The army and its allies hold the city centre, while the
    RSF controls most of the outskirts.""",
)

item(
    "Jihadists kill dozens of soldiers in eastern Burkina Faso",
    """Jihadists linked to Al-Qaeda attacked an army post in eastern Burkina Faso on Sunday,
    killing [[more than 40 soldiers and auxiliaries|killed;a=security sources;n=soldiers and
    auxiliaries]], security sources told AFP. "The toll is heavy. We have counted
    [[43 bodies|killed;a=a security source]] so far and [[about 20|injured;a=a security
    source]] are wounded," a security source said on condition of anonymity. A local official,
    who asked not to be named, said [[about 15 civilians|killed;a=A local official]] who had
    taken refuge near the post were also killed. JNIM, al-Qaeda's Sahel affiliate, claimed the
    attack on Monday in a statement from its Az-Zallaqa media arm, saying its fighters had
    killed [[more than 100 soldiers|killed;a=JNIM]] and seized
    [[32 motorcycles|other;a=JNIM]] and [[four vehicles|other;a=JNIM]]. The junta, which has
    suspended several foreign media outlets, did not give a toll. In a statement read on state
    television, the army said its air and ground response had killed
    [[dozens of assailants|killed;a=the army]]. Since {{2015}}, jihadist violence in Burkina
    Faso has killed [[more than 26,000 people|killed;a=the NGO ACLED]], civilians and soldiers,
    according to the NGO ACLED, which tracks conflicts. [[Some two million people|displaced;v=2000000]]
    have been forced from their homes.""",
)

item(
    "ISWAP attacks Malam-Fatori base; army, insurgents give conflicting tolls",
    """Suspected ISWAP insurgents attacked a military base in Malam-Fatori, Borno State, on
    Friday night, killing [[at least five soldiers|killed;a=military sources]], military
    sources told PREMIUM TIMES. The army spokesperson, Musa Danladi, said in a statement on
    Saturday that troops repelled the attack and killed
    [[dozens of terrorists|killed;a=Musa Danladi]]. He said
    [[two soldiers|killed;a=Musa Danladi]] paid the supreme price while
    [[seven others|injured;a=Musa Danladi]] were wounded and were receiving treatment. ISWAP,
    in a claim published by the Islamic State's Amaq news agency, said its fighters killed
    [[23 soldiers|killed;a=ISWAP]] and burned [[six armoured vehicles|other;a=ISWAP]]. The
    insurgents also carted away [[three gun trucks|other]], according to a soldier who spoke
    on condition of anonymity because he was not authorised to speak to the press. A resident
    of the town, Bulama Kolo, said he saw [[at least 11 bodies|killed;a=Bulama Kolo]] being
    loaded onto a military vehicle on Saturday morning. The Borno State Governor, Umara
    Kachalla, who visited the town on Sunday, said
    [[about 3,000 residents|displaced;a=Umara Kachalla]] had fled across the border into Niger
    Republic and appealed to them to return. Malam-Fatori, on the shores of Lake Chad, was
    overrun by insurgents in {{2015}} and resettled by the state government in {{2021}}.
    Residents say the town has been attacked repeatedly since then. The Multinational Joint
    Task Force, which draws troops from Nigeria, Niger, Chad and Cameroon, said in a separate
    statement that its air component had struck insurgent positions on islands in the lake
    on Saturday. It did not give details. Security analysts say ISWAP has stepped up attacks
    on military bases in northern Borno since the start of the rainy season, when the lake's
    islands become harder for troops to reach.""",
)

item(
    "Turkish forces 'neutralize' 14 PKK/YPG terrorists in Iraq, Syria",
    """Turkish security forces "neutralized" [[14 PKK/YPG terrorists|other;a=the National
    Defense Ministry]] in northern Iraq and Syria, the National Defense Ministry said on
    Saturday. Turkish authorities use the term "neutralized" to imply the terrorists in
    question either surrendered or were killed or captured. The ministry said
    [[eight|other;a=The ministry;alt=the National Defense Ministry]] were neutralized in the
    Hakurk region of northern Iraq and [[six|other;a=The ministry;alt=the National Defense
    Ministry]] in the Tel Rifat area of Syria. According to the ministry,
    [[1,236 terrorists|other;a=the ministry;alt=the National Defense Ministry]] have been
    neutralized since the start of the year. In a separate statement, the Interior Ministry
    said security forces detained [[153 suspects|arrested;a=the Interior Ministry]] in
    operations against the terrorist organization Daesh/ISIS across
    [[32 provinces|other;a=the Interior Ministry;u=other]]. Interior Minister Ali Yerlikaya
    said on X that [[107|arrested;a=Interior Minister Ali Yerlikaya]] of the suspects had been
    remanded in custody. Weapons and [[12,400 rounds|other;a=Interior Minister Ali Yerlikaya]] of ammunition were
    seized in the raids, he added. In its more than {{40-year}} terror campaign against
    Türkiye, the PKK — listed as a terrorist organization by Türkiye, the US, and the EU — has
    been responsible for the deaths of [[nearly 40,000 people|killed]], including women,
    children, and infants.""",
)

item(
    "Goma death toll disputed as UN says thousands killed",
    """The United Nations says [[at least 2,900 people|killed;a=The United Nations]] were
    killed when {{M23}} rebels seized the eastern DR Congo city of Goma, citing figures from
    hospitals and morgues. Congo's government had earlier put the toll at
    [[about 3,000|killed;a=Congo's government]], while the {{M23}}, which is backed by Rwanda,
    says [[fewer than 100 civilians|killed;a=the M23]] died in the fighting. Government
    spokesman Jules Lokondo told the BBC that [[more than 2,000 bodies|killed;a=Government
    spokesman Jules Lokondo]] had been buried in mass graves because the morgues were full.
    Bodies were still being collected from the streets on Wednesday, said Thierry Mbala, a Red
    Cross volunteer in the city. Goma's main hospital was treating
    [[more than 600 wounded|injured;a=the International Committee of the Red Cross (ICRC)]],
    according to the International Committee of the Red Cross (ICRC). The UN refugee agency
    said [[some 350,000 people|displaced;a=The UN refugee agency]] who had been living in
    camps around the city had been left without shelter after the rebels ordered the camps
    closed. The rebels said they had captured
    [[more than 1,200 government soldiers|arrested;a=The rebels]], who would be "re-educated."
    Monusco, the UN peacekeeping mission, said [[13 peacekeepers|killed;a=Monusco]] from South
    Africa, Malawi and Uruguay had been killed in the battle for the city. The rebels, who deny being backed by Kigali despite
    evidence gathered by UN experts, have said they intend to march on Bukavu. Rwanda says
    its security is threatened by Hutu militias operating in eastern Congo, some of whose
    leaders took part in the {{1994}} genocide. Aid agencies have warned that the city's water
    supply, cut during the fighting, risks spreading cholera.""",
)

item(
    "Six soldiers martyred, eight terrorists killed in North Waziristan: ISPR",
    """[[Six soldiers|killed;a=the Inter-Services Public Relations (ISPR)]] were martyred and
    [[eight terrorists|killed;a=the Inter-Services Public Relations (ISPR)]] killed during an
    intelligence-based operation in North Waziristan's Mir Ali area, the Inter-Services Public
    Relations (ISPR) said on Tuesday. According to a statement issued by the military's media
    wing, the operation was conducted on the night of {{October 7-8}} on the reported presence
    of terrorists. [[Two terrorists|arrested;a=the statement;alt=the Inter-Services
    Public Relations (ISPR)]] were apprehended in injured condition, the statement said.
    Separately, police said [[three policemen|killed;a=police]] were martyred when militants
    attacked a checkpost in Lakki Marwat district late on Monday. District Police Officer Umar
    Khan said the attackers, numbering [[around 15|combatants;a=District Police Officer Umar
    Khan]], used hand grenades and night-vision equipment. The banned Tehreek-i-Taliban
    Pakistan (TTP) claimed the Lakki Marwat attack in a message to reporters and said
    [[six policemen|killed;a=The banned Tehreek-i-Taliban Pakistan (TTP)]] had been killed. A
    Dawn tally based on official statements shows
    [[at least 62 security personnel|killed;a=Dawn]] have been martyred in Khyber
    Pakhtunkhwa this month. The Pakistan Institute for Conflict and Security Studies, an
    Islamabad-based think tank, recorded [[94 militant attacks|other;u=other;a=The Pakistan
    Institute for Conflict and Security Studies]] across the country in September.""",
)

item(
    "Three killed in Jiribam firing; more forces sent to Manipur",
    """[[Three persons|killed;a=the police]] were killed and [[five|injured;a=the police]]
    injured when armed miscreants opened fire on villagers in Manipur's Jiribam district on
    Monday, the police said. A senior police officer told The Hindu that
    [[around 30 gunmen|combatants;a=A senior police officer]] had attacked the village from the
    hills shortly after dawn. Security forces recovered [[two bodies|killed]] from the Barak
    river on Tuesday. The State government said in a statement that
    [[12 houses|housing;a=The State government]] had been set on fire. The Union Home Ministry
    has sent [[20 more companies|combatants;u=other;a=a senior official in
    New Delhi]] of the Central Armed Police Forces to the
    State, a senior official in New Delhi said. According to official data,
    [[more than 250 people|killed;a=official data]] have been killed and
    [[about 60,000|displaced;a=official data]] displaced since ethnic violence broke out in
    {{May 2023}}. [[Nearly 58,000 people|displaced;a=officials]] remain in
    [[over 300 relief camps|capacity;a=officials]] across the State, officials said. Chief
    Minister Thokchom Ibomcha appealed for calm and said the guilty would be punished.""",
)

item(
    "Army says 5 NPA rebels killed in Negros clash; group says 2",
    """[[Five suspected rebels|killed;a=the Philippine Army]] of the New People's Army (NPA)
    were killed in an encounter with soldiers in Himamaylan City, Negros Occidental, on
    Thursday, the Philippine Army said. Lieutenant Colonel Jaime Ortega, spokesperson of the
    Army's {{3rd}} Infantry Division, told Rappler that the firefight lasted
    {{about 30 minutes}}. Ortega said troops recovered
    [[seven high-powered firearms|other;a=Ortega]] from the scene and that
    [[one soldier|injured;a=Ortega]] was wounded. The NPA's Negros Island regional command, in
    a statement posted on Facebook, disputed the military's account. It said only
    [[two|killed;a=The NPA's Negros Island regional command]] of its members died in the
    clash and claimed [[the three others|killed;a=The NPA's Negros Island regional command]]
    were farmers. Human rights group Karapatan said
    [[some 200 families|displaced;a=Human rights group Karapatan]] had fled to the town center
    and were staying in [[two evacuation centers|capacity;a=Human rights group Karapatan]].
    The local disaster office put the number of evacuees at
    [[813|displaced;a=The local disaster office]].""",
)

item(
    "Dissident attacks kill seven in Colombia's Cauca",
    """A wave of attacks by dissidents of the former FARC guerrilla in Colombia's southwestern
    department of Cauca killed [[at least seven people|killed;a=authorities]], among them
    [[four police officers|killed;a=authorities]], authorities reported on Friday. The
    Ombudsman's Office, the state body that monitors human rights, said it had registered
    [[23 attacks|other;u=other;a=The Ombudsman's Office]] with drones and explosives in
    [[11 municipalities|other;u=other;a=The Ombudsman's Office]] over {{48 hours}}. Defense
    Minister Iván Rendón said on X that [[1,200 troops|combatants;p;a=Defense Minister Iván
    Rendón]] would be sent to reinforce the region. The dissidents' Central General Staff
    (EMC) did not comment. In Jamundí, on the border with Valle del Cauca,
    [[around 300 families|displaced;a=the mayor's office]] fled their homes, according to the
    mayor's office. The Regional Indigenous Council of Cauca (CRIC) said
    [[two indigenous guards|kidnapped;a=The Regional Indigenous Council of Cauca (CRIC)]] had
    been abducted at a roadblock near Toribío. The Institute for Development and Peace Studies
    (Indepaz), which tracks political violence, counts
    [[more than 50 social leaders|killed;a=The Institute for Development and Peace Studies
    (Indepaz)]] murdered so far this year. None of the figures could be independently
    verified.""",
)

item(
    "Myanmar air strike kills 21 in Sagaing village, resistance group says",
    """A military air strike on a village in Myanmar's Sagaing region killed
    [[at least 21 people|killed;a=a resistance group and a local resident]], a resistance
    group and a local resident said on Wednesday. The local People's Defence Force unit said
    [[nine children|killed;a=The local People's Defence Force unit]] were among the dead. A
    member of a local rescue team, who asked not to be named for fear of reprisals, told
    Reuters that [[15 bodies|killed;a=A member of a local rescue team]] had been pulled from a
    collapsed monastery where villagers had sheltered. [[More than 30|injured;a=A member of a
    local rescue team]] were taken to clinics in neighbouring villages, he said. A junta
    spokesman did not answer calls seeking comment. The state-run Global New Light of Myanmar
    said security forces had struck a "terrorist" training camp attended by
    [[about 40 members|combatants;a=The state-run Global New Light of Myanmar]] of the PDF.
    According to the United Nations, [[more than 3.5 million people|displaced;a=the United
    Nations]] are displaced across the country. The Assistance Association for Political
    Prisoners, a rights group, says [[more than 6,000 civilians|killed;a=The Assistance
    Association for Political Prisoners]] have been killed by the junta since the {{2021}}
    coup and [[over 20,000 people|arrested;a=The Assistance Association for Political
    Prisoners]] remain in detention.""",
)

item(
    "ACLED report tracks rise in violence against civilians in the Sahel",
    """Violence against civilians in the central Sahel rose by {{38%}} in {{2024}} compared
    with the previous year, the Armed Conflict Location and Event Data Project (ACLED) said in
    a report published on {{Tuesday, March 11}}. The report, the group's annual review of the
    region, found that the share of events involving state forces and allied militias had
    climbed to {{nearly 45%}}. "The trend lines have been going in one direction since
    {{2021}}," said ACLED's Sahel analyst, Moussa Traoré. The group said funding for its Africa
    desk had fallen to {{$2.3 million}} this year, down from {{$3.1 million}} in {{2022}}. It
    warned that the {{three-year}} transition timetables announced by the juntas in Mali,
    Burkina Faso and Niger had all slipped by at least {{18 months}}. The report was presented
    in Dakar at {{10am}} local time and will be followed by a briefing to the UN Security
    Council on {{March 20}}. The Alliance of Sahel States has rejected ACLED's methodology in
    the past.""",
)
