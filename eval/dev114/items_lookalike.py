"""Look-alike pairs: a count in one twin against a year, date, age, duration, ordinal, unit name
or name in the other that looks like it ("the 2019 attack" against "2,019 attacks", "Camp 15"
against "15 camps", "the 45th brigade" against "45 brigades") (14 pairs, L01-L14)."""

from _wrap import item, pair

pair("L01", "year / count: the 2019 attack on Arbinda, and 2,019 attacks counted in a year")
item(
    "Five years after the 2019 Arbinda attack, survivors still cannot go home",
    """In the {{2019}} attack on Arbinda, jihadists killed [[35 civilians|killed]],
    [[31|killed]] of them women, and [[seven soldiers|killed]] in a morning of fighting on
    {{Christmas Eve}}. {{Five years}} on, [[about 60,000 people|displaced;a=local officials]]
    from the commune live in camps in Djibo and Kaya, local officials say. The road to Arbinda
    is open only to army convoys.""",
)
item(
    "ACLED counts 2,019 attacks on civilians in Burkina Faso in a year",
    """The monitoring group ACLED recorded [[2,019 attacks|other;u=other;a=The monitoring group
    ACLED]] on civilians in Burkina Faso over the past {{12 months}}, by jihadist groups, the
    army and its volunteer militias. [[More than 3,800 civilians|killed;a=the group;alt=ACLED]]
    were killed in those attacks, the group said. The junta disputes the figures.""",
)

pair(
    "L02",
    "ordinal / duration: El Fasher on the 120th day of the siege, and after 120 days without aid",
)
item(
    "El Fasher's last hospital shelled on 120th day of siege",
    """The Saudi Hospital in El Fasher, the last functioning hospital in the city, was shelled
    on Sunday, the {{120th day}} of the siege by the Rapid Support Forces, killing [[nine
    patients|killed;a=the state health ministry]] and [[two nurses|killed;a=the state health
    ministry]], the state health ministry said. [[About 300,000 people|civilians]] remain
    trapped in the city.""",
)
item(
    "El Fasher: 120 days without a single aid convoy",
    """No aid convoy has reached El Fasher for {{120 days}}, the UN humanitarian office said on
    Thursday, and families in Abu Shouk camp are eating animal feed. The office said [[at least
    782 civilians|killed;a=The office;alt=the UN humanitarian office]] have been killed in the
    city since the siege began, and [[more than 1,100|injured;a=The office;alt=the UN
    humanitarian office]] injured.""",
)

pair(
    "L03", "unit name / count: the 45th Artillery Brigade's claims, and 45 Russian brigades massed"
)
item(
    "45th Artillery Brigade says it destroyed 12 Russian tanks near Pokrovsk",
    """Gunners of Ukraine's {{45th Artillery Brigade}} destroyed [[12 Russian tanks|other;a=the
    brigade;alt=Ukraine's 45th Artillery Brigade]] and [[more than 30 armoured
    vehicles|other;a=the brigade;alt=Ukraine's 45th Artillery Brigade]] as Russian forces tried
    to advance on Pokrovsk over the weekend, the brigade said on Telegram. The brigade also
    said [[about 200 Russian soldiers|killed;a=The brigade;alt=Ukraine's 45th Artillery
    Brigade]] were killed. The claims could not be independently verified.""",
)
item(
    "Syrskyi says Russia has massed 45 brigades on the Pokrovsk front",
    """Russia has concentrated [[45 brigades|combatants;u=other;a=Ukraine's
    commander-in-chief;alt=Oleksandr Syrskyi]] on the Pokrovsk front, [[about 110,000
    troops|combatants;a=Ukraine's commander-in-chief;alt=Oleksandr Syrskyi]] in all, Ukraine's
    commander-in-chief, Oleksandr Syrskyi, said on Monday. He said Ukrainian forces were
    outnumbered {{three to one}} in some sectors.""",
)

pair("L04", "age / count: a 15-year-old held over a Stockholm shooting, and 15 teenagers detained")
item(
    "Swedish police arrest 15-year-old over Stockholm gang shooting",
    """Police in Stockholm have arrested a {{15-year-old}} boy on suspicion of murder after
    [[one man|killed]] was shot dead and [[two|injured]] were wounded outside a pizzeria in
    Skärholmen on Friday night. Prosecutors said the boy had been recruited over an encrypted
    app and promised {{150,000 kronor}}. Children under {{15}} cannot be prosecuted in Sweden,
    which gangs exploit, police say.""",
)
item(
    "Police detain 15 teenagers in raids on Stockholm gang network",
    """Swedish police detained [[15 teenagers|arrested;a=the police]], the youngest of them
    {{14}}, in dawn raids on addresses linked to the Foxtrot network in Stockholm and Uppsala,
    the police said on Tuesday. Officers seized [[eight firearms|other]] and {{2 kg}} of
    explosives. [[Six|arrested]] of the suspects are wanted in connection with a bombing in
    Vällingby.""",
)

