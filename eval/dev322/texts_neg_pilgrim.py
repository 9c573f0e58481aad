"""dev322 negatives: pilgrimages and festivals (crushes, heat, floods, quakes, accidents),
epidemics, prices and the uniforms around worship."""

NEGATIVES = [
    (
        "Hundreds killed in crush at Mina during hajj stoning ritual",
        "More than 700 pilgrims were killed and over 800 injured in a crush at Mina, near Mecca, on "
        "Thursday, as two large groups of people met at a street junction on the way to the "
        "stoning of the devil ritual, Saudi civil defence said. "
        "It was the worst disaster at the hajj in a quarter of a century. "
        "Temperatures of 46C added to the chaos as pilgrims collapsed in the heat. "
        "Rescue workers in orange uniforms carried bodies away on stretchers while others lay "
        "under white sheets along the road. "
        "The Saudi health minister said some pilgrims had not followed the timetables set by the "
        "authorities, which drew angry responses from other governments. "
        "Iran said 131 of its citizens were among the dead and accused Riyadh of mismanagement. "
        "King Salman ordered a review of the hajj plans. "
        "About two million pilgrims were performing the hajj this year.",
        "accident",
    ),
    (
        "Stampede at Maha Kumbh bathing ghats leaves 30 dead",
        "At least 30 people were killed and 60 injured in a stampede at the Maha Kumbh in Prayagraj "
        "before dawn on Wednesday, as crowds surged towards the Sangam for the holy dip on Mauni "
        "Amavasya, police said. "
        "Devotees sleeping near the barricades were trampled when the crowd pushed through, "
        "witnesses said. "
        "Police and volunteers cleared the area within an hour and the akharas, the orders of "
        "ascetics, postponed their procession before bathing later in the day. "
        "Officials estimated that around 76 million people bathed at the confluence on the day. "
        "“There were too many people and nowhere to go,” said a woman from Karnataka whose mother "
        "was missing. "
        "The Uttar Pradesh government announced compensation of 2.5 million rupees for each "
        "family and ordered a judicial inquiry. "
        "Opposition parties said the state had prioritised VIP visits over crowd safety.",
        "accident",
    ),
    (
        "Crush at Mount Meron bonfire festival kills 45",
        "Forty-five people were killed in a crush at a Lag BaOmer celebration on Mount Meron in "
        "northern Israel, the worst civilian disaster in the country's history. "
        "Tens of thousands of ultra-Orthodox Jews had gathered at the tomb of Rabbi Shimon Bar "
        "Yochai for the annual pilgrimage when people slipped on a sloping metal walkway and fell "
        "on top of each other. "
        "Paramedics said 150 people were taken to hospitals in Safed and Nahariya. "
        "Victims included children and teenagers, some from the United States and Canada. "
        "Prime Minister Benjamin Netanyahu called it “a heavy disaster” and declared a day of "
        "national mourning. "
        "Earlier reports had warned that the site could not safely hold the crowds. "
        "A state commission of inquiry later found several senior officials responsible for the "
        "failures.",
        "accident",
    ),
    (
        "Devotees trampled as crowd rushes to touch preacher's feet in Hathras",
        "At least 121 people, most of them women, were killed in a stampede at a religious "
        "gathering near Hathras in Uttar Pradesh on Tuesday, officials said. "
        "About 250,000 people had attended a satsang held by a self-styled godman known as Bhole "
        "Baba in a field meant for 80,000. "
        "As the preacher left, devotees rushed to collect soil from his path and fell into a muddy "
        "ditch beside the highway. "
        "Bodies were taken to the district hospital in tempos and buses, and relatives searched "
        "the rows of dead for hours. "
        "Police registered a case against the organisers, who had sought permission for a much "
        "smaller crowd. "
        "The preacher was not named in the complaint and released a statement blaming “anti-social "
        "elements”. "
        "The state government set up a special investigation team.",
        "accident",
    ),
    (
        "Bus carrying Pakistani Arbaeen pilgrims overturns in Iran",
        "A bus carrying Pakistani pilgrims to Iraq for the Arbaeen commemoration overturned in "
        "central Iran late on Tuesday, killing 28 people and injuring 23, Iranian officials said. "
        "The vehicle's brakes failed on a mountain road near the city of Yazd, according to the "
        "provincial crisis management office. "
        "Most of the passengers came from Larkana in Sindh province. "
        "Pakistan's foreign office said it was working with Iran to bring the bodies home by air. "
        "Millions of Shia Muslims make the journey to Karbala each year to mark the end of the "
        "forty days of mourning for Imam Hussein. "
        "Many Pakistani pilgrims travel by road through Iran because flights are expensive. "
        "Relatives in Larkana gathered at the offices of the tour company, which they said had "
        "used an old vehicle.",
        "accident",
    ),
    (
        "Fireworks blast at Kerala temple festival kills more than 100",
        "More than 100 people were killed and at least 380 injured when a fireworks display at the "
        "Puttingal Devi temple in Kollam, Kerala, set off an explosion in a storage building "
        "during the early hours of Sunday. "
        "The blast, which witnesses said sounded like a bomb, brought down part of the temple's "
        "office and sent concrete slabs flying into the crowd. "
        "Thousands of people had gathered for the annual competitive fireworks display, which the "
        "district collector had refused to permit. "
        "Hospitals in Kollam and Thiruvananthapuram were overwhelmed. "
        "Prime Minister Narendra Modi flew to the town with a team of doctors. "
        "Police arrested several members of the temple committee and the fireworks contractors. "
        "Kerala's temples had been warned for years about the risks of such displays.",
        "accident",
    ),
    (
        "Scaffolding collapse at Ethiopian church kills dozens of worshippers",
        "At least 36 people were killed when wooden scaffolding collapsed at the unfinished "
        "Arerti Mariam church in Ethiopia's Amhara region during an annual celebration of the "
        "Virgin Mary, local officials said. "
        "Hundreds of worshippers had gathered in and around the building, which was under "
        "construction, when the structure gave way. "
        "More than 200 people were injured, some of them seriously, and were taken to hospitals "
        "in Debre Berhan and Addis Ababa. "
        "An official of the Ethiopian Orthodox Tewahedo Church said many of the dead were women "
        "who had travelled from nearby villages. "
        "Police said they were investigating whether the scaffolding had been overloaded. "
        "The patriarch sent condolences and called for prayers across the church's parishes.",
        "accident",
    ),
    (
        "Hajj heatwave deaths pass 1,300 as temperatures hit 51C",
        "Saudi Arabia said 1,301 people died during this year's hajj, most of them unregistered "
        "pilgrims who walked long distances in temperatures that reached 51.8C in Mecca. "
        "The health minister said 83% of those who died did not hold official permits and had "
        "no access to air-conditioned tents or buses. "
        "Egypt said more than 600 of its citizens were among the dead and revoked the licences "
        "of 16 travel agencies that had arranged unofficial trips. "
        "Families in Jordan, Indonesia and Tunisia searched hospitals in Mecca for missing relatives. "
        "Scientists said climate change had made such heat more frequent along the route. "
        "The authorities said they had treated thousands of pilgrims for heat stress. "
        "Nearly 1.8 million pilgrims took part this year.",
        "disaster",
    ),
    (
        "Cloudburst near Amarnath cave shrine sweeps away pilgrims' tents",
        "At least 16 people were killed and about 40 were missing after a cloudburst sent a wall "
        "of water and mud through a camp of pilgrims near the Amarnath cave shrine in Kashmir on "
        "Friday evening, officials said. "
        "Tents and community kitchens set up for devotees were washed away in minutes. "
        "Soldiers, police and the National Disaster Response Force searched the debris with "
        "sniffer dogs through the night. "
        "Injured pilgrims were flown to hospitals in Srinagar by army helicopters. "
        "The yatra was suspended for three days and thousands of pilgrims waited in base camps in "
        "Baltal and Pahalgam. "
        "The meteorological department said heavy local rain had fallen on the slopes above the shrine."
        " Officials said more than 15,000 pilgrims had been evacuated from the lower camps as a "
        "precaution. The annual pilgrimage to the ice stalagmite revered as a form of Shiva "
        "draws hundreds of thousands of Hindus every summer, and local Muslim pony-wallahs "
        "helped carry the injured down the slopes.",
        "disaster",
    ),
    (
        "Antakya's ancient mosques and churches lie in ruins after quake",
        "The Habib-i Neccar mosque, one of the oldest in Anatolia, was reduced to rubble by the "
        "earthquakes that struck southern Turkey on Monday, along with much of the old city of Antakya. "
        "The Greek Orthodox church of St Peter and St Paul, rebuilt in the 1900s, also collapsed, "
        "and its priest said members of the congregation were among the dead. "
        "The city's small Jewish community lost its leader and his wife, who were found in the "
        "ruins of their apartment. "
        "Rescue teams from more than 20 countries are working in the province of Hatay. "
        "The death toll across Turkey and Syria has passed 40,000. "
        "Religious affairs officials said mosques still standing were being used as shelters and "
        "for funeral prayers. "
        "The government has promised to rebuild the historic buildings.",
        "disaster",
    ),
    (
        "Typhoon Rai tears roofs off churches on eve of Christmas Masses",
        "Dozens of churches in the central and southern Philippines were damaged by Typhoon Rai, "
        "known locally as Odette, days before the Simbang Gabi dawn Masses that lead up to Christmas. "
        "The Diocese of Tagbilaran in Bohol said at least 40 parish churches had lost roofs or "
        "windows. "
        "The storm killed more than 400 people and left hundreds of thousands homeless. "
        "Priests held Masses in open courtyards and gymnasiums, and parishes opened their halls to "
        "families whose houses were flattened. "
        "Caritas Philippines launched an appeal for food, water and tarpaulins. "
        "“The church building can wait; the people cannot,” a bishop told the Catholic news "
        "service in Manila."
        " In Siargao, the island that took the first landfall, the parish church was left with "
        "only its walls and bell tower standing. The bishops' conference asked dioceses across "
        "the country to hold a second collection at Christmas Masses for the typhoon's victims. "
        "Power was still out in much of Bohol a week later.",
        "disaster",
    ),
    (
        "Landslide on Vaishno Devi route kills pilgrims as monsoon rains lash Jammu",
        "A landslide struck the track to the Vaishno Devi shrine in Jammu and Kashmir on Tuesday, "
        "killing at least 32 pilgrims and injuring 20, officials said, as record monsoon rains "
        "battered the region. "
        "Boulders and mud came down near the Adhkuwari cave midway along the 12 km trek, burying "
        "people sheltering beside the path. "
        "The shrine board suspended the yatra and rescue teams from the army and the disaster "
        "response force searched for survivors. "
        "Rivers in Jammu overflowed, and several bridges were washed away. "
        "Thousands of pilgrims were stranded in Katra, where hotels offered free rooms. "
        "Some residents accused the board of allowing the yatra to continue despite weather warnings."
        " Helicopter services to the shrine were grounded because of low cloud. The India "
        "Meteorological Department issued a red alert for the Jammu division and said more "
        "heavy rain was expected over the next two days. The shrine, dedicated to the mother "
        "goddess, draws millions of Hindu pilgrims a year.",
        "disaster",
    ),
    (
        "King orders prayers for rain as Morocco's drought enters sixth year",
        "King Mohammed VI asked mosques across Morocco to hold the salat al-istisqa, the prayer "
        "for rain, on Friday as the country's worst drought in decades entered its sixth year. "
        "The ministry of Islamic affairs said the prayer would be performed after the morning in "
        "all towns and villages. "
        "Dams were about 23% full, and several cities have rationed water at night. "
        "Farmers in the Saiss plain said they had lost their wheat crop for the third year running. "
        "Imams were told to preach on water conservation in their Friday sermons. "
        "The government has sped up plans for desalination plants along the Atlantic coast."
        " In Rabat and Casablanca, worshippers gathered in open prayer grounds, some wearing "
        "their garments inside out as tradition requires. The agriculture ministry expects the "
        "cereal harvest to be less than half of a normal year. Many young people from farming "
        "villages have left for the cities in search of work, officials say.",
        "disaster",
    ),
    (
        "Shincheonji church at centre of South Korea's coronavirus surge",
        "More than half of South Korea's 1,500 coronavirus cases are linked to the Shincheonji "
        "Church of Jesus in Daegu, health officials said on Thursday, as the city became the "
        "centre of the largest outbreak outside China. "
        "Members sat close together on the floor during services, which experts said helped the "
        "virus spread. "
        "The authorities asked the church for a full list of its more than 200,000 members and "
        "were testing thousands who had attended the services. "
        "The church's founder, Lee Man-hee, apologised and said the church was cooperating. "
        "Critics accused the sect of hiding members, and a petition to disband it gathered more "
        "than a million signatures. "
        "Daegu's mayor said the city was in “a war against the virus” and asked residents to stay "
        "at home.",
        "health",
    ),
    (
        "Imams and priests learn safe burial rites as Ebola spreads in Sierra Leone",
        "Imams and priests in Sierra Leone's Kenema district have agreed to stop washing the "
        "bodies of people who died of Ebola, after health officials linked many new infections to "
        "funerals. "
        "The Inter-Religious Council trained more than 300 religious leaders this month in safe "
        "and dignified burials that respect Muslim and Christian rites. "
        "Under the new rules, burial teams in protective suits handle the bodies while a cleric "
        "prays from a distance. "
        "The World Health Organization said burials were behind as many as 60% of new cases in "
        "some districts. "
        "Families had resisted the teams, saying their relatives were being buried like animals. "
        "“We tell them the prayers are still said and the body still faces Mecca,” one imam said.",
        "health",
    ),
    (
        "Kano imams preach for polio drops as vaccination round begins",
        "More than 1,000 imams in Nigeria's Kano State will preach about polio vaccination in "
        "their Friday sermons this week as a new immunisation round begins, health officials said. "
        "The campaign aims to reach about 4.5 million children under five with oral drops. "
        "A decade ago, clerics in Kano led a boycott of the vaccine, claiming it could make girls "
        "infertile. "
        "The emir of Kano and the Sultan of Sokoto have since become leading champions of the "
        "campaign. "
        "Vaccinators will go house to house and visit Koranic schools. "
        "Nigeria has gone two years without a case of wild polio, and officials hope the "
        "country will be declared free of the disease."
        " Traditional and religious leaders will also sit on local committees that follow up on "
        "families who refuse the vaccine. Health workers said most refusals now came from fears "
        "about side effects rather than from religious objections. The campaign is paid for by "
        "the government with support from UNICEF and the Gates Foundation.",
        "health",
    ),
    (
        "Price war among hajj operators as quota cuts bite",
        "Private hajj operators in Pakistan are locked in a price war after the government "
        "announced a smaller share of the country's quota for private schemes, the operators' "
        "association said. "
        "Some companies have cut their packages by up to 200,000 rupees to fill seats, while "
        "others have been accused of selling places they do not have. "
        "The religious affairs ministry warned pilgrims to book only with licensed operators. "
        "The cost of the government scheme rose to about 1.1 million rupees this year, mainly "
        "because of the weaker rupee and higher Saudi fees for tents in Mina. "
        "Pakistan's quota is 179,210 pilgrims. "
        "Travel agents in Lahore said demand was strong despite the higher prices."
        " Last year hundreds of pilgrims who paid private companies were left stranded in "
        "Karachi when their visas failed to arrive. The operators' association said it would "
        "expel members who sold packages below cost. The first hajj flights are due to leave "
        "for Jeddah and Medina next month.",
        "economy",
    ),
    (
        "Jubilee year drives Rome hotel prices to record",
        "Hotel prices in Rome reached record levels in the first months of the Catholic Church's "
        "Jubilee year, as millions of pilgrims arrived to pass through the holy doors of the "
        "city's four major basilicas. "
        "The average price of a room in the centre was up about 30% from a year earlier, "
        "according to a hotel industry group. "
        "City officials expected more than 30 million visitors during the year. "
        "Rome spent about 4 billion euros on projects for the Jubilee, including a new underpass "
        "near St Peter's Square. "
        "Residents complained that short-term rentals had pushed them out of the historic centre. "
        "The Vatican said it had received more than 800,000 registrations for the pilgrimage "
        "through its app."
        " The Holy Door of St Peter's Basilica was opened by Pope Francis on Christmas Eve, "
        "starting the celebrations, which are held every 25 years. Shopkeepers near the Vatican "
        "said they had more customers than at any time since the pandemic. Airlines added "
        "flights from Latin America and Asia.",
        "economy",
    ),
    (
        "New Swiss Guards sworn in at the Vatican",
        "Thirty-four new recruits to the Pontifical Swiss Guard took their oath in the San Damaso "
        "courtyard of the Apostolic Palace on Tuesday, pledging to defend the pope with their lives. "
        "Each recruit held the corps' flag and raised three fingers of his right hand as his "
        "name was called. "
        "The guard, founded in 1506, is the world's smallest army, with about 135 members. "
        "Recruits must be Catholic, Swiss, single men between 19 and 30, and at least 1.74 metres tall. "
        "The ceremony is held every year on May 6th to remember the 147 guards who died defending "
        "Pope Clement VII during the sack of Rome in 1527. "
        "The Vatican is building new barracks to allow the corps to grow and to house married "
        "guards with their families.",
        "military",
    ),
    (
        "Saudi security forces parade in Mecca ahead of hajj season",
        "Thousands of Saudi security personnel marched in a parade in Mecca on Wednesday to mark "
        "their readiness for the hajj, which begins next week. "
        "The interior minister reviewed units of police, civil defence, special forces and "
        "emergency services, along with armoured vehicles and helicopters. "
        "Officials said more than 100,000 personnel would be deployed to manage crowds and "
        "traffic at the holy sites. "
        "Drones and thousands of cameras will monitor the routes between Mina, Muzdalifah and "
        "Arafat. "
        "The authorities warned that anyone trying to perform the pilgrimage without a permit "
        "would be fined. "
        "The parade ended with a display of rappelling from helicopters by counter-terrorism units."
        " A new system of smart permits, checked at roadblocks around Mecca, is meant to keep "
        "out the tens of thousands of unregistered pilgrims who crowded the holy sites in past "
        "years. The health ministry said its field hospitals along the route were ready.",
        "military",
    ),
]
