"""dev179 positives (1 of 3): networks, data centres and masts hit in current wars and attacks
(Ukraine, Gaza, Lebanon, Sudan, Somalia, Iran), shutdowns during deadly unrest and air strikes
(Bangladesh, Myanmar, Ethiopia), satellite images of a camp assault (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        (
            "Russian drone strike destroys Kharkiv data centre, knocking a bank and city "
            "services offline"
        ),
        (
            "A Russian attack drone struck a commercial data centre in Kharkiv's Kyivskyi "
            "district overnight, setting off a fire that gutted the building and took dozens of "
            "online services in the city offline, regional governor Oleh Syniehubov said on "
            "Wednesday. Firefighters needed more than six hours to put out the blaze. Two "
            "security guards were injured, one of them seriously, according to the State "
            "Emergency Service. The facility hosted servers for a regional bank, two internet "
            "service providers and the city's electronic queue for public services, its "
            "operator, a Kharkiv-based hosting company, said in a statement on Facebook. Most of "
            "its clients kept backup copies in western Ukraine or abroad, the company added, but "
            "some customers would face outages lasting days. Kharkiv, about 30 kilometres from "
            "the Russian border, has been hit by drones and guided bombs almost every night this "
            "month. Ukrainian firms have spent the past three years moving critical servers out "
            "of frontline cities, and the government has allowed state registries to be stored "
            "in cloud facilities in the European Union since the first weeks of the full-scale "
            'invasion. "We lost the building, not the data," the company\'s technical director '
            "told the Kyiv Independent. Russia did not comment on the strike, which came during "
            "a combined attack in which Russia launched more than 80 drones and several "
            "ballistic missiles at Ukrainian cities overnight, the air force said. In Kharkiv, a "
            "drone also hit a five-storey apartment building in the Saltivskyi district, "
            "injuring four residents, and debris set fire to cars in a courtyard. Local "
            "officials said electricity had been cut to parts of the city's north for several "
            "hours."
        ),
        "E",
        "drone strike",
    ),
    (
        (
            "Two Paltel engineers killed in Gaza while repairing lines as blackout cuts off "
            "emergency calls"
        ),
        (
            "Two engineers from Gaza's main telecommunications company were killed on Sunday "
            "when an Israeli strike hit the area where they were repairing a damaged fibre line "
            "in Khan Younis, the company said, as the territory entered its fifth day without "
            "phone or internet service. Paltel said the crew had been working on a route agreed "
            "with international organisations to reach the cable, which links the south of the "
            "strip to its remaining exchanges. The deaths bring to 14 the number of its staff "
            "killed since the war began, the company said. The Israeli military said it was "
            "looking into the report. The blackout, the longest of the war so far, has left "
            "ambulance crews unable to receive calls, and the Palestine Red Crescent said its "
            "teams were driving toward the sound of explosions to find the wounded. The World "
            "Health Organization and the UN agency for Palestinian refugees said they had lost "
            "contact with staff in the south and could not coordinate the movement of aid trucks "
            "coming through the Rafah crossing. A few residents with eSIM cards from Egyptian "
            "and Israeli networks climbed onto rooftops near the border to pick up a signal and "
            'pass on news. "Every hour without communications costs lives," a Red Crescent '
            "spokesperson said."
        ),
        "E H",
        "airstrike",
    ),
    (
        ("Israeli strike knocks out telecoms hub in south Lebanon as exodus from the border grows"),
        (
            "BEIRUT (Reuters) - An Israeli air strike hit a telecommunications building in the "
            "southern Lebanese town of Nabatieh on Wednesday, cutting landline and internet "
            "service across much of the district, state operator Ogero said. No one was inside "
            "the exchange at the time, Ogero's director general told reporters, because staff "
            "had been withdrawn from the area two weeks earlier. The Israeli military said it "
            "had struck Hezbollah targets in the Nabatieh area but did not refer to the "
            "exchange. Touch and Alfa, Lebanon's two mobile operators, said dozens of their "
            "masts in the south were running on batteries or had been damaged, and technicians "
            "could not safely reach them. The outage comes as tens of thousands of residents of "
            "southern villages have fled north to Sidon, Beirut and the mountains in recent "
            "days, many of them relying on WhatsApp groups to learn which roads are still open. "
            "Lebanon's caretaker telecoms minister said repairing the network would have to wait "
            "for a halt in the fighting. Hezbollah said it had fired rockets at an Israeli army "
            "position across the border in response to the strikes."
        ),
        "E D",
        "airstrike",
    ),
    (
        (
            "Drones hit Port Sudan power station and fuel depots, cutting electricity and "
            "internet in wartime seat of government"
        ),
        (
            "Drones struck Port Sudan's main power substation and the fuel depots near its "
            "airport for a third straight day on Tuesday, plunging the Red Sea city that hosts "
            "Sudan's army-backed government into darkness and cutting mobile internet across "
            "much of the east, residents and officials said. The army blamed the paramilitary "
            "Rapid Support Forces, which have been at war with it since April 2023, and said its "
            "air defences had shot down several of the drones. The RSF did not claim the "
            "attacks. Zain and Sudani, the two main mobile operators, said their networks in the "
            'city were running on generators with diesel for only a few days. "Our hospitals are '
            'working on reserve power and the water stations have stopped," a doctor at Port '
            "Sudan Teaching Hospital told AFP by phone. The United Nations said it had suspended "
            "humanitarian flights into the airport, the main entry point for aid to a country "
            "where half the population faces acute hunger. Port Sudan had been considered the "
            "safest city in the country, and tens of thousands of people displaced from Khartoum "
            "had moved there. Smoke from the burning fuel tanks was visible from ships offshore, "
            "according to images posted online."
        ),
        "E H",
        "drone strike",
    ),
    (
        (
            "Al-Shabaab fighters burn telecom masts in central Somalia after operators defy "
            "shutdown order"
        ),
        (
            "MOGADISHU (Reuters) - Al-Shabaab fighters set fire to at least nine mobile phone "
            "masts in Somalia's Hiiraan and Galgaduud regions over the weekend, cutting service "
            "to several towns after operators refused the group's order to switch off their "
            "networks, officials and residents said. The al Qaeda-linked group had told Hormuud "
            "Telecom and other carriers to shut down mobile data in areas it controls, saying "
            "security forces used phone signals to track its fighters and guide air strikes. "
            '"They came at night with petrol and burned the generators and the equipment at the '
            'base of the towers," an elder in Bulo Burde said. A regional official said the '
            "militants also abducted two employees of a contractor who maintains the masts; "
            "there was no word on their whereabouts. Hormuud, the country's largest operator, "
            "said it was working to restore service but would not put staff at risk. Businesses "
            "in the affected towns rely almost entirely on mobile money, and traders said they "
            "could not pay suppliers or receive remittances from relatives abroad. Al-Shabaab "
            "has previously destroyed masts in the Bay and Lower Shabelle regions."
        ),
        "T V",
        "arson attack",
    ),
    (
        ("Islamic State claims Kerman bombings on Telegram as Iran restricts internet in the city"),
        (
            "Islamic State claimed responsibility on Thursday for the twin explosions that "
            "killed at least 84 people at a memorial for Qassem Soleimani in the Iranian city of "
            "Kerman, in a statement posted on its Telegram channels and attributed to its Amaq "
            "news agency. The group said two of its members had detonated explosive belts in the "
            "crowd of mourners walking to the general's tomb on the fourth anniversary of his "
            "killing by a US drone. Iranian officials had initially blamed Israel and the United "
            "States, which both denied involvement. Researchers who track jihadist propaganda "
            "said the claim carried the hallmarks of earlier ones from Islamic State Khorasan "
            "Province, the group's Afghan branch, including a photograph of the attackers' "
            "weapons. Telegram removed several channels that shared the claim within hours, but "
            "copies circulated on smaller platforms and messaging apps. Internet monitor "
            "NetBlocks reported that mobile data in Kerman province was disrupted on Wednesday "
            "night, and Iranian media said access to some foreign messaging services had been "
            "restricted in the city. Hospitals in Kerman said more than 280 people were being "
            "treated for wounds. Iran declared a national day of mourning."
        ),
        "T E V",
        "bombing",
    ),
    (
        "Bangladesh shuts down the internet as deadly clashes over job quotas spread",
        (
            "Bangladesh cut mobile internet nationwide on Thursday and broadband service began "
            "failing across Dhaka that evening, as clashes between student protesters, police "
            "and members of the ruling party's student wing left dozens dead. Traffic data from "
            "Cloudflare and NetBlocks showed the country's connections falling to almost zero by "
            "night, in what digital rights groups described as one of the most sweeping "
            "shutdowns they had recorded outside a war. Protesters set fire to the headquarters "
            "of state broadcaster BTV and to police posts, while police fired rubber bullets, "
            "tear gas and, according to witnesses, live rounds in several districts. The junior "
            "minister for telecommunications said the mobile shutdown was needed to stop rumours "
            "spreading on Facebook, and later blamed the broadband outage on a fire at a data "
            "centre in Mohakhali. Freelancers and garment exporters said they had been cut off "
            'from clients abroad overnight. "We are blind," a programmer in Dhaka\'s Mirpur '
            "neighbourhood told Rest of World from an office that still had a working line. The "
            "government imposed a curfew on Friday and deployed soldiers on the streets of the "
            "capital. Hospital officials in Dhaka said they had received dozens of people with "
            "gunshot wounds, many of them students. Ride-hailing drivers, food couriers and "
            "online shops that depend on mobile apps said their income had stopped overnight. "
            "The outage also hit the country's mobile financial services, which millions of "
            "garment workers use to send money to their families in villages. The telecoms "
            "regulator did not say when service would be restored."
        ),
        "U",
        "crackdown",
    ),
    (
        "Myanmar junta cuts internet in Sagaing townships before air strikes, residents say",
        (
            "Mobile internet and phone lines went dead across four townships in Myanmar's "
            "Sagaing region on Monday, hours before military jets bombed villages held by "
            "resistance forces, residents and local groups said. At least 11 people were killed "
            "in Kanbalu township when a fighter jet dropped two bombs on a village where "
            "displaced families had been sheltering, a member of the local People's Defence "
            "Force said by satellite phone. Thousands of villagers fled into the forest and "
            "toward the Mu river after the strikes, according to a volunteer group that delivers "
            "food to the area. The junta has shut down connectivity in more than half of the "
            "country's townships since the 2021 coup, according to digital rights researchers, "
            "and the cuts often come before ground offensives. Activists said resistance groups "
            "now rely on Starlink terminals smuggled from Thailand and on long-range Wi-Fi links "
            "between villages, though the military has made possession of such equipment a "
            "criminal offence. A military spokesman did not respond to requests for comment. "
            'State media said security forces had carried out "area clearance operations" '
            'against "terrorists" in Sagaing.'
        ),
        "E D V M",
        "airstrike",
    ),
    (
        "Sudan's phone networks go dark as RSF takes over operators' Khartoum data centres",
        (
            "Sudan's main mobile and internet networks went down across most of the country on "
            "Wednesday after the paramilitary Rapid Support Forces took control of the "
            "operators' data centres in Khartoum, company officials and the country's telecoms "
            "regulator said. MTN Sudan and Sudani said the RSF had forced engineers out of their "
            "facilities in the capital, where the paramilitary group has fought the army street "
            "by street since April 2023. The regulator said the RSF was seeking to cut service "
            "to areas held by the army in the east and north, a claim the group denied; an RSF "
            "adviser blamed the outage on technical failures. Heavy fighting continued around "
            "the army's signals corps base in Bahri, across the Nile from central Khartoum, "
            "residents said. The blackout has cut off access to Bankak, the mobile banking app "
            "that millions of Sudanese use to receive money and buy food, and aid groups said "
            'community kitchens in Omdurman could no longer pay for supplies. "People are '
            'walking for hours to find a place with a signal so they can call their families," a '
            "volunteer with one of the neighbourhood emergency rooms said. Zain's network was "
            "partially restored in Port Sudan late on Thursday."
        ),
        "B H",
        "battle",
    ),
    (
        "Ethiopia blocks internet in Amhara as Fano militia fights army for control of towns",
        (
            "Ethiopian authorities have cut mobile internet across the Amhara region as fighting "
            "between the federal army and the Fano militia spread to the region's largest towns, "
            "residents and rights groups said on Tuesday. Fighters from the militia briefly "
            "seized parts of Gondar and Lalibela over the weekend and clashed with soldiers near "
            "the regional capital Bahir Dar, where gunfire was heard overnight, according to "
            "residents reached by landline. In Finote Selam, a drone strike on the town's main "
            "square killed at least 26 people, a doctor at the local hospital said. The "
            "government declared a six-month state of emergency and said security forces were "
            'restoring "law and order". Access Now said Amhara had now been without mobile data '
            "for most of the past month, following earlier shutdowns in the region and a "
            "two-year blackout in neighbouring Tigray during the war there. Ethio Telecom, the "
            "state operator, did not respond to questions. Banks in Bahir Dar said digital "
            "payments had stopped working and queues had formed outside branches."
        ),
        "B E",
        "battle",
    ),
    (
        ("Satellite images show fires across Zamzam camp after RSF assault, Yale researchers say"),
        (
            "Satellite images taken on Sunday show large areas of the Zamzam displacement camp "
            "in North Darfur burned, with fires still visible in its central market and around a "
            "clinic, researchers at the Yale School of Public Health's Humanitarian Research Lab "
            "said. The images, captured by commercial satellites, also show crowds moving north "
            "out of the camp along the road to Tawila, the lab said in a report. The Rapid "
            "Support Forces said on Saturday they had taken control of Zamzam, which they "
            "described as a base for army-allied fighters. UN officials said more than 100 "
            "civilians had been killed in the assault, including nine aid workers of the medical "
            "charity Relief International, who were killed at their clinic. The International "
            "Organization for Migration said up to 400,000 people had fled the camp in three "
            "days. Zamzam, which sheltered about half a million people, was one of the sites "
            'where famine was confirmed last year. "The scale of the burning is consistent with '
            'deliberate destruction of shelters," the lab said. The RSF denied targeting '
            "civilians and accused the army of staging images to discredit it."
        ),
        "V D H B",
        "camp attack",
    ),
]
