"""Afghanistan, Iraq, Syria, Yemen and Myanmar: UNAMA's and UNAMI's reports, the Yemen Data
Project, Airwars, ACLED, the Syrian Network for Human Rights, AAPP and the UN's tallies,
2014-2026."""

from _wrap import item

item(
    "Afghan civilian casualties hit record in 2016, UN says",
    """The war in Afghanistan killed [[3,498 civilians|killed;a=the United Nations Assistance
    Mission in Afghanistan]] and wounded [[7,920|injured;a=the United Nations Assistance
    Mission in Afghanistan]] in {{2016}}, the highest combined toll since the United Nations
    Assistance Mission in Afghanistan began keeping records in {{2009}}. Children bore the
    brunt: [[923 children|killed;a=the mission;alt=the United Nations Assistance Mission in
    Afghanistan]] were killed and [[2,589|injured;a=the mission;alt=the United Nations
    Assistance Mission in Afghanistan]] injured, a {{24 per cent}} increase on the previous
    year, the mission said in its annual report. Ground engagements between government forces
    and the Taliban caused {{38 per cent}} of casualties, followed by roadside bombs and
    suicide attacks. In {{2015}}, UNAMA had documented [[3,565 deaths|killed;a=UNAMA]] and
    [[7,469 injuries|injured;a=UNAMA]]. "The killing and maiming of thousands of Afghan
    civilians is deeply harrowing," said Tadamichi Yamamoto, the UN envoy in Kabul. The
    report attributed {{61 per cent}} of casualties to anti-government elements.""",
)

item(
    "UN warns 2021 could be deadliest year for Afghan civilians",
    """Civilian casualties in Afghanistan rose by {{47 per cent}} in the first half of
    {{2021}}, UNAMA said on Monday, as the Taliban swept through rural districts after
    foreign troops began to withdraw. The mission documented [[1,659 civilians|killed;a=The
    mission;alt=UNAMA]] killed and [[3,254|injured;a=The mission;alt=UNAMA]] injured between
    {{January}} and {{June}}. {{Nearly half}} were women and children.
    Unless the violence eases, UNAMA said, [[more than 10,000 civilians|other;a=UNAMA;p]]
    could be killed or injured by the end of the year. Fighting around Lashkar Gah, Kandahar
    and Herat has already displaced [[tens of thousands of families|displaced;a=aid
    agencies]], aid agencies said. The Taliban now claim control of [[more than 200
    districts|other;a=The Taliban;u=other]], {{roughly half}} of the country.""",
)

item(
    "UNAMA documents killings and arrests of former Afghan officials under Taliban",
    """The UN mission in Afghanistan said it had recorded
    [[at least 218 extrajudicial killings|killed;a=The UN mission in Afghanistan;u=person]]
    of former government officials and members of the security forces since the Taliban
    took power in {{August 2021}}. In the same period it documented
    [[424 arbitrary arrests and detentions|arrested;a=The UN mission in Afghanistan;n=arrests and detentions;u=person]], [[more than 144 instances|other;a=The UN mission in Afghanistan;u=other]] of torture and
    [[14 enforced disappearances|missing;a=The UN mission in Afghanistan;u=person]],
    the report said. The de facto authorities rejected the findings. Separately, UNAMA said
    [[64 journalists|arrested;a=UNAMA]] had been detained over {{18 months}}, most of them
    briefly. Human Rights Watch estimates that [[about 100 former soldiers|killed;a=Human
    Rights Watch]] were killed or disappeared in Kandahar, Kunduz, Ghazni and Helmand provinces
    alone in the first {{three months}} of Taliban rule. The Taliban's spokesman said
    [[several dozen people|arrested;a=The Taliban's spokesman]] had been arrested for crimes
    unrelated to their former jobs.""",
)

item(
    "Record 1.5 million Afghans returned from Iran and Pakistan this year, IOM says",
    """[[More than 1.5 million Afghans|returned;a=the International Organization for
    Migration]] have returned or been forced back from Iran and Pakistan so far in
    {{2025}}, the International Organization for Migration said, among them
    [[about 520,000|returned;a=the International Organization for Migration]] deported. At
    the peak in {{early July}}, [[up to 40,000 people a day|returned;a=IOM officials]] were
    crossing at Islam Qala on the Iranian border, IOM officials said. The reception centre
    there has [[room for 7,000 people|capacity;a=the agency;alt=IOM]] and was overwhelmed, the
    agency said. Aid groups gave cash to [[about 310,000 returnees|aid;a=the UN]], the UN said, while [[212,000|aid;a=the
    World Food Programme]] received hot meals and food parcels at the border, according to the
    World Food Programme. The UN has warned that [[up to 3 million people|returned;a=The UN;p]]
    could come back by the end of {{2026}}, in a country where {{two-thirds}} of the
    population already needs aid.""",
)

