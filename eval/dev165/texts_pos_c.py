"""dev165 positives (3 of 3): Mozambique, Karabakh, Colombia, Mexico, South Sudan, India and Pakistan, Syria, Germany, Cameroon, Chad and Pakistan (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "SABC News: Mozambique protests turn deadly as Lebombo border closes again",
        "You're watching SABC News. Police in Mozambique have fired tear gas and "
        "live ammunition at protesters in Maputo as anger over October's election "
        "results spills onto the streets for a third week. The civil society "
        "platform Decide says at least thirty people have been shot dead since the "
        "protests began. Demonstrators burned tyres, blocked the main roads out of "
        "the capital and looted several shops. Opposition figure Venancio Mondlane, "
        "who says the vote was rigged, is calling for a national shutdown. The "
        "Lebombo border post has been closed again, leaving hundreds of trucks "
        "queued on the South African side near Komatipoort. Hundreds of Mozambicans "
        "have crossed into Malawi to escape the violence, according to the UN "
        "refugee agency. Our correspondent in Maputo says most businesses in the "
        "city centre are boarded up. The Department of International Relations says "
        "it is monitoring the situation closely. In other news, the Rand Water "
        "utility says repairs to a pipeline in Gauteng should be finished by "
        "tomorrow.",
        "U D",
        "post-election crackdown",
    ),
    (
        "RFE/RL: Azerbaijan launches offensive in Karabakh; angry crowds in Yerevan",
        "This is Radio Free Europe/Radio Liberty. Azerbaijan has launched what it "
        'calls "local anti-terrorist measures" in Nagorno-Karabakh, pounding '
        "Armenian positions with artillery and drones. The ethnic Armenian "
        "authorities in the region say at least twenty-seven people have been "
        "killed, including two civilians, and more than two hundred wounded. "
        "Residents of the main town, which Armenians call Stepanakert, are "
        "sheltering in basements. Crowds have gathered at the airport, hoping for "
        "protection from Russian peacekeepers. Baku says it will stop only when "
        "Karabakh's armed units lay down their weapons. Armenian Prime Minister "
        "Nikol Pashinian says his country's army will not be drawn into the "
        "fighting. In Yerevan, thousands of protesters accused him of abandoning "
        "Karabakh, and some threw bottles and stones at police outside government "
        "headquarters. Police used stun grenades to disperse them. Our "
        "correspondent says dozens of people were detained.",
        "M B E D U",
        "offensive",
    ),
    (
        "BBC News: Tens of thousands flee Catatumbo as ELN and FARC dissidents fight",
        "BBC News, I'm Marcus Hale. In Colombia, more than thirty thousand people "
        "have fled the Catatumbo region near the border with Venezuela after heavy "
        "fighting between two armed groups. The ELN guerrillas launched an "
        "offensive against dissidents of the former FARC rebel group last Thursday. "
        "Local officials say at least eighty people have been killed. Among them "
        "are community leaders and former FARC fighters who signed the peace deal, "
        "some of whom were dragged from their homes and shot. Many families have "
        "walked or ridden motorbikes to the city of Cucuta, where sports halls have "
        "been turned into shelters. The Red Cross says food and drinking water are "
        "running short. President Gustavo Petro has suspended peace talks with the "
        "ELN, accusing it of war crimes. Our correspondent in Cucuta says buses are "
        "still arriving from the mountains every hour. In other news from the "
        "region, Brazil's prosecutor-general is expected to decide within weeks "
        "whether to charge former president Jair Bolsonaro over an alleged plot to "
        "stay in power after he lost the twenty-twenty-two election, a case that "
        "could end his political career for good. In Argentina, President Javier "
        "Milei's government says monthly inflation has slowed to its lowest rate in "
        "more than four years, though unions say wages are still falling behind the "
        "price of food and rent. And in football, Colombia's women's team has been "
        "drawn with Brazil, Paraguay and Bolivia in the group stage of this year's "
        "Copa America Femenina, which Ecuador will host in July.",
        "B V D H",
        "armed group clashes",
    ),
    (
        "NPR News: Sinaloa cartel factions turn Culiacan into a war zone",
        "Live from NPR News, I'm Dale Whitcomb. In northern Mexico, a war between "
        "two factions of the Sinaloa Cartel has paralyzed the city of Culiacan. "
        "NPR's Lucia Reyes reports. Since the arrest of a top cartel leader in "
        "July, gunmen from rival factions have fought gun battles in broad "
        "daylight, including one outside a shopping mall. Bodies have been left on "
        "highway overpasses and outside the city's university. The state government "
        "says more than a hundred and fifty people have been killed in five weeks. "
        "Gunmen have also abducted dozens of people, among them delivery drivers "
        "and a local journalist. The army has flown in six hundred more special "
        "forces troops, and soldiers have clashed with armed men on the city's "
        "outskirts. Schools moved classes online, and most restaurants now close "
        "before dark. Lucia Reyes, NPR News, Culiacan. In Texas, officials say "
        "early voting turnout has broken records in several large counties.",
        "B V M",
        "cartel war",
    ),
    (
        "VOA News: South Sudan army bombs Nasir after White Army overruns garrison",
        "From Washington, this is VOA News. South Sudan's army says its aircraft "
        "have bombed positions in Upper Nile State, days after an armed youth "
        "militia known as the White Army overran a military garrison in the town of "
        "Nasir. The army says dozens of its soldiers were killed when the garrison "
        "fell, among them a general. A United Nations helicopter that went in to "
        "evacuate wounded soldiers came under fire, and one crew member was killed. "
        "The UN mission called the attack a possible war crime. Thousands of people "
        "have fled across the border into Ethiopia's Gambella region, according to "
        "local officials there. In the capital, Juba, security forces have detained "
        "several officials allied with First Vice President Riek Machar. The "
        "government accuses them of links to the fighters, which they deny. Our "
        "correspondent in Juba says many fear the fighting could unravel the peace "
        "deal that ended the civil war.",
        "B E D V",
        "battle",
    ),
    (
        "ABC News: India strikes Pakistan; shelling along the Line of Control",
        "This is ABC News, good morning, I'm Kath Doyle. India says it has struck "
        "nine sites in Pakistan and Pakistan-administered Kashmir, in what it calls "
        "Operation Sindoor. New Delhi says the targets were camps used by militants "
        "behind last month's attack on tourists in Pahalgam. Pakistan says the "
        "missiles killed at least twenty-six civilians, including children, and hit "
        "two mosques. Its military says it shot down several Indian fighter jets, a "
        "claim India has not confirmed. Since the strikes, the two armies have "
        "traded heavy artillery fire across the Line of Control. In the Indian town "
        "of Poonch, officials say shells killed at least twelve people, and "
        "families are leaving border villages by the busload. The Department of "
        "Foreign Affairs is urging Australians in both countries to avoid the "
        "border areas. In other news, the Coalition will hold a party-room meeting "
        "today to choose a new leader after its heavy election defeat.",
        "E M D",
        "missile strikes",
    ),
    (
        "Al Jazeera: Hundreds of civilians killed in Syria's coastal violence, monitors say",
        "Monitors in Syria say more than a thousand people have been killed in "
        "three days of violence in the coastal provinces of Latakia and Tartous. "
        "The fighting began when gunmen loyal to the toppled government of Bashar "
        "al-Assad ambushed security forces near the town of Jableh. The new "
        "authorities sent thousands of reinforcements to the coast. Since then, "
        "there have been reports of revenge killings in Alawite villages, with "
        "families shot dead in their homes. The Syrian Observatory for Human Rights "
        "says most of those killed were civilians. Our correspondent in Damascus "
        "says the government has admitted that what it calls individual violations "
        "took place. Interim President Ahmed al-Sharaa has promised to punish "
        "anyone who harmed civilians and has set up a committee to investigate. "
        "Thousands of people have fled to the Russian air base at Hmeimim, and "
        "others have crossed into northern Lebanon.",
        "B V D M",
        "sectarian killings",
    ),
    (
        "DW News: Prosecutors treat Solingen festival stabbing as terrorism",
        "DW News, I'm Carla Brandt. A man has killed three people and wounded eight "
        "in a knife attack at a street festival in the western German city of "
        "Solingen. Federal prosecutors say they are treating it as a terrorist "
        "attack, and the so-called Islamic State group has claimed responsibility. "
        "A twenty-six-year-old Syrian man turned himself in to police late on "
        "Saturday. He had been due to be deported to Bulgaria last year. The "
        "festival was celebrating the city's six hundred and fiftieth anniversary. "
        "Chancellor Olaf Scholz visited the scene and called for tighter knife laws "
        "and faster deportations. Opposition leader Friedrich Merz says Germany "
        "should stop taking in refugees from Syria and Afghanistan. In other news, "
        "the German economy shrank slightly in the second quarter. And the weather: "
        "thunderstorms across the south this evening, with hail possible in "
        "Bavaria.",
        "T V",
        "knife attack",
    ),
    (
        "RFI: Villagers killed in night raid in Cameroon's Northwest region",
        "You're listening to RFI. In Cameroon's English-speaking Northwest region, "
        "at least twenty villagers, among them women and a baby, have been killed "
        "in a night raid. Survivors say armed men arrived after midnight, set fire "
        "to houses and shot people as they fled. The government blames separatist "
        "fighters known as Amba Boys, who have been fighting for an independent "
        "state since 2017. Separatist leaders deny it and say the army carried out "
        "the killings. The army says it has launched an operation to track down the "
        "attackers. Many of the survivors have walked to Bamenda, the regional "
        "capital, where they are staying with relatives. A local priest told RFI "
        "that the village is now empty. In Ivory Coast, the electoral commission "
        "has published the final list of candidates for October's presidential "
        "election. In football, the draw for the Africa Cup of Nations will be held "
        "in Rabat next month.",
        "V D M",
        "village raid",
    ),
    (
        "Focus on Africa: Gunfire reported near Chad's presidential palace",
        "This is Focus on Africa from the BBC, I'm Naledi Khumalo. We're getting "
        "reports of heavy gunfire near the presidential palace in Chad's capital, "
        "N'Djamena. Residents say the shooting began around seven in the evening "
        "and lasted for about an hour. Details are still sketchy, and the BBC has "
        "not been able to confirm who was involved. A government spokesman has "
        "since appeared on state television to say that the situation is under "
        "control. He said a group of around two dozen armed men had tried to attack "
        "the palace and had been repelled. According to the spokesman, eighteen "
        "attackers and one member of the security forces were killed. He described "
        "the attackers as amateurs and said they were high on drugs. The attack "
        "came hours after a visit to N'Djamena by China's foreign minister. We'll "
        "bring you more on that story as we get it.",
        "B",
        "attack on presidency",
    ),
    (
        "BBC News summary: Fed raises rates; Djokovic wins tenth title; Peshawar mosque bombing",
        "BBC News at fourteen hundred GMT. The US Federal Reserve has raised "
        "interest rates by a quarter of a percentage point, a smaller rise than in "
        "recent months. The central bank says inflation has eased but remains too "
        "high. The International Monetary Fund has raised its forecast for global "
        "growth this year, saying that China's reopening and resilient consumer "
        "spending in the United States and Europe have made a global recession less "
        "likely, though it warned that the fight against inflation is far from won. "
        "Novak Djokovic has won the Australian Open for a tenth time, beating "
        "Stefanos Tsitsipas in straight sets in Melbourne. In Pakistan, a suicide "
        "bomber has killed at least forty-four people at a mosque inside a police "
        "compound in the northwestern city of Peshawar. Most of the victims were "
        "police officers attending afternoon prayers. Part of the mosque's roof "
        "collapsed on the worshippers. A faction of the Pakistani Taliban has said "
        "it was behind the attack. And in Britain, nurses in England have announced "
        "two more days of strikes next month in their dispute over pay. That's the "
        "latest from BBC News.",
        "T E V",
        "suicide bombing",
    ),
]
