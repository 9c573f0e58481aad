"""Civilians held and abducted, the missing, and the ombudsmen who count them."""

from _wrap import item

HRMMU = "UN Human Rights Monitoring Mission in Ukraine"

item(
    "UN monitors document detention of civilians in occupied areas",
    f"""The {HRMMU} said on Tuesday it had documented the arbitrary detention of [[864
    civilians|arrested;a=The {HRMMU}]] by Russian forces in occupied parts of Ukraine since
    {{{{February 2022}}}}. Of them, [[at least 77|killed;n=-;a=the mission;alt={HRMMU}]] died or
    were executed in custody, the mission said. The monitors interviewed [[more than 200 former
    detainees|other]] in territory under Ukrainian control. {{{{Nine in ten}}}} of them described
    torture or ill-treatment. It said Ukrainian authorities had detained [[at least 28 Russian
    civilians|arrested;a={HRMMU}]] in the Kursk incursion. Head of mission Danielle Bell said the
    whereabouts of [[about 1,700 detained civilians|missing;a=Head of mission Danielle Bell]] were
    still unknown. The report covers the period to {{{{May 31}}}} and draws on [[1,300
    interviews|other;u=other]].""",
)

item(
    "Lubinets says Russia holds at least 16,000 Ukrainian civilians",
    """Ukraine's human rights commissioner Dmytro Lubinets said on Monday that Russia was holding
    [[at least 16,000 Ukrainian civilians|arrested;a=Ukraine's human rights commissioner Dmytro
    Lubinets]], but had acknowledged detaining only [[about 1,800|arrested;n=-;a=Ukraine's human
    rights commissioner Dmytro Lubinets]]. Since {{2022}}, just [[168 civilians|other;a=Ukraine's
    human rights commissioner Dmytro Lubinets]] have been freed in exchanges, he said. Among those
    held are [[at least 29 journalists|arrested;a=the ombudsman's office]] and [[more than 100 local
    officials|arrested;a=the ombudsman's office]] from occupied towns, according to the ombudsman's
    office. Lubinets said [[dozens of civilians|kidnapped;a=Lubinets]] were being abducted every
    month in occupied parts of Zaporizhzhia and Kherson regions. Tatyana Moskalkova, his Russian
    counterpart, said Moscow was prepared to hand over [[about 1,000 civilians|other;p;a=Tatyana
    Moskalkova]] if Kyiv did the same.""",
)

item(
    "Police map torture sites in liberated Kherson region",
    """Ukrainian police said on Thursday they had identified [[at least 11
    places|other;u=structure;a=Ukrainian police]] in Kherson region where Russian forces held and
    tortured civilians during the occupation. [[More than 1,000 residents|arrested;a=police]]
    were detained in them, police said. Regional prosecutors said [[about 200|missing;n=-;a=Regional
    prosecutors]] of those detained are still unaccounted for. [[At least 43
    bodies|killed;a=investigators]] have been exhumed from graves near the sites, investigators
    said. Before the war Kherson had [[about 280,000 residents|civilians;a=local officials]], and
    [[fewer than 80,000|civilians;n=-;a=local officials]] remain, local officials said. Shelling
    from across the Dnipro has damaged [[more than 4,700 homes|housing;a=the regional
    administration]] since the city was freed, the regional administration said.""",
)

item(
    "Missing persons register tops 70,000 names",
    """Artur Dobroserdov, Ukraine's commissioner for missing persons, said on Wednesday that the
    national register now lists [[more than 70,000 people|missing;a=Artur Dobroserdov]] missing
    under special circumstances. [[About 10,000|missing;n=-;a=Artur Dobroserdov]] of them are
    civilians, he said. Since January, [[1,460|arrested;n=-;a=the commissioner's office]] have been
    confirmed alive in Russian captivity and [[880|killed;n=-;a=the commissioner's office]]
    identified among the dead, the commissioner's office said. Its hotline takes [[up to 300 calls a
    day|other;u=other;a=the commissioner's office]] from families, it said. Dobroserdov said the
    register also includes [[about 1,200 children|missing;a=Dobroserdov]].""",
)

