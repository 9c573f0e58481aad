"""Turkey, Palestine, Syria and the Arab press as Anadolu, WAFA, SANA and the Arabic services'
English desks render them: martyrs and wounded, detentions, demolitions, quakes, returns, aid
convoys (35 items, 2 without a figure)."""

from _wrap import item

item(
    "Occupation forces detain 25 citizens in West Bank",
    """The Israeli occupation forces detained, at dawn today, [[no fewer than 25
    citizens|arrested;a=the Palestinian Prisoner's Society]] from different areas of the West
    Bank, including a child and [[two former prisoners|arrested;a=the Palestinian Prisoner's
    Society]], according to the Palestinian Prisoner's Society. The number of detainees in the
    occupation prisons exceeds [[9.500|arrested;q=at_least]].""",
)

item(
    "Three martyrs and 10 wounded in occupation raid on Jenin",
    """[[Three citizens|killed;a=the Ministry of Health]] were martyred and [[10
    others|injured;a=the Ministry of Health]] were injured, including [[two|injured;a=the
    Ministry of Health]] in critical condition, by the occupation bullets during its aggression
    on Jenin camp, informed the Ministry of Health. The occupation bulldozers destroyed [[some
    20 houses|housing]] and the infrastructure of the camp.""",
)

item(
    "Occupation demolishes 14 structures in Masafer Yatta",
    """The Israeli occupation forces demolished [[14 structures|housing;a=the Colonization and
    Wall Resistance Commission]] in Masafer Yatta, south of Hebron, displacing [[some 60
    persons|displaced;a=the Colonization and Wall Resistance Commission]], among them [[35
    children|displaced;a=the Colonization and Wall Resistance Commission]], informed the
    Colonization and Wall Resistance Commission. The demolitions began at {{7.30}} in the
    morning, escorted by military vehicles.""",
)

item(
    "Gaza: 1,9 million persons displaced, UNRWA says",
    """[[Up to 1,9 million persons|displaced;v=1900000;a=the UNRWA]], or {{about 90 percent}} of
    the population of the Gaza Strip, are displaced, according to the UNRWA. [[Some 1,4
    million|displaced;v=1400000;a=the agency;alt=the UNRWA]] crowd in Rafah, the agency
    added.""",
)

item(
    "Anadolu: Türkiye sends 1.200 tonnes of humanitarian aid to Gaza",
    """The ship of the Turkish Red Crescent carrying [[1.200 tonnes|aid;a=AFAD]] of humanitarian
    aid departed from the port of Mersin at {{16.00}} toward El-Arish, stated AFAD. Since
    {{October 2023}}, Türkiye has sent [[more than 45 thousand tonnes|aid;a=the statement]] of
    aid to Gaza, according to the statement.""",
)

item(
    "Kahramanmaraş-centred quakes: death toll rises to 50.783",
    """The death toll from the Kahramanmaraş-centred earthquakes rose to [[50.783|killed;a=the
    Disaster and Emergency Management Authority (AFAD)]], stated the Disaster and Emergency
    Management Authority (AFAD). [[More than 115 thousand persons|injured]] were wounded. The
    quakes of magnitude {{7,7}} and {{7,6}} struck [[11 provinces|other;u=other]] on
    {{06.02.2023}}.""",
)

item(
    "Türkiye neutralises 13 PKK terrorists in northern Iraq",
    """The Turkish Armed Forces neutralised [[13 PKK terrorists|killed;a=the National Defence
    Ministry]] in northern Iraq, informed the National Defence Ministry. In the operation
    Claw-Lock, launched on {{17 April 2022}}, [[over 600 caves|other;u=other]] and shelters were
    destroyed.""",
)

item(
    "SANA: 40 families return to their homes in Deir Ezzor countryside",
    """[[Some 40 families|returned;a=SANA's reporter]] returned to their houses in the villages
    of al-Salihiyeh and Hatla in Deir Ezzor countryside, as indicated by SANA's reporter. The
    Governorate had rehabilitated [[three schools|housing]] and a well in the area.""",
)

item(
    "SANA: terrorist attack on bus kills 13 soldiers",
    """[[13 military personnel|killed;a=a military source]] were martyred and others injured in
    a terrorist attack targeting a bus of the army in Palmyra desert, a military source stated.
    The attack occurred at {{6.30}} in the morning.""",
)

item(
    "Syria: 700 thousand displaced in Idlib in two months",
    """The Response Coordinators team documented the displacement of [[more than 700 thousand
    civilians|displaced;a=The Response Coordinators team]] since the beginning of December, due
    to the bombardment of the regime and Russia. The team said [[1 800 civilians|killed;a=The
    team;alt=The Response Coordinators team]] lost their lives, of them [[some 500
    children|killed;a=The team;alt=The Response Coordinators team]].""",
)

