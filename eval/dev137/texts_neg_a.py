"""dev137 negatives (1 of 4): the crime and disaster pages (eval/README.md, 1)."""


def _t(s: str) -> str:
    """One paragraph: the wrapped lines below joined by single spaces."""
    return " ".join(s.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Mexico City prosecutors arrest suspect in killing of art gallery owner in Roma Norte",
        _t("""
        Mexico City prosecutors said on Thursday they had arrested a 29-year-old man suspected of
        killing the owner of an art gallery in the Roma Norte neighbourhood, whose body was found
        in his apartment last week with signs of violence. The suspect, identified only as Jorge
        'N' in line with Mexican privacy rules, was detained in the municipality of Ecatepec, in
        the State of Mexico, in a joint operation with state police, the capital's attorney
        general told a news conference. Investigators said security camera footage showed the
        suspect entering the building with the victim on the night of the killing and leaving
        alone three hours later carrying two paintings and a laptop. The gallery owner, a
        52-year-old collector known for promoting young artists from Oaxaca, had been stabbed
        several times, according to the forensic report. Prosecutors said the motive appeared to
        be robbery and that the two men had met through a dating app. Friends and artists held a
        vigil outside the gallery on Saturday, demanding justice and denouncing what they
        described as a rise in crimes against gay men in the city. The suspect will be brought
        before a judge on Friday on charges of aggravated homicide and robbery.
        """),
        "crime",
    ),
    (
        "Navy seizes 4.5 tonnes of cocaine hidden in banana containers in Buenaventura",
        _t("""
        The Colombian Navy seized 4.5 tonnes of cocaine hidden among boxes of bananas in three
        containers bound for the Belgian port of Antwerp at the port of Buenaventura, one of the
        largest seizures this year on the Pacific coast, the authorities said on Wednesday. The
        drugs, packed in 3,800 blocks stamped with the logo of a luxury car brand, were found during
        an inspection with scanners and sniffer dogs, the Navy's Pacific command said.
        Investigators believe the shipment belonged to the Clan del Golfo, the country's largest
        drug-trafficking organisation, which uses legitimate exporters as fronts to move cocaine to
        Europe. Two port workers and an employee of the exporting company were arrested and will be
        charged with drug trafficking. The defence minister said the seizure was 'a blow to the
        finances of organised crime' and estimated that the drugs would have been worth more than
        160 million dollars on European streets. Colombia produced a record 2,664 tonnes of cocaine
        in 2023, according to the United Nations Office on Drugs and Crime. Port authorities said
        banana exports through Buenaventura would not be affected.
        """),
        "crime",
    ),
    (
        "Two inmates dead, 20 hurt in riot at Honduras' Támara prison",
        _t("""
        Two inmates were killed and 20 others injured on Sunday in a riot at the National
        Penitentiary in Támara, north of Tegucigalpa, that began as a fight between prisoners from
        rival gangs and spread to several wings of the prison, Honduran authorities said. Inmates
        set fire to mattresses and broke down doors between cellblocks, and one of the dead was
        stabbed while the other died after being beaten, the prison system's spokesman said.
        Military police entered the prison about four hours after the riot began and restored order
        without firing their weapons, he said, adding that officers later found homemade knives,
        mobile phones and a pistol during a search of the cells. Relatives gathered outside the
        prison gates demanding information about their loved ones, some of them crying as the names
        of the injured were read out. The government of President Xiomara Castro placed the prison
        system under military control last year after a massacre at the women's prison a few
        hundred metres away, in which 46 inmates were killed. Human rights groups say overcrowding
        and the control of cellblocks by gangs such as MS-13 and Barrio 18 make Honduran prisons
        among the most dangerous in the region. The Security Ministry said 15 inmates identified as
        instigators of the riot would be moved to a maximum-security prison.
        """),
        "crime",
    ),
    (
        "Police rescue kidnapped Chinese worker in Parañaque, 4 suspects arrested",
        _t("""
        Police rescued a Chinese national who had been kidnapped and held for ransom for five days
        in a condominium unit in Parañaque City and arrested four suspects, including two Chinese
        nationals, the Philippine National Police Anti-Kidnapping Group (PNP-AKG) said on Thursday.
        The victim, a 31-year-old employee of a Philippine offshore gaming operator (Pogo), was
        abducted by men posing as police officers outside a shopping mall in Pasay City on Saturday
        night, according to the AKG's director. His kidnappers demanded 5 million yuan from his
        family in China and sent them videos of the victim being beaten and burned with cigarettes,
        police said. Acting on information from the Chinese Embassy, AKG operatives raided the unit
        on Wednesday night and found the victim handcuffed to a bed. The suspects were charged with
        kidnapping for ransom and serious illegal detention. The AKG said it had recorded 19
        kidnapping cases involving Pogo workers this year, most of them linked to gambling debts or
        disputes among syndicates. President Marcos has ordered a ban on all Pogos by the end of
        the year, citing their links to scams, money laundering and human trafficking.
        """),
        "crime",
    ),
    (
        "Young man shot dead for resisting robbery in Gulistan-i-Jauhar",
        _t("""
        A 24-year-old man was shot dead by suspected robbers for offering resistance during a
        mugging in Gulistan-i-Jauhar on Tuesday night, police said. The victim, a software
        engineer, was standing outside a bakery with his cousin near Johar Mor when two armed men
        on a motorcycle snatched their mobile phones and wallets at gunpoint, police said. When the
        victim tried to grab one of the suspects, he was shot in the chest, and the robbers fled,
        the SHO of the Jauhar police station told Dawn. He was taken to the Jinnah Postgraduate
        Medical Centre, where he was pronounced dead. His family staged a protest outside the
        hospital and demanded the arrest of the suspects, saying that the police had failed to curb
        street crime in the area. According to the Citizens-Police Liaison Committee, at least 60
        people have been killed during robberies in the city so far this year. The Sindh home
        minister took notice of the killing and sought a report from the Karachi police chief.
        Police said CCTV footage from the area had been obtained and efforts were under way to
        trace the suspects.
        """),
        "crime",
    ),
    (
        "Kollam court sentences man to death for killing woman and her daughter",
        _t("""
        The Additional Sessions Court in Kollam on Friday sentenced a 38-year-old man to death for
        murdering his former partner and her 12-year-old daughter at their house in Kottarakkara in
        2022. The court found the accused guilty of murder, house trespass and destruction of
        evidence, holding that the case fell under the 'rarest of rare' category. According to the
        prosecution, the accused, a tipper lorry driver, attacked the two with a machete after the
        woman refused to resume their relationship, and then set fire to the house to destroy
        evidence. Neighbours who rushed to the spot after hearing screams found the bodies in the
        burning kitchen. The prosecution examined 54 witnesses and produced 102 documents,
        including forensic reports that matched bloodstains on the accused's clothes to the
        victims. 'The accused showed no remorse during the trial,' the Special Public Prosecutor
        said after the verdict. The woman's mother, who was present in court, said the family had
        waited three years for justice. The defence counsel said the accused would appeal to the
        High Court.
        """),
        "crime",
    ),
    (
        "Two dead, five hurt as 14-year-old opens fire in central Bangkok mall",
        _t("""
        A 14-year-old boy opened fire inside a luxury shopping mall in central Bangkok on Tuesday
        afternoon, killing two people and wounding five others before surrendering to police,
        officials said. Shoppers fled in panic and hid in stores and cinemas as shots rang out on
        the ground floor, and videos posted online showed hundreds of people running toward the
        exits. The dead were a Chinese tourist and a Myanmar national who worked at the mall,
        police said. The boy, who used a modified blank gun capable of firing live bullets, was
        arrested on the third floor after officers persuaded him to put down the weapon, the
        Metropolitan Police Bureau chief said. Police said the boy had a history of mental health
        treatment and had missed a dose of his medication, and that there was no indication that
        anyone else was involved. Prime Minister Srettha Thavisin, who was on a visit abroad,
        expressed condolences and ordered tighter controls on online sales of blank guns and
        modified firearms. The shooting revived memories of the 2022 massacre at a nursery in Nong
        Bua Lam Phu, in which a former police officer killed 36 people, including 24 children. The
        mall reopened on Wednesday.
        """),
        "crime",
    ),
    (
        "Police break up extortion ring that charged 'vacunas' to shopkeepers in northern Quito",
        _t("""
        Ecuador's National Police said on Tuesday they had dismantled a gang that extorted money
        from shopkeepers, taxi drivers and owners of small restaurants in the Carcelén and Comité
        del Pueblo neighbourhoods of northern Quito, arresting 11 suspects in 14 simultaneous raids
        before dawn. The group demanded weekly payments, known locally as 'vacunas', of between 20
        and 300 dollars, and threatened victims with messages showing photos of their children and
        their homes, according to the investigation. In one case, members of the gang fired shots
        at the window of a hardware store whose owner had refused to pay, police said. Officers
        seized two pistols, 23 mobile phones, notebooks recording the payments and about 4,000
        dollars in cash. Prosecutors said they would charge the suspects with extortion and
        criminal association. Extortion complaints in Ecuador rose by more than 60% last year,
        according to the Interior Ministry, and many victims do not report the crime for fear of
        retaliation. Police urged shopkeepers to report threats anonymously through the national
        hotline.
        """),
        "crime",
    ),
    (
        "Drug suspect killed in shootout during buy-bust in Cebu City, police say",
        _t("""
        A suspected drug dealer was killed after he allegedly fought it out with police officers
        during a buy-bust operation in Barangay Pasil, Cebu City, early Saturday, police said. The
        suspect, a 42-year-old man on the Cebu City Police Office's list of high-value targets,
        allegedly drew a .38-caliber revolver and fired at an undercover officer after sensing
        that he was dealing with a policeman, according to the spot report. Officers returned
        fire, hitting the suspect in the chest, and he was declared dead on arrival at the Cebu
        City Medical Center. Police said they recovered the revolver, spent shells and sachets of
        suspected shabu weighing about 50 grams, with an estimated value of P340,000. The suspect's
        relatives disputed the police account, telling reporters that he was unarmed and had been
        asleep when officers entered the house. The Commission on Human Rights said it would
        conduct its own investigation into the killing. It was the third death in an anti-drug
        operation in Central Visayas this month, according to a tally by the regional police.
        President Marcos has said his administration's campaign against illegal drugs would focus
        on rehabilitation and on big-time suppliers, distancing himself from the bloody drug war
        of his predecessor, Rodrigo Duterte.
        """),
        "crime",
    ),
    (
        "Otis death toll rises to 45 as soldiers and marines clear debris in Acapulco",
        _t("""
        The death toll from Hurricane Otis rose to 45 on Friday and at least 47 people were
        missing, the federal government said, as thousands of soldiers and marines cleared debris
        and handed out food and water in Acapulco, two days after the Category 5 storm devastated
        the Pacific resort. The security minister said more than 220,000 homes had been damaged and
        that about 80% of the city's hotels had suffered serious damage. The Army and the Navy have
        deployed more than 10,000 troops under the DN-III emergency plan and set up community
        kitchens in several neighbourhoods, where long lines formed from early morning. 'We have
        nothing left, the roof flew off and the water took everything,' said a woman in the
        Renacimiento neighbourhood, standing in front of the remains of her house. Electricity had
        been restored to about half of the city by Friday, according to the Federal Electricity
        Commission, but many neighbourhoods were still without running water. Otis strengthened
        from a tropical storm into a Category 5 hurricane in less than 24 hours, leaving the
        authorities little time to warn residents, and meteorologists have described it as one of
        the fastest intensifications on record in the eastern Pacific. President Andrés Manuel
        López Obrador, who reached the city by road on Wednesday, said the government would give
        each affected family a package of household goods and support to rebuild.
        """),
        "disaster",
    ),
    (
        "Buner flash floods: death toll rises to 209 as rescuers search for missing",
        _t("""
        The death toll from the flash floods triggered by a cloudburst in Buner district rose to
        209 on Sunday, as rescue workers, army troops and volunteers continued to search for missing
        people under mud and boulders in the worst-hit villages of Pir Baba and Gokand, officials
        said. According to the Provincial Disaster Management Authority (PDMA), more than 120
        houses were completely destroyed and hundreds more partially damaged, while several bridges
        and roads were washed away. Army engineers set up a temporary bridge to restore access to
        Pir Baba, and helicopters airlifted food and medicines to villages cut off by the floods.
        'The water came down the nullah like a wall, carrying rocks as big as cars,' said a
        shopkeeper from Bishnoi village who lost 11 members of his family. A provincial government
        helicopter carrying relief goods crashed in bad weather in Mohmand district on Friday,
        killing its five crew members. The Pakistan Meteorological Department has forecast more
        heavy rain in the upper parts of the country over the next three days and advised tourists
        to avoid travelling to the northern areas. Prime Minister Shehbaz Sharif visited the
        district and announced compensation for the families of the dead.
        """),
        "disaster",
    ),
    (
        "Remal batters coast: 10 dead, over 8 lakh people took shelter in cyclone centres",
        _t("""
        At least 10 people were killed as Cyclone Remal battered the country's coastal districts
        with winds of up to 111 kmph and tidal surges of 8-12 feet on Sunday night and Monday,
        according to the disaster management ministry. More than 8 lakh people had been evacuated
        to 9,000 cyclone shelters in the 19 coastal districts before the storm made landfall near
        Mongla port, the state minister for disaster management and relief told reporters. The
        victims included a man who drowned when a trawler capsized in Bhola and a woman and her
        mother-in-law who were crushed under a collapsed wall in Barishal. Embankments were
        breached in at least 30 places in Khulna, Satkhira and Patuakhali, inundating villages and
        shrimp enclosures. Army and Navy personnel, along with the Coast Guard, the Fire Service and
        volunteers of the Cyclone Preparedness Programme, joined the rescue and relief operations.
        About 3.5 crore people were left without electricity after the storm damaged power lines,
        the Power Development Board said. 'We spent the night at the shelter with the cattle
        downstairs, and when we came back the house was gone,' said a fisherman's wife in
        Kalapara.
        """),
        "disaster",
    ),
    (
        "Wayanad landslides: Army completes Bailey bridge to Mundakkai as toll crosses 300",
        _t("""
        The Army on Thursday completed a 190-foot Bailey bridge across the Iruvanjippuzha river to
        Mundakkai, allowing heavy machinery to reach the worst-hit areas of the landslides that
        struck Wayanad district early on Tuesday, as the official death toll crossed 300. Personnel
        of the Madras Engineer Group worked through the night in heavy rain to build the bridge
        after the old one was washed away, officials said. Rescue workers, including teams of the
        National Disaster Response Force, the Army, the Navy, the Fire and Rescue Services and
        volunteers, continued to search for survivors in the debris of houses buried under mud and
        boulders in Mundakkai and Chooralmala. More than 200 people remain missing, according to
        the district administration. About 9,300 people are staying in 91 relief camps across the
        district, the Revenue Minister said. Chief Minister Pinarayi Vijayan said the State
        government would rehabilitate all the survivors in a township and appealed for
        contributions to the Chief Minister's Distress Relief Fund. Scientists have linked the
        disaster to the extremely heavy rainfall of the preceding 48 hours and to the fragile
        ecology of the Western Ghats.
        """),
        "disaster",
    ),
    (
        "Lewotobi eruption kills 9 on Flores, thousands evacuated",
        _t("""
        At least nine people were killed and thousands were evacuated after Mount Lewotobi
        Laki-laki on the island of Flores in East Nusa Tenggara erupted shortly before midnight on
        Sunday, showering nearby villages with hot rocks and ash, officials said. The National
        Disaster Mitigation Agency (BNPB) said the eruption burned houses and a convent of Catholic
        nuns in Hokeng village, about 4 kilometers from the crater, and that some of the dead were
        found inside their homes. More than 10,000 people from seven villages were moved to
        shelters in neighboring districts, where the authorities set up tents and public kitchens.
        The Center for Volcanology and Geological Hazard Mitigation raised the volcano's alert
        status to the highest level and expanded the exclusion zone to seven kilometers. Soldiers
        and police helped evacuate residents from the slopes in trucks, while the Indonesian
        Military sent a navy ship to Larantuka with food and medical supplies. Frans Seda Airport
        in Maumere was closed because of the ash. 'The sky was red and stones were falling on the
        roofs like rain,' a resident of Boru village told The Jakarta Post at a shelter in Konga.
        """),
        "disaster",
    ),
]
