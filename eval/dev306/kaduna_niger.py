"""Items of dev306: Kaduna and Niger (school and road abductions, Shiroro and Rafi, Birnin
Gwari, southern Kaduna, the Tudun Biri strike)."""

from _wrap import item

item(
    "Gunmen abduct pupils from Kuriga school in Kaduna",
    """Gunmen abducted [[287 pupils and teachers|kidnapped;a=the school's headmaster;n=pupils and
    teachers]] from the LEA Primary and Secondary School in Kuriga, Chikun local government
    area, the school's headmaster said. Police had earlier put the number at [[about 100|
    kidnapped;a=Police;n=-]]. The attack began at around {{8am}}, just after assembly, when
    [[dozens of gunmen|combatants]] on motorcycles surrounded the school. Headteacher Sani
    Abdullahi said [[25 pupils|returned;a=Headteacher Sani Abdullahi]] escaped and found their
    way home the same day. Resident Mohammed Jabbi said [[one villager|killed;a=Resident Mohammed Jabbi]] was shot dead as he tried to follow the attackers. The
    school had [[about 1,400 pupils|civilians]] on its roll. President Bola Tinubu ordered
    security agencies to rescue the children within days; [[137 pupils|kidnapped;a=the
    army]] were freed {{16 days}} later, the army said.""",
)

item(
    "Abuja-Kaduna train attack: 62 still held as families protest",
    """Bandits who blew up the track and attacked the Abuja-Kaduna train near Katari on
    {{March 28, 2022}} are still holding [[62 passengers|kidnapped;a=the Nigerian Railway
    Corporation]], the Nigerian Railway Corporation said. The corporation said [[398
    passengers|civilians;a=The corporation;alt=the Nigerian Railway Corporation]] had
    booked seats on the train. [[Eight people|killed]] were killed in the attack and [[26|
    injured;n=-]] were wounded. The Kaduna government said [[168 passengers|missing;a=The Kaduna
    government]] could not be accounted for in the first {{48 hours}}. Relatives of the captives
    marched to the National Assembly on {{Monday}}. The bandits released [[11 hostages|
    kidnapped]] in {{June}} after what relatives said was a payment of {{N100 million}} each.""",
)

item(
    "Military drone strike kills villagers at Tudun Biri celebration",
    """An army drone strike on a religious gathering in Tudun Biri, Igabi local government area,
    killed [[at least 85 people|killed;a=the National Emergency Management Agency]], the
    National Emergency Management Agency said. The agency said [[66 people|injured;a=The agency;
    alt=the National Emergency Management Agency]] were being treated in Kaduna hospitals. Village
    leaders said the toll was [[more than 120|killed;a=Village leaders;n=-]]. The army admitted
    the strike was a mistake, saying it had targeted a group of bandits but hit residents celebrating Maulud. Governor Uba Sani said the state would rebuild [[about 40 damaged houses|housing;a=Governor Uba Sani;p]] and pay school fees for
    children who lost parents. Amnesty International said [[dozens of children|killed;a=Amnesty
    International]] were among the dead.""",
)

item(
    "Shiroro: bandits kill soldiers and police at mining site",
    """Gunmen killed [[30 soldiers|killed;a=security sources]] and [[seven police officers|killed;
    a=security sources]] at a mining site in Ajata-Aboki, Shiroro local government area, security
    sources said. [[Four Chinese workers|kidnapped;a=a Niger State government official]] were
    abducted, a Niger State government official said. [[More than 150 attackers|combatants;a=residents]] arrived on motorcycles at about {{3pm}}, residents said. The attack was the
    deadliest on the security forces in the state in {{2022}}. Locals said [[dozens of miners|
    missing;a=Locals]] fled into the bush and had not been seen since. The state government
    suspended mining in [[three local government areas|other;a=The state government;u=other]],
    it said.""",
)

item(
    "Kaduna security report: 273 killed in three months",
    """Bandits and other armed groups killed [[273 people|killed;a=the Kaduna State Ministry of
    Internal Security and Home Affairs]] in Kaduna State between {{July and September 2021}},
    the Kaduna State Ministry of Internal Security and Home Affairs said in its quarterly report.
    Commissioner Samuel Aruwan said [[1,366 people|kidnapped;a=Commissioner Samuel Aruwan]]
    were abducted over the period, most of them in Chikun, Kajuru and Birnin Gwari. He said
    [[about 120|injured;a=Samuel Aruwan;n=-]] were wounded. The report listed [[64 bandits|
    killed]] killed by troops and [[1,200 head|other;n=head;u=other]] of cattle rustled. It
    said [[26 suspects|arrested;a=The report]] were in custody. Aruwan said the state would
    recruit [[7,000 vigilantes|combatants;a=Aruwan;p]] for the Kaduna Vigilance Service.""",
)

