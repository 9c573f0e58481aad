"""Items of dev284: Iraq, Syria, Yemen, Israel and Gaza, Lebanon, Libya, Ukraine and the
Balkans."""

from _wrap import item

item(
    "Kurdish office says 2,600 Yazidis still missing a decade after IS attack",
    """The Kurdistan Regional Government's office for rescuing abducted Yazidis said [[6,417
    Yazidis|kidnapped;a=The Kurdistan Regional Government's office for rescuing abducted
    Yazidis]] were taken by Islamic State fighters after the group overran Sinjar in {{August
    2014}}, [[3,550|kidnapped;n=-]] of them women and girls. Of the total,
    [[3,587|kidnapped;n=-;a=the office;alt=The Kurdistan Regional Government's office for
    rescuing abducted Yazidis]] have been rescued or have escaped, the office said, and
    [[2,593|missing;n=-;a=the office;alt=The Kurdistan Regional Government's office for
    rescuing abducted Yazidis]] remain missing. Many of the women were sold as slaves in Raqqa
    and Mosul and passed between fighters. The office's director, Hussein Qaidi, said [[about
    20 women and children|kidnapped;n=women and children;a=Hussein Qaidi]] had been freed this
    year, most of them found in al-Hol camp in Syria or traced in Turkey. Investigators have
    exhumed [[more than 80 mass graves|other;u=other]] around Sinjar, holding the remains of
    [[hundreds of men and older women|killed;n=men and older women]]. [[About 200,000
    Yazidis|displaced;a=the International Organization for Migration]] still live in camps in
    Duhok province, according to the International Organization for Migration.""",
)

item(
    "Iraq approves more claims under Yazidi Survivors Law",
    """Iraq's directorate for survivors' affairs said it had approved [[2,186
    claims|other;u=other;a=Iraq's directorate for survivors' affairs]] under the Yazidi
    Survivors Law by the end of {{March}}, entitling survivors of Islamic State captivity to a
    monthly salary of about {{800,000 Iraqi dinars}} and a plot of land. [[Some 1,700
    applicants|aid;a=the directorate;alt=Iraq's directorate for survivors' affairs]] were
    already receiving payments, the directorate said. The law, passed in {{March 2021}}, also
    covers Turkmen, Christian and Shabak women. Survivors' groups said [[more than 400
    applications|other;u=other;a=Survivors' groups]] had been rejected, mostly for lack of
    documents, and that [[dozens of women|other;a=Survivors' groups]] had been asked to recount
    their abuse before panels of officials. The directorate said it planned to open [[three
    more offices|other;u=structure;a=The directorate;alt=Iraq's directorate for survivors'
    affairs;p]] in Nineveh and Duhok. Nadia's Initiative said it had helped rebuild [[about 60
    homes|housing;a=Nadia's Initiative]] in Sinjar this year, and [[some 350
    families|returned;a=Nadia's Initiative]] had gone back to the district.""",
)

item(
    "Yazidi mothers seek children born in IS captivity",
    """Yazidi women who bore children to Islamic State fighters are still separated from them,
    years after they were freed, aid workers say. A Syrian Kurdish-run orphanage in Hasakah
    cares for [[about 35 such children|other;a=its staff]], its staff said, and a few more are
    being looked after by families in northeast Syria. In {{2021}}, [[12 children|returned]]
    were handed to their mothers in a crossing point on the Iraqi border after months of talks.
    The Yazidi spiritual council said in {{2019}} that it would welcome all survivors, but not
    children fathered by Islamic State members. Amnesty International said [[at least 1,992
    children|returned;a=Amnesty International]] had returned to their families after being held
    by the group, many of them forced to fight. Doctors in Duhok say [[hundreds of
    women|injured;a=Doctors in Duhok]] have been treated for the physical effects of their
    captivity. [[Up to 30 mothers|other;a=a Yazidi lawyer]] are still trying to find their
    children, a Yazidi lawyer said.""",
)

