"""dev103 negatives from the crime and courts, health and sport desks: ordinary crime, trials,
outbreaks and games, with their shootings, 'attacks' and war backgrounds, none of them armed
conflict or political violence."""


def _t(body: str) -> str:
    """A body written across lines, joined by single spaces (the builder refuses newlines)."""
    return " ".join(body.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Two suspected robbers killed in 'encounter' with police in Karachi's Korangi",
        _t("""
        Two suspected street criminals were killed and a third was arrested in what police
        described as an encounter in Karachi's Korangi area early on Saturday, a day after a
        shopkeeper was shot dead during a robbery in the same neighbourhood. Korangi SSP Tariq
        Mastoi said a police patrol signalled three men on two motorcycles to stop near Bilal
        Colony, and they opened fire on the policemen. Officers returned fire, injuring two of
        the suspects, who died on the way to Jinnah Postgraduate Medical Centre, he said. Police
        claimed to have recovered two pistols, snatched mobile phones and cash from the
        suspects, and said one of them was wanted in more than a dozen cases of robbery.
        Relatives of one of the dead men gathered outside the hospital and alleged that he had
        been picked up from his home two days earlier. The Human Rights Commission of Pakistan
        has repeatedly raised concerns about staged encounters in the province. According to the
        Citizens-Police Liaison Committee, more than 60 people have been killed while resisting
        robberies in Karachi this year, and over 40,000 mobile phones have been snatched.
        """),
        "crime",
    ),
    (
        "DRI seizes cocaine worth Rs 1,800 crore from container at Mundra port",
        _t("""
        The Directorate of Revenue Intelligence (DRI) seized about 180 kg of cocaine hidden in a
        consignment of wooden furniture at the Mundra port in Gujarat's Kutch district,
        officials said on Friday, in one of the largest drug hauls in the country this year. The
        container had arrived from Ecuador via Panama and was declared as carrying furniture for
        a trading firm in New Delhi, according to the agency. Officers found packets of the drug
        stacked in hollow spaces inside table frames after a sniffer dog reacted during a
        routine scan. Officials put the value of the consignment at ₹1,800 crore in the
        international market. Three people, including the proprietor of the importing firm and a
        customs broker, have been arrested under the Narcotic Drugs and Psychotropic Substances
        Act, and investigators are tracing the financial trail to accounts in Dubai. The same
        port was at the centre of a 2021 seizure of nearly three tonnes of heroin from
        Afghanistan, which is being tried by a special court of the National Investigation
        Agency. The Gujarat coast has become a key entry route for drugs smuggled by sea,
        officials say.
        """),
        "crime",
    ),
    (
        "Duterte arrested on ICC warrant over drug war killings, flown to The Hague",
        _t("""
        Former President Rodrigo Duterte was arrested at the Ninoy Aquino International Airport
        on Tuesday morning on a warrant from the International Criminal Court, which accuses him
        of crimes against humanity over killings in his war on drugs. Police served the warrant
        as Duterte, 79, arrived on a flight from Hong Kong, and he was put on a chartered plane
        to the Netherlands in the evening, the Palace said. The ICC warrant covers killings by
        police and so-called death squads in Davao City, where Duterte was mayor, and across the
        country during his presidency from 2016 to 2019, before the Philippines left the court.
        Police figures put the number of suspects killed in anti-drug operations at more than
        6,000, while human rights groups say the real toll could be as high as 30,000. His
        daughter, Vice President Sara Duterte, called the arrest a kidnapping and flew to The
        Hague. Families of victims gathered outside the Commission on Human Rights in Quezon
        City, some holding photos of their dead sons. President Ferdinand Marcos Jr said the
        government had complied with its commitments to Interpol. Duterte's lawyers said they
        would challenge the court's jurisdiction. Supporters of the former president gathered
        outside Villamor Air Base in Pasay, where he was held for most of the day, and some
        stayed into the night holding candles and flags. In a video posted by his aides, Duterte
        asked what law he had broken and said he would take responsibility for the drug war.
        Rise Up for Life and for Rights, a group of victims' families, said the arrest was the
        first step to justice. The ICC pre-trial chamber is expected to set a date for his
        initial appearance in the coming days.
        """),
        "crime",
    ),
    (
        "Police free businessman held for ransom in Medan, arrest five kidnappers",
        _t("""
        North Sumatra Police have rescued a local businessman who was kidnapped in Medan and
        held for four days by a gang demanding Rp 5 billion (US$310,000) in ransom, officials
        said on Wednesday. The 52-year-old owner of a building materials store was forced into a
        car near his shop on Saturday evening by men posing as customers. His family received a
        ransom demand by phone the next day, and police traced the calls to a rented house in
        Deli Serdang regency. Officers raided the house before dawn on Tuesday and found the
        victim tied up but unharmed, the head of the regional police's criminal investigation
        unit said. Five suspects, including a former employee of the victim, were arrested, and
        two others are still being sought. Police shot one of the suspects in the leg when he
        tried to escape, the officer said, adding that an airsoft gun and a machete were seized.
        The suspects face up to 12 years in prison. Police said the former employee had supplied
        information about the victim's routine after he was dismissed last year.
        """),
        "crime",
    ),
    (
        "Nine shot dead in weekend of gang violence on the Cape Flats",
        _t("""
        Nine people were shot dead in Cape Town's Manenberg, Hanover Park and Elsies River over
        the weekend as a feud between rival gangs over the drug trade flared again, police said
        on Monday. Among the dead was a 14-year-old boy who was caught in crossfire while
        walking to a shop, community leaders said. The Western Cape's police commissioner said
        detectives were investigating whether the killings were linked to a split within the
        Americans gang, and that four suspects had been arrested and firearms seized. Residents
        of Hanover Park said children had stayed home from school on Monday, and a local clinic
        shortened its hours. Community Safety MEC Anroux Marais repeated her call for the army
        to be deployed on the Cape Flats, as it was in 2019, and for more detectives to be
        assigned to the area. Police Minister Senzo Mchunu said the ministry was working on a
        plan to disrupt the flow of illegal guns into gangs. The province recorded more than
        1,000 gang-related murders in the past financial year, according to police statistics.
        Ward councillors called for a community meeting on Wednesday. In Manenberg, a mother
        whose son was shot dead on the corner of her street last year said the shooting had
        become part of life. "We sleep on the floor when it starts at night," she told Daily
        Maverick. The Anti-Gang Unit has made more than 2,000 arrests since it was set up, but
        community groups say few cases end in convictions because witnesses are afraid to
        testify. The Western Cape government has funded extra law enforcement officers in
        hotspots, and the city is installing more cameras and gunshot detection sensors.
        """),
        "crime",
    ),
    (
        "Istanbul police detain 48 in operation against mafia-style gang",
        _t("""
        Istanbul police detained 48 suspects in simultaneous raids across 12 districts on
        Tuesday in an operation against an organized crime group accused of extortion, armed
        attacks on businesses and money laundering, the chief prosecutor's office said. The
        gang, led by a man known by the nickname 'Daltonlar', allegedly recruited teenagers
        through social media to fire shots at restaurants, car dealerships and construction
        sites whose owners refused to pay protection money. Prosecutors said at least 14 such
        shootings had been recorded in the city since January, in which two people were wounded.
        Police seized 23 pistols, three rifles, ammunition and luxury cars in the raids,
        according to a statement. Interior Minister Ali Yerlikaya said on social media that the
        fight against gangs would continue without interruption. Several of the detained
        suspects were under the age of 18 and were handed over to the juvenile branch. The
        leaders of the group are believed to be abroad, and prosecutors have requested red
        notices from Interpol. Courts have recently handed down heavy sentences in similar cases
        in Ankara and Izmir.
        """),
        "crime",
    ),
    (
        "Polio drive begins in 'high-risk' districts as new cases reported in Bannu",
        _t("""
        A week-long polio vaccination campaign began on Monday in 39 districts of Khyber
        Pakhtunkhwa, Balochistan and Sindh identified as high-risk, after two new cases of wild
        poliovirus were confirmed in children in Bannu, the National Emergency Operations Centre
        said. More than 12 million children under the age of five are to be vaccinated by over
        90,000 health workers going door to door. Police and Levies personnel have been deployed
        to escort the teams, officials said, because vaccinators have been targeted by militants
        in the past and some parents still refuse to let their children be vaccinated. The cases
        take the country's tally for the year to 21. Environmental samples from 23 districts
        have also tested positive for the virus. The prime minister's focal person on polio
        eradication urged religious scholars to help overcome refusals, which are concentrated
        in parts of southern KP and in some Karachi neighbourhoods. Pakistan and Afghanistan are
        the only two countries where wild poliovirus transmission has never been interrupted.
        The World Health Organization has said that cross-border movement between the two
        countries keeps the virus in circulation.
        """),
        "health",
    ),
    (
        "Dengue deaths cross 300 as hospitals in Dhaka run short of beds",
        _t("""
        Dengue has killed 307 people in Bangladesh so far this year, with 12 deaths recorded in
        the 24 hours to 8am on Wednesday, the highest single-day toll of the season, according
        to the Directorate General of Health Services. Another 1,540 patients were hospitalised
        during the period, more than half of them outside Dhaka. At the Mugda Medical College
        Hospital, patients were being treated on mattresses in corridors and on stairways, and
        relatives said they had to buy saline from pharmacies outside. Entomologists warned that
        the Aedes mosquito had become established across the country and that the outbreak was
        likely to continue into November because of late rains. Dhaka's two city corporations
        have launched special drives to destroy larvae in construction sites and on rooftops,
        and fined several building owners. Public health experts said the government's battle
        against dengue was failing because of a lack of year-round surveillance and
        coordination. Last year, 1,705 people died of the disease, the highest number on record.
        """),
        "health",
    ),
    (
        "Truck drivers first in line as Kenya begins mpox vaccination along transport corridor",
        _t("""
        Kenya began vaccinating people against mpox on Monday, starting with long-distance truck
        drivers, sex workers and health workers in counties along the Northern Corridor highway,
        where most of the country's cases have been recorded. The Ministry of Health said it had
        received 10,000 doses of the vaccine through the World Health Organization and Gavi, and
        would focus on Mombasa, Nakuru, Busia and Kisumu. The country has confirmed more than
        300 cases and five deaths since the first infection was detected at the Malaba border
        post with Uganda in July 2024. Health Cabinet Secretary Aden Duale said the campaign was
        part of a wider fight to stop the virus from spreading into the general population and
        urged people with rashes or fever to seek care early. Truck drivers waiting to clear
        goods at the Malaba crossing said they had been tested at the border but had little
        information about the vaccine. The World Health Organization declared the mpox outbreak
        in Africa a public health emergency of international concern in August 2024, after a new
        strain spread from eastern Congo to neighbouring countries. Vaccination will require two
        doses.
        """),
        "health",
    ),
    (
        "Nipah confirmed in Malappuram; containment zones declared, 255 on contact list",
        _t("""
        The Kerala government on Sunday declared containment zones in two panchayats of
        Malappuram district after a 24-year-old man who died last week tested positive for the
        Nipah virus, Health Minister Veena George said. The National Institute of Virology in
        Pune confirmed the infection from samples sent after the man's death at a private
        hospital in Perinthalmanna. The department has prepared a contact list of 255 people,
        including family members, friends and health workers, and 10 of them with symptoms have
        been isolated, the Minister said. Schools, colleges and cinemas in the containment zones
        will remain closed, and residents have been asked to wear masks. A central team from the
        National Centre for Disease Control is expected to reach the district on Monday. Kerala
        has recorded Nipah outbreaks in 2018, 2019, 2021, 2023 and 2024, most of them in
        Kozhikode and Malappuram, where fruit bats carrying the virus are common. The virus has
        no vaccine or specific treatment, and its fatality rate is estimated at 40 to 75
        percent.
        """),
        "health",
    ),
    (
        "From refugee camp nets to a World Cup semi-final: Afghanistan's improbable run",
        _t("""
        When Rashid Khan was a child, his family fled the fighting in Nangarhar to a refugee
        camp near Peshawar, where he learned cricket with a taped tennis ball on dusty streets.
        On Tuesday night he captained Afghanistan into the semi-finals of the T20 World Cup,
        after a tense eight-run win over Bangladesh in St Vincent that also knocked Australia
        out of the tournament. The Afghan bowlers defended a modest total of 115, with
        Naveen-ul-Haq taking four wickets and Rashid three, as Bangladesh's batsmen lost their
        heads in the chase. The players ran onto the field with the flag as the last wicket
        fell, and thousands of fans celebrated in the streets of Kabul, Jalalabad and Khost.
        Many in the squad grew up in camps in Pakistan after the Soviet war and the civil war of
        the 1990s, and the team still plays its home matches abroad. Coach Jonathan Trott said
        his players had shown what they could do when they believed in themselves. The Taliban
        government, which bars women from playing sport, congratulated the team. Afghanistan
        will face South Africa in Trinidad on Thursday. Gulbadin Naib, who took two wickets, was
        accused by Bangladesh fans of faking a cramp to slow the game during a rain delay, and
        match officials said they would look at the footage. The Afghan board's chief executive
        said the win would help the team secure more bilateral series against the big nations.
        Afghanistan, who were granted Test status in 2017, had never before reached the last
        four of a global tournament. Rashid's side beat Australia for the first time earlier in
        the tournament.
        """),
        "sport",
    ),
    (
        "Galatasaray edge closer to title after Icardi double in Kadıköy battle",
        _t("""
        Galatasaray moved six points clear at the top of the Süper Lig on Sunday after Mauro
        Icardi scored twice in a 3-1 win at Fenerbahçe in a derby fought with typical intensity
        and marred by a late melee between the benches. The Argentine striker opened the scoring
        from the penalty spot in the 18th minute and added a second after the break, before
        Dries Mertens sealed the win with a free kick. Edin Dzeko pulled one back for the hosts
        with a header, but Fenerbahçe's attack struggled to break down a Galatasaray defence
        marshalled by Davinson Sanchez. Referee Slavko Vincic showed four yellow cards after
        players from both sides clashed in stoppage time, and Fenerbahçe's coach, José
        Mourinho, was sent to the stands for protesting. Away fans were again barred from the
        stadium under the federation's rules for derbies, and thousands of riot police were on
        duty around the ground. Galatasaray coach Okan Buruk said his team had won a war of
        nerves. Fenerbahçe's board said it would file a complaint over the refereeing. There
        are seven rounds left in the season.
        """),
        "sport",
    ),
    (
        "Springboks' defence stands firm as Kolbe's late try sinks All Blacks",
        _t("""
        The Springboks survived a late onslaught to beat New Zealand 18-12 at Ellis Park on
        Saturday, taking a firm grip on the Rugby Championship thanks to a defensive effort
        their coach described as one of the best of his tenure. The All Blacks camped in the
        South African 22 for most of the final ten minutes but could not breach a green wall led
        by captain Siya Kolisi, who made 21 tackles. Cheslin Kolbe scored the only try of the
        second half with four minutes remaining, racing clear after a charge-down by Eben
        Etzebeth. Handré Pollard kicked four penalties, while Damian McKenzie landed all of New
        Zealand's points with the boot. Rassie Erasmus said his forwards had won the battle at
        the breakdown and that the team had shown the character needed to defend a world title.
        New Zealand coach Scott Robertson said his side had been beaten by a better team on the
        day, but that the result would not define the tour. The two teams meet again in Cape
        Town next weekend. More than 62,000 supporters filled the stadium.
        """),
        "sport",
    ),
    (
        "Obiena clears 6 metres again to win Diamond League leg, eyes Tokyo podium",
        _t("""
        Filipino pole vaulter EJ Obiena cleared 6.00 metres to win the Diamond League meeting in
        Shanghai on Saturday, beating a field that included three Olympic medallists and sending
        a clear warning ahead of the World Championships in Tokyo. Obiena, the world number
        three, cleared 5.92m on his first attempt and then 6.00m on his second, before failing
        three times at 6.10m. World record holder Armand Duplantis of Sweden skipped the
        meeting. The 29-year-old had struggled with a back injury that forced him to miss
        several competitions earlier in the season and said after the event that he was finally
        free of pain. Obiena has been fighting for years to fund his training base in Italy,
        after a long battle with the national athletics federation over the liquidation of his
        expenses that left him without government support for months. The Philippine Sports
        Commission said it would release additional funds for his preparation. Obiena finished
        fourth at the Paris Olympics last year, missing a medal on countback.
        """),
        "sport",
    ),
    (
        "Nepal stun West Indies in Sharjah to clinch first T20 series win over Test side",
        _t("""
        Nepal beat the West Indies by 19 runs in Sharjah on Saturday to clinch a three-match T20
        series with a game to spare, the country's first series win over a Test-playing nation.
        Opting to bat, Nepal posted 173 for six, with opener Aasif Sheikh scoring 68 off 47
        balls and captain Rohit Paudel adding a brisk 38. The Caribbean side, fielding several
        young players, were bowled out for 154, with leg-spinner Sandeep Lamichhane taking three
        wickets and Sompal Kami picking up two in his final over. Thousands of supporters in
        Kathmandu gathered to watch the match on a giant screen at Ratna Park, and fans in the
        stadium waved flags and beat drums until late in the night. Head coach Monty Desai
        praised his bowlers for their discipline in the death overs. The final match of the
        series will be played on Monday.
        """),
        "sport",
    ),
    (
        "Refugee runner who fled South Sudan as a child wins Kakamega half-marathon",
        _t("""
        Angelina Nadai Lohalith, who fled the war in South Sudan as a six-year-old and grew up
        in Kakuma refugee camp, won the women's race at the Kakamega half-marathon on Sunday,
        clocking 1:09:42 on a hilly course. The 30-year-old, who represented the Refugee Olympic
        Team at the Rio and Tokyo Olympics, broke away from a group of six runners after 15
        kilometres and crossed the line 40 seconds ahead of Kenya's Sheila Jepkosgei. She trains
        at the Tegla Loroupe Peace Foundation camp in Ngong, which hosts athletes from South
        Sudan, Sudan, the Democratic Republic of Congo and Ethiopia. Lohalith said she had not
        seen her parents since she left and that she runs to give hope to young people in the
        camps. Loroupe, the former marathon world record holder, said the win would help the
        athletes' bid for selection to the refugee team for the next Olympics. The men's race
        was won by Kenya's Daniel Ebenyo in 1:01:15. Organisers said more than 4,000 runners
        took part in the event, which raises money for school fees in the county.
        """),
        "sport",
    ),
]
