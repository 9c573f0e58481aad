"""dev421 negatives: the wars of the past (the Khmer Rouge tribunal and remembrance, old bombs
and landmines, Tak Bai, the 1975 anniversary), war films and exhibitions, and the armed forces
without violence (procurement, bases, exercises, arms fairs).

NEGATIVES = [(title, text, kind code), ...]
"""


def _j(*sentences: str) -> str:
    return " ".join(sentences)


NEGATIVES = [
    (
        "Khmer Rouge tribunal upholds Khieu Samphan genocide verdict in final ruling",
        _j(
            "The UN-backed Khmer Rouge tribunal on Thursday rejected the appeal of Khieu Samphan, the last surviving leader of the regime, against his conviction for genocide, crimes against humanity and war crimes, in its final ruling before it winds up its work.",
            "The Supreme Court Chamber of the Extraordinary Chambers in the Courts of Cambodia upheld his life sentence, finding that the Khmer Rouge had set out to destroy the Vietnamese and Cham Muslim minorities between 1975 and 1979.",
            "Khieu Samphan, 91, the regime's head of state, sat in a wheelchair in the courtroom on the outskirts of Phnom Penh and showed no reaction as the verdict was read.",
            "Hundreds of survivors, many brought by bus from the provinces, followed the hearing in the public gallery.",
            '"I waited 40 years to hear this," said Chum Mey, one of the few people to survive the S-21 prison, as he left the court.',
            "In 16 years of work at a cost of more than $330 million, the tribunal convicted only three people.",
            "Around 1.7 million people died of execution, starvation, overwork and disease under the regime, according to most estimates.",
            "The court will now focus on archiving its records and running outreach programmes for schools.",
            "Cases against four other former cadres were dropped after years of disputes between the Cambodian and international judges, and two defendants, Ieng Sary and Nuon Chea, died before their appeals ended.",
            "Government spokesman Phay Siphan said the ruling had brought justice to the victims and that Cambodia now wanted to look to the future.",
            "Survivor groups said they hoped the court's archive of testimony and documents would be kept open to researchers and to the families of the dead.",
        ),
        "history",
    ),
    (
        "Students re-enact Khmer Rouge killings at Choeung Ek Day of Remembrance",
        _j(
            "Hundreds of people gathered at the Choeung Ek killing fields outside Phnom Penh on Monday for the annual Day of Remembrance, when students in black uniforms re-enacted the torture and executions carried out by the Khmer Rouge.",
            "Drama students from the Royal University of Fine Arts played cadres beating prisoners with sticks and bamboo, while others, their hands tied, fell into pits as the crowd watched in silence.",
            "Some older spectators wept, and Red Cross volunteers helped a woman who fainted.",
            "Monks then led prayers at the memorial stupa, which holds more than 5,000 skulls unearthed from mass graves at the site.",
            "A Phnom Penh deputy governor said the ceremony was a way for young Cambodians to understand a past that their parents still found hard to talk about.",
            "The Day of Remembrance, held every May 20, was once known as the National Day of Hatred.",
            "Critics have questioned whether the graphic re-enactments are suitable for the children who watch them each year.",
        ),
        "history",
    ),
    (
        "Hundreds evacuated as sappers defuse 340kg US bomb in Dong Ha",
        _j(
            "About 500 people living near a construction site in Dong Ha city, Quang Tri province, were moved out of their homes on Wednesday while army engineers removed a 340-kilogram bomb dropped by US aircraft during the war.",
            "Workers digging foundations for a shophouse found the bomb three metres underground last week and called the police.",
            "The provincial military command cordoned off a radius of 500 metres and closed a section of National Highway 9 for about four hours.",
            "Sappers defused the fuse on site and took the bomb on a lorry to a military range in Cam Lo district, where it will be destroyed.",
            '"We were used to small bombs and shells, but this is the biggest I have seen," said a 60-year-old resident who went to stay with her daughter for the day.',
            "Quang Tri was the most heavily bombed province of Vietnam, and teams from the provincial military and the NGO Project RENEW still find thousands of pieces of ordnance every year.",
            "Since 1975, bombs and mines left over from the war have killed or injured more than 8,500 people in the province, according to the provincial mine action centre.",
        ),
        "history",
    ),
    (
        "Battambang rice farmer loses leg to mine from the 1980s",
        _j(
            "A 47-year-old rice farmer lost his right leg on Sunday when he stepped on an anti-personnel mine left over from the civil war while clearing scrub at the edge of his field in Battambang's Kamrieng district.",
            "His son carried him to the road, and he was taken to the provincial hospital, where doctors amputated the leg below the knee, the district police chief said.",
            "The area was a front line between government forces and the Khmer Rouge in the 1980s, when both sides laid mines along the Thai border.",
            "Deminers from the Cambodian Mine Action Centre arrived on Monday and found two more mines of the same Chinese-made Type 72 within 20 metres of the blast.",
            "The Cambodian Mine Action and Victim Assistance Authority says 19 people have been killed or injured by mines and other explosive remnants of war this year, down from more than 4,000 a year in the 1990s.",
            "Cambodia has set a target of clearing all known minefields by 2025, a deadline that officials now concede will be missed.",
            "The farmer's wife said the family would sell their two cows to pay for his recovery.",
        ),
        "history",
    ),
    (
        "Tak Bai case lapses as 20-year statute of limitations runs out",
        _j(
            "The criminal case over the deaths of 85 Muslim protesters in Tak Bai in 2004 expired at midnight on Friday, after none of the accused former officials appeared in court before the 20-year statute of limitations ran out.",
            "Seven people died when troops opened fire on a protest outside Tak Bai police station in Narathiwat on October 25, 2004, and 78 others suffocated or were crushed after being stacked in army trucks for a five-hour drive to a military camp.",
            "Relatives of the victims filed the case in April, and the Narathiwat Provincial Court accepted it in August against seven former officers, including a former army commander who had been a Pheu Thai MP.",
            "The attorney-general separately indicted eight others in September, but none of them could be found by the police.",
            '"The state has told us again that our lives are worth nothing," said a woman whose son died in one of the trucks.',
            "Prime Minister Paetongtarn Shinawatra apologised on behalf of the government, but said it could not extend the deadline.",
            "Rights groups called on Parliament to change the law so that cases involving state officials could not expire.",
        ),
        "history",
    ),
    (
        "Tanks, jets and veterans parade in Ho Chi Minh City for 50th anniversary of reunification",
        _j(
            "Tens of thousands of people lined the streets of Ho Chi Minh City on Wednesday morning to watch a military parade marking 50 years since the end of the war and the reunification of Vietnam on April 30, 1975.",
            "More than 13,000 soldiers, police officers and civilians marched down Le Duan Boulevard past the Independence Palace, where a North Vietnamese tank crashed through the gates half a century ago.",
            "Su-30 fighter jets and helicopters carrying the national flag flew over the city, and for the first time troops from China, Laos and Cambodia took part.",
            "Party General Secretary To Lam told the crowd that the victory belonged to the whole nation and called on Vietnamese at home and abroad to unite behind the country's development.",
            "Many spectators had camped overnight on the pavements to secure a place, some waving flags and wearing T-shirts printed with the date.",
            "Veterans in their seventies and eighties, their chests covered in medals, were given seats of honour on the grandstand.",
            "In the evening, fireworks were set off at 30 locations across the city.",
        ),
        "history",
    ),
    (
        "'Red Rain' breaks Vietnamese box office record with 700 billion dong",
        _j(
            '"Red Rain", a war film about the 81-day battle for the Quang Tri Citadel in 1972, has become the highest-grossing Vietnamese film of all time, taking more than VND 700 billion at the box office in under three weeks, distributor data showed on Monday.',
            "The film, produced by the People's Army Cinema, follows a squad of young soldiers defending the citadel under relentless American bombing and artillery fire.",
            "Audiences have flocked to cinemas across the country, and many screenings have ended with viewers standing and singing the national anthem.",
            'Director Dang Thai Huyen said she wanted young people to understand the sacrifices of a generation who "went into battle at 18 and never came back".',
            "Cinemas in Hanoi and Ho Chi Minh City added midnight shows to meet demand, and some veterans have watched it several times.",
            'The previous record was held by Tran Thanh\'s comedy-drama "Mai".',
            "Critics have praised the film's battle scenes, shot on a set built in Quang Tri, though some said it gave little room to the people of the city itself.",
        ),
        "entertainment",
    ),
    (
        "Cu Chi tunnels drama 'Tunnels' draws crowds ahead of April 30",
        _j(
            '"Tunnels: Sun in the Dark", a film about a team of guerrillas fighting from the Cu Chi tunnels in 1967, has earned about VND 100 billion in its first ten days, its producers said on Thursday.',
            "Directed by Bui Thac Chuyen, the film was shot largely in dark, cramped sets, with lights coming only from oil lamps and torches.",
            "It follows 21 fighters who hold their ground against a large American sweep of the area while protecting a group of intelligence officers.",
            "Bui Thac Chuyen said he spent more than ten years on the project and wanted to show the guerrillas as ordinary people, not heroes on a poster.",
            "The film was released to mark the 50th anniversary of the end of the war, and state-owned cinemas have offered discounted tickets to students.",
            "Visitors to the real tunnels in Ho Chi Minh City's Cu Chi district have also increased, the site's management board said.",
            "The production used more than 3,000 extras and props including replicas of M113 armoured personnel carriers.",
        ),
        "entertainment",
    ),
    (
        "Ranger Yak battles the spirit again as 'Death Whisperer 2' tops Thai box office",
        _j(
            '"Death Whisperer 2", the sequel to last year\'s hit Thai horror film, took more than 200 million baht in its first week, making it the fastest-earning Thai film in years, according to distributor M Pictures.',
            "Nadech Kugimiya returns as Yak, a former ranger who goes hunting in the jungle with his brothers to track down the evil spirit that killed his sister.",
            "The film mixes folk horror with action scenes in which Yak fires an assault rifle at the ghost and fights it hand to hand in a burning village.",
            "Director Taweewat Wantha said he wanted the sequel to feel like a war film set in the supernatural world.",
            "Cinemas in Kanchanaburi and the Northeast have added screenings, with some audiences turning up in ranger fatigues.",
            "The first film was based on a popular online story about a family in Kanchanaburi in the 1970s.",
            "Fans have already begun calling for a third instalment.",
        ),
        "entertainment",
    ),
    (
        "'Requiem' photographs of the Indochina wars go on show in Phnom Penh",
        _j(
            "An exhibition of photographs taken by journalists who died or went missing while covering the wars in Cambodia, Vietnam and Laos opened at the Bophana Centre in Phnom Penh on Friday.",
            "The 120 images, drawn from the collection assembled by the late British photographer Tim Page and his colleague Horst Faas, show soldiers in rice paddies, refugees on the roads and villages under bombardment between 1950 and 1975.",
            "Many were printed from negatives found in the cameras of photographers after they were killed.",
            "Among them are pictures by the Cambodian photographers who worked for international agencies before the Khmer Rouge took Phnom Penh in 1975.",
            '"They are not only war pictures. They are the last pictures these men took," said the centre\'s director, a documentary film-maker.',
            "Relatives of two of the photographers travelled from France and Japan for the opening.",
            "The exhibition runs until the end of March, and entry is free for students.",
        ),
        "entertainment",
    ),
    (
        "Air force picks Gripen over F-16 in 19.5bn baht fighter deal",
        _j(
            "The Royal Thai Air Force has chosen Saab's Gripen E/F over Lockheed Martin's F-16 Block 70 to replace its ageing fleet of F-16A/B fighters, with a first batch of four aircraft costing about 19.5 billion baht.",
            "Air force commander ACM Punpakdee Pattanakul said the Swedish jet had scored highest on cost, technology transfer and its ability to work with the Saab 340 airborne early warning planes and Gripen C/D already in service.",
            "The air force eventually wants 12 to 14 new fighters, to be bought in stages over the next decade.",
            "The deal includes offset arrangements under which Sweden will invest in Thai industry and train Thai engineers.",
            "Officials said the July border clashes with Cambodia had shown the need for modern jets, though they declined to discuss the performance of the F-16s used in those strikes.",
            "Opposition MPs said they would question the purchase during the budget debate, arguing that the money should go to farmers hit by US tariffs.",
            "The contract is expected to be signed before the end of the year.",
        ),
        "military",
    ),
    (
        "Hun Manet opens Chinese-built pier at Ream naval base",
        _j(
            "Prime Minister Hun Manet on Saturday inaugurated new facilities at the Ream naval base in Preah Sihanouk province built with Chinese funding, including a pier able to berth vessels of up to 5,000 tonnes and a dry dock.",
            "Hun Manet said the base was open to ships of any friendly country and denied that any part of it had been set aside for China's military.",
            '"Our constitution does not allow foreign military bases on Cambodian soil," he told a ceremony attended by Chinese navy officers and diplomats.',
            "Two Chinese corvettes, which have been docked at Ream since December for training, are expected to be handed over to the Royal Cambodian Navy later this year.",
            "The United States has long voiced concern that the base could give China a foothold on the Gulf of Thailand.",
            "A Japanese navy training ship will be the first foreign vessel to dock at the new pier, in the coming weeks, Cambodia's defence ministry said.",
            "The base also has a new naval hospital and a training centre built with Chinese aid.",
        ),
        "military",
    ),
    (
        "Marines storm Hat Yao beach as Cobra Gold opens with 30 nations",
        _j(
            "Thai, US and South Korean marines stormed the beach at Hat Yao in Chon Buri on Friday in an amphibious landing drill, the highlight of this year's Cobra Gold exercise, the largest in the Asia-Pacific.",
            "Landing craft and hovercraft carried troops and armoured vehicles ashore while helicopters flew overhead and warships stood offshore.",
            "About 8,000 troops from Thailand, the United States, Japan, South Korea, Singapore, Malaysia and Indonesia are taking part in field training, with observers from 23 other countries.",
            "The exercise also includes a live-fire drill at Lop Buri, cyber defence training and a simulated response to a cyclone and a chemical spill.",
            "Thai army chief Gen Pana Claewplodtook said the drills would help the armed forces respond to natural disasters as well as threats to security.",
            "US engineers are also building two school buildings in Nakhon Ratchasima and Lop Buri as part of the exercise's humanitarian projects.",
            "Cobra Gold runs until March 7.",
        ),
        "military",
    ),
    (
        "Vietnam signs arms deals worth $286 million at Hanoi defence expo",
        _j(
            "Vietnam signed 16 contracts and memorandums worth about $286 million with foreign arms makers on the first day of the Vietnam International Defence Expo at Gia Lam airfield in Hanoi on Thursday, the Ministry of National Defence said.",
            "More than 250 exhibitors from 30 countries, including the United States, Russia, Israel, South Korea and France, are showing drones, radars, armoured vehicles and naval weapons at the four-day show.",
            "Vietnam's own Viettel displayed a long-range reconnaissance drone and a coastal anti-ship missile system it said were made entirely in Vietnam.",
            'Prime Minister Pham Minh Chinh said Vietnam pursued a defence policy of "four nos", including no military alliances and no foreign bases, and wanted to build a self-reliant defence industry.',
            "Analysts said the expo showed Hanoi's wish to reduce its dependence on Russian weapons, which still make up most of its arsenal.",
            "Su-30 fighters and Yak-130 trainers performed flying displays over the airfield in the afternoon.",
            "Organisers expect about 50,000 visitors over the weekend, when the show opens to the public.",
        ),
        "military",
    ),
]
