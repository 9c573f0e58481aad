"""dev41 negatives: peace agreements, disarmament and returns after a war ended (no current
violence), mandate renewals, anniversaries and the legacy of past wars (mine clearance,
commemorations, missing persons), and the military without violence (training, exercises,
hospital ships). (title, text, kind code); kind codes in eval/conflictset."""

NEGATIVES = [
    # peace
    (
        "First displaced Tigrayans return to Tselemti under return plan",
        "The first group of about 2,000 people displaced since the war in northern Ethiopia returned to Tselemti district this week under a plan agreed by the federal government and the Tigray interim administration, IOM said. The agency provided transport and return kits. Schools and health posts in the district are being repaired with support from UNICEF.",
        "peace",
    ),
    (
        "Colombian court returns 1,200 hectares to dispossessed families",
        "A land restitution court ordered the return of 1,200 hectares to 80 peasant families in Meta who were dispossessed during Colombia's armed conflict, under the land restitution programme of the peace agreement, the Land Restitution Unit said. Some of the families have lived in Villavicencio for two decades.",
        "peace",
    ),
    (
        "Displaced families head south as Lebanon ceasefire takes effect",
        "Cars loaded with mattresses jammed the coastal highway towards Tyre on Wednesday as displaced families headed home hours after the ceasefire between Israel and Hezbollah took effect, IOM said. Collective shelters in Beirut and Mount Lebanon emptied quickly.",
        "peace",
    ),
    (
        "Last Renamo base closes as disarmament is completed",
        "The disarmament, demobilisation and reintegration of Renamo's former fighters was completed with the closure of its last military base, in Vunduzi, Sofala province, Mozambique's government said. In all, 5,221 former combatants handed in their weapons. Former fighters will receive a monthly pension and training in farming.",
        "peace",
    ),
    (
        "Former MILF combatants receive livelihood packages in Maguindanao",
        "About 2,000 decommissioned combatants of the Moro Islamic Liberation Front received cash and farming tools in Maguindanao under the Bangsamoro normalisation programme, the Office of the Presidential Adviser on Peace said.",
        "peace",
    ),
    (
        "UNHCR: more than 1 million Syrian refugees have returned since December",
        "More than 1 million Syrian refugees have returned home from neighbouring countries since the fall of the Assad government in December, along with about 1.5 million internally displaced people, UNHCR said. Many returnees find their homes damaged and services lacking. UNHCR is providing cash grants and transport to families who choose to return.",
        "peace",
    ),
    (
        "UPC joins disarmament programme in Central African Republic",
        "The UPC, one of the main armed groups in the Central African Republic, formally joined the national disarmament programme at a ceremony in Bangui. The government said 300 of its members would hand over their weapons by the end of the year.",
        "peace",
    ),
    (
        "Nepal commission opens hearings on conflict-era disappearances",
        "Nepal's Commission of Investigation on Enforced Disappeared Persons began public hearings in Kathmandu on cases from the 1996-2006 conflict, and families of about 2,500 missing people have been invited to testify. Victims' groups welcomed the hearings but asked for more protection for witnesses.",
        "peace",
    ),
    (
        "Ethiopia begins demobilising 50,000 former Tigrayan fighters",
        "Ethiopia's National Rehabilitation Commission began demobilising about 50,000 former Tigrayan fighters at camps near Mekelle, providing counselling and a cash grant under the Pretoria peace agreement. The first 371 former fighters, including 50 women, arrived at the Aynalem centre. The programme is funded by the World Bank and European donors.",
        "peace",
    ),
    (
        "Comuneros del Sur destroy explosives as peace process advances",
        "Members of the Comuneros del Sur, a former ELN faction, destroyed 1.5 tonnes of explosives and weapons in Nariño under UN supervision as part of their peace process with the Colombian government.",
        "peace",
    ),
    (
        "Security Council extends UNMISS mandate for a year",
        "The UN Security Council extended the mandate of the UN Mission in South Sudan for another year, keeping its troop ceiling at 17,000 and its priorities of protecting civilians and supporting the peace process.",
        "peace",
    ),
    # history
    (
        "Mozambique marks ten years free of known landmines",
        "Mozambique marked ten years since it was declared free of known landmines, with a ceremony in Maputo attended by deminers from the HALO Trust, which cleared more than 171,000 mines laid during the civil war. Former minefields along the Cahora Bassa power lines are now farmland.",
        "history",
    ),
    (
        "MAG marks 30 years of clearing cluster bombs in Xieng Khouang",
        "The Mines Advisory Group marked 30 years of work in Laos's Xieng Khouang province. Its teams have destroyed more than 300,000 cluster submunitions dropped during the Vietnam War era. Farmland has been returned to hundreds of villages.",
        "history",
    ),
    (
        "Rwanda begins week of mourning for genocide against the Tutsi",
        "KIGALI - Rwanda began a week of national mourning on Monday as President Paul Kagame lit the flame of remembrance at the Kigali Genocide Memorial, 31 years after the killing of more than 800,000 people. Survivors and officials laid wreaths at the memorial, where more than 250,000 victims are buried.",
        "history",
    ),
    (
        "World Humanitarian Day: staff remember Canal Hotel bombing",
        "Staff gathered in Geneva and New York for World Humanitarian Day, which marks the anniversary of the 2003 bombing of the Canal Hotel in Baghdad that killed 22 UN staff, including Sergio Vieira de Mello.",
        "history",
    ),
    (
        "Remains of 14 war victims identified from Prijedor mass grave",
        "Forensic experts in Bosnia identified the remains of 14 people killed in 1992 from a mass grave near Prijedor, the Missing Persons Institute said. Their families will bury them next month.",
        "history",
    ),
    (
        "Mine Ban Treaty marks 25 years in force",
        "Signatories of the Mine Ban Treaty met in Geneva to mark 25 years since it entered into force. They noted that more than 55 million stockpiled anti-personnel mines have been destroyed. In all, 164 states are now party to the treaty. Campaigners urged governments not to leave it.",
        "history",
    ),
    (
        "Khmer Rouge survivors tell their stories to Phnom Penh students",
        "Survivors of the Khmer Rouge regime told their stories to secondary school students in Phnom Penh as part of a programme run by the Documentation Center of Cambodia, which has trained 3,000 teachers in genocide education.",
        "history",
    ),
    (
        "Red Cross tracing reunites siblings separated in Liberia's civil war",
        "A man separated from his family during Liberia's civil war more than 30 years ago was reunited with his sister in Monrovia after a search by the Liberia National Red Cross and the ICRC's tracing service. The two had believed each other dead.",
        "history",
    ),
    # military
    (
        "Military engineers complete humanitarian demining course in Nairobi",
        "Forty military engineers from eight African countries completed a six-week course in humanitarian demining at the International Peace Support Training Centre in Nairobi, with live detection drills on a practice range. The course was funded by Japan.",
        "military",
    ),
    (
        "Cambodian mine experts train Ukrainian sappers in Poland",
        "Cambodian mine clearance experts trained 30 Ukrainian sappers in Poland in the use of detection equipment and manual clearance techniques, the Cambodian Mine Action Centre said.",
        "military",
    ),
    (
        "Hospital ship Comfort docks in Puerto Barrios for 10-day mission",
        "The US Navy hospital ship Comfort docked at Puerto Barrios in Guatemala for a 10-day mission, with military and civilian doctors offering surgery and dental care to about 5,000 patients. It is the ship's third visit to Central America in five years. Patients began queuing at the port before dawn.",
        "military",
    ),
    (
        "NATO civil emergency exercise simulates floods in North Macedonia",
        "More than 1,000 rescuers and soldiers from 30 countries took part in a NATO civil emergency exercise in North Macedonia simulating a chemical accident and floods, the alliance said. Teams practised decontamination and the evacuation of a hospital.",
        "military",
    ),
    (
        "Ghanaian peacekeepers bound for Lebanon finish pre-deployment training",
        "A battalion of 870 Ghanaian troops completed pre-deployment training at Bundase before joining the UN Interim Force in Lebanon, the Ghana Armed Forces said.",
        "military",
    ),
    (
        "Balikatan drills rehearse civilian evacuation after simulated typhoon",
        "Philippine and US troops practised evacuating civilians and delivering aid after a simulated typhoon during the Balikatan exercises, alongside live-fire drills at sea off Zambales.",
        "military",
    ),
    (
        "Moldova's army receives EU-funded mobile field hospitals",
        "Moldova's army received two mobile field hospitals and 40 ambulances under the EU's European Peace Facility, the defence ministry said, for use in emergencies and in peacekeeping training. The equipment includes an operating theatre and an X-ray unit. Army medics will be trained to use it by instructors from Romania.",
        "military",
    ),
    (
        "Indian Air Force and NDRF rehearse flood airdrops in Assam",
        "The Indian Air Force and the National Disaster Response Force held a joint exercise near Guwahati, rehearsing airdrops of food and the evacuation of flood victims by helicopter. Helicopters winched volunteers playing stranded villagers from rooftops.",
        "military",
    ),
]
