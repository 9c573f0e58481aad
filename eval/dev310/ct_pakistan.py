"""Pakistan: ISPR, the provincial CTDs, Balochistan, the former tribal districts, 2014-2025."""

from _wrap import item

item(
    "Eight khwarij killed in Datta Khel raid, two soldiers martyred",
    """
Security forces killed [[eight khwarij|killed;a=Inter-Services Public Relations (ISPR)]] in an
intelligence-based operation in the Datta Khel area of North Waziristan, the Inter-Services
Public Relations (ISPR) said on {{12 September 2024}}. During the intense exchange of fire,
[[two soldiers|killed;a=military's media wing;alt=Inter-Services Public Relations (ISPR)]],
including a {{27-year-old}} lance naik from Karak, embraced martyrdom, the military's media wing
said. [[Three others|injured]] were shifted to the Combined Military Hospital in Bannu. Troops
recovered [[four sub-machine guns|other;a=statement;alt=Inter-Services Public Relations (ISPR)]],
[[11 hand grenades|other;a=statement;alt=Inter-Services Public Relations (ISPR)]] and
[[a dozen magazines|other;a=statement;alt=Inter-Services Public Relations (ISPR)]] from a compound
used as a hideout, the statement said. A sanitisation operation was under way in the valley,
where about [[30 fighters|combatants]] of the outlawed Tehreek-e-Taliban Pakistan are believed to
be sheltering. It was the {{third}} such operation in the district in {{ten days}}.
""",
)

item(
    "Punjab CTD arrests 21 terror suspects in week of raids",
    """
The Counter Terrorism Department (CTD) of Punjab said on {{Monday}} it had arrested
[[21 suspected terrorists|arrested;a=Counter Terrorism Department (CTD) of Punjab]] in
[[144 intelligence-based operations|other;u=other;a=Counter Terrorism Department (CTD) of Punjab]]
carried out over the past week. Those held include [[five members|arrested;a=CTD spokesperson]] of
the banned Tehreek-e-Taliban Pakistan and [[three|arrested;a=CTD spokesperson]] linked to the
Islamic State's Pakistan province, a CTD spokesperson said. Raids were conducted in Lahore,
Rawalpindi, Multan, Bahawalpur and Dera Ghazi Khan. According to the spokesperson, the suspects
were planning to target a Muharram procession and a police training centre. The CTD said it also
seized {{8.5 kilograms}} of explosives, [[14 detonators|other;u=other;a=CTD]],
[[two pistols|other;a=CTD]] and [[46 rounds|other;a=CTD]], along with banned literature and
{{Rs312,000}} in cash. Cases have been registered under the Anti-Terrorism Act of {{1997}}. In
{{2023}}, the department said, it arrested [[more than 1,100 suspects|arrested;a=department;alt=Counter Terrorism Department (CTD) of Punjab]]
across the province.
""",
)

item(
    "Eighteen FC personnel killed in Kalat ambush; army says 23 attackers dead",
    """
Militants ambushed a Frontier Corps convoy on the {{N-25}} highway near Mangochar in Kalat
district late on {{31 January 2025}}, killing [[18 paramilitary soldiers|killed;a=army]], the
army said. In its statement, the Inter-Services Public Relations said troops responded swiftly
and killed [[12 attackers|killed;a=Inter-Services Public Relations]] on the spot. A further
[[11|killed]] were killed overnight as helicopter gunships pounded escape routes towards the
Harboi hills. [[Four soldiers|injured;a=officials in Quetta]] were wounded, officials in Quetta
said, while [[at least two|missing;a=officials in Quetta]] remained unaccounted for on
{{Saturday}} morning. The banned Balochistan Liberation Army claimed responsibility in a message
to journalists, saying its fighters had killed [[more than 30 soldiers|killed;a=Balochistan Liberation Army]]
and seized [[two vehicles|other;a=Balochistan Liberation Army]], a claim the military rejected.
The provincial home department said some [[1,500 additional Levies and police personnel|combatants;p;a=provincial home department]]
would be deployed along the highway within {{two weeks}}.
""",
)

