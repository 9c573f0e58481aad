"""Positives of eval/dev61: East Africa and the Horn (README.md)."""

POSITIVES = [
    (
        "Truck bomb kills hundreds at Zobe junction in Mogadishu",
        (
            "A truck packed with explosives blew up at the busy Zobe junction in Mogadishu on "
            "Saturday afternoon, killing at least 300 people, officials said. Rescuers were still "
            "pulling bodies from the rubble of collapsed buildings, and hospitals were "
            "overwhelmed with the wounded. The government blamed al-Shabaab. The blast set fire "
            "to a fuel tanker and flattened a hotel and several shops on the Afgoye road. Medina "
            "and Erdogan hospitals appealed for blood donors, and Turkey sent a military plane to "
            "fly seriously injured patients out of the city. The President declared three days of "
            "national mourning."
        ),
        "E T V H",
        "truck bombing",
    ),
    (
        "Al-Shabaab storms Lido beach restaurant in Mogadishu",
        (
            "Al-Shabaab militants attacked a beachfront restaurant at Lido Beach in Mogadishu on "
            "Friday night, setting off a suicide blast before storming the building, police said. "
            "At least 32 people were killed and 63 injured. Security forces killed five attackers "
            "after a standoff that lasted several hours."
        ),
        "E T V B",
        "terrorist attack",
    ),
    (
        "Somali army, Ma'awisley militias recapture villages in Hiraan",
        (
            "Somali National Army forces backed by local Ma'awisley clan militias have recaptured "
            "several villages from al-Shabaab in the Hiraan region after heavy fighting, the "
            "regional administration said on Wednesday. Officials said dozens of militants were "
            "killed. Residents of the retaken villages said al-Shabaab had destroyed wells before "
            "withdrawing."
        ),
        "B M",
        "offensive",
    ),
    (
        "Six police reservists killed in IED attack in Mandera",
        (
            "Six Kenya Police Reservists were killed when their vehicle ran over an improvised "
            "explosive device near Elwak in Mandera County on Monday, police said. Police suspect "
            "al-Shabaab militants, who have stepped up attacks in the border counties. A "
            "multi-agency team was pursuing the attackers."
        ),
        "E T",
        "IED attack",
    ),
    (
        "Police fire live rounds as protesters storm Parliament",
        (
            "Protesters opposed to the Finance Bill 2024 broke through police lines and stormed "
            "Parliament Buildings in Nairobi on Tuesday, setting part of the building on fire, as "
            "police fired live bullets and tear gas. At least five people were killed, according "
            "to the Kenya National Commission on Human Rights. Running battles spread to Eldoret, "
            "Nakuru and Kisumu. Members of Parliament were evacuated through a tunnel after "
            "voting to pass the Bill. The Nairobi City Hall, across the road, was also set on "
            "fire. The President said in a televised address that the day's events were "
            "treasonous, and the Defence Cabinet Secretary later gazetted the deployment of the "
            "Kenya Defence Forces to support the police."
        ),
        "U",
        "crackdown",
    ),
    (
        "Bandits kill three police officers in Baringo; KDF to join operation",
        (
            "Bandits killed three police officers and injured two others in an ambush at Arabal "
            "in Baringo County on Friday, the Regional Police Commander said. The officers were "
            "on patrol following cattle raids in the area in which two herders were killed last "
            "week. The Interior Cabinet Secretary said the Kenya Defence Forces would join "
            "Operation Maliza Uhalifu in the Kerio Valley."
        ),
        "B M",
        "ambush",
    ),
    (
        "ADF rebels attack school in Kasese; 37 killed",
        (
            "Suspected ADF rebels attacked Lhubiriha Secondary School in Mpondwe, Kasese "
            "District, on Friday night, killing 37 people, most of them students, police said. "
            "Some were burnt in a dormitory and others hacked with machetes. Six students were "
            "abducted and taken towards the border with the Democratic Republic of Congo. The "
            "UPDF said its troops were pursuing the attackers into Virunga National Park."
        ),
        "V T M",
        "school attack",
    ),
    (
        "Riots over NUP candidate's arrest: death toll rises to 37",
        (
            "The death toll from two days of riots that broke out in Kampala and other towns "
            "after the arrest of the National Unity Platform presidential candidate rose to 37 on "
            "Friday, police said. Security forces fired live bullets and tear gas at protesters "
            "who lit bonfires on roads and threw stones. Police said 577 people had been "
            "arrested."
        ),
        "U",
        "riot",
    ),
    (
        "Twin suicide blasts rock Kampala",
        (
            "Two suicide bombers set off explosions near the Central Police Station and on "
            "Parliament Avenue in Kampala on Tuesday morning, killing three people besides the "
            "attackers and injuring 33, police said. The Islamic State group claimed the attacks. "
            "Police said they had foiled a third attack and shot dead a suspect in Nakawa."
        ),
        "E T",
        "suicide bombing",
    ),
    (
        "Fano fighters, ENDF clash in Bahir Dar and Gondar",
        (
            "Heavy fighting broke out between Fano militia fighters and the Ethiopian National "
            "Defence Force in parts of Bahir Dar and Gondar on Thursday, residents said, a day "
            "after the government declared a state of emergency in the Amhara region. Flights to "
            "Lalibela and Gondar were suspended. Residents said they heard gunfire and heavy "
            "weapons through the night."
        ),
        "B",
        "battle",
    ),
    (
        "Aid trucks reach Mekelle after weeks of blockade",
        (
            "A convoy of 50 trucks carrying food and medicine reached Mekelle on Sunday, the "
            "first to arrive in the Tigray region's capital in five weeks, the World Food "
            "Programme said. The UN has warned that hundreds of thousands of people in Tigray "
            "face famine-like conditions because of the war and restrictions on aid. Fuel "
            "shortages have forced aid groups to distribute food on foot."
        ),
        "H",
        "aid convoy",
    ),
    (
        "Hundreds of Amhara civilians killed in Gimbi district",
        (
            "Gunmen killed hundreds of civilians of the Amhara community in Tole kebele of Gimbi "
            "district in western Oromia on Saturday, witnesses and the regional government said. "
            "The government blamed the Oromo Liberation Army, which denied involvement. Survivors "
            "said the attackers set homes on fire, and residents fled to nearby towns."
        ),
        "V D",
        "massacre",
    ),
    (
        "Heavy fighting in Khartoum between army and RSF",
        (
            "Clashes between the Sudanese Armed Forces and the Rapid Support Forces raged for a "
            "third day in Khartoum on Monday, with warplanes striking RSF bases and artillery "
            "fire heard across the city, residents said. The Central Committee of Sudan Doctors "
            "said at least 97 civilians had been killed. Many hospitals in the capital were out "
            "of service, and residents said they were running out of water and food. Thousands of "
            "people streamed out of the capital on foot and in buses towards Wad Madani and the "
            "Egyptian border during a brief lull in the afternoon. The World Food Programme "
            "suspended its operations in the country after three of its staff were killed in "
            "North Darfur."
        ),
        "B E H",
        "battle",
    ),
    (
        "Thousands flee Zamzam camp for Tawila after RSF assault",
        (
            "Thousands of families have fled Zamzam displacement camp near El Fasher for Tawila "
            "after the Rapid Support Forces attacked and seized the camp, aid groups said on "
            "Monday. The UN said more than 400 people, including aid workers, were killed in the "
            "assault. Those arriving in Tawila, many on foot, said fighters had burned shelters "
            "and the camp market. Medical charities in Tawila said they were treating children "
            "with gunshot wounds and severe malnutrition. The UN's humanitarian coordinator said "
            "the camp, which sheltered around half a million people, had been under siege for "
            "months before the assault, and that famine had already been declared there."
        ),
        "V D H",
        "attack on camp",
    ),
    (
        "RSF kills villagers in East Gezira, thousands flee",
        (
            "RSF fighters rampaged through villages in eastern Gezira State over the past week, "
            "killing more than 120 people and looting homes, the Sudan Doctors Network said. Tens "
            "of thousands of residents fled to Kassala and Gedaref. The rampage followed the "
            "defection of an RSF commander from the area to the army."
        ),
        "V D",
        "village raid",
    ),
    (
        "White Army seizes garrison in Nasir; UN helicopter attacked",
        (
            "Armed youth known as the White Army overran the South Sudan People's Defence Forces "
            "garrison in Nasir in Upper Nile State, officials said, and a UN helicopter "
            "evacuating soldiers came under fire on Friday, killing a crew member and a general. "
            "The government responded with air strikes on the area. Thousands of civilians fled "
            "across the border to Ethiopia."
        ),
        "B E D",
        "battle",
    ),
    (
        "Gunmen raid Mpeketoni, kill 48",
        (
            "Gunmen stormed Mpeketoni town in Lamu County on Sunday night, killing at least 48 "
            "people, many of them men dragged from their homes and shot, police said. The "
            "attackers torched hotels, a bank and vehicles. Al-Shabaab claimed the raid."
        ),
        "V T",
        "massacre",
    ),
    (
        "US airstrike kills al-Shabaab fighters near Jilib",
        (
            "US Africa Command said on Sunday it had conducted an airstrike against al-Shabaab "
            "fighters near Jilib in the Middle Juba region at the request of the Somali "
            "government, killing an estimated 30. It said no civilians were injured. Somali "
            "officials said the strike supported an operation by the Danab special forces."
        ),
        "E M",
        "airstrike",
    ),
    (
        "Refugees fleeing Tigray fighting pour into Sudan's Hamdayet",
        (
            "More than 27,000 refugees fleeing fighting in Ethiopia's Tigray region have crossed "
            "into eastern Sudan, arriving at the Hamdayet and Lugdi border points, the UN refugee "
            "agency said. Many arrived with nothing, and some told aid workers they had seen "
            "killings. Sudan's refugee commissioner said the country needed international support "
            "to cope with the influx."
        ),
        "D H",
        "displacement",
    ),
    (
        "Saba Saba protests: 31 killed as police clash with demonstrators",
        (
            "At least 31 people were killed and more than 100 injured during Saba Saba protests "
            "across 17 counties on Monday, the Kenya National Commission on Human Rights said. "
            "Police blocked main roads into Nairobi's CBD and fired tear gas and live bullets, "
            "while groups of youths looted shops and torched vehicles in Kiambu and Kajiado."
        ),
        "U",
        "crackdown",
    ),
    (
        "Shelling hits Las Anod hospital as fighting continues",
        (
            "Heavy shelling hit the general hospital in Las Anod on Tuesday as fighting between "
            "Somaliland forces and SSC-Khaatumo clan militias continued on the outskirts, doctors "
            "said. Medecins Sans Frontieres said it had suspended some activities. Tens of "
            "thousands of people have fled the town to villages and across into Ethiopia."
        ),
        "E B D H",
        "shelling",
    ),
]