item(
    "Repatriations from al-Hol slow as women report abuse in the camp",
    """[[About 38,000 people|displaced;a=the UN]] remain in al-Hol camp in northeast Syria,
    according to the UN, {{nearly two-thirds}} of them children. Iraq has brought back [[more
    than 17,000 of its citizens|returned;a=Iraq's migration ministry;n=citizens]] from the camp
    since {{2021}}, Iraq's migration ministry said, and plans to repatriate [[another 3,000 to
    4,000|returned;n=-;a=it;alt=Iraq's migration ministry;p]] by the end of the year. Women in
    the foreign annex, which holds [[some 6,000 women and children|displaced;n=women and
    children]] from abroad, told Save the Children that guards and other residents had
    assaulted them. The charity said it had supported [[112 survivors|aid;a=The
    charity;alt=Save the Children]] of sexual violence in the camp in {{2024}}. Kurdish-led
    forces said they had arrested [[28 people|arrested;a=Kurdish-led forces]] during a security
    sweep in {{February}}, including [[four guards|arrested;a=Kurdish-led forces]] accused of
    abusing women. The camp was built for [[about 10,000 people|capacity]].""",
)

item(
    "UN envoy finds grounds to believe sexual violence occurred on October 7",
    """The UN special representative on sexual violence in conflict, Pramila Patten, said her team
    had found reasonable grounds to believe that rape and gang rape took place during the
    Hamas-led attack on southern Israel on {{October 7, 2023}}. The attack killed [[about 1,200
    people|killed;a=Israeli officials]], according to Israeli officials, and [[251
    hostages|kidnapped]] were taken into Gaza. [[About 130 hostages|kidnapped;a=Israeli
    officials]] were still held there when the report was published, Israeli officials said.
    Her report said there was clear and convincing information that some hostages had been
    subjected to sexual violence while held. [[105 hostages|kidnapped]], most of them women and
    children, were freed during a truce in {{November 2023}}. The team, which spent {{17 days}}
    in Israel, met [[34 people|other;a=The team]] including released hostages and medical
    staff, it said, but did not speak to any survivor of sexual violence from the attack.
    Israel said the report was late and incomplete.""",
)

item(
    "UN inquiry details sexual abuse of Palestinian detainees",
    """A UN commission of inquiry said Israeli forces had used sexual and gender-based violence
    against Palestinians as a method of war, including the forced stripping of [[hundreds of
    detainees|arrested;a=A UN commission of inquiry]] in public. The commission said it had
    interviewed [[dozens of former detainees|other;a=The commission;alt=UN commission of
    inquiry]] held at the Sde Teiman base and elsewhere. Israel's prison service held [[more
    than 9,900 Palestinians|arrested;a=the Israeli rights group HaMoked]] in {{October 2024}},
    according to the Israeli rights group HaMoked. The commission also cited the destruction of
    maternity services in Gaza, where the UN Population Fund estimates [[about 50,000
    women|civilians;a=the UN Population Fund]] were pregnant at any one time. [[More than 1.9
    million people|displaced;a=UNRWA]] were displaced in Gaza, UNRWA said, many sheltering in
    [[some 100 schools|capacity]] run by the agency. Israel rejected the findings. Military
    prosecutors said they had charged [[five reservists|other;a=Military prosecutors]] over the
    abuse of a detainee at Sde Teiman.""",
)

item(
    "Panel says Houthis detained women for months in secret sites",
    """UN experts monitoring sanctions on Yemen said Houthi authorities had detained [[at least
    200 women|arrested;a=UN experts monitoring sanctions on Yemen]] in Sanaa and other cities,
    many in unofficial detention sites where some were raped or tortured. The panel said it had
    interviewed [[11 former detainees|other;a=The panel]]. [[Fourteen women|killed;a=Yemeni
    rights groups]] died in custody or soon after release since {{2017}}, Yemeni rights groups
    said. The Houthis denied running secret prisons. [[About 4.5 million people|displaced]] are
    displaced inside Yemen. The UN Population Fund said it supported [[12 women's
    shelters|capacity;a=The UN Population Fund]] and [[51 safe spaces|other;u=structure;a=The
    UN Population Fund]] across the country in {{2023}}, but had closed
    [[nine|other;u=structure;n=-;a=it;alt=The UN Population Fund]] for lack of funds.""",
)

