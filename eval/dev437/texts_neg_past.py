"""dev437 negatives about the past and about hazards: remembrance of the civil wars and of the
Easter bombings, mass graves and inquiries, the 2015 earthquake and its anniversary, monsoon
floods, landslides, cyclones and swell waves, crashes and capsizes, dengue and cholera.
(title, text, kind)."""


def _t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    # history
    (
        "Mullivaikkal remembrance held under heavy police presence",
        _t("""Thousands of Tamils gathered at Mullivaikkal in Mullaitivu today to remember those
        killed in the final stages of the war, 15 years after it ended in May 2009. Relatives lit
        lamps and wept before photographs of family members at the memorial site, as a bell
        tolled at 10.30 in the morning to mark the moment of remembrance. Tamil political leaders,
        religious figures and students from the University of Jaffna attended, and 'Mullivaikkal
        kanji', the rice porridge that kept civilians alive during the last weeks of fighting,
        was served to visitors. Police and the Army were deployed in the area, and several people
        were questioned for displaying LTTE symbols, but the event ended peacefully. In Colombo,
        the Army held a ceremony at the National War Heroes' Monument to honour soldiers killed in
        the war. The UN human rights office said in a statement that accountability for alleged
        violations during the final phase of the war remained unfinished business. Tens of
        thousands of civilians are estimated to have died in the last months of the conflict."""),
        "history",
    ),
    (
        "Maoist Centre marks 30 years since launch of 'People's War' as victims demand justice",
        _t("""The CPN (Maoist Centre) marked the 30th anniversary of the launch of the 'People's War'
        on Friday with a function at Bhrikutimandap, where party chair Pushpa Kamal Dahal defended
        the decade-long insurgency as the foundation of the federal republic. Dahal said more than
        5,000 party cadres had sacrificed their lives and that the armed struggle had ended the
        monarchy and brought marginalised communities into the state. Conflict victims' groups
        held a counter-programme at Maitighar, saying the day should be remembered as a day of
        mourning for the more than 17,000 people killed and some 1,300 who disappeared during the
        conflict. 'Those who ordered killings and torture are celebrating, and we are still
        waiting for justice,' said the founding chair of a conflict victims' network, whose father
        was killed by the rebels in 2002. The insurgency began on February 13, 1996, with attacks
        on police posts in Rolpa, Rukum and Sindhuli. It ended with the Comprehensive Peace Accord
        in November 2006."""),
        "history",
    ),
    (
        "Church marks sixth anniversary of Easter Sunday attacks, demands 'the whole truth'",
        _t("""Catholics across the country observed two minutes of silence at 8.45 this morning to
        mark the sixth anniversary of the Easter Sunday bombings, as the Church renewed its demand
        to know who was behind the attacks. Cardinal Malcolm Ranjith led a memorial Mass at St
        Anthony's Church in Kochchikade, one of three churches bombed on April 21, 2019, and
        relatives carried photographs of the victims in a procession to Katuwapitiya. 'Six years
        have passed and governments have changed, but the masterminds have not been found,' the
        Cardinal said in his sermon. President Anura Kumara Dissanayake, who attended a ceremony at
        Katuwapitiya, said the Criminal Investigation Department had reopened several lines of
        inquiry and that the government would leave no stone unturned. Church bells rang at the
        moment the first bomb exploded. The attacks, carried out by members of a local Islamist
        group, killed 269 people and injured more than 500. Many of the survivors still need medical
        care, and the Church has set up a fund for their treatment."""),
        "history",
    ),
    (
        "Ten years after Gorkha quake, thousands still await homes as nation marks anniversary",
        _t("""The country marked the tenth anniversary of the 2015 Gorkha earthquake on Friday with a
        minute's silence at 11:56am, the moment the 7.8-magnitude quake struck, and ceremonies in
        Kathmandu and the 14 worst-hit districts. The earthquake and its aftershocks killed nearly
        9,000 people, injured more than 22,000 and destroyed or damaged around 800,000 houses.
        The National Reconstruction Authority, dissolved in 2021, helped rebuild hundreds of
        thousands of private homes with government grants, and most damaged heritage monuments in
        the valley, including Kasthamandap and Rani Pokhari, have been restored. But officials at
        the Ministry of Urban Development said around 4,000 families in Sindhupalchok, Dolakha and
        Gorkha still lived in temporary shelters because they had no land of their own or their
        villages had been declared unsafe. 'We have spent ten monsoons under a tin roof,' said
        Kanchi Tamang, 61, of Barpak. The rebuilt Dharahara tower was lit up in the evening in
        memory of the dead."""),
        "history",
    ),
    (
        "Chemmani mass grave: skeletal remains of 65 people found, including children",
        _t("""Excavations at the Chemmani mass grave site in Jaffna have so far uncovered the skeletal
        remains of at least 65 people, including infants and young children, the Jaffna
        Magistrate's Court was told today. The excavation, which resumed last month under the
        supervision of a court-appointed forensic archaeologist, has also recovered a school bag,
        children's clothing and a toy, officials said. The site, on the outskirts of Jaffna, was
        first identified in 1998 when a former soldier sentenced to death for the rape and murder
        of a schoolgirl told the court that hundreds of bodies had been buried there in 1996.
        Families of people who disappeared in Jaffna after the Army retook the peninsula that year
        have gathered at the site every day since the digging began. The UN High Commissioner for
        Human Rights visited the site in June and called for a transparent process. The
        Magistrate adjourned the hearing until next month and ordered the excavations to
        continue."""),
        "history",
    ),
    (
        "Commission probing September killings gets three more months; over 300 statements taken",
        _t("""The high-level commission investigating the killings and destruction during the Gen Z
        protests of September 8 and 9 has been given three more months to complete its work, the
        government said on Sunday. The commission, headed by a former Special Court chairperson,
        told the Cabinet that it had recorded statements from more than 300 people, including
        former ministers, senior police officers and victims' families, and examined hundreds of
        hours of video footage. It has also sought the forensic reports on the 76 people who died
        during the unrest, among them protesters, police officers and prison inmates. Victims'
        families said they were frustrated by the delay and demanded that those who ordered the
        police to open fire be barred from contesting the March 5 elections. Former prime minister
        KP Sharma Oli, who appeared before the commission last month, has denied ordering the use
        of live ammunition. The commission's spokesperson said the final report would be submitted
        before the elections. Human rights groups have urged the government to make it public."""),
        "history",
    ),
    # disaster
    (
        "Aranayake landslide: 17 bodies recovered, over 100 feared buried as rescue resumes",
        _t("""Rescue teams recovered 17 bodies from the mud in Aranayake today, as the search resumed
        for more than 100 people feared buried when a massive landslide swept away three villages
        in the Kegalle District on Tuesday evening. The Disaster Management Centre said 1,200
        soldiers, police and volunteers were involved in the rescue, but heavy rain and the risk
        of further slides were hampering the work. The slide buried 66 houses in the villages of
        Elangipitiya, Pallebage and Siripura, officials said. More than 2,000 people from the
        surrounding areas have been moved to temples and schools after the National Building
        Research Organisation warned of more landslides. Across the country, floods caused by
        torrential monsoon rains have killed at least 64 people and displaced more than 300,000,
        the DMC said, with Kolonnawa and Kaduwela in the Colombo suburbs among the worst hit.
        Navy boats were used to rescue people trapped in houses along the Kelani River. India
        sent two ships and an aircraft with relief supplies."""),
        "disaster",
    ),
    (
        "Floods, landslides kill 224 as record rainfall lashes Kathmandu Valley",
        _t("""At least 224 people have been killed and 28 are missing after two days of record
        rainfall triggered floods and landslides across the country, the Home Ministry said on
        Monday. In the Kathmandu Valley, where 34 people died, the Nakkhu and Bagmati rivers burst
        their banks, submerging settlements in Lalitpur and Kathmandu, and security personnel used
        helicopters and rafts to pluck people from rooftops. Thirty-five people were killed when a
        landslide buried three buses and other vehicles on the Tribhuvan Highway in Dhading. The
        Nepal Army, Nepal Police and Armed Police Force have mobilised more than 20,000 personnel
        for search and rescue and have rescued over 4,500 people, the ministry said. Highways
        linking Kathmandu to the rest of the country remain blocked in several places.
        Meteorologists said the rain, brought by a low-pressure system over the Bay of Bengal, was
        the heaviest recorded in the valley in more than five decades. Schools will remain closed
        for three days."""),
        "disaster",
    ),
    (
        "Cyclone Ditwah: death toll climbs past 400 as floods swamp Kelani basin",
        _t("""The death toll from Cyclone Ditwah and the floods and landslides that followed has risen
        to 410, with 336 people still missing, the Disaster Management Centre said today. More
        than 1.2 million people in 25 districts have been affected, and about 200,000 are
        sheltering in some 1,400 welfare centres, the DMC said. The worst-hit areas were the
        central hills, where landslides buried entire hamlets in Kandy, Badulla and Nuwara Eliya,
        and the Kelani River basin, where water levels rose to their highest in decades. President
        Anura Kumara Dissanayake declared a state of emergency and said the country faced the most
        challenging natural disaster in its history. The tri-forces have deployed more than
        30,000 personnel, and Air Force helicopters are dropping food to villages cut off by
        landslides. India, Japan and Pakistan have sent relief supplies and rescue teams. Train
        services on the upcountry line remain suspended. Schools in the affected districts will
        stay closed until further notice, the Education Ministry said."""),
        "disaster",
    ),
    (
        "Jajarkot earthquake: 153 dead, thousands spend night in the open",
        _t("""At least 153 people were killed and more than 350 injured when a magnitude 6.4
        earthquake struck Jajarkot and Rukum West in Karnali Province late on Friday night, the
        Home Ministry said. Most of the victims were crushed when mud-and-stone houses collapsed
        as people slept, officials said. Survivors in Nalgad and Aathbiskot municipalities spent
        the night in the cold, huddled around fires as aftershocks continued. Prime Minister
        Pushpa Kamal Dahal flew to Jajarkot early on Saturday with a team of doctors, and Nepal
        Army helicopters airlifted the seriously injured to hospitals in Surkhet and Nepalgunj.
        The quake damaged more than 8,000 houses, according to preliminary estimates. The Nepal
        Red Cross Society has distributed tarpaulins and blankets, but aid workers said more
        shelters were urgently needed before winter sets in. Many of the dead were children. Schools in the two districts have been closed for a
        week, and the government has announced relief of Rs 200,000 for each family that lost a
        member."""),
        "disaster",
    ),
    (
        "Swell waves flood 22 islands; families moved to schools in Gaafu Dhaalu",
        _t("""High tidal swell waves flooded at least 22 inhabited islands across the Maldives on
        Thursday, forcing dozens of families to move to schools and community centres, the
        National Disaster Management Authority said. The worst-affected islands were in Gaafu
        Dhaalu, Laamu and Addu atolls, where sea water entered homes and damaged household goods,
        officials said. On one island in Gaafu Dhaalu, 48 people from 11 households were sheltered
        in the school. The Maldives National Defence Force sent coastal teams to pump out water
        and build temporary sandbag walls. The Maldives Meteorological Service said the swells were
        caused by a combination of strong south-westerly winds and spring tides, and issued a
        yellow alert for the next two days. The authority said it had dispatched drinking water
        and food to the affected islands. Environment groups said the flooding showed the
        country's growing vulnerability to rising sea levels. Officials said water had receded from most islands by Friday
        afternoon."""),
        "disaster",
    ),
    (
        "Sri Lanka sends relief team as Myanmar quake toll rises above 2,700",
        _t("""Sri Lanka will send a team of disaster response specialists and a consignment of
        medicines to Myanmar, where the death toll from last week's 7.7-magnitude earthquake has
        risen above 2,700, the Foreign Ministry said. The quake, centred near Mandalay, toppled
        buildings, pagodas and bridges across central Myanmar and was felt as far away as Bangkok,
        where a high-rise under construction collapsed, killing dozens of workers. The team of 30,
        drawn from the Army's engineers and the Disaster Management Centre, will leave on an Air
        Force C-130 aircraft on Thursday. Myanmar's military government said more than 4,500
        people had been injured and 440 were missing. Aid agencies said survivors in Mandalay were
        sleeping in the streets for fear of aftershocks and that clean water was running short.
        Buddhist monks in Sri Lanka have organised prayers and collections for the victims at
        temples across the island. Several Sri Lankan monks studying in Mandalay have been
        accounted for and are safe, the embassy in Yangon said."""),
        "disaster",
    ),
    # accident
    (
        "Yeti Airlines plane with 72 aboard crashes in Pokhara; 68 bodies recovered",
        _t("""A Yeti Airlines ATR 72 aircraft carrying 72 people crashed into the Seti River gorge
        moments before landing at the new Pokhara International Airport on Sunday morning,
        killing at least 68, officials said. The flight from Kathmandu was carrying 68 passengers,
        including 15 foreigners, and four crew members. Witnesses said the plane banked sharply to
        the left before plunging into the gorge between the new airport and the old domestic
        airport and bursting into flames. Soldiers, Armed Police Force personnel and local
        residents pulled bodies from the burning wreckage until dark. The government declared
        Monday a day of national mourning and formed a five-member commission to investigate the
        crash. Among the foreigners were five Indians, four Russians, two South Koreans and one
        each from Australia, Argentina, France and Ireland. It is Nepal's deadliest air disaster
        since 1992. The flight data recorder and the cockpit voice recorder were recovered on
        Monday and will be sent abroad for analysis."""),
        "accident",
    ),
    (
        "21 killed as SLTB bus plunges down precipice at Gerandi Ella in Kotmale",
        _t("""Twenty-one people were killed and more than 35 injured when a Sri Lanka Transport Board
        bus carrying pilgrims from Kataragama to Kurunegala plunged down a precipice at Gerandi
        Ella on the Nuwara Eliya-Kandy road in Kotmale in the early hours of today, police said.
        The bus, which was carrying about 70 passengers, left the road on a sharp bend and rolled
        down the slope, coming to rest on its roof among tea bushes. Residents, soldiers and
        police worked for hours to free passengers trapped in the wreckage, and the injured were
        taken to the Kotmale, Nawalapitiya and Kandy hospitals. Police said the driver, who was
        among the injured, is believed to have lost control of the bus after dozing off. The
        Transport Minister ordered an inquiry and said the bus had passed its fitness test last
        month. The crash is one of the deadliest road accidents in the country's history. The government has
        announced compensation of Rs 1 million for the family of each of the dead."""),
        "accident",
    ),
    (
        "Two dead, one missing after speedboat capsizes near Thulusdhoo",
        _t("""Two people died and one remains missing after a speedboat carrying tourists and resort
        staff capsized in rough seas near Thulusdhoo in Kaafu Atoll on Sunday evening, the
        Maldives National Defence Force said. Seventeen people, including nine foreign tourists,
        were rescued by the Coast Guard and a passing dhoni and taken to Hulhumalé Hospital. The
        dead, a Bangladeshi crew member and a 52-year-old Italian tourist, were found trapped
        inside the cabin, officials said. Coast Guard divers and a surveillance aircraft are
        continuing the search for the missing passenger, a Maldivian resort employee. The
        speedboat was travelling from Malé to a resort in North Malé Atoll when it was hit by a
        large wave, survivors said. The Transport Authority said it would investigate whether the
        vessel had been overloaded and whether weather warnings had been ignored. A yellow alert
        for strong winds had been issued for the central atolls earlier in the day."""),
        "accident",
    ),
    # health
    (
        "Dengue cases cross 40,000 as health officials declare 20 high-risk areas",
        _t("""More than 40,000 dengue cases and 24 deaths have been reported so far this year, the
        National Dengue Control Unit said today, warning that the numbers could rise sharply with
        the onset of the south-west monsoon. The Western Province accounts for nearly half of the
        cases, with areas in the Colombo, Gampaha and Kalutara districts among 20 Medical Officer
        of Health divisions declared high-risk. A community physician at the unit said schools,
        construction sites and government offices were among the main breeding grounds found
        during inspections. The unit, together with the police and the tri-forces, will launch a
        three-day mosquito eradication campaign from Friday, during which officers will inspect
        more than 150,000 premises. Legal action will be taken against owners of premises where
        larvae are found. Hospitals in Colombo have opened special dengue wards, and doctors urged
        patients with fever lasting more than two days to seek treatment."""),
        "health",
    ),
    (
        "Cholera cases rise to 77 in Kathmandu; Lalitpur bans sale of panipuri",
        _t("""The number of cholera cases in the Kathmandu Valley has risen to 77, the Epidemiology
        and Disease Control Division said on Sunday, as health officials stepped up water testing
        in the worst-affected neighbourhoods. Most of the cases were reported from wards of
        Kathmandu Metropolitan City, and the source of infection is believed to be contaminated
        drinking water supplied by tankers. Lalitpur Metropolitan City has banned the sale of
        panipuri, a popular street snack, after several patients said they had eaten it before
        falling ill. No deaths have been reported so far. 'We have sent rapid response teams to
        the affected areas, and chlorine tablets are being distributed,' said the division's
        director. The World Health Organization has supplied 50,000 doses of oral cholera vaccine,
        and a vaccination campaign will begin next week in high-risk areas. Doctors at the
        Sukraraj Tropical and Infectious Disease Hospital in Teku said they had set up extra
        beds."""),
        "health",
    ),
]
