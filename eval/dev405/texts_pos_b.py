"""dev405 positives, part B: Irish peacekeepers under fire, Irish citizens caught up in wars
abroad and the foreign desk's current war reports (conflict; tag codes of eval/conflictset)."""

POSITIVES = [
    (
        "Irish peacekeeper killed and three injured after UN vehicle fired on in south Lebanon",
        "An Irish soldier serving with the United Nations in Lebanon has been killed and three "
        "of his colleagues injured after their armoured vehicle came under fire near the village "
        "of Al-Aqbiya late on Wednesday night. Private Seán Rooney, 24, from Newtowncunningham in "
        "Co Donegal, was one of eight Irish personnel travelling in two vehicles towards Beirut. "
        "The Defence Forces said one vehicle was surrounded by a crowd and shots were fired, and "
        "that the vehicle then overturned. Trooper Shane Kearney, 22, from Killeagh in Co Cork, "
        "suffered a serious head injury and is in hospital in Beirut. The UNIFIL mission said it "
        "was working with the Lebanese Armed Forces to establish what happened. Tánaiste and "
        "Minister for Defence Micheál Martin said the country was in shock. Flags at Defence "
        "Forces installations will fly at half mast, and the President, Michael D Higgins, said "
        "he was “deeply saddened”.",
        "B",
        "attack_on_peacekeepers",
    ),
    (
        "Irish troops in bunkers as Israeli tanks fire on UNIFIL positions",
        "Irish peacekeepers in south Lebanon spent several hours in protected bunkers on Thursday "
        "after Israeli forces fired on UN positions near the Blue Line, the Defence Forces said. "
        "Two Indonesian peacekeepers were injured when an Israeli Merkava tank fired towards an "
        "observation tower at the UNIFIL headquarters in Naqoura, the mission said, and "
        "surveillance cameras at a second position were shot out. The 30 or so Irish personnel at "
        "post 6-52, close to the border village of Ramyah, were not hurt. Israel has been carrying "
        "out a ground operation against Hezbollah in southern Lebanon for more than a week, and "
        "has asked UNIFIL to move its troops five kilometres north, a request the mission has "
        "refused. Tánaiste Micheál Martin said firing on peacekeepers was “completely "
        "unacceptable” and had been raised directly with the Israeli ambassador. Lieutenant "
        "General Seán Clancy said morale among the troops remained high.",
        "E M",
        "shelling",
    ),
    (
        "Rocket lands inside Camp Shamrock as Hezbollah and Israel trade fire",
        "A rocket landed inside the main Irish base in south Lebanon on Tuesday morning, "
        "damaging an accommodation block and a shed, the Defence Forces said. All Irish troops at "
        "Camp Shamrock in Bint Jbeil had been in shelters at the time, after sirens sounded "
        "shortly after 8am, and no one was injured. Preliminary reports suggest the rocket was "
        "fired by Hezbollah or an allied group towards northern Israel and fell short. The camp "
        "is home to around 250 Irish and Polish soldiers. Exchanges of fire between Israeli "
        "forces and Hezbollah have intensified in recent weeks, with Israeli air strikes hitting "
        "villages on both sides of the Irish area of operations. UNIFIL said it was the fourth "
        "time in a month that one of its positions had been hit. Minister for Defence Micheál "
        "Martin said the safety of the troops was kept under review every day.",
        "E",
        "rocket_attack",
    ),
    (
        "Irish troops on Golan Heights exchange fire with rebels to free trapped Filipino peacekeepers",
        "Irish soldiers serving with the UN on the Golan Heights came under sustained fire on "
        "Saturday during an operation to rescue Filipino peacekeepers who had been surrounded "
        "at their position by Syrian rebels. The Defence Forces said members of the Irish Force "
        "Reserve Company travelled in armoured vehicles to Position 68 at Breiqa and returned fire "
        "after being engaged with heavy machine guns and mortars. Around 35 Filipino troops were "
        "brought out under escort and taken to Camp Faouar, while a second group escaped during "
        "the night. No Irish soldiers were hurt. The attackers are believed to include fighters "
        "from the al-Qaeda-linked Nusra Front, which has already seized 44 Fijian peacekeepers "
        "in the area. Minister for Defence Simon Coveney said the Irish troops had acted with "
        "“enormous courage”, and that there was no question of them being withdrawn.",
        "B T",
        "battle",
    ),
    (
        "Mortar rounds land near Irish UNDOF base as fighting rages in Quneitra",
        "Several mortar rounds landed within a few hundred metres of Camp Faouar on the Golan "
        "Heights on Monday, where about 130 Irish soldiers are based with the UN Disengagement "
        "Observer Force. A Defence Forces spokesman said the troops took cover in shelters for "
        "more than two hours and that there was no damage to the camp. Heavy fighting has been "
        "reported in the nearby province of Quneitra, where Syrian government forces and rebel "
        "groups have been battling for control of the crossing with the Israeli-occupied side "
        "of the plateau. Israeli aircraft also struck Syrian army positions after a stray shell "
        "landed on the Israeli side, according to Israel's military. UNDOF has already moved some "
        "of its staff to the Israeli side of the ceasefire line. Mr Coveney said he had been "
        "briefed and that the Irish contingent had the equipment it needed.",
        "E B",
        "shelling",
    ),
    (
        "Army Ranger Wing flies to Djibouti as Irish citizens trapped by Khartoum fighting",
        "A team of 12 Army Ranger Wing soldiers and diplomats has left for Djibouti to help "
        "evacuate Irish citizens from Sudan, where fighting between the army and the paramilitary "
        "Rapid Support Forces has entered its second week. About 150 Irish citizens and their "
        "dependants are believed to be in Sudan, most of them in Khartoum. Gunfire and air strikes "
        "have been reported across the capital, and many people have been sheltering in their "
        "homes without power or running water. Some Irish citizens have already been flown out on "
        "French and Spanish military flights, the Department of Foreign Affairs said. Tánaiste "
        "Micheál Martin said the situation was “very, very dangerous” and that a number of people "
        "would need to travel by road to Port Sudan. The World Health Organization says more than "
        "400 people have been killed since the fighting began.",
        "D B E",
        "evacuation",
    ),
    (
        "First Irish citizens leave Gaza through Rafah crossing",
        "A small group of Irish citizens has crossed from Gaza into Egypt at Rafah, the Department "
        "of Foreign Affairs confirmed on Wednesday, after weeks trapped in the besieged territory. "
        "Officials from the Irish embassy in Cairo met them at the crossing. Around 40 Irish "
        "citizens and dependants, many of them dual Palestinian-Irish nationals, had asked for "
        "help to leave. One woman told RTÉ News that her family had moved four times to escape "
        "Israeli bombardment and had been living on one meal a day. Israel's air and ground "
        "campaign in Gaza has killed more than 10,000 people, according to the health ministry "
        "in the territory. Tánaiste Micheál Martin said it was a relief, but that more names "
        "needed to be added to the lists agreed with Israeli and Egyptian authorities. Aid "
        "agencies said conditions in southern Gaza were deteriorating fast, with water running "
        "out.",
        "D H E",
        "evacuation",
    ),
    (
        "Irish doctor describes wards 'beyond capacity' at Gaza hospital after night of strikes",
        "An Irish emergency doctor working at Nasser Hospital in Khan Younis has described "
        "patients being treated on the floor of corridors after a night of Israeli strikes in "
        "the south of the Gaza Strip. Speaking to Morning Ireland by phone, the doctor, from Co "
        "Kildare, said more than 50 wounded people had been brought in within two hours, many of "
        "them children with blast and burn injuries. Anaesthetic and antibiotics were running low "
        "and the hospital had no fuel for its generators beyond Friday, she said. The Israeli "
        "military said it had struck Hamas targets in the area. The World Health Organization "
        "says fewer than half of Gaza's hospitals are even partly working. The doctor, who is "
        "volunteering with a medical charity, said she would stay as long as it was safe for "
        "her to do so. “Every morning you hope it will be quieter, and it never is,” she said.",
        "H E",
        "airstrike",
    ),
    (
        "Russian missile strike on Kyiv apartment block kills at least 23",
        "At least 23 people, including four children, were killed when a Russian missile struck a "
        "nine-storey apartment building in the Sviatoshynskyi district of Kyiv early on Thursday, "
        "Ukrainian officials said. Rescuers were still searching the rubble for survivors by "
        "evening, and the city's mayor, Vitali Klitschko, declared a day of mourning. Ukraine's "
        "air force said Russia launched more than 40 missiles and 400 drones in the overnight "
        "attack, the largest on the capital in months. Residents sheltered in metro stations "
        "across the city as explosions were heard for several hours. President Volodymyr "
        "Zelensky called for more air defence systems from Ukraine's allies. The Department of "
        "Foreign Affairs said it was not aware of any Irish citizens among the casualties. "
        "The Tánaiste condemned what he called “the deliberate targeting of sleeping families”.",
        "E V",
        "missile_strike",
    ),
    (
        "Irish-Israeli girl missing after Hamas attack on Kibbutz Be'eri",
        "The family of an eight-year-old Irish-Israeli girl have said they have not heard from "
        "her since Hamas gunmen attacked Kibbutz Be'eri in southern Israel on Saturday. Emily "
        "Hand had been staying with a friend's family in the kibbutz, close to the Gaza border, "
        "when militants broke through the fence and went from house to house. Her father, Tom "
        "Hand, who is originally from Dublin, told CNN he had been told she was among more than "
        "100 people killed in the community. Israeli officials say more than 1,300 people were "
        "killed in the attack across southern Israel, and about 150 taken hostage into Gaza. "
        "Taoiseach Leo Varadkar said the Government was in contact with the family. Israel has "
        "since carried out hundreds of air strikes on the Gaza Strip, where Palestinian health "
        "officials say the death toll has passed 1,000.",
        "V T E",
        "massacre",
    ),
    (
        "Irish soldiers unhurt after suicide car bomb attack on EU training camp in Mali",
        "Irish soldiers serving with the EU Training Mission in Mali were unhurt after jihadists "
        "attacked the mission's camp in Koulikoro with a car bomb and gunfire on Sunday morning. "
        "The Defence Forces said the 20 Irish personnel at the camp had gone to shelters when the "
        "attack began at around 5am. Malian troops guarding the perimeter returned fire and "
        "killed several of the attackers, the Malian army said in a statement, while at least two "
        "Malian soldiers were wounded. A vehicle packed with explosives was detonated at the "
        "gate. The attack has not yet been claimed, but groups linked to al-Qaeda and Islamic "
        "State are active in central and southern Mali. Minister for Defence Simon Coveney said "
        "the Irish troops were accounted for and would carry on their work. Ireland has had "
        "personnel in Mali since 2013.",
        "E T B",
        "suicide_bombing",
    ),
    (
        "GOAL says staff forced to flee as RSF fighters storm Zamzam camp",
        "The Irish aid agency GOAL has said its staff in North Darfur were forced to flee after "
        "fighters from the Rapid Support Forces stormed Zamzam camp for displaced people outside "
        "El Fasher over the weekend. The agency said at least two of its local partners' health "
        "workers were killed when the clinic they were running was attacked. The UN says hundreds "
        "of people have been killed in the assault on the camp, which was home to around half a "
        "million people, and that tens of thousands have fled towards Tawila, about 60km to the "
        "west. GOAL's chief executive, Siobhán O'Connell, said the attack was “a deliberate "
        "assault on people who had nowhere left to go”. The RSF has said it took the camp from "
        "armed groups allied to the army. Famine was declared in Zamzam last year, and aid "
        "deliveries have been cut off since.",
        "V D H",
        "massacre",
    ),
    (
        "Ukrainian families arrive in Rosslare after fleeing shelling of Kharkiv",
        "Some 80 Ukrainians, most of them women and children, arrived in Rosslare on the ferry "
        "from Cherbourg on Tuesday, many after travelling for more than a week from cities under "
        "Russian bombardment. Natalia, who came with her two sons from Kharkiv, said they had "
        "spent nine days in a basement as shells hit their neighbourhood before taking an "
        "evacuation train to Lviv. Volunteers from the Red Cross and Wexford County Council "
        "met the passengers with food, SIM cards and information on PPS numbers. The Department "
        "of Justice said more than 5,000 people fleeing the war had now arrived in the State. "
        "Many will be housed in hotels in the south-east for the first weeks. The United Nations "
        "says more than 2.5 million people have fled Ukraine since the Russian invasion began "
        "on February 24th.",
        "D E",
        "displacement",
    ),
    (
        "Irish woman describes fleeing Beirut suburb as Israeli strikes flatten buildings",
        "An Irish woman living in Beirut has described packing a single bag and driving north "
        "with her Lebanese husband and their two children after Israeli air strikes flattened "
        "buildings near their home in the southern suburbs of the city overnight. Speaking to RTÉ "
        "radio, Aoife from Co Clare said the sound of the explosions had been “like the ground "
        "opening”. The Israeli military said it had struck Hezbollah command centres and weapons "
        "depots in the Dahiyeh. Lebanese authorities said more than 1 million people had been "
        "displaced across the country in a week. The Department of Foreign Affairs has urged the "
        "roughly 2,000 Irish citizens registered in Lebanon to leave while commercial flights "
        "are still operating. Aoife said she and her family were staying with relatives in the "
        "mountains and would decide in the coming days whether to try to get to Dublin.",
        "E D",
        "airstrike",
    ),
    (
        "UN convoy carrying Irish troops attacked by crowd and fired on near Tibnine",
        "Irish peacekeepers were unhurt after a UNIFIL convoy was attacked by a crowd of men "
        "who threw stones at the vehicles and fired shots into the air near Tibnine in south "
        "Lebanon on Friday, the Defence Forces said. The patrol, which included Irish and Polish "
        "soldiers, was blocked by two cars as it returned to base, and one armoured vehicle was "
        "damaged. The troops withdrew without returning fire. UNIFIL said it condemned the "
        "attack and had asked the Lebanese army to identify those responsible. It is the third "
        "confrontation of its kind in the area in recent months. Local residents have accused "
        "the peacekeepers of entering villages without a Lebanese army escort, a charge the "
        "mission rejects. Minister for Defence Simon Harris said the troops had shown “restraint "
        "and professionalism”.",
        "U",
        "attack_on_peacekeepers",
    ),
    (
        "Israeli drone strike kills two in car close to Irish patrol route",
        "An Israeli drone struck a car on the road between Tebnine and Haris in south Lebanon on "
        "Saturday, killing two men, minutes after an Irish UNIFIL patrol had passed along the "
        "same stretch. The Defence Forces said the patrol was not in danger and continued to its "
        "destination. The Israeli military said it had killed two Hezbollah members who were "
        "trying to rebuild the group's positions, in what it described as a breach of the "
        "ceasefire. Lebanon's health ministry said the men were civilians. Israeli strikes on "
        "south Lebanon have continued almost daily despite the truce agreed in November, with "
        "UNIFIL recording thousands of violations. The mission said it was documenting the "
        "incident. Irish troops make up one of the largest national contingents in the sector "
        "around Bint Jbeil.",
        "E",
        "drone_strike",
    ),
]