item(
    "Ukraine prosecutors register 370 cases of conflict-related sexual violence",
    """Ukraine's prosecutor general's office said it had registered [[370 cases|other;a=Ukraine's
    prosecutor general's office]] of conflict-related sexual violence by Russian forces since
    the full-scale invasion of {{February 2022}}. The victims include [[232 women|other;a=the
    office;alt=Ukraine's prosecutor general's office]] and [[138 men|other;a=the
    office;alt=Ukraine's prosecutor general's office]], [[18|other;n=-;a=the
    office;alt=Ukraine's prosecutor general's office]] of them children, the office said.
    Prosecutors have notified [[about 100 Russian soldiers|other;a=Prosecutors]] that they are
    suspects, and courts have convicted [[22|arrested;n=-]] of them in absentia. Ukrainian
    officials say men held in Russian captivity are particularly at risk. Of the [[3,800
    prisoners of war|other;n=prisoners]] exchanged since the start of the war,
    [[hundreds|other;n=-;a=the Coordination Headquarters for the Treatment of Prisoners of
    War]] have reported sexual abuse, according to the Coordination Headquarters for the
    Treatment of Prisoners of War.""",
)

item(
    "Kyiv centre for survivors of wartime violence doubles its places",
    """A centre for survivors of conflict-related sexual violence in Kyiv now has [[24
    beds|capacity;a=Ukraine's ministry of social policy]], twice as many as when it opened,
    Ukraine's ministry of social policy said. The centre, one of
    [[seven|other;u=structure;n=-]] run with the UN Population Fund, has helped [[more than 600
    people|aid;a=The centre]] since it opened, it said, most of them women displaced from the
    east and south. The government plans [[five more|other;u=structure;n=-;a=The government;p]]
    by the end of the year. [[About 3.6 million people|displaced;a=the International
    Organization for Migration]] remain displaced inside Ukraine, according to the
    International Organization for Migration. La Strada Ukraine said its hotline had taken
    [[more than 5,000 calls|other;u=other;a=La Strada Ukraine]] about sexual violence since
    {{2022}}. Officials said [[hundreds of thousands of women|civilians;a=Officials]] still
    live in occupied areas where survivors cannot get care.""",
)

item(
    "Migrants describe rape and extortion in Libyan detention",
    """Migrants held in detention centres in western Libya described rape, beatings and extortion
    by guards to UN investigators, in a report that also documented abuses in warehouses run by
    traffickers. The UN mission said [[about 5,000 migrants|arrested;a=The UN mission]] were
    held in official detention centres and an unknown number in unofficial ones. The
    investigators said they had spoken to [[65 women|other;a=The investigators]] who had been
    raped, some repeatedly. In the southeastern desert, authorities recovered the bodies of
    [[28 migrants|killed]] from a mass grave near Kufra in {{February}}. The Libyan coast guard
    intercepted [[21,700 people|other;a=the International Organization for Migration]] at sea
    last year and returned them to Libya, according to the International Organization for
    Migration. The agency flew [[more than 16,000 migrants|returned;a=The agency;alt=the
    International Organization for Migration]] home under its voluntary return programme.
    [[Some 70 women and girls|kidnapped;n=women and girls]] were freed from a trafficking
    warehouse in Bani Walid in a raid by security forces.""",
)

item(
    "Syrian rights group counts women still missing after Assad's fall",
    """The Syrian Network for Human Rights said [[at least 11,200 women|missing;a=The Syrian
    Network for Human Rights]] remain forcibly disappeared after being detained by the former
    government's security services since {{2011}}. The group said it had recorded [[about 120
    women|killed;a=The group;alt=The Syrian Network for Human Rights]] who died under torture
    in detention. When rebels opened Sednaya and other prisons in {{December 2024}}, [[several
    thousand detainees|other]] walked free, but [[fewer than 50 women|other;a=relatives'
    groups]] were among them, relatives' groups said. Families have since registered [[more
    than 3,000 relatives|missing;a=Families]] with the new missing persons' commission. The
    commission said it expected to open [[between 60 and 70 mass graves|other;u=other;a=The
    commission;p]] this year.""",
)

