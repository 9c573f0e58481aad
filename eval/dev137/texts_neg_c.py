"""dev137 negatives (3 of 4): old massacres, the military, accidents, health (eval/README.md, 1)."""


def _t(s: str) -> str:
    """One paragraph: the wrapped lines below joined by single spaces."""
    return " ".join(s.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Court convicts retired officers over 1984 Putis massacre, four decades after the killings",
        _t("""
        A Peruvian court on Tuesday sentenced four retired army officers to between 15 and 20 years
        in prison for the massacre of at least 123 peasants in the Andean community of Putis, in the
        Ayacucho region, in December 1984, one of the bloodiest episodes of the internal armed
        conflict between the state and the Shining Path. The National Criminal Chamber found that
        soldiers from a counterinsurgency base had gathered men, women and children from Putis and
        neighbouring villages on the pretext of protecting them from the guerrillas, and then shot
        them and buried them in a pit they had been forced to dig. Relatives of the victims, some of
        whom had travelled from Ayacucho to attend the hearing in Lima, embraced and wept as the
        verdict was read. 'We waited forty years for this day, and many mothers died without seeing
        it,' said the president of an association of the victims' relatives. The remains of 92
        people were exhumed from the site in 2008, and many have since been identified by forensic
        experts and returned to their families. Defence lawyers said they would appeal, arguing
        that the statute of limitations had expired. In 2024 Congress approved a law declaring
        crimes against humanity committed before 2002 time-barred, a measure that human rights
        groups said threatened cases like this one, but the court ruled that the law did not apply
        to crimes of this gravity. The Truth and Reconciliation Commission estimated that about
        69,000 people died in the conflict between 1980 and 2000.
        """),
        "history",
    ),
    (
        "Former soldiers acknowledge 'false positives' killings before victims' families in Yopal",
        _t("""
        Eleven former members of the army, including a retired colonel, acknowledged before the
        Special Jurisdiction for Peace (JEP) and the relatives of their victims on Tuesday that they
        had taken part in the killing of at least 303 civilians in Casanare between 2005 and 2008,
        who were then presented as guerrillas killed in combat. The hearing in Yopal, which lasted
        two days, was part of the JEP's case 03 on the so-called 'false positives', in which the
        court has estimated that at least 6,402 people were murdered by state agents across the
        country to inflate combat results. 'I ask forgiveness from the mothers, because we took
        their sons and turned them into trophies,' said a former sergeant, his voice breaking, as
        women in the audience held up photographs of the victims. Many of the victims were young
        men from poor families, peasants or people with disabilities who had been lured with
        promises of work, according to the investigation. Those who acknowledge their
        responsibility can receive 'restorative' sentences of five to eight years with
        restrictions on their freedom, instead of prison. Some relatives said they did not accept
        the apologies because the officers had not said who gave the orders. The JEP was created
        under the 2016 peace agreement with the FARC.
        """),
        "history",
    ),
    (
        "15 years after Maguindanao massacre, families say justice remains incomplete",
        _t("""
        Relatives of the 58 people killed in the Maguindanao massacre gathered at the hilltop
        massacre site in Sitio Masalay, Ampatuan town, on Saturday to mark the 15th anniversary of
        the killings, the worst single attack on journalists in the world. Widows and children of
        the 32 media workers among the dead lit candles, offered prayers and laid white flowers at a
        marker bearing the names of the victims, who were stopped at a checkpoint, taken to the hill
        and shot by armed men led by members of the Ampatuan clan on Nov. 23, 2009. The victims were
        part of a convoy accompanying relatives of a vice mayor who were on their way to file his
        certificate of candidacy for governor. In December 2019, a Quezon City court convicted 28
        people, including members of the clan, of murder and sentenced them to life in prison, but
        more than 80 suspects remain at large. 'Every year we come here, we are reminded that some of
        those who pulled the trigger are still free,' said the widow of a photojournalist. The
        National Union of Journalists of the Philippines called on the government to speed up the
        arrest of the remaining suspects and to strengthen the protection of media workers.
        """),
        "history",
    ),
    (
        "A decade on, APS families gather in Peshawar to remember children killed in school attack",
        _t("""
        Families of the children and teachers killed in the attack on the Army Public School in
        Peshawar gathered at the school on Monday to mark the 10th anniversary of the massacre,
        laying wreaths and reciting the Quran in memory of the 147 people, most of them students,
        who died on December 16, 2014. The ceremony, held under tight security, was attended by the
        Khyber Pakhtunkhwa governor, senior army officers and students, who lit candles in the
        school's auditorium, where gunmen of the Tehreek-i-Taliban Pakistan had shot dead dozens of
        pupils gathered for a first-aid class. 'My son would have been 25 this year; every December
        the wound opens again,' said a mother who has attended every commemoration. Some parents
        stayed away from the official ceremony, saying that the state had still not held those
        responsible for the security lapses to account, a demand that a judicial commission report
        in 2020 had partly endorsed. In the wake of the attack, the government launched the
        National Action Plan against terrorism and lifted the moratorium on the death penalty.
        Vigils were also held in Lahore, Karachi and Islamabad, and schools across the province
        observed a minute's silence.
        """),
        "history",
    ),
    (
        "Balikatan: Philippine, US forces sink decommissioned ship in live-fire drill off Zambales",
        _t("""
        Philippine and US forces sank a decommissioned Philippine Navy corvette off the coast of
        Zambales on Monday in a maritime strike exercise, the highlight of this year's Balikatan
        drills, the largest in the two allies' history. The former BRP Miguel Malvar, a World War
        II-era vessel, was to be hit by missiles, bombs and artillery fired from aircraft, ships and
        land-based launchers some 35 nautical miles off the town of San Antonio, the Armed Forces of
        the Philippines (AFP) said. The ship sank before all the planned munitions could be fired,
        but officials described the exercise as a success. About 14,000 troops from the
        Philippines and the United States, along with contingents from Australia and Japan, are
        taking part in the three-week exercises, which include amphibious landings and air defense
        drills in northern Luzon and on islands facing the Luzon Strait. China's foreign ministry
        said the drills 'undermine regional stability', and Chinese coast guard ships were spotted
        near Scarborough Shoal during the exercise, the Philippine Coast Guard said. 'We are not
        preparing for war, we are preparing to prevent one,' an AFP spokesperson told reporters.
        The exercises end on May 9.
        """),
        "military",
    ),
    (
        "Pakistan Day parade showcases JF-17 Block III jets and Fatah rocket system",
        _t("""
        The armed forces showcased their latest military hardware, including JF-17 Thunder Block
        III fighter jets, the Fatah-II guided rocket system and Chinese-made J-10C aircraft, at the
        Pakistan Day parade at the Shakarparian parade ground in Islamabad on Saturday. President
        Asif Ali Zardari, who took the salute as chief guest, said Pakistan's defence capabilities
        were 'for peace and not for aggression' and that the country's nuclear deterrent was 'the
        guarantee of its sovereignty'. Contingents of the army, navy, air force and paramilitary
        forces marched past the dais, while the Sherdils aerobatic team of the Pakistan Air Force
        performed a display that drew loud cheers from the crowd. Tanks, missile launchers, drones
        and the Shaheen-III ballistic missile were also displayed in the mechanised column.
        Security in the federal capital was tightened, with mobile phone services suspended around
        the venue and the Srinagar Highway closed to traffic for several hours. The day marks the
        adoption of the Lahore Resolution in 1940, which called for separate homelands for Muslims
        in British India. Celebrations began with a 31-gun salute in Islamabad and a 21-gun salute
        in the provincial capitals.
        """),
        "military",
    ),
    (
        "India signs ₹63,000-crore deal with France for 26 Rafale Marine jets",
        _t("""
        India and France on Monday signed an inter-governmental agreement for the procurement of 26
        Rafale Marine fighter jets for the Indian Navy at a cost of about ₹63,000 crore, the largest
        fighter aircraft deal signed by the country in several years. The deal, signed in New Delhi
        in the presence of senior officials of the two countries' defence ministries, covers 22
        single-seat and four twin-seat trainer aircraft, along with weapons, simulators, spares and
        crew training, the Defence Ministry said. The jets, built by Dassault Aviation, will operate
        from the indigenous aircraft carrier INS Vikrant, and deliveries are expected to begin in
        2028 and be completed by 2030. The Cabinet Committee on Security cleared the procurement
        earlier this month. The Navy currently flies Russian-origin MiG-29K fighters from its
        carriers, many of which have suffered from poor serviceability. The agreement also includes
        a commitment to manufacture fuselage sections in India and to set up maintenance facilities
        for the aircraft's engines. The Indian Air Force already operates 36 Rafale jets bought
        under a separate deal in 2016. Defence analysts said the deal would strengthen the Navy's
        ability to counter China's growing presence in the Indian Ocean.
        """),
        "military",
    ),
    (
        "Brazil launches third Scorpène-class submarine built with French technology",
        _t("""
        The Brazilian Navy launched the submarine Tonelero, the third of four conventional
        Scorpène-class submarines built in Brazil under a partnership with France's Naval Group, in
        a ceremony at the naval complex in Itaguaí, in Rio de Janeiro state, on Wednesday.
        President Luiz Inácio Lula da Silva and French President Emmanuel Macron attended the
        launch, which was marked by speeches about the 'strategic partnership' between the two
        countries and the defence of the South Atlantic. The submarine, 72 metres long and with a
        crew of 35, can stay submerged for weeks and will be armed with torpedoes and anti-ship
        missiles. 'Brazil does not want war, but a country of our size needs to be able to protect
        its coast, its oil and its sovereignty,' Lula said. The programme, known as Prosub, also
        includes the construction of Brazil's first nuclear-powered submarine, the Álvaro Alberto,
        which the Navy hopes to have in service in the 2030s. The project has been delayed for years
        by budget cuts, and its total cost has risen to more than 40 billion reais. Macron said
        France was willing to support Brazil on the non-nuclear parts of the nuclear submarine.
        """),
        "military",
    ),
    (
        "Air force training jet crashes into Milestone school in Uttara; 20 killed, mostly students",
        _t("""
        At least 20 people, most of them students, were killed and more than 170 injured when a
        Bangladesh Air Force training jet crashed into a building of Milestone School and College
        in the capital's Uttara yesterday afternoon, according to the Inter Services Public
        Relations Directorate (ISPR) and hospital sources. The F-7 BGI aircraft took off from the
        air base in Kurmitola at 1:06pm and crashed into a two-storey building of the school's
        junior section shortly afterwards, as classes were ending, the ISPR said, adding that the
        pilot had tried to steer the jet away from densely populated areas after a mechanical
        failure. The pilot, a flight lieutenant on his first solo flight, was killed. Witnesses
        said the jet burst into flames on impact, setting the building on fire while children were
        inside. 'I saw children running out with their clothes on fire,' said a teacher who helped
        carry the injured. Many of the injured were taken to the National Burn and Plastic Surgery
        Institute, where doctors said several were in critical condition. The interim government
        declared a day of state mourning and formed a committee to investigate the crash. Students
        and guardians demanded that training flights over the densely populated capital be
        stopped.
        """),
        "accident",
    ),
    (
        "Voepass plane crashes in Vinhedo, killing all 62 on board",
        _t("""
        A Voepass Linhas Aéreas turboprop crashed in a residential condominium in Vinhedo, in the
        interior of São Paulo state, on Friday afternoon, killing all 58 passengers and four crew
        members, the airline said. The ATR 72-500, which was flying from Cascavel, in Paraná, to São
        Paulo's Guarulhos airport, lost altitude and fell in a flat spin, according to videos
        recorded by residents, hitting the ground in the backyard of a house without injuring
        anyone on the ground. The aircraft caught fire on impact, and firefighters and civil
        defence teams worked through the night to recover the bodies. The Air Force's Aeronautical
        Accidents Investigation and Prevention Centre (Cenipa) said it had recovered the flight's
        black boxes and that the investigation would look into the possibility of severe icing,
        which had been forecast for the region. President Lula declared three days of official
        mourning. It was Brazil's deadliest air disaster since 2007, when a TAM Airbus overran the
        runway at São Paulo's Congonhas airport and crashed into a warehouse, killing 199 people.
        Relatives of the victims gathered at a hotel near Guarulhos airport, where the airline set
        up a support centre.
        """),
        "accident",
    ),
    (
        "Goods train rams Kanchanjunga Express near Siliguri; nine killed",
        _t("""
        Nine people, including the loco pilot of a goods train and the guard of the passenger
        train, were killed and over 40 injured when a goods train rammed into the stationary
        Kanchanjunga Express from behind near Rangapani station in West Bengal's Darjeeling district
        on Monday morning, railway officials said. The impact lifted the rear coaches of the
        Sealdah-bound passenger train into the air, with one of them coming to rest on top of the
        goods train's engine. Residents of the nearby Nirmal Jote village were the first to reach
        the spot and helped pull passengers out of the mangled coaches before rescue teams of the
        National Disaster Response Force and the Sashastra Seema Bal arrived. Preliminary findings
        suggested that the automatic signalling system in the section had been defective since
        early morning and that the goods train had been given a written authority to pass red
        signals, officials said. The Railway Minister visited the site and announced an ex gratia
        payment of ₹10 lakh for the families of the deceased. The Opposition demanded his
        resignation, saying the accident showed the government's neglect of railway safety. The
        Commissioner of Railway Safety has ordered an inquiry.
        """),
        "accident",
    ),
    (
        "Stage collapses at campaign rally in San Pedro Garza García, killing nine",
        _t("""
        Nine people, including a child, were killed and more than 120 injured on Wednesday night
        when a gust of wind brought down the stage at a campaign rally of the Movimiento Ciudadano
        presidential candidate, Jorge Álvarez Máynez, in San Pedro Garza García, in the Monterrey
        metropolitan area, Nuevo León authorities said. Videos posted on social media showed the
        metal structure and a giant screen toppling onto the crowd as the candidate spoke, and
        people running in panic as dust and debris swirled across the park. Álvarez Máynez, who
        suffered minor injuries, suspended his campaign events and went to a hospital to visit the
        injured. The governor of Nuevo León said the winds had reached more than 70 kilometres an
        hour and that the state civil protection agency had issued storm warnings that afternoon.
        The state prosecutor's office opened an investigation to determine whether the company
        that set up the stage had complied with safety regulations. Candidates of all parties
        expressed their condolences and several cancelled events in the state. The rally was one
        of the last before the 2 June general election.
        """),
        "accident",
    ),
    (
        "Dengue deaths cross 1,000 for the first time as hospitals struggle with patients",
        _t("""
        The number of dengue deaths in the country this year crossed 1,000 yesterday, the highest
        since the disease was first recorded in Bangladesh in 2000, according to the Directorate
        General of Health Services (DGHS). Fifteen more patients died in the 24 hours to 8:00am
        yesterday, taking the year's toll to 1,006, while 2,882 new patients were hospitalised, the
        DGHS said. Hospitals in Dhaka have set up extra beds in corridors and on floors, and doctors
        at Mugda Medical College Hospital said they were treating more than twice the number of
        patients the wards were designed for. Experts blamed the outbreak on erratic rainfall, poor
        waste management and the failure of city corporations to control mosquito breeding, and
        said the virus had spread beyond the capital to almost all 64 districts. 'We are seeing
        more patients with shock syndrome arriving late, which is why the death rate is so high,'
        said a professor of medicine. The two Dhaka city corporations launched a fresh drive
        against Aedes mosquitoes, fining owners of buildings where larvae were found. The health
        minister said there was no shortage of saline, though relatives of patients complained of
        paying several times the usual price at pharmacies.
        """),
        "health",
    ),
    (
        "Nationwide polio drive begins amid rise in cases, 45 million children to be vaccinated",
        _t("""
        A week-long nationwide anti-polio campaign began on Monday with the aim of vaccinating more
        than 45 million children under the age of five, as the country battles a resurgence of the
        virus that paralysed 74 children in 2024, the highest number in years. More than 400,000
        polio workers will go door to door across the country, the National Emergency Operations
        Centre (NEOC) said, and vaccination teams will also be stationed at bus terminals, railway
        stations and border crossings. In Khyber Pakhtunkhwa, where polio teams have in the past
        been targeted by militants, the provincial government said it had deployed police to
        escort vaccinators in sensitive districts. The prime minister's focal person on polio
        eradication said refusals by parents remained a major challenge, particularly in Karachi
        and Peshawar, where misinformation about the vaccine was spread on social media.
        Environmental samples from 59 districts had tested positive for the wild poliovirus in
        recent months, indicating widespread circulation. Pakistan and Afghanistan are the only two
        countries where polio remains endemic. Health officials urged parents to open their doors
        to the vaccinators.
        """),
        "health",
    ),
    (
        "Peru declares health emergency in 18 regions as dengue cases surge after Cyclone Yaku",
        _t("""
        Peru's government declared a health emergency in 18 of the country's 25 regions on
        Thursday to tackle a dengue outbreak that has killed 248 people this year, the worst on
        record, as hospitals in the northern regions of Piura, Tumbes and Lambayeque reported being
        overwhelmed by patients. The Health Ministry said more than 146,000 cases had been recorded
        since January, most of them in areas flooded by the heavy rains brought by Cyclone Yaku and
        the coastal El Niño phenomenon in March. In Piura, the regional hospital set up tents in its
        car park to treat patients, and nurses said some people had waited more than 12 hours to be
        seen. 'We have children sleeping on chairs with fever and there are not enough platelets,'
        said a doctor at the Santa Rosa hospital. The government announced the purchase of
        fumigation equipment and the hiring of 1,500 health workers, and the army was deployed to
        help fumigate homes. The previous health minister resigned last month amid criticism of the
        government's response, and her successor promised to have the situation under control
        'within weeks'. Experts warned that the outbreak could continue until the end of the rainy
        season.
        """),
        "health",
    ),
]
