"""dev103 positives from the Middle East and Africa: whole articles that report current organised
violence or its direct consequences (eval/README.md, section 1), several of them opening on a
political, economic or human angle."""


def _t(body: str) -> str:
    """A body written across lines, joined by single spaces (the builder refuses newlines)."""
    return " ".join(body.split())


# (title, text, tag codes, kind)
POSITIVES = [
    (
        "As mediators push for new round of talks, strike on Gaza school shelter kills dozens",
        _t("""
        Egyptian and Qatari mediators were preparing on Saturday for another round of ceasefire
        talks when an Israeli strike on a school used as a shelter in Gaza City killed dozens of
        people during dawn prayers, according to Gaza's civil defence agency. The agency said
        more than 90 people were killed at the al-Tabi'in school in the Daraj neighbourhood,
        where families displaced from the north of the enclave had been living in classrooms and
        a prayer hall on the ground floor. The Israeli military said it had carried out a
        precise strike on a Hamas and Islamic Jihad command centre inside the compound and
        disputed the toll. Doctors at al-Ahli hospital said the hospital had run out of blood
        bags and that bodies were laid out in the courtyard because the morgue was full. The UN
        agency for Palestinian refugees said schools it ran or that had been turned into
        shelters had been hit dozens of times since the start of the war. Egypt's foreign
        ministry said the strike showed a lack of political will to end the war, while a Hamas
        official said the group was studying whether to attend the talks. The United States said
        it was deeply concerned and had asked Israel for more details. Aid agencies say more
        than 80 percent of Gaza's population has been displaced, many several times. Survivors
        described a fireball that tore through the prayer hall as men and boys stood in rows for
        the Fajr prayer. "I found my brother by his shoes," said Abu Anas, who had been sleeping
        in a classroom on the second floor with his wife and five children. Rescuers used
        blankets and plastic sheets to carry remains out of the building, and the civil defence
        agency said many of the victims could not be identified. The Israeli military published
        the names of 19 men it said were militants killed in the strike, and said it had used
        three precision munitions to limit harm to civilians. The ministry of health in Gaza
        said the strike was one of the deadliest on a single site since the war began in
        October. In Cairo, an Egyptian official told Al-Monitor that the mediators still hoped
        to convene the parties on Thursday, but that each such strike made their task harder.
        """),
        "E V D H",
        "airstrike on shelter",
    ),
    (
        "Masked settlers torch homes and cars in West Bank village; Palestinian man killed",
        _t("""
        Dozens of masked Israeli settlers stormed the Palestinian village of Jit near Nablus on
        Thursday evening, setting fire to homes and vehicles and throwing stones and firebombs,
        in an attack that the army's own commanders described as a pogrom. A 23-year-old
        Palestinian man was shot dead and another was seriously wounded, the Palestinian Health
        Ministry said. Videos from the village showed flames rising from a two-storey house and
        a line of burning cars on the main road. The Israel Defense Forces said troops arrived
        at the scene and evacuated the Israeli civilians, and that one Israeli had been detained
        and handed over to the police. Prime Minister Benjamin Netanyahu's office said those
        responsible would be apprehended and put on trial, and President Isaac Herzog condemned
        the attack. Residents told The Times of Israel that soldiers arrived more than an hour
        after the settlers, and a family of seven whose home burned down spent the night with
        relatives. Settler violence has surged across the West Bank since the start of the war
        in Gaza, and Washington has imposed sanctions on several settlers and outposts over
        attacks on Palestinians.
        """),
        "V",
        "settler attack",
    ),
    (
        "Traffic jams on southern highway as families flee Israeli strikes in Lebanon",
        _t("""
        Cars loaded with mattresses and suitcases crawled along the coastal highway from Tyre
        and Sidon towards Beirut on Monday as thousands of families fled southern Lebanon after
        a day of Israeli strikes that the Health Ministry said had killed at least 492 people,
        including 35 children. It was the deadliest day in Lebanon since the end of the 2006
        war. The Israeli military said it had struck around 1,300 Hezbollah targets in the south
        and in the Bekaa Valley, including rocket launchers and weapons stored in homes, and
        urged residents of villages in those areas to leave. Hezbollah said it had fired rockets
        at military sites in northern Israel in response. Schools in Beirut, Sidon and the Chouf
        mountains were turned into shelters overnight, and the education ministry postponed the
        start of the school year. Health Minister Firass Abiad said hospitals in the south had
        been told to stop non-urgent surgery to make room for the wounded. A trip of under two
        hours from Nabatieh to the capital took more than ten, one driver told The National. The
        UN humanitarian office said it was rushing supplies to shelters, warning that
        displacement was outpacing the response. In the Beirut suburb of Hamra, volunteers
        handed out bread, water and blankets at a public school where more than 400 people had
        arrived by nightfall. "We left with nothing but the children," said a woman from a
        village near Marjayoun who had spent the night in her car. Caretaker Prime Minister
        Najib Mikati called on the international community to pressure Israel to stop what he
        called a war of extermination. Lebanese banks and public schools in the south were
        closed on Tuesday.
        """),
        "E M D H",
        "airstrikes",
    ),
    (
        "Turkish jets neutralize 13 PKK terrorists in northern Iraq, ministry says",
        _t("""
        Turkish warplanes struck PKK targets in northern Iraq and neutralized 13 terrorists in
        the Gara, Hakurk and Metina regions, the National Defense Ministry (MSB) said on
        Thursday. The ministry said caves, shelters, ammunition depots and positions used by the
        group were destroyed in the operation, which was carried out as part of Operation
        Claw-Lock. The Turkish Armed Forces frequently use the term neutralized to indicate that
        militants were killed, captured or surrendered. In a separate statement, the ministry
        said two more PKK members had surrendered to security forces at the border gate in Habur
        in the southeastern province of Sirnak. Ankara launched Claw-Lock in April 2022 to
        target the group's hideouts in the mountainous region of northern Iraq, from where it
        says the PKK plans attacks on Türkiye. The PKK is listed as a terrorist organization by
        Türkiye, the United States and the European Union. Iraqi Kurdish officials have in the
        past complained about civilian casualties in border villages, and the federal government
        in Baghdad has repeatedly summoned Turkish diplomats over the strikes.
        """),
        "M E",
        "air operation",
    ),
    (
        "War-risk premiums jump after first fatal Houthi strike on a merchant ship",
        _t("""
        Insurers raised war-risk premiums for vessels transiting the Red Sea and the Gulf of
        Aden on Thursday, brokers said, after a Houthi missile killed three crew members on a
        bulk carrier in the first fatal attack on commercial shipping since the group began
        targeting vessels in November. The Barbados-flagged True Confidence was hit about 50
        nautical miles southwest of Aden on Wednesday, and the crew abandoned ship after a fire
        broke out, the US military's Central Command said. Four other crew members were injured,
        three of them critically, and an Indian warship evacuated the remaining sailors, the
        Indian Navy said. The dead were two Filipino seafarers and a Vietnamese national,
        according to officials in Manila and Hanoi. The Houthis' military spokesman said the
        group had fired missiles at the ship in support of the Palestinians in Gaza. Premiums
        for a seven-day passage rose to as much as 1 percent of a ship's value, from around 0.7
        percent a week earlier, two London brokers told Arab News. Several Saudi and Emirati
        shippers said they would route more cargo through the kingdom's Gulf ports and move it
        overland. The Philippines said it would review the deployment of its seafarers on ships
        crossing the area.
        """),
        "E",
        "missile attack on ship",
    ),
    (
        "Alawite families flee to Lebanon as violence spreads on Syria's coast",
        _t("""
        Hundreds of Alawite families crossed the Nahr al-Kabir river into northern Lebanon on
        Saturday and others sought refuge at Russia's Hmeimim air base, after two days of
        fighting between Syria's new security forces and gunmen loyal to the former government
        of Bashar al-Assad spread across the coastal provinces of Latakia and Tartus. The
        violence began on Thursday when insurgents ambushed security patrols near Jableh,
        killing at least 16 members of the security forces, according to the interior ministry.
        Thousands of fighters were then sent to the coast, and the Syrian Observatory for Human
        Rights said more than 700 civilians, most of them Alawites, had been killed by gunmen in
        towns and villages including Baniyas, in what it described as execution-style killings.
        Residents of Baniyas told Reuters by phone that men were taken from their homes and shot
        in the street. The government said it would hold accountable anyone who harmed civilians
        and announced a committee to investigate. Interim President Ahmed al-Sharaa called for
        national unity and urged loyalist fighters to lay down their arms. Lebanon's disaster
        management unit said more than 4,000 people had registered in villages of the Akkar
        district by Saturday evening. Electricity and water were cut in large parts of Latakia,
        and residents said bakeries had been closed for two days. The United Nations envoy for
        Syria called on all sides to refrain from actions that could further inflame tensions.
        Damascus imposed a curfew in Latakia, Tartus and Jableh until further notice.
        """),
        "B V D",
        "sectarian killings",
    ),
    (
        "RSF storms Zamzam camp as thousands flee on foot toward Tawila",
        _t("""
        Tens of thousands of people fled the Zamzam displacement camp in Sudan's North Darfur on
        Saturday as the paramilitary Rapid Support Forces stormed it after two days of shelling,
        aid groups and residents said. The camp, south of the besieged city of El Fasher, had
        been home to around 500,000 people who fled earlier fighting, and famine was confirmed
        there last year. Relief International said nine of its staff, including doctors and
        drivers, were killed when fighters attacked the last functioning health post in the
        camp. Residents reached by Reuters described fighters on pickup trucks firing at people
        in the market and setting shelters on fire. The RSF said it had taken control of Zamzam
        and accused the army and allied militias of using it as a military base, a claim aid
        agencies rejected. Women and children were walking more than 60 kilometres to the town
        of Tawila, where the Norwegian Refugee Council said new arrivals had little water and no
        shelter. The UN's humanitarian coordinator for Sudan said more than 100 people had been
        killed in the camp and in El Fasher since Thursday. The war between the army and the
        RSF, which began in April 2023, has displaced more than 12 million people. In Tawila,
        which already hosts hundreds of thousands of people who fled earlier attacks, Doctors
        Without Borders said it had treated dozens of people with gunshot wounds who arrived on
        donkey carts. "They shot at us as we ran," a woman who reached the town with four
        children told Reuters by satellite phone. The World Food Programme said it had not been
        able to deliver food to Zamzam since February because the roads were cut. The army said
        in a statement that it would retake the camp and accused the RSF of committing genocide
        against civilians in North Darfur.
        """),
        "B E V D H",
        "assault on displacement camp",
    ),
    (
        "Yelwata: mass burial as Benue counts its dead after night attack",
        _t("""
        Residents of Yelwata in Guma Local Government Area of Benue State on Sunday buried
        dozens of people in a mass grave, a day after gunmen stormed the community at night,
        shooting residents and setting houses on fire. The Benue State Police Command said at
        least 45 bodies had been recovered, while community leaders and Amnesty International
        put the figure at about 100, saying many of the dead were burnt inside their homes.
        Survivors told PREMIUM TIMES that the attackers, whom they described as armed herders,
        arrived around 11 pm from several directions and fired for about three hours. Many of
        those killed were displaced farmers who had been living in shops and in the town's
        market after fleeing earlier attacks on their villages. Governor Hyacinth Alia visited
        the community and described the attack as a massacre of innocent people. Hundreds of
        survivors moved to a camp for displaced persons in Daudu and to Makurdi, where the State
        Emergency Management Agency said it was providing food and mats. President Bola Tinubu
        ordered security agencies to arrest the perpetrators and directed the police and the
        army to deploy more personnel to the area. Gunmen have killed hundreds of people in
        Benue and neighbouring Plateau State this year in attacks linked to disputes over land
        and grazing.
        """),
        "V D",
        "village massacre",
    ),
    (
        "Jihadists overrun army base in Borno before troops regroup, sources say",
        _t("""
        Fighters of the Islamic State West Africa Province (ISWAP) overran a military base in
        northeastern Nigeria's Borno State before dawn on Monday, killing at least five soldiers
        and carting away weapons, military and militia sources told AFP. The jihadists attacked
        the base at Marte from several directions, using armed drones to drop explosives on the
        soldiers' positions before storming the barracks on gun trucks. A militia leader said
        the troops withdrew to the town of Dikwa and returned with reinforcements several hours
        later after air force jets struck the attackers. The army's spokesman said troops had
        repelled the attack and recovered the base, and that many terrorists were neutralised,
        without giving figures. It was at least the fifth attack on a military base in the state
        in two months. ISWAP split from Boko Haram in 2016 and has become the dominant jihadist
        group in the Lake Chad area. The Borno State governor, Babagana Zulum, warned last week
        that the insurgents were regaining ground in parts of the state. The conflict has killed
        more than 40,000 people and displaced around two million in the northeast since 2009.
        """),
        "B T E",
        "attack on base",
    ),
    (
        "Drone strike on minibus kills passengers in North Shewa as fighting continues",
        _t("""
        A drone strike on a minibus carrying passengers on a rural road in the North Shewa Zone
        of the Amhara region on Tuesday killed at least 11 civilians, among them a mother and
        two children, relatives and a health official told Addis Standard. The vehicle was
        travelling from Mehal Meda to a weekly market when it was hit, a resident who helped to
        take the wounded to a health centre said, adding that six other passengers were injured.
        The federal government did not respond to requests for comment, and the Ethiopian
        National Defense Force has in the past said its operations target only members of Fano,
        the Amhara militia it has been fighting since August 2023. Residents said there had been
        heavy fighting between government forces and Fano in nearby kebeles over the previous
        week, and that the road had been closed to traffic for several days. The region's
        education bureau said last month that more than four million children were out of school
        because of the conflict. The Ethiopian Human Rights Commission has repeatedly called on
        all parties to protect civilians and has documented deaths from drone strikes in several
        zones of the region. Telecommunications have been restricted in parts of Amhara since
        the state of emergency was declared.
        """),
        "E V B",
        "drone strike",
    ),
    (
        "SANDF families wait for news as M23 rebels push into Goma",
        _t("""
        Families of South African soldiers deployed in the eastern Democratic Republic of Congo
        spent Monday waiting by their phones, after the SANDF confirmed that nine of its members
        had been killed in fighting with M23 rebels near Goma over the weekend. Three Malawian
        peacekeepers and a Uruguayan were also killed, the United Nations said. By Monday
        morning M23 fighters, who Kinshasa and UN experts say are backed by Rwanda, were in the
        streets of Goma, a city of about two million people, and heavy gunfire and explosions
        were reported near the airport and the border with Rwanda. Shells landed in several
        neighbourhoods, and Doctors Without Borders said its teams were overwhelmed at a
        hospital receiving casualties. The UN refugee agency said more than 400,000 people had
        been displaced since the start of the year, many from camps around the city that emptied
        as the rebels advanced. The soldiers were part of the Southern African Development
        Community mission in the country and the UN force, MONUSCO. Defence Minister Angie
        Motshekga said the troops had fought to hold back the rebels' advance, and opposition
        parties demanded to know why the contingent had been sent with too few helicopters.
        President Cyril Ramaphosa spoke to his Rwandan counterpart, Paul Kagame, by telephone.
        In Soshanguve, north of Pretoria, the mother of a corporal who was deployed in December
        said she had last heard from him on Thursday. "He said they were fine and that I must
        not watch the news," she told Daily Maverick. The SANDF said next of kin of the dead had
        been informed and that the injured were being treated at the UN base in Goma. The South
        African National Defence Union called for the withdrawal of the troops.
        """),
        "B E D H",
        "rebel offensive",
    ),
    (
        "Seven police officers killed as IED hits vehicle on Mandera border road",
        _t("""
        Seven police officers were killed on Tuesday when their vehicle ran over an improvised
        explosive device on the road between Elwak and Kotulo in Mandera County, police said.
        The officers, from a Rural Border Patrol Unit, had been escorting a lorry carrying
        examination papers for schools in the county when the device exploded at around 10 in
        the morning. Two other officers were seriously injured and were airlifted to Nairobi.
        Police spokesperson Resila Onyango said the attack bore the hallmarks of the Al-Shabaab
        terrorist group, which has planted roadside bombs on routes used by security forces
        along the border with Somalia. Gunmen also opened fire on the convoy after the explosion
        before fleeing into the bush, witnesses told the Nation. Interior Cabinet Secretary
        Kithure Kindiki described the attack as a cowardly act of terror and said a multi-agency
        team had been sent to pursue the attackers. The Kenya National Examinations Council said
        the papers were safe and that candidates in the affected sub-county would sit their
        papers as scheduled. Mandera, Wajir, Garissa and Lamu counties have seen a rise in
        attacks this year.
        """),
        "T E",
        "roadside bomb",
    ),
    (
        "Parliament breached, police fire live rounds as Finance Bill protests turn deadly",
        _t("""
        Protesters stormed Parliament Buildings in Nairobi on Tuesday afternoon shortly after
        MPs voted to pass the Finance Bill 2024, setting part of the complex on fire as
        lawmakers were evacuated through a tunnel. Police opened fire on the crowds outside, and
        the Kenya Medical Association said at least 13 people were killed in Nairobi and more
        than 150 others were treated for injuries, many of them from gunshots. Part of City Hall
        was also set alight, and police fired tear gas at protesters in Mombasa, Kisumu, Nakuru,
        Eldoret and Nyeri. The protests, led largely by young people organising on social media,
        began a week ago against tax increases in the bill. Defence Cabinet Secretary Aden Duale
        gazetted the deployment of the Kenya Defence Forces to support the police, saying the
        situation amounted to an emergency. President William Ruto said in a televised address
        that the country had been attacked by criminals and vowed a full response. The Law
        Society of Kenya said some protesters had been abducted from their homes by people
        believed to be police officers, and called for their release. Internet monitoring groups
        reported disruption to connectivity across the country during the afternoon. At Kenyatta
        National Hospital, doctors appealed for blood donations as ambulances arrived every few
        minutes. Volunteer medics said they had been tear-gassed while treating the wounded
        inside the grounds of the Holy Family Basilica. The Independent Policing Oversight
        Authority said it had begun investigating the shootings. Opposition leader Raila Odinga
        called for dialogue and urged the President to withdraw the Bill.
        """),
        "U",
        "protest crackdown",
    ),
]
