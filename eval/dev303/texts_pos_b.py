"""dev303 positives, part B: breaking items that report current attacks, strikes, clashes, coups
or casualties of fighting (eval/README.md, section 1). (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Boko Haram fighters kill 63 in night raid on Nigerian village",
        """MAIDUGURI, Nigeria, Sept 6 (Reuters) - Boko Haram militants killed at least 63 people, including five soldiers, in an overnight raid on the village of Darul Jamal in northeastern Nigeria's Borno state, the state governor said on Saturday. The attackers arrived on motorcycles shortly after dark, opened fire on residents and burned homes and vehicles, survivors said. Governor Babagana Zulum, who visited the village, said it had been resettled only two weeks earlier after residents returned from camps for displaced people. "They came shooting and shouting, nobody could hide," said farmer Modu Bukar, who lost two sons. Soldiers at a small base in the village fought back but were overwhelmed, a military source said. The Islamist insurgency in the northeast has killed tens of thousands of people and displaced about 2 million since 2009. Zulum said the survivors would be moved temporarily to the town of Bama.""",
        "V T B D",
        "massacre",
    ),
    (
        "Jihadists attack Bamako police school and airport military base",
        """Bamako (AFP) - Jihadists attacked a gendarmerie training school and a military air base near the airport in Mali's capital Bamako at dawn on Tuesday, the army said, in a rare assault on the city. Gunfire and explosions were heard from around 5:00 am near the school in the Faladie district, residents said, and a column of black smoke rose over the airport area. The army said in a statement that the situation was under control and that a clean-up operation was under way. The Al-Qaeda-linked JNIM group claimed the attack, saying its fighters had inflicted heavy losses. A security source told AFP that several gendarmerie students had been killed, without giving a figure. Flights were suspended and roads around the airport were closed. Mali's ruling junta has been battling jihadist groups since it seized power in 2020 and 2021, and has turned to Russian mercenaries for help.""",
        "T B M",
        "attack",
    ),
    (
        "Clashes between Syrian forces and Assad loyalists leave hundreds dead on coast",
        """DAMASCUS, March 8 (Reuters) - More than 1,000 people, most of them Alawite civilians, have been killed in two days of clashes between Syrian security forces and fighters loyal to ousted president Bashar al-Assad and in revenge killings that followed, a war monitor said on Saturday. The Syrian Observatory for Human Rights said 745 civilians had been killed in shootings in Alawite towns and villages near Latakia and Tartous, while 125 members of the security forces and 148 militants had died. Residents of the town of Baniyas told Reuters that gunmen had gone from house to house asking people their religious sect before shooting them. The violence erupted on Thursday when loyalist gunmen ambushed a security patrol near Jableh. Interim president Ahmed al-Sharaa urged the insurgents to lay down their weapons and said civilians must not be harmed. Thousands of Alawites fled to a Russian air base at Hmeimim seeking protection. Reuters could not independently verify the figures.""",
        "B V D",
        "clashes",
    ),
    (
        "Israeli strikes pound south Lebanon, tens of thousands flee north",
        """BEIRUT (AP) — Israeli airstrikes hit hundreds of targets across southern and eastern Lebanon on Monday, killing at least 274 people and wounding more than 1,000, Lebanon's Health Ministry said, in the deadliest day of bombardment since the 2006 war. The Israeli military said it had struck about 1,300 Hezbollah sites, including weapons it said were stored in homes, and urged residents of the south and the Bekaa Valley to leave. Tens of thousands of people fled north, causing traffic jams on the coastal highway out of Tyre and Sidon that stretched for hours. Schools in Beirut and Tripoli were turned into shelters. Hezbollah said it fired dozens of rockets at military bases in northern Israel, setting off sirens as far south as Haifa. The health minister said the dead included 21 children. Hospitals in the south were told to cancel non-urgent surgery to make room for the wounded.""",
        "E D M",
        "airstrike",
    ),
    (
        "U.S. launches wave of strikes on Houthi targets across Yemen",
        """WASHINGTON/DUBAI, March 15 (Reuters) - The United States launched a wave of military strikes against Yemen's Iran-aligned Houthis on Saturday, U.S. officials said, with the Houthi-run health ministry saying at least 31 people were killed, among them women and children. Explosions were heard in the capital Sanaa and in the northern province of Saada, the group's stronghold, residents said. President Donald Trump said the strikes were intended to stop Houthi attacks on shipping in the Red Sea and warned that the group would be held fully responsible. The Houthis' political bureau called the attack a war crime and said its forces would respond. An official, speaking on condition of anonymity, said the campaign could last for weeks. Sanaa residents said several strikes hit a residential district in the north of the city. The Houthis have fired on more than 100 merchant ships since November 2023.""",
        "E M",
        "airstrike",
    ),
    (
        "Insurgents attack Mozambique gas hub town of Palma, residents flee into bush",
        """Maputo (AFP) - Islamist insurgents launched a coordinated attack on the town of Palma in northern Mozambique, near a multi-billion-dollar gas project, killing dozens of people, the government said on Sunday. Fighters entered the town from three directions on Wednesday and fought with security forces for several days, ambushing a convoy of civilians trying to flee from a hotel where they had sheltered, a defence ministry spokesman said. Some of the dead were found beheaded, according to a witness. Thousands of residents fled into the surrounding forest or tried to reach the Afungi peninsula, where Total's gas site is located. Aid groups said boats carrying about 1,300 people had arrived in the provincial capital Pemba. The Islamic State group claimed responsibility for the attack through its Amaq news agency. The insurgency in Cabo Delgado province has forced nearly 700,000 people from their homes since 2017.""",
        "B T V D",
        "attack",
    ),
    (
        "Suicide bombing outside Kabul airport kills scores as evacuation continues",
        """KABUL, Afghanistan (AP) — Two suicide bombers and gunmen attacked crowds of Afghans flocking to Kabul's airport on Thursday, killing at least 60 Afghans and 13 American troops, Afghan and U.S. officials said. One of the bombers struck near the Abbey Gate, where hundreds of people had been standing in a sewage canal waiting to be processed for evacuation flights. A second blast hit near the Baron Hotel, a short distance away. The Islamic State group's affiliate in Afghanistan claimed responsibility. The head of U.S. Central Command said the evacuation would continue and that more than 100,000 people had been flown out of the country since mid-August. A Taliban spokesman condemned the attack, saying it took place in an area under American control. Hospitals in Kabul said they were overwhelmed with wounded.""",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Georgian police use water cannon, tear gas on protesters for second night",
        """TBILISI, Nov 30 (Reuters) - Georgian riot police used water cannon and tear gas to disperse thousands of protesters outside parliament in Tbilisi for a second night, after the government suspended talks on joining the European Union. Demonstrators threw fireworks and stones at police lines and set fire to barricades on Rustaveli Avenue, Reuters witnesses said. The interior ministry said 107 people had been detained and 10 police officers injured overnight. Opposition parties said dozens of protesters had been beaten and several journalists hurt. President Salome Zourabichvili, who is at odds with the ruling Georgian Dream party, said the protesters were defending the country's European future. Prime Minister Irakli Kobakhidze accused the opposition of trying to stage a revolution. Protests were also reported in Batumi and Kutaisi.""",
        "U",
        "riot",
    ),
    (
        "Cholera spreads through Sudan's displacement camps as fighting blocks aid",
        """Port Sudan (AFP) - A cholera outbreak is spreading rapidly through camps for people displaced by Sudan's war, with at least 388 deaths and more than 13,000 cases recorded since July, the health ministry said on Tuesday. Doctors Without Borders said it had treated hundreds of patients in Tawila and in camps around Kassala, where families who fled fighting in Khartoum and Darfur live in crowded shelters with little clean water. Aid agencies said heavy rains and clashes on the roads into Darfur had delayed trucks carrying vaccines and chlorine tablets. "We have people arriving every day who walked for a week to escape the shelling," an MSF coordinator said. The health minister declared an epidemic in several states. The war between the army and the paramilitary Rapid Support Forces has displaced more than 10 million people inside Sudan. The World Health Organization said it was sending 455,000 doses of oral vaccine.""",
        "H D",
        "humanitarian_crisis",
    ),
    (
        "Oil surges after drone attacks knock out half of Saudi output",
        """LONDON, Sept 16 (Reuters) - Oil prices jumped nearly 20% at the open on Monday, the biggest intraday gain in decades, after drone attacks on Saudi Arabian oil plants over the weekend cut the kingdom's output by half. Brent crude futures surged as much as $11.73 to $71.95 a barrel in the first minutes of trade before easing back. Saturday's attacks on the Abqaiq processing facility and the Khurais oilfield set off huge fires and knocked out 5.7 million barrels per day of production, about 5% of global supply. Yemen's Houthi movement claimed responsibility, saying it had launched 10 drones, but U.S. Secretary of State Mike Pompeo said there was no evidence the attack came from Yemen and blamed Iran. Tehran denied involvement. Saudi Aramco said it hoped to restore a third of lost output by the end of Monday. Traders said the strikes had exposed the vulnerability of Gulf supply.""",
        "E",
        "drone_attack",
    ),
    (
        "Armenia says 49 soldiers killed as heavy fighting erupts on Azerbaijan border",
        """Yerevan (AFP) - Heavy fighting broke out overnight along the border between Armenia and Azerbaijan, killing at least 49 Armenian soldiers, Prime Minister Nikol Pashinyan said on Tuesday, in the worst flare-up between the two countries since their 2020 war. Armenia's defence ministry said Azerbaijani forces had shelled the towns of Jermuk, Goris and Vardenis with artillery and drones, damaging homes and a power station. Baku said its troops had responded to large-scale provocations by Armenian forces and reported 50 of its own servicemen killed. Pashinyan asked Russia to help under a mutual defence treaty. Residents of Jermuk, a spa town, were evacuated to the provincial capital, local officials said. Moscow said it had brokered a ceasefire from 9 am Moscow time, but Armenian officials reported sporadic shelling after that.""",
        "B E D M",
        "clashes",
    ),
    (
        "Ukraine pulls troops out of Avdiivka as Russia claims full control",
        """KYIV, Feb 17 (Reuters) - Ukraine withdrew its troops from the eastern town of Avdiivka on Saturday to avoid encirclement, its new army chief said, handing Russia its biggest battlefield gain since it captured Bakhmut last May. Colonel General Oleksandr Syrskyi said units had moved to more favourable defensive lines to preserve soldiers' lives after months of fierce fighting. Russia's defence minister said his forces had taken full control of the town and were clearing it of remaining Ukrainian units. Ukrainian soldiers described relentless Russian glide bomb attacks and infantry assaults in the final days, with the last defenders pulling out along a single road under fire. Pro-Russian military bloggers said Russian losses had been heavy. Fewer than 1,000 of the town's pre-war population of 32,000 were believed to remain. President Volodymyr Zelenskiy, speaking in Munich, said a shortage of Western artillery shells had made the situation worse.""",
        "B E M",
        "offensive",
    ),
    (
        "White Army fighters overrun South Sudan army base in Nasir; UN helicopter attacked",
        """JUBA, South Sudan (AP) — Armed youths known as the White Army overran a military garrison in the northeastern town of Nasir after days of fighting, South Sudan's government said on Friday, raising fears that the country could slide back into civil war. A United Nations helicopter sent to evacuate government soldiers came under fire, killing one crew member and several soldiers, including a general, the UN mission said. The information minister accused the opposition SPLM-IO of backing the attack, and several of its officials were arrested in Juba. The opposition denied involvement. Residents said thousands had crossed into Ethiopia's Gambella region to escape the fighting. Uganda later deployed special forces to Juba at the government's request. The head of the UN mission called on all sides to refrain from further violence.""",
        "B D M",
        "battle",
    ),
    (
        "Riots grip New Caledonia for third night as France declares state of emergency",
        """Noumea (AFP) - Rioting raged for a third night in the French Pacific territory of New Caledonia, where four people, including a gendarme, have been killed in unrest over an electoral reform, officials said on Thursday. Shops, factories and houses were set on fire in Noumea's suburbs, and residents formed armed self-defence groups to guard their neighbourhoods, an AFP journalist saw. France declared a state of emergency and sent hundreds of police reinforcements, while the army was deployed to secure the ports and the airport. The French high commissioner said more than 200 people had been arrested and hundreds of police injured. The riots broke out as lawmakers in Paris voted for a constitutional change that pro-independence Kanak leaders say will dilute their vote. TikTok was banned in the territory. Australia and New Zealand said they were preparing to fly their citizens home.""",
        "U",
        "riot",
    ),
    (
        "Papua separatist rebels set plane on fire, take New Zealand pilot hostage",
        """JAKARTA, Feb 8 (Reuters) - Separatist rebels in Indonesia's Papua region set fire to a small commercial plane and took its New Zealand pilot hostage after it landed at a remote airstrip in Nduga regency, police and the rebel group said on Wednesday. The West Papua National Liberation Army said it had seized the pilot and would not release him until Indonesia recognised Papuan independence. A police spokesman said five passengers, all Papuans, had been released unharmed. Photos shared by the rebels showed the Susi Air plane burning on the runway at Paro. Security forces were sent to the area to search for the pilot, the military said. The rebels have stepped up attacks in recent years, and in 2022 killed eight telecommunications workers repairing a tower. New Zealand's foreign ministry said it was aware of the situation and was providing consular support.""",
        "V",
        "abduction",
    ),
    (
        "Peru protests turn deadly as demonstrators storm airport in Andes",
        """LIMA, Peru (AP) — At least seven people were killed on Monday as clashes between police and protesters demanding the release of ousted President Pedro Castillo spread across southern Peru, officials said. In the Andean city of Andahuaylas, demonstrators stormed the airport runway and set fire to a police station, and officers responded with tear gas and gunfire, according to the ombudsman's office. The airport in Arequipa was also closed after protesters tried to occupy it. Hospitals in Apurimac reported dozens of wounded, several with gunshot wounds. President Dina Boluarte, sworn in last week, proposed bringing forward general elections to 2024 in an attempt to calm the unrest. Protesters blocked highways with stones and burning tyres in at least eight regions. The government later declared a nationwide state of emergency.""",
        "U",
        "riot",
    ),
    (
        "Thai and Cambodian troops clash along border; jets strike, villagers flee",
        """BANGKOK, July 24 (Reuters) - Thai and Cambodian troops fought along their disputed border on Thursday, with Thailand sending F-16 fighter jets to strike military targets and Cambodia firing rockets into Thai villages, killing at least 12 people, mostly civilians, Thai officials said. The clashes began in the morning near the ancient Ta Moan Thom temple and spread to at least six locations along the frontier, the Thai army said. A rocket hit a petrol station in Sisaket province, killing six people, according to the health ministry. Cambodia's defence ministry accused Thailand of attacking first and said its forces had acted in self-defence. Thai authorities evacuated more than 40,000 villagers from four border provinces to temporary shelters. Thailand closed all land border crossings and downgraded diplomatic ties. China and Malaysia, the chair of ASEAN, called for restraint.""",
        "B E D M",
        "clashes",
    ),
    (
        "Bangladesh garment workers clash with police over wages; one killed",
        """DHAKA, Oct 31 (Reuters) - Police in Bangladesh fired tear gas and rubber bullets at thousands of garment workers demanding higher wages on the outskirts of Dhaka on Tuesday, and one worker was killed in the clashes, police and union leaders said. Workers threw stones at police and set fire to at least two factories in the industrial hub of Gazipur, where the unrest has spread over the past week. A 26-year-old machine operator died of his injuries, a doctor at Dhaka Medical College Hospital said. Police said dozens of officers had been injured and more than 20 factories had shut their gates. Union leaders are demanding a near tripling of the minimum monthly wage to 23,000 taka. The government has set up a wage board that is expected to announce a new figure within days. Bangladesh's $55 billion garment industry supplies brands including H&M and Gap.""",
        "U",
        "riot",
    ),
]
