"""dev147 positives (3 of 4): whole articles that report current organised violence in New
Zealand, New Caledonia, Papua New Guinea, the Solomon Islands, Hong Kong and China
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        ("Six people hurt in 'terrorist attack' at West Auckland supermarket, attacker shot dead"),
        "A man inspired by the Islamic State group stabbed six people at a supermarket "
        "in the West Auckland suburb of New Lynn on Friday afternoon before being shot "
        "dead by police who had been following him, Prime Minister Jacinda Ardern "
        "says. The man, a Sri Lankan national who arrived in New Zealand in 2011, had "
        "been under constant surveillance by police and the Security Intelligence "
        "Service because of his support for the terror group. He took a knife from a "
        "display in the Countdown supermarket at LynnMall and began attacking "
        "shoppers. Surveillance officers who had followed him to the mall shot him "
        "within about a minute of the attack starting, Police Commissioner Andrew "
        "Coster said. Three of the injured are in a critical condition in Auckland "
        'City Hospital and Middlemore Hospital. "What happened today was despicable, '
        'it was hateful, it was wrong," Ardern told reporters. "It was carried out '
        'by an individual, not a faith, not a culture, not an ethnicity." She said '
        "the man had been known to authorities since 2016, and that legal constraints "
        "had prevented him from being kept in prison. Witnesses described shoppers "
        "running from the store screaming as staff pulled customers into storerooms. "
        "Coster said police were confident the man acted alone and that there was no "
        "ongoing threat to the public.",
        "T V",
        "terrorist attack",
    ),
    (
        ("Nouméa wakes to burnt-out shops as unrest over voting reform enters third night"),
        "Residents of New Caledonia's capital, Nouméa, woke on Thursday to the smoking "
        "shells of shops, factories and cars after a third night of rioting over a "
        "French constitutional change that would let more recent arrivals vote in "
        "provincial elections. Four people have been killed, including a gendarme who "
        "was shot in the head, and hundreds have been injured since the unrest began "
        "on Monday, French authorities said. Groups of young people armed with rocks "
        "and petrol bombs set fire to businesses in the suburbs of Magenta, Ducos and "
        "Normandie and clashed with police, who fired tear gas and stun grenades. In "
        "some neighbourhoods, residents have set up their own armed roadblocks to "
        "protect their homes. France declared a state of emergency on Wednesday, "
        "deploying extra gendarmes and banning the TikTok app, and La Tontouta "
        "international airport remains closed. People in Nouméa told RNZ Pacific that "
        "supermarkets had been looted or burned and that they were queuing for hours "
        'for bread and medicine. "We cannot leave the house at night, we hear '
        'gunshots and see the flames," said one resident of Rivière-Salée. The '
        "pro-independence FLNKS has called for calm and urged Paris to withdraw the "
        "reform. French Interior Minister Gérald Darmanin said more than 200 people "
        "had been arrested and accused Azerbaijan of interfering in the territory, a "
        "claim Baku denied. In the northern suburbs, hospital staff said they had been "
        "unable to reach work for two days because of roadblocks, and dialysis "
        "patients were being taken to the Médipôle hospital under police escort. New "
        "Zealand and Australian officials said they were preparing to evacuate "
        "stranded tourists once the airport reopened. Pacific leaders, including "
        "Vanuatu's prime minister, have urged France to resume dialogue with the Kanak "
        "people.",
        "U",
        "riot",
    ),
    (
        "Enga tribal ambush leaves dozens dead near Wapenamanda",
        "WABAG — Police have recovered the bodies of at least 26 men killed in an "
        "ambush during a tribal fight near Akom village in Wapenamanda district, Enga "
        "Province, in what officers describe as one of the worst massacres the "
        "province has seen. The victims were shot by warriors from rival clans as they "
        "moved through the area early on Sunday, acting Police Commissioner Donald "
        "Yamasombi said. Bodies were found along the road, on the banks of the Lai "
        "River and in the surrounding bush, and police fear the final toll could be "
        "higher. The fighting between the Sikin and Kaekin tribes and their allies has "
        "been going on for months, with combatants using high-powered rifles such as "
        'AR-15s and M16s instead of bows and arrows. "These are not tribal fights '
        'anymore, these are mercenaries with guns," a senior officer in Wabag told '
        "the Post-Courier. Houses and food gardens have been burned, and hundreds of "
        "families have fled into the mountains or to relatives in Wabag and Laiagam. "
        "Schools and health centres in the area are closed. Prime Minister James "
        "Marape said he had ordered more police and soldiers into the province and "
        "that the government would use its powers under the Internal Security Act to "
        "go after those responsible. Church leaders in Enga appealed to the warring "
        "clans to lay down their weapons.",
        "B D",
        "tribal fighting",
    ),
    (
        "Looting, fires grip Port Moresby as police walk off job over pay",
        "Shops in Port Moresby were looted and set alight yesterday after police "
        "officers, soldiers and prison guards walked off the job in protest over a cut "
        "to their pay that the Government blamed on a payroll glitch. Crowds broke "
        "into supermarkets and stores at Gordons, Waigani, Gerehu and Boroko in the "
        "afternoon, carrying away food, electrical goods and furniture as smoke rose "
        "over the city. With few police on the streets, shop owners and security "
        "guards tried to defend their premises, and hospital staff said several people "
        "had been brought in with gunshot wounds. At least eight people were killed in "
        "the capital, and two more died in Lae, where looting also broke out, "
        "according to police and hospital sources. Prime Minister James Marape said "
        "the pay deduction was an administrative error and would be refunded in the "
        "next fortnight. He apologised to the public and announced a 14-day state of "
        "emergency, with more than 1,000 soldiers on standby to restore order. "
        "Businesses in the city remained closed and public servants were told to stay "
        'home today. "We have lost everything we built over 20 years," said one shop '
        "owner at Gordons market. The Chinese Embassy said several businesses owned by "
        "Chinese nationals had been damaged, and urged its citizens to stay indoors.",
        "U",
        "riot",
    ),
    (
        "Chinatown burns as Honiara protest turns violent for second day",
        "HONIARA — Buildings in Chinatown were burned and looted on Thursday as "
        "violent protests in the capital continued for a second day despite a 36-hour "
        "lockdown ordered by Prime Minister Manasseh Sogavare. Police fired tear gas "
        "to push back crowds who set fire to shops and a bank branch on the eastern "
        "side of the city, sending black smoke over Honiara. On Wednesday, protesters, "
        "many of them from Malaita Province, tried to storm the National Parliament to "
        "demand the Prime Minister's resignation and burned a leaf hut beside the "
        "building and a nearby police post. The Royal Solomon Islands Police Force "
        "(RSIPF) said a number of officers had been injured by rocks. Many of the "
        "protesters are angry over the Government's 2019 decision to switch diplomatic "
        "ties from Taiwan to China and over the neglect of Malaita. In a national "
        'address, Mr Sogavare said the country had been "misled by a few" and that '
        "those responsible would face the full force of the law. Australia said it "
        "would send police and defence personnel at the request of the Solomon Islands "
        "Government to help restore order. Residents of Chinatown said they had moved "
        "families and goods to relatives' houses outside the city. Schools and most "
        "businesses in Honiara remained closed.",
        "U",
        "riot",
    ),
    (
        ("Hong Kong police fire tear gas, water cannon at PolyU as protesters hurl petrol bombs"),
        "Police fired volleys of tear gas and turned water cannon on anti-government "
        "protesters barricaded inside Polytechnic University on Sunday, as the two "
        "sides fought running battles around the Hung Hom campus for most of the day. "
        "Protesters, many of them dressed in black and wearing gas masks, hurled "
        "petrol bombs from the footbridges and the roof of the university and fired "
        "arrows with bows taken from the campus sports centre. A media liaison officer "
        "was hit in the calf by an arrow and taken to hospital, police said, and an "
        "armoured vehicle caught fire on a bridge after being hit by several petrol "
        "bombs. Officers warned that anyone remaining on campus could be charged with "
        "rioting, which carries a maximum sentence of 10 years in jail. Hundreds of "
        "people were still inside by late evening, and police sealed off the main "
        "exits. The nearby Cross-Harbour Tunnel, which protesters blocked on "
        "Wednesday, stayed closed, and several MTR stations in Kowloon were shut. "
        "Lawmakers and university heads tried to negotiate the safe departure of "
        "students, while first aiders said dozens of people had been treated for "
        "injuries and tear gas exposure. Earlier in the day a police spokesman warned "
        "that officers could use live ammunition if protesters continued to attack "
        'them with "lethal weapons," and police fired rubber bullets and sponge '
        "grenades as groups of protesters advanced behind a wall of umbrellas. Fires "
        "burned through the night at the campus entrances on Chatham Road South, "
        "lighting up the overpasses as volunteers ferried water and food to those "
        'inside. The government said the violence had gone "far beyond" peaceful '
        "demonstration. The standoff at PolyU is the longest confrontation since the "
        "protest movement began in June.",
        "U",
        "riot",
    ),
    (
        (
            "Chinese and Indian troops clash in Galwan Valley in first deadly border "
            "fight in 45 years"
        ),
        "Chinese and Indian soldiers fought a brutal hand-to-hand battle in the Galwan "
        "Valley in the western Himalayas on Monday night, leaving 20 Indian troops "
        "dead and an unknown number of casualties on the Chinese side, in the first "
        "deadly clash on the disputed border since 1975. According to accounts from "
        "Indian officials, the soldiers fought with rocks, clubs and batons wrapped in "
        "barbed wire for several hours in the dark, and some fell into the freezing "
        "river. No shots were fired, in line with long-standing agreements between the "
        "two sides not to use firearms along the Line of Actual Control. The Indian "
        "army initially said three soldiers had been killed, before raising the toll "
        "on Tuesday night to say 17 critically injured soldiers had died from the "
        "cold. Beijing did not give any casualty figures, but the Western Theatre "
        'Command accused Indian troops of crossing the line and "deliberately '
        'launching provocative attacks." Foreign ministry spokesman Zhao Lijian said '
        'in Beijing that the responsibility "entirely lies with the Indian side" and '
        "urged New Delhi to restrain its front-line troops. Military analysts in "
        "Beijing said the clash would make it much harder to resolve a stand-off that "
        "began in May. Senior commanders from both sides were due to meet to try to "
        "ease tensions, officials said.",
        "B",
        "border clash",
    ),
    (
        (
            "Riot police fire tear gas, rubber bullets into Wukan as villagers protest "
            "over jailed chief"
        ),
        "Riot police fired tear gas and rubber bullets at villagers in Wukan, the "
        "Guangdong fishing village that became a symbol of grass-roots democracy five "
        "years ago, after a night of confrontations over the jailing of its elected "
        "chief. Residents said hundreds of officers in riot gear entered the village "
        "before dawn on Tuesday and began detaining people suspected of leading the "
        "protests. When villagers took to the streets, banging gongs and throwing "
        "bricks and bottles, police responded with tear gas and rubber bullets, "
        "according to residents and videos posted online. Several elderly villagers "
        "were taken to hospital with injuries, one of them with a wound to the head, "
        "residents told the Post by phone. Protests have been held almost daily since "
        "Lin Zuluan, the village party chief, was sentenced to 37 months in prison for "
        "bribery, a charge villagers say was invented to punish him for planning to "
        "petition over land seizures. The Lufeng city government said in a statement "
        'that 13 people had been detained for "disturbing public order" and accused '
        '"foreign forces" of inciting the unrest. Roads leading into the village '
        "were sealed off on Tuesday and several foreign journalists were turned away. "
        "Internet access in the village appeared to have been restricted.",
        "U",
        "crackdown",
    ),
]
