"""Items of dev306: Zamfara, Katsina, Sokoto and Kebbi (bandit raids, abductions, camps)."""

from _wrap import item

item(
    "Gunmen kill dozens in Zamfara village raids",
    """Gunmen on motorcycles killed [[at least 38 people|killed;a=police]] in attacks on four
    villages in Kaura Namoda local government area, police said on Wednesday. Zamfara police
    spokesman Mohammed Shehu said [[about 300 bandits|combatants;a=Zamfara police spokesman
    Mohammed Shehu]] stormed the villages at around {{4pm}} on {{June 7}}, shooting at residents
    and setting homes ablaze. Residents said [[more than 60 houses|housing;a=Residents]] and
    [[dozens of granaries|housing;a=Residents;u=structure]] were burned. A hospital official told
    Reuters that [[eleven people|injured;a=A hospital official]] with gunshot wounds had been
    brought to the Federal Medical Centre in Gusau. Villagers said [[at least 15 women|kidnapped;
    a=Villagers]] were taken away on motorcycles. [[Thousands of residents|displaced]] have
    since fled to Kaura Namoda town. The local government chairman said [[some 2,400|displaced;
    a=The local government chairman;n=-]] had registered at a primary school by Thursday.""",
)

item(
    "Zamfara: 279 schoolgirls freed days after Jangebe abduction",
    """All [[279 schoolgirls|kidnapped;a=Governor Bello Matawalle]] abducted from the Government
    Girls Secondary School in Jangebe have been freed, Governor Bello Matawalle said on
    {{March 2, 2021}}. The girls, aged between {{10 and 17}}, were taken from their dormitories in the early hours of
    {{February 26}}. Officials had first put the number missing at [[317|missing;a=Officials;
    n=-]], but the governor said some girls had hidden in the bush and later returned to the
    school. Police said [[at least 200 troops and police officers|combatants;a=Police;n=troops
    and police officers]] had been deployed to the area. Parents said [[two dozen girls|injured;
    a=Parents]] were treated at a hospital in Talata Mafara for exhaustion and foot wounds. The school had [[421 students|civilians;a=the principal]] enrolled, the principal said. The school and [[ten other boarding schools|other]] in the state were shut indefinitely.""",
)

item(
    "Bandits abduct farmers in Maru as rainy season begins",
    """Armed men seized [[41 farmers|kidnapped;a=residents]] working their fields near Dansadau in
    Maru local government area, residents said. The bandits demanded {{N20 million}} for their
    release and a levy of {{N500,000}} from each village before planting could begin. "They came
    at {{7am}} on foot and on motorbikes, [[between 40 and 50|combatants;a=Abubakar Dansadau;n=-]] of them," said Abubakar Dansadau, a community leader. He said [[about 90 farming
    households|displaced;a=Abubakar Dansadau]] had already left for Gusau. The Zamfara State
    Emergency Management Agency said [[more than 12,000 people|displaced;a=The Zamfara State
    Emergency Management Agency]] had been displaced in the district since {{January}}. The
    agency said it had sent [[six trucks|aid;a=The agency;alt=The Zamfara State Emergency
    Management Agency]] of grain and mats to the camps.""",
)

item(
    "Airstrikes kill bandit leader's fighters in Zamfara forest, military says",
    """Nigerian Air Force jets killed [[more than 100 bandits|killed;a=the military]] in strikes
    on hideouts in the Sububu forest, the military said on {{Friday}}. Defence spokesman
    Major-General Edward Buba said the raids destroyed [[14 camps|other;a=Defence spokesman
    Major-General Edward Buba]] and [[dozens of motorcycles|other;a=Defence spokesman
    Major-General Edward Buba]] used by the group. Ground troops later rescued [[23 kidnapped
    victims|kidnapped]], among them [[nine children|kidnapped]]. Residents of nearby Shinkafi
    said [[at least seven civilians|killed;a=Residents]] had also died when a strike hit a
    market. The military did not comment on the claim. [[Two soldiers|injured;a=Buba]] were
    wounded in a gunfight after the strikes, Buba said.""",
)

item(
    "Katsina: gunmen kill worshippers at mosque in Malumfashi",
    """Gunmen killed [[at least 27 worshippers|killed;a=police]] during dawn prayers at a mosque in
    Mantau village in Malumfashi local government area, police said. Katsina police spokesman
    Abubakar Sadiq Aliyu said [[eight others|injured;a=Katsina police spokesman Abubakar Sadiq
    Aliyu]] were receiving treatment at the general hospital. The attackers also burned [[30
    homes|housing]] and drove off [[about 200 cattle|other]]. The attack came {{a week}} after
    villagers killed [[two bandits|killed]] in a clash over cattle.
    A resident said [[nearly 1,000 people|displaced;a=A resident]] had fled to Malumfashi town.
    The state government said it would send [[250 more police officers|combatants;a=The state
    government;p]] to the area.""",
)

