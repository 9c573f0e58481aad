"""dev358 items: Balochistan, the BLA's attacks on trains, buses, soldiers and Chinese workers."""

from _wrap import item

item(
    "Jaffar Express siege ends: army says hundreds of passengers freed",
    """The army said on {{Wednesday}} it had ended the siege of the Jaffar Express in the Bolan
    Pass, {{30 hours}} after separatists blew up the track and stopped the Peshawar-bound train
    in a tunnel near Mashkaf. The ISPR said troops had freed
    [[346 passengers|kidnapped;a=The ISPR]] and killed [[all 33 militants|killed;a=The ISPR]] who
    had held them. [[Twenty-one passengers|killed;a=the military's spokesman]] and
    [[four Frontier Corps soldiers|killed;a=the military's spokesman]] were killed before and
    during the rescue, the military's spokesman told a news conference in Rawalpindi. Railway
    officials said [[about 440 passengers|civilians;a=Railway officials]] had been on board the
    train's [[nine coaches|other;u=other;n=coaches]] when it left Quetta. The Baloch
    Liberation Army, which claimed the hijacking, said it had been holding
    [[214 hostages|kidnapped;a=The Baloch Liberation Army]], most of them off-duty soldiers, a
    figure the army dismissed. [[Dozens of wounded passengers|injured]] were taken to hospitals in
    Quetta and Mach.""",
)

item(
    "Families of Jaffar Express passengers wait in Quetta for news",
    """At Quetta railway station, relatives of passengers of the hijacked Jaffar Express waited on
    {{Thursday}} for a special train bringing survivors from Mach. Railway officials said
    [[about 200 freed passengers|displaced;a=Railway officials]] had been sheltered overnight in a
    school in Mach before the journey. [[Eighteen coffins|killed;u=person;n=coffins]] were
    unloaded at the station in the afternoon, and the provincial government said the bodies of
    [[five passengers|killed;a=the provincial government]] had yet to be identified. The
    government listed [[37 passengers|missing;a=The government]] as unaccounted for; some are
    thought to have fled into the hills when the shooting began. A woman who had travelled with
    her {{six-year-old}} daughter said gunmen had separated the men by the papers they carried.
    [[Twelve of the wounded|injured;a=doctors]] remained in hospital in Quetta, doctors
    said. Pakistan Railways suspended all trains to and from Quetta for {{at least a week}}, leaving
    [[some 1,500 travellers|displaced;a=Pakistan Railways]] stranded, it said.""",
)

item(
    "Quetta railway station blast kills soldiers and passengers",
    """A suicide bomber blew himself up on a crowded platform at Quetta railway station on
    {{Saturday}} morning as the Jaffar Express prepared to leave for Peshawar, killing
    [[at least 26 people|killed;a=officials]], officials said. [[Fourteen|killed;a=officials]] of
    the dead were soldiers returning from a course, officials said. The provincial health
    department said [[62 people|injured;a=The provincial health department]] had been admitted to
    the Civil Hospital and the Combined Military Hospital, [[eight of them|injured;a=The provincial
    health department;n=-]] in a critical state. The Balochistan government declared
    {{three days}} of mourning. The BLA's Majeed Brigade claimed the attack. Police said
    [[about 100 people|civilians;a=Police]] had been on the platform when the bomber struck at
    {{8.25am}}. Police detained [[three railway porters|arrested;a=Police]] for questioning.""",
)

item(
    "Gunmen kill bus passengers in Musakhel as BLA launches coordinated attacks",
    """Gunmen blocked the highway in Musakhel district overnight, forced passengers off buses and
    trucks, checked their identity cards and shot dead [[23 men|killed;a=the deputy
    commissioner]] from Punjab, the deputy commissioner said. They then set fire to
    [[35 vehicles|other;a=the deputy commissioner]], he said. The killings were part of attacks across
    [[at least 10 districts|other;u=other]] claimed by the Baloch Liberation Army, which also blew
    up a railway bridge at Kolpur and stormed a camp in Bela. The ISPR said
    [[14 soldiers and police|killed;a=The ISPR;n=soldiers and police]] had been killed and that
    troops had killed [[21 militants|killed;a=The ISPR]] in response. Hospitals in Quetta said they
    were treating [[more than 40 people|injured;a=Hospitals in Quetta]]. Police said
    [[several hundred travellers|displaced;a=Police]] had spent the night stranded at checkpoints
    on the {{N-70}} highway, and [[over 60 suspects|arrested;a=Police]] were detained the next day.""",
)

