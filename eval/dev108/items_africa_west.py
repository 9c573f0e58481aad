"""Nigeria, Cameroon and the Sahel (Mali, Burkina Faso, Niger, Chad, Benin, Mauritania): bandit
and jihadist raids, the army's weekly tallies, abductions and rescues, surrenders, tolls that
residents and police give differently (27 items with figures, 1 without)."""

from _wrap import item

item(
    "Bandits kill 23, abduct 50 in Zamfara village",
    """Bandits on motorcycles killed [[23 villagers|killed;a=residents]] and abducted [[about 50
    others|kidnapped;a=residents]] in an attack on Kaura village in Zamfara State, residents told
    Daily Trust. The Zamfara State Police Command confirmed the attack but put the death toll at
    [[nine|killed;a=The Zamfara State Police Command]]. Spokesman Yazid Abubakar said tactical
    teams had been deployed to the area.""",
)

item(
    "Troops neutralise 54 terrorists, rescue 87 hostages in one week - DHQ",
    """Troops neutralised [[54 terrorists|killed;a=the Director of Defence Media Operations;
    alt=Major General Edward Buba]], arrested [[133 suspects|arrested;a=the Director of Defence
    Media Operations;alt=Major General Edward Buba]] and rescued [[87 kidnapped
    hostages|kidnapped;a=the Director of Defence Media Operations;alt=Major General Edward Buba]]
    in operations across the country in the past week, the Director of Defence Media Operations,
    Major General Edward Buba, said on Thursday. He said troops also recovered [[217 assorted
    weapons|other;a=the Director of Defence Media Operations;alt=Major General Edward Buba]] and
    [[4,125 rounds|other;a=the Director of Defence Media Operations;alt=Major General Edward
    Buba]] of assorted ammunition.""",
)

item(
    "Suicide bombers kill 32 in Gwoza",
    """Female suicide bombers struck a wedding, a funeral and a hospital in Gwoza, Borno State,
    killing [[at least 32 people|killed;a=Barkindo Saidu]] and injuring [[42|injured;a=Barkindo
    Saidu]], Barkindo Saidu, the director-general of the Borno State Emergency Management Agency,
    told reporters. [[At least three women|combatants;a=police]] carried out the attacks, police
    said.""",
)

item(
    "ISWAP overruns army base in Marte",
    """ISWAP fighters overran an army base in Marte in Borno State, killing [[five soldiers|killed;
    a=military sources]], military sources said. [[Dozens of soldiers|missing;a=a military
    officer]] remain unaccounted for, a military officer told AFP. ISWAP claimed in a statement to
    have killed [[20 soldiers|killed;a=ISWAP]] and seized [[four armoured vehicles|other;
    a=ISWAP]].""",
)

item(
    "Over 100 killed in Yelwata attack, Amnesty says; police count 43 bodies",
    """[[More than 100 people|killed;a=Amnesty International Nigeria]] were killed when gunmen
    attacked Yelwata in Benue State's Guma area overnight, Amnesty International Nigeria said.
    The group said [[hundreds|injured;a=The group;alt=Amnesty International Nigeria]] were injured
    and [[thousands of families|displaced;a=The group;alt=Amnesty International Nigeria]] left
    without shelter. Benue police spokeswoman Sewuese Anene said the force had counted [[43
    bodies|killed;a=Benue police spokeswoman Sewuese Anene]].""",
)

item(
    "Kuriga: 137 abducted pupils and staff freed",
    """A total of [[137 pupils and staff|kidnapped;n=pupils and staff;a=Governor Uba Sani]] abducted
    from a school in Kuriga, Kaduna State, {{two weeks}} ago have been freed, Governor Uba Sani
    said on Sunday. Residents had earlier put the number of those abducted at
    [[287|kidnapped;a=Residents]]. The army said [[one soldier|killed;a=The army]] was killed
    during the rescue operation.""",
)

item(
    "Bandits ambush vigilantes in Niger State, kill 17",
    """Bandits ambushed a vigilante patrol in Mariga local government area of Niger State, killing
    [[at least 17 vigilantes|killed;a=a local official]] and injuring [[nine|injured;a=a local
    official]], a local official told Premium Times. The attackers, numbering [[more than
    100|combatants;a=residents]], came on motorcycles, residents said.""",
)

item(
    "Air Force strike kills 16 vigilantes in Zamfara by mistake",
    """A Nigerian Air Force strike killed [[16 members|killed;a=residents]] of a local vigilante
    group in Zamfara State after pilots mistook them for bandits, residents said. [[Six
    others|injured]] were wounded. The Nigerian Air Force said it was investigating.""",
)

