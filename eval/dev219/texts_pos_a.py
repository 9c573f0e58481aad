"""dev219 positives, part A: people fleeing current wars across borders, camps and detention
centres hit, deportees landing in fighting (Africa, the Middle East, Asia, Europe)."""

POSITIVES = [
    (
        "Chad counts 9,400 new arrivals in a week after fall of El Fasher",
        "TINE, Chad (Reuters) - Chadian border officials and the UN refugee agency registered about "
        "9,400 people crossing from Sudan's North Darfur state in the seven days to Sunday, most of "
        "them women and children who had walked or ridden donkey carts for more than a week from El "
        "Fasher. The city fell to the paramilitary Rapid Support Forces late last month after an "
        "18-month siege, and new arrivals told aid workers that fighters had stopped convoys of "
        "fleeing families on the roads west of the city and separated the men and boys from the "
        "women. “They took my two brothers from the cart and we heard shots behind us,” said Hawa, "
        "34, who reached Tine on Friday with four children and asked that her family name be "
        "withheld. UNHCR said registration teams were working through the night and that a transit "
        "site built for 2,000 people was holding more than three times that number. Medecins Sans "
        "Frontieres said its team at the border had treated 140 people for gunshot wounds since the "
        "start of the month, and that many of the children arriving were severely malnourished. Chad "
        "already hosts more than 1.2 million Sudanese refugees, most of them in the eastern "
        "provinces of Ouaddai, Wadi Fira and Ennedi Est. The RSF has denied targeting civilians and "
        "says it opened safe corridors out of the city. The World Food Programme said it had food "
        "at the border for about three weeks and appealed for money to move new arrivals to camps "
        "further inside Chad.",
        "B V D H",
        "refugee_flight",
    ),
    (
        "Israeli strike cuts main Lebanon-Syria road as families cross the border on foot",
        "An Israeli air strike early on Friday left a crater across the international highway near "
        "the Masnaa crossing, Lebanon's busiest land link with Syria, forcing families fleeing the "
        "bombardment of southern Lebanon and Beirut's southern suburbs to abandon their cars and "
        "carry children and bags across the gap on foot. Lebanon's transport minister said the "
        "strike hit about 50 metres from the Lebanese border post. The Israeli military said the "
        "crossing was being used by Hezbollah to bring in weapons from Syria, a claim Lebanese "
        "officials rejected. Lebanese authorities say more than 300,000 people, most of them Syrians "
        "but about a third Lebanese, have crossed into Syria since Israel escalated its air campaign "
        "on Sept. 23. “We left Nabatieh with the planes above us and now the road itself is gone,” "
        "said a woman who gave her name as Rima, waiting with her parents on the Syrian side. The "
        "UNHCR representative in Damascus said reception centres at Jdeidet Yabous were "
        "overwhelmed and that the agency was handing out water, blankets and hot meals around the "
        "clock. Aid agencies warned that winter would make the crossing much harder if the road was "
        "not repaired quickly.",
        "E M D H",
        "airstrike",
    ),
    (
        "Poland says 213,000 have crossed from Ukraine since invasion began",
        "Poland's Border Guard said on Sunday that 213,000 people had entered the country from "
        "Ukraine since Russian forces invaded on Thursday, with queues of cars stretching for more "
        "than 15 km on the Ukrainian side of the Medyka crossing. Most of those arriving are women, "
        "children and elderly people, because Ukraine has barred men aged 18 to 60 from leaving. "
        "Some said they had waited more than two days in freezing temperatures, and volunteers "
        "handed out soup, nappies and SIM cards at the crossing. “My husband drove us to the border "
        "and went back to Kyiv,” said Olena, 29, holding a sleeping toddler wrapped in a blanket. "
        "Polish officials opened reception points in nine towns along the frontier and said anyone "
        "fleeing the war would be let in, with or without a passport. The UN refugee agency said "
        "more than 368,000 people had fled Ukraine in all, to Poland, Hungary, Slovakia, Romania "
        "and Moldova, and that the figure was rising fast. Trains from Lviv to Przemysl ran packed, "
        "with passengers standing in the corridors for the whole journey.",
        "M D H",
        "refugee_flight",
    ),
    (
        "Rohingya reaching Bangladesh describe soldiers burning villages as arrivals pass 270,000",
        "COX'S BAZAR, Bangladesh - Rohingya refugees who crossed the Naf river this week said "
        "Myanmar soldiers and local Buddhist mobs surrounded their villages in northern Rakhine "
        "state, opened fire on people running toward the fields and set homes alight. Mohammad "
        "Rafique, 40, said he hid in a canal near Tula Toli while soldiers shot men who had "
        "gathered on the riverbank, and that he later counted bodies in the water. The UN refugee "
        "agency said on Friday that about 270,000 people had arrived in Bangladesh since Aug. 25, "
        "when Myanmar's army launched what it calls clearance operations after attacks by Rohingya "
        "insurgents on police posts. Myanmar's government says its troops are fighting terrorists "
        "and denies targeting civilians. Makeshift shelters of bamboo and plastic sheeting now "
        "cover the hills around the Kutupalong camp, and aid workers said clean water and "
        "latrines were running short. “We have never seen this many people arrive this fast,” a "
        "Medecins Sans Frontieres coordinator said. Smoke could still be seen rising on the "
        "Myanmar side of the border on Thursday evening.",
        "V M D H",
        "massacre",
    ),
    (
        "Drone attack on Rohingya waiting to cross the Naf kills dozens, survivors say",
        "Survivors of an attack on families waiting to board boats to Bangladesh on Monday said "
        "drones dropped explosives into the crowd on the beach outside Maungdaw, in Myanmar's "
        "Rakhine state, killing dozens of people including children. Videos verified by news "
        "organisations show bodies lying among suitcases on muddy ground. Three witnesses who "
        "reached Teknaf on Tuesday blamed the Arakan Army, which has been fighting the military "
        "for control of Maungdaw for weeks; the group denied responsibility and blamed the junta. "
        "“We were waiting for the tide and then the explosions came one after another,” said a "
        "35-year-old woman who lost her husband and daughter. Medecins Sans Frontieres said its "
        "teams in Cox's Bazar had treated 39 people with blast and gunshot wounds since Saturday. "
        "Bangladesh, which already hosts about one million Rohingya, has closed its border and "
        "says it cannot take more refugees, but coast guard officials said hundreds had crossed "
        "at night in small boats this month. The UN refugee agency said it was alarmed by reports "
        "of civilians being attacked as they tried to flee.",
        "B E V D",
        "drone_strike",
    ),
    (
        "Air strike on Tripoli detention centre kills at least 44 migrants",
        "An air strike hit a detention centre for migrants in the Tripoli suburb of Tajoura late "
        "on Tuesday, killing at least 44 people and wounding more than 130, Libya's UN-backed "
        "government said. The hangar that was hit held about 120 migrants and refugees, most of "
        "them from sub-Saharan Africa, who had been intercepted at sea and returned to Libya. The "
        "government blamed forces loyal to Khalifa Haftar, whose Libyan National Army has been "
        "trying to take the capital since April; the LNA denied carrying out the strike. The UN "
        "refugee agency said the centre's location near a military camp was known to both sides "
        "and that it had repeatedly asked for the detainees to be moved. Survivors told medics "
        "that guards had fired on people trying to run from the building after the first blast, "
        "a claim the interior ministry denied. The International Organization for Migration said "
        "about 3,500 people were held in detention centres close to the front lines around "
        "Tripoli and called for all of them to be released. The UN Security Council was due to "
        "hold an emergency meeting on Wednesday. In the morning, rescue workers were still "
        "searching the rubble of the hangar, where mattresses, shoes and plastic bags of "
        "belongings lay among twisted metal. A Sudanese survivor said he had been held in the "
        "centre for eight months and had begged the guards to let the men go when the "
        "fighting came closer. Doctors at the Tajoura hospital said they had run out of beds "
        "and were treating the wounded on the floor. The African Union called for an "
        "investigation, and Italy said it would raise the attack with its EU partners.",
        "E V H",
        "airstrike",
    ),
    (
        "Migrants trapped in Tripoli detention centre as militias fight in the streets",
        "More than 500 migrants were left locked inside a detention centre in southern Tripoli on "
        "Saturday as rival armed groups fought with heavy machine guns and rocket-propelled "
        "grenades in the surrounding streets, aid agencies said. The clashes, the worst in the "
        "capital in two years, broke out overnight between forces backing the rival prime "
        "ministers, and the health ministry said at least 32 people had been killed and 159 "
        "wounded. Detainees reached by phone said their guards had left the building and that "
        "they had had no water since Friday. “We can hear the shooting on the wall. Nobody is "
        "here to open the doors,” a Sudanese man said. The International Organization for "
        "Migration said it had asked both sides to allow its teams to deliver water and to let "
        "the detainees leave, but that the roads were closed by fighting. Several hospitals in "
        "the area were hit by stray fire and one was evacuated. A fragile calm returned by "
        "evening, residents said.",
        "B H",
        "clashes",
    ),
    (
        "Six migrants shot dead at Tripoli detention centre days after mass raids",
        "Guards at the Al-Mabani detention centre in Tripoli opened fire on migrants trying to "
        "escape on Friday, killing six people and wounding at least 24, the International "
        "Organization for Migration said. The centre, built for about 1,000 people, has held more "
        "than 3,000 since last week, when interior ministry forces and allied militias raided "
        "homes in the Gargaresh district and detained over 5,000 migrants and refugees, including "
        "women and children. One young man was shot dead during the raids and at least 15 were "
        "wounded, according to the UN. Witnesses said men in uniform had broken down doors, "
        "beaten residents and taken phones and money before loading people onto buses. The "
        "interior ministry described the raids as a security operation against drug trafficking "
        "and illegal migration. The UN refugee agency said it had suspended its activities at a "
        "community day centre after hundreds of people who had fled the raids gathered outside "
        "seeking protection. Rights groups called on Libya's partners in Europe to stop "
        "funding the coast guard until the killings were investigated.",
        "V M",
        "raid",
    ),
    (
        "Ethiopian migrants describe mortar fire on the Yemen-Saudi border",
        "Ethiopian migrants treated this week at a hospital in Saada, in northern Yemen, said "
        "Saudi border guards fired mortars and machine guns at groups trying to cross the "
        "mountains into the kingdom, killing people as they walked. A 17-year-old boy from Oromia, "
        "whose left hand was amputated, said the group of about 150 he travelled with came under "
        "fire at night near the Al Thabit crossing and that he saw at least 20 bodies when he "
        "woke up. Doctors at the hospital said they had received dozens of migrants with blast "
        "and gunshot wounds since the start of the month, many of them women. Human Rights Watch "
        "said in a report published on Monday that the killings were widespread and systematic "
        "and could amount to crimes against humanity. Saudi Arabia has rejected previous "
        "allegations of abuse at the border as unfounded. The route from the Horn of Africa "
        "through war-torn Yemen is one of the busiest and most dangerous migration corridors in "
        "the world, with tens of thousands crossing the Gulf of Aden each year.",
        "E V",
        "shelling",
    ),
    (
        "US strike on Yemen migrant detention centre kills 68, Houthis say",
        "A US air strike hit a detention centre holding African migrants in Yemen's northern "
        "Saada province overnight, killing 68 people and wounding 47, the Houthi-run interior "
        "ministry said on Monday. Houthi television showed rescuers pulling bodies from the "
        "rubble of a corrugated iron building. The centre held about 115 migrants, most of them "
        "Ethiopians, the ministry said. The US military has carried out hundreds of strikes on "
        "Houthi targets since mid-March and has said it is investigating reports of civilian "
        "casualties. The International Organization for Migration said it was deeply concerned "
        "and that migrants in Yemen were caught between armed groups, smugglers and the "
        "bombardment. Medics at the Republican Hospital in Saada said they were short of blood "
        "and anaesthetics. The Houthis said a separate strike on Sunday had killed eight people "
        "in the capital, Sanaa. Rights groups called for an independent investigation into the "
        "attack on the detention centre.",
        "E V M H",
        "airstrike",
    ),
    (
        "Eritrean refugees tell of killings and abductions in Tigray camps",
        "Eritrean refugees who reached the Mai Aini camp in Ethiopia's Tigray region this week "
        "said armed men in Eritrean army uniforms had stormed the Hitsats and Shimelba camps, "
        "killed residents and taken others back across the border. A former teacher who walked "
        "for five days said he saw gunmen shoot two young men who refused to get on a truck and "
        "that the camp clinic had been looted. The UN refugee agency said it had lost contact with "
        "the two camps, which together housed about 20,000 people, since fighting began in "
        "Tigray in November, and that satellite images showed fresh fire damage. UNHCR chief "
        "Filippo Grandi called the reports of killings, abductions and forced returns "
        "“concrete indications of major violations of international law.” Ethiopia's federal "
        "government has said its forces are restoring order in Tigray and has denied that "
        "Eritrean troops are operating there. Aid agencies said food stocks in Mai Aini and Adi "
        "Harush were running out because convoys still could not reach the region.",
        "V D H",
        "camp_attack",
    ),
    (
        "Thousands cross into Ethiopia's Gambella as fighting spreads around Nasir",
        "About 10,000 South Sudanese have crossed into Ethiopia's Gambella region in the past two "
        "weeks, fleeing fighting between the army and armed youth around the town of Nasir in "
        "Upper Nile state, the Ethiopian Refugees and Returnees Service said. Many arrived by "
        "canoe along the Baro river or after walking through swamps for several days, and local "
        "officials said some reported air strikes on villages near the border. South Sudan's army "
        "said it had bombed positions of the White Army militia after the group overran a "
        "garrison in Nasir early this month, killing dozens of soldiers. The United Nations has "
        "warned that the clashes threaten the 2018 peace deal. “We ran when the planes came. We "
        "did not take anything,” said Nyakuoth, a mother of five, at the Pagak reception point. "
        "The UN refugee agency said it was moving new arrivals to the Nguenyyiel camp, which "
        "already hosts more than 100,000 people, and that water and health services were "
        "stretched. Cholera cases have been reported on both sides of the border.",
        "B E M D H",
        "battle",
    ),
    (
        "Bombs hit displacement camps near Goma, killing at least 35",
        "Bombs struck two camps for displaced people on the western edge of Goma on Friday, "
        "killing at least 35 people, most of them women and children, and wounding dozens, "
        "Congolese officials and the United Nations said. The blasts hit the Lac Vert and "
        "Mugunga camps, which shelter hundreds of thousands of people who have fled the advance "
        "of M23 rebels across North Kivu. The Congolese army blamed the rebels and Rwandan "
        "troops, while the M23 accused the army and allied militias of firing from the camps. "
        "Witnesses said a shell fell on a market area between the shelters where children were "
        "playing. Medecins Sans Frontieres said it had received 27 wounded at its hospital and "
        "that many more were taken to other facilities. The UN humanitarian coordinator said "
        "attacks on displacement sites could amount to war crimes. Residents said they heard "
        "heavy artillery from the hills around Sake throughout the morning, and some families "
        "began packing their belongings to move closer to the city.",
        "E V D",
        "shelling",
    ),
    (
        "Burundi sees 40,000 arrivals from Congo after M23 takes Bukavu",
        "About 40,000 people have crossed from eastern Congo into Burundi in less than two weeks "
        "as M23 rebels advanced through South Kivu and took the provincial capital Bukavu, the "
        "UN refugee agency said on Friday. Many waded across the Rusizi river near Gatumba, where "
        "local officials said at least three people drowned on Thursday. Others arrived by boat "
        "across Lake Tanganyika. Congolese soldiers retreating south were among those who crossed "
        "and were disarmed by Burundian troops at the border, officials said. Burundi, one of the "
        "poorest countries in the world, has opened a transit site at a stadium in Rugombo where "
        "families sleep under shelters of plastic sheeting. “There is not enough water and "
        "nowhere to wash,” said a mother who fled Kamanyola when rebels entered the town. UNHCR "
        "said it needed money urgently for food and sanitation and that the number of arrivals "
        "was still rising. The rebels, who are backed by Rwanda according to UN experts, have said "
        "they intend to keep moving south toward Uvira.",
        "B D H",
        "cross_border_flight",
    ),
    (
        "More than 100,000 ethnic Armenians have left Karabakh, Yerevan says",
        "GORIS, Armenia - More than 100,000 ethnic Armenians have crossed into Armenia from "
        "Nagorno-Karabakh since Azerbaijan's military offensive last week, the Armenian "
        "government said on Saturday, nearly the whole population of the breakaway region. Cars, "
        "trucks and tractors loaded with mattresses and furniture have crawled for days down the "
        "single mountain road through the Lachin corridor. Many of those arriving in Goris said "
        "they had barely eaten during a journey that took up to 30 hours. Azerbaijan launched what "
        "it called anti-terrorist measures on Sept. 19 and the Karabakh authorities agreed to "
        "disarm a day later, after fighting in which Armenian officials said about 200 people "
        "were killed. An explosion at a fuel depot near Stepanakert, where people were queuing for "
        "petrol to leave, killed at least 170. Armenia's prime minister has accused Baku of ethnic "
        "cleansing; Azerbaijan says the Armenians are free to stay as citizens. The Red Cross said "
        "it was helping to search for people missing since the fighting. In the square outside "
        "Goris town hall, volunteers registered new arrivals at folding tables and handed out "
        "SIM cards, bread and cheese, while buses waited to take families to hotels and "
        "dormitories in Yerevan and other towns. “We buried my father in the garden because "
        "we could not reach the cemetery,” said a 45-year-old woman from the village of "
        "Chartar, who had travelled with her three children in a neighbour's car. Armenia's "
        "health ministry said dozens of people had been treated for burns from the fuel depot "
        "blast and that some had been flown to Yerevan. The government says it has shelter for "
        "about 40,000 people and has asked its allies for help. A UN team was expected to visit "
        "Karabakh this weekend for the first time in about 30 years.",
        "B M D H",
        "exodus",
    ),
    (
        "Suicide bombing at Kabul airport gate kills dozens among crowds seeking evacuation",
        "A suicide bomber struck crowds of Afghans waiting to reach evacuation flights outside "
        "Kabul airport on Thursday, killing at least 60 Afghans and 13 US service members, "
        "officials said, as gunmen opened fire in the chaos that followed. The blast hit the Abbey "
        "Gate, where thousands of people had gathered for days in a sewage canal holding up "
        "passports and visa papers to British and American troops. Islamic State's Afghan "
        "affiliate, ISIS-K, claimed responsibility. “Bodies were in the water, people were "
        "screaming for their children,” said a man who had hoped to board a flight to Germany "
        "with his family. A second explosion was reported near the Baron Hotel, where British "
        "officials had been processing evacuees. Western countries had warned of an imminent "
        "attack and told people to leave the area. More than 100,000 people have been flown out "
        "of Kabul since the Taliban took the city on Aug. 15, and President Joe Biden has said "
        "the airlift will end on Aug. 31.",
        "T E V D",
        "suicide_bombing",
    ),
    (
        "German deportation flight lands in Kabul a day after Supreme Court bombing",
        "A charter plane carrying 26 rejected Afghan asylum seekers from Munich landed in Kabul "
        "on Wednesday, a day after a suicide bomber killed at least 20 people outside Afghanistan's "
        "Supreme Court, refugee groups said. The Taliban claimed the bombing, which hit employees "
        "leaving work in the city centre, and said it was revenge for the execution of its "
        "members. The deportees were met at the airport by officials of the refugees ministry and "
        "the International Organization for Migration, which gave some of them cash for a few "
        "nights in a hotel. One man, who had lived in Bavaria for six years, said he had no family "
        "left in Kabul and was afraid to travel to his home province of Kunduz, where fighting "
        "between the army and the Taliban has continued through the winter. It was the third such "
        "flight since December, and Germany's interior ministry says parts of Afghanistan are "
        "safe enough for returns. The Pro Asyl group said sending people into a war in which "
        "civilian casualties reached a record last year was irresponsible.",
        "T E B",
        "deportation_into_war",
    ),
]