item(
    "KP counter-terrorism department's 2023 tally: 312 militants killed",
    """
Khyber Pakhtunkhwa's Counter Terrorism Department (CTD) said in its annual report on {{Tuesday}}
that it killed [[312 terrorists|killed;a=Khyber Pakhtunkhwa's Counter Terrorism Department (CTD)]]
and arrested [[1,096 suspects|arrested;a=Khyber Pakhtunkhwa's Counter Terrorism Department (CTD)]]
in {{2023}}. During the year the department carried out
[[2,047 intelligence-based operations|other;u=other]], up {{22 per cent}} on {{2022}}. Police bore
the brunt of the violence: [[137 policemen|killed;a=report;alt=Khyber Pakhtunkhwa's Counter Terrorism Department (CTD)]]
were martyred and [[262|injured;a=report;alt=Khyber Pakhtunkhwa's Counter Terrorism Department (CTD)]]
injured, the report said, most of them in Dera Ismail Khan, Bannu, Lakki Marwat and Khyber. The
CTD said head money totalling {{Rs1.2 billion}} had been announced for
[[161 most-wanted militants|combatants;a=CTD]]. It plans to recruit
[[2,500 more personnel|combatants;p;a=CTD]] in {{2024}} and open regional offices in the merged
districts.
""",
)

item(
    "Jaffar Express siege ends; military says all 33 attackers killed",
    """
Security forces ended the siege of the hijacked Jaffar Express in the Bolan Pass on
{{12 March 2025}}, killing [[all 33 militants|killed;a=military's spokesman]] who had stormed the
train, the military's spokesman told a news conference in Rawalpindi. He said
[[339 passengers|kidnapped;a=military's spokesman]] had been rescued during the {{36-hour}}
operation. Of the [[26 hostages|killed;a=military's spokesman]] killed by the militants,
[[18|killed;a=military's spokesman]] were army and Frontier Corps personnel travelling on leave,
he said. The train was carrying [[about 440 passengers|civilians;a=Pakistan Railways]] when it
was stopped near Periru tunnel {{No 8}}, according to Pakistan Railways.
[[At least 37 injured passengers|injured;a=officials]] were taken to hospitals in Quetta and Sibi,
officials said. Local officials said
[[more than 50 passengers|missing;a=Local officials]] who fled into the mountains during the
gunfight were still unaccounted for on {{Thursday}}.
""",
)

item(
    "A year of Zarb-e-Azb: army says 2,763 militants killed",
    """
The army said on {{15 June 2015}} that [[2,763 terrorists|killed;a=army]] had been killed and
[[837 hideouts|other;u=structure;a=army]] destroyed since Operation Zarb-e-Azb was launched in
North Waziristan a year earlier. In the same period,
[[347 officers and soldiers|killed;n=officers and soldiers;a=army]] lost their lives, the army
said. Troops seized [[18,087 weapons|other;a=spokesman]] and
[[253 tonnes|other;a=spokesman]] of explosives, a spokesman told reporters in Rawalpindi.
[[Nearly a million people|displaced;v=1000000;q=approx]] fled the agency ahead of the offensive
and are living with relatives or at the Bakakhel camp in Bannu, which has room for
[[some 2,000 families|capacity]]. The government plans to begin returns in phases, starting with
[[about 10,000 families|returned;p;a=government]] from the Mir Ali and Miranshah subdivisions.
""",
)

item(
    "Families flee Tirah as operation against TTP, Lashkar-e-Islam widens",
    """
[[More than 4,000 families|displaced;a=district administration]] have left the Tirah valley in
Khyber district since security forces began an operation against the banned Tehreek-e-Taliban
Pakistan and Lashkar-e-Islam, the district administration said on {{Sunday}}. At the
registration point in Bara, [[2,830 families|displaced]] had been registered by {{Saturday}}
evening, while [[hundreds of others|displaced;u=household]] were staying with relatives in
Peshawar without registering. The provincial government has set up [[two camps|capacity;a=spokesman]]
at Bara with space for [[1,500 families|capacity;a=spokesman]], a spokesman said. Each registered
family receives {{Rs25,000}} and a food package, and the World Food Programme said it was
distributing rations to [[2,200 households|aid;a=World Food Programme]]. The army said
[[14 militants|killed;a=army]] had been killed in the valley in the past week, and a curfew of
{{72 hours}} was imposed on the Bagh and Maidan areas. Residents said
[[at least five civilians|killed;a=Residents]], including a {{10-year-old}} girl, had been killed
by mortar fire.
""",
)