item(
    "Separatists kill 5 gendarmes near Bamenda",
    """Suspected Anglophone separatists killed [[five gendarmes|killed;a=a military source]] at a
    checkpoint near Bamenda, a military source told AFP. The army said soldiers had killed [[seven
    separatists|killed;a=The army]] in a follow-up operation. The conflict has killed [[more than
    6,000 people|killed;a=the International Crisis Group]] and forced [[over 700,000|displaced;
    a=the International Crisis Group]] from their homes since {{2017}}, according to the
    International Crisis Group.""",
)

item(
    "Boko Haram raid kills 9 in Mayo-Tsanaga",
    """Boko Haram fighters raided the village of Mozogo in Mayo-Tsanaga department overnight,
    killing [[nine civilians|killed;a=local officials]] and burning [[about 30 houses|housing;
    a=local officials]], local officials said. [[Around 20 fighters|combatants;a=residents]]
    arrived on motorcycles shortly after midnight, residents said.""",
)

item(
    "More than 70 killed in Bamako attack, security sources say",
    """[[More than 70 people|killed;a=security sources]] were killed in a jihadist attack on a
    gendarmerie training school and the military airport in Bamako, security sources said. JNIM,
    al-Qaeda's affiliate in the Sahel, said it had killed and wounded [[hundreds|killed;a=JNIM]]
    of "enemy" troops. The junta said [[about 20 suspects|arrested;a=The junta]] had been
    arrested.""",
)

item(
    "Rebels claim heavy losses for army and Wagner at Tinzaouaten",
    """Tuareg rebels of the CSP said they had killed [[47 Malian soldiers|killed;a=Tuareg rebels of
    the CSP]] and [[84 Wagner mercenaries|killed;a=Tuareg rebels of the CSP]] in {{three days}} of
    fighting near Tinzaouaten on the Algerian border. The Malian army acknowledged "significant
    losses" without giving figures.""",
)

item(
    "Hundreds killed in Barsalogho massacre",
    """JNIM fighters killed [[at least 400 people|killed;a=a French security assessment]] in
    Barsalogho, many of them residents digging a defensive trench on the army's orders, according
    to a French security assessment. The collective Justice pour Barsalogho put the number of dead
    at [[about 600|killed;a=The collective Justice pour Barsalogho]]. The government has given no
    toll.""",
)

item(
    "Jihadists storm Djibo, attack army base and displacement camp",
    """[[Several hundred fighters|combatants;a=local sources]] stormed Djibo on Sunday, attacking
    an army base, a police station and a camp for displaced people, local sources told Reuters.
    JNIM claimed it had killed [[between 200 and 300 soldiers|killed;a=JNIM]] and seized [[dozens of
    weapons|other;a=JNIM]].""",
)

item(
    "34 soldiers killed in attack near Banibangou",
    """[[Thirty-four soldiers|killed;a=Niger's defence ministry]] were killed and [[14|injured;
    a=Niger's defence ministry]] wounded when [[hundreds of attackers|combatants;a=Niger's defence
    ministry]] on motorcycles stormed a base near Banibangou, Niger's defence ministry said.
    Troops killed [[dozens of assailants|killed;a=the ministry;alt=Niger's defence ministry]] and
    destroyed [[14 motorcycles|other;a=the ministry;alt=Niger's defence ministry]], the ministry
    added.""",
)

item(
    "Boko Haram kills 40 Chadian soldiers on Barkaram island",
    """[[Around 40 soldiers|killed;a=the Chadian presidency]] were killed when Boko Haram fighters
    attacked a military base on Barkaram island in Lake Chad, the Chadian presidency said.
    President Mahamat Idriss Deby launched an operation to pursue the attackers. The army later
    said it had killed [[96 Boko Haram fighters|killed;a=The army]] in the counteroffensive,
    losing [[17 soldiers|killed;a=The army]].""",
)

item(
    "Kauru church abduction: gunmen demand N100m ransom",
    """Gunmen who abducted [[20 worshippers|kidnapped;a=the Kaduna State Police Command]] from a
    church in Kauru are demanding a ransom of {{N100 million}}, the Kaduna State Police Command
    said. Police spokesman Mansir Hassan said [[two suspects|arrested;a=Police spokesman Mansir
    Hassan]] had been arrested.""",
)

