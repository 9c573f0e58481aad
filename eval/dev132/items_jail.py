"""Jails and the missing: jailbreaks, captures in raids, the disappeared, deportations of
detainees, and four texts with numbers but no figure (15 articles)."""

from _wrap import item

item(
    "Over 1,500 inmates escape Maputo prison amid post-election riots",
    """Police chief Bernardino Rafael said [[1,534 inmates|other;a=Bernardino Rafael]] broke out
    of the Maputo Central Prison on Wednesday after a crowd of protesters gathered outside its
    walls, and that [[33 prisoners|killed;a=Bernardino Rafael]] were killed and
    [[15|injured;a=Bernardino Rafael]] wounded in clashes with guards. He said [[150 of the
    escapees|arrested;a=Bernardino Rafael]] had been recaptured, among them [[29
    convicts|arrested;a=Bernardino Rafael]] serving sentences for terrorism linked to the
    Islamist insurgency in Cabo Delgado. Justice Minister Helena Kida later disputed the police
    account, saying the breakout had been planned from inside the prison. The prison, built to
    hold [[800 inmates|capacity;a=a prison service official]], held [[about 2,500|arrested;a=a
    prison service official]] at the time, according to a prison service official. Post-election
    unrest has killed [[more than 250 people|killed;a=Plataforma Decide]] since October,
    according to local monitor Plataforma Decide. Residents of the nearby Machava neighbourhood
    said escaped prisoners had looted shops and stolen cars overnight.""",
)

item(
    "Haiti gangs free thousands from main prison, government declares state of emergency",
    """Armed gangs stormed Haiti's National Penitentiary in Port-au-Prince overnight, and
    [[about 3,700 inmates|other;a=a prison official]] escaped, a prison official told Reuters on
    Sunday. Only [[about 100 prisoners|arrested]] remained inside, among them [[17 former
    Colombian soldiers|arrested]] accused in the {{2021}} assassination of President Jovenel
    Moise, who told reporters they feared for their lives. [[A dozen bodies|killed;a=a Reuters
    witness]] lay in the prison courtyard, a Reuters witness said. [[Hundreds more|other;n=-]]
    escaped from a second prison in Croix-des-Bouquets, east of the capital. The government
    declared a {{72-hour}} state of emergency and a night curfew for the West department. [[Four
    police officers|killed;a=police unions]] were killed during the weekend's attacks, police
    unions said. The UN says gangs killed [[806 people|killed;a=The UN]] and kidnapped [[more
    than 300|kidnapped;a=The UN]] in January alone.""",
)

item(
    "Kuje jailbreak: 443 inmates recaptured, 436 still at large - NCoS",
    """The Nigerian Correctional Service (NCoS) says [[443|arrested;a=The Nigerian Correctional
    Service (NCoS)]] of [[the 879 inmates|other;a=The Nigerian Correctional Service (NCoS)]] who
    escaped from the Kuje Medium Security Custodial Centre in Abuja during Tuesday night's
    attack have been recaptured, while [[436|other;a=The Nigerian Correctional Service (NCoS)]]
    remain at large. The service's spokesman, Abubakar Umar, told PREMIUM TIMES that all [[64
    Boko Haram suspects|other;a=Abubakar Umar]] held at the facility had escaped. He said [[four
    inmates|killed;a=Abubakar Umar]] were killed and [[16 others|injured;a=Abubakar Umar]]
    injured during the attack, which began at about {{10pm}}. The Islamic State West Africa
    Province (ISWAP) claimed responsibility, saying its fighters had used explosives to breach
    the walls. Interior Minister Rauf Aregbesola, who visited the facility on Wednesday, said it
    held [[994 inmates|arrested;a=Rauf Aregbesola]] at the time of the attack. The Defence
    Headquarters said [[300 soldiers|combatants;a=The Defence Headquarters]] had been deployed
    to the outskirts of Abuja to track down the escapees. Kuje is the {{second}} custodial
    centre attacked in a year; in April last year, [[more than 1,800 inmates|other]] escaped
    from the Owerri facility in Imo State. President Muhammadu Buhari said he was disappointed
    with the intelligence services and asked how the attackers had planned an operation of that
    kind undetected. The correctional service has offered a reward for information leading to
    the recapture of the escapees.""",
)