item(
    "Yemen Data Project: a third of coalition air raids hit civilian targets",
    """The Saudi-led coalition has carried out [[more than 25,000 air raids|other;a=the Yemen
    Data Project;u=other]] in Yemen since {{March 2015}}, according to the Yemen Data Project,
    an independent group that tracks the bombing. Of the raids it could classify,
    {{about a third}} struck non-military sites such as farms, markets, schools and
    weddings. The group said the air campaign had killed or injured
    [[more than 19,000 civilians|other;a=The group;alt=the Yemen Data Project]]. It recorded
    [[at least 158 raids|other;a=the Yemen Data Project;u=other]] on schools and
    [[83|other;a=the Yemen Data Project;u=other;n=-]] on hospitals and other medical
    facilities. The number of raids fell from a peak of [[1,480|other;u=other]] in
    {{August 2015}} to [[fewer than 40 a month|other;u=other]] in {{2021}}.
    The coalition's Joint Incidents Assessment Team says most strikes it has reviewed were
    lawful.""",
)

item(
    "Airwars: coalition strikes killed thousands of civilians in battle for Mosul",
    """Strikes by the US-led coalition against Islamic State likely killed
    [[between 8,200 and 13,200 civilians|killed;a=Airwars]] in Iraq and Syria between
    {{2014}} and {{2019}}, the London-based monitor Airwars estimates. The coalition itself
    has admitted to [[1,417 civilian deaths|killed;a=The coalition itself]]. Airwars counted
    [[more than 34,000 coalition strikes|other;a=Airwars;u=other]] over the same period. In
    the battle for west Mosul in {{2017}} alone, the group attributed
    [[at least 1,066 deaths|killed;a=the group;alt=Airwars]] to coalition and Iraqi strikes.
    Iraqi officials estimated at the time that [[3,000 to 5,000 Islamic State
    fighters|combatants;a=Iraqi officials]] were defending the city, which held
    [[about 750,000 civilians|civilians;a=Iraqi officials]] when the offensive began. By the
    end, [[more than 900,000 people|displaced]] had fled Mosul.""",
)

item(
    "Myanmar monitor says junta has arrested 28,000 since coup",
    """Myanmar's military has arrested [[more than 28,000 people|arrested;a=the Assistance
    Association for Political Prisoners]] since it seized power on {{1 February 2021}},
    the Assistance Association for Political Prisoners said on the fourth anniversary of the
    coup. Of those, [[about 21,400|arrested;a=the group;alt=the Assistance Association for
    Political Prisoners]] remain in detention, the group said, including
    [[over 4,000 women|arrested;a=the group;alt=the Assistance Association for Political
    Prisoners]]. The group has verified the deaths of [[6,196 people|killed;a=The group;
    alt=the Assistance Association for Political Prisoners]] at the hands of the junta and
    its allies. The group's count rose by [[about 1,400|killed;a=The group's count;alt=the Assistance
    Association for Political Prisoners]] in the past {{12 months}}, mostly from air strikes.
    The military says [[some 5,800 prisoners|arrested;a=The military]] were freed in amnesties
    on {{4 January}}, Independence Day.""",
)

item(
    "Myanmar: 3.5 million displaced as air strikes on schools rise, UN says",
    """The number of people displaced inside Myanmar has passed
    [[3.5 million|displaced;a=the UN Office for the Coordination of Humanitarian Affairs;q=at_least]],
    the UN Office for the Coordination of Humanitarian Affairs said in its monthly update,
    up from [[3 million|displaced;a=the UN Office for the Coordination of Humanitarian Affairs]] at the start of the year. [[Some 1.4 million|displaced;
    a=OCHA]] of them were uprooted in Sagaing region alone, OCHA said. Many shelter in
    [[more than 1,200 displacement sites|capacity;a=aid groups]], monastery compounds and
    forest camps, aid groups said. Military air strikes damaged or destroyed
    [[at least 174 schools|housing;a=UNICEF]] in the first half of the year, UNICEF said,
    killing [[47 children|killed;a=UNICEF]]. Across the country,
    [[about 78,000 homes|housing;a=the UN]] have been burned since the coup, the UN
    estimates. UNICEF said it had reached [[210,000 children|aid;a=UNICEF]] with learning
    materials but warned that [[4.5 million|civilians;a=UNICEF]] were out of school.""",
)