item(
    "Noshki convoy attack: army and BLA give conflicting tolls",
    """A suicide car bomber and gunmen attacked a convoy of buses carrying Frontier Corps personnel
    on the Quetta-Taftan highway near Noshki on {{Sunday}}. The ISPR said
    [[five people|killed;a=The ISPR]], among them [[three soldiers|killed;a=The ISPR]], were
    killed and [[35 injured|injured;a=The ISPR;n=-]], and that [[four attackers|killed;a=The
    ISPR]] died. The BLA said it had killed [[90 soldiers|killed;a=The BLA]], a claim for which it
    gave no evidence. The convoy was made up of [[eight buses|other;a=police]] and
    [[two cars|other;a=police]], police said. Hospital officials in Noshki said
    [[about 30 of the wounded|injured;a=Hospital officials in Noshki;n=wounded]] had been moved
    to Quetta. Authorities suspended mobile internet in the district for {{48 hours}}.""",
)

item(
    "Two Chinese engineers killed in bombing near Karachi airport",
    """A bomb hidden in a vehicle exploded beside a convoy carrying Chinese engineers outside
    Karachi's Jinnah International Airport late on {{Sunday}}, killing
    [[two Chinese nationals|killed;a=Pakistan's foreign ministry]], Pakistan's foreign ministry
    said. The engineers worked on the Port Qasim power plant and had just landed from Bangkok.
    Sindh's home minister said [[10 people|injured;a=Sindh's home minister]], among them
    [[one Chinese national|injured;a=Sindh's home minister]], were wounded, and
    [[seven vehicles|other;a=Sindh's home minister]] caught fire. The Baloch Liberation Army's
    Majeed Brigade claimed the attack, saying its bomber had targeted "a high-level convoy".
    Police later arrested [[three suspects|arrested]], among them a man who had rented a flat
    near the airport road. China's embassy said [[some 20,000 Chinese citizens|civilians;a=China's
    embassy]] living in Pakistan should limit their movements.""",
)

item(
    "Confucius Institute bombing: three Chinese teachers among four dead",
    """A woman suicide bomber blew herself up beside a van at the entrance of the Confucius
    Institute at Karachi University on {{Tuesday}}, killing [[three Chinese
    teachers|killed;a=police]] and their Pakistani driver, police said. [[Four other
    people|injured;a=police]], among them a security guard, were wounded, police said. The
    bomber, a {{30-year-old}} science teacher and mother of two from Turbat, was the first woman
    to carry out such an attack for the BLA. [[About 40 Chinese staff|displaced;a=the university]] were moved to a hotel inside the
    cantonment, the university said. The university suspended classes for
    [[about 2,000 students|other;a=The university]] of Chinese, it said. Counter-terrorism police
    said over the following {{two months}} they had arrested [[six people|arrested;a=Counter-terrorism
    police]] they accused of helping to plan the attack, and killed
    [[two suspects|killed;a=Counter-terrorism police]] in a shootout in Lyari.""",
)

item(
    "Commission says thousands of enforced disappearance cases remain open",
    """Pakistan's Commission of Inquiry on Enforced Disappearances said it had received
    [[10,592 cases|missing;a=Pakistan's Commission of Inquiry on Enforced Disappearances;n=cases;u=person]]
    since it was set up in {{2011}}, and that [[2,210|missing;a=Pakistan's Commission of Inquiry on Enforced Disappearances]] of the people named in them
    were still untraced at the end of {{2024}}. Balochistan accounted for
    [[about 2,800 cases|missing;a=the commission;alt=Pakistan's Commission of Inquiry on Enforced Disappearances;n=cases;u=person]], the commission said. The
    Voice for Baloch Missing Persons, which has held a protest camp outside the Quetta Press
    Club for {{more than 5,000 days}}, puts the number of missing Baloch far higher, at
    [[over 6,000|missing;a=The Voice for Baloch Missing Persons]]. The Human Rights Commission of
    Pakistan (HRCP) said in its annual report that [[at least 379 people|missing;a=The Human
    Rights Commission of Pakistan (HRCP)]] had gone missing in Balochistan during the year. The
    commission noted that [[dozens of them|returned;a=The commission;alt=The Human Rights
    Commission of Pakistan (HRCP);n=-]] had come home after weeks or months in unacknowledged
    detention.""",
)

