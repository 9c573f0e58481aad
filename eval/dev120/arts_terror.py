"""Terrorism and massacres, followed up: bombings, shootings and sieges, the tolls revised,
the dead identified, the wounded still in hospital, the suspects held (12 articles with
figures, 1 without)."""

from _wrap import item

item(
    "Peshawar mosque blast toll reaches 100 as rubble is cleared",
    """PESHAWAR: The death toll from Monday's suicide bombing at a mosque inside the city's
    heavily guarded Police Lines rose to [[100|killed;n=-;a=officials]] on Wednesday, officials
    said, as rescue teams finished clearing the collapsed prayer hall. The figure had stood at
    [[59|killed;n=-]] on Monday night and at [[93|killed;n=-]] a day later, after
    [[27 more bodies|killed]] were pulled from the debris overnight. Muhammad Asim, a
    spokesman for Lady Reading Hospital, said [[221 people|injured;a=Muhammad Asim]] had been
    brought in with wounds and [[57 of them|injured;n=-;a=Muhammad Asim]] were still
    admitted. Moazzam Jah Ansari, the provincial
    police chief, told reporters that
    [[between 300 and 400 policemen|other;a=Moazzam Jah Ansari]] had gathered for afternoon
    prayers when the bomber, dressed in uniform, blew himself up in the front row. He said the
    attacker had carried {{10 to 12 kilogrammes}} of explosives past
    [[at least four checkpoints|other;a=Moazzam Jah Ansari]], a lapse he called unforgivable. Counter-terrorism police said they had
    detained [[23 people|arrested;a=Counter-terrorism police]] in raids across Khyber
    Pakhtunkhwa, including a man believed to have driven the bomber to the compound. The
    banned Tehreek-e-Taliban Pakistan distanced itself from the attack. It was the deadliest in
    the city since gunmen stormed an army-run school in {{December 2014}} and killed
    [[more than 140 people|killed]], most of them children. The Police Lines compound houses
    the provincial police headquarters, the counter-terrorism department and a family
    residential block, and lies less than {{a kilometre}} from the provincial assembly and the
    governor's house. Funeral prayers for the officers were held on the police ground on
    Tuesday, attended by the prime minister, who announced compensation of
    {{Rs2 million}} for each family. Provincial caretaker chief minister Azam Khan ordered an
    inquiry into how the attacker passed the gates and asked for a report within
    {{three days}}. Security analysts said the bombing showed that militants were again able
    to strike inside the most protected parts of the city, more than {{a decade}} after the
    army's operations in the tribal districts broke up their networks. Attacks in the province
    have risen sharply since the Afghan Taliban returned to power in Kabul in
    {{August 2021}}, and the banned TTP ended a ceasefire with the government in
    {{November}}.""",
)