item(
    "Katsina students freed after week in captivity",
    """Security forces have freed [[344 schoolboys|kidnapped;a=Katsina Governor Aminu Bello Masari]]
    abducted from the Government Science Secondary School in Kankara, Katsina Governor Aminu
    Bello Masari said on {{December 17, 2020}}. Gunmen had stormed the boarding school late on
    {{December 11}}, when [[more than 800 students|civilians;a=the governor;alt=Katsina Governor Aminu Bello Masari]] were enrolled,
    the governor said. Many escaped into the bush, and [[more than 100|returned;a=the school principal;n=-]] had made their way home by the next morning, the school principal said. Masari said [[17 boys|missing;a=Masari]]
    were still unaccounted for and search teams were combing the forest. The boys were flown by
    helicopter to Katsina, where [[about 30|injured;n=-]] were treated for exhaustion and
    injuries from beatings. Police said [[three suspects|arrested;a=Police]] had been detained
    over the raid.""",
)

item(
    "Sokoto villages emptied as Lakurawa fighters extend reach",
    """Fighters of the Lakurawa group have driven [[thousands of villagers|displaced;a=officials]] from their
    homes in Tangaza and Gudu local government areas of Sokoto State, officials said. The
    Sokoto State Emergency Management Agency said [[about 7,500 people|displaced;a=The Sokoto
    State Emergency Management Agency]] were sheltering in [[five camps|capacity;a=The Sokoto
    State Emergency Management Agency]] in Tangaza town. Residents said the group killed [[15
    people|killed;a=Residents]] in Mera village in {{November 2024}} and seized [[hundreds of
    cattle|other;a=Residents]]. The army said troops killed [[22 Lakurawa fighters|killed;a=The
    army]] in a raid near the border with Niger. [[Eighteen suspected collaborators|arrested]]
    were detained in the operation. The agency said [[some 40,000 people|civilians;a=The
    agency;alt=The Sokoto State Emergency Management Agency]] across the two areas needed food
    aid.""",
)

item(
    "Zamfara camp swells as Tsafe attacks continue",
    """The Government Girls Secondary School in Tsafe, turned into a displacement camp, now hosts
    [[more than 4,800 people|displaced;a=camp officials]], camp officials said. The school was
    built for [[600 boarding students|capacity]]. Most arrived after bandits attacked [[at least
    nine villages|other]] in the district over {{two weeks}}. Camp chairman Sani Yusuf said [[62
    pregnant women|civilians;a=Camp chairman Sani Yusuf]] were among the displaced. "We have
    [[12 latrines|other;a=Camp chairman Sani Yusuf]] for all these people," he said. A UNICEF team
    distributed [[1,200 hygiene kits|aid]] and [[400 mosquito nets|aid;u=other]] last week. The
    state government says it will move [[about 300 families|displaced;a=The state government;p]]
    to a new site near Gusau.""",
)

item(
    "Katsina vigilantes killed in ambush near Faskari",
    """Bandits killed [[16 members|killed;a=a council official]] of the state-backed Katsina
    Community Watch Corps in an ambush near Faskari, a council official said. [[Five others|
    injured;a=the official;alt=a council official]] were wounded and [[two|missing;a=the
    official;alt=a council official;n=-]] are missing, the official said. The corps, set up in
    {{2023}}, has [[about 1,500 members|combatants]] across the state's frontline council areas.
    Police said they had arrested [[four men|arrested;a=Police]] suspected of tipping off the
    attackers. The ambush was the {{third}} on the corps this month. Residents said [[around 20
    cars|other;a=Residents]] on the Faskari-Sheme road were burned.""",
)

item(
    "Rescued captives reunited with families in Gusau",
    """[[Fifty-three people|kidnapped;a=the police in Zamfara]] abducted from Gidan Goga village have been
    rescued, the police in Zamfara said on {{Sunday}}. They included [[31 women|kidnapped]] and
    [[14 children|kidnapped]], {{some as young as three}}. The police said [[two suspected
    kidnappers|killed;a=The police]] were killed and [[five|arrested;a=The police;n=-]] were
    arrested during the operation. Relatives said they had paid {{N35 million}} before the
    rescue. The victims spent {{47 days}} in a forest camp. [[Six of the captives|killed;a=the
    relatives;n=captives]] died in captivity, the relatives said.""",
)

