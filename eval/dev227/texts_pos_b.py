"""dev227 positives, part B: summits, visits, envoys and missions that current violence reaches
(South Asia, the Levant, the Sahel, the Americas, the Caucasus, Somalia). See README.md."""

POSITIVES = [
    (
        "Gunmen storm Chinese consulate in Karachi; two police officers killed",
        "KARACHI - Three gunmen attacked the Chinese consulate in Karachi's upscale Clifton "
        "district on Friday morning, killing two police officers and two Pakistani visa "
        "applicants before they were shot dead by security forces, police said. The attackers "
        "threw grenades at the checkpoint outside the compound and tried to force their way in, "
        "but were stopped at the main gate, the city's police chief told reporters. All Chinese "
        "staff were safe, Beijing's foreign ministry said, urging Pakistan to protect Chinese "
        "citizens and institutions. The Balochistan Liberation Army, a separatist group that "
        "opposes Chinese investment in the province, said it had carried out the attack. Prime "
        "Minister Imran Khan called it a terrorist attack meant to undermine the strategic "
        "relationship between the two countries. Pakistan's foreign minister spoke to his Chinese "
        "counterpart by telephone within hours. Roads around the consulate stayed closed until "
        "the afternoon as bomb disposal squads searched the attackers' vehicle.",
        "T B E V",
        "attack",
    ),
    (
        "Rights council hears account of Moura killings as Mali rejects inquiry",
        "GENEVA - The UN High Commissioner for Human Rights told the Human Rights Council on "
        "Tuesday that Malian troops and foreign military personnel were reported to have killed "
        "scores of civilians in the central village of Moura last week, and urged Bamako to allow "
        "an independent investigation. Human Rights Watch, which interviewed 27 witnesses, said "
        "soldiers rounded up men at the weekly market over five days and executed about 300 of "
        "them in small groups. Mali's army said it had neutralised 203 terrorists in a major "
        "operation in the area and denied that civilians were killed. Several Western delegations "
        "described the reports as deeply alarming, while Russia's representative rejected what it "
        "called unfounded accusations against Malian forces. Residents who fled to Mopti said the "
        "dead were buried in mass graves near the village. The UN peacekeeping mission, MINUSMA, "
        "said its requests to send investigators to the site had gone unanswered. Mali's foreign "
        "minister said in a statement that the country would not accept lessons from abroad.",
        "V M D",
        "massacre",
    ),
    (
        "French foreign minister lands in Beirut as Israeli strikes hit southern suburbs",
        "BEIRUT - France's foreign minister arrived in Lebanon on Monday for talks on a ceasefire "
        "as Israeli jets carried out a new wave of strikes on Beirut's southern suburbs and the "
        "south of the country. Lebanon's health ministry said 41 people had been killed across the "
        "country in the previous 24 hours, including nine in a strike on a residential building in "
        "the village of Joun, in the Chouf. Columns of smoke rose over Dahiyeh as the minister's "
        "convoy drove from the airport, which sits on the edge of the district. Israel's military "
        "said it had struck Hezbollah weapons depots and command centres and had warned residents "
        "of several buildings to leave. Thousands of families have fled the suburbs to schools and "
        "public buildings in Beirut and Mount Lebanon, and the UN said more than 1.2 million people "
        "had been displaced in Lebanon. The minister said France was bringing medical supplies and "
        "would host a conference on aid to Lebanon and its army later in the month. He met the "
        "speaker of parliament, who is negotiating on Hezbollah's behalf.",
        "E D H",
        "airstrike",
    ),
    (
        "Shelling across Line of Control kills 12 as envoys call Delhi and Islamabad",
        "Pakistani artillery fire killed at least 12 civilians in Poonch on Wednesday, Indian "
        "officials said, hours after India carried out missile strikes on what it called terrorist "
        "infrastructure in Pakistan and Pakistan-administered Kashmir. Pakistan's military said "
        "26 people had been killed in the Indian strikes, including women and children at a "
        "mosque in Bahawalpur, and that it had shot down several Indian aircraft, a claim Delhi did "
        "not confirm. Residents of border villages on both sides moved into bunkers or fled to "
        "relatives further from the frontier. The US secretary of state spoke to the foreign "
        "ministers of both countries and urged them to open direct communication. Saudi Arabia "
        "and Iran sent ministers to the region, and the UN secretary-general said the world could "
        "not afford a military confrontation between the two nuclear-armed neighbours. India's "
        "foreign secretary briefed diplomats from more than 20 countries in New Delhi. Schools "
        "were closed in districts along the border, and several airports in northern India "
        "suspended civilian flights.",
        "E M D",
        "shelling",
    ),
    (
        "European ministers meet Iran's Araghchi in Geneva as missile exchanges go on",
        "The foreign ministers of Britain, France and Germany met their Iranian counterpart in "
        "Geneva on Friday in the first face-to-face talks since Israel began striking Iran last "
        "week, while the two countries traded missile and air attacks for an eighth day. Iranian "
        "missiles struck Beersheba in southern Israel on Friday morning, damaging residential "
        "buildings and wounding at least 16 people, Israel's rescue service said. Israel's air force "
        "said it had hit dozens of military targets in Tehran and western Iran overnight, "
        "including missile production sites. Iran's health ministry said more than 400 people had "
        "been killed in Israeli strikes since they began. The Europeans pressed Tehran to return "
        "to negotiations with Washington on its nuclear programme; the Iranian minister said there "
        "was no room for talks while Iran was under attack. The meeting at the German consulate "
        "lasted nearly four hours. The EU's foreign policy chief, who also attended, said the "
        "parties had agreed to keep talking. Washington said a decision on whether to join the "
        "strikes would be taken within two weeks.",
        "E M",
        "missile_strike",
    ),
    (
        "African Union envoy visits Mekelle as fighting spreads and hunger deepens",
        "The African Union's envoy for the Horn of Africa met leaders of the Tigray People's "
        "Liberation Front in Mekelle on Sunday, as fighting between Tigrayan and federal forces "
        "spread into the Afar and Amhara regions. Tigrayan forces said they had captured the town "
        "of Weldiya after days of battles, a claim the government in Addis Ababa denied. Ethiopia's "
        "air force carried out strikes on Mekelle twice last week, one of which hit a market, "
        "according to doctors at Ayder hospital. The UN said about 300,000 people had fled their "
        "homes in Amhara in the past month, and that no aid convoy had reached Tigray since the "
        "start of August. Five million people need food aid in the region, the World Food "
        "Programme said, and its stocks there were nearly exhausted. The envoy, a former Nigerian "
        "president, said both sides had told him they were open to talks, but set conditions. The "
        "government's spokeswoman said the envoy's visit did not mean recognition of what it calls "
        "a terrorist group. The US special envoy was due in Addis Ababa later in the week.",
        "B E V D H",
        "battle",
    ),
    (
        "OAS meets on Venezuela as security forces fire tear gas on protesters in Caracas",
        "The Organization of American States' permanent council held an extraordinary session in "
        "Washington on Wednesday on Venezuela's disputed presidential election, as security forces "
        "in Caracas fired tear gas and rubber bullets at protesters for a third day. The rights "
        "group Foro Penal said at least 11 people had been killed in the unrest and more than 700 "
        "detained since Monday, many of them teenagers from poor neighbourhoods. Witnesses in the "
        "Petare district said armed men on motorcycles, known as colectivos, shot at a crowd "
        "banging pots in the street. Demonstrators toppled statues of the late Hugo Chavez in two "
        "states. A resolution demanding the publication of the vote tallies fell one vote short of "
        "the majority needed, after several Caribbean states abstained. Argentina, Chile and Peru "
        "had their diplomats expelled from Caracas earlier in the week, and Brazil agreed to look "
        "after Argentina's embassy, where six opposition aides have taken refuge. The government "
        "said the protests were a fascist coup attempt financed from abroad.",
        "U V",
        "crackdown",
    ),
    (
        "Tbilisi police use water cannon on protesters as EU ministers weigh response",
        "TBILISI - Riot police in the Georgian capital used water cannon, tear gas and pepper spray "
        "to clear thousands of protesters from the parliament building for a fifth night on "
        "Monday, and detained dozens, the interior ministry said. Demonstrators threw fireworks "
        "and stones at the police lines on Rustaveli Avenue and set up barricades with bins, and "
        "the ministry said 21 officers had been injured. The public defender's office said many of "
        "those detained had been beaten in custody. The protests began after the ruling Georgian "
        "Dream party said it would suspend talks on joining the European Union until 2028. EU "
        "foreign ministers meeting in Brussels discussed visa restrictions on Georgian officials, "
        "but Hungary blocked a joint decision. The Baltic states announced their own sanctions on "
        "a dozen officials, including the interior minister. Georgia's president, whose term ends "
        "this month, said she would not step down until a new election was called. The prime "
        "minister accused foreign-funded groups of organising the violence.",
        "U",
        "crackdown",
    ),
    (
        "ECOWAS summit opens in Abuja as jihadists kill soldiers in western Niger",
        "West African heads of state opened their year-end summit in Abuja on Sunday, hours after "
        "Islamist militants attacked an army post near Chatoumane in western Niger, killing at "
        "least 39 soldiers, according to Niger's defence ministry. The ministry said the attackers, "
        "who arrived on dozens of motorcycles, were members of a terrorist group linked to the "
        "Islamic State in the Sahel, and that many of them were killed in the fighting that "
        "followed. Niger, Mali and Burkina Faso have left the regional bloc, and their absence "
        "dominated the opening session. The ECOWAS Commission president said the violence in the "
        "Sahel showed that no country could fight terrorism alone. Leaders discussed plans for a "
        "regional standby force of 5,000 troops and how it would be financed. The summit was "
        "expected to confirm the exit of the three juntas and to set out terms for trade and "
        "free movement. Niger's foreign ministry said it did not want lessons from a bloc that "
        "had threatened it with military intervention.",
        "T B",
        "attack",
    ),
    (
        "ELN attack kills nine soldiers as negotiators meet in Mexico City",
        "Guerrillas of the National Liberation Army attacked a military base in the Catatumbo "
        "region of north-eastern Colombia before dawn on Wednesday, killing nine soldiers and "
        "wounding several more, the defence ministry said. The attackers used explosives and "
        "rifles against the base in El Carmen, near the border with Venezuela, and soldiers fought "
        "back for more than an hour. The attack came as government and ELN delegations were "
        "meeting in Mexico City for a second round of peace talks. President Gustavo Petro said it "
        "was a blow against peace and called on the guerrillas to show they wanted to negotiate. "
        "The government's chief negotiator said the delegation would stay in Mexico but would "
        "seek explanations. The ELN has not confirmed it carried out the attack, though a "
        "regional commander said in a radio interview that military operations would continue "
        "until a ceasefire was agreed. Guarantor countries, including Cuba, Norway and Venezuela, "
        "issued a joint statement of concern.",
        "B E",
        "attack",
    ),
    (
        "UN helicopter attacked in Nasir as Security Council delegation urges calm in Juba",
        "JUBA - A UN helicopter evacuating soldiers from Nasir in South Sudan's Upper Nile state "
        "came under fire on Friday, killing a crew member and wounding two others, the UN mission "
        "said. A South Sudanese general and several soldiers were killed during the same operation, "
        "the government said, after an armed youth group known as the White Army overran an army "
        "garrison in the town earlier in the week. The attack came as a delegation of the Security "
        "Council's members met President Salva Kiir in Juba and warned that the peace deal of 2018 "
        "was at risk. Government aircraft later carried out strikes around Nasir and Ulang, "
        "residents said. The UN said about 10,000 people had fled across the border into "
        "Ethiopia's Gambella region in a week. The first vice-president, Riek Machar, was placed "
        "under house arrest, and his party said several of its ministers had been detained. The "
        "African Union's Panel of the Wise announced an urgent mission to the capital.",
        "B E M D",
        "battle",
    ),
    (
        "Brussels donor conference opens as killings of Alawites on Syrian coast are reported",
        "The European Union opened its annual conference on Syria in Brussels on Monday, the first "
        "attended by representatives of the new government in Damascus, as rights monitors said "
        "more than 1,000 civilians had been killed in the coastal provinces of Latakia and Tartus "
        "since Thursday. The Syrian Network for Human Rights said most of the dead were members of "
        "the Alawite minority, killed by armed groups allied with the government and by foreign "
        "fighters during operations against loyalists of the former regime. Survivors described "
        "gunmen going from house to house in Baniyas and asking residents whether they were "
        "Alawite before shooting them. Thousands of people fled to the Russian air base at "
        "Hmeimim and across the border into Lebanon. Syria's foreign minister told the conference "
        "that those responsible would be held to account and that a national inquiry had been set "
        "up. Donors pledged 5.8 billion euros in grants and loans. Several ministers said future "
        "support would depend on the protection of minorities.",
        "V D M",
        "massacre",
    ),
    (
        "Crowd shot near Rafah aid site on day of UN aid chief's visit",
        "Israeli forces opened fire on crowds making their way to a food distribution site near "
        "Rafah on Sunday, killing at least 31 people and wounding more than 170, Gaza's civil "
        "defence agency and the Red Cross field hospital said. The Israeli military said troops "
        "had fired warning shots at suspects who approached them and disputed the toll. Witnesses "
        "said people had gathered before dawn at the Flag roundabout, about a kilometre from the "
        "site run by the US-backed Gaza Humanitarian Foundation. The UN's emergency relief "
        "coordinator, who was in Amman the same day to meet donors, said aid must never be a "
        "death trap and called for an independent investigation. The UN says the new "
        "distribution system, which bypasses its agencies, forces hungry people to walk through "
        "military zones. Only a few dozen trucks a day have entered Gaza since a blockade of "
        "nearly three months was eased, and famine monitors say the entire population faces "
        "acute food insecurity.",
        "V H",
        "shooting",
    ),
    (
        "Gangs attack Port-au-Prince airport as Caribbean envoys meet on transition",
        "PORT-AU-PRINCE - Armed gangs attacked Haiti's main international airport on Monday, "
        "exchanging fire with police and soldiers for several hours and forcing airlines to cancel "
        "flights, as Caribbean Community leaders met in Jamaica to discuss a transition "
        "government. Gunmen also burned two police stations and freed prisoners from a jail in "
        "the capital, the national police union said. The United States and several European "
        "countries began flying non-essential embassy staff out by helicopter. The International "
        "Organization for Migration said more than 15,000 people had fled their homes in the "
        "capital in a week, many sleeping in schools and public squares. Hospitals reported "
        "dozens of people treated for gunshot wounds. The gang coalition's leader said in a video "
        "that there would be civil war if the prime minister did not resign. The Kenyan-led "
        "security mission, approved by the UN Security Council, has still not deployed. CARICOM "
        "officials said a presidential council would be named within days.",
        "B D H",
        "gang_attack",
    ),
    (
        "Pakistani envoy escapes gunfire in embassy compound in Kabul; guard wounded",
        "ISLAMABAD - Pakistan's head of mission in Kabul survived an assassination attempt on "
        "Friday when a gunman opened fire on the embassy compound from a nearby building, the "
        "foreign ministry said. A Pakistani security guard who shielded the envoy was seriously "
        "wounded and was being flown home for treatment. The Taliban government said it had "
        "arrested a suspect, a foreign national, and that weapons had been found in the building. "
        "The Islamic State group's local branch later claimed responsibility, saying it had "
        "targeted the envoy of an apostate government. Pakistan's prime minister condemned the "
        "attack and demanded a full investigation. The envoy had taken up his post only weeks "
        "earlier, as Islamabad tried to renew talks with the Taliban on security along their "
        "border. The ministry summoned the Afghan charge d'affaires to convey its concern. It did "
        "not say whether it would withdraw staff from Kabul.",
        "V T",
        "assassination_attempt",
    ),
    (
        "Mortar rounds land near Mogadishu airport compound during Turkish minister's visit",
        "MOGADISHU - Several mortar shells struck the area around Mogadishu's international "
        "airport on Saturday while Turkey's foreign minister was holding talks with Somali leaders "
        "at the nearby Halane compound, which houses the UN and most foreign embassies, police "
        "said. Two shells landed inside the compound and one hit a shop outside the perimeter, "
        "wounding at least five people, a police officer told Reuters. The al-Qaeda-linked group "
        "al-Shabaab said it had fired the shells at a meeting of infidels. The minister was unhurt "
        "and continued his programme, Turkish officials said. Turkey runs its largest overseas "
        "military training base in the Somali capital and has built much of its infrastructure. "
        "Al-Shabaab has carried out dozens of mortar attacks on the airport zone in recent years. "
        "The AU mission said its soldiers were searching the Hodan and Kaaraan districts, from "
        "which the shells were believed to have been fired.",
        "E T",
        "mortar_attack",
    ),
]
