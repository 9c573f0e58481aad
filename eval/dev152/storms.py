"""Storms, cyclones and Medicanes: Storm Daniel in Libya, cyclones in Mozambique and
Madagascar, Ianos in Greece, record rain in the Gulf, Storm Boris in central Europe (9
articles, all with figures)."""

from _wrap import item

item(
    "Derna toll passes 5,000 as bodies wash ashore",
    """The death toll from the floods that tore through Derna after Storm Daniel has risen to
    [[5,300|killed;n=-;a=Tariq al-Kharraz]], Tariq al-Kharraz, spokesman for the interior
    ministry of the eastern-based government, said on Wednesday, adding that [[at least 10,000
    people|missing;a=Tariq al-Kharraz]] were still unaccounted for. Two dams above the city
    gave way in the early hours of Monday, sending a torrent down Wadi Derna that swept whole
    neighbourhoods, and the families asleep in them, into the sea. Libyan Red Crescent teams
    recovered [[dozens of bodies|killed]] from the shoreline on Wednesday morning, and the
    organisation said [[three of its volunteers|killed;a=the organisation;alt=Libyan Red
    Crescent]] had died while helping residents out of their homes. The International
    Organization for Migration said [[at least 30,000 people|displaced;a=The International
    Organization for Migration]] in Derna had been forced from their homes. At Al-Wahda
    hospital, one of the few still working, a doctor told Libya Observer that staff had treated
    [[about 700 people|injured;a=a doctor]] for injuries since the storm, many of them with
    fractures and deep cuts. Derna, a port city of [[some 90,000 people|civilians]], had not
    seen flooding on this scale since {{1959}}. Rescue teams from Egypt, Tunisia, Turkey and
    the United Arab Emirates reached the city on Tuesday, and Italy sent a navy ship carrying
    [[two helicopters|other]] to search the coastline. Storm Daniel dropped {{414 millimetres}}
    of rain on Al-Bayda in {{24 hours}}, according to the National Meteorological Centre. "We
    are collecting bodies from the streets and from the sea," said Hisham Chkiouat, a minister
    in the eastern government who sits on its emergency committee. Many of the missing are
    believed to have been swept out to sea. The eastern authorities, which are not recognised
    internationally, declared {{three days}} of mourning, and the rival government in Tripoli
    flew in [[14 tonnes|aid]] of medical supplies and body bags. The two dams, built in the
    {{1970s}}, had not been properly maintained for years despite repeated warnings from
    hydrologists. Large parts of the city were still without electricity or telephone lines on
    Wednesday, and health officials warned that contaminated water could spread disease among
    survivors.""",
)

item(
    "UN halves Libya flood death toll, citing WHO figures",
    """The United Nations on Monday revised the death toll from last week's floods in eastern
    Libya down to [[3,958|killed;n=-;a=The United Nations]], citing figures from the World
    Health Organization. OCHA, its humanitarian office, had on Saturday put the toll at
    [[11,300|killed;n=-;a=OCHA]], attributing the figure to the Libyan Red Crescent, which
    later said it had never issued it. [[More than 9,000 people|missing;a=the WHO]] are still
    missing, the WHO said, though officials caution that the lists contain duplicates. The
    International Organization for Migration said [[43,059 people|displaced;a=The International
    Organization for Migration]] had been displaced across the northeast, many of them staying
    with relatives in Benghazi, Al-Bayda and Tobruk. Libyan authorities say [[891
    buildings|housing;a=Libyan authorities]] in Derna were destroyed outright and
    [[211|housing;n=-;u=structure;a=Libyan authorities]] partially damaged.""",
)

