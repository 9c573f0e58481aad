"""dev404 positives, part B: Africa, Asia, the Americas and Europe's housing riots."""

POSITIVES = [
    (
        "Khartoum's glass towers burn as army and RSF shell each other across the city",
        "Artillery fire between Sudan's army and the paramilitary Rapid Support Forces set fire "
        "to several high-rise buildings in central Khartoum on Sunday, including the 18-storey "
        "tower of a Gulf-backed real estate developer, witnesses said. Videos posted online "
        "showed the glass facade of the building engulfed in flames as shells landed nearby. "
        "Fighting has raged street by street in the capital since April, and residents of "
        "neighbourhoods such as Riyadh and Amarat say their flats have been looted or occupied "
        "by fighters. More than 3 million people have fled the Khartoum area, according to the "
        "International Organization for Migration. Rents in Port Sudan, Wad Madani and "
        "Kassala have tripled as families from the capital arrive, local brokers said. Some "
        'landlords now demand payment in dollars or Saudi riyals. "I built my house over 15 '
        'years and I have no idea if it still stands," said a civil engineer now living in a '
        "rented room in Port Sudan.",
        "B E D",
        "shelling",
    ),
    (
        "Tawila's mud-brick sprawl swells with families fleeing El Fasher",
        "Tens of thousands of people who fled the fall of El Fasher to the Rapid Support "
        "Forces are building shelters of straw, sticks and plastic sheeting around the town of "
        "Tawila in North Darfur, aid agencies said on Tuesday. The Norwegian Refugee Council "
        "said new arrivals described being robbed, beaten and shot at by fighters on the 60km "
        "road from El Fasher. Many arrived without shoes or water after walking for three days. "
        "The town, which had about 40,000 residents before the war, now hosts more than 600,000 "
        "displaced people, according to the UN. Shelter kits have run out and agencies are "
        "asking donors for $50 million to supply tarpaulins, poles and blankets before the cold "
        'season. "Families are sleeping in the open under trees," said an NRC shelter officer. '
        "Local sheikhs have given land on the edges of the town, but water points cannot keep "
        "up with the numbers."
        " The World Food Programme said it had reached about 150,000 people in the area with "
        "food last month. Doctors Without Borders reported rising numbers of malnourished "
        "children at its clinic.",
        "D H V",
        "displacement",
    ),
    (
        "Suwayda homes looted and burned after week of clashes, residents say",
        "Residents returning to villages in the western countryside of Suwayda province found "
        "houses looted and set on fire after a week of fighting between Druze militias, Bedouin "
        "tribal fighters and Syrian government forces, local activists said on Sunday. The "
        "Syrian Observatory for Human Rights said more than 1,000 people had been killed in the "
        "clashes, including civilians shot dead in their homes. Israel carried out air strikes "
        "on government forces during the fighting, saying it was protecting the Druze. A "
        "ceasefire brokered by the United States took hold on Saturday, but sporadic gunfire "
        "was still reported in the city. Videos verified by news agencies showed armed men "
        "loading furniture and fridges onto trucks in the town of al-Mazraa. The UN says more "
        "than 170,000 people were displaced by the violence, many sheltering in schools and "
        "public buildings in Suwayda city."
        " Syria's interior ministry said its forces had entered the province to restore order "
        "and would hold anyone who committed abuses to account. Local leaders accused "
        "government-aligned fighters of executions. Aid convoys reached the city for the first"
        " time on Sunday.",
        "B V D E H",
        "clashes",
    ),
    (
        "Myanmar junta jets bomb Sagaing villages, torching hundreds of homes",
        "Military aircraft bombed three villages in Myanmar's Sagaing region on Saturday, "
        "setting fire to more than 300 houses, local resistance groups and residents said. "
        "Soldiers who entered one of the villages afterwards burned the houses that were still "
        "standing, residents told independent media. At least eight civilians were killed, "
        "among them an elderly couple who could not flee. The junta's information team said it "
        "had attacked positions of the People's Defence Force, which it calls a terrorist group. "
        "Since the 2021 coup, the military has burned more than 100,000 homes across the "
        "country, according to Data for Myanmar, a research group that tracks fires with "
        "satellite data. Villagers from the area have moved into forest camps, building bamboo "
        'huts under tree cover to avoid being seen from the air. "Three times we rebuilt," '
        'said a farmer from the village. "Now we keep only what we can carry."',
        "E V D M",
        "airstrike",
    ),
    (
        "Shells hit Goma homes as M23 fighters enter the city",
        "Shells landed in residential districts of Goma on Monday as M23 rebels backed by "
        "Rwanda pushed into the eastern Congolese city, killing civilians and setting houses on "
        "fire, hospital staff and residents said. Gunfire rang out near the airport and the "
        "central prison, and thousands of inmates escaped. Congolese soldiers and allied militia "
        "fighters clashed with the rebels in the streets of Katindo and Himbi. The city's "
        "displacement camps, where more than 650,000 people had sheltered from earlier "
        "fighting, emptied as families fled towards the centre or the Rwandan border. Houses "
        "in the camps' surrounding neighbourhoods were hit by mortar rounds, the UN said. Aid "
        'groups said hospitals were overwhelmed with wounded. "We hid under the bed while the '
        'roof was falling," said a mother of four in the Majengo neighbourhood.'
        " The UN peacekeeping mission said its bases were sheltering civilians who had fled the"
        " shelling. Water and power were cut across much of the city.",
        "B E D H",
        "battle",
    ),
    (
        "Gangs burn homes in Port-au-Prince's Solino, forcing thousands out",
        "Armed gangs from the Viv Ansanm coalition set fire to dozens of houses in the Solino "
        "neighbourhood of Port-au-Prince overnight, forcing thousands of residents to flee, "
        "Haitian police and local officials said on Friday. Residents said gunmen went from "
        "street to street, shooting at people who tried to stay and pouring petrol on doors. "
        "Police officers exchanged fire with the gangs for several hours but could not hold "
        "the area. The International Organization for Migration said more than 5,000 people "
        "arrived at makeshift sites in schools and churches in the capital the next morning. "
        "Haiti now counts more than a million people displaced by gang violence. The gangs "
        "control most of the capital and have seized houses in captured neighbourhoods to "
        'use as bases. "My house is now their house," said a teacher who fled with her two '
        "children to a school in Delmas."
        " A Kenyan-led multinational security mission has struggled to push the gangs back. "
        "Property owners in neighbouring Delmas said tenants were abandoning their flats and "
        "moving to the provinces.",
        "V B D",
        "gang_attack",
    ),
    (
        "Kenyan police fire live rounds as housing levy protesters storm parliament",
        "Kenyan police opened fire on protesters who broke into parliament in Nairobi on "
        "Tuesday, as anger over the finance bill, with its new taxes and a contested housing "
        "levy, turned into the biggest challenge to President William Ruto's government. Part "
        "of the parliament building was set ablaze, and lawmakers were evacuated through a "
        "tunnel. Rights groups said at least 13 people were killed and dozens wounded. Police "
        "used tear gas and water cannon in the central business district as protesters burned "
        "barricades. The levy, a deduction of 1.5% of gross salaries, is meant to finance the "
        "construction of affordable housing units across the country. Critics call it a tax on "
        "workers for flats they will never be able to buy. Ruto later said he would not sign "
        "the bill and called the storming of parliament treasonous."
        " Protesters also set fire to part of Nairobi's City Hall. The Kenya National "
        "Commission on Human Rights said dozens of people had been abducted by security forces"
        " in the days before the protest.",
        "U",
        "crackdown",
    ),
    (
        "Masked rioters hurl bricks and set fire at Rotherham hotel where asylum seekers are housed",
        "Rioters smashed windows and set fire to a Holiday Inn Express in Rotherham housing "
        "about 240 asylum seekers on Sunday, as violent disorder spread across English towns. "
        "Residents and staff barricaded themselves inside while masked men threw bricks, wheelie "
        "bins and fire extinguishers at police officers guarding the hotel, South Yorkshire "
        "Police said. Ten officers were injured. The Home Office has relied on hotels to house "
        "asylum seekers since the backlog of claims grew, at a cost of millions of pounds a day. "
        "Footage showed a crowd of several hundred cheering as flames rose from a bin pushed "
        'against the entrance. The prime minister called it "far-right thuggery" and promised '
        "that those involved would face the full force of the law. The hotel's residents were "
        "later moved to other accommodation."
        " Police said they had identified dozens of people from footage, and courts began "
        "fast-track hearings the following week.",
        "U V",
        "riot",
    ),
    (
        "Gardaí pepper-spray protesters at Wicklow site earmarked for asylum seekers",
        "Gardaí used pepper spray and batons to clear protesters from the entrance of a former "
        "factory site in Newtownmountkennedy, Co Wicklow, that is being prepared to house "
        "international protection applicants, after officers were pelted with rocks and "
        "bottles. Six people were arrested and a garda was taken to hospital with a head "
        "injury. A car was set on fire at the gate. Protesters had camped outside the site for "
        "two weeks, claiming it was unsuitable and that locals had not been consulted. The "
        "Department of Integration plans tented accommodation and modular units for about 100 "
        "men on the land. Ireland has struggled to house asylum seekers amid a wider housing "
        "shortage, and several buildings proposed as accommodation have been damaged in arson "
        "attacks. The Taoiseach said violence against gardaí would not be tolerated."
        " Several people in the crowd said they were local residents who had never protested "
        "before. Gardaí said some of those involved had travelled from other counties.",
        "U",
        "clashes",
    ),
    (
        "Burning barricades and rubber bullets as Cape Town shack dwellers demand land",
        "Police fired rubber bullets and stun grenades at residents of informal settlements in "
        "Khayelitsha on Monday, as protesters demanding land and housing blocked the N2 highway "
        "with burning tyres and rocks. Two people were wounded and 31 were arrested, a police "
        "spokesperson said. Protesters stoned a bus and set fire to a municipal office, the city "
        "said. The protest was organised after the city demolished shacks built on vacant land "
        "near Enkanini last week. Residents say the waiting list for government-subsidised "
        "houses in the Western Cape has more than 500,000 names and that people wait up to 20 "
        "years. The city's mayoral committee member for human settlements said the land was "
        "earmarked for a school and a clinic. Golden Arrow suspended bus services in parts of "
        "the township for the day."
        " Police said the situation was calm by evening but officers would remain in the area. "
        "Residents said they would march again if talks with the city failed.",
        "U",
        "riot",
    ),
    (
        "Police fire tear gas and live rounds during Lagos waterfront eviction",
        "Police fired tear gas and live ammunition as they moved into the Otodo-Gbame "
        "waterfront community in Lagos on Sunday to clear it for redevelopment, residents and "
        "rights groups said, leaving at least one man dead. Witnesses said officers accompanied "
        "by bulldozers shot at residents who tried to block the demolition of their homes with "
        "canoes and planks. Thousands of people fled onto the lagoon in boats with whatever they "
        "could carry. Amnesty International said the eviction defied a High Court order that "
        "had barred the demolition while the residents' case was heard. The Lagos state "
        "government said the settlement was an environmental hazard and a haven for criminals. "
        "The community of fishermen and traders had lived on the shore of the lagoon for "
        "generations. Developers have been eyeing the waterfront for luxury housing near the "
        "Lekki peninsula."
        " Residents said several people drowned while trying to escape, though this could not "
        "be independently confirmed.",
        "U",
        "crackdown",
    ),
    (
        "Drone strike hits Bahir Dar residential area as army battles Fano militia",
        "A drone strike hit a residential neighbourhood on the outskirts of Bahir Dar on "
        "Tuesday, killing at least nine people and damaging several homes, residents and health "
        "workers said, as fighting between Ethiopia's federal army and Fano militiamen spread "
        "around the capital of the Amhara region. Heavy gunfire was heard overnight in the "
        "city's eastern districts, where Fano fighters briefly took control of a police station. "
        "The federal government, which declared a state of emergency in the region, said its "
        'forces were carrying out operations against "extremist groups". Internet access in '
        "Amhara has been cut for weeks, making it difficult to verify casualty figures. Bahir "
        "Dar had been one of Ethiopia's fastest-growing cities, with hotels and apartment "
        "complexes rising along Lake Tana. Construction on most of the sites has halted since "
        "the fighting began."
        " Aid groups said thousands of people had fled villages around the city since the "
        "fighting began. The Ethiopian Human Rights Commission called for an independent "
        "investigation into the strike.",
        "E B M D",
        "drone_strike",
    ),
    (
        "Cucuta scrambles to house families fleeing ELN offensive in Catatumbo",
        "The city of Cucuta opened its stadium, sports halls and a former hospital on Tuesday "
        "to shelter families fleeing fighting between the National Liberation Army (ELN) and "
        "dissidents of the former FARC in Colombia's Catatumbo region. More than 32,000 people "
        "have been displaced since the ELN launched an offensive last week, according to the "
        "Ombudsman's office, and at least 80 people have been killed. Many of the dead were "
        "civilians and former guerrillas who signed the 2016 peace deal, officials said. Buses "
        "and lorries arrived in Cucuta through the night carrying people from Tibu and El "
        "Tarra. The city's mayor said hotels and rooms for rent were full and asked the national "
        "government for emergency funds. President Gustavo Petro suspended peace talks with the "
        "ELN and declared a state of internal commotion."
        " Some families arrived with children who had been separated from their parents in the "
        "rush, the Colombian family welfare institute said. Venezuela said it had received "
        "hundreds of Colombians who crossed the border to escape the fighting.",
        "B V D H",
        "battle",
    ),
    (
        "Gunmen burn hundreds of houses in Bokkos villages on Christmas Eve",
        "Gunmen attacked at least 17 villages in the Bokkos and Barkin Ladi areas of Plateau "
        "state on Christmas Eve, killing more than 140 people and burning hundreds of houses, "
        "local officials said. Survivors said attackers arrived on motorcycles after dark, "
        "shooting residents as they fled and setting fire to thatched and zinc-roofed homes. "
        "The Nigerian army said troops had been deployed and had arrested several suspects. "
        "Local leaders blamed armed herders, while the state government described the attackers "
        "as bandits. Thousands of survivors are now sheltering in primary schools in Bokkos "
        'town, where volunteers were handing out rice and mats on Wednesday. "They burned my '
        'house with my grain inside," said a farmer whose wife and son were killed. The state '
        "governor promised to rebuild the villages."
        " Amnesty International said the authorities had failed to act on early warnings of the"
        " attacks. Churches in the area held mass funerals on Saturday.",
        "V D",
        "massacre",
    ),
    (
        "Car bomb outside Mogadishu apartment complex kills 11, al-Shabaab claims",
        "A car bomb exploded outside a newly built apartment and hotel complex in the Hodan "
        "district of Mogadishu on Friday evening, killing at least 11 people, police said. "
        "Gunmen then stormed the building and fought security forces for several hours before "
        "they were killed. Al-Shabaab, the al-Qaeda-linked group, said in a statement on its "
        "radio station that it carried out the attack, which it said targeted government "
        "officials who lived there. The complex, financed by diaspora investors, was one of "
        "dozens of towers built in the capital in a property boom driven by remittances. "
        "Developers have added blast walls, guard towers and underground parking to "
        "attract tenants. Residents said the explosion shattered windows across several "
        'streets. "The whole building shook like a boat," said a businessman who lives on the '
        "fourth floor."
        " Police said they had closed the main roads of the district for several hours. Somali "
        "forces are fighting al-Shabaab in central regions with the support of African Union "
        "troops and US air strikes.",
        "T E B",
        "bombing",
    ),
    (
        "Manipur relief camps fill as mobs torch houses in Churachandpur and Imphal",
        "More than 9,000 people have fled their homes in India's north-eastern state of Manipur "
        "after mobs set fire to houses, churches and vehicles in two days of ethnic violence "
        "between the Meitei and Kuki communities, officials said. The army and paramilitary "
        "Assam Rifles moved thousands of residents to relief camps in military cantonments and "
        "government buildings. Shoot-at-sight orders were issued for extreme cases, and mobile "
        "internet was suspended across the state. Residents of Imphal's Kuki localities said "
        "their homes were marked and burned while police looked on. In Churachandpur, Meitei "
        "families fled after their houses were attacked. The state government has not yet "
        'released an official death toll. "We left the house with the door open and the rice '
        'on the stove," said a Kuki nurse now staying in a camp in Kangpokpi.'
        " Train services to the state were suspended and flights out of Imphal were overbooked "
        "for days. Landlords in Guwahati and Shillong reported a surge in requests for flats "
        "from families leaving Manipur.",
        "U V D",
        "communal_violence",
    ),
]
