"""dev251 positives, part B: insurance stories that report current fighting, strikes, attacks on
ships, riots or flight in a war or uprising under way."""

POSITIVES = [
    (
        "Houthis sink second bulk carrier in a week; crew missing as Red Sea cover dries up",
        """Yemen's Houthis said on Wednesday they had sunk the Liberian-flagged bulk carrier Eternity C after attacking it for two days with drones, missiles and rocket-propelled grenades fired from small boats, the second ship the group has sent to the bottom of the Red Sea in a week. The ship's Greek manager said at least four crew members had been killed and that several more were missing; the European Union's naval mission Aspides said the Houthis appeared to have taken some of the survivors to Yemen. The Magic Seas, another Greek-managed bulker, sank on Monday after a similar attack, though its 22 crew were rescued by a passing vessel. Marine insurers said war-risk premiums for Red Sea transits had roughly doubled to about 0.7% of hull value within days, and some underwriters declined to quote altogether. "This is the attack profile the market feared most: no warning and a crew left in the water," said a hull underwriter at a Lloyd's syndicate. The attacks ended a lull of several months in which traffic through the Bab el-Mandeb had begun to recover. Several owners that had resumed Suez routings said they would return to the Cape of Good Hope.""",
        "E V",
        "ship attack",
    ),
    (
        "Iranian missile hits Haifa refinery as insurers tally Israel-Iran exposure",
        """An Iranian ballistic missile struck the Bazan oil refinery complex in Haifa overnight, killing three workers and shutting the plant, the company said on Monday, as Israel and Iran exchanged strikes for a third day. Israeli warplanes hit air defences, missile launchers and energy sites across Iran, including a fuel depot in Tehran that burned through the night, Iran's state media reported. In Israel, missiles hit residential buildings in Bat Yam, Rishon LeZion and Tamra, and emergency services said at least 13 people had been killed in the country since Friday. Israel's property tax fund, which compensates for war damage, said it had received more than 10,000 claims. Bazan's private insurers cover machinery breakdown and business interruption, but brokers said war damage falls to the state fund under Israeli law. Marine insurers raised additional premiums for calls at Israeli ports to around 1% of hull value, and several carriers suspended calls at Haifa. "Nobody modelled a direct hit on a refinery in Haifa as a base case," said an energy underwriter in London.""",
        "E M",
        "missile strike",
    ),
    (
        "Aviation war market on alert as India and Pakistan trade strikes",
        """Aviation war insurers were reviewing cover for flights over South Asia on Thursday after India struck what it called terrorist infrastructure at nine sites in Pakistan and Pakistan-administered Kashmir, and Pakistan said it had shot down Indian jets. Pakistan's military said 31 civilians had been killed in the Indian strikes, while Indian officials said Pakistani shelling across the Line of Control had killed at least 15 people in Poonch. Both countries closed large parts of their airspace, and India shut more than 20 northern airports to civilian flights. Airlines including Emirates, Lufthansa and British Airways rerouted flights, adding hours to some journeys between Europe and Southeast Asia. Brokers said underwriters were not cancelling cover outright but had sent notices reminding airlines of territorial exclusions. "The risk to a civil aircraft is the misidentified target, as we saw over Ukraine," said an aviation broker in London. Indian insurers said they expected claims from damaged homes and vehicles in border districts to be small but numerous.""",
        "E M",
        "cross-border strikes",
    ),
    (
        "Pipeline insurers watch as Karabakh fighting reaches Ganja and Stepanakert",
        """Energy insurers and political risk underwriters said they were closely monitoring the fighting between Azerbaijan and Armenian forces in Nagorno-Karabakh after shelling reached cities far from the front line. Azerbaijan said a missile strike on Ganja, its second-largest city, had killed at least nine civilians on Sunday, while Armenian officials said Stepanakert had been under artillery and drone fire for a week. Both sides reported heavy fighting along the southern front, and Azerbaijan said its troops had taken several villages. Local officials in Karabakh said around half of the region's population had fled toward Armenia. The Baku-Tbilisi-Ceyhan oil pipeline and the South Caucasus gas pipeline run within tens of kilometres of the fighting, and brokers said underwriters had asked operators for fresh security assessments. "The pipeline itself has not been hit, but the premium conversation is already happening," said a broker at a specialist energy firm. Georgian and Turkish partners in the pipeline said flows were normal.""",
        "B E D",
        "war",
    ),
    (
        "Insurers of Addis projects review exposure as Tigrayan forces push south",
        """Foreign contractors and their insurers were reviewing exposure to construction projects in Ethiopia after Tigrayan forces and their Oromo allies said they had taken the towns of Dessie and Kombolcha and were advancing toward Addis Ababa. The government declared a nationwide state of emergency and urged residents of the capital to register their weapons and prepare to defend their neighbourhoods. Aid agencies said hundreds of thousands of people had fled the fighting in the Amhara region in recent weeks, many toward Debre Birhan. The United States ordered non-emergency embassy staff to leave and told its citizens to depart on commercial flights while they were still available. Brokers in London said political violence insurers had begun adding war exclusions to renewals and in some cases declining new cover entirely. "A year ago people were pricing a regional conflict; now they are pricing a fight for the capital," said a political risk broker. Ethiopian Airlines said it was operating normally.""",
        "B D",
        "offensive",
    ),
    (
        "Peru mining insurers watch as protesters storm airports and clash with troops",
        """Insurers of Peru's copper mines said they were tracking damage claims as protests over the ouster of former President Pedro Castillo spread across the south of the country and turned deadly. Protesters stormed the airports of Andahuaylas and Arequipa, and soldiers fired on crowds trying to take the airport in Ayacucho, where eight people were killed, the ombudsman's office said. In total at least 20 people have been killed since the protests began, according to the office. Roadblocks cut the highway used to truck copper concentrate from the Las Bambas mine, and MMG said it was reducing output. Police said demonstrators had set fire to a police station and a courthouse in the Apurimac region. The government of President Dina Boluarte declared a 30-day state of emergency across the country. "The riot exposure is on the infrastructure around the mines, not just the pits," said a mining insurance broker in Lima.""",
        "U",
        "protest clashes",
    ),
    (
        "Colombian insurers count looted shops as Cali clashes continue",
        """Colombia's insurers association said on Tuesday that businesses had reported more than 1,500 claims for riot damage since a national strike began on April 28, as clashes between protesters and police continued in Cali for a second week. Human rights groups said at least 24 people had been killed in the city, most of them demonstrators shot by police, and armed civilians were filmed firing at indigenous protesters in the south of the city. Supermarkets, bank branches and toll booths were burned, and roadblocks have cut Cali off from the Pacific port of Buenaventura. President Ivan Duque sent troops to the city and said the violence was being organised by criminal groups. Fasecolda, the insurers' body, said most commercial policies in Colombia cover strikes and riots, unlike those in many other countries in the region. "We are seeing the same shops hit two or three times," said an adjuster in Cali.""",
        "U V",
        "unrest",
    ),
    (
        "Riot losses in Minneapolis designated a catastrophe as unrest spreads nationwide",
        """Property Claim Services designated the rioting in Minneapolis and other US cities a catastrophe event on Monday, signalling insured losses of at least $25m, as demonstrations over the killing of George Floyd spread to dozens of cities for a sixth night. In Minneapolis and St Paul, arsonists set fire to hundreds of businesses along Lake Street and University Avenue, and a police precinct building was burned. Police fired tear gas and rubber bullets at crowds in Atlanta, Chicago, New York and Los Angeles, and the National Guard was activated in more than 20 states. Insurers said the losses could rival those from the 1992 Los Angeles riots, which cost the industry about $775m at the time. "Riot and civil commotion is covered in almost every commercial policy here, so these are insured losses from day one," said a senior claims executive at a large US insurer. Many of the damaged businesses were small and family-owned, and some of the owners said they had only basic cover.""",
        "U",
        "riot",
    ),
    (
        "Chinese-owned factories burned in Yangon as junta declares martial law",
        """Insurers of Chinese-owned garment and manufacturing plants in Yangon's Hlaing Tharyar township said they were assessing damage after at least 32 factories were set on fire on Sunday, as security forces fired on protesters in one of the bloodiest days since the February coup. Myanmar's military declared martial law in the township after soldiers and police killed at least 38 people there, according to a rights group. Witnesses said troops used automatic weapons on residents who had built sandbag barricades. China's embassy said many of its nationals had been injured and called for the protection of Chinese businesses. The Chinese insurers that cover most of the plants have limited reinsurance for political violence in Myanmar, according to two brokers in Singapore. "The question is whether a riot exclusion applies when the country is effectively under military rule," said one of them. Thousands of migrant workers began leaving the industrial zone for their home villages.""",
        "U D",
        "crackdown",
    ),
    (
        "Miner's insurers review cover after convoy ambush kills 39 in Burkina Faso",
        """Political risk and kidnap insurers with exposure to Burkina Faso's gold sector said they were reviewing cover after gunmen ambushed a convoy carrying workers to a mine owned by Canada's Semafo, killing at least 39 people. The attackers detonated an explosive device before opening fire on five buses escorted by soldiers on the road to the Boungou mine, in the country's east, local officials said. Sixty people were wounded, and some were still unaccounted for on Thursday. The area has seen repeated attacks by jihadist groups linked to al-Qaeda and Islamic State. Semafo suspended operations at Boungou and said it would fly staff to the mine rather than use the road. "Security escort clauses will be rewritten across the sector," a Johannesburg-based risk consultant said. Brokers said some underwriters had already raised deductibles for mines in the east and north after an earlier attack on the same road in 2018.""",
        "T V E",
        "ambush",
    ),
    (
        "Mozambique insurers swamped as post-election riots paralyse Maputo",
        """Insurers in Mozambique said they were receiving hundreds of claims from shops, warehouses and car owners as post-election riots paralysed Maputo for a third day. Protesters backing opposition candidate Venancio Mondlane torched vehicles and set up burning barricades across the capital and neighbouring Matola, and police fired tear gas and live ammunition to disperse them. The civil society platform Decide said at least 30 people had been killed since the protests began in October. Looters ransacked supermarkets and a brewery depot, and the border crossing with South Africa at Ressano Garcia was closed after clashes. South Africa's Sasria does not cover Mozambican risks, and local insurers said riot cover was rarely bought outside big corporate accounts. The national insurance supervisor asked companies to speed up small claims. "The economic losses will be far larger than anything insured," said a Maputo broker.""",
        "U",
        "unrest",
    ),
    (
        "Tripoli airport shelled as Haftar offensive tests Libya energy insurers",
        """Energy and aviation insurers said they were reviewing their Libyan exposure after Mitiga, the only functioning airport in Tripoli, was hit by shelling on Monday as eastern commander Khalifa Haftar's forces pressed their offensive on the capital. Flights were diverted to Misrata, some 200 km to the east. Heavy fighting continued in the southern suburbs of Ain Zara and Qasr Bin Ghashir, and the UN-backed government said its air force had struck Haftar's supply lines near Gharyan. The World Health Organization said at least 174 people had been killed since the offensive began eleven days earlier, and the UN said more than 18,000 people had fled their homes. The state oil company said production was unaffected but warned that fighting near terminals would force shutdowns. Brokers said war cover for aircraft on the ground in Tripoli was no longer available at any price. "Libya has been a listed area for years, but underwriters had got used to pricing a stalemate," a London broker said.""",
        "B E D",
        "offensive",
    ),
    (
        "Ecuador insurers shaken as gangs seize TV station and army hunts them",
        """Ecuador's insurers said they were suspending new policies for some businesses in Guayaquil after armed gangs stormed a television station during a live broadcast, set off explosions in several cities and kidnapped police officers. President Daniel Noboa declared an "internal armed conflict" and ordered the armed forces to neutralise 22 gangs he designated as terrorist organisations. Soldiers raided prisons where inmates had taken guards hostage and the military said it had killed five gang members and arrested more than 300 people in three days. At least 10 people were killed in Guayaquil in a single night, police said. Shops, schools and banks in the port city stayed shut. A senior executive at a local insurer said the industry's exposure to extortion-related arson had been growing for two years but that "this week is different in kind". Brokers said reinsurers had asked for fresh figures on the concentration of commercial property in the city.""",
        "B M T",
        "gang violence",
    ),
    (
        "Syrian rebels seize Aleppo as political risk brokers field calls",
        """Political risk brokers said they had been flooded with calls from traders and contractors with interests in Syria after rebel fighters led by Hayat Tahrir al-Sham swept into Aleppo in a surprise offensive, taking much of the city within two days. Syrian army units pulled back from the city centre and the airport, and Russian and Syrian jets struck rebel-held districts and Idlib on Sunday, according to monitors. The Syrian Observatory for Human Rights said more than 400 people had been killed since the offensive began on Wednesday. Thousands of Kurdish residents fled northern Aleppo toward Tal Rifaat, and aid agencies said bakeries had closed. The UN said it had suspended humanitarian operations in the city. Cover for Syria has been almost impossible to buy since 2012, but brokers said questions were coming from companies with exposure in neighbouring Turkey, Iraq and Lebanon. "Everyone thought the map was frozen," said a Dubai-based risk consultant.""",
        "B E D H",
        "offensive",
    ),
    (
        "Colombo insurers face claims after crowds storm president's house and torch homes",
        """Sri Lanka's insurers said they were assessing claims after protesters stormed the official residence and office of President Gotabaya Rajapaksa in Colombo and set fire to the private home of the prime minister. Police and soldiers fired tear gas and shots into the air as tens of thousands of people broke through barricades, and hospitals said more than 100 people had been treated for injuries. The president fled the residence before crowds entered and later left the country. The unrest follows a night in May when government supporters attacked protesters and mobs then burned dozens of homes belonging to ruling-party politicians. The Insurance Association of Sri Lanka said most home policies in the country excluded strike, riot and civil commotion damage unless it was added as an extension, and that the state-backed fund for such losses had limited reserves. "People are claiming for cars set on fire outside the prime minister's house," a Colombo broker said.""",
        "U",
        "unrest",
    ),
    (
        "Lagos insurers tally burned buses and malls after Lekki shooting",
        """Nigerian insurers said they had begun to receive claims from banks, malls and bus operators in Lagos after two days of arson and looting that followed the shooting of protesters at the Lekki toll gate. Amnesty International said soldiers and police had killed at least 12 people at Lekki and Alausa on Tuesday night, a claim the army denied. Since then, mobs have burned police stations, the headquarters of a television station, BRT buses and parts of two shopping malls, and the state government has imposed a round-the-clock curfew. Shops in Abuja and Benin City were also looted. The Nigerian Insurers Association said it would help members assess claims under strike, riot and civil commotion extensions. Brokers said many businesses in Lagos had riot cover but that claims for damage by "government forces" might face exclusions. "It will take months to sort out who burned what," a Lagos loss adjuster said.""",
        "U",
        "crackdown",
    ),
]
