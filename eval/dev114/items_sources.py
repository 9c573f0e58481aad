"""Source pairs: the same kind of count from the police or the army in one twin and from rebels,
a hospital, a monitor or organisers in the other; or given inside a quote in one twin and as the
reporter's own statement in the other (12 pairs, A01-A12)."""

from _wrap import item, pair

pair("A01", "police / hospital: the Peshawar mosque bombing's toll from each")
item(
    "Peshawar mosque blast: police put death toll at 84",
    """The suicide bombing at the mosque inside Peshawar's Police Lines killed [[84
    people|killed;a=Capital City Police Officer Muhammad Ijaz Khan]], all but one of them
    policemen, Capital City Police Officer Muhammad Ijaz Khan said on Tuesday. He said [[about
    300 worshippers|civilians;a=Capital City Police Officer Muhammad Ijaz Khan]] were in the
    hall for afternoon prayers when the bomber struck. The roof of the prayer hall collapsed on
    those inside.""",
)
item(
    "Lady Reading Hospital says it received 100 bodies after Police Lines blast",
    """Lady Reading Hospital received [[100 bodies|killed;a=hospital spokesman Muhammad Asim]]
    and treated [[more than 220|injured;a=hospital spokesman Muhammad Asim]] wounded after
    Monday's bombing at the Police Lines mosque, hospital spokesman Muhammad Asim said.
    [[Fifty-seven|injured]] were still admitted on Wednesday. The hospital said the police
    figure did not include bodies taken directly home by families.""",
)

pair("A02", "police / Maoists: the dead of a Bijapur encounter as counted by each side")
item(
    "31 Maoists killed in Bijapur encounter, police say",
    """Security forces killed [[31 Maoists|killed;a=Bastar Inspector General of Police P
    Sundarraj]] in a day-long gunfight in the forests of Bijapur district, Bastar Inspector
    General of Police P Sundarraj said on Sunday. [[Two jawans|killed;a=Bastar Inspector
    General of Police P Sundarraj]] of the District Reserve Guard were also killed, he said.
    Police recovered [[more than 20 weapons|other]] from the site.""",
)
item(
    "Maoists say 18 of those killed in Bijapur were villagers",
    """The banned CPI (Maoist) said in a statement on Wednesday that [[18|killed;a=The banned
    CPI (Maoist)]] of [[the 31 people|killed;a=The banned CPI (Maoist)]] killed in Bijapur last
    week were unarmed villagers who had gone to collect tendu leaves. The statement was signed
    by a spokesperson of the party's West Bastar division. Police rejected the claim and said
    all the dead were cadres.""",
)

pair(
    "A03",
    "police / monitor: the Belgrade rally's crowd, by the interior ministry and by counters",
)
item(
    "Interior ministry estimates 275,000 at Belgrade rally",
    """[[About 275,000 people|other;a=Serbia's interior ministry]] gathered in central Belgrade
    on Saturday for the largest protest since the collapse of the Novi Sad railway station
    canopy, Serbia's interior ministry said. Police said [[22 people|arrested;a=Police]] were
    detained and [[56|injured;a=Police]] sought medical help. The rally ended early after a
    loud noise swept through the crowd during a silent tribute.""",
)
item(
    "Independent counters say up to 325,000 joined Belgrade protest",
    """The Archive of Public Gatherings, an independent group that counts crowds from aerial
    photos, estimated that [[between 275,000 and 325,000 people|other;a=The Archive of Public
    Gatherings]] took part in Saturday's protest in Belgrade. Students walked to the capital
    from as far as Niš and Novi Pazar. The canopy collapse in Novi Sad in November killed [[15
    people|killed]].""",
)

pair("A04", "army / rebels: the fight for Lashio as the junta and the MNDAA each count it")
item(
    "Military says 94 'terrorists' killed in northern Shan fighting",
    """The military's True News Information Team said on Friday that troops had killed [[94
    terrorists|killed;a=The military's True News Information Team]] in {{two weeks}} of
    fighting around Lashio, using the junta's term for the ethnic armed groups and resistance
    forces. It said [[11 soldiers|killed;a=The military's True News Information Team]] had
    died. The statement did not mention civilian deaths.""",
)
item(
    "MNDAA says it captured 400 junta troops as Lashio fell",
    """The Myanmar National Democratic Alliance Army said it had captured [[more than 400 junta
    soldiers|arrested;a=The Myanmar National Democratic Alliance Army]], including a brigadier
    general, when it overran the Northeastern Command headquarters in Lashio. A spokesman for
    the group said [[about 30 civilians|killed;a=A spokesman for the group]] were killed by
    junta airstrikes during the battle. The junta has not confirmed the loss of the command.""",
)