item(
    "Kebbi: gunmen abduct schoolgirls in Maga",
    """Gunmen stormed the Government Girls Comprehensive Secondary School in Maga, Kebbi State, at
    about {{4am}} and abducted [[25 schoolgirls|kidnapped;a=police]], police said. The school's
    vice-principal was killed and a security guard was wounded. Kebbi police spokesman Nafiu
    Abubakar said [[at least 50 armed men|combatants;a=Kebbi police spokesman Nafiu Abubakar]]
    took part in the raid. The school had [[about 350 students|civilians]] in its dormitories.
    Abubakar said [[one girl|kidnapped;a=Abubakar]] escaped and walked back to the school. Troops
    and [[two helicopters|other]] were searching the forest. The state government closed [[all
    42 boarding schools|other;n=schools;u=structure]] in Kebbi as a precaution.""",
)

item(
    "Zamfara returns first families to Bukkuyum villages",
    """The Zamfara government has returned [[1,150 displaced households|returned;a=The Zamfara
    government]] to villages in Bukkuyum local government area, it said on {{Monday}}. Each
    family received {{a 50kg}} bag of rice and {{N50,000}} in cash, and [[about 600 households|aid]] were given seed and fertiliser. Officials said [[about
    8,000 people|returned;a=Officials]] had gone back since troops cleared the area in {{May}}.
    [[Another 4,000 households|returned;a=the state government;p]] are to return by the end of
    the year, the state government said. Returnees said [[more than 150 homes|housing;a=Returnees]] in Adabka were still roofless. A local leader said
    [[nine returnees|killed;a=A local leader]] were killed by bandits on their farms last
    month.""",
)

item(
    "Katsina: bandits seize passengers on Funtua road",
    """Gunmen blocked the Funtua-Gusau road and abducted [[about 40 passengers|kidnapped;a=a
    police source]] from [[six vehicles|other;a=a police source]], a police source said. The
    attack took place at around {{8pm}} about {{10km}} from Funtua. [[Three drivers|killed]]
    were shot dead when they tried to escape. Police said [[12 passengers|kidnapped;a=Police]]
    were later rescued by a joint patrol. [[Seven|injured;n=-]] were taken to hospital in
    Funtua. The road is used by [[hundreds of trucks|other]] daily to move grain south.""",
)

item(
    "Amnesty: bandits killed hundreds in Zamfara in six months",
    """Bandits killed [[at least 412 people|killed;a=Amnesty International]] in Zamfara between
    {{January and June 2025}}, Amnesty International said in a report. The rights group said
    [[more than 1,100 people|kidnapped;a=The rights group;alt=Amnesty International]] were
    abducted over the same period. It said [[at least 180 villages|other;a=Amnesty International]] had been
    attacked and [[dozens|housing;a=Amnesty International;n=-;u=other]] burned to the ground. Amnesty said
    [[an estimated 210,000 people|displaced;a=Amnesty]] were displaced in the state. The report
    was based on interviews with [[86 survivors|other]]. The government disputed the
    figures.""",
)

item(
    "Sokoto: troops kill bandits, free hostages near Isa",
    """Troops of the {{8 Division}} killed [[17 bandits|killed;a=the army]] and rescued [[35
    kidnapped residents|kidnapped;a=the army]] near Isa in eastern Sokoto, the army said. The
    army said [[four soldiers|injured;a=The army]] were wounded. The operation targeted a camp
    linked to Bello Turji, whose fighters number [[between 500 and 700|combatants;a=security
    analysts;n=-]], security analysts estimate. The troops seized [[22 assault rifles|other]] and
    [[1,400 rounds|other]] of ammunition. [[Nine suspected informants|arrested]] were detained.
    The rescued residents had been held for {{up to four months}}.""",
)

item(
    "Zamfara assembly passes security-heavy budget",
    """The Zamfara State House of Assembly passed a {{N545 billion}} budget for the {{2025 fiscal
    year}}, with {{N38 billion}} set aside for security. Lawmakers raised the allocation for the
    Community Protection Guards by {{40 per cent}}. The budget was signed on {{December 30,
    2024}}, {{two days}} after it was passed. The finance commissioner said capital spending
    would take {{64%}} of the total. The {{2024}} budget was {{N430 billion}}.""",
)

item(
    "Kankara abduction: court sets date for trial of suspects",
    """A Federal High Court in Katsina adjourned the trial of suspects in the {{2020}} Kankara
    school abduction to {{March 12, 2026}}. The case, filed under {{Section 17}} of the
    Terrorism (Prevention and Prohibition) Act, {{2022}}, was first heard in {{2021}}. The judge
    ordered the prosecution to file its witness list within {{14 days}}. The defence asked for
    bail of {{N10 million}} each. The hearing lasted {{about two hours}} and ended at {{1pm}}.""",
)
