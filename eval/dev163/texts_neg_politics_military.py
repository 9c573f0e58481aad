"""dev163 hard negatives: politics (sanctions, a visit, a 'war on corruption', a
condemnation of a non-violent act) and the military without violence (an exercise, procurement,
a commissioning, a test launch, a missile into the sea, recruitment)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Iran: Council lists further individuals and entities over transfers of drones "
        "and missiles to Russia",
        "The Council today decided to impose restrictive measures on an additional six "
        "individuals and three entities in view of Iran's military support to Russia's "
        "war of aggression against Ukraine and to armed groups and entities in the "
        "Middle East and the Red Sea region. Those listed include senior officials of "
        "Iran's Ministry of Defence and Armed Forces Logistics, a shipping company "
        "used to transport unmanned aerial vehicles and ballistic missiles to Russia, "
        "and the director of an aerospace manufacturer. The Council also listed a "
        "company that supplies engine components for Shahed-type drones and the "
        "commander of an Islamic Revolutionary Guard Corps unit responsible for the "
        "transfer of missile technology. The decision was taken in close coordination "
        "with the EU's partners, including the United Kingdom, Canada and the United "
        "States, which have adopted similar measures. Today's listings follow reports "
        "that Iran has delivered close-range ballistic missiles to Russia. The listed "
        "individuals are subject to an asset freeze and a travel ban to the EU, and "
        "the provision of funds or economic resources to them is prohibited. With "
        "today's decision, restrictive measures under this framework now apply to a "
        "total of 87 individuals and 41 entities. The EU reiterates its strong "
        "condemnation of Iran's transfers of UAVs and missiles and calls on Iran to "
        "cease its military support for Russia. The relevant legal acts have been "
        "published in the Official Journal of the EU.",
        "politics",
    ),
    (
        "Treasury Sanctions Sinaloa Cartel-Linked Money Launderers and Fentanyl "
        "Precursor Suppliers",
        "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets "
        "Control (OFAC) sanctioned seven individuals and five Mexico-based companies "
        "that launder proceeds and procure precursor chemicals for the Sinaloa Cartel, "
        "one of the world's most prolific fentanyl trafficking organizations. The "
        "network, based in Culiacán and Guadalajara, used timeshare businesses, "
        "currency exchange houses and a chemical import company to move millions of "
        "dollars in drug proceeds and to source fentanyl precursors from overseas "
        'suppliers. "Treasury will continue to use every tool at our disposal to '
        "disrupt the cartels that are poisoning Americans and to cut off the flow of "
        'their illicit profits," said the Under Secretary for Terrorism and Financial '
        "Intelligence. Today's action was taken in close coordination with the "
        "Government of Mexico's Financial Intelligence Unit and the Drug Enforcement "
        "Administration. As a result of today's action, all property and interests in "
        "property of the designated persons that are in the United States are blocked "
        "and must be reported to OFAC. Financial institutions and other persons that "
        "engage in certain transactions with the designated persons may themselves be "
        "exposed to sanctions. Today's designations build on the whole-of-government "
        "campaign against the fentanyl supply chain.",
        "politics",
    ),
    (
        "Joint Statement on the official visit of the Prime Minister of Pakistan to "
        "the Kingdom of Saudi Arabia",
        "At the invitation of His Royal Highness the Crown Prince and Prime Minister "
        "of the Kingdom of Saudi Arabia, the Prime Minister of the Islamic Republic of "
        "Pakistan paid an official visit to the Kingdom from 7 to 9 April 2024. The "
        "two sides held official talks in Makkah in a cordial and brotherly "
        "atmosphere, reflecting the deep-rooted historical ties between the two "
        "countries. They agreed to accelerate the first wave of Saudi investments in "
        "Pakistan, amounting to US$5 billion, and to expedite targeted projects in "
        "mining, energy, agriculture and information technology. Both sides reaffirmed "
        "their commitment to strengthening defence and security cooperation, including "
        "joint training, and to working together in the fight against terrorism and "
        "extremism in all its forms. The two sides signed memoranda of understanding "
        "on cooperation in energy, information technology, tourism and the transfer of "
        "sentenced persons. They also agreed to establish a joint business council and "
        "to hold the next session of the Saudi-Pakistani Supreme Coordination Council "
        "in Islamabad before the end of the year. The Prime Minister performed Umrah "
        "and prayed for the progress and prosperity of the two countries. The "
        "Pakistani side expressed its appreciation for the Kingdom's support through "
        "deposits with the State Bank of Pakistan and the deferred payment facility "
        "for oil. The two sides also discussed regional and international developments "
        "and stressed the importance of dialogue and diplomacy in resolving disputes. "
        "At the conclusion of the visit, the Prime Minister thanked the Crown Prince "
        "for the warm welcome and hospitality extended to him and his delegation.",
        "politics",
    ),
    (
        "State House: President directs investigative agencies to intensify the war on corruption",
        "The President has directed all investigative and prosecutorial agencies to "
        "intensify the war on corruption and to fast-track the recovery of public "
        "assets stolen from county and national governments. Speaking during a meeting "
        "with the heads of the Ethics and Anti-Corruption Commission, the Directorate "
        "of Criminal Investigations and the Office of the Director of Public "
        "Prosecutions at State House, the President said that no official, however "
        "senior, would be shielded from investigation. He said the Government had "
        'declared total war on graft and would no longer tolerate "the attack on '
        'public resources by cartels in procurement departments". The President '
        "announced that lifestyle audits would be extended to all accounting officers "
        "in ministries and state corporations within the next three months. He also "
        "directed the National Treasury to roll out a digital procurement system for "
        "all public entities by the start of the next financial year. The heads of "
        "agencies briefed the President on the status of high-profile cases, including "
        "46 that are ready for prosecution. The State House Spokesperson said the "
        "campaign would be backed by additional funding in the supplementary budget.",
        "politics",
    ),
    (
        "Ministry of Foreign Affairs strongly condemns the desecration of the Holy "
        "Quran in Stockholm",
        "The Ministry of Foreign Affairs strongly condemns the burning of a copy of "
        "the Holy Quran outside a mosque in Stockholm on the first day of Eid al-Adha. "
        "This heinous act, carried out under the pretext of freedom of expression, "
        "deeply offends the feelings of nearly two billion Muslims around the world "
        "and fuels hatred, Islamophobia and intolerance. The Ministry has summoned the "
        "Chargé d'affaires of the Kingdom of Sweden and handed over a note of protest, "
        "conveying the strong rejection of the Government and people of the country. "
        "The Ministry calls on the Swedish authorities to take the necessary measures "
        "to prevent the recurrence of such provocative acts, which cannot be justified "
        "under any circumstances. Freedom of expression carries responsibilities and "
        "must not be used as a cover for incitement to religious hatred. The Ministry "
        "affirms the importance of promoting the values of dialogue, tolerance and "
        "mutual respect among peoples and religions. The country will raise the issue "
        "at the Organisation of Islamic Cooperation and at the Human Rights Council.",
        "politics",
    ),
    (
        "Balikatan 2024 exercise opens with more than 16,000 Filipino and American troops",
        "The Armed Forces of the Philippines (AFP) and the United States military "
        "formally opened the 39th iteration of Exercise Balikatan at Camp Aguinaldo on "
        "Monday, with more than 16,000 troops taking part. For the first time, the "
        "exercise will be conducted beyond the Philippines' territorial waters, with "
        "maritime drills planned in the West Philippine Sea and the Luzon Strait. "
        "Australian and French forces will also take part, while observers from 14 "
        "countries will follow the drills. Highlights of the exercise include a "
        "maritime strike in which a decommissioned vessel will be sunk with live fire, "
        "integrated air and missile defence drills, and amphibious landings in Palawan "
        "and the Batanes islands. The US Army will bring High Mobility Artillery "
        "Rocket Systems and a mid-range missile system to northern Luzon for the "
        "exercise, a deployment criticised by China's foreign ministry. Some 250 "
        "Filipino and American medical personnel will also hold a mass casualty drill "
        "in Ilocos Norte. The AFP Chief of Staff said that the drills were not "
        "directed at any country but aimed to enhance the interoperability of the two "
        "allies and their readiness to respond to contingencies, including natural "
        "disasters. Humanitarian civic assistance projects, including the construction "
        "of two school buildings and medical missions, will also be carried out in "
        "host communities. The exercise will run until 10 May.",
        "military",
    ),
    (
        "Ministry of National Defence signs contract for 96 Apache attack helicopters",
        "The Ministry of National Defence today signed an agreement with the United "
        "States Government for the purchase of 96 AH-64E Apache attack helicopters, "
        "together with a training and logistics package, at a ceremony at the 1st "
        "Aviation Brigade base in Inowrocław. The contract, worth around US$10 "
        "billion, is the largest in the history of the Polish Armed Forces' aviation "
        "and will allow the replacement of the Mi-24 helicopters in service since the "
        "1970s. The first helicopters are expected to be delivered in 2028, while "
        "Polish crews will begin training on Apaches leased from the US Army as early "
        "as next year. The agreement includes Hellfire and JAGM missiles and offset "
        "arrangements for Polish defence companies, which will service the aircraft "
        'and their engines. "This is another step in building one of the strongest '
        'land forces in Europe," the Deputy Prime Minister and Minister of National '
        "Defence said. The Ministry said the purchase would be financed from the Armed "
        "Forces Support Fund and long-term loans. The helicopters will equip three "
        "regiments of the army's aviation, including a new unit in the east of the "
        "country.",
        "military",
    ),
    (
        "Nigerian Navy commissions two new offshore patrol vessels to boost maritime security",
        "The Chief of the Naval Staff on Thursday commissioned two new offshore patrol "
        "vessels, NNS Ekulu and NNS Ogun Bay, at the Naval Dockyard in Victoria "
        "Island, Lagos, in a ceremony attended by service chiefs, diplomats and "
        "shipbuilding executives. The 76-metre vessels, built in the Netherlands, are "
        "equipped with a 30mm gun, a helicopter deck and fast interceptor boats, and "
        "can stay at sea for up to 21 days. The Chief of the Naval Staff said the "
        "ships would strengthen the Navy's capacity to fight crude oil theft, piracy "
        "and illegal fishing in the Gulf of Guinea and to protect Nigeria's exclusive "
        "economic zone. He said the Navy had recorded a sharp fall in piracy incidents "
        "in Nigerian waters as a result of sustained patrols and regional cooperation. "
        "The commissioning was marked by the traditional breaking of a bottle against "
        "the hull and a sail-past by other ships of the Western Naval Command. The two "
        "vessels will be deployed to the Eastern and Central Naval Commands next month "
        "after sea trials with their new crews.",
        "military",
    ),
    (
        "ISPR: Pakistan conducts successful training launch of Fatah-II guided rocket system",
        "RAWALPINDI: Pakistan today conducted a successful training launch of the "
        "indigenously developed Fatah-II guided multi-launch rocket system, capable of "
        "engaging targets at ranges of up to 400 kilometres, the ISPR said. The "
        "training launch was aimed at validating various technical parameters, "
        "including the advanced navigation system, survivability and pinpoint accuracy "
        "of the system. The launch was witnessed by senior officers of the Pakistan "
        "Army, as well as scientists and engineers of strategic organisations. The "
        "weapon system is equipped with state-of-the-art avionics and a unique "
        "trajectory that enables it to evade modern missile defence systems. The "
        "Chairman Joint Chiefs of Staff Committee and the services chiefs "
        "congratulated the scientists and engineers on the achievement. The President "
        "and the Prime Minister also lauded the professional competence of the troops "
        "and the scientists, saying the system would further strengthen the country's "
        "conventional capability.",
        "military",
    ),
    (
        "Statement by the Ministry of Foreign Affairs of Japan on the ballistic "
        "missile launch by North Korea",
        "On 18 December, at around 08:24, North Korea launched one ballistic missile "
        "of ICBM class from the vicinity of Pyongyang towards the northeast. The "
        "missile flew for about 73 minutes and is estimated to have fallen outside "
        "Japan's exclusive economic zone, approximately 250 kilometres west of "
        "Okushiri Island in Hokkaido. There have been no reports of damage to aircraft "
        "or vessels. This launch, following the launch of a short-range ballistic "
        "missile the previous day, is a clear violation of relevant Security Council "
        "resolutions and threatens the peace and security of Japan, the region and the "
        "international community. The Government of Japan has lodged a strong protest "
        "and strongly condemned North Korea through diplomatic channels in Beijing. "
        "Japan will continue to work closely with the United States, the Republic of "
        "Korea and other countries concerned, and will take all possible measures to "
        "protect the lives and property of the Japanese people. The Minister for "
        "Foreign Affairs held telephone talks with her counterparts in Washington and "
        "Seoul this morning.",
        "military",
    ),
    (
        "British Army launches new recruitment campaign aimed at school leavers and "
        "career changers",
        'The British Army has today launched its new recruitment campaign, "Belong: '
        'Find Where You Fit", which will run across television, cinema, social media '
        "and gaming platforms for the next six months. The campaign features serving "
        "soldiers talking about the friendships, skills and qualifications they have "
        "gained, from engineers and chefs to drone pilots and medics. It follows "
        "changes to the application process, which has been shortened so that most "
        "candidates receive a conditional offer within 30 days. The Army is seeking to "
        "recruit around 9,800 regular soldiers and officers this year, and a further "
        "4,000 reservists. A new online assessment tool also allows applicants with "
        "minor medical conditions, such as childhood asthma or eczema, to have their "
        'cases reviewed more quickly. "We are looking for people who want to be part '
        'of a team and to do something that matters," said the Director of '
        "Recruiting. Regional recruitment events will take place in 40 towns and "
        "cities across the United Kingdom in the coming weeks.",
        "military",
    ),
]