pair("L05", "date / count: Nigeria's June 12 protests, and 12 protesters remanded after them")
item(
    "June 12 protests: police fire tear gas at demonstrators in Lagos and Abuja",
    """Police fired tear gas at protesters in Lagos and Abuja as demonstrations marking {{June
    12}}, Democracy Day, turned into calls for President Muhammadu Buhari to resign. Amnesty
    International said [[at least 20 protesters|arrested;a=Amnesty International]] had been
    arrested in Ojota. The protesters sang the national anthem and waved placards calling for
    an end to killings and kidnappings.""",
)
item(
    "12 protesters remanded in Abuja after Democracy Day march",
    """A magistrate's court in Abuja on Monday remanded [[12 protesters|arrested]] arrested
    during Saturday's Democracy Day march in Kuje prison until their bail hearing. Their
    lawyer, Inibehe Effiong, said [[three|injured;a=Their lawyer;alt=Inibehe Effiong]] of them
    had been beaten in police custody. [[Dozens of supporters|other]] sang outside the court.""",
)

pair("L06", "camp name / count: a fire in Rohingya Camp 15, and armed groups in 15 camps")
item(
    "Fire in Rohingya Camp 15 destroys about 400 shelters",
    """A fire swept through {{Camp 15}} in Cox's Bazar on Sunday afternoon, destroying [[about
    400 shelters|housing;a=Bangladesh's refugee relief commissioner]] and leaving [[some 2,000
    refugees|displaced;a=Bangladesh's refugee relief commissioner]] without a roof,
    Bangladesh's refugee relief commissioner said. [[Two children|injured]] were treated for
    burns. Firefighters took {{two hours}} to bring it under control.""",
)
item(
    "Armed groups control 15 Rohingya camps at night, police say",
    """Armed groups hold sway in [[at least 15 camps|capacity;a=the Armed Police Battalion]] in
    Cox's Bazar after dark, the Armed Police Battalion said, as fighting between the Arakan
    Rohingya Salvation Army and the Rohingya Solidarity Organisation spreads. [[More than 60
    Rohingya|killed;a=police]] have been killed in camp violence this year, police said.""",
)

pair("L07", "road name / count: a shooting on Route 60, and 60 settlers storming a village")
item(
    "Two Israelis killed in shooting on Route 60 near Huwara",
    """[[Two Israelis|killed;a=Magen David Adom]] were killed when a Palestinian gunman opened
    fire on their car on {{Route 60}} near Huwara on Sunday, Magen David Adom said. The army
    set up roadblocks around Nablus and launched a manhunt. Since January, [[more than 30
    Israelis|killed]] have been killed in Palestinian attacks in the West Bank and Israel.""",
)
item(
    "Some 60 settlers storm Turmus Ayya, torching homes and cars",
    """[[About 60 settlers|combatants;a=the Palestinian Red Crescent]], some of them armed,
    stormed the village of Turmus Ayya near Ramallah on Wednesday, setting fire to [[12
    cars|other;a=the Palestinian Red Crescent]] and [[four homes|housing;a=the Palestinian Red
    Crescent]], the Palestinian Red Crescent said. [[One man|killed]] was shot dead and [[12
    people|injured]] were wounded.""",
)

pair("L08", "duration / count: 1,000 days of full-scale war, and 1,000 children brought back")
item(
    "Ukraine marks 1,000 days of full-scale war",
    """Ukraine marked {{1,000 days}} since Russia's full-scale invasion on Tuesday, with sirens
    in Kyiv and a minute of silence at {{9am}}. The UN human rights mission says [[at least
    12,164 civilians|killed;a=The UN human rights mission]] have been killed in that time.
    [[About 6.7 million Ukrainians|displaced;a=UNHCR]] are living as refugees abroad, according
    to UNHCR.""",
)
item(
    "More than 1,000 Ukrainian children brought back from Russia, Kyiv says",
    """[[More than 1,000 children|returned;a=the Bring Kids Back UA initiative]] taken to
    Russia or occupied territory have been returned to Ukraine, the Bring Kids Back UA
    initiative said on Wednesday. Kyiv says [[19,546 children|displaced;a=Kyiv]] were deported
    or forcibly transferred. Among the latest to come home were [[four siblings|returned]] from
    Kherson region.""",
)

pair("L09", "count / year: 2,024 migrants in a weekend on the Canaries, and the record of 2024")
item(
    "More than 2,000 migrants reach the Canary Islands in one weekend",
    """A total of [[2,024 migrants|displaced;a=Spain's interior ministry]] reached the Canary
    Islands between Friday and Sunday on [[38 boats|other;a=Spain's interior ministry]],
    Spain's interior ministry said, most of them landing on El Hierro. A cayuco from Mauritania
    carried [[more than 200 people|displaced]]. Reception centres on the island were full by
    Saturday night.""",
)
item(
    "Canaries record 46,843 arrivals in 2024 as deaths at sea soar",
    """[[46,843 people|displaced;a=interior ministry figures]] reached the Canary Islands by
    sea in {{2024}}, interior ministry figures show, beating the record set in {{2006}}. The
    group Caminando Fronteras says [[more than 9,700 people|killed;a=The group Caminando
    Fronteras]] died on the Atlantic route. The islands are caring for [[about 5,800
    unaccompanied children|displaced]].""",
)