item(
    "Sri Lanka arrests 106 after Easter bombings, troops deployed",
    """Sri Lankan police have arrested [[106 suspects|arrested;a=Ruwan Gunasekara]] since the
    Easter Sunday suicide bombings on churches and hotels, police spokesman Ruwan Gunasekara
    said on Monday. [[Nine of them|arrested;n=-;a=the military]] were detained in a raid on a
    house in Sainthamaruthu, on the east coast, where [[15 people|killed;a=the military]],
    including [[six children|killed;a=the military]], died when suspects set off explosives as
    troops closed in, the military said. The attacks by [[nine suicide bombers|combatants]]
    linked to the local National Thowheed Jamath group killed [[more than 250 people|killed]] on
    {{April 21}}. Officials said [[about 10,000 soldiers|combatants;a=Officials]] had been
    deployed across the island to hunt for suspects and guard churches. Emergency regulations
    allow the police to hold suspects for up to {{90 days}} without charge.""",
)

item(
    "Iraqi forces capture 14 Islamic State suspects in Anbar desert raid",
    """Iraqi forces captured [[14 suspected Islamic State militants|arrested;a=the Joint
    Operations Command]] and killed [[six others|killed;a=the Joint Operations Command]] in an
    air-backed raid in the western Anbar desert, the Joint Operations Command said on Monday. A
    security source told Reuters that [[two Iraqi soldiers|injured;a=A security source]] were
    wounded when militants opened fire from a cave complex. The raid followed a suicide bombing
    at a Baghdad market in January that killed [[32 people|killed]]. Iraqi officials estimate
    that [[fewer than 1,000 Islamic State fighters|combatants;a=Iraqi officials]] remain active
    in the country, most of them in desert and mountain hideouts.""",
)

item(
    "Iraq brings more families home from al-Hol as Kurdish-led forces warn over IS prisons",
    """Iraq repatriated [[another 187 families|returned;a=Iraq's migration ministry]] from the
    al-Hol camp in northeast Syria on Thursday, bringing to [[more than
    3,400|returned;u=household;a=Iraq's migration ministry]] the number of Iraqi families
    brought home from the camp since {{2021}}, Iraq's migration ministry said. The families,
    [[about 700 people|returned]] in all, were taken by bus to the {{Jeddah-1}} rehabilitation
    center south of Mosul, where they will be screened before going back to their home areas.
    Al-Hol, run by the Kurdish-led Syrian Democratic Forces (SDF), still houses [[about 37,000
    people|displaced;a=camp officials]], mostly women and children and among them [[about 16,000
    Iraqis|displaced;a=camp officials]], according to camp officials. The SDF also holds [[some
    9,000 men|arrested;a=SDF officials]] accused of being Islamic State fighters in [[more than
    two dozen detention facilities|other;a=SDF officials]] across the northeast, SDF officials
    say. [[About 2,000 of them|arrested;n=-]] are foreigners whose governments have refused to
    take them back. The SDF has repeatedly warned that it cannot hold the prisoners
    indefinitely. In {{2022}}, [[hundreds of IS fighters|other]] broke out of the Ghwayran
    prison in Hasakah during a {{10-day}} siege in which [[more than 500 people|killed]] were
    killed. Iraqi officials say returnees are screened by the security agencies and must disavow
    the Islamic State before they may leave the center. Communities in Anbar and Nineveh have
    often refused to take back families suspected of links to the group. Washington has urged
    governments to bring their citizens home from the camps.""",
)

item(
    "Mexico's missing surpass 125,000 as search collectives find new clandestine graves",
    """Mexico's national registry of missing persons now lists [[more than 125,000
    people|missing;a=Mexico's national registry of missing persons]] whose whereabouts are
    unknown, [[about 10,000 of them|missing;n=-;a=Mexico's national registry of missing
    persons]] added in the past year alone. The vast majority have disappeared since {{2006}},
    when President Felipe Calderón sent the army against the cartels. In Jalisco, the state with
    the most missing people, the Guerreros Buscadores collective found [[three crematorium
    ovens|other;n=ovens;u=other]] and [[more than 200 pairs of shoes|other;n=pairs;u=other]] at
    a ranch in Teuchitlán in March, which prosecutors say was used by the Jalisco New Generation
    Cartel to train and kill recruits. The collective's founder, Indira Navarro, said volunteers
    had recovered the remains of [[at least 41 people|killed;a=Indira Navarro]] in the state
    this year. The National Search Commission estimates that [[more than 72,000
    bodies|killed;a=The National Search Commission]] lie unidentified in morgues and common
    graves across the country. Relatives' groups say [[at least 26 searching
    mothers|killed;a=Relatives' groups]] have been murdered since {{2010}}. The government has
    announced it will hire [[1,000 forensic specialists|other;p;a=The government]] and create a
    national DNA database.""",
)