pair(
    "A05", "quote / reporter: the Wad al-Noura massacre in a villager's words and in the reporter's"
)
item(
    "'We buried them in one grave': Wad al-Noura villagers describe RSF attack",
    """"We buried [[104 people|killed;a=Mohamed Abdelrahman]], [[35|killed;a=Mohamed
    Abdelrahman]] of them children, in a single grave," said Mohamed Abdelrahman, a member of
    the village's resistance committee, by telephone. He said the Rapid Support Forces had
    shelled the village before fighters on motorbikes went from house to house.
    "[[Dozens|injured;a=Mohamed Abdelrahman]] are wounded and we have no doctor," he said.""",
)
item(
    "At least 104 killed in RSF attack on Wad al-Noura village in Gezira",
    """[[At least 104 people|killed]], [[35|killed]] of them children, were killed when Rapid
    Support Forces fighters attacked the village of Wad al-Noura in Gezira state on Wednesday,
    shelling it before storming houses. Survivors fled to nearby villages and the town of
    Managil. The RSF said it had attacked army positions in the area. Sudan's army-aligned
    government called the attack a massacre.""",
)

pair(
    "A06",
    "quote / reporter: the Kharkiv Epicentr strike in the governor's words and the reporter's",
)
item(
    "'About 200 people inside': Kharkiv governor on hypermarket strike",
    """"There were [[about 200 people|civilians;a=Kharkiv regional governor Oleh Syniehubov]]
    inside when the bombs hit," Kharkiv regional governor Oleh Syniehubov told reporters
    outside the burning Epicentr hypermarket on Saturday. "We have [[16
    people|missing;a=Kharkiv regional governor Oleh Syniehubov]] we cannot reach," he said
    later, as firefighters fought the blaze. The governor said [[two guided
    bombs|other;u=other;a=The governor;alt=Kharkiv regional governor Oleh Syniehubov]] had
    struck the building.""",
)
item(
    "Guided bombs hit Kharkiv hypermarket, killing 19",
    """[[About 200 people|civilians]] were in the Epicentr hypermarket in Kharkiv when [[two
    Russian guided bombs|other;u=other]] struck it on Saturday afternoon. [[Nineteen|killed]]
    were killed and [[more than 50|injured]] wounded, and the building burned for hours.
    Shoppers and staff ran out through the smoke as the roof collapsed.""",
)

pair(
    "A07",
    "quote / reporter: the Pont-Sondé massacre in the UN spokeswoman's words and the reporter's",
)
item(
    "UN: Gran Grif gang killed at least 70 in Pont-Sondé",
    """"Gang members killed [[at least 70 people|killed;a=UN human rights office spokeswoman
    Ravina Shamdasani]], including [[10 women|killed;a=UN human rights office spokeswoman
    Ravina Shamdasani]] and [[three babies|killed;a=UN human rights office spokeswoman Ravina
    Shamdasani]]," UN human rights office spokeswoman Ravina Shamdasani told reporters in
    Geneva on Friday. She said the attackers also set fire to [[at least 45 houses|housing;a=UN
    human rights office spokeswoman Ravina Shamdasani]] and [[34 vehicles|other;a=UN human
    rights office spokeswoman Ravina Shamdasani]].""",
)
item(
    "Pont-Sondé massacre: at least 70 dead as gang storms Artibonite town",
    """[[At least 70 people|killed]], among them [[10 women|killed]] and [[three
    babies|killed]], were killed when members of the Gran Grif gang stormed Pont-Sondé in the
    Artibonite valley before dawn on Thursday. [[More than 6,000 residents|displaced]] fled to
    the nearby town of Saint-Marc. The gang's leader said in a video that the attack was
    revenge for residents who had helped the police.""",
)

pair(
    "A08", "ministry / intelligence: the al-Ahli hospital blast toll from Gaza and from Washington"
)
item(
    "Gaza health ministry says 471 killed in al-Ahli hospital blast",
    """Gaza's health ministry said on Wednesday that [[471 people|killed;a=Gaza's health
    ministry]] were killed in the explosion at al-Ahli Arab hospital the night before, and
    [[342|injured;a=Gaza's health ministry]] injured. [[Hundreds of displaced
    people|displaced]] had been sheltering in the hospital courtyard. Palestinian officials
    blamed an Israeli airstrike; Israel said a misfired rocket was to blame.""",
)
item(
    "US intelligence puts al-Ahli hospital toll at 100 to 300",
    """US intelligence estimates that [[between 100 and 300 people|killed;a=US intelligence]]
    were killed in the blast at al-Ahli Arab hospital, at the low end of the range, an
    unclassified summary said, and assesses that a misfired Palestinian rocket caused it.
    French military intelligence put the toll at [[about 50|killed;a=French military
    intelligence]]. Neither estimate was supported by published evidence.""",
)