item(
    "Birnin Gwari residents return as troops reopen highway",
    """Residents of Birnin Gwari have begun to return to [[more than 40 communities|other;a=the emirate council;u=other]] abandoned during years of bandit raids, the emirate council said.
    Emir Zubairu Jibril Maigwari said [[an estimated 15,000 people|returned;a=Emir Zubairu
    Jibril Maigwari]] had gone back since troops reopened the Kaduna-Birnin Gwari road. [[Some
    3,000|displaced;n=-]] remain in Kaduna city. The Kaduna government plans to rebuild [[52
    schools|housing;a=The Kaduna government;p]] and [[18 clinics|housing;a=The Kaduna government;
    p]] in the emirate. Farmers said they cultivated {{about 2,500 hectares}} this season, the most since {{2015}}. Police said [[two checkpoints|other;a=Police]] would be
    manned round the clock.""",
)

item(
    "Niger State: pupils of Tegina Islamiyya school released",
    """Kidnappers have freed [[91 pupils|kidnapped;a=the Niger State government]] of the Salihu
    Tanko Islamiyya school in Tegina, {{three months}} after they were seized, the Niger State
    government said. The children, some as young as {{four}}, were abducted with [[more than 40 others|kidnapped;a=the state government]] who escaped or were freed earlier, the state
    government said. The school's proprietor said [[six children|killed;a=The school's
    proprietor]] died in captivity. Parents had sold farmland to raise a ransom of {{N30
    million}}. The freed pupils were taken to a hospital in Minna, where [[15|injured;n=-]] were
    treated for malnutrition and wounds. The government said the school, which taught [[about
    200 pupils|civilians;a=The government]], would not reopen this year.""",
)

item(
    "Southern Kaduna: dozens killed in Kauru attacks",
    """Gunmen killed [[at least 33 people|killed;a=the Southern Kaduna Peoples Union]] in
    overnight attacks on three villages in Kauru local government area, the Southern Kaduna
    Peoples Union said. The union said [[more than 90 houses|housing;a=The union;alt=the
    Southern Kaduna Peoples Union]] and [[two churches|housing;a=The union;alt=the Southern
    Kaduna Peoples Union]] were burned. Police confirmed [[18 deaths|killed;a=Police]]. [[Dozens of people|injured]] were taken to hospitals in Kafanchan. Residents said the gunmen numbered
    [[about 60|combatants;a=Residents;n=-]]. The state government imposed a {{24-hour}} curfew on
    the area and said [[five suspects|arrested;a=The state government]] had been arrested.""",
)

item(
    "Rafi villagers flee to Kagara after repeated raids",
    """[[More than 5,000 villagers|displaced;a=the Niger State Emergency Management Agency]]
    from Rafi local government area have fled to Kagara town in {{two weeks}}, the Niger State
    Emergency Management Agency said. They are housed in [[three primary schools|capacity]] and
    a mosque compound. NSEMA director general Abdullahi Baba-Arah said the agency had delivered
    [[600 bags|aid;a=NSEMA director general Abdullahi Baba-Arah]] of maize and [[300 mats|aid;
    a=NSEMA director general Abdullahi Baba-Arah;u=other]]. He said [[about 1,200 children|
    civilians;a=Abdullahi Baba-Arah]] were among the displaced. Residents said bandits had
    burned [[at least 11 villages|housing;a=Residents;u=other]]. The agency plans to build [[two
    more camps|capacity;a=The agency;alt=the Niger State Emergency Management Agency;p]] by the
    end of {{September}}.""",
)

item(
    "Kajuru: church attack leaves worshippers dead",
    """Gunmen attacked a Catholic church in Kajuru during Sunday mass, killing [[four worshippers|
    killed;a=the Kaduna State Police Command]] and abducting [[two altar boys|kidnapped;a=the Kaduna State Police Command]], the Kaduna State Police Command said. Parish priest Fr Joseph
    Ajomo said [[about 300 people|civilians;a=Parish priest Fr Joseph Ajomo]] were at the
    service. He said [[nine parishioners|injured;a=Fr Joseph Ajomo]] were shot. The attackers also burned [[three vehicles|other]] belonging to the parish. [[Dozens of families|displaced]] fled to Kachia after the attack. Police said [[two suspects|arrested;a=Police]] had been detained.""",
)

