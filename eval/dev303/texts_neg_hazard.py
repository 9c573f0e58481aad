"""dev303 negatives, part A: urgent items on accidents, storms and floods, and crime and the
courts, not conflict under eval/README.md (section 1). (title, text, kind code)."""

NEGATIVES = [
    (
        "Odisha train collision kills at least 288 in India's worst rail crash in decades",
        """BALASORE, India, June 3 (Reuters) - At least 288 people were killed and more than 850 injured when a passenger train derailed and collided with a freight train and another express in India's eastern state of Odisha, officials said on Saturday, in the country's deadliest rail accident in more than two decades. Rescuers worked through the night cutting through mangled carriages to reach passengers trapped inside, as bodies were laid out beside the tracks under white sheets. The Coromandel Express had switched onto a loop line and hit a stationary goods train, according to a preliminary railway report. Prime Minister Narendra Modi visited the site and said those found responsible would be punished severely. Hundreds of young people queued at hospitals in Balasore to donate blood. The army and air force were called in to help ferry the injured. The railway minister said a signalling fault was being investigated.""",
        "accident",
    ),
    (
        "Plane carrying 72 crashes near Nepal's Pokhara; no survivors expected",
        """Kathmandu (AFP) - A Yeti Airlines plane carrying 72 people crashed into a river gorge as it approached the central Nepali city of Pokhara on Sunday, killing at least 68 people in the Himalayan country's deadliest air accident in three decades, officials said. Video shared on social media showed the twin-engine turboprop banking sharply to the left before plunging to the ground. Thick black smoke rose from the crash site on the banks of the Seti river as soldiers and police searched the wreckage. "There's little hope of finding survivors," an army spokesman told AFP. Fifteen foreigners, including five Indians and four Russians, were on board, the airline said. The government declared a national day of mourning and set up a panel to investigate. Nepal's air safety record has been poor, partly because of its difficult terrain and sudden changes in the weather.""",
        "accident",
    ),
    (
        "Blast at Turkish coal mine kills 41, rescuers search for trapped miners",
        """ANKARA, Oct 15 (Reuters) - An explosion at a state-run coal mine in Turkey's northern Bartin province killed 41 people, the interior minister said on Saturday, as rescuers worked through the night to reach miners trapped hundreds of metres underground. The blast, thought to have been caused by a build-up of firedamp gas, ripped through the Amasra mine on Friday evening while 110 workers were on shift. The minister said 58 miners had made it out, some with injuries, and that rescue teams had reached the remaining galleries. Families gathered outside the mine entrance, some weeping as names were read out. President Tayyip Erdogan, visiting the site, vowed to keep up the battle against such disasters but added that accidents of this kind were part of destiny. Prosecutors opened an investigation into the cause. Turkey's worst mining disaster, at Soma in 2014, killed 301 people.""",
        "accident",
    ),
    (
        "Stampede at religious gathering in northern India kills more than 100",
        """LUCKNOW, India (AP) — A stampede at a crowded Hindu religious gathering in northern India killed at least 116 people, most of them women, officials said Wednesday, as relatives searched morgues for the missing. The crush happened on Tuesday as thousands of followers rushed toward a self-styled guru to touch his feet and collect soil from where he had walked in Hathras district of Uttar Pradesh. Witnesses said people fell into a muddy ditch beside the road and were trampled by those behind them. Police said organisers had permission for 80,000 people but more than 250,000 had turned up. Bodies were brought to a local hospital on trucks and buses, and grieving families waited outside. The state's chief minister ordered an inquiry and said those responsible would be punished. Police filed a case against the organisers, but the preacher was not named in it.""",
        "accident",
    ),
    (
        "Overloaded ferry capsizes on Lake Kivu near Goma, at least 78 dead",
        """GOMA, Congo, Oct 3 (Reuters) - An overloaded boat carrying about 278 passengers capsized on Lake Kivu in eastern Congo on Thursday, just a few metres from the port of Goma, killing at least 78 people, the provincial governor said. The MV Merdi was travelling from Minova in South Kivu province when it went down as it approached the docks, according to witnesses, some of whom filmed the vessel tipping onto its side. The governor said rescuers had pulled dozens of survivors from the water and that the search was continuing. Many passengers were traders taking produce to Goma's markets, a local official said. Crowds of relatives gathered at the port, waiting for news. Boat accidents are frequent on Congo's lakes and rivers, where vessels are often overloaded and life jackets scarce. The government announced an investigation and three days of mourning.""",
        "accident",
    ),
    (
        "Cargo ship slams into Baltimore bridge, sending it into river; six workers missing",
        """BALTIMORE (AP) — A container ship lost power and crashed into a major bridge in Baltimore early Tuesday, collapsing the span into the river below and sending vehicles and a road crew plunging into the water. Six construction workers who had been filling potholes on the Francis Scott Key Bridge were missing and presumed dead by evening, officials said. Two other people were pulled from the river, one of whom was taken to hospital in serious condition. The Singapore-flagged Dali had issued a mayday call moments before impact, allowing police to stop traffic onto the bridge, Maryland's governor said. There was no indication of a terrorist attack, federal officials said. The collapse closed the Port of Baltimore, one of the busiest on the East Coast, to shipping. The National Transportation Safety Board opened an investigation.""",
        "accident",
    ),
    (
        "Cyclone Freddy kills more than 200 in Malawi as rescuers dig through mud",
        """BLANTYRE, Malawi, March 15 (Reuters) - The death toll from Cyclone Freddy in Malawi rose above 200 on Wednesday, the government said, as rescuers dug through mud with shovels and bare hands to reach people buried by landslides in the commercial hub of Blantyre. The storm, which made a rare second landfall in southern Africa after looping back across the Mozambique Channel, dumped six months' worth of rain in six days, according to the UN weather agency. The disaster management department said more than 19,000 people had been displaced and were sheltering in schools and churches. President Lazarus Chakwera declared a state of disaster in ten southern districts and the army was deployed to help with evacuations. Power and mobile networks were down across much of the south. In neighbouring Mozambique, officials reported at least 20 deaths.""",
        "disaster",
    ),
    (
        "Flash floods kill at least 95 in Spain's Valencia region",
        """Valencia (AFP) - Flash floods triggered by torrential rain have killed at least 95 people in eastern Spain, mostly in the Valencia region, emergency services said on Wednesday, as rescuers searched for dozens of missing. Torrents of brown water swept cars through the streets of towns south of the city of Valencia, piling them up against buildings, and left hundreds of motorists stranded on motorways overnight. Some towns received a year's rain in eight hours, the national weather agency AEMET said. Prime Minister Pedro Sanchez declared three days of national mourning and said soldiers from the military emergency unit had been sent to help. "We are living through a war against the water," said the mayor of Paiporta, where dozens died. Rail services between Madrid and Valencia were suspended, and schools closed. Questions quickly mounted over why a phone alert was sent only after the water was already rising.""",
        "disaster",
    ),
    (
        "Quake kills thousands in Turkey and Syria, survivors pulled from rubble in freezing cold",
        """ANTAKYA, Turkey (AP) — A powerful earthquake and a string of aftershocks toppled thousands of buildings across southeastern Turkey and northern Syria on Monday, killing more than 4,300 people and injuring thousands, officials said. Rescue workers and residents searched through tangled metal and concrete for survivors in freezing rain, and many families spent the night outside for fear of returning to damaged homes. The magnitude 7.8 quake struck before dawn and was centred in Gaziantep province. In Syria's rebel-held northwest, where millions of people already live in camps after years of civil war, the White Helmets rescue group said entire apartment blocks had collapsed. Turkey's disaster agency said 2,921 people had been killed in the country, and the Syrian health ministry and rescuers put the toll in Syria at more than 1,400. Dozens of countries offered search and rescue teams.""",
        "disaster",
    ),
    (
        "Helene leaves trail of destruction across US Southeast, dozens dead",
        """ASHEVILLE, N.C., Sept 28 (Reuters) - Hurricane Helene and its remnants killed at least 52 people across five U.S. states, officials said on Saturday, after the storm crashed ashore in Florida's Big Bend as a Category 4 hurricane and dumped record rain on the mountains of North Carolina. Rivers burst their banks around Asheville, washing away roads and bridges and cutting off entire communities, and authorities said hundreds of people were unaccounted for. More than 3 million homes and businesses were without power. The National Guard conducted helicopter rescues from rooftops in western North Carolina, where Governor Roy Cooper called the flooding catastrophic. In Georgia, a tornado spawned by the storm killed two people. President Joe Biden approved disaster declarations for several states. Forecasters said the clean-up could take months.""",
        "disaster",
    ),
    (
        "Thousands feared dead as floods sweep through Libya's Derna",
        """Benghazi (AFP) - Thousands of people are feared dead after floodwaters unleashed by Storm Daniel burst two dams and swept away entire neighbourhoods in the eastern Libyan city of Derna, officials said on Tuesday. An official of the eastern-based administration said at least 2,300 bodies had been recovered and more than 10,000 people were missing. Witnesses described a wall of water several metres high racing down the usually dry riverbed through the centre of the city in the early hours of Monday. The country, split between rival governments since the chaos that followed the 2011 uprising, appealed for international help, and rescue teams from Egypt, Turkey and the United Arab Emirates began arriving. "Bodies are everywhere, in the sea, in the valleys, under buildings," a minister told reporters. Roads into the city were cut, hampering the delivery of aid.""",
        "disaster",
    ),
    (
        "Maui wildfire death toll climbs to 93, deadliest in modern US history",
        """LAHAINA, Hawaii (AP) — The death toll from the wildfire that destroyed the historic town of Lahaina on Maui rose to 93 on Saturday, making it the deadliest U.S. wildfire in more than a century, as search crews with cadaver dogs moved through the ashes. Only about 3% of the burn zone had been searched, officials said. Hawaii Governor Josh Green said more than 2,200 structures had been damaged or destroyed and estimated the cost of rebuilding at nearly $6 billion. Survivors described fleeing through flames and smoke, some jumping into the ocean to escape. Residents complained that outdoor warning sirens never sounded as the fire, driven by hurricane-force winds, raced through the town. The National Guard was deployed to help with the search. Thousands of people were staying in hotels and shelters across the island.""",
        "disaster",
    ),
    (
        "Ex-officer Chauvin convicted of murder in George Floyd's death",
        """MINNEAPOLIS (AP) — Former Minneapolis police officer Derek Chauvin was convicted Tuesday of murder and manslaughter for pinning George Floyd to the pavement with his knee on the man's neck, in a verdict that set off jubilation across the city. The jury of six white and six Black or multiracial people came back with its verdict after about 10 hours of deliberations over two days. Chauvin, 45, was led away in handcuffs and could be sentenced to decades in prison. Hundreds of people who gathered outside the courthouse cheered and hugged when the verdict was read. Floyd's brother Philonise said he could breathe again. President Joe Biden called the verdict a giant step forward but said it was not enough. Three other former officers face trial later this year on charges of aiding and abetting.""",
        "crime",
    ),
    (
        "UN appeals court upholds Mladic's genocide conviction and life sentence",
        """THE HAGUE, June 8 (Reuters) - UN judges on Tuesday upheld the genocide conviction and life sentence of former Bosnian Serb military commander Ratko Mladic for his role in the 1995 Srebrenica massacre and other atrocities during Bosnia's war. The appeals chamber rejected nearly all grounds raised by Mladic's lawyers, who had argued he was not responsible for crimes committed by troops under his command. Mladic, 78, showed no emotion as presiding judge Prisca Matimba Nyambe read out the ruling. Mothers of Srebrenica victims who watched the hearing in a courtroom gallery embraced after it ended. More than 8,000 Muslim men and boys were killed by Bosnian Serb forces after they overran the enclave. The ruling is final and brings to a close the tribunal's last major case. Serbian officials said the verdict showed selective justice.""",
        "crime",
    ),
    (
        "Paris court sentences sole surviving attacker of Nov 2015 massacres to life",
        """Paris (AFP) - A special Paris court on Wednesday sentenced Salah Abdeslam, the only surviving member of the jihadist cell behind the November 2015 attacks on the French capital, to life in prison without the possibility of parole. The verdict ended a ten-month trial in which survivors and relatives of the 130 people killed gave harrowing testimony about the night of shootings and suicide bombings at the Bataclan concert hall, cafes and the Stade de France. Nineteen other defendants were found guilty on a range of charges, including six tried in absentia, most of whom are believed to have died in Syria. Abdeslam, 32, had apologised to the victims during the trial and told the court he had decided not to detonate his suicide vest. His lawyers had argued a life term would amount to a slow death sentence. Survivors gathered outside the courthouse afterwards said they felt relief.""",
        "crime",
    ),
    (
        "Gunman kills 14 at Prague university, police say no link to terrorism",
        """PRAGUE, Dec 21 (Reuters) - A student opened fire at Charles University's arts faculty in central Prague on Thursday, killing 14 people and wounding 25 before he was found dead on the building's roof, in the worst mass shooting in Czech history, police said. The gunman, a 24-year-old student at the faculty, had earlier killed his father in a village outside the capital, police chief Martin Vondrasek said. Police said there was no indication of a link to international terrorism and that the attacker had acted alone. Students barricaded themselves in classrooms and some were photographed crouching on a ledge outside the building as shots rang out. Armed police evacuated the faculty, next to the Vltava river, while streets in the Old Town were sealed off. Prime Minister Petr Fiala cancelled his engagements and declared a national day of mourning.""",
        "crime",
    ),
    (
        "Spanish police seize record 13 tonnes of cocaine hidden in banana shipment",
        """MADRID, Oct 23 (Reuters) - Spanish police have seized 13 tonnes of cocaine hidden in a shipment of bananas from Ecuador at the southern port of Algeciras, the largest single haul of the drug in the country's history, the interior ministry said on Wednesday. The drugs were found in packages concealed among boxes of fruit in a container that arrived last week, police said. Five people were arrested in the operation, which involved police in several provinces. Interior Minister Fernando Grande-Marlaska told reporters the seizure dealt a serious blow to criminal organisations in what he called a war against drug trafficking. Algeciras has become a major entry point for cocaine from South America, which gangs then move to markets across Europe. Officers said the street value of the drugs could run to hundreds of millions of euros.""",
        "crime",
    ),
    (
        "Two of four Americans kidnapped in Mexican border city found dead",
        """MEXICO CITY (AP) — Two of four Americans kidnapped by gunmen in the Mexican border city of Matamoros have been found dead and the other two are alive, one of them wounded, the governor of Tamaulipas state said Tuesday. The four friends had crossed from Texas on Friday so that one of them could have a cosmetic medical procedure, and were fired on and bundled into a pickup truck shortly after arriving, according to officials. The survivors were found in a wooden shack on the outskirts of the city during a search by state and federal police, and a 24-year-old Mexican man who was guarding them was arrested. Officials said the Americans may have been mistaken for rival drug smugglers. A Mexican woman was also killed by a stray bullet during the abduction. The FBI had offered a $50,000 reward for information leading to the victims' return.""",
        "crime",
    ),
]