item(
    "Pakistan: Families of Baloch disappeared detained at Quetta sit-in, Amnesty says",
    """Pakistani police detained [[dozens of protesters|arrested;a=Amnesty International]],
    among them [[at least 15 women|arrested;a=Amnesty International]], when they broke up a
    sit-in in Quetta by families of people who have disappeared in Balochistan, Amnesty
    International said on Tuesday. The Baloch Yakjehti Committee (BYC), which organised the
    protest, said [[three of its members|killed;a=The Baloch Yakjehti Committee (BYC)]] were
    killed when police opened fire on the crowd. Police said [[17 officers|injured;a=Police]]
    had been hurt by stone-throwing protesters and denied firing live rounds. The government's
    Commission of Inquiry on Enforced Disappearances says [[more than 2,100 people|missing;a=The
    government's Commission of Inquiry on Enforced Disappearances]] reported missing in the
    province are still unaccounted for, but Baloch groups put the figure at [[more than
    5,000|missing;a=Baloch groups]]. Amnesty's South Asia office said [[at least 30
    students|missing;a=Amnesty's South Asia office]] had disappeared from Quetta and Karachi
    since January. Authorities imposed {{Section 144}} across Quetta and suspended mobile
    internet for {{five days}}.""",
)

item(
    "US deports 238 Venezuelans to El Salvador mega-prison despite court order",
    """The United States deported [[238 Venezuelans|returned;a=Nayib Bukele]] it accuses of
    belonging to the Tren de Aragua gang to El Salvador on Sunday, along with [[23
    Salvadorans|returned;a=Nayib Bukele]] wanted for membership of {{MS-13}}, Salvadoran
    President Nayib Bukele said. He said the men would be held in the Terrorism Confinement
    Center (CECOT) for {{one year}}, renewable, and that the United States would pay {{$6
    million}} for their detention. A federal judge in Washington had ordered [[two
    planes|other;u=other]] carrying the deportees to turn around while he considered a legal
    challenge, but officials said they were already over international waters. Lawyers for the
    families say [[at least 50 of the men|returned;a=Lawyers for the families]] have no criminal
    record in the United States or Venezuela. CECOT, which opened in {{2023}}, was built to hold
    [[40,000 inmates|capacity]]. El Salvador has jailed [[more than 85,000 people|arrested]]
    under a state of emergency declared in {{March 2022}}, and the rights group Cristosal says
    [[at least 368 detainees|killed;a=Cristosal]] have died in custody.""",
)

item(
    "Libya deports hundreds of Egyptian migrants held in eastern detention centres",
    """Authorities in eastern Libya deported [[703 Egyptian migrants|returned;a=the Anti-Illegal
    Immigration Agency]] through the Emsaed border crossing on Monday, the Anti-Illegal
    Immigration Agency said. The men had been held in detention centres in Tobruk and Benghazi,
    some of them for {{more than six months}}, after being caught trying to reach Europe by sea.
    The agency said it had deported [[more than 9,000 migrants|returned;a=The agency;alt=the
    Anti-Illegal Immigration Agency]] since the start of the year, most of them Egyptians,
    Sudanese and Nigerians. The International Organization for Migration (IOM) says [[about
    4,800 migrants and refugees|arrested;n=migrants and refugees;a=The International
    Organization for Migration (IOM)]] are held in official detention centres across Libya, and
    [[thousands more|arrested;n=-;a=The International Organization for Migration (IOM)]] in
    facilities run by armed groups, where rights groups have documented torture and extortion.
    [[More than 21,000 people|other;a=the IOM;alt=The International Organization for Migration
    (IOM)]] were intercepted at sea by the Libyan coast guard and brought back to Libya last
    year, according to the IOM. In June, aid workers said [[46 Sudanese refugees|returned;a=aid
    workers]] had been expelled into the desert near the border with Chad.""",
)

