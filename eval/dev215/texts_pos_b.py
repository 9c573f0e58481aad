"""dev215 positives, part B: Ituri, Rakhine, Tigray, Somalia, Pakistan, Afghanistan, the West
Bank, Colombia, Mozambique, and the cost-of-living riots and crackdowns of Kenya, Sri Lanka,
Kazakhstan, Iran, Venezuela, Nigeria and South Africa. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Militia attack on Ituri market day leaves traders dead, villagers on the road",
        """Fighters of the CODECO militia attacked a weekly market near the village of Lopa in Djugu territory on Friday, killing at least 22 people with machetes and guns, local civil society leaders said. The attackers arrived in the middle of the morning, when hundreds of people from surrounding villages had come to sell cassava, beans and goats. Witnesses said the militiamen set fire to the stalls and to a row of shops before withdrawing into the forest. Most of the victims were women traders, according to the head of the local health zone, who said 14 wounded people had been taken to hospital in Bunia. The army said it had sent troops to the area and recovered the bodies. Thousands of people have fled towards the displacement site at Rhoe and to Bunia itself, the UN refugee agency said. Traders in Bunia say attacks on markets and roads have made beans and palm oil scarcer and dearer across the province. "We go to market to survive, and now the market is where they kill us," a displaced woman told Radio Okapi.""",
        "V D",
        "massacre",
    ),
    (
        "Rice at triple the price in Sittwe as Arakan Army closes in",
        """A sack of rice in Sittwe, the capital of Myanmar's Rakhine state, now costs about three times as much as it did a year ago, and many shops in the central market have closed, residents said this week. The Arakan Army has taken most of the townships around the city in months of fighting with the military, and the roads and waterways that bring food in have been cut. The junta has restricted the movement of goods by sea, and fighting around Ponnagyun and Pauktaw has halted river traffic. Fuel for the generators that keep freezers and mills running sells for several times the official price. Banks in the city have limited withdrawals, and many civil servants say their salaries arrive weeks late. Mobile internet has been cut across most of the state, so that residents can no longer use payment apps, and traders have gone back to cash. The World Food Programme said its stocks in Rakhine were running low and that it had been unable to move food to several townships for months. Air strikes by the military on villages near the city have killed civilians, according to local media, and thousands of people have fled towards the coast. Those who can afford it have paid for seats on the few flights to Yangon, which cost more than a month's salary. "We count grains now, not kyats," said a fishmonger who has cut her stall to two days a week. Rohingya living in the camps outside Sittwe, who depend almost entirely on aid, are the worst affected, aid workers said.""",
        "B E H D",
        "blockade",
    ),
    (
        "Shops looted and roads blocked as Kenya finance bill protests turn deadly",
        """Police fired tear gas and live ammunition at protesters in central Nairobi on Tuesday as tens of thousands of people marched against tax rises in the government's finance bill, and several people were shot dead outside parliament, rights groups said. Protesters briefly breached the parliament compound and set part of the building on fire, and shops along Kenyatta Avenue and Moi Avenue were looted as evening fell. The Kenya National Commission on Human Rights said at least 22 people were killed across the country and hundreds injured, and that police had carried out dozens of arrests. The bill would have added VAT to bread and raised taxes on mobile money transfers, vehicles and sanitary pads. Its backers in the Treasury said the measures were needed to cut a debt burden that swallows more than half of tax revenue. Traders in the central business district spent Wednesday sweeping glass and counting losses, with the Kenya Private Sector Alliance saying hundreds of businesses had been damaged. "We support the young people, but now my shop is empty," said a phone seller on Tom Mboya Street. Supermarkets in the city centre kept their shutters down, and the Naivas and Carrefour chains said staff had been sent home early. M-Pesa transfers slowed as mobile networks struggled, and several banks closed their branches in the centre. President William Ruto called the storming of parliament treasonous and said the government would respond to the violence "fully and swiftly". The next day he withdrew the bill, saying he had listened to the people. Protest organisers said they would keep marching until police officers who shot demonstrators were charged.""",
        "U",
        "riot",
    ),
    (
        "Police open fire on fuel protest at Rambukkana, one dead",
        """Sri Lankan police opened fire on a crowd blocking a railway line and a main road at Rambukkana on Tuesday, killing one man and wounding at least 13 people, after a protest over soaring fuel prices turned violent, hospital officials said. Police said protesters had stoned officers and tried to set fire to a fuel bowser parked near the scene, and that warning shots did not disperse them. The demonstration followed a fresh increase in petrol prices by the state-run Ceylon Petroleum Corporation, the third in a month. Motorists across the country have waited for hours, sometimes days, in fuel queues, and several elderly people have died while queuing. The island's foreign exchange reserves have all but run out, and the rupee has lost more than half its value against the dollar since March. The Human Rights Commission of Sri Lanka said it would investigate the shooting, and a curfew was imposed in the town. "We came to ask for fuel, not to die," said a three-wheeler driver whose cousin was among the wounded.""",
        "U",
        "protest_crackdown",
    ),
    (
        "Almaty in flames as fuel price protests spread across Kazakhstan",
        """Protesters stormed the mayor's office in Almaty and set it on fire on Wednesday, and banks, shops and supermarkets were looted across Kazakhstan's largest city as anger over the doubling of liquefied gas prices turned into a nationwide uprising. Police fired stun grenades and tear gas, and the interior ministry said eight police officers and national guardsmen had been killed and more than 300 injured. Several protesters were also killed, according to witnesses, though no official figure was given. President Kassym-Jomart Tokayev declared a state of emergency, sacked the government and asked the Russian-led Collective Security Treaty Organisation for help; its first troops landed the next day. Internet access was cut across the country, and cash machines in Almaty ran dry as people tried to withdraw savings. The unrest began in the western oil town of Zhanaozen after the price cap on LPG, which most drivers in the region use, was lifted on January 1. Tokayev later said he had ordered security forces to "fire without warning" at those he called terrorists and bandits.""",
        "U M",
        "riot",
    ),
    (
        "Banks burned and roads blocked as Iran petrol price protests spread",
        """Protests against a sudden increase in petrol prices spread to dozens of Iranian cities over the weekend, with demonstrators blocking highways, setting fire to banks and petrol stations and clashing with security forces, state media and witnesses said. The government raised the price of rationed petrol by half and of any fuel beyond the monthly ration by 300 percent overnight on Friday, saying the proceeds would go to poorer households. Amnesty International said security forces had used live fire and that more than 100 protesters had been killed in 21 cities, a figure the authorities rejected. Officials said more than 100 bank branches and dozens of shops had been set on fire, and the Revolutionary Guards warned of "decisive" action. Access to the internet was almost entirely cut for a second day. Supreme Leader Ayatollah Ali Khamenei backed the price rise and blamed "thugs" and foreign enemies for the violence. Traders in Tehran's bazaar kept their shutters down, and petrol stations in several cities were guarded by riot police.""",
        "U",
        "riot",
    ),
    (
        "Hungry crowds loot supermarkets in Cumaná, National Guard fires tear gas",
        """Crowds broke into supermarkets, bakeries and warehouses in the eastern Venezuelan city of Cumaná on Tuesday, carrying off flour, rice and cooking oil as shortages of basic food worsened, witnesses and local officials said. National Guard troops fired tear gas and rubber bullets to disperse the looters, and one man was shot dead, according to the Venezuelan Observatory of Social Conflict. Shop owners said more than 20 businesses had been emptied, some of them by groups of motorcyclists who arrived before the troops. Around 400 people were detained, the state governor said. Venezuelans spend hours in queues for price-controlled goods that often run out before they reach the front, and inflation is expected to reach several hundred percent this year. The observatory counted dozens of lootings or attempted lootings across the country in the first half of the year. "We have not seen flour in weeks, and the children are crying," a woman in the Cancamure neighbourhood said. President Nicolás Maduro blamed the unrest on an "economic war" waged by the opposition and private business.""",
        "U",
        "looting",
    ),
    (
        "Curfew in Kano after cost-of-living protest ends in looting and gunfire",
        """Authorities in Kano imposed a 24-hour curfew on Thursday after protests against hunger and the rising cost of living turned violent, with crowds looting shops and setting fire to government buildings, police and witnesses said. Police fired tear gas and, according to Amnesty International, live rounds at protesters in Kano, Maiduguri and several other northern cities, and at least 13 people were killed on the first day of the ten-day protest. The Nigeria Police Force said hundreds of people had been arrested for looting and vandalism. In Abuja and Lagos, marchers carrying placards reading "End bad governance" were dispersed with tear gas. Food inflation in Nigeria is running above 40 percent after the removal of the petrol subsidy and two devaluations of the naira, and a bag of rice now costs more than the monthly minimum wage. President Bola Tinubu appealed in a televised address for the protests to be called off, saying the government had heard the young people. Traders in Kano's Sabon Gari market kept their shops closed on Friday, fearing further looting.""",
        "U",
        "riot",
    ),
    (
        "Malls stripped and warehouses torched as unrest engulfs KwaZulu-Natal",
        """Looters emptied shopping malls, warehouses and liquor stores across KwaZulu-Natal and parts of Gauteng on Monday, as protests over the jailing of former president Jacob Zuma turned into the worst unrest South Africa has seen in decades. Police fired rubber bullets at crowds in Durban and Pietermaritzburg, and the government deployed 25,000 soldiers to support them. Officials later said more than 300 people had died in the violence, many in stampedes during looting, and that more than 3,000 people had been arrested. Retailers said hundreds of shops had been destroyed, and a major distribution centre of one of the country's biggest grocery chains was set on fire. Within days, supermarkets in Durban had empty shelves, and residents queued for hours for bread and milk as supply routes were blocked. Minibus taxi drivers and residents set up armed patrols to guard their neighbourhoods and malls. The unrest cost the economy billions of rand, according to the government, and pushed thousands of small traders out of business. President Cyril Ramaphosa later described the violence as an attempted insurrection.""",
        "U M",
        "looting",
    ),
    (
        "Air strike on Togoga market day kills dozens in Tigray",
        """An air strike hit a crowded market in the village of Togoga, west of Mekelle, on Tuesday, killing dozens of people and wounding many more, health workers and witnesses said. The strike came at midday, when the market was at its busiest, and most of the dead were farmers and traders, according to a nurse at the Ayder Referral Hospital who treated the wounded. The Ethiopian military said it had targeted Tigrayan fighters gathering for a celebration and denied hitting civilians. Soldiers blocked ambulances from reaching the village for more than a day, medics said. Banks in Tigray have been closed for weeks, and residents say they can no longer withdraw their savings or receive money from relatives abroad. Prices of teff and cooking oil in Mekelle have doubled since the fighting resumed, and fuel is almost impossible to find. The United States and the European Union called for an independent inquiry. "They were selling onions and chickens," said a woman whose brother was killed.""",
        "E V H",
        "airstrike",
    ),
    (
        "Al-Shabaab car bomb tears through Bakara market stalls",
        """A car bomb exploded at the edge of Mogadishu's Bakara market on Wednesday afternoon, killing at least 18 people, most of them traders and shoppers, police and ambulance services said. The al-Qaeda-linked group al-Shabaab claimed responsibility on one of its radio stations, saying it had targeted government tax collectors. Aamin Ambulance said it had carried 46 wounded people to hospitals across the city. The market is Somalia's biggest, a maze of stalls selling everything from rice and sugar to mobile phones and medicines, and it handles much of the country's import trade. Traders say al-Shabaab forces many of them to pay "zakat" to the militants on top of government taxes, and those who refuse are threatened. Police cordoned off the area and briefly shut the roads around the market. The prime minister visited the wounded at Madina hospital and promised compensation for traders whose stalls were destroyed. Several shops selling food and household goods stayed shut on Thursday as stallholders buried their dead.""",
        "T E V",
        "bombing",
    ),
    (
        "Twin blasts hit Parachinar market as shoppers prepare for Eid",
        """Two bombs exploded minutes apart in a crowded market in Parachinar on Friday evening, killing at least 45 people and wounding more than 100 as residents shopped for Eid, officials in the Kurram tribal district said. The second blast struck as people rushed to help the victims of the first, according to the local hospital's medical superintendent. A faction of the Pakistani Taliban claimed the attack, saying it targeted the area's Shiite community. The market, in the town's Turi Bazaar, is one of the main shopping streets in Kurram, which has been hit by sectarian attacks for years. Residents staged a sit-in outside the hospital and accused security forces of failing to protect the town. Shops across the district stayed shut on Saturday in mourning, and traders said the Eid season, when they make much of their yearly income, was lost.""",
        "T E V",
        "bombing",
    ),
    (
        "Afghan banks shut their doors as Taliban sweep into provincial capitals",
        """Bank branches in Kandahar, Herat and several other provincial capitals were closed on Saturday as Taliban fighters took control of the cities after days of fighting with government forces, residents said. Long queues had formed at cash machines in Kabul, where people tried to withdraw savings before the fighting reached the capital, and several banks limited withdrawals to 20,000 afghanis a day. The afghani fell sharply against the dollar on the Kabul money market. Tens of thousands of people have fled to Kabul from the north and south in recent weeks, the UN said, and many are living in parks and on the streets. Traders in Kabul said the price of flour and cooking oil had jumped as supply routes from Pakistan and Iran were cut. Officials said the central bank's access to its reserves abroad was uncertain. "People are taking everything they can from the bank because they do not know what comes next," said a money changer in Kabul's Sarai Shahzada market. The UN warned of a looming humanitarian crisis as aid agencies struggled to reach the people displaced by the fighting.""",
        "B D H",
        "offensive",
    ),
    (
        "Settlers torch shops and cars in Huwara rampage",
        """Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara and neighbouring villages on Sunday night, setting fire to houses, shops and dozens of cars, hours after two Israelis were shot dead in the town by a Palestinian gunman. A Palestinian man was killed in nearby Za'atara and more than 100 people were injured, according to the Palestinian Red Crescent. Huwara's main street is a busy commercial strip of garages, grocery shops and furniture stores, and residents said several of them had burned through the night while soldiers stood by. The Israeli military said it had sent reinforcements and that the events were "serious", and the head of the army's central command later called it a pogrom. Families fled their homes with children as the houses around them caught fire, the town's mayor said. On Monday, shopkeepers counted the damage in blackened storefronts and the army imposed a closure on the town, keeping most businesses shut. "Everything I built in 20 years is ash," said the owner of a building materials shop.""",
        "V D",
        "settler_attack",
    ),
    (
        "Confined by armed groups, Chocó villages run out of food",
        """More than 8,000 people in the San Juan river basin of Colombia's Chocó department have been unable to leave their villages for weeks because of fighting between the ELN guerrilla and the Clan del Golfo, the ombudsman's office said on Tuesday. The two groups have laid landmines on paths and ordered boat traffic to stop, and communities say they cannot reach their plots or the market town of Istmina. Prices in the few village shops have doubled, and plantain and fish are running short. The UN humanitarian office said families had reported children going without food, and that health posts had run out of basic medicine. Armed men have also forbidden shopkeepers to sell fuel to outsiders, according to community leaders, and have threatened to punish anyone who reports to the authorities. The army said it had sent troops to the area. The ombudsman called on the armed groups to let food and aid in and on the government to set up a humanitarian corridor.""",
        "B V H",
        "confinement",
    ),
    (
        "Insurgents raid banks and hold Mocímboa da Praia after days of fighting",
        """Islamist insurgents looted banks, burned shops and seized the port of Mocímboa da Praia in northern Mozambique after a three-day battle with the army, residents and security sources said on Thursday. The group, known locally as al-Shabaab and linked to the Islamic State, posted photos of fighters holding weapons inside a bank branch. Government forces withdrew from the town after running short of ammunition, according to a security source. Thousands of residents fled by boat to Pemba or on foot into the bush, aid agencies said. The town was a key supply point for the gas projects on the Afungi peninsula, and traders say the price of fish, rice and fuel has risen sharply in the district. Mozambique's defence minister said the army would retake the port. The UN refugee agency said more than 250,000 people had been displaced by the conflict in Cabo Delgado province. "There is nothing left to buy in the shops, and no one to sell it," said a trader who reached Pemba.""",
        "T B D",
        "attack",
    ),
]