item(
    "Last batch of Mehsud families returns to South Waziristan",
    """
[[Some 1,200 families|returned;a=FATA Disaster Management Authority]] went back to the Sararogha
and Ladha tehsils of South Waziristan this week, the FATA Disaster Management Authority said, in
what officials described as the final phase of returns. Since returns began in {{2016}},
[[more than 70,000 families|returned;a=authority;alt=FATA Disaster Management Authority]] have gone
back to the agency, the authority said, while [[around 8,000|displaced;u=household;a=authority;alt=FATA Disaster Management Authority]]
remain in Tank, Dera Ismail Khan and Karachi. Each returning family receives a cash grant of
{{Rs35,000}} and food for {{six months}}. The army said it had rebuilt
[[1,430 homes|housing;a=army]] and [[62 schools|housing;a=army]] destroyed during Operation
Rah-e-Nijat, which was launched in {{2009}}. Tribal elders say
[[at least 11,000 houses|housing;a=Tribal elders]] were damaged in the fighting and that
compensation has reached only a fraction of their owners.
""",
)

item(
    "Over 200 Baloch 'Farari' lay down arms at Quetta ceremony",
    """
At a ceremony in Quetta on {{9 August 2018}},
[[240 members|combatants;a=provincial home department]] of the banned Balochistan Liberation
Army, Balochistan Republican Army and Lashkar-e-Balochistan surrendered and pledged allegiance to
the state, the provincial home department said. Among them were
[[18 commanders|combatants;a=officials]], officials said. The fighters handed over
[[146 rifles|other]], [[22 rocket launchers|other]] and [[more than 9,000 rounds|other]] of
ammunition. Under the Peaceful Balochistan reconciliation package each surrendered fighter is
entitled to between {{Rs500,000}} and {{Rs1.5 million}}, depending on rank. Officials said
[[about 1,800 militants|combatants;a=Officials]] had surrendered since the package was announced
in {{2015}}, and that [[up to 500 more|combatants;p;n=-;a=Officials]] were expected to come
forward by the end of the year.
""",
)

item(
    "Militants abduct 16 atomic energy commission workers in Lakki Marwat",
    """
Gunmen of the Pakistani Taliban abducted [[16 employees|kidnapped;a=police]] of the Pakistan
Atomic Energy Commission after intercepting their van in the Qabul Khel area of Lakki Marwat on
{{10 October 2024}}, police said. [[Eight of the workers|kidnapped;a=district police officer]]
were recovered within hours, [[three|injured;a=district police officer]] of them with gunshot
wounds, the district police officer told reporters. [[The remaining eight|kidnapped;a=police]]
were believed to be held in a mountainous area near the Afghan border, police said. The
militants also set fire to the commission's van and [[two other cars|other]]. In a video
released {{two days later}}, the TTP said it would free the workers in exchange for
[[15 of its prisoners|arrested;a=TTP]].
""",
)

item(
    "Sindh CTD says it broke up BLA cell behind Confucius Institute bombing",
    """
The Sindh Counter Terrorism Department said on {{14 May 2022}} it had arrested
[[two key facilitators|arrested;a=Sindh Counter Terrorism Department]] of the suicide bombing at
the University of Karachi. The attack outside the Confucius Institute on {{26 April}} killed
[[four people|killed]], [[three|killed]] of them Chinese teachers. Raids in Gulistan-e-Jauhar and
Malir led to the arrest of [[five more suspects|arrested;a=officials]] and the recovery of
[[two suicide vests|other;u=other;a=officials]], officials said. CTD officials said the cell had
[[between 15 and 20 members|combatants;a=CTD officials]], most of them university-educated.
Police have deployed [[an additional 2,000 personnel|combatants;a=provincial government]] to guard
Chinese nationals in the city, where
[[about 1,500 Chinese citizens|civilians;a=provincial government]] live and work, according to
the provincial government.
""",
)

item(
    "Peshawar Police Lines mosque blast: toll rises to 101",
    """
The death toll from the suicide bombing at a mosque inside Peshawar's heavily guarded Police
Lines rose to [[101|killed;a=hospital officials]] on {{1 February 2023}}, hospital officials
said. [[Ninety-seven|killed;a=provincial police chief]] of the dead were policemen, the
provincial police chief told reporters, and [[more than 200 others|injured;a=provincial police chief]]
were wounded. [[Between 300 and 400 people|civilians]] were at the afternoon prayers when the
bomber detonated his vest at about {{1.15pm}}. Police said on {{Thursday}} they had detained
[[23 people|arrested;a=Police]] for questioning, including staff of the compound's canteen.
Counter-terrorism officials said the attack was planned by a cell of
[[about a dozen militants|combatants;a=Counter-terrorism officials]] linked to Jamaat-ul-Ahrar.
""",
)