item(
    "Burkina Faso: a month on, no official toll for Barsalogho",
    """Nearly a month after jihadists attacked Barsalogho in central Burkina Faso, the
    military government has still given no toll. A collective formed by relatives of the
    victims says [[at least 400 people|killed;a=A collective formed by relatives of the
    victims]] were killed on {{August 24}}, while a security assessment seen by AFP put the
    number at [[between 200 and 300|killed;n=-;a=a security assessment]]. JNIM, the
    al-Qaeda-linked group that claimed the attack, said its fighters had killed
    [[some 300 members|killed;a=JNIM]] of the army and of the civilian militia that backs it.
    Most of the victims were residents whom soldiers had ordered to dig a trench around the
    town, according to survivors. A health worker told AFP he had helped bury
    [[about 150 bodies|killed;a=A health worker]] in the first {{two days}}, and that
    [[dozens of women and children|killed;n=women and children;a=A health worker]] were among
    them. The attack sent [[thousands of residents|displaced]] fleeing to Kaya, some
    {{45 kilometres}} away, where the regional humanitarian office registered
    [[more than 9,000 new arrivals|displaced;a=the regional humanitarian office]] in the first
    week alone. CONASUR, the government's emergency agency, counted
    [[more than 2 million internally displaced people|displaced;a=CONASUR]] when it last
    published figures, in {{March 2023}}. Security sources said the army had sent
    [[a further 400 soldiers|combatants;a=Security sources]] and
    [[a dozen armoured vehicles|other;u=other;a=Security sources]] to the town since the
    massacre. The government spokesman, Rimtalba Jean Emmanuel Ouedraogo, said in a televised
    statement on {{September 2}} that the attackers had been "neutralised" and that the
    families would be supported, without giving details. Videos of the attack circulated on
    social media for days before they were taken down. Captain Ibrahim Traore, who seized power
    in {{September 2022}} promising to defeat the jihadists within {{months}}, has not visited
    the town. The junta suspended the broadcasts of several foreign media outlets last year
    after they reported on civilian deaths, and journalists cannot travel to Barsalogho
    without a military escort. In Kaya, the regional capital, survivors described being
    marched out of town at dawn with shovels and picks, and the shooting starting at about
    {{10am}} from several directions at once. "They went along the trench and shot anyone who
    moved," said a farmer of {{38}}, who survived by lying under the bodies of his
    neighbours until the afternoon. The United Nations and the European Union condemned the
    attack, the deadliest in the country since the jihadist insurgency spread from Mali in
    {{2015}}.""",
)

item(
    "Crocus City Hall toll rises to 144 as list of missing shrinks",
    """Russia's Investigative Committee said on Wednesday that the death toll from Friday's
    attack on the Crocus City Hall concert venue outside Moscow had risen to
    [[144|killed;n=-;a=Russia's Investigative Committee]], after a woman died of her injuries.
    The toll has been revised repeatedly: officials first spoke of
    [[40 dead|killed;a=officials]], then [[115|killed;n=-;a=officials]] and by Sunday
    [[137|killed;n=-;a=officials]], as rescuers searched the burned-out hall. The hall was packed for a rock concert when gunmen in camouflage opened fire in the lobby
    and set the building alight. Mikhail Murashko, the health minister, said
    [[95 people|injured;a=Mikhail Murashko]] remained in hospital, out of
    [[551|injured;n=-;a=Mikhail Murashko]] who had sought medical help. A list of people
    unaccounted for, compiled by volunteers, has shrunk from [[143 names|missing;a=its
    organisers]] to [[22|missing;n=-;a=its organisers]], its organisers said. A Moscow court
    has charged [[four men|arrested]] from Tajikistan with terrorism and ordered them held for
    {{two months}}; [[seven others|arrested;a=investigators]] have been detained on suspicion
    of helping them, investigators said. Islamic State has claimed the attack, the deadliest in
    Russia in {{two decades}}. President Vladimir Putin declared {{March 24}} a day of national
    mourning.""",
)

item(
    "Mogadishu hotel siege over after 30 hours, 21 dead",
    """Somali forces ended a {{30-hour}} siege of the Hayat Hotel in Mogadishu on Saturday
    night, killing the last of the al-Shabaab gunmen who had stormed the building. Health
    Minister Ali Haji Adan said on Sunday that [[21 people|killed;a=Health Minister Ali Haji
    Adan]] had been killed and [[117|injured;n=-;a=Health Minister Ali Haji Adan]] wounded,
    [[15 of them|injured;n=-;a=Health Minister Ali Haji Adan]] seriously. The toll does not
    include the attackers. Police spokesman Abdifatah Adan Hassan said security forces had
    rescued [[106 people|other;a=Police spokesman Abdifatah Adan Hassan]], among them
    [[eight children|other;a=Police spokesman Abdifatah Adan Hassan]], who had hidden in rooms
    and stairwells as the fighting went on. The assault began when the militants detonated
    [[two car bombs|other;u=other]] at the gate. Families gathered outside the city's Medina
    hospital said they were still looking for [[at least a dozen relatives|missing;a=Families
    gathered outside the city's Medina hospital]]. Al-Shabaab, which said it had sent
    [[five fighters|combatants;a=Al-Shabaab]], claimed in a statement that it had killed
    [[dozens of government officials|killed;a=Al-Shabaab]], a figure officials
    dismissed. The group has attacked hotels in the capital repeatedly since {{2015}}. The Hayat, a
    favourite of lawmakers and government officials, stands on a busy junction of
    Mogadishu's Hodan district. President Hassan Sheikh Mohamud, elected in {{May}}, has
    promised "total war" on al-Shabaab, and government forces backed by clan militias have
    retaken territory in the Hiiraan region in recent weeks. The group, which is linked to
    al-Qaeda, still controls large parts of the south and centre of the country and raises
    money by taxing traders and farmers. The attack was the first major assault on the capital
    since the president took office.""",
)

