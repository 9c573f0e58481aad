"""Negatives of eval/dev61: crime, police encounters, feuds, trials (README.md)."""

NEGATIVES = [
    (
        "Wanted gangster killed in encounter with STF in Meerut",
        (
            "A history-sheeter carrying a reward of Rs 1 lakh was killed in an encounter with the "
            "Uttar Pradesh Special Task Force in Meerut early on Monday, police said. The "
            "accused, wanted in over 20 cases of robbery, extortion and murder, opened fire when "
            "a team tried to stop his motorcycle and was injured in retaliatory firing, an "
            "officer said. He was declared dead at the district hospital, and a pistol and "
            "cartridges were recovered from the spot. A constable was also injured in the "
            "exchange of fire and was admitted to the district hospital. The Superintendent of "
            "Police said the accused had been on the run since he jumped parole last year, and "
            "had been named in a murder in Muzaffarnagar in March. His family alleged that the "
            "encounter was fake and said they would move the court."
        ),
        "crime",
    ),
    (
        "Dacoits loot bus passengers on Indus Highway",
        (
            "Armed dacoits intercepted a passenger coach on the Indus Highway near Sehwan on "
            "Saturday night and looted cash, mobile phones and jewellery from around 40 "
            "passengers, police said. No one was hurt. The SSP Jamshoro said raids were being "
            "conducted in the katcha area and two suspects had been detained."
        ),
        "crime",
    ),
    (
        "Police rescue three travellers from kidnappers' den in Edo forest",
        (
            "Operatives of the Edo State Police Command have rescued three travellers from a "
            "kidnappers' den in a forest along the Benin-Auchi road, the command's spokesman said "
            "on Sunday. The victims had been abducted from a commercial bus on Thursday, and the "
            "kidnappers had demanded N50 million from their families. One suspect was arrested "
            "while the others fled with gunshot wounds, he said. Items recovered included a "
            "locally made gun, cutlasses and three mobile phones."
        ),
        "crime",
    ),
    (
        "DSS arrests suspected kidnap kingpin in Ogun",
        (
            "Operatives of the Department of State Services have arrested a suspected kidnap "
            "kingpin who allegedly collected ransom from the families of victims abducted along "
            "the Lagos-Ibadan expressway, the service said. Phones, cash and a list of bank "
            "accounts were recovered from his hideout in Sagamu. The DSS spokesman said the "
            "suspect would be charged to court on completion of investigation."
        ),
        "crime",
    ),
    (
        "Five of a family shot dead over old enmity in Sargodha",
        (
            "Five members of a family were shot dead by their rivals in a village near Bhalwal, "
            "Sargodha, on Sunday over an old enmity, police said. The accused opened fire when "
            "the victims were returning from a court hearing in a land case. The district police "
            "officer formed teams to arrest the suspects, who fled after the attack."
        ),
        "crime",
    ),
    (
        "Land dispute: farmer hacked to death in Siwan, brothers injured",
        (
            "A 45-year-old farmer was hacked to death and his two brothers were injured in a "
            "clash over a piece of land in a village under the Maharajganj police station area of "
            "Siwan district on Tuesday, police said. Three persons named in the FIR have been "
            "arrested. A police picket has been posted in the village to prevent further tension "
            "between the two families."
        ),
        "crime",
    ),
    (
        "Couple shot dead in the name of honour in Jacobabad",
        (
            "A young couple who had married by choice were shot dead, allegedly by the girl's "
            "brother and uncle, in Thul, Jacobabad, on Wednesday, police said. The bodies were "
            "handed over to the families after postmortem at the taluka hospital. An FIR was "
            "registered under the anti-honour killing law and the brother was arrested; the uncle "
            "is absconding."
        ),
        "crime",
    ),
    (
        "Police arrest suspected cattle thieves, recover 120 cows in Kano",
        (
            "The Kano State Police Command has arrested five suspected cattle thieves and "
            "recovered 120 cows and 45 rams stolen from a market in Wudil, the command's "
            "spokesperson said. The suspects were arrested at a checkpoint on the Kano-Maiduguri "
            "road after a tip-off from herders. They will be arraigned in court after "
            "investigation."
        ),
        "crime",
    ),
    (
        "Heroin dropped by drone from across border recovered in Tarn Taran",
        (
            "The Border Security Force recovered a packet of heroin weighing about 550 grams, "
            "dropped by a drone from across the border, in a field near a village in Tarn Taran "
            "district on Friday, officials said. Jawans on patrol heard the buzzing sound of the "
            "drone and fired at it before it flew back. A joint search operation with the Punjab "
            "Police was launched in the area."
        ),
        "crime",
    ),
    (
        "NDLEA intercepts cocaine at Lagos airport",
        (
            "Operatives of the National Drug Law Enforcement Agency have intercepted 2.1 "
            "kilograms of cocaine concealed in the luggage of a passenger arriving from Sao Paulo "
            "at the Murtala Muhammed International Airport, Lagos, the agency said. The suspect "
            "was arrested at the arrival hall. The NDLEA chairman commended the officers and "
            "urged them to sustain the offensive against drug cartels."
        ),
        "crime",
    ),
    (
        "Two killed as rival cult groups clash in Benin City",
        (
            "Two young men were shot dead on Sunday night when members of two rival cult groups "
            "clashed in the Ugbowo area of Benin City, the Edo State Police Command said. The "
            "command said the clash was a reprisal over the killing of a member of one of the "
            "groups last week, and that five suspected cultists had been arrested. Residents said "
            "shops closed early on Monday."
        ),
        "crime",
    ),
    (
        "Robbers attack banks in Ikare, kill policeman and customers",
        (
            "Armed robbers attacked two banks in Ikare-Akoko, Ondo State, on Tuesday afternoon, "
            "shooting sporadically and carting away an undisclosed sum of money, police said. A "
            "police officer and two bank customers were killed. The robbers escaped in a Toyota "
            "Sienna, and the Commissioner of Police said a manhunt had been launched."
        ),
        "crime",
    ),
    (
        "High Court commutes death sentences in Holey Artisan case",
        (
            "The High Court on Monday commuted to life imprisonment the death sentences of seven "
            "militants convicted over the 2016 attack on the Holey Artisan Bakery in Dhaka's "
            "Gulshan, in which 22 people were killed. The convicts were members of the banned "
            "militant outfit Neo-JMB. Lawyers for the state said they would consider an appeal."
        ),
        "crime",
    ),
    (
        "ATC awards death sentence to six in Sialkot lynching case",
        (
            "An anti-terrorism court in Lahore on Monday sentenced six men to death and nine to "
            "life imprisonment for the lynching of a Sri Lankan factory manager in Sialkot in "
            "December last year. Seventy-two others were given shorter jail terms and one was "
            "acquitted. The trial was held inside Kot Lakhpat jail. The prosecution had produced "
            "video footage, call records and the testimony of factory workers who tried to shield "
            "the victim. Defence lawyers said they would challenge the verdict in the Lahore High "
            "Court."
        ),
        "crime",
    ),
    (
        "NIA court jails two for funding terror groups in J&K",
        (
            "A special NIA court in Delhi on Friday sentenced two men to 10 years of rigorous "
            "imprisonment for raising funds for terrorist groups operating in Jammu and Kashmir "
            "through hawala channels. The court said the accused had acted as conduits for money "
            "sent from across the border."
        ),
        "crime",
    ),
    (
        "Court jails two for aiding DusitD2 attackers",
        (
            "A Nairobi court on Tuesday jailed two men for 30 and 41 years for aiding the "
            "al-Shabaab militants who attacked the DusitD2 hotel complex in January 2019. The "
            "magistrate said the pair had facilitated the attackers' movements and handled money "
            "sent to them. A third accused was acquitted for lack of evidence."
        ),
        "crime",
    ),
    (
        "Three robbery suspects shot dead in Kayole",
        (
            "Police shot dead three suspected gangsters in Kayole, Nairobi, on Wednesday night "
            "after they opened fire on officers who had stopped them, the area OCPD said. A "
            "pistol with three rounds of ammunition was recovered. Residents said the gang had "
            "been terrorising traders in the estate for weeks."
        ),
        "crime",
    ),
    (
        "Youth shot dead for resisting robbery in Gulistan-e-Jauhar",
        (
            "A young man was shot dead by two muggers for resisting a robbery attempt in "
            "Karachi's Gulistan-e-Jauhar on Thursday night, police said. He was the 48th citizen "
            "killed in street crime incidents in the city this year, according to the "
            "Citizens-Police Liaison Committee. The suspects fled on a motorcycle with his mobile "
            "phone."
        ),
        "crime",
    ),
    (
        "Weapons consignment seized from fruit truck near Chaman",
        (
            "Levies and Customs officials seized a consignment of pistols, rifles and thousands "
            "of rounds of ammunition hidden in a truck loaded with pomegranates near Chaman on "
            "Saturday, officials said. The driver was arrested and a case was registered against "
            "him and the owner of the truck. Officials said the arms were meant to be sold in the "
            "markets of Quetta."
        ),
        "crime",
    ),
    (
        "Fake army captain arrested for job scam in Lagos",
        (
            "Military police arrested a man parading himself as a captain of the Nigerian Army in "
            "Lagos, who allegedly defrauded job seekers of millions of naira with promises of "
            "enlistment, an army spokesman said. Uniforms, a fake identity card and recruitment "
            "forms were recovered from his apartment in Ikorodu. He has been handed over to the "
            "police."
        ),
        "crime",
    ),
    (
        "Gangster shot dead inside Rohini courtroom",
        (
            "A jailed gangster was shot dead inside a courtroom at Delhi's Rohini court complex "
            "on Friday by two assailants dressed as lawyers, who were in turn killed by the "
            "police, officials said. Police said the attack was the outcome of a long rivalry "
            "between two gangs of outer Delhi and that the shooters had been sent by a rival gang "
            "leader lodged in Tihar jail."
        ),
        "crime",
    ),
    (
        "Boda boda rider hacked, motorcycle stolen in Mukono",
        (
            "A boda boda rider was hacked to death and his motorcycle stolen by a passenger he "
            "had picked up at Seeta in Mukono district on Saturday night, police said. The body "
            "was found in a sugarcane plantation on Sunday morning. Police said the motorcycle "
            "had been tracked to a garage in Kireka, where two suspects were arrested."
        ),
        "crime",
    ),
]
