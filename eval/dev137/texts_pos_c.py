"""dev137 positives, South Asia (1 of 2): Pakistan, India, Bangladesh (eval/README.md, 1)."""


def _t(s: str) -> str:
    """One paragraph: the wrapped lines below joined by single spaces."""
    return " ".join(s.split())


# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Six policemen martyred as militants storm police post in DI Khan",
        _t("""
        Six policemen were martyred and four others injured when dozens of militants armed with
        heavy weapons attacked a police post in the Chodhwan area of Dera Ismail Khan late on
        Sunday night, police said. According to the district police officer, the attackers opened
        fire from three sides and used hand grenades and rocket launchers, and the exchange of fire
        continued for more than two hours. Reinforcements were sent from the Daraban police
        station, after which the militants fled towards the mountains, he said. A spokesman for the
        banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the attack in a
        statement sent to journalists. The funeral prayers of the slain policemen were offered at
        the police lines on Monday and were attended by the inspector general of police and the
        corps commander. Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur condemned the attack
        and said that 'the sacrifices of our brave police will not go in vain'. Dera Ismail Khan
        and the adjoining districts of the southern part of the province have seen a sharp rise in
        attacks on police since the TTP ended its ceasefire with the government in November 2022. A
        search operation was launched in the area, police said.
        """),
        "B E T",
        "militant attack",
    ),
    (
        "Gunmen offload passengers from buses in Musakhel, kill 23 after checking identity cards",
        _t("""
        At least 23 people were killed when armed men blocked a highway in Balochistan's Musakhel
        district early on Monday, offloaded passengers from buses and trucks and shot them after
        checking their identity cards, officials said. The assistant commissioner of Musakhel told
        Dawn that around 30 to 40 gunmen had set up a blockade on the inter-provincial highway in
        the Rarasham area, and that most of the victims were from Punjab. The attackers also set
        fire to at least 35 vehicles, including trucks loaded with goods. The banned Baloch
        Liberation Army claimed responsibility, describing the killings as part of a coordinated
        operation it had launched across the province overnight, in which attacks were also
        reported in Bolan, Kalat and Gwadar. In Kalat, militants attacked a Levies post, killing
        four personnel and several civilians, officials said. Prime Minister Shehbaz Sharif
        condemned the 'terrorist attacks' and directed the security forces to bring the
        perpetrators to justice, while the Inter-Services Public Relations said 14 soldiers and
        policemen had been martyred and 21 terrorists killed in clearance operations. Traffic on
        the national highways linking Balochistan to Punjab and Sindh remained suspended for the
        day. The Punjab chief minister announced that the bodies of the victims would be brought
        back by air.
        """),
        "V T B M",
        "massacre",
    ),
    (
        "Death toll from suicide bombing at JUI-F workers' convention in Bajaur rises to 54",
        _t("""
        The death toll from Sunday's suicide bombing at a workers' convention of the Jamiat
        Ulema-i-Islam-Fazl (JUI-F) in Bajaur's Khar tehsil rose to 54 on Monday, as several of the
        critically injured succumbed to their wounds at hospitals in Peshawar, officials said. More
        than 200 people were injured in the blast, which took place as party leaders were
        addressing several hundred workers under a tent at a market near the Khar bypass. The
        provincial police's Counter-Terrorism Department said the bomber had detonated about 10
        kilograms of explosives strapped to his body near the stage, and that initial
        investigations pointed to the local chapter of the militant Islamic State group, known as
        IS-K. The group later claimed responsibility through its Amaq news agency. 'There were
        bodies everywhere, and people were carrying the wounded on their shoulders to the road
        because there were not enough ambulances,' said a party worker who was sitting at the back
        of the tent. JUI-F chief Maulana Fazlur Rehman, whose party is part of the ruling
        coalition, demanded that the government protect political workers ahead of the general
        elections. The provincial government announced compensation for the families of those
        killed and a day of mourning across the province. Children were among the dead, the
        district health officer said, and blood donors queued outside the district headquarters
        hospital through the night.
        """),
        "E T V",
        "suicide bombing",
    ),
    (
        "Kurram convoy attack: death toll climbs to 42 as tribal clashes erupt, roads remain closed",
        _t("""
        The death toll from Thursday's attack on a convoy of passenger vehicles in Lower Kurram rose
        to 42 on Friday, while fresh clashes between rival tribes in the Bagan and Bacha Kot areas
        killed at least 10 more people overnight, officials said. Gunmen had opened fire on around
        200 vehicles travelling under police escort from Parachinar to Peshawar near the Mandori
        area, killing men, women and children, the deputy commissioner said. Following the attack,
        armed men from both sides took up positions in several villages and exchanged fire with
        heavy weapons, and shops and houses in the Bagan bazaar were set on fire, residents said.
        The main Thall-Parachinar road, the only link between Upper Kurram and the rest of the
        country, has remained closed since the attack, and traders in Parachinar said stocks of
        flour, fuel and medicines were running out. 'Children's medicines are finished in the
        pharmacies, and patients who need dialysis cannot be taken to Peshawar,' said a doctor at
        the District Headquarters Hospital Parachinar. The Khyber Pakhtunkhwa government sent a
        delegation of ministers and a grand jirga to the district to negotiate a ceasefire, and
        mobile internet was suspended. Several hundred families from the villages near the front
        line have moved to relatives' homes in Hangu and Kohat, local elders said. The provincial
        government said it would airlift essential medicines to Parachinar by helicopter.
        """),
        "V B H D",
        "sectarian clashes",
    ),
    (
        "Manipur: houses torched in Jiribam, hundreds move to relief camps after fresh violence",
        _t("""
        Armed miscreants set fire to at least 20 houses in two villages of Manipur's Jiribam
        district on Saturday night, prompting hundreds of residents to flee to relief camps, police
        said. The attack on the Borobekra area came a day after a 35-year-old woman was killed and
        her body set on fire in Zairawn village, in an incident that her family and Hmar civil
        society groups blamed on armed Meitei groups. Police sources said armed men fired several
        rounds and torched houses before security forces reached the spot, and that exchanges of
        fire between armed groups on the hills around the village continued until early morning.
        'We left with only the clothes we were wearing,' said a farmer who reached a relief camp at
        the Jiribam higher secondary school with his family. District officials said 1,200 people
        had been accommodated in seven relief camps, and additional companies of the Central
        Reserve Police Force (CRPF) and the Assam Rifles were rushed to the district. Prohibitory
        orders under Section 163 of the Bharatiya Nagarik Suraksha Sanhita were imposed across
        Jiribam. The district, which borders Assam, had largely been spared during the first year
        of the ethnic conflict between the Meitei and Kuki-Zo communities that began in May 2023,
        in which more than 220 people have been killed and about 60,000 displaced. Chief Minister
        N. Biren Singh said the State government would not tolerate 'any attempt to disturb peace'
        and appealed to all communities to exercise restraint.
        """),
        "V D B",
        "communal violence",
    ),
    (
        "Two soldiers, five militants killed in twin encounters in J&K's Kulgam",
        _t("""
        Two Army soldiers were killed and five militants shot dead in two separate encounters in
        Jammu and Kashmir's Kulgam district that continued through Saturday night, officials said
        on Sunday. The gunfights broke out after security forces launched a cordon-and-search
        operation in the Modergam and Frisal Chinnigam villages on specific inputs about the
        presence of militants, police said. A para commando and a soldier of the Rashtriya Rifles
        succumbed to their injuries at the Army's base hospital in Srinagar. 'Both operations have
        concluded, and the bodies of five terrorists have been recovered along with arms and
        ammunition,' the Inspector-General of Police (Kashmir) told reporters in Kulgam, adding
        that they belonged to the Hizbul Mujahideen. Two residential houses in Chinnigam were
        damaged in the exchange of fire. Mobile internet services were snapped in the district as a
        precautionary measure, while traffic on the Jammu-Srinagar highway was unaffected. The
        encounters took place weeks after the Amarnath Yatra concluded and ahead of the Assembly
        elections, the first in the Union Territory in a decade. Former Chief Minister Mehbooba
        Mufti said the families of the slain militants should be allowed to perform their last
        rites.
        """),
        "B M",
        "encounter",
    ),
    (
        "Maoists blow up DRG vehicle in Bijapur, killing eight jawans and their driver",
        _t("""
        Eight personnel of the District Reserve Guard (DRG) and a civilian driver were killed when
        Maoists triggered an improvised explosive device (IED) under their vehicle on a road in
        Chhattisgarh's Bijapur district on Monday afternoon, police said. The jawans were
        returning in a sports utility vehicle from a joint anti-Maoist operation in the Abujhmarh
        area when the explosion hit the vehicle near Ambeli village at around 2.15 p.m., the
        Inspector-General of Police for the Bastar range told reporters. The blast left a crater
        nearly eight feet deep on the road, and parts of the vehicle were found hanging from trees
        nearby. The police suspect the IED, estimated to contain 60-70 kg of explosives, had been
        planted several weeks earlier under the road. Chief Minister Vishnu Deo Sai said the
        'sacrifice of the jawans will not go in vain' and that the fight against Naxalism would
        continue until its end. Union Home Minister Amit Shah, who has set March 2026 as the
        deadline to eliminate left-wing extremism from the country, said the government was
        determined to meet it. The attack was the deadliest on security forces in Chhattisgarh in
        two years.
        """),
        "E",
        "IED attack",
    ),
    (
        "31 Maoists killed in encounter in Bijapur's National Park area; two jawans dead",
        _t("""
        Security forces killed 31 Maoists in a day-long encounter in the forests of the Indravati
        National Park area in Chhattisgarh's Bijapur district on Sunday, in one of the biggest such
        operations in the State, the police said. Two jawans, one each from the District Reserve
        Guard and the Special Task Force, were killed and two others injured in the gunfight, which
        began in the morning and continued intermittently till late afternoon, the Bastar police
        said. Around 650 personnel of the DRG, the STF and the Commando Battalion for Resolute
        Action (CoBRA) had been deployed for the operation on intelligence about the presence of
        senior cadres of the Maoists' West Bastar Division. Automatic weapons, including an INSAS
        rifle and an AK-47, barrel grenade launchers and explosives were recovered from the spot,
        police said. The bodies were being brought to Bijapur by tractor and helicopter. With
        this, 81 Maoists have been killed in encounters in the Bastar region since January 1,
        according to police data. Human rights activists in Bastar have repeatedly raised concerns
        that villagers are sometimes counted among the Maoists killed in such operations, a claim
        the police deny.
        """),
        "M B",
        "security operation",
    ),
    (
        "Curfew imposed, army deployed as death toll in quota protests climbs",
        _t("""
        The government imposed a nationwide curfew from midnight and deployed the army to assist
        the civil administration, as clashes between quota reform protesters and law enforcers left
        at least 39 people dead across the country on Friday, according to hospital sources and The
        Daily Star's correspondents. In Dhaka, police and members of the Border Guard Bangladesh
        fired tear gas shells, rubber bullets and live rounds to disperse protesters who had
        blocked roads in Rampura, Badda, Mohammadpur and Jatrabari, witnesses said. Protesters set
        fire to several police boxes and vehicles and to the Bangladesh Television building in
        Rampura, where dozens of employees were trapped for hours before being rescued. Mobile
        internet remained suspended for a second day, and train services between Dhaka and the rest
        of the country were halted. At Dhaka Medical College Hospital, doctors said they had
        received more than 100 injured people, many with gunshot wounds. 'My son went out to buy
        medicine, and he was shot in the head near the Mohammadpur Bus Stand,' said the father of a
        17-year-old student, sitting outside the morgue. Obaidul Quader, general secretary of the
        ruling Awami League, blamed 'opposition terrorists' for the violence, while the protesters'
        platform, Students Against Discrimination, announced a complete shutdown for Saturday. The
        Appellate Division of the Supreme Court is scheduled to hear the government's appeal
        against the High Court verdict on the quota system on Sunday.
        """),
        "U",
        "protest crackdown",
    ),
]
