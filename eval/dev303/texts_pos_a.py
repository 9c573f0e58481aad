"""dev303 positives, part A: breaking items that report current attacks, strikes, clashes, coups
or casualties of fighting (eval/README.md, section 1). (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Russian missiles and drones pound Kyiv overnight, killing at least nine",
        """KYIV, April 24 (Reuters) - Russia struck Kyiv with missiles and drones overnight, killing at least nine people and wounding more than 60 in the capital's heaviest attack in weeks, Ukrainian officials said on Thursday. Explosions thundered across the city from about 1 a.m. as air defence units fired at incoming targets, Reuters witnesses said. The State Emergency Service said rescuers were still digging through the rubble of a five-storey apartment building in the Sviatoshynskyi district, where several people were believed to be trapped. Mayor Vitali Klitschko said on Telegram that fires had broken out in at least 13 locations. Ukraine's air force said Russia had launched 66 missiles and 145 drones, of which 112 were shot down or jammed. Moscow did not immediately comment; its defence ministry typically says it targets only military facilities. The attack came as Washington pressed both sides to accept a ceasefire framework.""",
        "E M",
        "missile_strike",
    ),
    (
        "Sudan's RSF storms Zamzam camp, thousands flee toward Tawila",
        """Port Sudan (AFP) - Sudan's paramilitary Rapid Support Forces stormed the Zamzam displacement camp near El-Fasher on Friday, killing dozens of civilians and sending thousands fleeing on foot, aid groups and residents said. The camp, home to around 500,000 people who had already fled earlier fighting, came under artillery fire at dawn before RSF fighters on pickup trucks moved in, according to the Emergency Lawyers rights group. "They went house to house, shooting at anyone who ran," one resident told AFP by satellite phone. Relief International said nine of its staff, including doctors, were killed when its clinic was overrun. The army said its troops and allied joint forces were fighting to push the paramilitaries back from the camp's southern edge. The UN migration agency said between 60,000 and 80,000 households had fled towards Tawila, some 60 kilometres to the west, over two days. The United Nations has declared famine in Zamzam, where malnutrition among children is among the worst it has recorded.""",
        "B E V D H",
        "attack",
    ),
    (
        "Jihadists overrun army positions in Burkina Faso's Djibo, dozens killed",
        """DAKAR, May 12 (Reuters) - Fighters from al Qaeda-linked JNIM attacked army positions and a counter-terrorism camp in the northern Burkina Faso town of Djibo on Sunday, killing dozens of soldiers and civilians, two security sources and a local resident said. The assault began around 6 a.m. with simultaneous attacks on several military posts, followed by hours of fighting in the town, the sources said. JNIM claimed responsibility in a statement on its propaganda channels, saying it had held the camp for several hours. One security source put the death toll at more than 100, most of them soldiers and members of the volunteer militia that fights alongside the army. Burkina Faso's junta did not respond to a request for comment. Djibo, home to tens of thousands of people driven from surrounding villages, has been under a jihadist blockade for more than two years. Reuters could not independently verify the accounts.""",
        "B T",
        "attack",
    ),
    (
        "Myanmar military airstrike on village gathering kills scores, witnesses say",
        """BANGKOK (AP) — A Myanmar military airstrike on a village in the central Sagaing region killed scores of people on Tuesday, including women and children who had gathered for the opening of a local office of the opposition movement, witnesses and an opposition group said. A fighter jet dropped bombs on the crowd in Pazigyi village at about 8 a.m., and a helicopter gunship then fired on the area, one witness told The Associated Press. The witness, who asked not to be named for fear of reprisal, said he had helped collect bodies and estimated that about 100 people had died. The National Unity Government, which opposes military rule, condemned what it called a massacre of innocent villagers. A spokesperson for the military government confirmed the strike in a phone call to state television, saying the office belonged to resistance forces. Sagaing has been a stronghold of armed opposition since the army seized power in February 2021. Reporting from the area is restricted, and the toll could not be independently confirmed.""",
        "E V M",
        "airstrike",
    ),
    (
        "Israeli strike on Gaza school sheltering displaced families kills at least 22",
        """CAIRO, Aug 3 (Reuters) - An Israeli airstrike hit a school sheltering displaced families in Gaza City on Saturday, killing at least 22 people, most of them women and children, Palestinian health officials and the Civil Emergency Service said. Medics said the strike on the Hamama school in the Sheikh Radwan neighbourhood set fire to classrooms where dozens of families had been sleeping. The Israeli military said it had struck Hamas militants operating from a command and control centre inside the compound and had taken steps to reduce the risk to civilians. Hamas denied the school was used for military purposes. Residents said many of those killed had fled their homes in northern Gaza months earlier. Separately, Israeli tanks pushed deeper into the eastern Shejaia suburb, where residents reported heavy gunfire and shelling overnight. The Gaza health ministry says more than 39,000 Palestinians have been killed in the war.""",
        "E V D M",
        "airstrike",
    ),
    (
        "Suicide bomber strikes packed mosque inside Peshawar police compound",
        """PESHAWAR, Pakistan (AP) — A suicide bomber blew himself up inside a crowded mosque in a police compound in the northwestern city of Peshawar on Monday during afternoon prayers, killing at least 59 people and wounding 157 others, officials said. The blast brought down part of the roof, trapping worshippers under the debris, and rescuers were still pulling out bodies late in the evening. Most of the dead were police officers, according to the provincial police chief. A commander of the Pakistani Taliban claimed responsibility in a social media post, though the group's spokesman later distanced it from the attack. Prime Minister Shehbaz Sharif condemned the bombing and said terrorists wanted to spread fear among those who defend the country. Security was tightened at checkpoints across the city, and hospitals appealed for blood donations. It was one of the deadliest attacks in Pakistan in years.""",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Kenyan police fire on protesters storming parliament; several dead",
        """NAIROBI, June 25 (Reuters) - Kenyan police opened fire on protesters who stormed parliament in Nairobi on Tuesday, killing at least five people, as thousands demonstrated against proposed tax increases, a Reuters reporter and rights groups said. Protesters overwhelmed police lines and set part of the parliament building on fire shortly after lawmakers voted to pass the finance bill. Legislators were evacuated through a tunnel, local media reported. Police fired tear gas, water cannon and live rounds in running battles in the city centre, and an ambulance service said it had treated dozens of wounded. The Kenya Medical Association said tents it had set up to treat injured protesters had been tear-gassed. Demonstrations also turned violent in Mombasa, Kisumu and Nakuru. President William Ruto called the attack on parliament treasonous and said the government would mobilise all resources to prevent a repeat.""",
        "U",
        "crackdown",
    ),
    (
        "Turkish troops attempt coup; jets strafe Ankara, fighting in Istanbul",
        """Ankara (AFP) - A faction of Turkey's armed forces tried to seize power overnight, sending tanks onto the streets of Istanbul and Ankara and bombing the parliament building, before forces loyal to President Recep Tayyip Erdogan pushed them back, officials said on Saturday. At least 90 people were killed and more than 1,150 wounded in clashes across the two cities, the acting chief of staff said. Heavy gunfire and explosions were heard through the night around the military headquarters and the state broadcaster TRT, whose studios were briefly occupied. A fighter jet shot down a military helicopter being used by the plotters over Ankara, according to state media. Thousands of Erdogan supporters poured onto the streets after he called on them in a video call to resist, and some lay down in front of tanks on the Bosphorus Bridge. The government said 1,563 military personnel had been detained. Erdogan blamed supporters of US-based cleric Fethullah Gulen, who denied any involvement.""",
        "B E",
        "coup_attempt",
    ),
    (
        "Al Shabaab gunmen storm Mogadishu hotel, siege stretches into second day",
        """MOGADISHU, Aug 20 (Reuters) - Somali security forces were battling al Shabaab fighters holed up in a popular Mogadishu hotel on Saturday, more than 24 hours after the militants stormed the building, killing at least 20 people, police and witnesses said. The attack began on Friday evening when two car bombs exploded outside the Hayat Hotel, followed by gunmen forcing their way inside. A police commander said security forces had rescued dozens of people, including children, who had been trapped on the upper floors. Gunfire and intermittent explosions could still be heard in the area on Saturday morning, a Reuters witness said. Al Shabaab, an al Qaeda affiliate fighting to topple the government, claimed responsibility. The hotel is frequented by government officials and business people. The director of a private ambulance service said 40 wounded had been taken to hospital.""",
        "B E T V",
        "siege",
    ),
    (
        "M23 rebels say they have taken Goma as residents flee fighting",
        """GOMA, Congo (AP) — Rwanda-backed M23 rebels said on Monday they had captured Goma, the largest city in eastern Congo, after a lightning offensive, as gunfire echoed through the streets and thousands of residents fled. Heavy exchanges of fire were reported near the airport and in the city centre, and some Congolese soldiers were seen handing over their weapons to United Nations peacekeepers. Hospitals were overwhelmed with wounded, the International Committee of the Red Cross said, and power and water supplies were cut across much of the city. Congo's government accused Rwanda of a declaration of war and cut diplomatic ties. The UN refugee agency said camps around Goma that had housed some 700,000 displaced people were emptying as families ran from the fighting. Thousands crossed into Rwanda through the Gisenyi border post, local officials said. Prisoners escaped from Munzenze prison during the chaos, according to a UN official.""",
        "B D H",
        "offensive",
    ),
    (
        "Iran fires barrage of ballistic missiles at Israel, sirens sound across country",
        """JERUSALEM, Oct 1 (Reuters) - Iran fired around 180 ballistic missiles at Israel on Tuesday evening, sending millions of Israelis into bomb shelters as explosions were heard over Jerusalem and the Jordan Valley, the Israeli military said. Most of the missiles were intercepted by Israel and the United States, the military said, though some fell in central and southern Israel. A man was killed in the West Bank city of Jericho by falling debris, according to Palestinian officials, and two people were lightly wounded in Tel Aviv. Iran's Revolutionary Guards said the attack was in retaliation for the killing of Hezbollah leader Hassan Nasrallah. An Israeli military spokesperson said the attack would have consequences. Flights at Ben Gurion airport were suspended and airspace was closed in Jordan and Iraq. Oil prices jumped about 5% on the news.""",
        "E M",
        "missile_attack",
    ),
    (
        "Houthi missile sets ship ablaze in Gulf of Aden, crew abandon vessel",
        """DUBAI, United Arab Emirates (AP) — Yemen's Houthi rebels struck a commercial ship in the Gulf of Aden with a missile on Wednesday, setting it on fire and killing at least two crew members, officials said. The Barbados-flagged bulk carrier True Confidence was hit about 50 nautical miles off the port of Aden, according to the British military's maritime trade operations centre. The crew abandoned the vessel and were picked up by an Indian navy warship, which later reported six others injured. A Houthi military spokesman said the rebels had targeted the ship with naval missiles, claiming without evidence that it was American-owned. U.S. Central Command said it was the first deadly attack by the Houthis on shipping since they began their campaign in November. The ship's Greek operator said it had no link to the United States. Shipping companies have diverted hundreds of vessels around Africa to avoid the Red Sea route.""",
        "E",
        "missile_attack",
    ),
    (
        "Truck bomb near Colombian air base kills six as police helicopter is downed",
        """BOGOTA, Aug 21 (Reuters) - A truck packed with explosives blew up near a military aviation school in the Colombian city of Cali on Thursday, killing at least six civilians and wounding more than 60, authorities said, hours after a police helicopter was brought down in the northwest of the country. Cali's mayor said the blast tore through a busy avenue during rush hour and damaged dozens of homes. President Gustavo Petro blamed the attack on dissidents of the former FARC guerrilla group and called it a terrorist act. In Antioquia province, 13 police officers were killed when a drone attacked their helicopter during an operation to destroy coca crops, the defence ministry said. The government attributed that attack to the Gulf Clan, the country's largest drug trafficking group. Security forces were placed on maximum alert nationwide. Violence has risen in rural Colombia as armed groups fight over drug routes and illegal mines.""",
        "E T",
        "bombing",
    ),
    (
        "Gang attack on Haitian town kills dozens, thousands flee",
        """PORT-AU-PRINCE, Haiti (AP) — Gang members armed with automatic rifles stormed the town of Pont-Sondé in central Haiti before dawn on Thursday, killing at least 70 people, including women and infants, and setting homes and cars on fire, the United Nations said. The Gran Grif gang, the largest in the Artibonite region, claimed responsibility, and its leader said in a video that the attack was revenge on residents who supported a vigilante group. Survivors said gunmen went door to door, shooting people as they slept. More than 6,200 people fled to nearby towns, according to the International Organization for Migration, many sheltering in schools and churches. The prime minister called the killings a crime against the Haitian nation and said police reinforcements had been sent. The Kenyan-led security mission has deployed in Port-au-Prince but not yet in the Artibonite. The UN human rights office said gangs had killed more than 3,600 people this year.""",
        "V D",
        "massacre",
    ),
    (
        "Dozens killed as Bangladesh police fire on student protesters, internet cut",
        """Dhaka (AFP) - Bangladeshi police fired live rounds and tear gas at student protesters on Thursday as nationwide demonstrations over civil service job quotas turned deadly, with at least 32 people killed, according to an AFP tally from hospital figures. Protesters set fire to the headquarters of the state broadcaster BTV in Dhaka after police retreated inside, and clashed with officers and ruling party supporters armed with sticks in several cities. Mobile internet was cut across the country, and rail services to and from the capital were halted. "The police are shooting at us like animals," a student in Dhaka's Uttara district told AFP. Hospitals reported hundreds of wounded, many with rubber bullet and pellet injuries. Prime Minister Sheikh Hasina's government said it was ready to hold talks. Schools and universities have been ordered closed indefinitely.""",
        "U",
        "crackdown",
    ),
    (
        "Fighting between Ethiopia's army and Fano militia spreads to Amhara cities",
        """NAIROBI, Aug 8 (Reuters) - Fighting between Ethiopia's military and the regional Fano militia spread to the Amhara region's two largest cities on Tuesday, residents said, as the government announced a state of emergency. Gunfire and heavy weapons could be heard in Gondar and parts of the regional capital Bahir Dar, three residents told Reuters by phone. A hospital official in Finote Selam said 26 people had been killed in what residents described as a drone strike on the town's main square on Sunday. Fano fighters briefly took control of the town of Lalibela, a UNESCO World Heritage site, and the airport there was closed, according to a resident. A government spokesperson did not respond to requests for comment. The militia, which fought alongside federal forces in the Tigray war, has resisted plans to fold regional forces into the police and army. Internet services have been cut across the region.""",
        "B E M",
        "clashes",
    ),
    (
        "India strikes targets in Pakistan; shelling along Kashmir frontier kills civilians",
        """Islamabad (AFP) - India launched missile strikes on several sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, killing at least 26 people, according to the Pakistani military, which said it had shot down Indian jets in response. New Delhi said it had hit nine sites linked to militant groups it blames for last month's killing of tourists in Pahalgam, calling the operation focused, measured and non-escalatory. A Pakistani military spokesman said mosques had been among the places hit in Bahawalpur and Muzaffarabad. Heavy artillery exchanges then erupted along the Line of Control, and Indian officials said at least 10 civilians had been killed by Pakistani shelling in Poonch district. Residents on both sides of the frontier fled to bunkers or left for safer towns. Prime Minister Shehbaz Sharif called the strikes an act of war and vowed to respond. The United Nations urged both nuclear-armed neighbours to show maximum military restraint.""",
        "E M D",
        "airstrike",
    ),
]