item(
    "Owo church attack: toll put at 40 as survivors leave hospital",
    """The Ondo State Government has put the number of worshippers killed in Sunday's attack
    on St Francis Catholic Church in Owo at [[40|killed;n=-;a=The Ondo State Government]],
    higher than the [[22|killed;n=-;a=the police]] announced by the police on Monday. Commissioner for
    Information Bamidele Ademola-Olateju said [[61 people|injured;a=Commissioner for
    Information Bamidele Ademola-Olateju]] were still receiving treatment at the Federal
    Medical Centre and other hospitals in Owo and Akure. Residents and church officials insist
    the real toll is higher. A parish priest told Premium Times that the church had buried
    [[more than 50 of its members|killed;a=A parish priest]] by Friday, among them
    [[at least 11 children|killed;a=A parish priest]], the youngest a {{two-year-old}} girl.
    The gunmen arrived during Pentecost mass at about {{11.30am}}, shooting worshippers and
    detonating explosives at the entrance. Police said [[five suspects|arrested;a=Police]] had
    been arrested in connection with the attack, which the federal government blamed on the
    Islamic State West Africa Province. The Nigerian Red Cross said it had evacuated
    [[27 wounded|injured;a=The Nigerian Red Cross]] to Akure, about {{80km}} away, because
    the Owo hospital ran out of beds. Governor Rotimi Akeredolu has promised to cover the
    medical bills of all survivors.""",
)

item(
    "Kerman blasts: Iran lowers death toll, cites double counting",
    """Iran's health ministry on Friday lowered the death toll from the twin bombings near the
    tomb of Qassem Soleimani in Kerman to [[89|killed;n=-;a=Iran's health ministry]], saying
    some victims had been registered twice. State media had earlier reported
    [[103 dead|killed;a=State media]] and then [[95|killed;n=-;a=State media]]. Jafar Miadfar,
    head of the national emergency service, said [[284 people|injured;a=Jafar Miadfar]] had
    been injured, of whom [[around 100|injured;n=-;a=Jafar Miadfar]] were still in hospital
    {{two days}} after the blasts. Among the dead were [[nine children|killed]], the youngest
    {{aged three}}. The Islamic State group said [[two of its members|combatants;a=The Islamic
    State group]] had detonated explosive belts in the crowd marking the anniversary of the
    general's death in a {{2020}} US drone strike. Intelligence Minister Esmail Khatib said
    security forces had arrested [[11 people|arrested;a=Intelligence Minister Esmail Khatib]]
    in Kerman and other provinces in connection with the attack, the deadliest in Iran since the
    {{1979}} revolution.""",
)

