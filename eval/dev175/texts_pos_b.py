"""dev175 positives (2 of 2): cruise lines and airlines reacting to strikes this week, hotels and
resorts hit or overrun, riots and crackdowns that strand or evacuate tourists, an airliner shot
down (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Cruise lines drop Suez transits after Houthi missile sets tanker ablaze",
        "Several major cruise lines said on Wednesday they would reroute ships around the "
        "Cape of Good Hope or cancel Red Sea itineraries altogether, a day after a Houthi "
        "missile struck a tanker in the Gulf of Aden and set it on fire. The US military said "
        "the ship, carrying Indian crew, was hit by an anti-ship ballistic missile fired from "
        "Houthi-controlled Yemen, and that a US destroyer helped fight the blaze. Nobody was "
        "killed. The Houthis said they had targeted the vessel in solidarity with Gaza. Royal "
        "Caribbean said two repositioning voyages from Dubai to the Mediterranean would sail "
        "round Africa instead, adding nearly two weeks. Norwegian Cruise Line Holdings "
        "cancelled calls at Aqaba and Safaga and swapped them for Greek islands, while MSC "
        "said its world cruise would skip the canal. Passengers received emails offering "
        'refunds or credits. "Our guests\' safety is non-negotiable," one line said in a '
        "statement. Seatrade analysts said that was the third time in weeks that a missile "
        "attack had pushed operators to redraw spring itineraries. Egypt's Suez Canal "
        "Authority says revenue has fallen sharply since the attacks began.",
        "E",
        "missile strike",
    ),
    (
        "Beirut flights thin out as strikes pound suburbs near the airport",
        "Foreign airlines have all but abandoned Beirut after a week of Israeli air strikes "
        "on the city's southern suburbs, leaving Middle East Airlines as almost the only "
        "carrier still flying in and out of Rafic Hariri International Airport. Overnight "
        "strikes on Monday hit several buildings in Dahiyeh, a few kilometres from the "
        "runway, sending plumes of smoke over the airport that were visible to passengers on "
        "approaching aircraft. Lebanon's health ministry said dozens of people were killed "
        "across the country in the past 24 hours. Lufthansa, Air France, Qatar Airways and "
        "flydubai have suspended flights, and several Gulf governments have urged their "
        "citizens to leave at once. MEA flights to Dubai, Paris and Istanbul were fully "
        "booked, and people queued for hours at the airline's offices in the hope of a seat. "
        "Tens of thousands of Lebanese have fled the south and the suburbs, many sleeping in "
        "schools and on the seafront in central Beirut. Hotels in Christian areas north of "
        "the capital and in the mountains reported full occupancy, not from tourists but from "
        "families who had fled their homes. The Israeli military says it is targeting "
        "Hezbollah weapons depots and commanders.",
        "E M D",
        "air strikes",
    ),
    (
        "Gunman kills worshippers and officers at Djerba synagogue during Ghriba pilgrimage",
        "A naval guard shot dead a colleague, then drove to the El Ghriba synagogue on the "
        "Tunisian island of Djerba and opened fire on Tuesday night, killing two pilgrims and "
        "two security officers, the interior ministry said. Thousands of Jewish pilgrims, "
        "many from France and Israel, had gathered at the synagogue, Africa's oldest, for the "
        "annual Lag BaOmer festival. The attacker was shot dead by security forces outside "
        "the compound. Visitors barricaded themselves inside the synagogue for more than an "
        "hour, one witness told AFP, before police escorted them out. The dead pilgrims were "
        "a Tunisian and a French-Tunisian cousin, the French foreign ministry said. Tunisia's "
        "anti-terrorism prosecutors took over the investigation on Wednesday. The attack "
        "comes as tourism, the country's second-biggest earner, was finally returning to "
        "pre-pandemic levels. Hotels on Djerba said it was too early to know whether "
        'cancellations would follow. President Kais Saied called it a "criminal act" aimed at '
        "sowing discord and said the security services would not be deterred.",
        "T V",
        "terrorist attack",
    ),
    (
        "Easter blasts hit Colombo luxury hotels; foreign tourists among the dead",
        "Bombs tore through three luxury hotels and three churches in Sri Lanka on Easter "
        "Sunday, killing more than 200 people, including dozens of foreigners, in the worst "
        "violence the island has seen since the end of its civil war a decade ago. Suicide "
        "bombers struck the Shangri-La, the Cinnamon Grand and the Kingsbury in Colombo "
        "within minutes of each other, as guests sat down for Easter breakfast, police said. "
        "Britons, Americans, Danes, Japanese and Indians were among those killed. The "
        "government said a local Islamist group, National Thowheeth Jama'ath, was behind the "
        "attacks and imposed a curfew and a block on social media. At Bandaranaike "
        "International Airport, hundreds of tourists waited for flights home while soldiers "
        "searched cars at the terminal gates; a pipe bomb was found and defused on a road "
        "near the airport late in the day. Several countries warned against non-essential "
        "travel. Sri Lanka had been named the world's top destination for the year by Lonely "
        'Planet. "You just cannot believe it," said a guide in Galle. "Everything we built, '
        'gone in one morning."',
        "T V E",
        "suicide bombing",
    ),
    (
        "Hong Kong airport cancels all remaining flights as protesters and police clash",
        "Hong Kong International Airport cancelled all remaining departures for a second day "
        "on Tuesday as thousands of anti-government protesters occupied the terminals and "
        "clashes broke out with riot police late in the evening. Officers used pepper spray "
        "and batons to push back demonstrators who had barricaded the doors with luggage "
        "trolleys, and several people were arrested. Earlier, protesters had tied up and "
        "beaten two men they accused of being undercover agents from mainland China. "
        "Passengers trying to reach the check-in halls were blocked or forced to wade through "
        "crowds chanting slogans. Cathay Pacific and other airlines cancelled hundreds of "
        "flights, leaving tens of thousands of travellers stranded in one of the world's "
        "busiest hubs. The Airport Authority obtained an injunction to clear the terminals. "
        "The protests, now in their tenth week, began over a bill that would have allowed "
        "extraditions to the mainland. Several countries updated their travel advice to warn "
        'of "violent clashes" and advised travellers to check with their airlines. Hotel '
        "occupancy in the city has fallen by double digits since June. Airport Authority "
        "officials said the airport had never been shut down in this way since it opened in "
        "1998. Some passengers sympathised with the protesters; others pleaded to be let "
        'through. "I just want to get home to my kids," said a woman from Manila trying to '
        "reach a departure gate.",
        "U",
        "clashes",
    ),
    (
        "Thousands of tourists stranded at Machu Picchu as protests over Castillo's ouster "
        "turn deadly",
        "About 5,000 tourists were stranded in the Cusco region on Friday, including hundreds "
        "in the village below Machu Picchu, after protesters blocked railway lines and roads "
        "and Peru declared a nationwide state of emergency. Trains to the Inca citadel were "
        "suspended after demonstrators placed rocks on the tracks. Police and soldiers fired "
        "tear gas and live rounds as crowds tried to take over airports in Andahuaylas and "
        "Arequipa, and at least 16 people have been killed in a week of unrest, according to "
        "the ombudsman's office. Cusco's airport was closed for a day after protesters "
        "attempted to storm it. Peru's government sent a helicopter and later a special train "
        "to evacuate foreign and Peruvian visitors from Aguas Calientes, though many said "
        'they had waited days for news. "We are running out of cash and the shops are running '
        'out of food," said an Argentine traveller. The protests erupted after Congress '
        "removed President Pedro Castillo, who had tried to dissolve the legislature. The US "
        "and several Latin American countries warned citizens to reconsider travel.",
        "U D",
        "protest clashes",
    ),
    (
        "Australia and New Zealand send planes to evacuate tourists from New Caledonia's riots",
        "Australia and New Zealand began flying their nationals out of New Caledonia on "
        "Tuesday after more than a week of riots that have left six people dead and closed "
        "Nouméa's international airport. Hundreds of Australian and New Zealand tourists had "
        "been stranded in hotels as roadblocks and arson attacks paralysed the capital. "
        "France declared a state of emergency and flew in hundreds of police and gendarmes. "
        "Shops, car dealerships and factories were looted and burned, and officers have come "
        "under fire from armed residents, the French authorities said. The unrest was sparked "
        "by a constitutional change, approved in Paris, that would let more recent arrivals "
        "vote in provincial elections, which pro-independence Kanak groups say will dilute "
        "their vote. Qantas and Air New Zealand do not fly to Nouméa, so the first evacuees "
        "travelled on a Royal Australian Air Force C-130 from the domestic airport of "
        "Magenta. Aircalin, the territory's carrier, said La Tontouta would stay shut to "
        "commercial flights until at least Thursday. Cruise lines that call at Nouméa and "
        "Lifou have cancelled those stops for the rest of the season.",
        "U D",
        "riot",
    ),
    (
        "Ethiopian Airlines halts Lalibela and Gondar flights as army battles Fano militia",
        "Ethiopian Airlines suspended flights to Lalibela and Gondar on Thursday as fighting "
        "between the federal army and the Fano militia spread across the Amhara region, "
        "leaving tourists stranded in the pilgrimage town famed for its rock-hewn churches. "
        "Residents said Fano fighters had taken control of Lalibela and its airport after the "
        "army withdrew, with heavy gunfire heard in the town overnight. Clashes were also "
        "reported in Gondar, Bahir Dar and Debre Markos. The government declared a state of "
        "emergency and said the army would restore order. Communications were cut, and the US "
        "embassy said it was trying to locate US citizens in the area. A tour guide reached "
        "by phone said some 20 foreign visitors had spent the night at their hotels and were "
        "waiting to learn whether they could leave by road. The Fano, a loosely organised "
        "Amhara militia, fought alongside federal troops against Tigrayan forces during the "
        "2020-2022 war, but turned against the government over plans to disband regional "
        "forces. Lalibela's churches draw tens of thousands of pilgrims every year at Genna, "
        "the Ethiopian Christmas.",
        "B",
        "battle",
    ),
    (
        "Airlines suspend Tel Aviv flights after Hamas assault and rocket barrages",
        "American, Delta, United, Lufthansa and Air France suspended flights to Tel Aviv on "
        "Saturday after Hamas gunmen launched a surprise attack on southern Israel and "
        "militants fired thousands of rockets at Israeli cities. Hundreds of Israelis were "
        "killed and scores taken hostage, including at a music festival near the Gaza border, "
        "Israeli officials said. Sirens sounded repeatedly over Tel Aviv, and some rockets "
        "were intercepted above Ben Gurion airport as passengers waited in the terminals. "
        "Israel, whose military called it a terrorist infiltration on an unprecedented scale, "
        "declared a state of war and began striking Gaza. Thousands of tourists, many of them "
        "in Jerusalem for the Sukkot holiday, were trying to find seats on the few departing "
        "flights, most of them operated by El Al, Arkia and Israir. Tour operators cancelled "
        "itineraries for the coming weeks, and several cruise ships due at Haifa and Ashdod "
        "diverted to Cyprus and Turkey. Foreign governments told citizens to follow the "
        'instructions of local authorities and to shelter when they hear sirens. "We were at '
        'the beach in Tel Aviv when the first sirens went off," said a Brazilian visitor. '
        '"Nobody knew what to do." Israel\'s tourism ministry said some 150,000 foreign '
        "tourists were in the country when the attack began. Hotels in Tel Aviv and Jerusalem "
        "said guests had spent much of the day in protected rooms and stairwells. Ryanair and "
        "Wizz Air cancelled Tel Aviv flights for the rest of the month, and several other "
        "airlines said they would review the situation daily.",
        "T V E M",
        "terrorist attack",
    ),
    (
        "Damascus airport deserted as rebels close in on the capital",
        "Damascus International Airport was abandoned by staff and soldiers on Saturday night "
        "as rebel forces advanced on the Syrian capital, flight tracking data and witnesses "
        "showed, hours after opposition fighters said they had taken Homs. The last scheduled "
        "flight, a Syrian Air service from Dubai, landed in the late afternoon. An Ilyushin "
        "airliner departed soon after with its transponder off, prompting rumours about who "
        "was on board. Fighters of Hayat Tahrir al-Sham and allied factions, who launched "
        "their offensive from Idlib less than two weeks ago, said they had entered the "
        "suburbs of Damascus. Gunfire was heard across the city, residents said. Airlines "
        "from the Gulf and Iraq, which had only recently resumed flights to Damascus, "
        "cancelled all services, while Jordan and Lebanon shut their land borders with Syria "
        "to all but returning nationals. Tour operators who had begun, tentatively, to sell "
        "trips to Syria's ancient sites cancelled the spring departures they had been "
        "advertising. By dawn on Sunday, state television was broadcasting a statement from "
        "the rebels announcing the fall of the government.",
        "B",
        "rebel offensive",
    ),
    (
        "M23 takes Kavumu airport as it advances on Bukavu",
        "Rwanda-backed M23 rebels seized Kavumu airport, the main airfield serving Bukavu in "
        "eastern Congo, on Friday, pushing on towards the city a few weeks after they "
        "captured Goma, residents and the Congolese army said. Congolese troops and allied "
        "militias withdrew from the airport after brief fighting, according to local "
        "officials. Thousands of people fled Bukavu along the shores of Lake Kivu toward "
        "Uvira and across the border into Burundi and Rwanda. Shops were shuttered and some "
        "soldiers were reported to be looting as discipline broke down. Kavumu had been used "
        "by the military for drones and by humanitarian flights. The UN said it was "
        "relocating some staff. Bukavu, on the southern tip of the lake, was a base for "
        "visitors trekking to see eastern lowland gorillas in Kahuzi-Biega National Park; the "
        "park said it had suspended all visits. Several airlines that operated charter "
        'flights to the city have halted them. The M23 said it would bring "peace" to the '
        "city, while the government in Kinshasa described the advance as a violation of "
        "Congo's sovereignty by Rwanda.",
        "B D",
        "rebel offensive",
    ),
    (
        "Workers flee Palma hotel as insurgents overrun gas town",
        "Dozens of foreign and local workers who had taken refuge in the Amarula Palma Hotel "
        "in northern Mozambique tried to break out in a convoy on Friday, three days after "
        "Islamist insurgents stormed the town, security sources said. Several vehicles came "
        "under fire and an unknown number of people were killed, including at least one "
        "foreign contractor. The insurgents, known locally as al-Shabaab and linked to the "
        "Islamic State, attacked Palma on Wednesday from several directions, killing "
        "residents in the streets and beheading some, witnesses and rights groups said. "
        "Thousands of residents fled into the bush or towards the Afungi peninsula, where "
        "TotalEnergies is building a liquefied natural gas plant, and boats carried hundreds "
        "to Pemba. Private security contractors flew helicopters over the town to rescue "
        "survivors. Mozambique's army said it was fighting to regain control. Cabo Delgado's "
        "coastline, with its coral islands such as Ibo and the Quirimbas archipelago, was "
        "once promoted as the next frontier of luxury tourism in East Africa. The attack "
        "began on the same day that TotalEnergies said it would gradually bring staff back to "
        "the site. Witnesses said bodies lay in the streets near the bank and the market. Aid "
        "agencies said they were struggling to reach the thousands of people arriving in "
        "Pemba by boat, many of them children separated from their parents, and appealed for "
        "food and shelter. Food was already scarce in the district after months of attacks on "
        "the roads. The government has kept journalists out of the area, and communications "
        "with Palma remain cut.",
        "T B V D H",
        "insurgent attack",
    ),
    (
        "Kharkiv hotel hit by missile; guests pulled from rubble",
        "A Russian missile hit a hotel in the centre of Kharkiv late on Saturday, injuring at "
        "least 17 people, including guests and staff, regional governor Oleh Syniehubov said. "
        "Rescuers pulled a woman from the rubble of the ground floor and led dozens of guests "
        "out through the stairwells. The blast blew out windows along the street and set "
        "nearby cars on fire. Among the guests were journalists and volunteers who use the "
        "hotel as a base for reporting and aid trips to the front line, about 30 km away. "
        "Kharkiv, Ukraine's second city, has been struck by missiles, glide bombs and drones "
        "almost daily in recent weeks. Hotel managers in the city said most rooms were still "
        "booked by business travellers, aid workers and families of soldiers. Ukraine's air "
        "force said it had intercepted drones in the region but could not stop the missile. "
        "The Ukrainian State Agency for Tourism Development has kept a registry of hotels hit "
        "by Russian attacks since 2022. Hoteliers in Lviv and Odesa say they are still "
        "welcoming visitors but have installed shelters in their basements.",
        "E",
        "missile strike",
    ),
    (
        "Small bombs hit Hua Hin and Phuket; tourists among the injured",
        "A series of small bombs exploded in the seaside resort of Hua Hin and other tourist "
        "areas in southern Thailand on Thursday night and Friday morning, killing four people "
        "and wounding dozens, including foreign visitors, police said. Two bombs hidden in "
        "potted plants exploded minutes apart on a busy bar street in Hua Hin, killing a Thai "
        "woman and wounding Europeans on holiday. Further devices went off on Patong beach in "
        'Phuket, in Surat Thani and in Trang. Police said the blasts were "local sabotage" '
        "and not international terrorism, and that the attacks bore some hallmarks of "
        "insurgents in the Muslim-majority deep south, where a separatist conflict has killed "
        "thousands since 2004. The attacks came days after voters approved a military-backed "
        "constitution. Britain, Germany and Australia updated their travel advice to warn of "
        "further attacks. Tourism Authority of Thailand staff set up help desks at Hua Hin "
        "station, while hotels in Patong said some guests had checked out early. \"We didn't "
        'think it could happen here," said one Dutch couple at the beach.',
        "E V",
        "bombing",
    ),
    (
        "Azerbaijan Airlines crash: Russian air defences fired as drones hit Grozny, sources say",
        "The Azerbaijan Airlines Embraer that crashed in Kazakhstan on Christmas Day was hit "
        "by a Russian air defence missile while Ukrainian drones were attacking the Chechen "
        "capital Grozny, four sources with knowledge of the preliminary findings told "
        "Reuters. The plane, flying from Baku to Grozny, was turned away from its destination "
        "and was heading across the Caspian Sea when it came down near Aktau, killing 38 of "
        "the 67 people on board. Photos of the wreckage showed holes in the tail section "
        "consistent with shrapnel, investigators said. Russian officials said the Grozny area "
        "had been under drone attack at the time and that the airport was closed. Azerbaijan "
        "Airlines suspended flights to ten Russian cities, and flydubai and Qazaq Air also "
        "halted some services to southern Russia. The European Union Aviation Safety Agency "
        "has already advised airlines against flying in Russian airspace near Ukraine. "
        "President Vladimir Putin later apologised to his Azerbaijani counterpart for what he "
        'called a "tragic incident" in Russian airspace. The shootdown recalled the loss of '
        "Malaysia Airlines flight MH17 over eastern Ukraine in 2014.",
        "E",
        "airliner shot down",
    ),
    (
        "Tbilisi protests: police fire water cannon and tear gas for a sixth night",
        "Georgian riot police fired water cannon and tear gas at protesters outside "
        "parliament in Tbilisi for a sixth consecutive night, as the government's decision to "
        "freeze talks on joining the European Union kept thousands on the streets. Protesters "
        "threw fireworks at officers and set barricades alight on Rustaveli Avenue, the "
        "capital's main boulevard, lined with hotels, cafés and theatres. The interior "
        "ministry said more than 300 people had been detained since the protests began and "
        "dozens of officers injured. Opposition groups and rights monitors accused police of "
        "beating detained demonstrators. Britain, the US and several EU countries updated "
        "their travel advice, telling visitors to avoid the area around parliament and to "
        "expect road closures. The streets of the old town, a few hundred metres from the "
        "protests, remained calm and restaurants were busy, travellers said. Tourism has "
        "become a pillar of Georgia's economy, with visitor numbers from Russia, Israel, the "
        "Gulf and Europe at record levels last year. Some airlines said bookings for the "
        "winter ski season in Gudauri and Bakuriani were holding up.",
        "U",
        "crackdown",
    ),
    (
        "Flights diverted over Iran after blasts near Isfahan; Tehran plays down reports of "
        "an Israeli strike",
        "Airlines rerouted flights over western Iran early on Friday and Iran briefly halted "
        "flights at airports in Tehran, Isfahan and Shiraz after explosions were heard near "
        "an air base outside Isfahan, in what US officials said was an Israeli strike. "
        'Iranian state television said air defences had shot down "three small drones" over '
        "Isfahan and that there had been no damage, and officials said nuclear facilities in "
        "the province were safe. Israel did not comment. Two US officials told reporters that "
        "Israel had carried out the attack, less than a week after Iran launched hundreds of "
        "drones and missiles at Israel. Iranian media described the blasts as the sound of "
        "air defences firing and posted video of daily life in Isfahan continuing as normal. "
        "Emirates and flydubai diverted several flights away from Iranian airspace, and "
        "Germany's Lufthansa extended its suspension of flights to Tehran. Iran's civil "
        "aviation authority lifted the restrictions by midday and said all flights were "
        "operating normally. Aviation risk consultancy Osprey Flight Solutions advised "
        "clients to avoid Iranian airspace for the time being. Oil prices jumped and then "
        "fell back as the scale of the attack became clearer.",
        "E",
        "drone strike",
    ),
]
