"""dev101 negatives: migration at borders and at sea without violence (pushbacks, shipwrecks,
rescues, caravans, visas, asylum rules)."""

from wrap import w

# (title, text, kind code)
NEGATIVES = [
    (
        "Greek coastguard returned dinghies to Turkish waters, investigation finds",
        w("""
        A joint investigation by several European media outlets has found that the Greek
        coastguard towed at least a dozen dinghies carrying asylum seekers back towards Turkish
        waters last year and left them adrift without engines. Passengers interviewed by reporters
        said officers took their phones before the boats were turned around near Lesbos and Samos.
        In several cases the Turkish coastguard later picked the groups up and took them to Cesme.
        The Hellenic Coast Guard said it acts 'in full compliance with international law' and
        rejected the findings. The European Commission said it would ask Athens for an explanation.
        """),
        "other",
    ),
    (
        "Poland suspends right to claim asylum on Belarus border",
        w("""
        Poland's parliament on Wednesday approved a law allowing the government to suspend the
        right to apply for asylum at the border with Belarus for renewable periods of 60 days. Prime
        Minister Donald Tusk said the measure would stop Minsk and Moscow from 'using migrants as a
        tool' and would not apply to unaccompanied children or pregnant women. The UN refugee agency
        and Polish rights groups said it breached the Geneva convention. Border guards recorded
        about 30,000 attempts to cross irregularly last year.
        """),
        "politics",
    ),
    (
        "Croatian police returned over 1,200 people to Bosnia last month, aid group says",
        w("""
        More than 1,200 people were returned from Croatia to Bosnia and Herzegovina in October
        without being allowed to ask for asylum, the Danish Refugee Council said in its monthly
        report. Most described being picked up near Zagreb or in forests close to the frontier,
        driven to the border in vans and told to walk back across. Many ended up in the camp at
        Lipa, outside Bihac, where winter supplies are running short. Croatia's interior ministry
        said its officers prevent illegal entry in line with Schengen rules. The number of such
        reports has fallen since the spring, the group said.
        """),
        "other",
    ),
    (
        "At least 59 dead after migrant boat breaks up off Calabria",
        w("""
        At least 59 people, including 12 children, died when a wooden boat carrying migrants from
        Turkey broke apart in rough seas off the coast of Calabria before dawn on Sunday, Italian
        officials said. About 80 people survived, some by swimming ashore near the resort of
        Steccato di Cutro. The boat, which had left Izmir four days earlier, hit rocks a few hundred
        metres from the beach. Most of the passengers were from Afghanistan, Pakistan and Iran.
        Fishermen who ran to the shore said they heard screams in the dark but could not reach the
        wreck. Prosecutors have opened an investigation into three suspected smugglers.
        """),
        "accident",
    ),
    (
        "Five die in overcrowded dinghy off Wimereux as Channel crossings continue",
        w("""
        Five people, including a seven-year-old girl, died in an overcrowded dinghy off the French
        coast at Wimereux early on Tuesday, French authorities said, as more than 100 people tried
        to board it on the beach. The victims were crushed in the panic, the local prefect said.
        Rescue boats picked up 49 people, while others refused help and continued towards England.
        """),
        "accident",
    ),
    (
        "Cayuco reaches El Hierro with nine bodies on board after 11 days at sea",
        w("""
        A wooden cayuco carrying 178 people reached La Restinga on the island of El Hierro on Monday
        with nine bodies on board, Spain's maritime rescue service said, after a crossing of 11 days
        from Mauritania. Red Cross volunteers treated dozens of survivors for dehydration and
        hypothermia, and four were taken to hospital by helicopter. Survivors said the boat ran out
        of fuel and water on the eighth day. The island's reception centre, with room for 200, now
        holds more than 600 people. More than 46,000 people reached the Canary Islands by sea last
        year, a record.
        """),
        "accident",
    ),
    (
        "Woman and two children drown in Rio Grande near Eagle Pass",
        w("""
        A woman and two children drowned while trying to cross the Rio Grande near Eagle Pass,
        Texas, on Friday night, Mexican and US officials said. Mexican authorities recovered their
        bodies on the riverbank on Saturday morning. The crossing point lies next to a city park
        that Texas has fenced off with razor wire, and federal officials said Border Patrol agents
        had been unable to reach the group. The state's governor said his officers had not been
        asked for help.
        """),
        "accident",
    ),
    (
        "Hundreds feared dead as fishing boat packed with migrants sinks off Pylos",
        w("""
        A fishing boat carrying as many as 750 people sank in deep waters about 47 nautical miles
        off Pylos in southern Greece early on Wednesday, in one of the worst shipwrecks in the
        Mediterranean in years. The coastguard said 104 people had been rescued and 78 bodies
        recovered; survivors said women and children were in the hold. The vessel had set out from
        eastern Libya bound for Italy. Greek officials have rejected accusations that a coastguard
        attempt to tow it caused it to capsize. Three days of national mourning were declared.
        """),
        "accident",
    ),
    (
        "Smugglers force migrants off boat near Djibouti coast; at least 45 drown",
        w("""
        At least 45 migrants drowned after smugglers forced more than 300 people into the sea off
        the coast of Djibouti on Wednesday, the International Organization for Migration said.
        Survivors said the smugglers ordered them to jump about 150 metres from shore and sailed
        back towards Yemen. The migrants, mostly young Ethiopians, were returning from Yemen after
        failing to find work in the Gulf. Djibouti's coastguard arrested two suspects at a nearby
        beach.
        """),
        "crime",
    ),
    (
        "Lampedusa overwhelmed as more than 6,000 people land in a day",
        w("""
        More than 6,000 migrants reached the Italian island of Lampedusa on Tuesday in over 110
        small boats, local officials said, swamping a reception centre built for 400. Volunteers
        handed out water and biscuits on the pier, where people slept in the open. The island's
        mayor asked Rome to declare a state of emergency. Most of the boats had left from Sfax in
        Tunisia. Ferries and coastguard ships began moving hundreds of people to Sicily on
        Wednesday, and the Red Cross sent extra staff from Palermo.
        """),
        "other",
    ),
    (
        "Rescue ship with 248 on board told to sail four days to Ravenna",
        w("""
        The rescue ship Geo Barents, run by Doctors Without Borders, was assigned the port of
        Ravenna on Saturday for the 248 people it picked up from two wooden boats off Libya, a
        voyage of more than four days. The charity said Italy's policy of sending rescue ships to
        distant northern ports kept them away from the central Mediterranean, where most shipwrecks
        happen. The interior ministry said the ports were chosen to share the load among regions.
        """),
        "politics",
    ),
    (
        "Sri Lankan navy rescues 104 Rohingya from drifting boat off Jaffna",
        w("""
        Sri Lanka's navy rescued 104 Rohingya refugees, nearly half of them children, from a boat
        drifting off the northern coast near Jaffna on Sunday, a navy spokesman said. Their engine
        had failed a week after they left the camps at Cox's Bazar in Bangladesh, bound for
        Indonesia. Some passengers were too weak to walk and were taken to hospital. Fishermen had
        spotted the boat on Saturday and alerted the navy. Officials said the group would be handed
        to the UN refugee agency once they had been treated.
        """),
        "other",
    ),
    (
        "Caravan of 3,000 migrants sets off from Tapachula toward US border",
        w("""
        About 3,000 migrants, many from Venezuela, Cuba and Honduras, set off on foot from the city
        of Tapachula near Mexico's border with Guatemala before dawn on Sunday, hoping to reach the
        United States. Carrying children and backpacks, they walked along the coastal highway
        behind a banner reading 'Exodus from poverty', escorted by officers of Mexico's migration
        institute. By the afternoon the group had reached Huehuetan, about 20 km north, without
        incident. Many said they had waited months in Tapachula for papers that never came.
        """),
        "protest",
    ),
    (
        "Migrant caravan reaches Oaxaca as numbers dwindle in heat",
        w("""
        A caravan that left southern Mexico 10 days ago reached the state of Oaxaca on Thursday,
        but only about 1,200 of the 4,000 people who set out were still walking, as many accepted
        temporary permits offered by the authorities or fell ill in the heat. Organisers said they
        would continue to Mexico City. Local residents handed out fruit and bottled water by the
        roadside.
        """),
        "protest",
    ),
    (
        "EU's new entry-exit system goes live at Schengen borders",
        w("""
        The European Union's Entry/Exit System, which registers non-EU travellers' fingerprints and
        facial images in place of passport stamps, began operating at external border crossings on
        Sunday after years of delay. The rollout will be phased over six months to avoid long
        queues at airports and at the Channel ports of Dover and Calais. British holidaymakers will
        be among those most affected. Travellers will have to register once and then pass through
        automated gates on later trips, the European Commission said. A separate travel
        authorisation, with a fee of 20 euros, is due to follow next year.
        """),
        "other",
    ),
    (
        "Thailand extends visa-free stays to 60 days for 93 countries",
        w("""
        Thailand will let visitors from 93 countries and territories stay for up to 60 days without
        a visa from July 15, up from 30 days, the government spokesman said, in a bid to revive
        tourism. Indians and Chinese are among the biggest beneficiaries. The Tourism Council of
        Thailand said longer stays would help hotels in secondary cities and the border provinces.
        The cabinet also approved a new visa for remote workers and freelancers valid for five
        years. Tourist arrivals are still below the 40 million recorded before the pandemic.
        """),
        "economy",
    ),
    (
        "Chaman crossing to require passports and visas from November 1",
        w("""
        Travellers crossing between Chaman and Spin Boldak will need a valid passport and visa from
        November 1, the caretaker government said, ending a decades-old arrangement under which
        residents of border districts crossed with national identity cards. Officials said the
        'one-document regime' would curb smuggling and illegal migration. Traders and daily
        labourers said tens of thousands of families would lose their livelihoods. Afghan
        officials in Kandahar asked Islamabad to delay the rule.
        """),
        "politics",
    ),
    (
        "Fire at migrant detention centre in Ciudad Juarez kills 39",
        w("""
        Thirty-nine men died and dozens were injured in a fire at an immigration detention centre in
        Ciudad Juarez, across the border from El Paso, late on Monday, Mexican officials said.
        President Andres Manuel Lopez Obrador said detainees had set mattresses alight in protest
        after learning they would be deported. Security camera footage appeared to show guards
        walking away as smoke filled the cell. Prosecutors said they would investigate officials and
        a private security company.
        """),
        "accident",
    ),
    (
        "Darien Gap crossings fall by more than a third, Panama says",
        w("""
        The number of migrants crossing the Darien jungle from Colombia into Panama fell by 37% in
        the first half of the year, Panama's migration service said on Monday. Officials credited
        closer cooperation with Colombia and a US-funded programme to fly people home. Venezuelans
        remained the largest group, followed by Ecuadorians and Chinese nationals. Reception
        stations at Lajas Blancas and San Vicente, which once held thousands, now receive a few
        hundred people a day. Aid groups said crossings could rise again if rules changed further
        north.
        """),
        "other",
    ),
    (
        "UK Supreme Court rules Rwanda asylum plan unlawful",
        w("""
        Britain's Supreme Court ruled unanimously on Wednesday that the government's plan to send
        asylum seekers to Rwanda was unlawful, because they would face a real risk of being
        returned to countries where they could be persecuted. Prime Minister Rishi Sunak said he
        would sign a new treaty with Kigali and pass emergency legislation. The ruling is a blow to
        his pledge to stop small boats crossing the Channel. Rwanda's government said it took issue
        with the finding that it was not a safe country.
        """),
        "politics",
    ),
    (
        "From a Melilla reception centre to a Michelin-starred kitchen",
        w("""
        Twelve years after he arrived in Melilla as a teenager from Guinea, Mamadou Diallo has
        become sous-chef at a Michelin-starred restaurant in San Sebastian. He learned Spanish in a
        reception centre for minors and trained at a catering school in Malaga on a scholarship.
        'The kitchen gave me a family,' he says. He now mentors young arrivals through a programme
        run by a Basque foundation, and hopes to open a restaurant serving West African and Basque
        dishes. His mother, whom he had not seen for a decade, visited last summer.
        """),
        "other",
    ),
    (
        "Uganda steps up mpox screening at border posts with Congo",
        w("""
        Uganda has deployed health workers to screen travellers for mpox at 15 border crossings with
        the Democratic Republic of Congo, including Mpondwe and Bunagana, after two cases were
        confirmed in Kasese district, the health ministry said. Travellers with fever or skin
        lesions are being isolated and tested. The World Health Organization declared the spread of
        a new strain in Africa a global health emergency last week. Traders at Mpondwe market said
        queues at the crossing had grown longer.
        """),
        "health",
    ),
    (
        "Remains of 27 migrants found in Arizona desert as summer heat breaks records",
        w("""
        The remains of 27 people believed to be migrants have been found in the desert of southern
        Arizona since the start of June, the Pima County medical examiner's office said, as
        temperatures topped 45C for a record number of days. Humanitarian volunteers have placed
        extra water tanks along trails near the border. Most of the dead have not been identified.
        """),
        "disaster",
    ),
    (
        "EU asylum applications fall for second year, Eurostat says",
        w("""
        Asylum applications in the European Union fell by 13% last year to about 912,000, the
        statistics office Eurostat said on Tuesday, the second consecutive decline. Germany, Spain
        and Italy received the most applications. Syrians remained the largest group of applicants,
        followed by Venezuelans and Colombians. About 42% of first-instance decisions were
        positive. Unaccompanied minors lodged some 36,000 claims.
        """),
        "other",
    ),
]