item(
    "At least 119 killed in attempted jailbreak at Congo's Makala prison",
    """[[At least 119 people|killed;a=Jacquemain Shabani]] were killed during an attempted mass
    breakout from Makala central prison in Kinshasa early on Monday, Interior Minister
    Jacquemain Shabani said. [[24 of them|killed;n=-;a=Jacquemain Shabani]] were shot by guards
    after warning shots were ignored, he said, while the rest died in a crush or were trampled.
    Shabani said [[59 people|injured;a=Shabani]] were being treated in hospital and that no
    inmate had managed to escape. Makala, built in {{1957}} to hold [[1,500
    inmates|capacity;a=the prison's director]], held [[more than 12,000|arrested;a=the prison's
    director]] at the time, according to the prison's director. Justice Minister Constant
    Mutamba said he had ordered the release of [[1,685 detainees|arrested;p;a=Constant Mutamba]]
    held in pretrial detention for minor offences to ease overcrowding. The Congolese
    Association for Access to Justice (ACAJ) said its own count put the death toll at [[more
    than 200|killed;a=The Congolese Association for Access to Justice (ACAJ)]].""",
)

# ------------------------------------------------------------ texts with numbers, no figure

item(
    "Hong Kong man jailed for seditious posts in first Article 23 conviction",
    """A Hong Kong court on Thursday jailed a man for {{14 months}} for posting seditious
    messages online, the first conviction under a new national security law passed in {{March
    2024}}. The {{27-year-old}} unemployed man had pleaded guilty to an offence under the
    legislation, known locally as {{Article 23}}, for posts marking the anniversary of the
    {{June 4, 1989}} crackdown in Beijing. Sedition carries a maximum penalty of {{seven years}}
    under the new law, up from {{two years}} under the colonial-era ordinance it replaced. The
    magistrate said a deterrent sentence was needed, noting that the defendant had been held in
    custody since his arrest on {{May 28}}. Rights groups said the case showed how far freedoms
    had narrowed since {{2020}}, when Beijing imposed an earlier security law after the mass
    protests of {{2019}}.""",
)

item(
    "Kidnappers demand N100m ransom for abducted Kaduna priest",
    """Kidnappers of a Catholic priest abducted in Kaduna State at the weekend have demanded a
    ransom of {{N100 million}}, the Catholic Archdiocese of Kaduna said on Wednesday. The
    Reverend Father Joseph Danjuma, {{aged 54}}, was seized from his parish residence in Kachia
    at about {{11pm}} on {{March 3}}, the archdiocese's chancellor said in a statement. He was
    ordained in {{1998}} and had served in the parish since {{2019}}. The Kaduna State Police
    Command said a tactical team had been deployed to the area and that the kidnappers' hideout
    had been located. A {{2022}} amendment to Nigeria's terrorism law makes paying a ransom
    punishable by at least {{15 years}} in prison, although families and churches routinely pay.""",
)

item(
    "Uganda's Besigye denied bail again as treason trial drags on",
    """A Ugandan court on Tuesday again refused bail to veteran opposition leader Kizza Besigye,
    who has been held since he was abducted in Nairobi in {{November 2024}} and driven back to
    Kampala. Besigye has challenged President Yoweri Museveni at the polls since {{2001}}. His
    lawyers said the {{68-year-old}}'s health had deteriorated after a hunger strike of {{10
    days}} in February. The Supreme Court ruled in {{January 2025}} that civilians could not be
    tried in military courts, and his case was moved to the High Court, where he faces treason
    charges that carry the death penalty under {{Section 23}} of the Penal Code Act. The trial
    was adjourned until {{June 15}}.""",
)

item(
    "Iranian journalist freed on bail after 17 months in Evin",
    """An Iranian journalist who reported on the death of Mahsa Amini has been released on bail
    of {{10 billion rials}} after {{17 months}} in Tehran's Evin prison, her family said on
    Sunday. The {{36-year-old}} had been sentenced in {{October 2023}} to {{seven years}} in
    prison for "collaborating with the hostile government of the United States", and was held
    for months in the security wing known as {{Ward 209}}. Her lawyer said she would appeal, and
    that under {{Article 134}} of the Islamic Penal Code she would serve only the longest of her
    sentences if the appeal failed. Amini died in the custody of the morality police in
    {{September 2022}}. Iran was ranked {{176th}} in the World Press Freedom Index in {{2024}}.""",
)