item(
    "Mali: UN report says soldiers and foreign fighters killed 500 in Moura",
    """Malian troops and foreign military personnel executed [[at least 500 people|killed;a=the UN human rights office]] over {{five days}} in the central village
    of Moura in {{March 2022}}, the UN human rights office said in a report on Friday. Mali's
    army had announced at the time that it had killed [[203 terrorists|killed;a=Mali's army]]
    and arrested [[51 others|arrested;a=Mali's army]] in an operation against jihadists. The
    UN investigators said [[20 of the victims|killed;a=The UN investigators]] were women and
    [[seven|killed;n=-;a=The UN investigators]] were children, and that
    [[58 women and girls|other;n=women and girls;a=The UN investigators]] had been raped. The
    operation began when [[five helicopters|other]] landed near the
    weekly market, which had drawn [[several thousand people|other]] from nearby villages.
    Residents told investigators that soldiers had picked men out by their ethnicity and shot
    them in {{groups of four to six}}. The report, based on interviews with
    [[157 people|other]], was completed months ago but its release was delayed by
    the government's refusal to allow a visit. The junta rejected its findings.""",
)

item(
    "Pahalgam attack: tourists leave Kashmir as toll stands at 26",
    """Tourists streamed out of Kashmir on Wednesday, a day after gunmen opened fire on
    visitors in a meadow near Pahalgam, killing [[26 people|killed;a=police]], police said.
    [[Twenty-five|killed;n=-;a=officials]] of the dead were tourists from across India and [[one|killed;n=-;a=officials]]
    was a local pony operator who tried to wrest a rifle from an attacker, officials said. The
    Jammu and Kashmir government said [[17 people|injured;a=The Jammu and Kashmir
    government]] were being treated in hospitals in Anantnag and Srinagar, [[three|injured;n=-;
    a=The Jammu and Kashmir government]] of them in critical condition. Srinagar airport ran
    [[six extra flights|other;a=airport officials]], airport officials said, and roads to
    Jammu were clogged with taxis. The tourism department estimated that
    [[more than 40,000 tourists|other;a=The tourism department]] had been in the valley at the
    time; hotel owners said {{over 90%}} of bookings for May had been cancelled. Police released sketches of [[three suspected attackers|combatants]],
    and security agencies said [[about 1,500 people|arrested;a=security agencies]] had been
    detained for questioning across the valley. The attack was the deadliest on civilians in
    the region since {{2000}}.""",
)

item(
    "Marawi gym bombing: more wounded sent home, suspects named",
    """MARAWI CITY, Philippines: Authorities said on Tuesday that [[four people|killed;
    a=Authorities]] died in Sunday's bombing during a Catholic Mass at the Mindanao State
    University gymnasium, while [[50 others|injured;a=Authorities]] were wounded. Of the
    wounded, [[38|injured;n=-;a=the Amai Pakpak Medical Center]] have been discharged and
    [[12|injured;n=-;a=the Amai Pakpak Medical Center]] remain in hospital, according to the
    Amai Pakpak Medical Center. [[About 500 students and faculty members|other;n=students and
    faculty members;a=the university;alt=Mindanao State University]] were inside the gym at {{7am}} when the device went off,
    the university said. The military has tagged [[two members|combatants;a=The military]] of
    the Dawlah Islamiyah-Maute group as suspects and said [[11 of their comrades|killed;a=The
    military]] were killed in a clash in Datu Hoffer on Friday, suggesting the bombing was
    revenge. Classes were suspended and [[more than 1,000 Christian students|displaced;a=the campus dean]]
    have left the campus for fear of further attacks, the campus dean told Rappler. The university
    deployed [[200 additional security personnel|combatants]] around its {{1,300-hectare}}
    campus.""",
)

item(
    "A year on, Be'eri counts its dead, its hostages and the ones who came home",
    """A year after the {{October 7}} massacre, Kibbutz Be'eri has published its own accounting.
    Of the [[roughly 1,100 residents|civilians;a=the kibbutz;alt=Kibbutz Be'eri]] who lived there on the morning
    of the attack, [[101|killed;n=-;a=the kibbutz;alt=Kibbutz Be'eri]] were killed by Hamas gunmen, the kibbutz
    said, along with [[31 members|killed;a=the kibbutz;alt=Kibbutz Be'eri]] of the security forces who fought in
    its lanes. [[Thirty residents|kidnapped]] were taken hostage to Gaza; of
    them, [[18|kidnapped;n=-]] came home in the {{November 2023}} truce and
    [[11|killed;n=-]] have been confirmed dead in captivity. The body of
    [[one|killed;n=-]] was recovered by troops in {{June}}. The community of survivors has
    lived since October in a hotel at the Dead Sea and then in Kibbutz Hatzerim, where
    [[about 400 prefabricated homes|capacity;p]] are being built for them. Of the
    [[roughly 120 houses|housing;a=residents]] that burned, none has yet been rebuilt,
    residents told The Times of Israel.""",
)