pair(
    "A09",
    "government / rights group: Belarus's post-election detentions by the ministry and by Viasna",
)
item(
    "Belarus interior ministry says 6,700 detained in election protests",
    """[[About 6,700 people|arrested;a=the Belarusian interior ministry]] have been detained in
    protests since the {{August 9}} presidential election, the Belarusian interior ministry
    said on Thursday, and [[more than 1,000|arrested;a=the Belarusian interior ministry]] have
    been released. The ministry said [[121 police officers|injured;a=The ministry;alt=the
    Belarusian interior ministry]] had been hurt.""",
)
item(
    "Viasna says at least 7,000 detained in Belarus, hundreds report torture",
    """The Viasna human rights centre said [[at least 7,000 people|arrested;a=The Viasna human
    rights centre]] have been detained since the disputed election, and that
    [[hundreds|arrested;a=The Viasna human rights centre]] released from the Okrestina
    detention centre described beatings. [[Two protesters|killed]] have died. Opposition
    candidate Sviatlana Tsikhanouskaya has left for Lithuania.""",
)

pair("A10", "quote / reporter: the Bokkos killings in a local chairman's words and the reporter's")
item(
    "'We have counted 79 bodies': Bokkos chairman after Christmas Eve attacks",
    """"So far we have counted [[79 bodies|killed;a=Monday Kassah]], and we are still searching
    the bush," Monday Kassah, the chairman of Bokkos local government area in Plateau State,
    told AFP on Monday. He said gunmen had attacked [[at least 20 villages|other;a=Monday
    Kassah]] at the same time on Saturday night. "[[More than 300 people|injured;a=Monday
    Kassah]] are in hospitals in Bokkos, Jos and Barkin Ladi," he said.""",
)
item(
    "Death toll from Plateau Christmas Eve attacks rises to 113",
    """The number of people killed in a wave of attacks on villages in Bokkos and Barkin Ladi
    on {{Christmas Eve}} has risen to [[113|killed]], as more bodies were found in the bush on
    Tuesday. [[About 10,000 people|displaced]] have fled to Bokkos town. Governor Caleb
    Mutfwang said security forces had been slow to respond.""",
)

pair("A11", "army / militants: the Jaffar Express siege as ISPR and the BLA each told it")
item(
    "Army says 33 militants killed, 346 hostages freed in Jaffar Express operation",
    """The military's media wing, ISPR, said on Wednesday that security forces had killed [[all
    33 militants|killed;a=The military's media wing;alt=ISPR]] who hijacked the Jaffar Express
    in Bolan Pass and freed [[346 hostages|kidnapped;a=The military's media wing;alt=ISPR]].
    [[Twenty-one passengers|killed;a=ISPR]] were killed by the attackers before the operation
    began, ISPR said, along with [[four soldiers|killed;a=ISPR]] of the Frontier Corps.""",
)
item(
    "BLA claims it killed 214 hostages in train siege",
    """The Balochistan Liberation Army said in a statement on Friday that it had killed [[214
    hostages|killed;a=The Balochistan Liberation Army]], most of them off-duty soldiers, after
    the government refused to swap them for jailed Baloch fighters. The group said it had held
    [[more than 400 passengers|kidnapped;a=The group;alt=The Balochistan Liberation Army]] at
    the start of the siege. Pakistan's army called the claim propaganda.""",
)

pair(
    "A12",
    "police / rights groups: the Philippine drug war's dead by the police count and by activists",
)
item(
    "PNP says 6,252 killed in anti-drug operations under Duterte",
    """The Philippine National Police says [[6,252 drug suspects|killed;a=The Philippine
    National Police]] were killed in police operations between {{July 2016}} and {{May 2022}},
    all of them after resisting arrest. It says [[more than 300,000 people|arrested;a=The
    Philippine National Police]] were arrested. The International Criminal Court is
    investigating the killings.""",
)
item(
    "Rights groups say drug war may have killed as many as 30,000",
    """Human rights groups say [[as many as 30,000 people|killed;a=Human rights groups]] may
    have been killed in the drug war, counting those shot by unidentified gunmen. The
    Commission on Human Rights said it had investigated the deaths of [[more than 3,000
    people|killed;a=The Commission on Human Rights]], many of them described by witnesses as
    executions. Families of [[dozens of victims|killed]] have filed complaints with the ICC.""",
)