item(
    "Freddy: Zambezia death toll rises to 53, says INGD",
    """Cyclone Freddy has killed [[at least 53 people|killed;a=INGD]] in Zambezia province since
    it made landfall for a second time near Quelimane on Saturday night, INGD, the national
    disaster management institute, said on Wednesday. [[More than 166,000
    people|civilians;a=the institute;alt=INGD]] have been affected and [[about 28,000
    houses|housing;a=the institute;alt=INGD]] damaged, destroyed or flooded, the institute said
    in its latest update. [[Some 49,000 people|displaced]] are sheltering in [[87 accommodation
    centres|capacity]] set up in schools and churches in Quelimane, Namacurra and Mocuba. In
    parts of Quelimane the power grid is still down, and the city's water utility said {{about
    60 percent}} of its customers had no running water. [[Two Mozambican Air Force
    helicopters|other]] have been flying food to communities cut off by the Licungo river,
    where [[hundreds of families|civilians]] spent the weekend on rooftops and in trees. Freddy
    brought gusts of up to {{200 km/h}} and more than {{500 millimetres}} of rain in {{72
    hours}} to some districts, according to the National Meteorology Institute. The city's
    central hospital said it was treating [[about 60 injured people|injured;a=The city's
    central hospital]], most of them hurt by falling roofs and walls. "The water came into the
    house at night and we climbed onto the roof with the children," said Ana Maria Sitoe, a
    resident of the Coalane neighbourhood. INGD warned that the Licungo and Zambezi rivers
    could rise further as rain kept falling upstream. The floods are expected to worsen a
    cholera outbreak that has infected [[more than 5,000 people|other]] in the province since
    September. In neighbouring Malawi, police said [[at least 190 people|killed;a=police]] had
    died, most of them in mudslides around Blantyre. The storm, which first struck Mozambique
    in late February, has now lasted {{more than five weeks}}.""",
)

item(
    "Cyclone Chido kills dozens in northern Mozambique",
    """Cyclone Chido has killed [[at least 34 people|killed;a=Mozambique's disaster management
    agency]] and injured [[319|injured;n=-;a=Mozambique's disaster management agency]] in the
    north of the country, Mozambique's disaster management agency said on Tuesday, {{two days}}
    after the storm came ashore south of Pemba with gusts of {{260 km/h}}. Cabo Delgado
    province, home to [[hundreds of thousands of people|displaced]] who fled a jihadist
    insurgency, took the brunt of the storm. In Mecufi district, officials said {{nine out of
    10}} houses had lost their roofs. The agency said [[more than 35,000 houses|housing;a=The
    agency;alt=Mozambique's disaster management agency]] had been totally or partially
    destroyed, along with [[171 classrooms|housing;a=The agency;alt=Mozambique's disaster
    management agency]] and [[20 health units|housing;a=The agency;alt=Mozambique's disaster
    management agency]]. UNICEF estimated that [[some 90,000 children|civilians;a=UNICEF]] had
    been affected. Before reaching the mainland, Chido flattened much of the French Indian
    Ocean territory of Mayotte, where authorities have confirmed [[31
    deaths|killed;a=authorities]] but fear the real toll is far higher. In Malawi, where the
    storm weakened over land, the government said [[13 people|killed;a=the government]] had
    died.""",
)

item(
    "Madagascar: Cyclone Gamane leaves 18 dead in the north",
    """[[At least 18 people|killed;a=Madagascar's disaster management office (BNGRC)]] have died
    after Cyclone Gamane swept across northern Madagascar, Madagascar's disaster management
    office (BNGRC) said on Friday. [[Four people|missing;a=the office;alt=Madagascar's disaster
    management office (BNGRC)]] are missing and [[more than 20,000|displaced;n=-;a=the
    office;alt=Madagascar's disaster management office (BNGRC)]] have been forced from their
    homes, most of them in Vohemar and Sambava, where rivers burst their banks, the office
    said. In Vohemar, [[about 2,000 houses|housing]] were under water on Thursday and the
    town's only bridge was swept away. Gamane made landfall on Wednesday morning with winds of
    {{150 km/h}}, surprising forecasters who had expected it to weaken, and dumped more than
    {{300mm}} of rain in {{36 hours}}. The World Food Programme said it had airlifted [[15
    tonnes|aid;a=The World Food Programme]] of high-energy biscuits to Sambava. In Sambava,
    [[some 1,200 families|displaced]] were staying in [[14 accommodation sites|capacity]],
    mostly schools and churches.""",
)

item(
    "Batsirai toll in Madagascar rises to 92",
    """The toll from Cyclone Batsirai in Madagascar rose to [[92|killed;n=-;a=officials]] on
    Wednesday, most of them in the southeastern district of Ikongo, where [[more than 80
    people|killed;a=officials]] died in landslides and collapsed houses, officials said. The
    national disaster office said [[more than 112,000 people|civilians;a=The national disaster
    office]] had been affected and [[about 30,000|displaced;n=-;a=The national disaster
    office]] were still in temporary shelters such as schools and churches. Ikongo, a district
    of [[roughly 200,000 inhabitants|civilians]], was cut off for days after the storm
    destroyed the main road and [[four bridges|other;u=other]]. Batsirai made landfall on the
    night of {{February 5}} with gusts of up to {{235 km/h}}, {{two weeks}} after tropical
    storm Ana killed [[55 people|killed]] in the country.""",
)