item(
    "Pakistan says Afghans behind 14 of 24 suicide bombings, orders undocumented out",
    """
Pakistan's caretaker interior minister said on {{3 October 2023}} that Afghan nationals had
carried out [[14 of the 24 suicide bombings|other;u=other;a=caretaker interior minister]] in the
country this year, as he set a deadline of {{1 November}} for undocumented foreigners to leave.
The government estimates that [[about 1.7 million Afghans|civilians;a=government]] live in
Pakistan without documents. By mid-November,
[[more than 250,000 Afghans|returned;a=UN refugee agency]] had crossed back through Torkham and
Chaman, according to the UN refugee agency, many of them born in Pakistan. Police in Karachi and
Islamabad detained [[more than 1,000 people|arrested;a=rights groups]] in the first week of the
drive, rights groups said. Officials said [[49 holding centres|capacity;a=Officials]] had been set
up to process deportees, with space for [[up to 30,000 people|capacity;a=Officials]] at a time.
""",
)

item(
    "Attack on Turbat naval air station repulsed, four attackers killed",
    """
Security forces repulsed an attack on PNS Siddiq, the naval air station in Turbat, killing
[[all four attackers|killed;a=military]], the military said on {{26 March 2024}}.
[[One Frontier Corps soldier|killed]] died in the exchange of fire, and
[[two others|injured;a=statement;alt=military]] were wounded, the statement said. The Majeed
Brigade of the Balochistan Liberation Army said it had sent
[[six fighters|combatants;a=Majeed Brigade of the Balochistan Liberation Army]] and that they had
destroyed aircraft on the ground, which the navy denied. It was the {{third}} attack on a major
security installation in the province in {{less than a week}}, after an assault on the Gwadar Port
Authority complex in which [[eight attackers|killed]] and [[two soldiers|killed]] died.
""",
)

item(
    "Kurram: hundreds of bunkers demolished as Thall-Parachinar road reopens",
    """
Security forces have demolished [[476 bunkers|other;u=structure;a=deputy commissioner]] used by
armed groups in Lower Kurram, the deputy commissioner said on {{Saturday}}. The Thall-Parachinar
road had been closed since gunmen attacked a passenger convoy near Bagan in {{November 2024}},
killing [[at least 42 people|killed]]. [[More than 130 people|killed;a=provincial government]]
died in the sectarian clashes that followed, according to the provincial government. A convoy of
[[86 trucks|aid;a=officials]] carrying food and medicine reached Parachinar under escort,
officials said. [[Some 4,000 families|displaced]] from villages around Bagan remain with
relatives or in rented rooms in Hangu and Thall. Police said they had arrested
[[37 suspects|arrested;a=Police]] over the convoy attack.
""",
)

item(
    "Pakistan rises to second on Global Terrorism Index",
    """
Pakistan ranked {{second}} on the Global Terrorism Index {{2025}}, up from {{fourth}} a year
earlier, with a score of {{8.374}} out of {{10}}, the Sydney-based Institute for Economics and
Peace said on {{Wednesday}}. Deaths from terrorism in the country rose by {{45 per cent}} in
{{2024}}, the sharpest increase of any country in the top {{ten}}. Khyber Pakhtunkhwa and
Balochistan accounted for {{more than 96 per cent}} of attacks and deaths. The Tehreek-e-Taliban
Pakistan was named the fastest-growing terrorist group for the {{second year}} running. Analysts
in Islamabad said the figures reflected the collapse of talks with the group in {{November 2022}}.
""",
)

item(
    "Anti-terrorism court sentences planner of Gulshan-e-Iqbal park bombing to death",
    """
An anti-terrorism court in Lahore on {{Tuesday}} sentenced a {{32-year-old}} man to death for
planning the {{2016}} Easter Sunday suicide bombing in Gulshan-e-Iqbal park and imposed a fine of
{{Rs2 million}}. The judge also handed him {{25 years}} in prison under {{Section 7}} of the
Anti-Terrorism Act of {{1997}}, the sentences to run concurrently. The verdict, announced at
{{3pm}}, came {{eight years}} after the attack and {{14 months}} after the trial opened. Defence
lawyers said they would appeal to the Lahore High Court within {{seven days}}. The convict, who was
{{24}} at the time of the bombing, was arrested in {{March 2019}} in Rajanpur.
""",
)
