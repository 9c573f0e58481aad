"""dev429 positives, part b: Chhattisgarh's Maoist belt, Manipur, the North-East, communal riots
with people killed and Ladakh, as the Indian national press in English reports them."""

POSITIVES = [
    (
        "Eight DRG jawans, driver killed as Maoists blow up vehicle with IED in Bijapur",
        "Eight jawans of the District Reserve Guard and their civilian driver were killed on Monday "
        "when Maoists blew up their vehicle with an improvised explosive device in Chhattisgarh's "
        "Bijapur district, police said. The personnel were returning in a Scorpio SUV from a joint "
        "anti-Naxal operation in the Abujhmarh area of Narayanpur when the blast went off on the "
        "Kutru-Bedre road around 2.15 p.m. The explosion left a crater nearly ten feet deep and "
        "flung the vehicle into the air, officials said. Inspector General of Police (Bastar) "
        "Sundarraj P said the IED was estimated to contain 60 to 70 kg of explosives and may have "
        "been planted months ago beneath the road. It is the biggest attack on security forces in "
        "the State in two years. Chief Minister Vishnu Deo Sai called it a “cowardly act” and said "
        "the campaign against the Maoists would not slow down. Bodies of the jawans were brought "
        "to Bijapur, where a wreath-laying ceremony will be held on Tuesday.",
        "E",
        "ied",
    ),
    (
        "Top Maoist leader Basavaraju among 27 killed in Abujhmarh encounter",
        "CPI (Maoist) general secretary Nambala Keshava Rao, alias Basavaraju, was among 27 Maoists "
        "killed in an encounter with security forces in the Abujhmarh forests of Chhattisgarh's "
        "Narayanpur district on Wednesday, officials said. The operation was launched two days ago "
        "by District Reserve Guard teams from Narayanpur, Dantewada, Bijapur and Kondagaon on "
        "inputs that senior cadres of the banned outfit's Maad division were camping in the area. "
        "The gunfight broke out early in the morning and went on for several hours across the "
        "thickly forested hills, police said. One DRG jawan was killed and several others were "
        "injured. Basavaraju, 70, carried a combined bounty of over Rs 1 crore and was the top "
        "commander of the outfit since 2018. Union Home Minister Amit Shah called it a landmark "
        "achievement in the battle to eliminate Naxalism, and repeated the deadline of March 2026. "
        "AK-47 rifles, INSAS rifles and a large quantity of explosives were recovered from the "
        "site, police said. Search operations are continuing in the area.",
        "B M",
        "encounter",
    ),
    (
        "10 DRG jawans, driver killed in Maoist IED blast in Dantewada",
        "Ten personnel of the District Reserve Guard and a civilian driver were killed when Maoists "
        "blew up their vehicle with a powerful IED in Chhattisgarh's Dantewada district on "
        "Wednesday, police said. The jawans were returning in a hired multi-utility vehicle from an "
        "anti-Maoist operation in the Aranpur area when the blast went off on the Aranpur-Sameli "
        "road. The explosion created a crater several feet deep and tossed the vehicle into a "
        "tree, a senior officer said. The DRG is made up largely of local tribal youths, some of "
        "them surrendered Maoists. Police said the Maoists had been using the dry summer months "
        "to plant IEDs on roads used by security forces. The Chief Minister, Bhupesh Baghel, said "
        "the fight against the Naxals was in its last phase and the sacrifice of the jawans would "
        "not go in vain. Prime Minister Narendra Modi spoke to him on the phone. Police said a "
        "search operation had been launched in the forests around Aranpur.",
        "E",
        "ied",
    ),
    (
        "Manipur violence: Army deployed, shoot-at-sight orders issued as houses torched; over 9,000 shifted",
        "The Manipur government issued shoot-at-sight orders in “extreme cases” on Thursday as "
        "violence between the Meitei and Kuki communities spread across the State after a tribal "
        "solidarity march on Wednesday. Mobs torched houses, churches and temples in Churachandpur, "
        "Imphal East, Imphal West and Bishnupur, and several people were reported killed, though "
        "officials did not give a figure. Columns of the Army and the Assam Rifles were deployed "
        "and flag marches held in the worst-hit areas, while more than 9,000 people were moved to "
        "Army camps and government premises, a defence spokesperson said. Curfew was imposed in "
        "eight districts and mobile internet was suspended across the State. In Imphal, residents "
        "said mobs went from house to house checking identities. Boxer Mary Kom posted an appeal "
        "on social media saying “My state Manipur is burning, kindly help”. The Centre rushed "
        "additional companies of the Rapid Action Force. Chief Minister N. Biren Singh appealed "
        "for calm and said the violence was the result of “prevailing misunderstanding” between two "
        "communities.",
        "U V D M",
        "ethnic_violence",
    ),
    (
        "Jiribam: 10 suspected militants killed in gunfight with CRPF; six from relief camp missing",
        "Ten suspected Kuki-Zo militants were killed in a gunfight with the CRPF in Manipur's "
        "Jiribam district on Monday after they attacked the Borobekra police station and a CRPF "
        "camp next to it, police said. The militants, dressed in camouflage, fired at the police "
        "station and set fire to houses and shops in the nearby Jakuradhor Karong market, officials "
        "said. Two civilians were found dead in the burnt area. Six people from a relief camp near "
        "the police station, three women and three children of one Meitei family, went missing "
        "after the attack, and police suspect they were abducted by the fleeing militants. Kuki-Zo "
        "groups said the dead men were village volunteers and called for a shutdown in the hill "
        "districts on Tuesday. Security forces recovered AK rifles, an RPG and an INSAS rifle from "
        "the site. Additional forces were sent to Jiribam and a search for the missing six was "
        "launched with drones. Prohibitory orders were clamped in the district.",
        "B V",
        "gunfight",
    ),
    (
        "Over 50,000 in relief camps as Manipur violence continues; medicines, baby food run short",
        "More than 50,000 people displaced by the ethnic violence in Manipur are living in 349 "
        "relief camps across the State, with many camps short of medicines, baby food and "
        "sanitary supplies, officials and volunteers said on Saturday. Fresh exchanges of fire "
        "between armed village volunteers of the two communities were reported overnight in the "
        "foothills of Bishnupur and Kangpokpi districts, police said. In a college hall in Moirang, some 400 people share four "
        "toilets, camp volunteers said. Doctors said cases of diarrhoea and skin infections were "
        "rising among children. The blockade of the Imphal-Dimapur highway by protesters has "
        "sent prices of rice, eggs and fuel soaring in the valley, and trucks with essential "
        "supplies are moving only under escort. Thousands have also crossed into Mizoram, where "
        "the State government has set up camps. “We had no time to take anything,” said a woman "
        "from Torbung who fled with her three children. The State government said it had sought "
        "additional funds from the Centre for the camps.",
        "D H B",
        "displacement",
    ),
    (
        "Drone bombs dropped on Manipur village, woman killed; suspected militants fire from hills",
        "A woman was killed and nine others, including her daughter and two policemen, were "
        "injured after suspected Kuki militants dropped bombs from drones and fired on Koutruk "
        "village in Imphal West district on Sunday, police said. It is the first time drones have "
        "been used to attack civilians in the 16-month-old conflict, police said in a statement. "
        "The attack began in the afternoon with gunfire from the surrounding hills, and then "
        "drones dropped at least three bombs on houses in the village, officials said. The woman, "
        "Ngangbam Surbala Devi, died on the way to the Regional Institute of Medical Sciences. "
        "Villagers, most of them women and children, fled towards Kadangband. Police said the use "
        "of drone bombs against civilians and security forces suggested the involvement of highly "
        "trained fighters, possibly with technical support. Security forces responded and the "
        "gunfight went on for several hours. Chief Minister N. Biren Singh called it an act of "
        "terrorism against unarmed villagers.",
        "E V B T",
        "drone_attack",
    ),
    (
        "Imphal: Mobs attack homes of MLAs, ministers as bodies of Jiribam victims found; curfew imposed",
        "Curfew was imposed in five valley districts of Manipur and mobile internet suspended on "
        "Saturday after mobs attacked and set fire to the houses of several MLAs and three ministers "
        "in Imphal, furious over the killing of six members of a family abducted in Jiribam. "
        "Security forces fired tear gas shells and used mock bombs to disperse crowds that tried to "
        "storm the Chief Minister's private residence at Luwangshangbam, officials said. The houses "
        "of a BJP MLA in Imphal West and a Congress MLA in Thangmeiband were ransacked and "
        "vehicles set on fire. At least eight people were injured in the clashes, police said. "
        "The protests began after the bodies of three women and three children were found floating "
        "in the Jiri river on Friday. The Joint Action Committee gave the government 24 hours to "
        "act against those responsible. The Centre has sent 50 more companies of Central Armed "
        "Police Forces to the State. Schools and colleges in the valley will stay closed until "
        "Monday.",
        "U V",
        "riot",
    ),
    (
        "Colonel, wife, son and four Assam Rifles men killed in ambush in Manipur's Churachandpur",
        "A Commanding Officer of the Assam Rifles, his wife and their eight-year-old son, and four "
        "riflemen were killed when militants ambushed their convoy in Manipur's Churachandpur "
        "district near the Myanmar border on Saturday morning, officials said. Colonel Viplav "
        "Tripathi, the commanding officer of the 46 Assam Rifles, was returning from a forward "
        "post with his family when the convoy was hit by an IED blast and then fired upon near "
        "Sehken village, an official said. Six soldiers were injured. The People's Liberation Army "
        "of Manipur and the Manipur Naga People's Front jointly claimed responsibility. It is "
        "the deadliest attack on the security forces in the State in six years. The Army said the "
        "attackers fled across the border and a search operation had been launched. Chief "
        "Minister N. Biren Singh condemned the attack as cowardly. The bodies were flown to Imphal "
        "for a wreath-laying ceremony.",
        "B E",
        "ambush",
    ),
    (
        "Nagaland: 14 civilians killed in botched Army operation and clashes in Mon; curfew imposed",
        "Thirteen civilians and a soldier were killed in Nagaland's Mon district on Saturday and "
        "Sunday after Army para commandos fired on a pick-up truck carrying coal miners returning "
        "home to Oting village, and villagers then clashed with the troops. The special forces unit "
        "had been laying an ambush on intelligence about the movement of NSCN (K-YA) militants, "
        "officials said. Six miners were killed in the first firing. When villagers found the "
        "bodies and surrounded the soldiers, the troops opened fire again, killing seven more, "
        "police said. On Sunday, a mob vandalised the Assam Rifles camp in Mon town and set fire "
        "to parts of it, and one more person was killed in the firing. The Army expressed “deep "
        "regret” and ordered a court of inquiry. Chief Minister Neiphiu Rio demanded the repeal of "
        "the Armed Forces (Special Powers) Act. Prohibitory orders were imposed and mobile "
        "internet was suspended in Mon.",
        "V M U",
        "killing_of_civilians",
    ),
    (
        "Five men shot dead in Tinsukia; suspected ULFA militants blamed",
        "Five men were shot dead by suspected militants at Kherbari village in Assam's Tinsukia "
        "district on Thursday evening, police said. A group of about seven armed men in army "
        "fatigues picked up the men from a shop near the Dhola-Sadiya bridge, lined them up on the "
        "bank of the Brahmaputra and opened fire, villagers said. A sixth man escaped by feigning "
        "death. The victims, all Bengali-speaking Hindus, included three members of one family, "
        "police said. The police suspect the banned ULFA (Independent), although the outfit denied "
        "any role in a statement. Bengali organisations called a 12-hour bandh in the Barak Valley "
        "on Friday, and West Bengal Chief Minister Mamata Banerjee condemned the killings. Chief "
        "Minister Sarbananda Sonowal ordered that the culprits be brought to book and sent the "
        "police chief to the spot. Security has been tightened along the Arunachal Pradesh border, "
        "where the attackers are believed to have fled.",
        "V",
        "massacre",
    ),
    (
        "Six Assam Police personnel killed in firing on Assam-Mizoram border; CM seeks Centre's help",
        "Six Assam Police personnel were killed and more than 50 people, including the Cachar "
        "Superintendent of Police, injured in firing from across the inter-State border with "
        "Mizoram near Lailapur on Monday, Assam Chief Minister Himanta Biswa Sarma said. The "
        "dispute over a stretch of land flared when a team of Assam officials went to the area to "
        "remove what they called encroachments, and police of the two States exchanged fire across "
        "the boundary. Assam alleged that Mizoram police fired with light machine guns from "
        "hilltop positions, while Mizoram said Assam police had overrun a CRPF-manned post and "
        "fired first. Videos showed policemen taking cover behind vehicles on the national highway. "
        "Union Home Minister Amit Shah spoke to both Chief Ministers, and CRPF companies were "
        "deployed along the boundary. Residents of several villages on the Assam side moved away "
        "from the border overnight.",
        "B D",
        "border_clash",
    ),
    (
        "Northeast Delhi violence: Toll rises to 38, bodies pulled from drains",
        "The toll in the communal violence in northeast Delhi rose to 38 on Wednesday as more "
        "bodies were brought to the GTB Hospital and one was pulled from a drain in Chand Bagh. "
        "More than 200 people have been injured, many with gunshot wounds, doctors said. Mobs armed "
        "with rods, swords and petrol bombs had burnt homes, shops, schools and a mosque in "
        "Ashok Nagar, Shiv Vihar, Mustafabad and Bhajanpura over three days. An Intelligence Bureau "
        "staffer was found dead in a drain, and a head constable was shot dead near Chand Bagh. "
        "Hundreds of families fled their homes in Shiv Vihar and took shelter with relatives or in "
        "a mosque in Mustafabad. The Delhi High Court, in a late-night hearing, ordered the police "
        "to ensure safe passage of ambulances for the injured. The police said they had registered "
        "48 FIRs and detained over 100 people. National Security Adviser Ajit Doval toured the "
        "affected areas and told residents that the situation was under control.",
        "U V D",
        "communal_riot",
    ),
    (
        "Nuh violence: Two home guards among six dead; vehicles torched, curfew in Haryana's Nuh",
        "Communal clashes that broke out when a Vishva Hindu Parishad procession was attacked in "
        "Haryana's Nuh district on Monday have left six people dead, including two home guards, "
        "and dozens injured, police said. Hundreds of vehicles were set ablaze and shops looted as "
        "mobs pelted stones and fired at each other near the Nalhar temple, where around 2,500 "
        "people were trapped for hours. The violence spread to Gurugram overnight, where a mob "
        "set fire to a mosque in Sector 57 and stabbed to death its 22-year-old naib imam. A "
        "curfew has been imposed in Nuh and internet services suspended in the district till "
        "Wednesday. Paramilitary companies have been deployed and 116 people arrested, the "
        "Haryana Chief Minister said. In Gurugram, several migrant families left their jhuggis "
        "fearing attacks. Schools and colleges in Nuh and Gurugram were shut on Tuesday.",
        "U V D",
        "communal_riot",
    ),
    (
        "Three killed, 20 policemen injured as violence erupts over mosque survey in Sambhal",
        "Three men were killed and over 20 policemen injured as a crowd protesting against a "
        "court-ordered survey of the Shahi Jama Masjid in Uttar Pradesh's Sambhal clashed with "
        "security forces on Sunday. The survey team arrived at the mosque in the morning with "
        "police escort, and a crowd of several thousand gathered outside, police said. Stones were "
        "thrown and several vehicles set on fire, and the police used tear gas and batons, "
        "officials said. Families of the dead alleged that the men were killed in police firing, "
        "which the police denied, saying the crowd had fired. The Sambhal SP's public relations "
        "officer suffered a leg fracture. The district administration suspended internet services "
        "and ordered schools closed, and outsiders were barred from entering the district till "
        "November 30. Police detained 21 people, including two women. Opposition leaders accused "
        "the State government of engineering the violence.",
        "U",
        "riot",
    ),
    (
        "Murshidabad violence: Three dead, hundreds flee to Malda as Waqf protests turn violent",
        "Three people were killed and hundreds fled their homes after protests against the Waqf "
        "(Amendment) Act turned violent in West Bengal's Murshidabad district, police said on "
        "Saturday. A father and son were hacked to death at their home in Jafrabad village in "
        "Samserganj, and a youth died of bullet injuries in Suti, officials said. Mobs blocked "
        "national highways, torched police vehicles and railway property, and attacked shops and "
        "homes in Dhuliyan and Samserganj. More than 400 people crossed the Bhagirathi river and "
        "took shelter in a school in Malda's Baishnabnagar, local officials said. The Calcutta "
        "High Court ordered the deployment of central forces in the district. Police have arrested "
        "over 150 people and suspended internet services. Chief Minister Mamata Banerjee appealed "
        "for calm and said the Act would not be implemented in the State. BJP leaders accused the "
        "State government of failing to protect Hindu families.",
        "U V D",
        "communal_riot",
    ),
    (
        "Leh violence: Four killed in police firing as protesters torch BJP office; curfew imposed",
        "The agitation for statehood for Ladakh and its inclusion in the Sixth Schedule turned "
        "violent in Leh on Wednesday, leaving four people dead and around 80 injured, including "
        "40 police personnel. Young protesters threw stones at the police, set fire to the BJP "
        "office and a police vehicle, and tried to storm the office of the Hill Council, officials "
        "said. Police fired tear gas shells and later opened fire, the administration said. The "
        "violence broke out on the 15th day of a hunger strike by climate activist Sonam Wangchuk, "
        "who called off his fast and appealed to the youth to stop. The Union Home Ministry blamed "
        "his “provocative statements” for inciting the mob. The Lieutenant Governor imposed a "
        "curfew in Leh and prohibitory orders across the district. Around 50 people were detained. "
        "The Leh Apex Body said the deaths were the result of excessive force.",
        "U",
        "riot",
    ),
]