item(
    "Bethel Baptist students freed in batches",
    """Kidnappers freed [[28 more students|kidnapped;a=the Baptist Convention]] of Bethel Baptist
    High School, Maraban Rido, the Baptist Convention said on {{Sunday}}. Reverend Joseph
    Hayab said [[121 students|kidnapped;a=Reverend Joseph Hayab]] were taken from the school
    in {{July}}, and [[81|kidnapped;n=-]] have now been freed. [[One student|killed]] died in
    captivity. Hayab said [[about 15|missing;a=Hayab;n=-]] were still unaccounted for. The school, whose hostels can take [[180 boarders|capacity]], remains closed. Parents said they had paid
    {{N50,000}} per child in the {{first}} rounds of talks.""",
)

item(
    "Mariga: army says 40 bandits killed, 60 hostages freed",
    """Troops and air force jets killed [[40 bandits|killed;a=the Defence Headquarters]] and freed
    [[60 kidnapped people|kidnapped;a=the Defence Headquarters]] in Mariga local government area
    of Niger State, the Defence Headquarters said. It said [[three soldiers|killed;a=the
    Defence Headquarters]] died and [[seven|injured;a=the Defence Headquarters;n=-]] were
    wounded. Residents said [[at least 11 villagers|killed;a=Residents]] were also killed when
    bandits retaliated. The military destroyed [[20 bandit camps|other]] and recovered [[35
    motorcycles|other]], it said. Troops also arrested [[12 suspects|arrested]].""",
)

item(
    "IDPs in Kaduna's Kakau camp go without food for weeks",
    """Displaced people in the Kakau camp in Chikun say they have received no food for {{three
    weeks}}. The camp, set up in {{2021}}, holds [[about 2,700 people|displaced;a=camp leaders]],
    camp leaders said. It has [[eight classrooms|capacity]] and [[two tarpaulin halls|capacity;
    u=structure]]. Camp secretary Luka Bala said [[14 people|killed;a=Camp secretary Luka Bala]]
    had died of illness since {{January}}, [[nine|killed;a=Luka Bala;n=-]] of them children.
    He said [[more than 300 households|aid;a=Luka Bala]] received food rations in the last
    distribution. The state emergency agency said it would send [[40 tonnes|aid;a=The state
    emergency agency;p]] of grain. Many of the displaced come from [[at least 12 villages|
    other]] in the Kakau area.""",
)

item(
    "Niger: gunmen seize worshippers in Mashegu mosque",
    """Gunmen stormed a mosque in Mashegu local government area during evening prayers and
    abducted [[at least 18 worshippers|kidnapped;a=police spokesman Wasiu Abiodun]], police spokesman Wasiu Abiodun said. [[Two|killed;n=-]] were shot dead. Residents said [[20 to 30 gunmen|
    combatants;a=Residents]] took part. Abiodun said [[six of the worshippers|kidnapped;a=Abiodun;n=worshippers]] were rescued by police and vigilantes. Villagers said [[more than 40
    families|displaced;a=Villagers]] had left for Mokwa since. Police said they arrested [[two
    informants|arrested;a=Police]].""",
)

item(
    "Kaduna unveils peace commission budget",
    """The Kaduna State Peace Commission will get {{N2.1 billion}} in the {{2026}} budget, up
    {{15%}} from {{2025}}. The commission was set up by law in {{2017}}. Its chairman said the
    money would pay for {{12 months}} of dialogue sessions across {{23}} local government areas.
    The governor signed the budget on {{December 31}}. Officials said the {{2026 fiscal year}}
    would begin on {{January 1}}.""",
)

item(
    "Kaduna-Abuja rail service resumes after eight months",
    """The Abuja-Kaduna train service resumed on {{December 5, 2022}}, {{eight months}} after the
    attack near Katari. Trains will run {{twice daily}}, leaving Rigasa at {{7am}} and
    {{2.30pm}}, and tickets cost {{N6,000}} for economy. The journey of {{186km}} takes about
    {{two hours}}. The corporation said {{e-ticketing}} would be mandatory from the {{first}}
    day and passengers should arrive {{an hour}} before departure.""",
)