item(
    "Lebanon: Israeli aggression kills 558, Health Minister says",
    """The Lebanese Health Minister Firass Abiad declared that the Israeli aggression since the
    morning killed [[558 persons|killed;a=The Lebanese Health Minister Firass Abiad]], among
    them [[50 children|killed;a=The Lebanese Health Minister Firass Abiad]] and [[94
    women|killed;a=The Lebanese Health Minister Firass Abiad]], and wounded [[1
    835|injured;a=The Lebanese Health Minister Firass Abiad]]. The schools were transformed into
    [[over 150 shelters|capacity]].""",
)

item(
    "Egypt: 2 thousand trucks wait at Rafah crossing",
    """[[Some 2 thousand trucks|aid;a=the Egyptian Red Crescent]] loaded with aid wait in
    Al-Arish and on the road to the Rafah crossing, said the Egyptian Red Crescent. Only [[about
    200 trucks a day|aid]] entered in {{November}}.""",
)

item(
    "Sudan: 10 million displaced, IOM reports",
    """The number of the internally displaced in Sudan reached [[10,7
    million|displaced;v=10700000;a=the International Organization for Migration]], reported the
    International Organization for Migration on {{27/03/2024}}. [[Some 1,8
    million|displaced;v=1800000;a=the organisation;alt=the International Organization for
    Migration]] crossed to neighbouring countries, according to the organisation.""",
)

item(
    "Iraq: 1 800 Iraqi families return from al-Hol camp",
    """The Ministry of Migration and Displaced announced the return of [[1 800 Iraqi
    families|returned;a=The Ministry of Migration and Displaced]] from the al-Hol camp in Syria
    to al-Jadaa rehabilitation centre in Nineveh. The camp still hosts [[some 40 thousand
    persons|displaced]], of them [[more than 20.000 Iraqis|displaced]].""",
)

item(
    "Morocco quake: 2.946 dead",
    """The Interior Ministry announced on {{13/09/2023}} that the number of victims of the
    earthquake of Al Haouz reached [[2.946 dead|killed;a=The Interior Ministry]] and [[5.674
    wounded|injured;a=The Interior Ministry]]. [[More than 50 000 houses|housing;a=the
    Government]] were damaged, according to the Government.""",
)

item(
    "Libya: Derna floods: 4.333 dead, 8.500 missing",
    """The floods caused by the storm Daniel killed [[4.333 persons|killed;a=the World Health
    Organization]] and [[8.500|missing;a=the World Health Organization]] remain missing,
    indicated the World Health Organization. [[Some 43 thousand persons|displaced;a=the IOM]]
    were displaced in the east, informed the IOM.""",
)

item(
    "Algeria: fires in Béjaïa kill 34",
    """[[34 persons|killed;a=the Minister of Interior;alt=Brahim Merad]], among them [[10
    soldiers|killed;a=the Minister of Interior;alt=Brahim Merad]], lost their lives in the fires
    of Béjaïa and Bouira, declared the Minister of Interior, Brahim Merad. [[Some 8 000
    firemen|other]] were mobilised.""",
)

item(
    "Jordan: 150 thousand Syrian refugees returned",
    """[[Some 150 thousand Syrian refugees|returned;a=the Jordanian Interior Ministry]] returned
    from Jordan to their country since {{8 December}}, stated the Jordanian Interior Ministry.
    The Zaatari camp, opened in {{2012}}, still hosts [[about 70 thousand
    refugees|displaced]].""",
)

item(
    "Palestinian prisoners: 3 600 administrative detainees",
    """The occupation holds [[3 600 administrative detainees|arrested;a=the Prisoners Affairs
    Commission]] without charge or trial, informed the Prisoners Affairs Commission. The
    administrative detention order is renewed every {{six months}}, and the Military Order No.
    {{1651}} allows it without limit.""",
)

item(
    "WAFA: settlers uproot 300 olive trees in Turmus Ayya",
    """Colonists uprooted and cut [[some 300 olive trees|other;u=other;a=WAFA correspondent]] in
    the lands of Turmus Ayya, north of Ramallah, reported WAFA correspondent. [[Five
    citizens|injured]] were injured with bruises after being attacked by the colonists.""",
)

item(
    "Turkish Red Crescent distributes 10.000 iftar meals in Gaza",
    """The Turkish Red Crescent distributed [[10.000 iftar meals|aid;a=the organisation;alt=The
    Turkish Red Crescent]] in the southern Gaza Strip on the first day of Ramadan, announced the
    organisation. The campaign will continue for {{30 days}}, with [[300 thousand meals|aid;p]]
    planned.""",
)

item(
    "Türkiye: 12 thousand irregular migrants caught in one week",
    """Turkish security forces caught [[12.118 irregular migrants|arrested;a=the Interior
    Ministry]] in the last week, stated the Interior Ministry. [[Some 370 migrant
    smugglers|arrested]] were detained in the operations across the country.""",
)

item(
    "Istanbul: fire in nightclub kills 29 workers",
    """[[29 persons|killed;a=the Istanbul Governor's Office]] died in the fire of a nightclub in
    Beşiktaş that was under renovation, announced the Istanbul Governor's Office. [[Eight
    persons|injured]] were treated in hospitals. The fire started at {{12.15}} in the basement
    of a {{16-storey}} building.""",
)