item(
    "New Orleans truck attack: victims named, FBI widens inquiry",
    """The FBI said on Friday it no longer believed that the man who drove a pickup truck into
    New Year's revellers on Bourbon Street acted with accomplices, as New Orleans officials
    released the names of the dead. The coroner's office said [[14 people|killed;a=The coroner's
    office]] were killed, ranging in age from {{18}} to {{63}}, and that all had been
    identified. The attacker, a {{42-year-old}} former soldier, was shot dead by police.
    [[About 35 people|injured;a=officials]] were injured, officials said, including
    [[two police officers|injured;a=officials]] who exchanged fire with him. Hospital officials said
    [[eight|injured;n=-;a=Hospital officials]] were still being treated on Friday. Investigators
    said he had placed [[two explosive devices|other;a=Investigators]] in the French Quarter,
    neither of which detonated, and had pledged allegiance to the Islamic State group in
    [[five videos|other;u=other;a=Investigators]] posted online in the hours before the
    attack. The Sugar Bowl, postponed by {{24 hours}}, went ahead on {{January 2}} with
    [[hundreds of additional officers|combatants]] on the streets.""",
)

item(
    "Sri Lanka court orders ex-president to pay Easter bombing compensation",
    """Sri Lanka's Supreme Court on Thursday ordered former president Maithripala Sirisena to
    pay {{100 million rupees}} in compensation to the families of victims of the {{2019}}
    Easter Sunday bombings, ruling that he failed to act on intelligence warnings. The court
    also ordered the former police chief, Pujith Jayasundara, and the former head of national
    intelligence to pay {{75 million rupees}} each, and the former defence secretary
    {{50 million rupees}}. The sums are to be paid within {{six months}}. The bench
    found that the warnings, received more than {{two weeks}} before the attacks on churches
    and hotels on {{April 21, 2019}}, had been specific. Cardinal Malcolm Ranjith said the
    ruling was a first step but that the church would keep pressing for a criminal trial. The
    petitions were filed in {{2019}} and heard over {{three years}}. Sirisena, {{72}}, said he
    would raise the money from well-wishers, as his assets were worth less than
    {{10%}} of the sum.""",
)

item(
    "Solingen knife attack: suspect charged, festival victims named",
    """German federal prosecutors have charged a {{26-year-old}} Syrian man with murder and
    membership of a terrorist organisation over the knife attack at a city festival in
    Solingen, in which [[three people|killed;a=German federal prosecutors]] were killed. The
    dead were [[two men|killed]], aged {{67}} and {{56}}, and a
    woman of {{56}}. [[Eight people|injured;a=prosecutors]] were wounded,
    [[four of them|injured;n=-;a=prosecutors]] seriously, prosecutors said. The attack came on
    the first evening of a festival marking the city's {{650th}} anniversary, when
    [[about 75,000 visitors|other;p;a=organisers]] were expected over {{three days}}, organisers had
    said. The man surrendered to police a day later. He had arrived in Germany in
    {{December 2022}} and was due to be deported to Bulgaria in {{2023}}, but was not at his
    shelter when officers came. Since then, police in North Rhine-Westphalia said, they have
    carried out [[more than 1,200 checks|other;u=other;a=police in North Rhine-Westphalia]] on
    people with pending deportation orders and detained [[64|arrested;n=-;a=police in North Rhine-Westphalia]] for removal. A week after the attack,
    Germany deported [[28 Afghan convicts|returned]] to Kabul on a charter flight.""",
)
