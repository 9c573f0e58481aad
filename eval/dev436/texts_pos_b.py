"""dev436 positives, Gaza and the West Bank as the Egyptian and Jordanian papers report them, and
Jordan's borders, attacks and protests (the Jordan Times, Roya News, Ahram Online, Daily News
Egypt, Egypt Independent, Mada Masr). (title, text, tag codes, kind); the text is written wrapped
and joined with single spaces."""

_RAW = [
    (
        "Israeli strikes flatten blocks in Jabalia camp, Gaza health ministry says dozens killed",
        """Israeli air strikes flattened a residential block in the Jabalia refugee camp in northern Gaza
        on Tuesday, killing dozens of people and leaving many more under the rubble, the Gaza health
        ministry and civil defence said. Footage aired by Arab channels showed residents digging with
        their hands through a crater surrounded by collapsed buildings, as the wounded were carried to
        the Indonesian Hospital nearby. The hospital's director said it had received at least 120
        bodies by the evening, many of them women and children, and that the wards were "beyond full".
        The Israeli army said the strike had targeted a Hamas commander and tunnels beneath the area.
        Jabalia, home to more than 100,000 registered refugees before the war, is one of the most
        densely populated places in the Strip. Egypt's foreign ministry condemned the strike "in the
        strongest terms", calling it a flagrant violation of international law targeting unarmed
        civilians. Communications in northern Gaza were cut for several hours during the night,
        hampering rescue work, the Palestinian Red Crescent said. Cairo repeated its call for an
        immediate ceasefire and unimpeded humanitarian access.""",
        "E V H",
        "airstrike",
    ),
    (
        "Fire sweeps tents after strike on displacement camp in Rafah's Tal al-Sultan",
        """An Israeli strike on a camp for displaced people in the Tal al-Sultan area of western Rafah
        on Sunday night set tents ablaze and killed at least 45 people, Gaza's health ministry said, in
        an attack that drew condemnation from Cairo and across the region. Witnesses said the fire
        spread quickly through plastic and fabric shelters packed together near a UN logistics base,
        where families who had fled fighting in the east of the city had been sleeping. "We pulled
        children out of the burning tents with our bare hands," a volunteer paramedic said in a video
        posted online. The Palestinian Red Crescent said the area had been designated a humanitarian
        zone by the Israeli army. The Israeli army said it had struck a compound used by Hamas and was
        reviewing reports of civilian casualties. Egypt's foreign ministry described the strike as a
        "deliberate targeting of defenceless displaced people" and urged the Security Council to act.
        Hospitals in Rafah, several of which have shut, struggled to cope with the burns. Many families started moving west towards Al-Mawasi on Monday morning, carrying what they could
        salvage on donkey carts. Israeli tanks had pushed into the centre of Rafah earlier in the month
        despite warnings from Egypt and the United States. The UN said around a million people had
        fled the city since the start of the offensive. In Cairo, the Egyptian parliament held a
        minute's silence for the victims.""",
        "E V D H",
        "airstrike",
    ),
    (
        "Israeli forces push into Jenin camp as residents ordered out of homes",
        """Israeli forces pushed deeper into the Jenin refugee camp on Wednesday in a widening operation
        in the northern West Bank, with bulldozers tearing up streets and drones flying low over the
        alleys, Roya News' correspondent reported. The Palestinian health ministry said 10 people had
        been killed since the operation began on Tuesday and more than 40 wounded, while the Israeli
        army said its troops had killed several gunmen and struck armed cells from the air. Armed
        residents exchanged fire with soldiers around the camp's Hawashin neighbourhood, witnesses
        said. Loudspeakers on military jeeps ordered families to leave, and hundreds of people walked
        out carrying bags towards the nearby villages of Burqin and Kafr Dan. "They gave us minutes,
        then the soldiers came in and took the roof," said a woman who left with her four children.
        The governor of Jenin said electricity and water had been cut to most of the camp. The Israeli
        defence minister said the operation, which the army calls Iron Wall, would continue for as
        long as needed. Jordan's foreign ministry condemned the assault and warned of its consequences for the whole
        region. Palestinian Authority security forces had themselves spent six weeks besieging the
        camp in December in a campaign against the same armed groups. Medics said ambulances were
        being held at checkpoints at the entrances to the city for hours. The Jenin Governmental
        Hospital said it was treating the wounded with dwindling supplies. Schools in the city were
        closed, and shops on the main street shut their shutters by noon.""",
        "M B E D H",
        "raid",
    ),
    (
        "Settlers set homes and cars alight in Huwwara after West Bank shooting",
        """Hundreds of Israeli settlers rampaged through the town of Huwwara and nearby villages south of
        Nablus on Sunday night, setting fire to dozens of houses and cars, hours after two settlers
        were shot dead nearby, Palestinian officials and witnesses said. The Palestinian health
        ministry said a 37-year-old man was killed by gunfire in the neighbouring village of
        Za'atara, and the Red Crescent said it had treated around 100 people, mostly for tear gas
        inhalation and injuries from stones and iron bars. Residents said they barricaded themselves
        inside their homes as settlers hurled firebombs through windows. "They burned the ground floor
        while we were upstairs with the children," said one Huwwara resident. Israeli soldiers
        deployed in the area did not stop the attacks, witnesses said. Jordan's foreign ministry
        condemned the "terrorist attacks by settlers" and held Israel responsible, only hours after
        Israeli and Palestinian officials had met in Aqaba to discuss calming tensions. The Israeli
        army said it had sent reinforcements and arrested several people.""",
        "V",
        "settler_attack",
    ),
    (
        "Aid trucks stuck at Rafah for weeks as famine confirmed in Gaza City",
        """Hundreds of trucks loaded with flour, medicine and baby formula are lined up on the Egyptian
        side of the Rafah crossing and along the road to El-Arish, waiting for permission to enter
        Gaza, drivers and Egyptian Red Crescent officials said on Friday. The global hunger monitor
        confirmed on Friday that famine conditions were present in Gaza City and warned that they
        could spread south within weeks unless large amounts of aid got in. Some drivers said they had
        been waiting for more than three weeks, sleeping in their cabs while food in the trailers
        spoiled. "We are told every morning that today we will go in," one driver from Beni Suef told
        Egypt Independent. Officials at the Red Crescent said only a fraction of the trucks had been
        cleared through Kerem Shalom, where Israeli inspectors check cargo. Gaza's health ministry
        said several more people, including children, had died of malnutrition in the past day. The
        Egyptian foreign ministry said Israel was using starvation as a weapon of war. UN agencies say
        at least 600 trucks a day are needed.""",
        "H",
        "aid_blockage",
    ),
    (
        "Wounded from Khan Younis arrive in El-Arish as bombardment continues",
        """A convoy of ambulances carrying 38 wounded Palestinians and their companions crossed the Rafah
        border on Tuesday and reached the El-Arish General Hospital, where doctors said most had
        shrapnel and burn injuries from the bombardment of Khan Younis. Staff at the hospital told Mada
        Masr that more than half of the new arrivals were children and that several needed
        amputations. The transfers came as Israeli tanks and aircraft kept up their assault on Khan
        Younis, where the Nasser Medical Complex has been almost cut off and its generators are running
        low on fuel, according to the Gaza health ministry. An Egyptian doctor said some patients had
        waited weeks for their names to be approved for evacuation. "One boy asked me if his mother
        had come too; she had not survived," the doctor said. The health ministry in Cairo said
        Egyptian hospitals had received more than 1,500 wounded and sick Palestinians since the war
        began, and that field hospitals had been set up in Sheikh Zuweid. Relatives waiting at the
        hospital gate said they had no news of family members still in Khan Younis.""",
        "H E",
        "medical_evacuation",
    ),
    (
        "Gunmen holed up in Karak castle kill seven police and a Canadian tourist",
        """Gunmen who had taken refuge in the Crusader castle of Karak killed seven members of the
        security forces, two Jordanian civilians and a Canadian tourist on Sunday, before security
        forces stormed the building and killed four of the attackers, the Public Security Department
        said. The attack began when the men opened fire on a police patrol responding to a report of a
        fire at a house in the nearby town of Qatraneh, then moved to Karak and fired on the police
        station and passers-by before fleeing into the castle. Dozens of tourists and locals who were
        visiting the castle were trapped inside for several hours until security forces evacuated
        them, witnesses said. At least 34 people were wounded, according to the health ministry.
        Police found suicide belts, automatic weapons and ammunition in the house in Qatraneh, the
        statement added. The government described the attackers as "outlaws and terrorists" and said
        an operation was under way to track down suspected accomplices. Karak residents gathered outside the hospital to donate blood. Among the dead was a
        62-year-old Canadian woman visiting the castle with her husband, the Canadian government
        confirmed. Hours after the siege ended, police said they were still searching the castle
        grounds and nearby caves for a possible fifth gunman. The Islamic State group claimed the attack
        on Tuesday through its Amaq news agency. It was the deadliest attack in Jordan since the 2005
        hotel bombings in Amman.""",
        "T B V",
        "attack",
    ),
    (
        "Car bomb kills seven soldiers at Rukban border post near Syrian refugee camp",
        """Seven members of the Jordanian armed forces were killed and 13 wounded on Tuesday when a car
        bomb exploded at a military post near the Rukban camp on the border with Syria, the army said.
        The vehicle approached from the direction of the camp, where tens of thousands of Syrians are
        stranded, and blew up near a facility used to provide services to refugees, according to an
        army statement carried by the Petra news agency. Government spokesman Mohammad Momani called it
        "a cowardly terrorist attack" and said the kingdom would respond with an iron fist. Hours
        later the army declared the northern and north-eastern borders closed military zones and
        suspended the entry of refugees and aid through Rukban and Hadalat. Aid agencies said the
        closure would leave families in the desert camp without deliveries of water and food. No group
        immediately claimed the attack, but security sources said the car had come from territory
        where the Islamic State group is active. King Abdullah visited the wounded at the King Hussein
        Medical Centre.""",
        "T E D H",
        "bombing",
    ),
    (
        "Army kills 27 armed smugglers in clash on Syrian border",
        """The Jordanian army said on Thursday that it had killed 27 smugglers and wounded others in a
        clash on the border with Syria, as armed gangs backed by militias tried to push large
        amounts of drugs into the kingdom under cover of a snowstorm. A source in the General Command
        said the smugglers opened fire on border guards at several points in the eastern military
        zone before dawn, and that troops responded under the new rules of engagement, which allow them
        to use lethal force. Others fled back into Syrian territory, the source said. Soldiers seized
        large quantities of hashish and Captagon pills and several weapons at the scene, according to
        the statement carried by the Jordan News Agency. The clash came days after an army officer
        was killed and three soldiers wounded in a firefight with smugglers. Army officials say drug
        networks on the Syrian side have become better armed and organised, using drones and
        reconnaissance teams. Residents of Ruwaished said they heard heavy gunfire for much of the
        night.""",
        "B",
        "clash",
    ),
    (
        "Soldier killed in 14-hour battle with armed smugglers on northern frontier",
        """A Jordanian soldier was killed and another seriously wounded in a gunfight with armed groups
        trying to smuggle weapons and drugs across the border from Syria that lasted 14 hours, the army
        said on Monday. The General Command said troops, backed by rapid reaction units, clashed with
        several armed groups who crossed at multiple points along the northern frontier, killing some
        of them and arresting nine. Soldiers seized anti-tank rockets, rocket-propelled grenades,
        automatic rifles and large amounts of narcotics, the statement added. It described the
        smugglers as militias and said they had increased in number and weapons in recent months. The
        soldier, a sergeant from Mafraq, was buried in his home town on Tuesday in a military funeral
        attended by hundreds. Jordan has repeatedly accused Iran-backed groups operating in southern
        Syria of running the drug trade. "This is no longer smuggling; it is war on our border," a
        retired general told Roya News.""",
        "B",
        "clash",
    ),
    (
        "Drone attack kills three US soldiers at base near Jordan-Syria border",
        """Three US soldiers were killed and more than 30 wounded when a drone struck a small base in
        north-eastern Jordan near the border with Syria on Sunday, the US military said. President
        Joe Biden blamed Iran-backed militant groups operating in Syria and Iraq and vowed that the
        United States would respond. The Jordanian government spokesman said the attack targeted a
        facility on the Syrian side of the border and not Jordanian territory, a statement that US
        officials contradicted within hours. The base, known as Tower 22, sits near the Rukban camp
        and the US garrison at al-Tanf. The Islamic Resistance in Iraq, an umbrella of armed groups,
        had claimed several drone attacks on US forces in the region that day. Jordan "condemned the
        terrorist attack" and said it was cooperating with Washington to secure its borders. It was
        the first time US troops were killed by enemy fire in the region since the war in Gaza began.
        Residents of Ruwaished said they had not heard the blast.""",
        "E T",
        "drone_strike",
    ),
    (
        "Missile debris falls on Amman and Irbid as Jordan intercepts flying objects",
        """Debris from missiles and drones intercepted over Jordan fell on several areas of the kingdom
        overnight, damaging homes and cars and lightly injuring a number of people, the government
        said on Sunday. Jordan's air force shot down flying objects that entered its airspace during
        Iran's attack on Israel and would do so again to protect the lives of citizens, the
        government spokesman said. Residents of Amman said they heard loud explosions and saw bright
        streaks in the sky shortly after midnight, while videos showed a burning fragment in a street
        in Irbid. The civil defence directorate said it had received dozens of reports of falling
        objects and that its teams had dealt with them. Airspace was closed for several hours and
        flights to Queen Alia International Airport were diverted. "The whole building shook," said a
        shopkeeper in the capital's Marka district. Schools opened as normal on Sunday. Iran said its
        barrage of more than 300 drones and missiles was a response to the strike on its consulate in
        Damascus.""",
        "E",
        "missile_attack",
    ),
    (
        "Police beat back protesters near Israeli embassy in Rabieh; dozens detained",
        """Riot police used batons and pepper spray to disperse thousands of protesters trying to march
        on the Israeli embassy in Amman's Rabieh district late on Sunday, the fifth consecutive night
        of demonstrations against the war in Gaza, witnesses said. Video posted online showed officers
        dragging young men into police vans and protesters throwing plastic bottles and stones at the
        security cordon. The Public Security Directorate said some protesters had attacked officers and
        damaged public property and that several policemen were injured. Activists said at least 40
        people had been detained, including women, and that many were released before dawn. "We came
        to say that the embassy must close," said a university student who said he had been hit on the
        shoulder. Government spokesman Muhannad Mubaideen said the right to protest was guaranteed but
        that attempts to "sow chaos" would not be tolerated. The Islamic Action Front called for the
        release of all detainees. Protests near the embassy, which has been empty since October, have been held almost nightly.
        Shops on the street leading to the embassy have closed early for days, their owners said.
        On Monday morning, burned tyres and broken glass still lay on the pavement near the Kalouti
        mosque, where most of the protesters gather.""",
        "U",
        "crackdown",
    ),
    (
        "Four security personnel killed in Salt raid after Fuheis festival bomb",
        """Four members of the security forces were killed and 16 wounded on Saturday during a raid on a
        building in the city of Salt where suspects in a bomb attack on a police car had holed up, the
        government said. The militants blew up the building as troops approached, causing part of it to
        collapse on members of the security forces, and three of them were killed in the exchange of
        fire, government spokeswoman Jumana Ghunaimat said. Five suspects were arrested. On Friday
        night, a home-made bomb placed under a police patrol car guarding a music festival in the
        mainly Christian town of Fuheis exploded, killing a police sergeant and wounding six other
        officers. Security sources said the cell had been planning further attacks on security
        installations and "vital targets". The festival, one of the country's oldest, was cancelled
        for the rest of the week. Residents of Salt's Nuqb al-Dabour area said they were woken by a huge
        blast and gunfire that continued for hours. King Abdullah vowed that Jordan would hit back at
        anyone who threatened its security.""",
        "T E B",
        "attack",
    ),
    (
        "Jordanian air strikes on drug dealers' homes in Syria's Sweida kill 10",
        """Air strikes believed to have been carried out by Jordan hit several houses in Syria's
        southern Sweida province overnight, killing at least 10 people, among them women and two
        children, local activists and a war monitor said. The Sweida 24 news network said the jets hit
        homes in the towns of Arman and Malah, near the Jordanian border, that it said belonged to
        people linked to drug smuggling networks. Jordan's army did not comment on the strikes, but
        officials have said in recent weeks that the kingdom would use force beyond its borders to
        stop what they describe as armed militias trafficking weapons and Captagon. A source close to
        the government told the Jordan Times the country was "defending its national security". Druze
        leaders in Sweida condemned the raids and demanded an inquiry into the civilian deaths. The
        strikes followed a series of deadly clashes between the Jordanian army and armed smugglers in
        December. Syria's foreign ministry in Damascus said it regretted the attacks.""",
        "E M",
        "airstrike",
    ),
    (
        "Families camp near Jordan border as fighting rages in Sweida",
        """Hundreds of families from villages in western Sweida have fled towards the Jordanian border to
        escape fighting between Druze armed factions and Bedouin tribal fighters backed by Syrian
        government forces, local sources told the Jordan Times on Wednesday. The clashes, which began
        after a wave of kidnappings on the Damascus-Sweida road, have killed hundreds of people over
        the past week, according to the Syrian Observatory for Human Rights, and Israeli jets have
        struck government forces in the province. Jordan's army said it had raised its state of
        readiness along the northern frontier and that no one had been allowed to cross. Displaced
        families are sheltering in olive groves and schools in villages near the border with little
        water, according to a doctor who was in contact with them. "There are children here who have
        not eaten properly for days," he said. The Jordanian foreign ministry said Amman was in contact
        with Damascus and Washington to reach a ceasefire. Aid agencies said roads into the province
        had been cut.""",
        "B E D H",
        "battle",
    ),
]

POSITIVES = [(title, " ".join(text.split()), tags, kind) for title, text, tags, kind in _RAW]