item(
    "UN verifies record grave violations against children in Myanmar",
    """The United Nations verified [[2,799 grave violations|other;a=The United
    Nations;u=other]] against children in Myanmar in {{2024}}, the Secretary-General's
    annual report on children and armed conflict said, a rise of {{nearly 80 per cent}}.
    They included the recruitment and use of [[1,068 children|combatants;a=the report]] by
    the military and by armed groups, the report said. [[Some 420 children|kidnapped;a=the
    report]] were abducted, most of them by the army for use as porters, and
    [[at least 400 boys|arrested;a=the UN]] were detained for alleged association with
    armed groups, the UN said. The report also counted [[more than 500 children|killed]]
    killed or maimed, and [[139 attacks|other;a=The report;u=other]] on schools and
    hospitals. Worldwide, the report verified [[41,370 violations|other;a=the report;
    u=other]], the highest since the mechanism was set up in {{2005}}.""",
)

item(
    "Syrian monitor says 113,000 still missing after Assad's fall",
    """[[More than 113,000 people|missing;a=the Syrian Network for Human Rights]] remain
    missing in Syria after being arrested or forcibly disappeared since {{March 2011}}, the
    Syrian Network for Human Rights said on Tuesday, nearly all of them in the former
    government's prisons. When rebels opened the prisons in {{December 2024}},
    [[about 24,200 detainees|arrested;a=the group;alt=the Syrian Network for Human
    Rights]] were freed, the group said, far fewer than families had hoped. The monitor has
    documented [[231,495 civilians|killed;a=The monitor;alt=the Syrian Network for Human
    Rights]] killed since the uprising began, among them [[30,293 children|killed;a=The
    monitor;alt=the Syrian Network for Human Rights]]. In {{2024}}, its last full year under
    Bashar al-Assad, it recorded [[1,163 civilian deaths|killed;a=the Syrian Network for
    Human Rights]] and [[2,623 arbitrary arrests|arrested;a=the Syrian Network for Human
    Rights;u=person]]. Investigators have since located [[at least 66 mass graves|other;a=Investigators;u=other]] around Damascus.""",
)

item(
    "More than a million Syrian refugees have gone home since Assad fell, UNHCR says",
    """[[More than 1 million Syrian refugees|returned;a=the UN refugee agency]] have returned
    from neighbouring countries since {{8 December 2024}}, the UN refugee agency said on
    Thursday, along with [[about 1.8 million people|returned;a=the UN refugee agency]]
    displaced inside the country. Most came from Turkey and Lebanon. UNHCR said
    [[as many as 1.5 million more|returned;a=UNHCR;p;n=-]] could return by the end of
    {{2026}} if funding allows. Many find their homes in ruins: the agency estimates that
    [[328,000 houses|housing;a=the agency;alt=UNHCR]] were destroyed or badly damaged during
    the war. Violence has not ended. In {{March}}, killings on the coast left
    [[about 1,500 people|killed;a=the Syrian Observatory for Human Rights]] dead, most of them
    Alawite civilians, according to the Syrian Observatory for Human Rights, and forced
    [[some 30,000|displaced;a=the UN]] to flee, many across the
    border into Lebanon, the UN said.""",
)

item(
    "UN says 2014 was Iraq's deadliest year since 2008",
    """[[At least 12,282 civilians|killed;a=the UN Assistance Mission for Iraq]] were killed
    and [[23,126|injured;a=the UN Assistance Mission for Iraq]] wounded in Iraq in {{2014}},
    the UN Assistance Mission for Iraq said, making it the deadliest year since {{2008}}.
    The figures exclude Anbar province for several months, when the mission could not verify
    reports. Islamic State fighters abducted [[6,417 Yazidis|kidnapped;a=the Kurdistan
    regional government's office for abducted Yazidis]], mostly women and children, when
    they overran Sinjar in {{August}}, according to the Kurdistan regional government's office
    for abducted Yazidis. Of those, [[about 2,700|missing;a=the office;alt=the Kurdistan
    regional government's office for abducted Yazidis]] are still missing a decade later, the
    office said. The US military estimated at the time that the group could draw on
    [[20,000 to 31,500 fighters|combatants;a=The US military]] across Iraq and Syria. By the
    end of the year, [[2.1 million Iraqis|displaced;a=the International Organization for
    Migration]] had been displaced, the International Organization for Migration said.""",
)