item(
    "Rights group records wave of abductions in occupied Melitopol",
    """The Ukrainian rights group ZMINA said on Wednesday that Russian forces had abducted [[at
    least 146 civilians|kidnapped;a=The Ukrainian rights group ZMINA]] in occupied Melitopol and
    surrounding villages in the first half of the year. [[About 90|kidnapped;n=-;a=the
    group;alt=ZMINA]] are still being held, the group said. [[Six|killed;n=-]] were later found
    dead, and [[23 others|other]] were released after signing statements of loyalty. The city's
    exiled mayor Ivan Fedorov said [[more than 500 residents|kidnapped;a=The city's exiled mayor
    Ivan Fedorov]] had been taken from Melitopol since {{2022}}. [[Tens of thousands of
    residents|displaced;a=Fedorov]] have fled since the occupation began, leaving [[about
    70,000|civilians;n=-;a=Fedorov]] in a city that was home to [[150,000|civilians;n=-;a=Fedorov]]
    before the war, Fedorov said.""",
)

item(
    "Occupation court jails Berdyansk journalist",
    """A Russian-installed court in occupied Berdyansk on Thursday sentenced a {{38-year-old}}
    Ukrainian journalist to {{14 years}} in a high-security penal colony on espionage charges. She
    was detained on {{August 3, 2023}}, and spent {{11 months}} in pre-trial detention without
    access to a lawyer of her choice. The court also fined her {{700,000 roubles}}. Press freedom
    groups called the verdict, handed down after a {{two-day}} trial, an act of revenge for her
    reporting.""",
)

item(
    "Crimea's political prisoners are mostly Crimean Tatars, group says",
    """The Crimean Human Rights Group said on Friday that Russian authorities in Crimea were holding
    [[at least 218 Ukrainian citizens|arrested;a=The Crimean Human Rights Group]] on politically
    motivated charges, [[141|arrested;n=-;a=The Crimean Human Rights Group]] of them Crimean
    Tatars. [[Fourteen|arrested;n=-;a=the group;alt=The Crimean Human Rights Group]] were detained in
    dawn raids in Bakhchysarai last week, when police searched [[22 homes|other]], the group said.
    Lawyers said [[at least five of the detainees|injured;a=Lawyers]] had needed medical help after
    interrogation. The Ukrainian president's representation in Crimea says [[more than 60
    people|missing;a=The Ukrainian president's representation in Crimea]] have disappeared on the
    peninsula since {{2014}}.""",
)

item(
    "Freed civilians come home to ruined villages in Kharkiv region",
    """When [[22 civilians|other]] from Kupiansk district were freed in last week's exchange,
    many found they had no homes to return to. In the district, [[more than 9,000
    homes|housing;a=the regional military administration]] have been damaged or destroyed since
    {{2022}}, the regional military administration said. In the village of Petropavlivka alone,
    [[212 houses|housing;a=village head Mykola Ivanenko]] were destroyed, village head Mykola
    Ivanenko said. The administration has placed [[about 140 former captives and their
    relatives|displaced;n=former captives and their relatives;a=The administration;alt=the regional
    military administration]] in temporary housing in Kharkiv, in [[two
    dormitories|capacity;u=structure]] of the city's polytechnic. [[Some 40
    families|aid;a=it]] have received cash grants and [[120 food kits|aid;a=it]], it said. The
    district has [[about 11,000 residents|civilians]] left, down from [[26,000|civilians;n=-]]
    before the war.""",
)

