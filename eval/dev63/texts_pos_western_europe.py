"""Positives of eval/dev63: France, Belgium, the Netherlands, Germany and Austria (README.md)."""

POSITIVES = [
    (
        "Teacher killed in knife attack at Arras school, anti-terror prosecutors take over",
        (
            "A former pupil armed with a knife killed a French teacher and seriously wounded "
            "three other people at a secondary school in Arras on Friday morning, before police "
            "overpowered him in the courtyard. The attacker, a man in his twenties who was on a "
            'security services watch list, shouted "Allahu Akbar" during the assault, according '
            "to a police source. The national anti-terrorism prosecutor's office said it had "
            "opened an investigation for murder in connection with a terrorist enterprise."
        ),
        "T V",
        "terrorist attack",
    ),
    (
        "Two Swedish football supporters shot dead in central Brussels",
        (
            "A gunman on a scooter shot dead two Swedish men in central Brussels on Monday "
            "evening, hours before Belgium played Sweden at the King Baudouin stadium, and "
            "wounded a taxi driver. In a video posted online, the man claimed to belong to the "
            "Islamic State group. Belgium's federal prosecutor said the attack was being treated "
            "as terrorism and the threat level for the capital was raised to its maximum."
        ),
        "T V",
        "shooting",
    ),
    (
        "Third night of rioting in French suburbs after teenager killed by police",
        (
            "Youths set cars, buses and a town hall annex on fire and fired fireworks at police "
            "in Nanterre and dozens of other towns overnight, in a third night of unrest after a "
            "17-year-old driver was shot dead by an officer during a traffic stop. The interior "
            "ministry said 667 people had been arrested and 249 police officers injured across "
            "France. In Marseille, shops on the Canebière were looted, and in L'Haÿ-les-Roses a "
            "burning car was driven into the mayor's house, injuring his wife as she fled with "
            "their children. Several tramways and bus lines in the Paris region stopped running "
            "at 9 pm."
        ),
        "U",
        "riot",
    ),
    (
        "Police and protesters clash for hours over water reservoir at Sainte-Soline",
        (
            "Thousands of demonstrators opposed to a giant agricultural water reservoir clashed "
            "with gendarmes in fields around Sainte-Soline in western France on Saturday. Some "
            "protesters threw Molotov cocktails and fireworks and set four gendarmerie vans on "
            "fire, and the gendarmes fired thousands of tear gas grenades and stun grenades. "
            "Organisers said 200 demonstrators had been injured, two of them critically, while "
            "the interior minister said on Sunday that 28 gendarmes had been hurt."
        ),
        "U",
        "riot",
    ),
    (
        "FLNC claims night of explosions at holiday homes across Corsica",
        (
            "Explosive charges damaged or destroyed about a dozen holiday homes and a building "
            "site in southern Corsica overnight, in attacks the National Front for the Liberation "
            "of Corsica claimed in a statement sent to the island's newspaper. No one was "
            "injured; most of the villas, owned by people from mainland France, were empty. The "
            "national anti-terrorism prosecutor's office said it had taken over the "
            "investigation. The group accused the state of failing to negotiate on the island's "
            'autonomy and warned that "the sites of colonisation" would be targeted.'
        ),
        "E T",
        "bombing",
    ),
    (
        "Rioters attack Bastia courthouse after Corsican nationalist beaten in prison",
        (
            "Hundreds of masked youths threw petrol bombs and paving stones at police outside the "
            "prefecture and the courthouse in Bastia on Sunday night, and set fire to part of the "
            "tax office. Riot police responded with tear gas and water cannon, and the regional "
            "health service said on Monday that 67 people, 44 of them police officers, had been "
            "treated for injuries. The unrest began after a Corsican nationalist serving a life "
            "sentence was assaulted by another inmate in a mainland prison and left in a coma."
        ),
        "U",
        "riot",
    ),
    (
        "Three killed at Kurdish cultural centre in Paris, clashes with police follow",
        (
            "A 69-year-old gunman opened fire at a Kurdish cultural centre and a nearby "
            "restaurant and hairdresser in the 10th arrondissement of Paris on Friday, killing "
            "three people and wounding three. The suspect, a French national who had been charged "
            'last year with a sword attack on a migrant camp, told investigators he "hated '
            'foreigners", the prosecutor said. Members of the Kurdish community gathered in the '
            "street, and in the afternoon some of them threw objects at police and overturned "
            "cars; officers fired tear gas."
        ),
        "V U",
        "shooting",
    ),
    (
        "Police officer injured as synagogue set on fire in La Grande-Motte",
        (
            "A man set fire to two cars outside the synagogue in the southern French resort of La "
            "Grande-Motte on Saturday morning, and a gas canister in one of them exploded, "
            "injuring a municipal police officer. The rabbi and four worshippers were inside at "
            "the time and were not hurt, and the doors of the building were set alight. The "
            "anti-terrorism prosecutor's office took over the case, and the suspect, an Algerian "
            "national, was arrested in Nîmes after an exchange of fire with police."
        ),
        "T E V",
        "arson attack",
    ),
    (
        "Three killed in knife attack at Solingen city festival",
        (
            "A man stabbed people at random at a festival celebrating the 650th anniversary of "
            "the city of Solingen on Friday evening, killing three and seriously injuring five, "
            "before escaping in the crowd. Islamic State claimed the attack through its Amaq "
            "agency on Saturday. A 26-year-old Syrian who had been due to be deported to Bulgaria "
            "handed himself in, and federal prosecutors took over the investigation on suspicion "
            "of membership of a terrorist organisation and murder."
        ),
        "T V",
        "stabbing",
    ),
    (
        "Police officer stabbed at Mannheim anti-Islam rally dies of his injuries",
        (
            "A police officer who was stabbed in the head on Mannheim's market square on Friday "
            "while trying to stop a knife attack on an anti-Islam campaigner died in hospital on "
            "Sunday, the Baden-Württemberg interior minister said on Sunday. The attacker, a "
            "25-year-old Afghan man, also wounded five members of a far-right group that was "
            "holding a stall before he was shot by police. Germany's federal prosecutor has taken "
            "over the case, saying it assumes a religious motive."
        ),
        "T V",
        "stabbing",
    ),
    (
        "Car driven into union march in Munich, dozens injured",
        (
            "A car drove at speed into the end of a demonstration by the Verdi union in central "
            "Munich on Thursday morning, injuring at least 36 people, several seriously; a mother "
            "and her two-year-old daughter later died. Police fired at the car and arrested the "
            "driver, a 24-year-old Afghan asylum seeker. Bavarian prosecutors said on Friday that "
            "the man had admitted driving into the crowd deliberately and appeared to have acted "
            "out of Islamist motives, and the case has been passed to the central office for "
            "extremism and terrorism."
        ),
        "T V",
        "vehicle ramming",
    ),
    (
        "Gunman kills nine at two shisha bars in Hanau",
        (
            "A gunman opened fire at two shisha bars in the western German city of Hanau on "
            "Wednesday night, killing nine people, all of them of foreign origin, before he was "
            "found dead at his home with his mother. Investigators found a manifesto and videos "
            "in which the 43-year-old set out racist conspiracy theories. The federal "
            "prosecutor's office, which handles terrorism cases, took over the investigation."
        ),
        "V T",
        "shooting",
    ),
    (
        "Gunman tries to storm Halle synagogue on Yom Kippur, kills two",
        (
            "A heavily armed man tried to force his way into a synagogue in Halle where about 50 "
            "people were celebrating Yom Kippur on Wednesday, but failed to break down the door. "
            "He then shot dead a woman in the street and a man in a nearby kebab shop. The "
            "attacker, who livestreamed the attack and posted an antisemitic manifesto, was "
            "arrested after a shootout with police in which he was wounded. The federal "
            "prosecutor said the attack had a right-wing extremist motive and was being "
            "investigated as terrorism."
        ),
        "T V",
        "attack on worshippers",
    ),
    (
        "Regional official shot dead at his home in Hesse",
        (
            "The head of the Kassel regional administration, a Christian Democrat who had "
            "defended the government's refugee policy in 2015, was found shot in the head on the "
            "terrace of his house shortly after midnight and died in hospital. Federal "
            "prosecutors took over the investigation on Monday, citing a suspected right-wing "
            "extremist background, after a man with a record of neo-Nazi activity was arrested on "
            "the strength of DNA found on the victim's clothing."
        ),
        "V",
        "assassination",
    ),
    (
        "Far-right crowds chase foreigners in Chemnitz after fatal stabbing",
        (
            "Several thousand far-right demonstrators marched through Chemnitz on Monday evening, "
            "a day after a 35-year-old German man was stabbed to death in the city; two men from "
            "Syria and Iraq were arrested. Some participants threw bottles and fireworks at "
            "counter-protesters and police, and videos showed groups chasing people who looked "
            "foreign through the streets. Police said 20 people were injured, including two "
            "officers, and admitted they had been outnumbered."
        ),
        "U V",
        "riot",
    ),
    (
        "Gunman kills four in central Vienna, police shoot him dead",
        (
            "A gunman armed with an automatic rifle opened fire on people in bars and on the "
            "streets around the Schwedenplatz area of Vienna on Monday evening, hours before a "
            "coronavirus lockdown, killing four people and wounding 23. Police shot the attacker "
            "dead within nine minutes; he was a 20-year-old supporter of Islamic State who had "
            "served a prison sentence for trying to travel to Syria."
        ),
        "T V",
        "terrorist attack",
    ),
    (
        "Three killed as gunman opens fire on Utrecht tram",
        (
            "A man opened fire on passengers on a tram at the 24 Oktoberplein junction in Utrecht "
            "on Monday morning, killing three people and wounding several others. The "
            "counter-terrorism coordinator raised the threat level for the province to its "
            "highest, and mosques in the city were placed under guard. The suspect, a 37-year-old "
            "man born in Turkey, was arrested after a manhunt of seven hours; prosecutors said a "
            "letter found in the getaway car pointed to a terrorist motive."
        ),
        "T V",
        "shooting",
    ),
    (
        "Israeli football fans hunted down and beaten in Amsterdam after match",
        (
            "Groups of men on scooters attacked Israeli supporters in central Amsterdam overnight "
            "after a Europa League match between Ajax and Maccabi Tel Aviv, chasing them through "
            "the streets and beating them, police said. Five people were treated in hospital and "
            '62 arrested. The mayor said the city had seen "hit-and-run" attacks with an '
            "antisemitic character, after clashes the previous night in which Maccabi fans tore "
            "down a Palestinian flag."
        ),
        "V U",
        "mob attack",
    ),
    (
        "Activists and police clash as Lützerath village is cleared",
        (
            "Police began evicting climate activists from the abandoned village of Lützerath in "
            "western Germany on Wednesday, and protesters threw stones, fireworks and Molotov "
            "cocktails at officers from the rooftops and tree houses. Police used batons and "
            "pepper spray, and detained several people for assault, a spokesman said. On "
            "Saturday, a march of thousands broke through police lines towards the edge of the "
            "open-cast lignite mine; police said 70 officers were hurt and organisers reported "
            "dozens of injured demonstrators."
        ),
        "U",
        "riot",
    ),
    (
        "Two dead as police storm Saint-Denis flat in hunt for Paris attackers",
        (
            "Heavily armed police and soldiers stormed an apartment in the Paris suburb of "
            "Saint-Denis before dawn on Wednesday, in a seven-hour siege aimed at the suspected "
            "organiser of last week's attacks. A woman blew herself up during the assault and "
            "another man was killed; five police officers were wounded and seven suspects "
            "arrested. Residents of the street were evacuated and the centre of the town was "
            "sealed off."
        ),
        "B M T D",
        "police raid",
    ),
    (
        "Social Democrat MEP candidate beaten while putting up posters in Dresden",
        (
            "A Social Democrat member of the European Parliament was seriously injured and needed "
            "surgery after four young men attacked him while he was putting up election posters "
            "in Dresden on Friday night. Minutes earlier, the same group had beaten a 28-year-old "
            "Green party campaigner in the same street, police said. One of the suspects, a "
            "17-year-old, handed himself in, and the state office of criminal investigation said "
            "at least one of them belonged to the far-right scene."
        ),
        "V",
        "assault on politician",
    ),
    (
        "Arson attack on pylons cuts power to 45,000 Berlin households",
        (
            "Tens of thousands of homes and businesses in south-eastern Berlin lost power on "
            "Tuesday after two electricity pylons in the Adlershof technology park were set on "
            "fire overnight, the grid operator said. A letter from a left-wing extremist group "
            "claiming responsibility was posted online, and federal prosecutors said they had "
            "taken over the case on suspicion of anti-constitutional sabotage and membership of a "
            "terrorist organisation."
        ),
        "T",
        "sabotage",
    ),
]