item(
    "Baloch marchers detained in Islamabad released after court order",
    """Police in Islamabad released [[more than 200 Baloch protesters|arrested;a=Police in
    Islamabad]] on {{Friday}}, hours after the high court ordered them freed, a lawyer for the
    Baloch Yakjehti Committee said. The marchers, among them [[dozens of women|arrested]], had
    walked {{about 1,600 km}} from Turbat to protest against enforced disappearances and
    were detained as they reached the capital. [[Between 150 and 200 students|other;a=organisers]] from Quetta had
    joined them on the way, organisers said. Organisers said [[34 protesters|missing;a=Organisers]]
    were still unaccounted for. Police said [[about 50|injured;a=Police]] had been treated after
    officers used water cannon in the cold to disperse the sit-in. The committee's leader,
    Mahrang Baloch, said [[over 3,000 people|other;a=Mahrang Baloch]] would stay outside the
    National Press Club until every detainee was freed.""",
)

item(
    "Kalat ambush kills Frontier Corps soldiers",
    """Militants ambushed a Frontier Corps convoy near Mangochar in Kalat district on
    {{Saturday night}}, killing [[18 soldiers|killed;a=the military]], the military said in a
    statement. Troops killed [[12 of the attackers|killed;a=the military;n=attackers]] in the
    gunfight that followed, it said. Local officials said
    [[around 70 militants|combatants;a=Local officials]] had taken part, some of them on
    motorcycles, and that they had blocked the Quetta-Karachi highway for {{several hours}}.
    [[Three trucks|other]] and a passenger coach were set
    on fire. The provincial home department said [[1,200 more Levies and police
    personnel|combatants;p;a=The provincial home department]] would be deployed on the highway,
    the main road link between Quetta and the port city.""",
)

item(
    "Labourers from Punjab shot dead in Kech district",
    """Gunmen on motorcycles raided a house under construction in the Turbat area of Kech district
    before dawn on {{Saturday}} and shot dead [[seven labourers|killed;a=police]] from southern
    Punjab as they slept, police said. [[One more worker|injured;a=police]], a {{16-year-old}}, was
    wounded, police said. It was the latest of a series of attacks on workers from Punjab: the
    Human Rights Commission of Pakistan counted [[at least 45 labourers|killed;a=the Human Rights
    Commission of Pakistan]] killed in Balochistan in the year to {{October}}. The construction
    contractor said [[about 60 other workers|displaced;a=The construction contractor]] had since
    left Turbat for Karachi. Police said they had detained [[12 suspects|arrested;a=Police]] in
    Turbat and Buleda. The Balochistan Liberation Front claimed the killings.""",
)

item(
    "Gwadar Port Authority complex attack repelled, army says",
    """[[Eight gunmen|killed;a=the ISPR]] who tried to storm the Gwadar Port Authority complex on
    {{Wednesday}} were killed in an exchange of fire with security guards and soldiers, the ISPR
    said. [[Two soldiers|killed]] died. The complex houses the offices of the port's
    Chinese operator, where [[about 400 Chinese and Pakistani staff|civilians;a=officials;n=staff]]
    work, officials said. None of the Chinese staff was hurt. Police said
    [[five of the attackers|other;a=Police;n=attackers]] had arrived in a car loaded with
    explosives that failed to go off, and that [[13 rifles|other;a=Police]],
    [[dozens of hand grenades|other;a=Police]] and [[four suicide vests|other;a=Police;u=other]]
    were found on the bodies. The port was closed for {{two days}}.""",
)