item(
    "Ianos leaves three dead in Karditsa, one missing",
    """[[Three people|killed;a=Civil Protection]] have died and [[one|missing;n=-;a=Civil
    Protection]] is missing after Medicane Ianos lashed western and central Greece, Civil
    Protection said on Saturday. All three victims were in the Karditsa area, where the storm
    dumped more than {{600 millimetres}} of rain in {{two days}} and turned villages around
    Mouzaki and Palamas into lakes. The fire service said it had received [[more than 2,800
    calls|other;u=other;a=The fire service]] for help since Thursday and had rescued [[about
    780 people|other;a=The fire service]] trapped in homes and cars. Army trucks evacuated
    [[dozens of residents|displaced]] from the village of Mitropoli, where the water reached
    the first floor of houses. In Kefalonia, Stavros Kavallieratos, the deputy regional
    governor, told ERT that [[about 1,300 houses|housing;a=Stavros Kavallieratos]] had been
    flooded and that the ports of Argostoli and Sami were damaged. Nikos Hardalias, the deputy
    minister for civil protection, said [[200 firefighters|other;a=Nikos Hardalias]] and [[40
    vehicles|other;a=Nikos Hardalias]] had been sent to the Ionian islands. Meteorologists said
    Ianos brought sustained winds of {{120 km/h}}, among the strongest recorded in a
    Mediterranean cyclone.""",
)

item(
    "UAE counts the cost of heaviest rain in 75 years",
    """The UAE recorded {{254.8mm}} of rain in less than {{24 hours}} on Tuesday, the most since
    records began in {{1949}}, the National Centre of Meteorology said. [[Four
    people|killed;a=the Ministry of Interior]] died, the Ministry of Interior said on Friday,
    among them a man in his {{70s}} whose car was swept away in a wadi in Ras Al Khaimah. Dubai
    International cancelled [[1,244 flights|other;a=the airport;alt=Dubai International]] and
    diverted [[41|other;n=-;u=other;a=the airport;alt=Dubai International]] between Tuesday and
    Thursday, the airport said, as passengers slept on terminal floors. In Sharjah, police said
    they had moved [[more than 1,600 residents|displaced;a=police]] of flooded buildings in Al
    Nahda and Al Majaz to hotels and temporary shelters. Recovery teams towed [[about 3,000
    vehicles|other]] from flooded streets and underpasses. In neighbouring Oman, where the
    storm struck {{two days}} earlier, the National Committee for Emergency Management said
    [[at least 19 people|killed;a=the National Committee for Emergency Management]] had died,
    [[10 of them|killed;n=-;a=the National Committee for Emergency Management]] schoolchildren
    whose vehicle was swept away in Samad Al Shan. The government ordered public sector
    employees to work remotely for {{two more days}}, and the cabinet later approved {{Dh2
    billion}} to repair the homes of Emirati citizens.""",
)

item(
    "Storm Boris floods central Europe as death toll rises",
    """Floodwaters from Storm Boris pushed into towns across central Europe on Monday, as the
    number of dead in the region rose to [[at least 18|killed;n=-]] and authorities in Poland
    and the Czech Republic ordered more evacuations. In Romania, where the storm first hit on
    Saturday, [[seven people|killed;a=officials]] died in the eastern county of Galati,
    officials said, and [[about 5,000 homes|housing;a=officials]] were damaged. Polish police
    said [[five people|killed;a=Polish police]] had drowned in the southwest, and Prime
    Minister Donald Tusk said [[more than 1,000 soldiers|combatants;p;a=Prime Minister Donald
    Tusk]] would be deployed to help with sandbags and evacuations. The town of Nysa was
    ordered evacuated after a levee gave way, and [[about 40 patients|displaced]] were moved
    from its hospital by ambulance and helicopter. Czech police said [[four
    people|missing;a=Czech police]] were missing, including [[three|missing;n=-;a=Czech
    police]] whose car was swept into a river near Jesenik. [[About 260,000
    households|civilians;a=the CEZ utility]] were without electricity on Sunday, according to
    the CEZ utility. In Austria, where Lower Austria was declared a disaster zone, [[two
    elderly men|killed]] drowned in their homes, and a firefighter died during a pumping
    operation. The Oder is expected to crest in Wroclaw later this week at about {{6.5
    metres}}.""",
)
