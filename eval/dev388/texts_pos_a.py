"""Positives of dev388 (first half): attacks on concerts, clubs and festivals, and musicians and
venues caught in wars, 2015-2025. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Gunmen storm desert dance festival near Gaza border as rockets rain down at dawn",
        "Hundreds of young Israelis were dancing at the Supernova music festival near Kibbutz "
        "Re'im on Saturday morning when the first rockets streaked overhead from Gaza, organisers "
        "and survivors said. Within minutes, dozens of Hamas gunmen arrived in pickup trucks and "
        "on motorbikes and began firing on the crowd as it tried to flee by car and on foot. "
        "'They were shooting at everyone who ran, they were waiting at the road,' a 24-year-old "
        "DJ told Channel 12 from a hospital in Beersheba. Festival-goers hid in orchards, ditches "
        "and portable toilets while the shooting went on for hours, according to text messages "
        "they sent to relatives. Israel's rescue service Magen David Adom said it had recovered "
        "at least 260 bodies from the site by Sunday evening, and the army said an unknown number "
        "of people had been taken into Gaza as hostages. The trance event, which had drawn about "
        "3,500 people, had been extended by a day. The attack came as part of a wider Hamas "
        "assault on border communities that the Israeli military described as the deadliest day "
        "in the country's history. Artists booked for the weekend posted messages asking for news "
        "of missing crew members.",
        "T V E",
        "massacre",
    ),
    (
        "'We heard what we thought were firecrackers': gunmen open fire inside the Bataclan",
        "Gunmen armed with assault rifles burst into the Bataclan concert hall in eastern Paris "
        "on Friday night during a sold-out show by the Californian band Eagles of Death Metal and "
        "opened fire on the audience, witnesses said. Around 1,500 people were inside. 'We heard "
        "what we thought were firecrackers, then the band ran off the stage and people started "
        "falling,' one fan told France Info after escaping through a side door. The attackers "
        "took hostages on the balcony as police surrounded the building on Boulevard Voltaire. "
        "Elite police units stormed the hall shortly after midnight, and officials said two of "
        "the attackers blew themselves up with explosive vests. The Paris prosecutor said the "
        "toll inside the venue was expected to exceed 80 dead. The shooting was one of a series "
        "of coordinated attacks across the city, including explosions outside the Stade de France "
        "and shootings at bars and restaurants in the 10th and 11th arrondissements. President "
        "Francois Hollande declared a state of emergency and called the attacks an act of "
        "terrorism. The band's members were safe, their label said in a short statement.",
        "T V E",
        "terrorist_attack",
    ),
    (
        "Explosion at Ariana Grande concert in Manchester treated as terrorist incident",
        "An explosion tore through the foyer of Manchester Arena as fans streamed out of an "
        "Ariana Grande concert on Monday night, killing 22 people and injuring dozens more, "
        "Greater Manchester Police said. Many of those in the audience of about 14,000 were "
        "teenagers and children, some attending their first gig. Chief Constable Ian Hopkins said "
        "the attack was being treated as a terrorist incident and that a lone male attacker had "
        "detonated an improvised explosive device and died at the scene. Parents who had come to "
        "collect their children described a loud bang and a rush of people down the stairs "
        "towards Victoria station. 'There were bolts and nuts all over the floor,' one witness "
        "told the BBC. Hotels near the arena opened their doors to stranded fans overnight, and "
        "taxi drivers offered free rides home. Grande, who was not hurt, wrote on Twitter that "
        "she was 'broken' and had no words. Prime Minister Theresa May suspended campaigning for "
        "the general election and chaired a meeting of the government's emergency committee on "
        "Tuesday morning.",
        "T V E",
        "suicide_bombing",
    ),
    (
        "Gunmen attack Crocus City Hall before Picnic concert, setting venue ablaze",
        "Men in camouflage opened fire on concertgoers at Crocus City Hall on the western edge of "
        "Moscow on Friday evening, shortly before the veteran rock band Picnic was due to take "
        "the stage, Russian officials said. Videos verified by news agencies showed the attackers "
        "shooting people at close range in the foyer and then moving into the 6,200-seat "
        "auditorium. A fire that broke out during the attack spread to the roof, which partly "
        "collapsed as firefighters fought the blaze late into the night. Russia's Investigative "
        "Committee said it had opened a terrorism case and that at least 40 people had been "
        "killed, a figure that rose sharply on Saturday as rescuers searched the charred hall. "
        "The Islamic State group claimed responsibility through its Amaq news outlet. Band "
        "members were backstage and were evacuated unharmed, their manager told the Shot Telegram "
        "channel. Concert promoters across Moscow cancelled weekend shows, and the capital's "
        "mayor called off public events.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Gunman dressed as Santa kills 39 at Istanbul's Reina nightclub",
        "A gunman opened fire at the Reina nightclub on the Bosphorus shore in Istanbul about 75 "
        "minutes into the new year, killing 39 people as a DJ played to a packed dancefloor, "
        "Turkish officials said on Sunday. The attacker shot a police officer and a civilian at "
        "the entrance before spraying the crowd with an automatic rifle, Istanbul governor Vasip "
        "Sahin said. Some of the roughly 600 revellers jumped into the freezing waters of the "
        "strait to escape. At least 69 people were wounded and were being treated in hospitals "
        "across the city. Many of the dead were foreign nationals, including visitors from Saudi "
        "Arabia, Lebanon, Iraq and India. The Islamic State group later claimed the attack, "
        "calling the club a gathering of 'Christians celebrating their pagan feast'. The gunman "
        "escaped in the chaos and police launched a manhunt across the city. Reina, a fixture of "
        "Istanbul's nightlife where Turkish pop stars regularly performed, had been under "
        "heightened security after warnings from the US embassy.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Latin night at Orlando's Pulse club ends in deadliest mass shooting in US history",
        "A gunman who pledged allegiance to the Islamic State group in a call to emergency "
        "services killed 49 people at Pulse, a gay nightclub in Orlando, during its weekly Latin "
        "music night early on Sunday, authorities said. The attacker opened fire shortly after "
        "2am, when the DJ was playing reggaeton and salsa to a crowd of about 320. He then held "
        "hostages in a bathroom for three hours before a SWAT team broke through a wall and "
        "killed him. Fifty-three people were wounded. The FBI said it was investigating the "
        "shooting as an act of terrorism and the mayor of Orlando, Buddy Dyer, called it 'a "
        "nightmare'. Survivors described hiding in dressing rooms and under the stage as the "
        "music kept playing. 'The beat was still going when the shots started,' one bartender "
        "said. Blood banks in central Florida reported queues around the block by mid-morning. "
        "Musicians including Lady Gaga and Ricky Martin posted messages of support as vigils were "
        "planned for Sunday night.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Suicide bomber targets wedding hall in Kabul as musicians played, killing 63",
        "A suicide bomber blew himself up among hundreds of guests at a wedding reception in a "
        "west Kabul hall on Saturday night, killing at least 63 people and wounding 182, "
        "Afghanistan's interior ministry said. The attacker detonated his explosives near the "
        "stage where musicians were performing for the men's section of the Dubai City wedding "
        "hall, witnesses told Tolo News. 'The singer and all of his band were killed,' the "
        "groom's brother said. The Islamic State group's local affiliate claimed the attack, "
        "saying it had targeted Shia Hazaras. Kabul's wedding halls, where bands playing Afghan "
        "pop and folk music are the centrepiece of celebrations, have become one of the few "
        "places where musicians can earn a regular living. Ambulances ferried the wounded to "
        "hospitals through the night, and bodies were laid out in the hall's car park. The "
        "Taliban, which is holding talks with the United States, condemned the bombing. President "
        "Ashraf Ghani called it a barbaric attack.",
        "T V E",
        "suicide_bombing",
    ),
    (
        "Singer among dozens killed as jets bomb Kachin anniversary concert",
        "Myanmar military aircraft bombed a concert marking the founding anniversary of the "
        "Kachin Independence Organisation in Hpakant township on Sunday night, killing a popular "
        "Kachin singer, musicians and dozens of guests, the group and local rescuers said. Three "
        "jets dropped bombs on the open-air stage at A Nang Pa, where about 500 people had "
        "gathered, according to a KIO spokesperson. Estimates of the dead ranged from 50 to more "
        "than 80, and many of the wounded were being denied passage to hospitals by soldiers at "
        "checkpoints, an aid worker in the area said. The singer, Aurali Lahpai, had been "
        "performing when the bombs hit, a relative told Radio Free Asia. The junta's information "
        "office said the strike targeted a headquarters of a 'terrorist' group and that reports "
        "of civilian deaths were 'rumours'. UN agencies in Myanmar said they were deeply saddened "
        "and alarmed by the attack. The Kachin Independence Army has been fighting the military "
        "for decades in the jade-mining region.",
        "E V M",
        "airstrike",
    ),
    (
        "Kherson conductor shot dead after refusing to play at occupiers' concert",
        "Yuriy Kerpatenko, principal conductor of the Kherson music and drama theatre, was shot "
        "dead by Russian soldiers at his home in the occupied city after refusing to take part in "
        "a concert organised by the occupation authorities, Ukraine's culture ministry said on "
        "Sunday. The ministry said the 46-year-old had rejected several invitations to conduct "
        "the Gileya chamber orchestra at an event meant to show that 'peaceful life' had returned "
        "to Kherson. Prosecutors in Kyiv said they had opened a war crimes investigation. Friends "
        "said soldiers had come to the flat several times in the weeks before the killing. The "
        "Russian-installed administration in the region did not respond to requests for comment. "
        "Kherson, the only regional capital Russian forces captured after the February invasion, "
        "has seen detentions of teachers, journalists and local officials, residents who fled to "
        "Ukrainian-held territory say. Musicians in Kyiv and Lviv held short performances in "
        "Kerpatenko's memory on Sunday evening.",
        "V",
        "killing",
    ),
    (
        "Sudanese singer Shaden Gardood killed in Omdurman crossfire",
        "The Sudanese singer and activist Shaden Gardood was killed when her home in Omdurman was "
        "hit during clashes between the army and the paramilitary Rapid Support Forces, her "
        "family and Sudan's musicians' union said on Saturday. Gardood, known for songs in the "
        "Hakamat tradition of women's praise poetry, had refused to leave the Hay al-Hashmab "
        "neighbourhood as fighting spread across the capital, a cousin said. 'There was shooting "
        "in the street for two days and she stayed to look after her mother,' he told the BBC's "
        "Arabic service. Neighbours said most families in the area had fled towards the north of "
        "the city or to the Egyptian border. The union said at least four other performers had "
        "been killed since the fighting began in mid-April, and that many more were trapped in "
        "districts controlled by the RSF. Gardood sang at the sit-in outside army headquarters in "
        "2019 that helped bring down Omar al-Bashir. Tributes poured in from artists in Cairo, "
        "Juba and London.",
        "B D",
        "clashes",
    ),
    (
        "Kharkiv Philharmonic's hall wrecked as missiles strike city centre",
        "The home of the Kharkiv Philharmonic Society was badly damaged on Thursday morning when "
        "Russian missiles struck the centre of Ukraine's second city, the orchestra's director "
        "said. Photographs shared by the regional administration showed the concert hall's "
        "windows blown out, its ceiling partly down and its organ covered in dust and glass. "
        "Regional governor Oleh Synehubov said two missiles had hit the area around Freedom "
        "Square, killing at least four people and wounding 19. The strikes followed a night of "
        "heavy shelling of the city's northern districts, where Russian troops remain within "
        "artillery range. Musicians had been rehearsing in the basement, which has served as a "
        "bomb shelter since the invasion began, and none were hurt, the director said. 'We will "
        "play in the metro if we have to,' the orchestra's leader wrote on Facebook. The "
        "orchestra was due to perform Mahler's fifth symphony on Sunday. Ukraine's culture "
        "minister said more than 150 cultural sites had now been damaged or destroyed.",
        "E",
        "missile_strike",
    ),
    (
        "Baalbek festival calls off summer season as Israeli strikes hit the Bekaa",
        "Organisers of the Baalbek International Festival have cancelled this year's concerts in "
        "the city's Roman temples after a week of Israeli air strikes on towns across the Bekaa "
        "valley, the festival said on Tuesday. Strikes on Monday hit buildings on the edge of "
        "Baalbek and nearby villages, killing at least 12 people, Lebanon's health ministry said. "
        "The Israeli military said it had targeted Hezbollah weapons depots and command posts in "
        "the area. Thousands of residents have left for Zahle and Beirut, and schools in the city "
        "have been turned into shelters, the governor of Baalbek-Hermel said. 'We cannot ask an "
        "orchestra and an audience to sit under drones,' festival president Nayla de Freige told "
        "L'Orient Today. The festival had planned a shortened programme of Lebanese and Arab "
        "artists. It was last cancelled in 2020 because of the pandemic and the economic crisis. "
        "Hezbollah and Israel have exchanged fire across the border almost daily since October.",
        "E M D",
        "airstrike",
    ),
    (
        "Israel cancels every concert as Iranian missiles hit Tel Aviv and Haifa",
        "Israel's Home Front Command banned all gatherings and concerts across the country on "
        "Friday after Iran fired waves of ballistic missiles at Israeli cities in response to "
        "Israeli strikes on its nuclear and military sites overnight. Missiles hit residential "
        "buildings in Tel Aviv and Ramat Gan, killing at least three people and wounding dozens, "
        "the Magen David Adom rescue service said. Promoters postponed a run of summer shows at "
        "Yarkon Park and Caesarea's amphitheatre, and several international acts said they had "
        "called off Israeli dates indefinitely. Israel's military said its aircraft had struck "
        "more than 100 targets in Iran, including sites at Natanz, and had killed senior "
        "commanders of the Revolutionary Guards. In Tehran, state media said residential areas "
        "had been hit and that civilians, including children, were among the dead. Israelis spent "
        "much of the night in shelters and stairwells. A Tel Aviv venue owner said he had "
        "refunded 4,000 tickets for two sold-out nights in a single morning.",
        "E M",
        "missile_strike",
    ),
    (
        "Amani festival cancelled as M23 rebels fight their way into Goma",
        "The organisers of the Amani festival, eastern Congo's biggest music event, said on "
        "Monday they had called off next month's edition as M23 rebels backed by Rwanda fought "
        "their way into Goma. Heavy gunfire and explosions were heard near the airport and in the "
        "city centre overnight, residents told Reuters, and bodies lay in several streets. "
        "Congolese soldiers and allied militia fighters were retreating towards the west, a "
        "security source said. The UN refugee agency said hundreds of thousands of people who had "
        "already fled earlier fighting were sheltering in camps around the city with little food "
        "or water. 'Our artists, our volunteers and our audience are running for their lives,' "
        "festival director Guillaume Bisimwa said in a voice message. Hospitals run by the Red "
        "Cross were overwhelmed with wounded. Several Goma musicians said they had crossed into "
        "Gisenyi in Rwanda with their families. The festival, founded in 2014, usually draws "
        "about 30,000 people to the shore of Lake Kivu.",
        "B D H",
        "offensive",
    ),
    (
        "Kompa bands flee Port-au-Prince as gangs overrun their neighbourhoods",
        "Several of Haiti's best-known kompa bands have abandoned their studios and rehearsal "
        "rooms in Port-au-Prince after armed gangs of the Viv Ansanm coalition attacked the "
        "neighbourhoods of Solino and Nazon this week, musicians said. Gunmen set houses on fire "
        "and shot residents who tried to stay, according to the local rights group RNDDH, which "
        "counted at least 35 dead. The International Organization for Migration said more than "
        "10,000 people had been forced from their homes in the two districts in three days. 'We "
        "left with the guitars and nothing else,' said a singer whose group has played Haitian "
        "festivals in Miami and Montreal for 20 years. Police and Kenyan-led multinational forces "
        "exchanged fire with the gangs on Delmas road on Wednesday. Carnival, already cut back "
        "last year, has been cancelled in the capital for a second time. Band members said they "
        "were sleeping in a school turned into a displacement site in Petion-Ville.",
        "V B D",
        "gang_attack",
    ),
    (
        "Police fire on crowds after Bobi Wine arrest as protests spread across Kampala",
        "Ugandan security forces fired live ammunition and tear gas at protesters in Kampala on "
        "Wednesday and Thursday after the arrest of the singer and presidential candidate Robert "
        "Kyagulanyi, known as Bobi Wine, leaving at least 28 people dead, police said. Hospitals "
        "reported dozens of gunshot wounds. Supporters set tyres alight and blocked roads in the "
        "city centre and in several towns, and soldiers in plain clothes were seen firing from "
        "pickup trucks, according to witnesses. Kyagulanyi, whose songs made him a star before he "
        "entered politics, was detained at a campaign stop in Luuka district for allegedly "
        "breaking coronavirus rules on crowds. More than 350 people had been arrested, the police "
        "spokesman said. The singer's lawyers said he was being held at a police station in the "
        "east of the country. Musicians who have performed with his Fire Base Crew said they had "
        "gone into hiding. The United States and the European Union called for restraint.",
        "U",
        "crackdown",
    ),
]