item(
    "Bus passengers taken off and killed on Zhob highway",
    """Gunmen stopped [[two buses|other;a=the assistant commissioner]] on the highway near Zhob on
    {{Thursday}} evening and took [[nine passengers|kidnapped;a=the assistant commissioner]] off
    after checking their identity cards, the assistant commissioner said. The bodies of the
    [[nine men|killed;a=Levies officials]], all from Punjab, were found in the hills the next
    morning, Levies officials said. [[About 45 other passengers|civilians;a=police]] were allowed
    to continue their journey, police said. The killings prompted the provincial government to
    ban night travel on [[three highways|other;u=other]] and to deploy
    [[some 600 Levies personnel|combatants;a=the provincial government]] on them.""",
)

item(
    "Frontier Corps camps in Panjgur and Noshki attacked",
    """Militants attacked Frontier Corps camps in Panjgur and Noshki on {{Wednesday night}}, and the
    fighting in Panjgur continued into {{Friday}}. The interior minister said
    [[nine soldiers|killed;a=The interior minister]] had been killed and that
    [[20 militants|killed;a=The interior minister]] were dead, [[15 of them|killed;a=The interior
    minister;n=-]] in Panjgur. [[Four attackers|arrested]] were captured alive. The BLA said
    [[dozens of its fighters|combatants;a=The BLA]] had taken part and that it had held parts of
    the Panjgur camp for {{three days}}. Hospitals in Turbat said [[11 soldiers|injured;a=Hospitals in
    Turbat]] were being treated there. Residents of the town said
    [[about 200 families|displaced;a=Residents of the town]] living near the camp had moved to
    relatives in other parts of Panjgur.""",
)

item(
    "Special Security Division adds troops to protect Chinese workers",
    """The army's Special Security Division, set up to protect projects of the China-Pakistan
    Economic Corridor, now has [[about 15,000 troops|combatants;a=officials]], officials said, and a
    second division is being raised with [[a further 9,000|combatants;p;a=officials]]. The interior
    ministry said [[some 2,500 Chinese nationals|civilians;a=The interior ministry]] work on
    projects in Balochistan alone, and that [[more than 7,000 police|combatants;a=The interior
    ministry;n=police]] in Sindh had been assigned to protect Chinese citizens. Chinese companies
    have also been told to move staff only in bulletproof vehicles; the ministry said it had
    supplied [[120 such vehicles|other;a=the ministry;alt=The interior ministry]] and was buying
    [[80 more|other;p;a=the ministry;alt=The interior
    ministry;n=-;u=other]]. China has pressed for its own security firms to be allowed
    to work in the country, which Islamabad has so far resisted.""",
)

item(
    "Jaffar Express to resume with armed escort",
    """Pakistan Railways said the Jaffar Express would resume its run between Quetta and Peshawar
    on {{April 1}}, {{20 days}} after the hijacking in the Bolan Pass. The train will leave Quetta
    at {{9am}} and cover the {{1,632 km}} to Peshawar in about {{34 hours}}, {{four hours}} longer
    than before, because it will not run through the Bolan section after dark. Fares will rise by
    {{8 per cent}} to pay for security, the railways said. Repairs to the track and the tunnel
    near Mashkaf cost {{Rs 180 million}}. The service was first suspended in {{2024}} after the
    bombing of a railway bridge at Kolpur.""",
)

item(
    "Reko Diq financing deal signed despite security concerns",
    """The owners of the Reko Diq copper and gold project in Chagai district signed financing
    agreements worth {{$2.6 billion}} on {{Monday}}, a step towards first production in
    {{2028}}. Barrick holds {{50 per cent}} of the project, with the rest split between the
    federal government and Balochistan, whose share is {{25 per cent}}. The mine is expected to run for {{37 years}}, with a second phase from {{2034}}. Lenders asked for a
    security plan covering the road and rail route of more than {{1,300 km}} to Port Qasim, a
    stretch where separatist attacks have risen since {{2023}}. The provincial government said
    royalties could reach {{$300 million}} a year by the {{2030s}}.""",
)