item(
    "Moskalkova says families of 23,000 missing soldiers have asked for help",
    """Russia's human rights commissioner Tatyana Moskalkova said her office had received [[more
    than 23,000 requests|other;u=other;a=Russia's human rights commissioner Tatyana Moskalkova]]
    from families of servicemen missing in action. She said [[about 7,000|arrested;n=-;a=Tatyana
    Moskalkova]] of those soldiers had been found alive in Ukrainian captivity. In Yekaterinburg,
    [[several hundred relatives|other]] signed an open letter asking for faster exchanges.
    Mediazona and the BBC Russian service said they had confirmed the names of [[more than 130,000
    Russian soldiers|killed;a=Mediazona and the BBC Russian service]] killed in Ukraine. An official
    at Ukraine's coordination headquarters said Kyiv had offered to swap [[around 1,500 Russian
    POWs|other;p;a=An official at Ukraine's coordination headquarters]] whom Moscow had not
    claimed. Independent estimates put the number of Russian servicemen missing in action at
    [[about 48,000|missing;n=-]].""",
)

item(
    "Researchers map filtration camps that processed Mariupol residents",
    """Researchers at Yale's Humanitarian Research Lab said they had identified [[21 filtration
    sites|other;a=Researchers at Yale's Humanitarian Research Lab]] in Russian-occupied Donetsk
    region and in Russia. [[Tens of thousands of Mariupol residents|displaced;a=the
    researchers;alt=Yale's Humanitarian Research Lab]] passed through them before being moved
    deeper into Russia, the researchers said. Ukraine's government says [[about 1.6 million
    Ukrainians|displaced;a=Ukraine's government]] have been taken to Russia since {{2022}}. The lab
    estimated that [[5,000 to 7,000 people|arrested;a=The lab;alt=Yale's Humanitarian Research
    Lab]] who failed filtration were sent to detention centres. The site at Bezimenne, the largest,
    had [[about 40 tents|capacity]] and room for [[up to 1,500 people|capacity]] at a time,
    satellite images show. Mariupol had [[about 430,000 residents|civilians]] before the war.""",
)

item(
    "Troops find civilians held hostage in Kupiansk basement",
    """Ukrainian troops clearing the centre of Kupiansk on Sunday found [[17
    civilians|kidnapped;a=the Kharkiv regional prosecutor's office]] who had been held hostage in
    a basement by Russian soldiers for weeks, the Kharkiv regional prosecutor's office said.
    [[Four|injured;n=-;a=the Kharkiv regional prosecutor's office]] had shrapnel wounds and were
    taken to hospital in Kharkiv, it said. The bodies of [[two men|killed]] were found in a
    neighbouring yard. Kupiansk had [[about 27,000 residents|civilians]] before the invasion, and
    officials estimate that [[fewer than 700|civilians;n=-;a=officials]] remain. Evacuation teams
    took [[43 people|displaced;a=the regional governor Oleh Syniehubov]] out of the town last week,
    the regional governor Oleh Syniehubov said. [[Nine other civilians|missing;a=prosecutors]]
    detained by Russian troops in the town are still missing, prosecutors said.""",
)

item(
    "How to report a relative missing in the war",
    """Families can report a missing relative by calling the commissioner's hotline on {{0 800 300
    529}} or through the Diia app, where the form takes about {{15 minutes}} to fill in. Police
    must open a case within {{72 hours}}. Relatives aged {{18}} or older can give a DNA sample at
    any regional forensic centre, and samples are stored for {{50 years}}. The service is free, and
    an application for payments to the family can be filed after {{six months}}.""",
)

item(
    "Rehabilitation centre for freed captives opens near Kyiv",
    """A rehabilitation centre for people freed from Russian captivity opened on Monday in Kyiv
    region with [[90 beds|capacity;a=the Ministry of Veterans Affairs]], the Ministry of Veterans
    Affairs said. It is the {{fourth}} such centre in Ukraine, and together they can take in [[about
    400 people|capacity;a=the ministry;alt=the Ministry of Veterans Affairs]] at a time, the
    ministry said. Since {{2022}}, [[more than 3,800 former prisoners|aid;a=officials]] have been
    through rehabilitation, officials said, and [[2,600|aid;n=-;a=officials]] of them have been
    given free dental treatment or prosthetics. Freed prisoners also receive a one-off payment of
    {{100,000 hryvnias}}. [[A further 120 beds|capacity;p;a=the
    ministry;alt=the Ministry of Veterans Affairs]] are planned for next year, the ministry said. The
    ICRC supplied the new centre with [[1,100 hygiene kits|aid]] and [[400
    sets|aid]] of clothing.""",
)