item(
    "Yemen: UN verifies recruitment of children by all sides",
    """The UN has verified the recruitment and use of [[3,995 children|combatants;a=The
    UN]] by parties to the conflict in Yemen since {{2015}}, a UN official told the Security
    Council, {{about two-thirds}} of them by the Houthis. Most
    were boys aged {{15}} to {{17}}, but some were as young as {{11}}. Houthi-run summer
    camps trained [[tens of thousands of boys|other;a=monitors]] in {{2023}}, monitors said.
    The UN also verified [[at least 142 abductions|kidnapped;a=The UN;u=person]] of children
    in the same period. Landmines laid mostly by the Houthis have killed or maimed
    [[more than 5,000 civilians|other;a=Project Masam]], according to Project Masam, a
    Saudi-funded clearance programme that says its teams have removed
    [[over 460,000 mines and explosive items|other;a=Project Masam;n=mines and explosive
    items]] since {{2018}}.""",
)

item(
    "UNAMA: Islamic State attacks on Hazaras killed hundreds since Taliban takeover",
    """Attacks claimed by Islamic State Khorasan Province have killed
    [[at least 345 people|killed;a=UNAMA]] and injured [[more than 700|injured;a=UNAMA]] in
    Afghanistan since {{mid-August 2021}}, UNAMA said in a report released on Wednesday.
    Most of the victims were Shia Hazaras, targeted at mosques, schools and sports clubs. The
    mission counted [[13 attacks|other;a=The mission;alt=UNAMA;u=other]] on Hazara places of
    worship and education. The deadliest, a suicide bombing at the Kaaj education centre in
    Kabul on {{30 September 2022}}, killed [[53 people|killed;a=UN investigators]], most of
    them young women sitting a practice exam, UN investigators found. The Taliban say they
    have arrested [[hundreds of ISKP members|arrested;a=The Taliban]] and killed
    [[dozens|killed;a=The Taliban]] in raids. UNAMA said the de facto authorities had
    deployed [[about 1,500 extra police|combatants;a=UNAMA]] to guard Shia mosques in Kabul
    during Muharram.""",
)

item(
    "Hodeidah fighting has displaced 470,000 Yemenis since June, UN says",
    """Fighting around the Yemeni port city of Hodeidah has forced
    [[more than 470,000 people|displaced;a=the UN Office for the Coordination of
    Humanitarian Affairs]] from their homes since {{June 2018}}, the UN Office for the
    Coordination of Humanitarian Affairs said. [[An estimated
    150,000 civilians|civilians;a=aid agencies]] remain in the city itself, many of them
    without water, according to aid agencies. Save the Children said
    [[at least 22 children|killed;a=Save the Children]] were killed in a coalition strike on a
    school bus in Dahyan, Saada province, in {{August}}. The World Food Programme said it was
    feeding [[7.9 million people a month|aid;a=The World Food Programme]] across the country
    and planned to scale up to [[12 million|aid;a=The World Food Programme;p]]. In
    Aden, authorities opened [[six school buildings|capacity;a=local officials]]
    as shelters for displaced families, with [[room for about 1,800 people|capacity;a=local officials]] in all, local officials said. Damage assessments found
    [[about 2,400 homes|housing]] damaged in the southern districts of Hodeidah.""",
)

item(
    "UNAMA to change format of civilian casualty reporting",
    """The UN Assistance Mission in Afghanistan will publish its civilian casualty figures
    {{twice a year}} instead of {{quarterly}}, a spokesperson said on {{12 March 2019}}, after
    the {{2018}} annual report took {{seven weeks}} to verify. The mission has kept records since
    {{1 January 2009}}. In its latest report it attributed {{63 per cent}} of civilian
    casualties to anti-government elements and {{24 per cent}} to pro-government forces, with
    the rest unattributed or caused by crossfire. Aerial operations accounted for
    {{9 per cent}}, the highest share on record. The next report is due in {{late July}}.""",
)

item(
    "Airwars marks ten years of tracking civilian harm",
    """The London-based monitor Airwars, founded in {{2014}} to track the air war against
    Islamic State, said on Monday that its budget had fallen by {{a fifth}} to
    {{£1.1 million}} in {{2024}} after a large foundation ended its grant. Its researchers
    archive local reports in Arabic, Ukrainian and other languages within {{48 hours}} of an
    incident. The group's director said civilian harm assessments by Western militaries were
    still taking {{18 months}} or more. In {{2017}}, at the height of the battle for Raqqa,
    it was logging an incident every {{four hours}}. It now also monitors Gaza, Yemen and
    Ukraine.""",
)
