"""dev107 positives (3): eastern DRC, the Sahel, Haiti, Colombia, and Sudan's streets."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Goma: bodies in the streets and hospitals overflowing as M23 takes control of the city",
        "Bodies lay in several streets of Goma on Tuesday as M23 rebels, backed by Rwandan "
        "troops according to the UN, took control of most of the capital of North Kivu after "
        "two days of fighting with the Congolese army and its allies. Gunfire and explosions "
        "could still be heard around the airport and in the Katindo military camp in the "
        "morning, residents told Actualité.cd. Shells fell on several neighbourhoods, "
        "including Ndosho and Mabanga, and the Kyeshero and CBCA Ndosho hospitals said they "
        "had received hundreds of wounded, many of them civilians, and were running out of "
        "beds and surgical supplies. The ICRC said its teams were treating patients on "
        "mattresses in corridors. Thousands of people who had been living in displacement "
        "camps on the western edge of the city fled towards the centre and across the border "
        "into Gisenyi, in Rwanda. At the Gisenyi border post, Rwandan officials said more than "
        "1,200 people had crossed by midday, among them Congolese civil servants and their "
        "families. Water and electricity were cut across the city, and residents queued at the "
        "few wells in Himbi. 'We spent the night under the bed, the bullets were passing over "
        "the roof,' said a teacher in the Katoyi neighbourhood. Looters emptied several "
        "warehouses of the World Food Programme near the airport, the agency said. The prison "
        "of Munzenze was emptied after inmates broke out on Sunday night. Some Congolese "
        "soldiers surrendered their weapons to UN peacekeepers, MONUSCO said. In Kinshasa, "
        "protesters attacked several embassies, accusing Western countries of failing to stop "
        "Rwanda. The UN Security Council was due to meet in emergency session on Tuesday "
        "evening, and the African Union called for an immediate ceasefire.",
        "B E D H U",
        "battle for a city",
    ),
    (
        "At least 38 worshippers killed in ADF attack on Komanda church",
        "Fighters of the Allied Democratic Forces killed at least 38 people who had gathered "
        "for a night vigil in a Catholic church in Komanda, in Ituri province, in the early "
        "hours of Sunday, local officials and civil society leaders said. The attackers, armed "
        "with machetes and guns, entered the church compound at around 1 am and also set fire "
        "to several houses and shops nearby, according to the administrator of the Irumu "
        "territory. Several burned bodies were found in the ruins of the houses. 'We counted "
        "the dead in the church compound at dawn, there were children among them,' a local "
        "civil society coordinator told Actualité.cd. The Islamic State's Central Africa "
        "Province claimed the attack on its Telegram channels. The ADF, an armed group of "
        "Ugandan origin that pledged allegiance to IS in 2019, has killed thousands of "
        "civilians in Ituri and North Kivu over the past decade despite joint operations by "
        "the Congolese and Ugandan armies. MONUSCO condemned the attack and said its "
        "peacekeepers had helped evacuate wounded people to the hospital in Bunia. Residents "
        "of several neighbourhoods of Komanda spent the following night in the bush, fearing "
        "another attack.",
        "T V D",
        "attack on worshippers",
    ),
    (
        "Coltan buyers scramble after M23 seizes Rubaya mining hub",
        "Traders in Goma and Gisenyi said on Thursday that coltan from Rubaya, which supplies "
        "around 15% of the world's tantalum, was now passing entirely through M23 hands, after "
        "the rebels took control of the mining town in Masisi territory earlier this week. The "
        "rebels entered Rubaya on Tuesday after clashes with the Wazalendo militias and the "
        "Congolese army that lasted several hours, residents told Actualité.cd. Many miners "
        "and their families fled towards Minova and Sake, while others stayed and were ordered "
        "back to work at the pits on Wednesday under a new 'administration' set up by the "
        "rebels. A UN group of experts has reported that M23 levies a tax on every kilogram of "
        "coltan leaving the area. The Congolese government said any mineral leaving Rubaya was "
        "'stolen' and warned international buyers that they would be held responsible. "
        "Tantalum prices have been stable since the start of the year, traders said, but "
        "electronics makers face growing pressure to prove their supply chains are clean. "
        "Congo's mining minister called on the US and the European Union to sanction Rwanda, "
        "which Kinshasa accuses of backing the M23.",
        "B D",
        "territory taken",
    ),
    (
        "Barsalogho: residents digging trenches were shot by jihadists, survivors say",
        "The residents of Barsalogho had been ordered by the army to dig a trench around their "
        "town to protect it from jihadist attacks. On Saturday, while hundreds of men and boys "
        "were at work with shovels a few kilometres from the centre, fighters of Jama'at "
        "Nusrat al-Islam wal-Muslimin (JNIM), the al-Qaeda affiliate in the Sahel, arrived on "
        "motorbikes and opened fire on them, several survivors told Le Monde. 'They fired for "
        "hours, we lay in the trench among the dead,' said a man who was wounded in the leg "
        "and reached Kaya on Monday. The government in Ouagadougou has given no toll. JNIM "
        "claimed to have killed around 300 'militiamen' of the Volunteers for the Defence of "
        "the Homeland; local sources and humanitarian organisations spoke of at least 200 "
        "dead, many of them civilians. Videos shared by the jihadists showed dozens of bodies "
        "lying in the trench. The town in the Centre-North region, which had taken in "
        "thousands of displaced people from the surrounding villages, has been under a "
        "blockade by the group for more than a year. The junta of Captain Ibrahim Traoré "
        "declared three days of national mourning and called the attack 'a barbaric act'.",
        "T V",
        "massacre",
    ),
    (
        "Malian army takes Kidal from separatist rebels after drone strikes",
        "The Malian army announced on Tuesday that it had taken control of Kidal, the "
        "stronghold of the Tuareg-led separatist rebels of the Permanent Strategic Framework "
        "(CSP) in the north of the country, for the first time in nearly a decade. 'Our armed "
        "and security forces have taken control of Kidal,' Colonel Assimi Goïta, the head of "
        "the junta, said in a message read on state television, without giving details of "
        "losses. Columns of Malian soldiers, accompanied by fighters of the Russian group "
        "Wagner, had left the town of Anefis several days earlier, while Turkish-made drones "
        "carried out strikes on rebel positions in and around Kidal. The CSP said it had made "
        "a 'strategic withdrawal' to avoid civilian casualties, and that the drone strikes had "
        "killed several civilians over the past week, including children near a school. Many "
        "residents had left for the Algerian border and the hills of the Adrar des Ifoghas in "
        "the days before the army arrived. The UN peacekeeping mission, MINUSMA, left its "
        "Kidal camp at the end of October as part of its withdrawal from Mali. Bamako has made "
        "recapturing Kidal a symbol of restored sovereignty since the junta took power in "
        "2020.",
        "M B E D",
        "offensive",
    ),
    (
        "Niger mourns 71 soldiers killed in attack on Inates camp",
        "Niger began three days of national mourning on Thursday after 71 soldiers were killed "
        "in an attack on the army camp of Inates, near the border with Mali, the deadliest on "
        "the Nigerien army since the start of the jihadist insurgency in the region. Several "
        "hundred heavily armed assailants attacked the camp on Tuesday evening with shelling "
        "and suicide vehicles, and the fighting lasted three hours, according to the defence "
        "ministry, which said 'several dozen terrorists' were neutralised. Twelve soldiers "
        "were injured and about thirty are missing. The Islamic State in the Greater Sahara "
        "claimed responsibility on Thursday through its Amaq agency. Inates had already been "
        "attacked in July, when 18 soldiers died. President Mahamadou Issoufou cut short a "
        "trip to Egypt and convened a national security council in Niamey. French President "
        "Emmanuel Macron, whose country has 4,500 soldiers deployed in the Sahel under "
        "Operation Barkhane, postponed a summit with the leaders of the five Sahel countries "
        "planned in Pau. The attack, coming weeks after 13 French soldiers died in a "
        "helicopter collision in Mali, has revived questions in Paris about the strategy in "
        "the region.",
        "T B E",
        "attack on army base",
    ),
    (
        "Delmas families flee as Viv Ansanm gangs push into new neighbourhoods",
        "Schools in Delmas 24 and Delmas 30 stayed closed on Monday and the streets around "
        "them emptied as gangs of the Viv Ansanm coalition pushed further into the commune, "
        "residents told The Haiti Times. Heavy gunfire was heard overnight as police and "
        "members of the Kenyan-led Multinational Security Support mission tried to hold their "
        "positions near the Delmas police station. Gang members set fire to homes on several "
        "streets and shot at residents trying to leave with their belongings, witnesses said; "
        "at least eight people were killed, according to a local human rights group. 'We left "
        "with nothing, the children in our arms,' said a mother of three who spent the night "
        "in a church in Pétion-Ville. The International Organization for Migration said more "
        "than 5,600 people had been displaced from the area in three days, most of them moving "
        "to overcrowded sites in schools and public buildings. Haiti's National Police said it "
        "had killed several gang members, and an armoured vehicle belonging to the mission was "
        "damaged. The Transitional Presidential Council called an emergency meeting. Gangs now "
        "control most of Port-au-Prince and key roads out of the capital.",
        "B V D",
        "gang offensive",
    ),
    (
        "In the Artibonite rice basket, a massacre leaves Pont-Sondé empty",
        "The rice fields of the lower Artibonite valley, which produce most of Haiti's "
        "domestic rice, were left untended this week after members of the Gran Grif gang "
        "attacked the town of Pont-Sondé before dawn on Thursday, killing at least 115 people, "
        "according to the UN. The attackers, armed with automatic rifles, went from house to "
        "house shooting residents, including women and babies, and set fire to at least 45 "
        "homes and 34 vehicles, the UN human rights office said. Gran Grif's leader, Luckson "
        "Elan, said in a video that the attack was revenge against residents who had helped a "
        "self-defence group block the gang's access to the national road. More than 6,200 "
        "people fled to Saint-Marc, where they were sleeping in schools, churches and a sports "
        "centre, the IOM said. 'Farmers cannot go to the fields, the harvest of the second "
        "season is lost,' said an agronomist in Saint-Marc. The price of a marmite of local "
        "rice has already doubled in the markets of Saint-Marc, traders said. Prime Minister "
        "Garry Conille said the government would send more police to the Artibonite and called "
        "the massacre 'a heinous crime against defenceless women, men and children'.",
        "V D",
        "massacre",
    ),
    (
        "Catatumbo: ELN offensive against FARC dissidents leaves 80 dead and 36,000 displaced",
        "The governor of Norte de Santander, William Villamizar, said on Monday that at least "
        "80 people had been killed and more than 36,000 displaced in Catatumbo since Thursday, "
        "when the ELN guerrilla launched an offensive against the 33rd Front of the FARC "
        "dissidents for control of the region's coca crops and trafficking routes. Among the "
        "dead were former FARC combatants who had signed the 2016 peace agreement and a social "
        "leader, according to the Ombudsman's Office, which said ELN fighters had gone through "
        "villages with lists of names. Families arrived in Cúcuta and Tibú in trucks, on "
        "motorbikes and on foot, and the city's stadium was turned into a shelter. The army "
        "evacuated dozens of people by helicopter from rural areas of Teorama and El Tarra. "
        "'They told us we had two hours to leave,' a farmer from Tibú told El Espectador. The "
        "Ombudsman's Office said dozens of people had been kidnapped, and that several social "
        "leaders had fled after their names appeared on the lists. In Tibú, shops closed and "
        "the streets were empty by the afternoon, as residents waited for the army to "
        "reinforce the town. Venezuela's government said it was coordinating with Colombia on "
        "the border, where about 1,000 people crossed into Táchira state. Catatumbo, which has "
        "one of the largest areas of coca cultivation in the country, has been disputed by the "
        "ELN and the dissidents since the FARC demobilised. President Gustavo Petro suspended "
        "peace talks with the ELN, accusing the group of 'war crimes', and declared a state of "
        "internal commotion. Hospitals in Cúcuta said they were struggling to treat the "
        "wounded, and the Red Cross called for humanitarian corridors.",
        "B V D H",
        "armed clashes",
    ),
    (
        "Police helicopter downed by drone in Amalfi, 13 officers killed",
        "Thirteen police officers were killed when a drone attacked a Black Hawk helicopter "
        "that was transporting them during a coca eradication operation in the rural area of "
        "Amalfi, Antioquia, on Thursday, the National Police said. The helicopter was hit "
        "while landing in a rural zone and caught fire; four officers were rescued with "
        "injuries. The governor of Antioquia, Andrés Julián Rendón, attributed the attack to "
        "the 36th Front of the FARC dissidents, which he said was retaliating for the "
        "destruction of coca crops. Hours earlier in Cali, a truck loaded with explosives blew "
        "up near the Marco Fidel Suárez military aviation school, killing six civilians and "
        "injuring more than 60, the mayor's office said. President Gustavo Petro called both "
        "attacks terrorism and said he would ask for the groups responsible to be designated "
        "as terrorist organisations.",
        "E T",
        "drone attack",
    ),
    (
        "Cali night of violence: police fire on protesters in Siloé",
        "At least three people were killed and dozens injured in Siloé, a hillside "
        "neighbourhood of Cali, on Monday night when police officers and members of the "
        "anti-riot unit ESMAD opened fire during a vigil for victims of the national strike, "
        "according to residents and human rights groups. Videos shared on social networks "
        "showed officers shooting from armoured vehicles and a helicopter flying low over the "
        "streets with a spotlight. The Defensoría del Pueblo said 42 people had died since the "
        "start of the protests against the government's tax reform on April 28, among them a "
        "police officer. In other parts of the city, protesters set up blockades, set fire to "
        "buses and attacked a police station. The mayor, Jorge Iván Ospina, asked the national "
        "government to 'stop the shooting' and called for dialogue. The Defence Minister, "
        "Diego Molano, said the violence in Cali was being directed by 'criminal "
        "organisations' and announced the deployment of more troops. The UN and the European "
        "Union expressed concern about the excessive use of force. Fuel and food began to run "
        "short in the city as blockades cut the main access roads.",
        "U",
        "crackdown",
    ),
    (
        "Sudanese forces fire tear gas and live rounds at Khartoum marches, killing five",
        "Five protesters were killed and dozens wounded in Khartoum and Omdurman on Thursday "
        "as security forces used tear gas, stun grenades and live ammunition to disperse "
        "marches against the October 25 coup, the Central Committee of Sudanese Doctors said. "
        "Tens of thousands of people took to the streets in the capital and other cities, "
        "including Wad Madani and Port Sudan, chanting 'no negotiation, no partnership' with "
        "the military. Witnesses told Sudan Tribune that security forces chased protesters "
        "into side streets in the Burri district and fired at them near the presidential "
        "palace. The doctors' committee said the dead had been shot in the chest and head. "
        "Police said in a statement that 'rioters' had attacked police stations and injured "
        "several officers. At least 57 people have been killed in the protests since the coup, "
        "according to the committee.",
        "U",
        "crackdown",
    ),
]
