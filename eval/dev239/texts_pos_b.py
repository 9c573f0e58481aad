"""dev239 positives, part B: verified posts and clips from wars and uprisings under way."""

POSITIVES = [
    (
        "Queues of cars on the Lachin road: videos show Karabakh Armenians fleeing",
        "Drone footage posted on Telegram on Tuesday shows a line of cars, buses and trucks "
        "stretching for kilometres along the mountain road from Stepanakert to the Armenian "
        "border. Armenia's government said more than 50,000 people had crossed since Sunday, "
        "nearly half of Nagorno-Karabakh's population, after Azerbaijan's one-day offensive "
        "forced the enclave's forces to disarm. Reuters verified the location from the Hakari "
        "bridge checkpoint. Videos from Goris, the first Armenian town on the route, show "
        "families sleeping in cars and volunteers handing out bread. A fuel depot explosion "
        "near Stepanakert on Monday night killed at least 68 people queuing for petrol, local "
        "officials said. Azerbaijan said it would guarantee the rights of those who stay. The "
        "Red Cross said it had evacuated 23 wounded patients.",
        "M D H",
        "displacement",
    ),
    (
        "Videos of burning homes in Imphal as Manipur violence spreads",
        "Videos shared on Instagram and X on Thursday night show mobs setting fire to houses "
        "in Imphal's New Checkon area while people shout from the street below. India Today "
        "verified the clips from a church spire and a petrol station visible in the frames. "
        "Officials in Manipur said at least 54 people had been killed since clashes between "
        "Meitei and Kuki groups began on Wednesday. The army said it had moved more than "
        "23,000 people to camps and military garrisons. Shoot-at-sight orders have been issued "
        'in "extreme cases", and mobile internet has been suspended across the state. Some of '
        "the most shared clips show armed men in camouflage firing from a hillside in "
        "Churachandpur district. Hundreds of people were sheltering in a stadium in Imphal, "
        "relief officials said.",
        "V U D",
        "communal_violence",
    ),
    (
        "Lahore corps commander's house stormed in videos after Imran Khan arrest",
        "Videos shared by supporters of Pakistan's former prime minister Imran Khan on "
        "Tuesday show crowds breaking into the residence of the Lahore corps commander, "
        "smashing furniture and setting the building on fire. Protests broke out across "
        "Pakistan within hours of Khan's arrest in Islamabad. Police fired tear gas and water "
        "cannon at crowds in Karachi, Peshawar and Rawalpindi, where protesters forced open "
        "the gates of army headquarters. Officials in Khyber Pakhtunkhwa said at least four "
        "people were killed and dozens wounded in Peshawar. The authorities suspended mobile "
        "internet across the country and restricted access to Twitter, Facebook and YouTube. "
        "Dawn verified the location of the Lahore footage from the house's distinctive "
        "gateway. Police said more than 1,000 people had been arrested in Punjab.",
        "U",
        "riot",
    ),
    (
        "Clips show Indian strikes on Bahawalpur and shelling in Poonch overnight",
        "Videos filmed in the early hours of Wednesday show explosions lighting up the sky "
        "over Bahawalpur, in Pakistan's Punjab province, and smoke rising from a mosque "
        "complex the Indian government said was a base of the militant group Jaish-e-Mohammed. "
        "India said it had struck nine sites in Pakistan and Pakistan-administered Kashmir. "
        "Pakistan's military said 26 civilians were killed and that it had shot down Indian "
        "jets. Residents of Poonch, on the Indian side of the Line of Control, posted videos "
        "of shells landing on homes; Indian officials said at least 12 civilians were killed "
        "there. BBC Verify confirmed the location of four of the clips. It also identified "
        "dozens of viral videos from earlier conflicts and video games being shared as footage "
        "of the strikes. Families in border villages were filmed moving to bunkers and relatives' "
        "homes further from the line.",
        "E M D",
        "airstrike",
    ),
    (
        "Houthi-run channel airs footage of US strikes on Ras Isa fuel port",
        "Footage aired by the Houthi-run al-Masirah channel on Friday shows burning fuel "
        "tanks and a damaged pier at Yemen's Ras Isa port after US strikes overnight. The "
        "Houthi health authorities said at least 74 people were killed and 171 wounded, "
        "including port workers and paramedics. The US Central Command said it had struck the "
        "port to cut off a source of fuel for the group and posted its own video of an "
        "aircraft carrier launching jets. Satellite images reviewed by analysts showed at "
        "least three storage tanks destroyed. The Houthis said they had fired missiles at a US "
        "carrier in the Red Sea in response. Videos from a hospital in Hodeidah show corridors "
        "crowded with burned men. Aid groups warned that fuel shortages would hit water "
        "pumping and hospitals.",
        "E M H",
        "airstrike",
    ),
    (
        "Telegram videos show Wagner column ambushed near Algerian border",
        "Videos posted on Telegram by Tuareg rebels show burned-out vehicles and dozens of "
        "bodies in the desert near Tinzaouaten, in northern Mali, after three days of fighting "
        "with the Malian army and Russian Wagner mercenaries. A pro-Wagner channel "
        "acknowledged heavy losses, including a commander, in a rare admission. The rebel "
        "alliance said it had killed 47 Malian soldiers and 84 Wagner fighters; the figures "
        "could not be verified. One clip shows rebels raising a flag over a captured armoured "
        "vehicle. Analysts who geolocated the footage said the fighting took place along a "
        "dry riverbed south of the town. Mali's army said it had carried out air strikes on "
        "rebel positions in the area. Local officials said hundreds of residents had "
        "crossed into Algeria.",
        "B E D",
        "battle",
    ),
    (
        "Maputo protest videos show police firing on crowds after election ruling",
        "Videos filmed in Maputo on Tuesday show police firing live rounds and tear gas at "
        "protesters who set up barricades of burning tyres along the main road to the airport. "
        "The protests erupted after Mozambique's constitutional council confirmed the ruling "
        "Frelimo party's victory in October's disputed election. The rights group Plataforma "
        "Decide said at least 21 people were killed in 24 hours, including two police officers. "
        "Shops and banks were looted in Matola, and a police station was set on fire. Opposition "
        "candidate Venâncio Mondlane, who has led the protests from abroad through Facebook "
        'livestreams, called for a new week of "shutdown". Hundreds of Mozambicans have fled '
        "across the border into Malawi and South Africa, officials there said.",
        "U D",
        "riot",
    ),
    (
        "Phone videos capture missile impacts in Tel Aviv and blasts in Tehran",
        "Videos filmed by residents on Friday night show Iranian missiles slamming into "
        "buildings in central Tel Aviv and Ramat Gan as interceptors streak across the sky. "
        "Israel's ambulance service said at least three people were killed and dozens wounded. "
        "Hours earlier, clips from Tehran showed columns of smoke rising from residential "
        "buildings in the north of the city where Israeli strikes killed senior military "
        "commanders and nuclear scientists. Iranian state television said 78 people died on "
        "the first day, including women and children. Reuters verified footage from both "
        "cities by matching rooftops and road junctions. Israel says its operation, launched "
        "early on Friday, will continue for days. Traffic jams formed on the roads out of "
        "Tehran as residents headed north towards the Caspian coast.",
        "E M D",
        "missile_strike",
    ),
    (
        "Beachgoers' videos show Lido attack as al-Shabaab claims responsibility",
        "Videos shared on social media on Friday night show people running across the sand "
        "at Mogadishu's Lido beach as gunfire rings out, and bodies lying near the restaurants "
        "that line the shore. Al-Shabaab said its fighters carried out the attack, which began "
        "with a suicide bomber detonating explosives at the entrance of a beachside hotel. "
        "Police said at least 32 people were killed and 63 wounded. Security forces killed "
        "five attackers and captured one, a spokesman said. The Somali government urged people "
        "not to share images of the dead. Families gathered at Madina hospital on Saturday "
        "looking for relatives. Lido beach, popular with young people on Friday evenings, has "
        "been attacked several times before.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Tbilisi livestreams show riot police beating protesters outside parliament",
        "Livestreams from Rustaveli Avenue in Tbilisi on Saturday night show riot police "
        "chasing protesters down side streets and beating them with batons, in the third night "
        "of protests against the government's decision to suspend talks on joining the European "
        "Union. Protesters fired fireworks at police lines and set up barricades of rubbish "
        "bins. Georgia's interior ministry said 107 people were arrested and 44 officers were "
        'injured. Public Defender Levan Ioseliani said many of those detained had "severe '
        'injuries" to the face. Independent channel Formula TV said its journalists were '
        "attacked while filming. Prime Minister Irakli Kobakhidze accused the opposition of "
        "planning a revolution. Videos of water cannon spraying crowds in freezing temperatures "
        "were shared across Europe.",
        "U",
        "crackdown",
    ),
    (
        "Ukrainian soldiers post videos from Sudzha as Russia evacuates border areas",
        "Ukrainian soldiers posted videos on Thursday showing them tearing down a Russian "
        "flag outside the town hall in Sudzha and driving through streets in Russia's Kursk "
        "region. Analysts at the Institute for the Study of War said geolocated footage "
        "showed Ukrainian forces at least 10km inside Russia. Russia's acting Kursk governor "
        "said more than 121,000 people had been evacuated from border districts. Russian "
        "channels posted videos of glide bombs striking Ukrainian armour near the village of "
        "Martynovka. Russia's defence ministry said its troops were repelling the incursion "
        "and had destroyed dozens of vehicles. Ukraine's commander-in-chief said his forces "
        "had taken 74 settlements. Buses carrying evacuees arrived in the city of Kursk "
        "throughout the day.",
        "B M D E",
        "incursion",
    ),
    (
        "Drone videos show Port Sudan fuel depots ablaze after RSF strikes",
        "Videos filmed from rooftops in Port Sudan on Sunday show thick black smoke rising "
        "from fuel depots near the city's port after drone strikes that the army blamed on "
        "the Rapid Support Forces. It was the first attack on the Red Sea city, which has "
        "served as the army-backed government's base and the main hub for aid since the war "
        "began. Sudan's energy ministry said several storage tanks were destroyed. A drone "
        "also struck the city's main power station, cutting electricity. The UN said flights "
        "carrying aid workers had been suspended. Residents filmed queues at petrol stations "
        "stretching for blocks. The RSF did not comment on the strikes. Some families were "
        "seen leaving for Kassala by road, and bus fares out of the city doubled overnight.",
        "E H D",
        "drone_strike",
    ),
    (
        "Tripoli clashes: videos show armed vehicles in city streets after militia leader killed",
        "Videos posted on Monday night show armoured vehicles firing heavy machine guns in "
        "Tripoli's Abu Salim district and tracer rounds arcing over the city centre. The "
        "fighting broke out after Abdulghani al-Kikli, the leader of the Stability Support "
        "Apparatus, was killed at a military base. Libya's health ministry said six bodies "
        "were found in the area. Forces loyal to the Government of National Unity said they "
        "had taken control of Abu Salim. The UN mission in Libya called for an immediate "
        "ceasefire. Flights at Mitiga airport were diverted. Residents shared clips of "
        "families sheltering in stairwells as the gunfire went on past midnight. Schools and "
        "the University of Tripoli suspended classes until further notice.",
        "B",
        "clashes",
    ),
    (
        "Videos from Rafah aid sites show crowds fleeing gunfire",
        "Videos filmed on Sunday near an aid distribution site in Rafah, in southern Gaza, "
        "show hundreds of people running across open sand as gunfire is heard, and men "
        "carrying wounded people on their backs. Gaza's civil defence said at least 31 people "
        "were killed and more than 170 wounded as they waited for food. The Red Cross field "
        "hospital in al-Mawasi said it received a mass casualty influx, most with gunshot "
        'wounds. The Israeli military said its troops fired warning shots at "suspects" who '
        "approached them and denied firing at civilians near the site. The aid sites opened a "
        "week ago, run by a US-backed foundation. The UN said the distributions were "
        "dangerous and called for an independent investigation. CNN verified the clips from "
        "the position of the site's perimeter fence.",
        "V H",
        "shooting",
    ),
    (
        "Nanterre riots spread after video of police shooting teenager goes viral",
        "Rioters set fire to cars, town halls and police stations across France for a third "
        "night, after a video showing a police officer shooting a 17-year-old driver at point "
        "blank range in Nanterre spread on social media. The interior ministry said 875 people "
        "were arrested overnight and 249 officers injured. Some 40,000 police were deployed. "
        "The clip, filmed by a passer-by, contradicted the initial police account that the car "
        "had driven at the officers. Videos from Marseille show looters emptying a gun shop, and "
        "clips from Lyon show riot police firing tear gas in the old town. President Emmanuel "
        "Macron blamed TikTok and Snapchat for fuelling the unrest and said platforms would be "
        'asked to remove the "most sensitive" content.',
        "U",
        "riot",
    ),
    (
        "Kathmandu: videos show parliament burning as Gen Z protests turn deadly",
        "Videos filmed on Tuesday show Nepal's parliament building in Kathmandu engulfed in "
        "flames, a day after police opened fire on protesters demonstrating against a ban on "
        "social media platforms. Protesters also set fire to the homes of several ministers "
        "and the headquarters of the main political parties. Nepal's health ministry said at "
        "least 19 people were killed on Monday, most of them shot near parliament, and more "
        "than 400 wounded. Prime Minister KP Sharma Oli resigned on Tuesday afternoon. The "
        "army took control of the streets and imposed a curfew. The ban on Facebook, YouTube "
        "and X was lifted overnight, but clips of the shootings had already spread through "
        "TikTok, which was never blocked. Hospitals in Kathmandu said they were overwhelmed.",
        "U",
        "riot",
    ),
]