item(
    "312 Boko Haram fighters, 927 family members surrender in Borno",
    """[[312 Boko Haram fighters|arrested;a=the military]] surrendered to troops in Borno State
    over the past week along with [[927 women and children|arrested;n=women and children;a=the
    military]], the military said. Since {{2021}}, [[more than 160,000 fighters and family
    members|arrested;n=fighters and family members;a=the Borno State government]] have
    surrendered in the northeast, according to the Borno State government.""",
)

item(
    "Lakurawa militants kill 15 in Kebbi village",
    """Lakurawa militants killed [[15 people|killed;a=Kebbi State police]] in an attack on Mera
    village in Augie local government area, Kebbi State police said. The group, which operates
    along the border with Niger, also rustled [[more than 100 cows|other;u=other]].""",
)

item(
    "Troops rescue 62 kidnap victims in Katsina forest",
    """Troops rescued [[62 kidnapped victims|kidnapped;a=the army]] from a forest hideout in
    Katsina State and recovered [[three AK-47 rifles|other;v=3;a=the army]] and [[two
    motorcycles|other;a=the army]], the army said. [[Four|injured]] of the victims were treated
    for gunshot wounds.""",
)

item(
    "NRC: more than 2 million displaced in Burkina Faso",
    """[[More than 2 million people|displaced;a=the Norwegian Refugee Council]] have been
    displaced by violence in Burkina Faso, and [[5,300 schools|other;a=the Norwegian Refugee
    Council]] have been closed, the Norwegian Refugee Council said. The government stopped
    publishing displacement figures in {{March 2023}}.""",
)

item(
    "54 Beninese soldiers killed in Park W attacks",
    """[[Fifty-four soldiers|killed;a=Government spokesman Wilfried Houngbédji]] were killed in
    attacks by JNIM fighters on army positions in Park W near the border with Niger and Burkina
    Faso, Government spokesman Wilfried Houngbédji said. JNIM had claimed to have killed [[about
    70|killed;a=JNIM]].""",
)

item(
    "Nigeria raises defence spending to N3.25 trillion in 2025 budget",
    """Defence and security will receive {{N3.25 trillion}} in the {{2025}} budget, up {{18%}} on
    the previous year, Budget Minister Atiku Bagudu said. The army's {{7th Division}} in
    Maiduguri will get new armoured vehicles, and the Air Force will take delivery of its
    {{third}} batch of {{A-29 Super Tucano}} aircraft, officials said.""",
)

item(
    "Gunmen abduct 30 students, 2 teachers in Kumbo",
    """Gunmen abducted [[30 students|kidnapped;a=the regional governor]] and [[two
    teachers|kidnapped;a=the regional governor]] from a secondary school in Kumbo, the regional
    governor said. [[Eleven|kidnapped;a=local media]] of them were released on Tuesday, local
    media reported.""",
)

item(
    "Gunmen kill 71 worshippers at Fambita mosque",
    """Gunmen killed [[71 civilians|killed;a=the government]] and wounded [[20|injured;a=the
    government]] in an attack on a mosque in Fambita in the Tillabéri region during Friday
    prayers, the government said, declaring {{three days}} of national mourning. It was the
    deadliest attack on civilians in the region this year.""",
)

item(
    "Army drone strike kills 21 at wedding in Kidal region",
    """A Malian army drone strike killed [[21 civilians|killed;a=local officials and rebels]],
    including [[three children|killed;a=local officials and rebels]], at a wedding in the Kidal
    region, local officials and rebels said. The army said it had struck a gathering of
    terrorists.""",
)

item(
    "Military drone strike on Tudun Biri gathering kills 85, NEMA says",
    """[[At least 85 people|killed;a=the National Emergency Management Agency (NEMA)]] were killed
    when a military drone mistakenly struck a religious gathering in Tudun Biri, Kaduna State,
    the National Emergency Management Agency (NEMA) said. The agency said [[66 people|injured;
    a=The agency;alt=the National Emergency Management Agency (NEMA)]] were being treated in
    hospital, [[11|injured;a=The agency;alt=the National Emergency Management Agency (NEMA)]] of
    whom were in critical condition.""",
)

item(
    "Mbera camp holds 110,000, well over its capacity",
    """[[More than 250,000 Malian refugees|displaced;a=UNHCR]] now live in Mauritania, many of them
    fleeing drone strikes and army operations in central Mali, UNHCR said. The Mbera camp, built
    for [[70,000 people|capacity;a=the agency;alt=UNHCR]], now holds [[more than
    110,000|displaced;a=the agency;alt=UNHCR]], the agency said.""",
)
