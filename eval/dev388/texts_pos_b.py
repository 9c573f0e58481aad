"""Positives of dev388 (second half): riots and crackdowns that reach the music world, and
musicians, schools and shows under fire, 2020-2025. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Mylene Farmer calls off Stade de France show as riots spread to Saint-Denis",
        "The French singer Mylene Farmer cancelled the closing concert of her stadium tour at the "
        "Stade de France on Saturday, citing the violence that has gripped French suburbs since a "
        "police officer shot dead a 17-year-old driver in Nanterre. Overnight, rioters set fire "
        "to cars, looted shops and attacked town halls and police stations in dozens of towns, "
        "the interior ministry said, and 1,311 people were arrested. Saint-Denis, where the "
        "stadium stands, saw running battles between youths throwing fireworks and riot police "
        "firing tear gas. 'The conditions for the safety of the public, the artists and the teams "
        "are not met,' her production company said. About 80,000 tickets had been sold. Several "
        "festivals in the Paris region also scaled back their programmes, and public transport "
        "stopped running at 9pm. Interior Minister Gerald Darmanin said 45,000 police officers "
        "and gendarmes would be deployed for a third night. Fans who had travelled from Belgium "
        "and Switzerland said they would seek refunds.",
        "U",
        "riot",
    ),
    (
        "Promoters pull gigs as rioters attack hotel housing asylum seekers in Rotherham",
        "Promoters across northern England called off shows this weekend after rioters attacked a "
        "hotel housing asylum seekers near Rotherham on Sunday, smashing windows and setting fire "
        "to bins pushed against the building while residents were inside. South Yorkshire Police "
        "said more than 50 officers were injured by bricks, bottles and fire extinguishers thrown "
        "by a crowd of several hundred. The violence followed disorder in Southport, Hartlepool "
        "and Sunderland after the fatal stabbing of three girls at a dance class, fuelled by "
        "false claims online about the suspect. A Sheffield venue said it had postponed a "
        "sold-out hip-hop night after staff received threats, and a Leeds festival moved its "
        "Sunday programme indoors. 'We are not going to put our audience on the streets in the "
        "middle of this,' the venue's manager said. Prime Minister Keir Starmer described the "
        "attacks as 'far-right thuggery'. Musicians including members of the Arctic Monkeys "
        "shared messages of solidarity with the city's migrant community.",
        "U V",
        "riot",
    ),
    (
        "Musicians join Nairobi protesters as police open fire near parliament",
        "Kenyan police opened fire on protesters outside parliament in Nairobi on Tuesday after "
        "crowds broke through barricades and set part of the building alight, as lawmakers passed "
        "a contested finance bill. At least 17 people were killed across the country, the Kenya "
        "National Commission on Human Rights said, and more than 200 were treated for injuries. "
        "Several well-known artists, among them the rapper Juliani and the gengetone group Ethic, "
        "had marched with young protesters earlier in the day. 'We came to sing, and they brought "
        "bullets,' one singer posted after being hit by a tear gas canister. Police also fired "
        "water cannon and tear gas in Mombasa, Kisumu and Nakuru. Protesters torched part of "
        "Nairobi's City Hall in the evening. President William Ruto called the storming of "
        "parliament 'treasonous' and deployed the army to support the police. Radio stations "
        "played protest songs through the night, and the hashtag Occupy Parliament trended "
        "worldwide.",
        "U",
        "crackdown",
    ),
    (
        "Singer behind 'Baraye' arrested as security forces fire on Iranian protesters",
        "Iranian authorities arrested the singer Shervin Hajipour days after his song 'Baraye', "
        "built from tweets about the death of Mahsa Amini in morality police custody, drew tens "
        "of millions of views, his family said. His detention came as security forces fired live "
        "rounds and tear gas at protesters in Tehran, Zahedan and cities across the Kurdish "
        "north-west, according to rights groups. Oslo-based Iran Human Rights said at least 92 "
        "people had been killed since protests began, including dozens in Zahedan on Friday when "
        "security forces fired on worshippers leaving prayers. Internet access was severely "
        "restricted. Hajipour's song, which lists reasons people are protesting, has been sung by "
        "schoolgirls and in university courtyards across the country. State media called the "
        "unrest riots organised by foreign enemies. Hajipour was released on bail a week later "
        "and posted a statement saying he had not intended to be political. Musicians outside "
        "Iran, among them Coldplay, performed the song in concert.",
        "U V",
        "crackdown",
    ),
    (
        "Belarus musicians beaten and detained as riot police break up Minsk marches",
        "Riot police in Minsk beat and detained dozens of people on Sunday, among them several "
        "well-known rock musicians, as tens of thousands marched against the official result of "
        "the presidential election, rights groups said. The Viasna human rights centre said more "
        "than 600 people had been detained across Belarus over the weekend. Officers fired stun "
        "grenades and rubber bullets near the Stela war memorial, and video showed masked men "
        "dragging protesters into unmarked vans. Members of the band Dai Darogu, who had played "
        "an impromptu set for the crowd, were held for 10 days, their manager said. Two sound "
        "engineers who played Viktor Tsoi's 'Peremen' at an official event in August were jailed "
        "for 10 days. Released detainees described being forced to kneel in prison yards for "
        "hours. The government of Alexander Lukashenko says the protests are orchestrated from "
        "abroad. Several Belarusian festivals have moved to Lithuania and Poland.",
        "U",
        "crackdown",
    ),
    (
        "Tbilisi clubs shut in solidarity as police use water cannon on protesters",
        "Georgian riot police fired water cannon, tear gas and pepper spray at protesters outside "
        "parliament in Tbilisi for a sixth night, the interior ministry said, as the country's "
        "techno clubs shut their doors in solidarity with the demonstrators. Bassiani, Mtkvarze "
        "and KHIDI said they would stay closed until further notice, urging fans to join the "
        "protests against the government's decision to suspend talks on joining the European "
        "Union. The ombudsman's office said dozens of detainees showed signs of beating, and the "
        "ministry said 48 officers had been injured by fireworks and stones. More than 400 people "
        "have been arrested since the protests began. 'The dancefloor is on Rustaveli Avenue "
        "now,' one resident DJ said. Masked men attacked journalists and opposition activists in "
        "several parts of the city, according to local media. Prime Minister Irakli Kobakhidze "
        "praised the police for their professionalism. Several foreign artists cancelled December "
        "shows in the Georgian capital.",
        "U",
        "crackdown",
    ),
    (
        "Gaza music school's teachers killed as strikes flatten the building",
        "An Israeli air strike destroyed the Gaza City branch of the Edward Said National "
        "Conservatory of Music and killed two of its teachers, the conservatory said on "
        "Wednesday. The school's director in Ramallah said the building in the Tal al-Hawa "
        "neighbourhood, which held pianos, ouds and a library of scores, had been reduced to "
        "rubble. Hamas-run authorities in Gaza said strikes across the territory had killed more "
        "than 90 people in 24 hours. The Israeli military said it was striking Hamas "
        "infrastructure and took precautions to limit civilian harm. Most of the school's 150 "
        "students have fled south with their families and are living in tents in Rafah and Deir "
        "al-Balah, where the UN says food and clean water are running out. One teacher has been "
        "giving guitar lessons in a UNRWA school turned shelter, using the only instrument he "
        "managed to carry. 'Music is the last thing they have,' he said by phone. Aid agencies "
        "say only a fraction of the trucks needed are entering the strip.",
        "E M D H",
        "airstrike",
    ),
    (
        "Jihadists kill guests at wedding in central Mali for playing music",
        "Gunmen believed to belong to an al-Qaeda-linked group killed at least 20 people at a "
        "wedding in central Mali's Mopti region on Saturday night after ordering the hosts to "
        "stop the music, local officials and a relative of one victim said. The attackers arrived "
        "on motorbikes as a griot and his ensemble were performing, and opened fire on the men's "
        "gathering before burning the musicians' instruments, the officials said. Jama'at Nusrat "
        "al-Islam wal-Muslimin, which controls much of the surrounding countryside, has banned "
        "music, dancing and celebrations in villages it holds. Women and children from the "
        "village fled on foot towards the town of Djenne overnight, a local councillor said. The "
        "army said it had sent reinforcements. Mali's music scene, which gave the world Ali Farka "
        "Toure and Oumou Sangare, has been hit hard since jihadists first banned music in the "
        "north in 2012. The Festival au Desert has not been held in Mali for years.",
        "T V D",
        "massacre",
    ),
    (
        "Taliban fighters kill folk singer Fawad Andarabi at his home",
        "Taliban fighters dragged the folk singer Fawad Andarabi from his home in the Andarab "
        "valley north of Kabul and shot him dead in the head, his son told the Associated Press "
        "on Sunday. Andarabi was known for playing the ghichak, a bowed string instrument, and "
        "for songs praising his homeland and its people. His son said Taliban fighters had "
        "searched the house and even drunk tea with the family days earlier. The killing came as "
        "fighting broke out in Andarab between Taliban units and local resistance fighters allied "
        "with the National Resistance Front in the neighbouring Panjshir valley. A Taliban "
        "spokesman, Zabihullah Mujahid, said the group would investigate. Former interior "
        "minister Masoud Andarabi wrote that the Taliban's 'brutality' in the valley continued. "
        "Musicians in Kabul have hidden or destroyed instruments since the group took power, and "
        "some have fled to Pakistan. The UN special rapporteur on cultural rights called the "
        "killing a grave attack on Afghan culture.",
        "V B",
        "killing",
    ),
    (
        "Punk frontman who swapped the stage for the trenches killed near Bakhmut",
        "The singer of the Kharkiv punk band Proty Vitru, who joined the army in the first week "
        "of Russia's full-scale invasion, was killed in fighting near Bakhmut, his unit and "
        "bandmates said on Monday. Denys Kovalchuk, 34, died when Russian forces attacked his "
        "unit's positions on the southern flank of the city, the 93rd brigade said. Russian "
        "troops and fighters of the Wagner group have been advancing street by street in Bakhmut "
        "for weeks under heavy artillery fire. 'He used to say that the songs could wait,' the "
        "band's drummer wrote. Kovalchuk had played gigs in bomb shelters during leave and "
        "recorded a last single on a phone in a dugout. Ukraine's musicians' union says more than "
        "60 musicians have been killed since February 2022, most of them serving in the armed "
        "forces. A farewell ceremony will be held at Kharkiv's Palace of Labour on Wednesday. The "
        "band said it would release his final recordings later this year.",
        "B E",
        "battle",
    ),
    (
        "Belgorod New Year concerts called off after shelling kills 25 in city centre",
        "Authorities in the Russian city of Belgorod cancelled New Year concerts and the city's "
        "festive events after shelling of the centre on Saturday killed 25 people, including five "
        "children, and wounded more than 100, regional governor Vyacheslav Gladkov said. Rockets "
        "and drones hit a skating rink, a shopping centre and apartment blocks as people were out "
        "celebrating, he said. Russia's defence ministry blamed Ukraine for the attack, which "
        "came a day after a massive Russian air strike on Ukrainian cities killed at least 39 "
        "people. A pop singer due to headline the city's main stage said the show could not go on "
        "while families were burying their dead. Gladkov said some schoolchildren from border "
        "districts would be moved to camps in other regions, and dozens of families had asked to "
        "leave. Air-raid sirens sounded in Belgorod several times on Sunday. Moscow promoters "
        "said they had doubled security at New Year's Eve concerts.",
        "E D",
        "shelling",
    ),
    (
        "Kyiv concert moves underground as missile barrage hits children's hospital",
        "A string quartet that had been due to play at the Kyiv Conservatory on Monday instead "
        "performed for hundreds of people sheltering on the platform of Zoloti Vorota metro "
        "station as Russia launched one of its heaviest missile attacks on the capital. At least "
        "33 people were killed in Kyiv and other cities, Ukrainian officials said, and a missile "
        "struck Okhmatdyt, the country's largest children's hospital, as children were undergoing "
        "dialysis and surgery. Doctors carried young patients out into the street, and volunteers "
        "cleared rubble by hand. The health ministry said the toxicology and intensive care units "
        "were badly damaged and that sick children were being moved to other hospitals. 'We "
        "played Skoryk's Melody three times because people kept asking for it,' the cellist said. "
        "The Ukrainian air force said it had shot down 30 of 38 missiles. Russia's defence "
        "ministry said it had targeted defence industry sites. The conservatory said the concert "
        "would be rescheduled.",
        "E V H M",
        "missile_strike",
    ),
    (
        "Khartoum musicians abducted by RSF fighters, union says, as artists flee to Cairo",
        "Fighters of the Rapid Support Forces have abducted at least nine musicians in Khartoum "
        "and Omdurman in the past month, Sudan's artists' union said on Thursday, accusing the "
        "paramilitary group of smashing instruments and forcing performers to sing at its "
        "positions. Two oud players were released after their families paid ransoms, but the "
        "others remain missing, the union said. A 29-year-old percussionist told the Guardian he "
        "had been held for six days in a basement in Bahri and beaten with a cable. The RSF did "
        "not respond to requests for comment. The union said most of Khartoum's working musicians "
        "had fled, many of them to Cairo, where a growing scene of Sudanese artists now plays at "
        "weddings and cafes in Faisal and Ard al-Liwa. The UN says more than 10 million people "
        "have been forced from their homes since the war began in April 2023. 'We left our city "
        "but the songs came with us,' said a singer in Cairo.",
        "V D",
        "abduction",
    ),
    (
        "Haifa opera and rock shows cancelled as Hezbollah rockets reach the city",
        "The Israeli Opera and several rock promoters cancelled performances in Haifa this week "
        "after Hezbollah fired dozens of rockets at the city and its suburbs, hitting homes in "
        "Kiryat Bialik and wounding several people, the Magen David Adom service said. The Home "
        "Front Command limited gatherings in the north to 30 people outdoors. Tens of thousands "
        "of residents of border towns have been evacuated since last October, and many have spent "
        "nearly a year in hotels in Tiberias and Haifa. The Israeli military said it had struck "
        "Hezbollah launchers and weapons stores in southern Lebanon overnight. 'Our musicians "
        "live here; half of them spent the night in stairwells,' the director of the Haifa "
        "Symphony Orchestra said. A benefit concert for evacuees from Kiryat Shmona was moved to "
        "Tel Aviv. Hezbollah said the rockets were a response to Israeli strikes that killed "
        "civilians in southern Lebanon.",
        "E M D",
        "rocket_attack",
    ),
    (
        "Gunmen storm Mogadishu's Lido beach where bands play on Friday nights",
        "Al-Shabaab fighters attacked Lido beach in Mogadishu on Friday evening, setting off a "
        "suicide bomb and firing on families and young people who had gathered at seafront "
        "restaurants, Somali police said. At least 32 people were killed and 63 wounded, a police "
        "spokesman said on Saturday. The attack hit the Beach View hotel, a popular spot where "
        "local bands play Somali pop on Friday nights. 'The singer had just started when the "
        "blast came,' a waiter said. Security forces fought the gunmen for several hours and said "
        "they had killed five attackers. Al-Shabaab, which is linked to al-Qaeda, claimed "
        "responsibility. The group has long targeted Mogadishu's hotels and beach venues, which "
        "it regards as places of sin. Somalia's music scene has revived in recent years, with "
        "concerts in the capital drawing thousands. The prime minister visited the wounded at "
        "Medina hospital.",
        "T V E B",
        "terrorist_attack",
    ),
    (
        "Vallenato festival in Catatumbo cancelled as ELN offensive drives tens of thousands out",
        "A vallenato festival planned for next month in Tibu, in Colombia's north-eastern "
        "Catatumbo region, has been cancelled after fighting between the ELN guerrillas and "
        "dissidents of the former FARC killed at least 80 people, local authorities said. The ELN "
        "has attacked villages across the region since Thursday, pulling people from their homes "
        "and killing former FARC fighters and social leaders, the ombudsman's office said. More "
        "than 36,000 people have fled to Cucuta, Ocana and Tibu, where sports halls and schools "
        "have been turned into shelters. President Gustavo Petro suspended peace talks with the "
        "ELN and declared a state of internal commotion. Soldiers were being flown into the "
        "region. An accordion player from Tibu said half of his band had left for Cucuta and the "
        "other half were hiding in the hills. Aid agencies said shelters were running short of "
        "food and mattresses.",
        "B V D H M",
        "offensive",
    ),
]