item(
    "Yemen: cholera cases exceed 100 thousand",
    """The suspected cases of cholera in Yemen exceeded [[100 thousand|other;q=at_least;a=the
    World Health Organization]], and the deaths reached [[798|killed;a=the World Health
    Organization]], according to the World Health Organization on {{21/06/2017}}. The outbreak
    spread in {{20 of the 22}} governorates.""",
)

item(
    "Syria: 500 detainees freed from Saydnaya",
    """[[Some 500 detainees|other;a=the White Helmets]] were freed from the Saydnaya prison,
    said the White Helmets, who searched for hidden cells for {{three days}}. The Association of
    Detainees and the Missing in Sednaya Prison estimates that [[more than 30.000
    persons|killed;a=The Association of Detainees and the Missing in Sednaya Prison]] were
    executed there between {{2011}} and {{2018}}.""",
)

item(
    "Tunisia: Sfax coast guard recovers 41 bodies",
    """The National Guard recovered [[41 bodies|killed;a=the National Guard]] of migrants off
    the coast of Sfax, informed the National Guard, while [[four|other]] were rescued. Since the
    beginning of the year, [[more than 900 migrants|killed;a=the Tunisian Forum for Economic and
    Social Rights]] have died at sea, according to the Tunisian Forum for Economic and Social
    Rights.""",
)

item(
    "Egypt: 2025 budget allocates 636 billion pounds to subsidies",
    """The draft budget of the fiscal year {{2024/2025}} allocates {{636 billion pounds}} to
    subsidies, informed the Minister of Finance on {{28.03.2024}}. The inflation reached
    {{35,7%}} in February, the highest in {{six decades}}.""",
)

item(
    "WAFA: occupation issues demolition orders for 11 homes in Silwan",
    """The Israeli occupation municipality in Jerusalem issued demolition orders for [[11
    homes|housing;p;a=the Wadi Hilweh Information Center]] in Silwan, which would displace
    [[some 70 persons|displaced;p;a=the Wadi Hilweh Information Center]], according to the Wadi
    Hilweh Information Center. The orders give the families {{21 days}} to demolish by
    themselves.""",
)

item(
    "Anadolu: Türkiye evacuates 1.500 citizens from Lebanon",
    """Türkiye evacuated [[1.500 citizens|displaced;a=the Foreign Ministry]] from Lebanon by
    ships which departed from the port of Beirut, the Foreign Ministry said. Among the evacuated
    were [[some 60|displaced]] foreign nationals.""",
)

item(
    "SANA: 1 000 tons of wheat arrive at Latakia port",
    """A ship carrying [[1 000 tons|aid;a=the port's director]] of wheat, a grant from the
    Russian side, arrived at Latakia port, the port's director told SANA. The quantity will be
    distributed to the mills of Latakia and Tartous during {{the next ten days}}.""",
)

item(
    "Gaza: 27 martyrs in shelling of school sheltering displaced",
    """[[27 citizens|killed;a=the Civil Defence spokesman;alt=Mahmoud Basal]] were martyred and
    [[tens of others|injured;a=the Civil Defence spokesman;alt=Mahmoud Basal]] were injured in
    the shelling of a school sheltering displaced persons in Deir al-Balah, informed the Civil
    Defence spokesman, Mahmoud Basal. The school hosted [[about 6 thousand
    displaced|displaced]].""",
)

item(
    "Türkiye: Syrian returns reach 200 thousand",
    """The number of Syrians who returned voluntarily from Türkiye since {{8 December 2024}} has
    exceeded [[200 thousand|returned;q=at_least;a=the Minister of Interior;alt=Ali Yerlikaya]],
    as indicated by the Minister of Interior, Ali Yerlikaya. Every day [[some 2 000
    persons|returned]] cross through the border gates.""",
)

item(
    "Jordan: 2025 budget projects 3,6 billion dinar spending on wages",
    """The general budget of {{2025}} allocates {{JD3,6 billion}} to wages and salaries, the
    Minister of Finance said at {{12.30}} on {{27/11/2024}}. The deficit will be {{5,5 percent}}
    of GDP.""",
)

item(
    "WAFA: 7 thousand students deprived of school in Jenin",
    """[[Some 7 thousand students|other;a=the Directorate of Education]] in Jenin were deprived
    of school due to the occupation aggression for {{the tenth day}}, the Directorate of
    Education stated. [[Four schools|housing;a=the Directorate of Education]] were damaged, it
    added.""",
)

item(
    "Iraq: over 100 killed in fire at wedding hall in Hamdaniya",
    """[[More than 100 persons|killed;a=the Ministry of Health]] died and [[over
    150|injured;a=the Ministry of Health]] were injured in the fire of a wedding hall in
    al-Hamdaniya, Nineveh, informed the Ministry of Health. [[Nine employees|arrested]] of the
    hall were detained.""",
)
