"""dev402 positives, part A: evacuations of Greek and Cypriot nationals, the Red Sea and
Aspides, and wars abroad that reached Greeks and Cypriots (title, text, tag codes, kind)."""


def t(s: str) -> str:
    return " ".join(s.split())


POSITIVES = [
    (
        "Air force C-130 brings 61 Greeks and Cypriots home from Beirut as Israeli strikes widen",
        t("""A Hellenic Air Force C-130 landed at Elefsina air base shortly after midnight on
        Thursday carrying 61 people evacuated from Lebanon, most of them Greek nationals and a
        smaller group of Cypriots, as Israeli air strikes on Beirut's southern suburbs continued
        for a ninth straight night. The flight was the second organised by the Foreign Ministry
        since the escalation began, and officials said a third could follow at the weekend if
        Beirut's airport stays open. Among the passengers were families with young children, two
        elderly women from the Greek Orthodox community of Achrafieh and a group of engineers
        employed by a Greek construction firm in the south. "We slept in the corridor for four
        nights, because the windows shook with every explosion," one woman told ERT in the
        arrivals hall. The ministry said about 400 Greek citizens remain registered with the
        embassy in Beirut, and it urged them to leave by any commercial means still available.
        According to Lebanese health authorities, strikes across the country killed more than 50
        people on Wednesday alone.
        """),
        "D E",
        "evacuation",
    ),
    (
        "Larnaca's Estia centre fills up as evacuation ships arrive from Lebanon",
        t("""Two chartered ships carrying some 900 foreign nationals evacuated from Beirut docked
        at Larnaca port on Saturday, the largest single arrival since Cyprus activated its Estia
        plan at the start of the month. Civil defence volunteers and Red Cross staff met the
        passengers on the quay with water, blankets and hygiene kits before buses took them to
        the reception centre at the Larnaca fairground. Most of those on board were Europeans,
        Canadians and Australians who had been unable to find seats on the few commercial flights
        still leaving Beirut as Israeli strikes pounded the capital's southern suburbs and the
        Bekaa valley. Foreign Minister Constantinos Kombos said Cyprus had so far processed about
        2,300 evacuees and that their average stay on the island was under 36 hours. A French
        family of five said they had fled their flat near the airport road with one suitcase
        each. "We heard the jets over the sea every night, and on Thursday the building next door
        was hit," the father told Philenews. The government said it stood ready to double
        capacity if the fighting spread further north.
        """),
        "D H",
        "evacuation",
    ),
    (
        "Greek pilgrims stranded in Israel fly home on military aircraft after Hamas assault",
        t("""Some 150 Greek pilgrims who had been stranded in Israel and the West Bank since
        Saturday's Hamas assault landed at Elefsina on Tuesday aboard two Hellenic Air Force
        C-130s and an Embraer, the Foreign Ministry said. Many had been visiting holy sites in
        Jerusalem and Bethlehem when sirens sounded across the country and rockets fired from
        Gaza began falling on towns in the south and centre. "We spent the first night in the
        hotel basement, listening to the interceptions," said a priest from Larissa who led a
        group of 42 parishioners. The evacuees were taken by bus to Tel Aviv under police escort
        before boarding at Ben Gurion airport. Foreign Minister Giorgos Gerapetritis said another
        flight was being planned for the roughly 300 Greeks still asking for help to leave, among
        them students and seafarers. Israeli officials say more than 1,000 people were killed in
        the attack on southern Israel, and the Israeli army has begun heavy air strikes on the
        Gaza Strip. Cyprus has separately brought home 31 of its nationals through Larnaca.
        """),
        "D E",
        "evacuation",
    ),
    (
        "Cypriots and Greeks leave Israel by sea for Limassol as missile exchanges keep airports shut",
        t("""The first of three passenger vessels chartered to bring people out of Israel docked
        in Limassol on Wednesday morning with 216 passengers, among them 38 Cypriots and 51
        Greeks, as Israel's airspace remained closed for a sixth day amid the exchange of missile
        fire with Iran. Passengers described nights spent in stairwells and public shelters in
        Tel Aviv and Haifa while sirens sounded again and again. A Greek student at the Technion
        said a missile had struck a few streets from her dormitory on Sunday, shattering windows
        across the block. The Cypriot foreign ministry said it was coordinating with Athens, and
        that Greek nationals would be flown on from Larnaca at no cost. Another group of about
        seventy Greeks crossed by road into Egypt at Taba and were expected to fly home from Sharm
        el-Sheikh. Israeli authorities say Iranian missiles have killed at least 24 people since
        the hostilities began, while Iran reports hundreds of dead from Israeli air strikes.
        Officials in Nicosia stressed that Cyprus was not a party to the conflict and would serve
        only as a humanitarian and consular hub.
        """),
        "D E",
        "evacuation",
    ),
    (
        "Greeks escape Khartoum by air and road as army and RSF fight on",
        t("""Greek citizens trapped for more than a week in Khartoum by fighting between Sudan's
        army and the paramilitary Rapid Support Forces were evacuated on Tuesday, the Foreign
        Ministry announced, in an operation that combined French and Hellenic Air Force flights.
        A first group of 39 people, including members of the small Greek community that has
        lived in Sudan for generations, was flown from an airfield outside the capital to
        Djibouti, where a C-130 was waiting to bring them to Athens. A second group left by road
        in a convoy towards Port Sudan. Witnesses told ERT that the convoy passed burned-out
        vehicles and checkpoints manned by armed men, and that heavy gunfire could be heard near
        the airport as they left. A priest of the Greek Orthodox church in Khartoum, who had
        sheltered families in the church compound, said some had run out of drinking water
        before they could get away. According to the World Health Organization, more than 400
        people have been killed since the fighting broke out on April 15. Ministry officials said
        they were still in contact with about 20 Greeks who had chosen to stay.
        """),
        "D B",
        "evacuation",
    ),
    (
        "Greek citizens and their Palestinian relatives cross Rafah into Egypt after weeks of bombardment",
        t("""Eleven Greek citizens and nine of their Palestinian family members crossed from the
        Gaza Strip into Egypt through the Rafah crossing on Wednesday and were received by staff
        of the Greek embassy in Cairo, the Foreign Ministry said. They were among several hundred
        foreign passport holders allowed out under an arrangement brokered by Qatar, after more
        than three weeks of Israeli bombardment of the enclave. A woman from Thessaloniki, married
        in Khan Younis, told Kathimerini by telephone that her family had moved three times
        during the war and had lived on bread and tinned food for days. "There is no safe street
        in Gaza, the children do not sleep," she said. The ministry said the group would be flown
        to Athens on Friday, and that it was working for the departure of about 40 other people
        with links to Greece. Humanitarian agencies say fuel shortages have forced most of Gaza's
        hospitals to cut services, and that aid trucks entering through Rafah remain far below
        what is needed.
        """),
        "D H",
        "evacuation",
    ),
    (
        "Frigate Hydra downs two Houthi drones in first action of Greek Aspides mission",
        t("""The Greek frigate Hydra shot down two unmanned aerial vehicles launched from Yemen
        on Friday night while escorting a merchant ship in the Gulf of Aden, the Hellenic
        National Defence General Staff said, in the first use of weapons by a Greek warship under
        the European Union's Aspides operation. According to the statement, the drones were
        heading towards the frigate and the vessel it was protecting, and were destroyed by the
        frigate's gun at a distance of several kilometres. No damage or injuries were reported.
        Defence Minister Nikos Dendias said the crew had acted "with composure and
        professionalism" and spoke to the commander by telephone. The Houthis, who control much
        of northern Yemen, have attacked dozens of merchant ships since November in what they
        describe as solidarity with Gaza. A senior officer told Kathimerini that the Hydra's radar
        had tracked the targets for several minutes before the order to fire was given. Aspides,
        whose operational headquarters is at Larissa under a Greek commodore, is a defensive
        mission and does not strike targets on land.
        """),
        "M E",
        "naval engagement",
    ),
    (
        "Psara fires on drone closing in on escorted bulk carrier in the Red Sea",
        t("""The frigate Psara, which took over from the Hydra in the Red Sea last month,
        intercepted a drone that was approaching a merchant ship it was escorting late on
        Tuesday, the Aspides headquarters in Larissa announced. The drone, launched from
        Houthi-held territory according to officials, was hit by the frigate's close-in weapon
        system about four nautical miles from the Liberian-flagged bulk carrier. Hours earlier
        the US military said it had destroyed two anti-ship missiles fired towards the Gulf of
        Aden. A navy officer said the Psara's crew had been at action stations for most of the
        night, with the ship's helicopter ready on deck. It was the third engagement for a Greek
        warship since the EU operation began in February. Shipping ministry figures show that
        transits of Greek-owned tonnage through Suez have fallen by more than half since the
        attacks started, with most owners choosing the longer route round the Cape of Good Hope.
        The escorted ship continued its voyage north unharmed.
        """),
        "M E",
        "naval engagement",
    ),
    (
        "Greek-flagged tanker Sounion ablaze off Hodeidah after Houthi attack, crew of 25 rescued",
        t("""The Greek-flagged oil tanker Sounion was burning and adrift off the Yemeni port of
        Hodeidah on Thursday after an attack claimed by the Houthis, and its crew of 25 were taken
        off by a French frigate serving with the EU's Aspides mission, the Shipping Ministry
        said. The vessel, operated by a Piraeus company, was carrying about 150,000 tonnes of
        crude when it was hit by several projectiles on Wednesday, according to the UK Maritime
        Trade Operations agency. The crew, 23 Filipinos and two Russians, were transferred to
        Djibouti. "The engine stopped and the fire spread across the deck within minutes," a
        company official told Kathimerini. European officials warned that the cargo could cause
        one of the worst oil spills in the region's history if the hull is breached. A Houthi
        spokesman said the ship belonged to a company that had broken the group's ban on calling
        at Israeli ports. Greek officials said salvage could only begin once the security
        situation allowed tugs to approach.
        """),
        "E",
        "attack on shipping",
    ),
    (
        "Greek-owned Tutor taking on water after drone boat strikes its stern",
        t("""The Greek-owned bulk carrier Tutor was taking on water in the Red Sea on Thursday
        after being rammed by an explosive-laden drone boat and then struck by an airborne
        projectile, according to British maritime authorities. The Liberian-flagged ship, managed
        from Athens, was carrying coal when the uncrewed craft hit its stern south-west of
        Hodeidah on Wednesday, damaging the engine room. One crew member, a Filipino engineer,
        has not been seen since the blast, the company told ERT. The remaining 21 seafarers were
        lifted off by a US Navy helicopter and taken to a nearby warship. The Houthis said their
        naval forces carried out the attack, which they described as part of a campaign against
        ships linked to Israel. Union of Greek Shipowners officials called for stronger naval
        protection and said many crews now refuse to sail through Bab el-Mandeb. The Philippine
        government said it would review whether its seafarers should be allowed on ships bound
        for the area.
        """),
        "E",
        "attack on shipping",
    ),
    (
        "Eternity C sinks after two-day Houthi assault; four crew dead, others feared held",
        t("""The Greek-managed bulk carrier Eternity C sank in the Red Sea on Wednesday after
        attacks by drone boats and rocket-propelled grenades fired from skiffs over two days, the
        ship's Athens-based manager confirmed. At least four of the 25 people on board were
        killed, and the fate of several others remains unknown. Rescuers from a private security
        company pulled ten survivors from the water, among them a Greek security guard and eight
        Filipino seafarers. The US embassy in Yemen said the Houthis had kidnapped some of the
        remaining crew, a claim the group did not immediately address. A Houthi military
        spokesman said the vessel was targeted because its owner's other ships had called at
        Israeli ports. "They were attacked day and night with no chance to escape," a relative of
        one crew member told Kathimerini. It was the second Greek-operated ship lost in the same
        week. The Shipping Ministry summoned owners to a meeting to discuss routing and armed
        guards.
        """),
        "E V",
        "attack on shipping",
    ),
    (
        "Magic Seas crew abandon ship after gunmen and drone boats attack off Yemen",
        t("""The 19 crew members of the Greek-owned bulk carrier Magic Seas abandoned ship on
        Sunday after it was attacked by armed men in small boats and then hit by explosive drone
        boats off the Yemeni port of Hodeidah, the vessel's manager in Piraeus said. The crew,
        mostly Filipinos and Russians, were picked up by a passing merchant ship and taken to
        Djibouti. According to the company, the attackers first fired on the bridge with small
        arms and rocket-propelled grenades before two uncrewed craft struck the hull, causing a
        fire and flooding in the engine room. The Houthis released video that they said showed
        the ship being struck and later sinking. Greek officials said the vessel had no trading
        links with Israel. The head of a Piraeus seafarers' union said the attack showed that
        convoys and escorts could not protect every ship. Maritime security firms reported that
        war-risk premiums for Red Sea voyages doubled within a day.
        """),
        "E",
        "attack on shipping",
    ),
    (
        "Ethnic Greek villagers killed as shells hit Sartana and Bugas near Mariupol",
        t("""Ten members of the ethnic Greek community around Mariupol were killed on Saturday
        when the villages of Sartana and Bugas came under shelling and air attack, the Greek
        Foreign Ministry said, citing the consulate general in the city. Among the dead in
        Sartana were a father and his young son, local community leaders told ERT, and several
        houses were reduced to rubble. Foreign Minister Nikos Dendias condemned the attacks and
        summoned the Russian ambassador. Consul General Manolis Androulakis said many families of
        Greek descent were sheltering in basements with little food as fighting drew closer to
        the port city. About 100,000 people of Greek origin live in the Mariupol area, the
        descendants of Greeks who settled on the Azov coast in the eighteenth century. The
        consulate is helping community members who want to leave towards Zaporizhzhia, and Athens
        said it was ready to take in refugees. Prime Minister Kyriakos Mitsotakis said Greece
        would send defensive equipment to Ukraine.
        """),
        "E V D",
        "shelling",
    ),
    (
        "Explosion near Mitsotakis and Zelensky motorcade in Odesa kills five",
        t("""A Russian missile struck the port area of Odesa on Wednesday while Prime Minister
        Kyriakos Mitsotakis was visiting the city with Ukrainian President Volodymyr Zelensky,
        killing five people and wounding several others, Ukrainian officials said. The blast was
        heard by the Greek delegation a few hundred metres away, government sources told
        Kathimerini, though no one travelling with the prime minister was hurt. "We heard sirens
        and then a very loud explosion," Mitsotakis told reporters shortly afterwards. "It is a
        reminder that this war is real." The Ukrainian navy said the missile had hit port
        infrastructure, and emergency services worked into the afternoon to put out fires. Russia
        said it had struck a hangar where sea drones were being prepared. Greek officials said
        security arrangements for the trip had been agreed in advance with the Ukrainian side and
        would not be reviewed. Mitsotakis flew out of Ukraine later in the day.
        """),
        "E",
        "missile strike",
    ),
    (
        "Strike on St Porphyrius compound in Gaza kills Christians sheltering inside",
        t("""An Israeli air strike hit the compound of the Greek Orthodox church of St Porphyrius
        in Gaza City on Thursday night, killing at least 16 people who had taken refuge there, the
        Greek Orthodox Patriarchate of Jerusalem said. Hundreds of Christians and Muslims had
        been sheltering in the church buildings, the oldest still in use in Gaza, after fleeing
        their homes in the first days of the war. According to the Patriarchate, the strike
        brought down a building next to the church, and rescuers worked through the night to
        reach people under the rubble. The Patriarchate called the attack a war crime, and said
        that targeting churches, and the shelters they provide for innocent citizens, cannot be
        ignored. The Israeli army said it had targeted a command centre nearby and that a wall of
        the church was damaged. Archbishop Alexios of Tiberias told ERT that the survivors refused
        to leave because they had nowhere safer to go. The Greek Foreign Ministry expressed
        sorrow and called for the protection of places of worship.
        """),
        "E V D",
        "air strike",
    ),
    (
        "Open Arms sails from Larnaca with 200 tonnes of food for Gaza under the Amalthea corridor",
        t("""The Spanish rescue ship Open Arms left Larnaca on Tuesday towing a barge loaded with
        some 200 tonnes of flour, rice and tinned protein for Gaza, the first shipment through the
        maritime corridor that Cyprus has championed under the name Amalthea. The cargo was
        supplied by the charity World Central Kitchen, whose teams in Gaza are building a jetty to
        receive it because the territory has no working port. President Nikos Christodoulides
        said the corridor would complement, not replace, land crossings, and that cargo was being
        inspected in Larnaca by Cypriot and Israeli officials before loading. United Nations
        agencies have warned that famine is imminent in northern Gaza, where hundreds of
        thousands of people remain cut off by the fighting. "Every day of delay is measured in
        lives," an aid worker said on the quay. Officials expected the voyage of roughly 200
        nautical miles to take two days, given the slow speed of the tow. A second, larger ship
        was being loaded in Larnaca.
        """),
        "H",
        "aid delivery",
    ),
    (
        "Aid ships turn back to Larnaca after strike kills seven World Central Kitchen workers",
        t("""Three ships carrying about 240 tonnes of food for Gaza turned back towards Larnaca on
        Tuesday after an Israeli strike killed seven World Central Kitchen workers travelling in
        a marked convoy in the territory, the Cypriot government said. The charity said its staff,
        who included British, Australian and Polish nationals and a Palestinian colleague, had
        been hit while leaving a warehouse in Deir al-Balah where they had unloaded food brought by
        sea from Cyprus. World Central Kitchen suspended its operations in the region and about
        100 tonnes of aid already landed could not be distributed. Government spokesman
        Konstantinos Letymbiotis said Nicosia was "deeply shocked" and that the maritime corridor
        would remain open. Israel's military chief acknowledged a grave mistake and ordered an
        investigation. Aid agencies said the killings would make it harder still to reach
        civilians facing famine. Cypriot officials said the returning cargo would be kept in
        Larnaca's port until deliveries resume.
        """),
        "E V H",
        "air strike",
    ),
]