pair("L10", "article number / count: Kashmir after Article 370, and 370 people still held")
item(
    "Kashmir under lockdown as India scraps Article 370",
    """India revoked {{Article 370}} of its constitution on Monday, ending the special status
    of Jammu and Kashmir, and cut phone and internet lines across the valley. [[About 38,000
    extra troops|combatants]] had been flown in over the previous {{10 days}}. Former chief
    ministers Omar Abdullah and Mehbooba Mufti were among [[dozens of politicians|arrested]]
    placed under house arrest overnight.""",
)
item(
    "Government says 370 people still detained in Kashmir under PSA",
    """[[370 people|arrested;a=the home ministry]] are still held under the Public Safety Act
    in Jammu and Kashmir, the home ministry told parliament on Wednesday, [[about
    80|arrested;a=the home ministry]] of them in jails outside the union territory. It said
    [[more than 5,000 people|arrested;a=the home ministry]] had been taken into preventive
    custody after the region's special status was scrapped.""",
)

pair("L11", "group name / count: M23 taking Rubaya, and 23 M23 fighters captured")
item(
    "M23 rebels seize Rubaya coltan mines",
    """{{M23}} rebels have taken control of Rubaya, home to some of the world's largest coltan
    mines, after {{two days}} of fighting with army-backed militias, residents said.
    [[Thousands of miners|displaced]] fled towards Goma. A UN report says the group earns
    {{$800,000}} a month from taxes on the mineral.""",
)
item(
    "Congolese army says it captured 23 M23 fighters near Sake",
    """The Congolese army said on Tuesday it had captured [[23 M23 fighters|arrested;v=23;a=The
    Congolese army]] and killed [[about 40|killed;a=The Congolese army]] in fighting around
    Sake, west of Goma. The captured men were shown to journalists in Goma with their hands
    tied. [[Five Rwandan soldiers|arrested;a=an army spokesman]] were among them, an army
    spokesman said.""",
)

pair(
    "L12",
    "age / count: a 72-year-old hostage freed by the ELN, and 72 people kidnapped in a quarter",
)
item(
    "ELN frees 72-year-old rancher held for five months in Arauca",
    """The ELN guerrillas released a {{72-year-old}} rancher in Arauca on Saturday, {{five
    months}} after he was taken from his farm near Tame, the Ombudsman's Office said. The
    office says the ELN is still holding [[at least 38 people|kidnapped;a=The office;alt=the
    Ombudsman's Office]]. [[Two delegates|other]] of the Catholic Church and the UN accompanied
    the handover.""",
)
item(
    "Kidnappings in Colombia rise to 72 in first quarter",
    """[[Seventy-two people|kidnapped;a=the Defence Ministry]] were kidnapped in Colombia
    between January and March, the Defence Ministry said, up from [[53|kidnapped;a=the Defence
    Ministry]] in the same period last year. The ministry blamed {{about half}} of the cases on
    the ELN and FARC dissident groups. [[Eleven victims|kidnapped]] were rescued by the army.""",
)

pair("L13", "ordinal / count: the third mass grave opened at Najha, and three mass graves found")
item(
    "Investigators open third mass grave at Najha cemetery",
    """Syrian civil defence teams began exhuming a {{third}} mass grave at the Najha cemetery
    south of Damascus on Monday, where residents say the former government's trucks unloaded
    bodies at night for years. The teams have recovered the remains of [[at least 100
    people|killed;a=The teams;alt=Syrian civil defence teams]] from the earlier graves, the
    teams said. Relatives brought photographs of sons who disappeared in Sednaya prison.""",
)
item(
    "Three mass graves found near Damascus, monitor says",
    """[[Three mass graves|other;u=other;a=the Syrian Observatory for Human Rights]] holding
    what may be [[thousands of bodies|killed;a=the Syrian Observatory for Human Rights]] have
    been found in the Qutayfah area north of Damascus, the Syrian Observatory for Human Rights
    said on Tuesday. The Syrian Network for Human Rights estimates that [[more than 112,000
    people|missing;a=The Syrian Network for Human Rights]] are still missing after disappearing
    in the former government's prisons.""",
)

pair("L14", "duration / count: 24 hours of shelling in Omdurman, and 24 bodies found in Bahri")
item(
    "Shelling of Omdurman market kills at least 120 in 24 hours",
    """Shelling by the Rapid Support Forces on the Sabreen market and nearby neighbourhoods of
    Omdurman killed [[at least 120 people|killed;a=the health ministry]] over {{24 hours}}, the
    health ministry said on Sunday. [[More than 150|injured]] were wounded. Al-Nao hospital
    said it had run out of blood and of space in its morgue.""",
)
item(
    "Volunteers bury 24 bodies found in Khartoum North homes",
    """Volunteers from an emergency response room in Khartoum North buried [[24
    bodies|killed;a=the group]] found in abandoned houses in the Shambat district, the group
    said on Thursday, after the army pushed the Rapid Support Forces out of the area. Most
    appeared to have been shot. [[About 1,500 people|returned]] have come back to the district
    since the fighting moved south.""",
)