item(
    "Alawite women abducted in coastal violence, families say",
    """Families in Latakia and Tartus say [[dozens of Alawite women|kidnapped;a=Families in
    Latakia and Tartus]] have been abducted since the killings on the Syrian coast in {{March
    2025}}, and that few have come back. Amnesty International said it had documented the cases
    of [[16 women and girls|kidnapped;n=women and girls;a=Amnesty International]] taken from
    their homes or the street. [[Three|returned;n=-;a=the group;alt=Amnesty International]]
    were later returned to their families, the group said, and [[one|killed;n=-;a=the
    group;alt=Amnesty International]] was found dead. The national inquiry into the March
    violence said [[1,426 people|killed;a=The national inquiry into the March violence]] were
    killed, most of them civilians, and that it had referred [[298 suspects|other;a=it;alt=The
    national inquiry into the March violence]] to the judiciary. [[About 21,000
    Syrians|displaced;a=the UN]] fled to northern Lebanon in the weeks after the killings, the
    UN said. The interior ministry said [[11 women|missing;a=The interior ministry]] reported
    abducted had in fact left home of their own accord, a claim their relatives reject.""",
)

item(
    "Displaced women in Beirut's collective shelters lack privacy and safety",
    """Aid groups say displaced women in Lebanon's collective shelters face harassment and abuse
    in crowded schools with shared bathrooms. At the height of the Israeli bombardment in
    {{late 2024}}, [[more than 190,000 people|displaced;a=the government]] were staying in
    [[about 1,000 collective shelters|capacity;a=the government]], the government said. The UN
    Population Fund said [[1.2 million women and girls|civilians;n=women and girls;a=The UN
    Population Fund]] had been affected by the war and that it had distributed [[52,000 dignity
    kits|aid;a=it;alt=The UN Population Fund]]. ABAAD, a women's rights group, said it had
    moved [[47 women|displaced;a=ABAAD]] at risk of violence into its [[three safe
    houses|capacity;a=ABAAD]], which can hold [[up to 20 people|capacity]] each. The
    bombardment destroyed or damaged [[more than 99,000 housing units|housing;a=the World
    Bank]], according to the World Bank. [[As many as 400 schools|capacity]] stayed closed
    because they were sheltering families.""",
)

item(
    "Kosovo extends recognition of wartime rape survivors",
    """Kosovo's government commission for survivors of wartime sexual violence said it had granted
    status to [[1,712 people|aid;a=Kosovo's government commission for survivors of wartime
    sexual violence]] since it began work in {{2018}}, entitling them to a monthly pension of
    {{230 euros}}. It has rejected [[about 500 applications|other;u=other;a=It;alt=Kosovo's
    government commission for survivors of wartime sexual violence]]. Rights groups estimate
    that [[up to 20,000 women|other;a=Rights groups]] were raped during the {{1998-99}} war.
    Only [[one Serbian police officer|arrested]] has been convicted of wartime rape by a court
    in Kosovo. [[More than 1,600 people|missing;a=the International Committee of the Red
    Cross]] are still missing from the war, the International Committee of the Red Cross says.
    Parliament voted on {{Thursday}} to extend the deadline for applications by {{two years}}.""",
)

item(
    "Ukraine passes law on interim reparations for survivors",
    """Ukraine's parliament on {{Wednesday}} passed a law giving survivors of conflict-related
    sexual violence access to urgent interim reparations, including a one-off payment of about
    {{$3,000}} and free medical and psychological care. The law takes effect on {{September 1}}
    and will be funded from a {{$10 million}} allocation in the {{2025}} budget and from the
    Global Survivors Fund. Deputy Prime Minister Olha Stefanishyna said it was the {{first}}
    law of its kind adopted during a war. Applications can be filed for {{two years}} and must
    be decided within {{30 days}}. The bill passed its {{second}} reading with {{285 votes}}.""",
)

item(
    "Yazidis mark anniversary of Sinjar attack",
    """Yazidis gathered at the Sinjar mountain temple on {{August 3}} to mark the {{11th}}
    anniversary of the Islamic State attack of {{2014}}, which the UN has called genocide.
    Iraq's prime minister declared the day a national day of remembrance in {{2023}}. Speakers
    said reconstruction in Sinjar had barely begun and that the {{2020}} agreement between
    Baghdad and Erbil on running the district had not been carried out. The ceremony began at
    {{10 a.m.}} with a minute of silence. Nadia Murad, the {{2018}} Nobel peace laureate, spoke
    by video link.""",
)