item(
    "Russia expels thousands who refused passports in occupied south",
    """Russia has expelled [[more than 2,000 Ukrainians|returned;a=the regional military
    administration]] from occupied Zaporizhzhia region to Ukrainian-held territory this year for
    refusing Russian passports, the regional military administration said. Most are sent through
    the Kolotilovka-Pokrovka crossing between Belgorod and Sumy regions, where [[up to 50 people a
    day|displaced]] wait to cross. Volunteers at the crossing said [[dozens of elderly
    people|displaced;a=Volunteers at the crossing]] had been stranded in the neutral zone for days.
    Ukraine's Ministry of Reintegration said [[1,740|aid;n=-;a=Ukraine's Ministry of
    Reintegration]] of them had received emergency payments and [[around 600
    families|displaced;a=Ukraine's Ministry of Reintegration]] had been housed in Sumy and Kyiv.
    Before expelling them, Russian officials held [[at least 60|arrested;n=-;a=the ombudsman's
    office]] in a detention centre in Kursk for weeks, the ombudsman's office said.""",
)

item(
    "Energoatom says 200 nuclear plant workers abducted since 2022",
    """Ukraine's state nuclear company Energoatom said on Friday that Russian forces had abducted
    [[more than 200 employees|kidnapped;a=Ukraine's state nuclear company Energoatom]] of the
    occupied Zaporizhzhia nuclear power plant since {{March 2022}}. [[At least 30|kidnapped;n=-;a=the
    company;alt=Energoatom]] are still being held, and [[two|killed;n=-;a=the company;alt=Energoatom]]
    have died, the company said. [[Twelve more workers|missing;a=Energoatom]] are unaccounted for,
    Energoatom said. Enerhodar, the plant's company town, had [[about 53,000
    residents|civilians]] before the war. [[Four IAEA experts|other]] are stationed at the site.""",
)

item(
    "Ukrainians taken to Russia find their way home through Georgia",
    """With help from the charity Helping to Leave, [[more than 4,000 Ukrainians|returned;a=the
    charity;alt=Helping to Leave]] who were taken to Russia during the occupation have made their
    way home through Georgia and the Baltic states this year, the charity said. It paid for [[about
    1,100 bus tickets|aid;u=other]] and helped [[some 300 families|aid]] find housing on their
    return. Ukraine's Ministry of Reintegration estimates that [[at least 2.5 million
    Ukrainians|displaced;a=Ukraine's Ministry of Reintegration]] are in Russia. At Verkhnii Lars,
    [[dozens of Ukrainians|displaced]] were stranded for days last month after Russian guards
    stopped them. Volunteers said [[about 150|arrested;n=-;a=Volunteers]] of the returnees had spent
    time in Russian detention centres for foreigners.""",
)

item(
    "Drone hits bus carrying deportees near Sumy crossing",
    """A Russian drone struck a bus carrying people deported from occupied territory near the
    Pokrovka crossing in Sumy region on Saturday, killing [[two passengers|killed;a=the regional
    military administration]] and wounding [[nine|injured;n=-;a=the regional military
    administration]], the regional military administration said. The bus was carrying [[31
    people|returned]] who had crossed from Russia that morning, among them [[six children|returned]].
    [[Three of the wounded|injured;a=doctors]] are in serious condition, doctors said. Local
    officials said [[more than 20 drone attacks|other;u=other;a=Local officials]] had targeted the
    crossing area this month. According to the Ukrainian Red Cross, [[more than 6,000
    people|returned;a=the Ukrainian Red Cross]] have come through the crossing since it
    opened.""",
)
