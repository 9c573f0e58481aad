"""dev348 positives, part A: terror attacks, attacks on politicians and riots in the Nordic and
Baltic countries, and attacks abroad as the Nordic press reported them."""

POSITIVES = [
    (
        "Truck driven into crowd on Drottninggatan, Stockholm's busiest shopping street",
        "A hijacked beer truck was driven at speed down Drottninggatan in central Stockholm on Friday afternoon before crashing into the front of the Åhléns department store, killing at least four people and injuring 15. Witnesses told Dagens Nyheter that the lorry mounted the pedestrian street shortly before 3 p.m. and ploughed through shoppers for several hundred metres. Prime Minister Stefan Löfven said everything indicated that Sweden had been 'attacked' and that the government regarded it as an act of terrorism. Police cordoned off a wide area of the city centre and the underground was shut down, leaving thousands of commuters to walk home across the bridges. A man was detained in Märsta, north of the capital, late on Friday evening and police said he was suspected of terrorist offences by murder. Hospitals in Stockholm called in extra staff, and the Karolinska University Hospital said several of the wounded were children. Flags were lowered outside the Riksdag.",
        "T V",
        "vehicle_attack",
    ),
    (
        "Two dead, eight wounded in Turku knife attack; police investigate it as terrorism",
        "Finnish police said on Saturday that they were investigating Friday's stabbings in Turku's market square as murders with terrorist intent, the first such case in the country's history. A man ran through the Puutori and Kauppatori squares with a knife shortly after 4 p.m., attacking people at random, before an officer shot him in the thigh within minutes of the first emergency call. Two women died and eight people were wounded, among them a British man who tried to stop the attacker. The National Bureau of Investigation said the suspect, an 18-year-old Moroccan whose asylum application had been rejected, appeared to have targeted women. Four other men were detained overnight in raids on a flat in the Varissuo district. Security was stepped up at airports and railway stations across the country, and President Sauli Niinistö cancelled his weekend engagements to return to the capital. Candles and flowers covered the steps of the market hall by Saturday morning.",
        "T V",
        "stabbing_attack",
    ),
    (
        "Gunman opens fire at Copenhagen free-speech debate, then at synagogue",
        "One man was killed and three police officers were wounded when a gunman fired on a cultural centre in Østerbro on Saturday afternoon where a debate on art, blasphemy and freedom of expression was under way. Several hours later, shortly after midnight, a volunteer security guard was shot dead outside the Great Synagogue in Krystalgade, where a bat mitzvah was being held, and two more officers were hit. Police shot and killed a man in Nørrebro at dawn who they said had carried out both attacks. Prime Minister Helle Thorning-Schmidt called the shootings 'a cynical act of terrorism against Denmark' and visited the synagogue on Sunday morning. The Swedish cartoonist Lars Vilks, who was among the speakers at the debate, was taken to safety unhurt by his bodyguards. Thousands of people laid flowers at both sites through the day, and armed officers were posted outside Jewish institutions across the country.",
        "T V",
        "shooting_attack",
    ),
    (
        "Oslo raises terror threat to highest level after two killed outside gay bar",
        "Two people were shot dead and 21 were wounded when a man opened fire outside the London Pub and two other venues in central Oslo in the early hours of Saturday, hours before the city's Pride parade was due to start. Police said they had arrested a 42-year-old Norwegian citizen of Iranian origin within minutes, after bystanders wrestled him to the ground. The security police, PST, said it was treating the attack as an act of Islamist terrorism and raised the national threat level from moderate to extraordinary. Organisers cancelled the parade on police advice, though several thousand people marched through the streets on their own in the afternoon carrying rainbow flags. Ten of the wounded were said to have serious injuries. 'We were proud before, we will be proud again,' Prime Minister Jonas Gahr Støre said at a memorial service in Oslo Cathedral. Officers, who normally patrol unarmed, were ordered to carry guns nationwide.",
        "T V",
        "shooting_attack",
    ),
    (
        "Two Swedish football supporters shot dead in Brussels before Belgium match",
        "Two Swedish men were shot dead and a third was seriously wounded in central Brussels on Monday evening by a gunman who later claimed in a video to be acting for Islamic State, Belgian prosecutors said. The supporters, wearing yellow shirts, were on their way to the King Baudouin Stadium for a Euro 2024 qualifier between Belgium and Sweden, which was abandoned at half-time as news of the attack spread. About 35,000 fans were held inside the ground for hours before being escorted out under police protection. Prime Minister Ulf Kristersson said in a late-night address that the victims had been targeted 'because they were Swedes'. Belgium raised its threat level for the capital to the maximum, and the suspect, a Tunisian man living illegally in the country, was shot by police in Schaerbeek the next morning and later died. The Swedish Football Association said on Tuesday that it was in contact with the families, and the squad flew home on a chartered plane.",
        "T V",
        "shooting_attack",
    ),
    (
        "Danish and Norwegian hikers found dead near Mount Toubkal; Morocco calls it terrorism",
        "Moroccan authorities said on Thursday that the killing of two Scandinavian women whose bodies were found at a campsite in the High Atlas was a terrorist act, and that the four men arrested had pledged allegiance to Islamic State in a video recorded days before. The women, a 24-year-old Danish student and a 28-year-old Norwegian, both studying outdoor guiding at the University of South-Eastern Norway, had been hiking towards Mount Toubkal near the village of Imlil. Their tent had been pitched about two hours' walk from the nearest village. Danish Prime Minister Lars Løkke Rasmussen said the killings were 'politically motivated, an act of terror' and that Denmark would stand with Norway. In Bø, where the two had studied, fellow students gathered in the school hall on Wednesday evening. Norway's foreign ministry said it had sent staff to Marrakesh to help the families.",
        "T V",
        "killing",
    ),
    (
        "Woman stabbed to death at Almedalen as man is held on suspicion of planning attack on party leader",
        "A psychiatrist taking part in the Almedalen political week in Visby died on Wednesday after being stabbed in the street outside a venue where parties were holding seminars, Gotland police said. The victim, the national coordinator for psychiatric services at the Swedish association of municipalities and regions, was attacked at around noon, and a 32-year-old man was held at the scene. Prosecutors said on Thursday that the suspect was being held on suspicion of murder and of preparing a terrorist crime, and that he had intended to kill a leading politician taking part in the week. According to Aftonbladet, the man had links to a Nazi organisation and had been seen near the Centre Party's venue earlier in the day. The remaining events on Thursday went ahead under heavy police presence, and several party leaders paused their speeches for a minute's silence. Security around politicians at the week will be reviewed, the police authority said.",
        "T V",
        "stabbing_attack",
    ),
    (
        "Police vehicles torched as Easter riots spread to Norrköping and Örebro",
        "Rioting continued in several Swedish cities for a fourth night on Sunday, with police in Norrköping firing warning shots and later live rounds that wounded three men as crowds threw stones and set cars alight. The unrest began on Thursday when the Danish anti-Islam activist Rasmus Paludan, whose party Stram Kurs had announced Koran burnings in neighbourhoods with large Muslim populations, arrived in Linköping and Örebro. National police chief Anders Thornberg said more than 100 officers had been injured since Thursday and about 20 police vehicles destroyed or damaged, calling the violence some of the most serious he had seen. At least 26 people were arrested, many of them teenagers. In Örebro's Vivalla district a police bus was set on fire and a school was damaged overnight. Justice Minister Morgan Johansson said some of the rioters appeared to have links to criminal networks and that the state would 'strike back'. Residents swept up glass from the streets on Monday morning as a rally was called off.",
        "U",
        "riot",
    ),
    (
        "Cars burned and police pelted with stones in Nørrebro after Stram Kurs rally",
        "Dozens of cars were set on fire and police were pelted with stones and fireworks in Copenhagen's Nørrebro district on Sunday night after a rally by the anti-Islam party Stram Kurs at Blågårds Plads. Copenhagen police said 23 people were arrested during the disturbances, which continued into the early hours, and that officers used pepper spray and dogs to disperse crowds of young men who built barricades from bins and bicycles. Firefighters were unable to reach several burning vehicles until the streets were cleared. The rally, at which the party leader threw a Koran in the air, had been approved by police, who said they had a duty to protect the right of assembly. Residents of Nørrebrogade described a night of sirens and smoke. The mayor of Copenhagen called the violence 'completely unacceptable' and said the city would help replace damaged bus shelters quickly. Police said on Monday that no officers had been seriously hurt.",
        "U",
        "riot",
    ),
    (
        "Malmö riot after Koran burning: tyres set alight and police attacked in Rosengård",
        "Several hundred people rioted in the Rosengård district of Malmö on Friday night, setting tyres on fire, throwing stones at police and damaging buses, hours after a copy of the Koran was burned by supporters of a Danish far-right politician who had been barred from entering Sweden. Police said about 300 people gathered at the spot where the book had been burned, and that the crowd grew violent after dark. Officers wearing helmets were deployed from across Skåne and several were hurt by thrown objects, though none seriously. Ten people were detained on suspicion of violent rioting. Local imams appealed for calm through the night. Residents said the burning, on a spot they use for barbecues in summer, had been filmed and posted online within minutes. Police spokesman Rickard Lundqvist said on Saturday that the situation had calmed by 3 a.m. and that an investigation had been opened into inciting hatred against an ethnic group over the burning itself.",
        "U",
        "riot",
    ),
    (
        "Navalny aide attacked with hammer outside his home in Vilnius suburb",
        "A close associate of the late Russian opposition leader Alexei Navalny was attacked with a hammer and tear gas outside his house near Vilnius late on Tuesday, Lithuanian police said. The man was hit several times on the leg and sprayed in the eyes as he got out of his car, and was taken to hospital, where doctors treated him for a broken arm and wounds to his leg. Colleagues said he had been followed for several days before the attack. Lithuania's President Gitanas Nausėda said on Wednesday he could only say to Putin: 'Nobody is afraid of you here.' The State Security Department said the assault appeared to have been organised from Russia and had been carried out with the aim of sowing fear among exiles. Police said the assailants had driven off in a car that was later found abandoned. The attack was the first assault on a prominent Russian exile in the Lithuanian capital, which has become home to several opposition organisations since 2022.",
        "V",
        "assault",
    ),
    (
        "Kongsberg bow attack: five dead as security police say it 'appears to be terrorism'",
        "Five people were killed and three wounded on Wednesday evening when a man armed with a bow and arrows and other weapons attacked people in several places in the centre of Kongsberg, a town of about 28,000 people west of Oslo. Police said the first alarm came at 6.12 p.m. from a Coop Extra supermarket, and the man was arrested more than half an hour later after moving through the town. An off-duty policeman in the shop was among the wounded. The police security service PST said on Thursday that the incident 'currently appears to be an act of terrorism', noting that the 37-year-old Danish citizen arrested had converted to Islam and had earlier raised concern about radicalisation. All five dead were aged between 50 and 70. Prime Minister Jonas Gahr Støre, in his first days in office, called the attacks 'horrific' and visited the town with the king. Police across Norway were temporarily ordered to carry firearms.",
        "T V",
        "attack",
    ),
    (
        "Gunman overpowered by worshippers at Bærum mosque; police investigate 'attempted act of terror'",
        "A young man armed with shotguns and wearing a helmet forced his way into the al-Noor Islamic Centre in Bærum, west of Oslo, on Saturday and opened fire before being tackled by a 65-year-old worshipper, police said. Only three men were in the mosque at the time, as most of the congregation had left after prayers. Police said the suspect, a 21-year-old Norwegian from the area, had posted far-right material online shortly before the attack, and that they were treating it as an attempted act of terrorism. Hours later his 17-year-old stepsister was found dead at a house in the municipality, and he was also charged with her murder. One worshipper suffered minor injuries in the struggle. Mosques across Norway were given armed police protection on Sunday as Muslims celebrated Eid. The imam of the centre said the man who pinned the gunman down was 'a hero' but that the community was shaken.",
        "T V",
        "shooting_attack",
    ),
    (
        "Masked attacker kills teacher and pupil at Trollhättan school in racially motivated attack",
        "A masked man armed with a sword killed a teaching assistant and a pupil at the Kronan school in Trollhättan on Thursday morning before he was shot by police, in what officers said was a racially motivated attack. Police said the attacker, a 21-year-old local man, appeared to have chosen his victims because of their skin colour, and that material found at his home pointed to hatred of immigrants. The school, in a district with a large immigrant population, has pupils aged from six to 16. Two other people were seriously wounded, among them a second teacher. The attacker died of his injuries in hospital. Prime Minister Stefan Löfven, who travelled to the town, called it 'a black day for Sweden'. Classes were cancelled for the rest of the week and counsellors were sent to the school. The attack came amid a string of arson attacks on planned asylum housing across Sweden, which police were investigating separately.",
        "V",
        "attack",
    ),
    (
        "Swedish camp in Timbuktu hit by mortar and rocket fire; peacekeepers wounded",
        "The Swedish contingent of the United Nations mission in Mali said on Monday that several of its soldiers had been slightly wounded when the camp they share with other peacekeepers near Timbuktu airport came under mortar and rocket fire on Sunday evening. The Swedish Armed Forces said the troops were treated at the camp hospital and none was in a serious condition. A MINUSMA statement said the attack, which lasted about 20 minutes, had also damaged a helicopter and several containers used as living quarters. An al-Qaeda-linked group operating in the region, JNIM, claimed responsibility on a messaging channel. Sweden has had around 250 soldiers in Mali, providing intelligence and reconnaissance for the mission. 'Our soldiers did what they were trained for and went to the bunkers,' the contingent commander told Swedish news agency TT. Defence Minister Peter Hultqvist said the attack would not change the government's decision to stay in the mission for the time being.",
        "E T",
        "rocket_attack",
    ),
    (
        "Estonian soldiers wounded as armoured vehicle hits roadside bomb in Mali",
        "Three Estonian soldiers serving with the French-led Operation Barkhane were wounded on Tuesday when their armoured vehicle struck an improvised explosive device near Ménaka in eastern Mali, the Estonian Defence Forces said. The soldiers were evacuated by helicopter to a French field hospital in Gao, and one was later flown to Estonia for treatment, though his injuries were not life-threatening. The Estonian platoon, about 95 strong, has been responsible for protecting the Gao base and conducting patrols in the tri-border area. Brigadier General Veiko-Vello Palm said the convoy had continued its mission after the blast. Groups linked to both Islamic State and al-Qaeda are active around Ménaka, and the area has seen repeated attacks on soldiers and civilians this year. Estonia's parliament renewed the mandate for the deployment in December. Defence Minister Kalle Laanet said in Tallinn that the government's thoughts were with the soldiers' families.",
        "E T",
        "ied_attack",
    ),
]
