"""dev281 positives, part A: emergency services meeting current strikes, bombings and crackdowns.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Dnipro rescuers work through second night at collapsed entrance of high-rise",
        "Emergency crews in Dnipro worked under floodlights for a second night on Sunday at a "
        "nine-storey block on Naberezhna Peremohy, where an entire entrance came down after a "
        "Russian missile hit the building on Saturday afternoon. The State Emergency Service said "
        "its teams had pulled 39 people alive from the rubble, among them six children, and "
        "recovered 25 bodies so far. More than 40 residents were still unaccounted for, regional "
        "governor Valentyn Reznichenko wrote on Telegram. Rescuers used cranes to lift slabs and "
        "stopped every hour for a minute of silence, listening for knocks or voices beneath the "
        "concrete. Ukraine's air force said the building was struck by a Kh-22 cruise missile, a "
        "Soviet-era weapon designed to sink aircraft carriers that air defences cannot bring down. "
        "Volunteers queued outside a tent of the emergency service to hand out hot tea, and a "
        "psychologist from the regional centre sat with relatives behind the police tape. "
        '"We will work until we have checked every cubic metre," said a shift commander, his '
        "helmet grey with dust. The city declared three days of mourning.",
        "E",
        "missile_strike",
    ),
    (
        "Two firefighters killed as second missile hits Kharkiv site while crews battled fire",
        "Two firefighters of the State Emergency Service were killed and five others wounded in "
        "Kharkiv on Thursday when a second missile struck a printing works where they had been "
        "sent to put out a blaze caused by the first, regional officials said. The crews had "
        "arrived about 20 minutes after the initial impact in the Osnovianskyi district, the "
        "service said in a statement, and were unrolling hoses when the second strike came. "
        'Governor Oleh Syniehubov called it a deliberate "double-tap" aimed at rescuers, a '
        "pattern the emergency service says has killed more than 90 of its staff since the "
        "full-scale invasion began. Three fire engines were destroyed. Kharkiv's emergency "
        "department has since told crews to wait at a distance after strikes on certain sites, a "
        'rule commanders concede costs time when people are trapped. "Every one of us knows the '
        'second one can come," said a 31-year-old driver who pulled an injured colleague behind '
        "a wall. The printing works, one of the largest in Ukraine, lost about 50,000 books in "
        "the fire. Seven employees of the plant also died.",
        "E V H",
        "double_tap_strike",
    ),
    (
        "Civil defence crews dig by hand after strike on Jabalia school shelter",
        "Palestinian Civil Defence teams in northern Gaza dug with shovels and bare hands on "
        "Thursday after an Israeli strike hit a school run by the UN agency UNRWA in Jabalia, "
        "where hundreds of displaced families had been sleeping in classrooms. The agency's "
        "spokesman, Mahmoud Basal, said at least 27 bodies had been recovered by the evening and "
        'that his crews believed more people were under the collapsed wing. "We have one '
        'bulldozer in the whole north and no diesel for it," he said. Rescuers took the wounded '
        "to Kamal Adwan hospital on donkey carts and in private cars, since only two of the "
        "service's ambulances were still running. The Israeli military said it had targeted a "
        "Hamas command post inside the compound and had taken steps to reduce harm to civilians. "
        "The civil defence said it has lost more than 80 of its own members since October 2023. "
        "Families who survived the strike carried mattresses and plastic jerrycans down the road "
        "towards Gaza City, unsure where they would sleep.",
        "E V D H",
        "airstrike",
    ),
    (
        "Strike on Baalbek civil defence centre kills 12 rescuers, Lebanon says",
        "Twelve members of Lebanon's Civil Defence were killed late on Thursday when an Israeli "
        "strike flattened their centre in Douris, on the edge of Baalbek, the Interior Ministry "
        "said. The team had returned from a call-out hours earlier and were resting in the "
        "two-storey building, according to the head of the regional directorate. Rescuers from "
        "neighbouring villages worked through the night with a single excavator to reach them, "
        "and the last body was brought out after dawn. Lebanon's caretaker health minister, "
        "Firass Abiad, said the attack was part of a pattern of strikes on paramedics and "
        "firefighters, with more than 150 emergency and health workers killed since Israel "
        "widened its campaign against Hezbollah in late September. The Israeli military did not "
        "comment on the Douris strike but has said it targets Hezbollah infrastructure across "
        'the Bekaa valley. "They were dispatchers, drivers and two volunteers," said the mayor '
        'of Douris. "They took people to hospital, that is all they did." The directorate said '
        "it would keep its remaining centres open.",
        "E V H M",
        "airstrike",
    ),
    (
        "White Helmets pull survivors from Maarat al-Numan market after air raid",
        "Volunteers of the Syria Civil Defence, known as the White Helmets, spent Monday "
        "afternoon searching a vegetable market in Maarat al-Numan that was struck at midday "
        "while it was crowded with shoppers, the group said. At least 38 people were killed and "
        "dozens more wounded, according to its local centre, which said warplanes dropped two "
        "bombs on the stalls and then returned for a third run. Opposition monitors blamed "
        "Russian jets supporting the Syrian government's offensive on southern Idlib; Moscow "
        "denied its aircraft were operating in the area. Footage released by the volunteers "
        "showed rescuers carrying a girl in a pink jumper out of a collapsed shop and a man "
        "lifting fruit crates from a crushed car. The centre's ambulance was hit by shrapnel on "
        "its way back from the hospital. Residents of the town have been leaving towards the "
        "Turkish border for weeks, and after Monday's raid the road north was jammed with "
        "lorries and motorbikes carrying mattresses, a White Helmets coordinator said.",
        "E V D M",
        "airstrike",
    ),
    (
        "Firefighters race to rocket fires across Kiryat Shmona as sirens sound 20 times",
        "Fire crews in Kiryat Shmona spent much of Tuesday moving between blazes started by "
        "rockets fired from Lebanon, the Fire and Rescue Authority said, as sirens sounded in the "
        "northern town about 20 times between dawn and late afternoon. Hezbollah said it had "
        "launched barrages at military positions in the Galilee in response to Israeli strikes "
        "in south Lebanon. Three homes, a car park and dry brush on the slopes above the town "
        "were set alight, and a man in his sixties was lightly hurt by shrapnel, the Magen David "
        "Adom ambulance service said. The town's 22,000 residents were ordered out by the "
        "government last October, leaving mostly soldiers, municipal workers and a handful of "
        "elderly people who refused to go. Firefighters said the rocket fires had been harder to "
        "fight because of strong easterly winds and because crews had to take cover in "
        "concrete shelters each time an alert came. Two Canadair aircraft were sent from the "
        'coast to help contain the largest fire. "We put one out and another starts," a station '
        "commander told Channel 12.",
        "E D",
        "rocket_fire",
    ),
    (
        "Red Crescent teams in Tehran say rescue work hampered as strikes continue",
        "Iranian Red Crescent teams in Tehran said on Monday they were still recovering bodies "
        "from residential buildings in the north of the capital hit during a third night of "
        "Israeli strikes, as air defence fire echoed over the city. The society's head, "
        "Pirhossein Kolivand, told state television that 14 search and rescue groups were "
        "working at sites in Tajrish, Niavaran and Chitgar, and that dogs had been brought from "
        "Isfahan. The Israeli military said its aircraft had struck missile launchers, "
        "command centres and the homes of senior commanders as part of an operation it "
        "said would continue for days. Iran's health ministry put the national death toll since "
        "Friday at 224, most of them civilians. Traffic out of Tehran towards the Caspian coast "
        "stood still for hours as residents left the city. Ambulance crews were struggling to "
        "move through blocked streets, the Tehran emergency service said, and fuel queues at "
        "petrol stations stretched for kilometres. Metro stations have been opened at night as "
        "shelters.",
        "E M D",
        "airstrike",
    ),
    (
        "Rescue 1122 crews work for 30 hours at bombed Peshawar police mosque",
        "Rescue 1122 teams ended their search at the mosque inside Peshawar's Police Lines on "
        "Tuesday evening after some 30 hours, the service said, with the death toll from "
        "Monday's suicide bombing standing at 100. Most of the dead were policemen who had "
        "gathered for afternoon prayers when the bomber, standing in the second row, blew "
        "himself up. The blast brought down the main hall's roof, trapping dozens of "
        "worshippers. A faction of the Pakistani Taliban, the TTP, was initially said to have "
        "claimed the attack, though the group's main spokesman later distanced it. Rescuers "
        "worked with cutters and a heavy crane brought from the motorway police, and doctors at "
        "Lady Reading Hospital, where more than 200 wounded were taken, appealed for blood "
        'donors. "Every time we lifted a slab we found another uniform," a Rescue 1122 team '
        "leader said. Police chiefs have ordered an inquiry into how the bomber passed through "
        "several checkpoints inside one of the most heavily guarded compounds in the city. "
        "Funeral prayers were held on the police ground on Tuesday.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Aamin Ambulance drivers describe chaos after twin car bombs in Mogadishu",
        "Drivers of Aamin Ambulance, Mogadishu's free volunteer service, said on Sunday they "
        "had carried more than 100 wounded from the Zobe junction after two car bombs exploded "
        "minutes apart outside the education ministry on Saturday. The second blast went off as "
        "the first ambulances and crowds arrived, the service's founder, Abdulkadir Abdirahman "
        "Adan, said, and one of his vehicles was wrecked. President Hassan Sheikh Mohamud said at "
        "least 100 people were killed and 300 injured in what he called a cowardly attack by "
        "al-Shabaab, which later claimed responsibility. Many of the dead were street vendors, "
        "minibus passengers and mothers with children on the busy road. Hospitals in the city "
        "put out calls for blood and the Turkish-run Recep Tayyip Erdogan hospital received "
        'dozens of the worst cases. "We could not tell who was alive at first," one Aamin '
        "paramedic said. The junction was also the site of the 2017 truck bombing that killed "
        "more than 500 people, the deadliest attack in Somalia's history.",
        "E T V",
        "car_bomb",
    ),
    (
        "SEMA says female bombers struck wedding, hospital and funeral in Gwoza",
        "Suicide bombers, several of them women, struck a wedding, a hospital and a funeral in "
        "the Borno town of Gwoza on Saturday, killing at least 32 people and wounding 42, the "
        "director-general of the Borno State Emergency Management Agency, Barkindo Saidu, "
        "said. The first bomber detonated her explosives among wedding guests in the afternoon, "
        "and a second struck at the general hospital as the wounded were being brought in. A "
        "third attack hit mourners at the funeral of the first victims. No group claimed the "
        "attacks immediately, but police blamed Boko Haram, whose fighters have used women and "
        "girls as bombers for a decade. SEMA teams and soldiers evacuated 19 of the seriously "
        "injured to Maiduguri by road under escort, Saidu said. Gwoza was retaken from the "
        "jihadists in 2015 and is home to tens of thousands of people displaced from villages "
        "near the Mandara mountains. Borno's governor, Babagana Zulum, condemned the bombings "
        "and ordered the agency to pay for the treatment of all the wounded.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "El Fasher volunteers carry wounded on carts as RSF shells Abu Shouk camp",
        "Volunteers of El Fasher's Emergency Response Room said they were taking the wounded to "
        "the Saudi Hospital on donkey carts and in wheelbarrows on Sunday, after the Rapid "
        "Support Forces shelled the Abu Shouk displacement camp for a fourth day. At least 17 "
        "people were killed, including four children queuing for water, the group said in a "
        "statement. The paramilitary force, which has besieged the capital of North Darfur "
        "since May, denied targeting civilians and said it was striking army positions. The "
        "Saudi Hospital, the last in the city partly working, has itself been shelled several "
        "times and was operating with one surgeon on Sunday, according to Medecins Sans "
        "Frontieres. Ambulances stopped running weeks ago for lack of fuel. Hundreds of families "
        "left Abu Shouk overnight for Tawila, about 60 kilometres to the west, a volunteer said. "
        '"We carry people with our hands because there is nothing else," said a 24-year-old '
        "medical student who joined the response room after the university closed.",
        "E V D H",
        "shelling",
    ),
    (
        "Red Cross volunteers collect bodies from Goma streets after M23 takes city",
        "Volunteers of the Red Cross of the Democratic Republic of Congo began collecting bodies "
        "from the streets of Goma on Wednesday, two days after M23 rebels backed by Rwanda pushed "
        "into the city and fighting with the army and allied militias spread through its "
        "neighbourhoods. The International Committee of the Red Cross said hospitals had taken "
        "in more than 600 wounded since Sunday, and that Kyeshero hospital had run out of "
        "space. Gunfire could still be heard near the airport, which the rebels said they "
        "controlled. Bursts of mortar fire also hit parts of Gisenyi across the border in "
        "Rwanda, where Rwandan emergency services said five people died. Tens of thousands of "
        "people who had been living in displacement sites around Goma were fleeing again, "
        "aid agencies said, and electricity and water were cut across much of the city. "
        '"We have teams out but we cannot reach every district," a Red Cross official told '
        "Reuters. The city's fire brigade, with two working engines, was trying to contain fires "
        "at a fuel depot.",
        "B E D H",
        "battle",
    ),
    (
        "Paramedics treating Nairobi protesters came under fire, Red Cross says",
        "The Kenya Red Cross said on Wednesday that two of its ambulances were hit by bullets "
        "and a volunteer was wounded as police opened fire on protesters outside parliament in "
        "Nairobi on Tuesday. The society said its teams treated more than 200 people in the "
        "capital, 160 of them with injuries from tear gas, rubber bullets and live "
        "ammunition, and took 22 to Kenyatta National Hospital. The Kenya National Commission on "
        "Human Rights put the national death toll from the protests against the Finance Bill at "
        "22. Demonstrators briefly stormed the parliament compound and set part of the building "
        "on fire, and fire crews from the city county were held back for more than an hour "
        "before they could reach it. St John Ambulance said one of its first-aid points near "
        "the Holy Family Basilica was tear-gassed while medics were treating a teenager with a "
        "chest wound. Doctors' unions said police had also arrested volunteer medics. Interior "
        "Minister Kithure Kindiki defended the police response.",
        "U",
        "crackdown",
    ),
    (
        "Fire crews unable to reach blazing stations as Dhaka unrest spreads",
        "Bangladesh's Fire Service and Civil Defence said on Friday that its crews could not "
        "reach several burning buildings in Dhaka, including the headquarters of the state "
        "broadcaster BTV, because crowds blocked the roads and threw stones at fire engines. "
        "Protesters demanding an end to quotas in government jobs set fire to toll plazas, "
        "police boxes and two metro stations on Thursday and Friday, the service's director "
        "said, and one of its vehicles was burned in Mirpur. Police fired tear gas, rubber "
        "bullets and live rounds, and hospitals reported more than 100 deaths over three days. "
        "The government imposed a nationwide curfew from midnight and said soldiers would be "
        "deployed. A fire officer at the Mohakhali station said his team turned back after a "
        'crowd surrounded the engine. "We are not police, but they do not see the difference in '
        'the smoke," he said. Mobile internet remained shut down across the country for a '
        "second day, and the fire service said it was answering calls over landlines.",
        "U",
        "riot",
    ),
    (
        "Volunteer rescuers say junta jets returned as they searched Pazigyi ruins",
        "Volunteer rescuers in Myanmar's Sagaing region said on Wednesday they were forced to "
        "abandon their search of Pazigyi village twice after military aircraft came back over "
        "the site where an air strike on Tuesday killed scores of people gathered for the "
        "opening of a local administration office. A member of a local rescue group, who asked "
        "not to be named, said teams had recovered about 100 bodies, many of them too badly "
        "burned to identify, and that children were among the dead. A fighter jet dropped bombs "
        "on the crowd at about 8am, followed by a helicopter that fired on the area, witnesses "
        "said. The military government confirmed the strike, saying it had targeted a ceremony "
        "of the opposition People's Defence Force. The United Nations human rights chief said "
        "he was horrified. Rescue groups, which formed after the 2021 coup to fill gaps left by "
        "the state's fire services, have lost members to air strikes across Sagaing. Survivors "
        "were being treated in makeshift clinics in nearby villages because hospitals in the "
        "area are controlled by the army.",
        "E V",
        "airstrike",
    ),
    (
        "Emergency ministry opens shelters after Belgorod shelling kills 25",
        "Russia's Emergencies Ministry opened temporary shelters in schools and sports halls "
        "in Belgorod on Saturday after shelling of the city centre killed 25 people, including "
        "five children, and wounded more than 100, regional governor Vyacheslav Gladkov said. "
        "Russian officials blamed Ukrainian forces, saying cluster munitions and rockets from "
        "Vampire launchers hit the area around the ice rink and a shopping centre as people "
        "were out buying gifts for the New Year. Ukraine did not comment. Ministry crews put out "
        "fires in more than a dozen cars and checked about 100 damaged apartment buildings, "
        "according to the city administration. The attack came a day after one of Russia's "
        "largest air assaults on Ukrainian cities, which killed dozens. Gladkov asked residents "
        "to stay at home and said more than 300 people had spent the night in shelters. "
        "Firefighters in Belgorod have been issued body armour since last spring, the regional "
        "emergencies department said. The city cancelled its New Year celebrations.",
        "E V D",
        "shelling",
    ),
]
