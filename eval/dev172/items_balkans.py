"""The Balkans: Bosnia, Kosovo, Croatia and Serbia, their graves, their missing and their war
crimes courts (14 texts with figures, 1 without)."""

from _wrap import item

item(
    "Bosnian experts exhume secondary grave near Zvornik",
    """Forensic experts from Bosnia's Missing Persons Institute have finished exhuming a
    secondary mass grave near the eastern town of Zvornik, recovering the incomplete remains of
    [[at least 34 people|killed;a=the institute;alt=Bosnia's Missing Persons Institute]], the
    institute said on Friday. The grave, found in May after a tip from a local farmer, lies
    about {{300 metres}} from a site first dug up in {{2009}}. Investigators say Bosnian Serb
    forces used bulldozers to move bodies there in the autumn of {{1995}} to hide evidence of
    the Srebrenica killings. "We keep finding parts of skeletons that were already exhumed from
    the primary grave, so the number of individuals will probably come down," said Dragana
    Vučetić, a forensic anthropologist who leads the [[14 experts|other]] at the site. DNA
    analysis has so far matched bone samples to [[11 victims|killed]] whose other remains were
    buried years ago at the Potočari memorial. Across Bosnia, [[about 7,600 people|missing;
    a=the institute;alt=Bosnia's Missing Persons Institute]] are still listed as missing from
    the {{1992-95}} war, the institute says, [[around 1,000 of them|missing;n=-;a=the institute;
    alt=Bosnia's Missing Persons Institute]] from Srebrenica.""",
)

item(
    "Thousands gather in Potočari as seven more Srebrenica victims are buried",
    """[[Tens of thousands of people|other]] gathered at the memorial cemetery in Potočari on
    Friday to mark the {{30th anniversary}} of the Srebrenica massacre and to bury [[seven newly
    identified victims|killed]], the youngest of them {{19 years old}}. Bosnian Serb forces
    killed [[about 8,000 Bosniak men and boys|killed;n=men and boys]] after overrunning the
    UN-protected enclave in July {{1995}}, in what international courts have ruled was genocide.
    With Friday's burials, the remains of [[6,765 victims|killed;a=the Srebrenica-Potočari
    Memorial Centre]] now lie in the cemetery, according to the Srebrenica-Potočari Memorial
    Centre. Families are still searching for [[about 1,000 others|missing]]. Some [[6,000
    marchers|other]] arrived on Thursday after a {{three-day}} walk along the forest route the
    men took as they tried to escape. One of those buried on Friday had been found in [[three
    different graves|other;u=other]], and his family laid to rest only [[two
    bones|other;u=other]] and part of a jaw. Serbia's government, which rejects the genocide
    label, sent no delegation.""",
)

item(
    "Bosnian court jails three ex-policemen for Prijedor crimes",
    """The Court of Bosnia and Herzegovina on Thursday convicted [[three former Bosnian Serb
    police officers|arrested;n=officers]] of crimes against humanity in the Prijedor area and
    sentenced them to a combined {{37 years}} in prison. The verdict found that the men took
    part in detaining [[at least 120 non-Serb civilians|arrested;a=The verdict]] at a school in
    Kozarac in June {{1992}}, and in killing [[18 of them|killed;n=-;a=The verdict]]. The panel
    acquitted [[one co-defendant|arrested]], a former prison guard, for lack of evidence.
    Presiding judge Mira Smajlović said the court had heard [[23 witnesses|other;a=Presiding
    judge Mira Smajlović]] for the prosecution and [[nine|other;n=-;a=Presiding judge Mira
    Smajlović]] for the defence over {{two years}}. Prosecutors had sought {{15 to 20 years}}
    for each man under {{Article 172}} of the criminal code, which covers crimes against
    humanity. [[Thousands of non-Serbs|arrested]] passed through the Omarska, Keraterm and
    Trnopolje camps in {{1992}}, and [[more than 3,000|killed;n=-;a=local associations]] were
    killed in the municipality, local associations say.""",
)

item(
    "Kosovo's missing: a quarter-century of waiting",
    """{{Twenty-five years}} after the Kosovo war ended, [[1,597 people|missing;a=the
    International Committee of the Red Cross]] remain missing, according to the International
    Committee of the Red Cross, which chairs a working group on the issue between Belgrade and
    Pristina. Most are Kosovo Albanians, but the list also includes [[some 300 Serbs|missing]]
    and [[dozens of Roma|missing]]. In April, forensic teams digging at a former quarry near
    Rudnica in southern Serbia found the remains of [[at least 17 people|killed;a=Kosovo's
    government commission on missing persons]], Kosovo's government commission on missing
    persons said. Around [[13,000 people|killed;a=the Humanitarian Law Center]] were killed in
    the {{1998-99}} conflict, according to the Humanitarian Law Center, a Belgrade-based rights
    group. Nesrete Kumnova, whose husband disappeared in {{1999}}, leads an association of
    [[several hundred families|other]] of the missing. "We are getting old. Some mothers died
    without ever finding a bone," she said. Serbia has returned [[more than 400 bodies|killed]]
    exhumed on its territory since {{2001}}, but families accuse Belgrade of withholding
    military archives.""",
)

item(
    "Croatia plans more exhumations as Vukovar families wait",
    """Croatia's veterans ministry says [[1,792 people|missing;a=Croatia's veterans ministry]]
    are still unaccounted for from the {{1991-95}} war, among them [[about 300|missing;n=-;
    a=Croatia's veterans ministry]] from the eastern town of Vukovar. Last month forensic
    experts exhumed [[13 bodies|killed]] from a grave in a field in nearby Sotin, bringing to
    [[79|killed;n=-]] the number of people recovered there. Serb paramilitaries and the Yugoslav
    army took Vukovar after a {{three-month}} siege in November {{1991}}. They killed [[some 200
    people|killed]] taken from the town's hospital at the Ovčara farm, and the remains of [[53
    of them|missing;n=-]] have never been found. Ivana Barić, who heads the ministry's
    directorate for detained and missing persons, said [[eight more
    exhumations|other;u=other;p;a=Ivana Barić]] were planned before the end of the year. She
    accused Serbia of holding back information on [[dozens of possible grave sites|other;a=Ivana
    Barić]]. "One mother who comes to us is {{94}}. She asked us to find her son before she
    dies," Barić said.""",
)

item(
    "Hague appeals judges raise sentence of Serbian security chief",
    """Appeals judges at the UN's International Residual Mechanism for Criminal Tribunals on
    Wednesday upheld the conviction of a former Serbian state security commander for aiding and
    abetting the murder of civilians in the Bosnian town of Bosanski Šamac in {{1992}}, and
    raised his sentence from {{12 years}} to {{15 years}}. The judgment, read out in {{about 90
    minutes}}, rejected most of his grounds of appeal. The {{74-year-old}}, who was first
    indicted in {{2003}}, will be credited with the time he has already spent in detention. The
    mechanism, set up under Security Council {{Resolution 1966}} in {{2010}}, took over the
    cases left when the Yugoslav tribunal closed on {{31 December 2017}}. Victims' groups in
    Bosnia said the ruling came {{more than three decades}} after the crimes, too late for many
    survivors.""",
)

item(
    "Serbia indicts ex-reservist over 1999 killings of Kosovo Albanians",
    """Serbia's war crimes prosecutor's office said on Monday it had indicted a former Yugoslav
    Army reservist over the killing of [[27 ethnic Albanian civilians|killed;a=Serbia's war
    crimes prosecutor's office]] in a village near Gjakova in April {{1999}}. The indictment
    says [[nine women|killed;a=The indictment]] and [[four children|killed;a=The indictment]]
    were among the dead, the youngest {{two years old}}. The {{52-year-old}} suspect, identified
    only by his initials, was arrested at a border crossing in {{2023}}. The victims' bodies
    were later found in a mass grave at a police training ground in Batajnica, near Belgrade,
    where investigators exhumed the remains of [[more than 700 Kosovo Albanians|killed]] between
    {{2001}} and {{2002}}. The Humanitarian Law Center, a Belgrade-based rights group, said
    Serbian courts had convicted only [[about 80 people|arrested;a=The Humanitarian Law Center]]
    of war crimes in {{two decades}}, while prosecutors had [[some 600 cases|other; a=The
    Humanitarian Law Center]] pending.""",
)

item(
    "Bosnia's war crimes backlog outlives its own deadline",
    """Bosnia's prosecutors still have [[some 450 war crimes cases|other;a=the OSCE mission to
    Bosnia]] involving [[more than 2,500 suspects|other;a=the OSCE mission to Bosnia]] to
    resolve, the OSCE mission to Bosnia said on Tuesday, {{two years}} after the deadline the
    country set itself. Since the state court's war crimes chamber opened in {{2005}}, courts
    across the country have handed down [[more than 700 final verdicts|other;u=other]],
    convicting [[about 600 people|arrested]]. Only [[seven prosecutors|other]] now work in the
    state prosecutor's war crimes department, down from [[19|other;n=-]] in {{2016}}. Victims'
    associations say [[hundreds of suspects|other;a=Victims' associations]] live freely in
    Serbia and Croatia, beyond the reach of Bosnian courts. The national strategy, revised in
    {{2018}}, had set {{2023}} as the deadline for the most complex cases.""",
)

item(
    "Serbia hands over remains of five Kosovo Albanians",
    """Serbian authorities last week handed over the remains of [[five Kosovo Albanians|killed]]
    exhumed at the Kiževak quarry in southern Serbia, at a ceremony at the Merdare crossing
    attended by relatives and Red Cross officials. The remains, found during excavations in
    {{2020}} and {{2022}}, were identified through DNA analysis with a match probability above
    {{99.99 per cent}}, Kosovo's Commission on Missing Persons said. The commission said the
    quarry had so far yielded the remains of [[at least seven people|killed;a=The commission;
    alt=Kosovo's Commission on Missing Persons]]. The [[five men|killed]], {{aged between 19 and
    45}}, were reburied in their village near Peja on Saturday. Relatives of [[some 1,600
    people|missing]] still missing from the {{1998-1999}} war protested in Pristina the same
    day, accusing both governments of stalling. Since {{2000}}, the remains of [[more than 4,400
    people|killed;a=the ICRC]] from Kosovo have been found and identified, the ICRC says.""",
)

item(
    "Drained lake near Višegrad gives up its dead",
    """Bosnian forensic teams have recovered the remains of [[at least 27
    people|killed;a=Bosnia's Missing Persons Institute]] from the bed of Lake Perućac near
    Višegrad since the hydroelectric reservoir was partly drained for repairs in March, Bosnia's
    Missing Persons Institute said on Monday. Bosnian Serb forces killed [[hundreds of Bosniak
    civilians|killed]] in Višegrad in {{1992}}, many of them on the town's Ottoman-era bridge,
    and threw the bodies into the Drina river. When the lake was last lowered, in {{2010}},
    searchers found [[more than 100 bodies|killed;a=the institute;alt=Bosnia's Missing Persons
    Institute]] in the mud, according to the institute. Local associations say [[about 600
    people|missing;a=Local associations]] from the municipality are still missing. Around [[40
    volunteers|other]] and divers from the civil protection service are searching a
    {{12-kilometre}} stretch of the riverbed while the water stays {{15 metres}} below its
    normal level. [[Two of the bodies|killed;n=bodies;a=the institute; alt=Bosnia's Missing
    Persons Institute]] were found with their hands tied, the institute said, and
    [[five|killed;n=-;a=the institute;alt=Bosnia's Missing Persons Institute]] have already been
    matched to families through DNA. The power company must refill the reservoir within {{six
    weeks}}.""",
)

item(
    "DNA has named 27,000 of the Yugoslav wars' missing, ICMP says",
    """The International Commission on Missing Persons said on Tuesday that DNA testing had now
    helped identify the remains of [[more than 27,000|killed;n=-;a=The International Commission
    on Missing Persons]] of the [[roughly 40,000 people|missing;a=The International Commission
    on Missing Persons]] reported missing after the wars in the former Yugoslavia, a rate of
    about {{70 per cent}}. The commission began its DNA-led programme in {{2001}}, after years
    in which families were asked to recognise clothing laid out on tables. Since then its
    laboratory in The Hague has processed [[more than 50,000 bone samples|other;u=other]] and
    [[about 90,000 blood samples|other;u=other]] given by relatives. "The remaining cases are
    the hardest: bodies were moved with machinery, broken up and scattered across [[as many as
    five graves|other;u=other;a=the commission's director of programmes]]," said the
    commission's director of programmes. The commission now works in [[more than 40
    countries|other;u=other]], including Iraq, Colombia and Mexico.""",
)

item(
    "Prosecution rests in Thaçi trial at Kosovo court in The Hague",
    """Prosecutors at the Kosovo Specialist Chambers in The Hague closed their case on Thursday
    in the trial of former Kosovo president Hashim Thaçi and [[three other former guerrilla
    commanders|arrested;n=commanders]], after calling [[125 witnesses|other]] over {{more than
    two years}}. Prosecutors allege that the Kosovo Liberation Army murdered [[at least 100
    people|killed;a=Prosecutors]] and illegally detained [[hundreds more|arrested;
    n=-;a=Prosecutors]] at [[more than 40 detention sites|other;a=Prosecutors]] in Kosovo and
    northern Albania during and after the {{1998-99}} war. All [[four|arrested;n=-]] deny the
    charges. The defence plans to call [[about 30 witnesses|other;p;a=The defence]] when
    hearings resume in September. The court, set up under Kosovo law but staffed by
    international judges, has so far convicted [[three former KLA members|arrested]] in separate
    cases.""",
)

item(
    "Bosnian rape survivor wins compensation from wartime attacker",
    """A court in Doboj has ordered a former Bosnian Serb soldier convicted of wartime rape to
    pay {{35,000 marks}} ({{$19,500}}) in compensation to the woman he assaulted in {{1992}},
    the rights group TRIAL International said on Wednesday. It was the first award of its kind
    in the region; the soldier, now {{58}}, is serving a {{10-year}} sentence. During the trial
    the court heard [[11 witnesses|other]], [[two of them|other;n=-]] with their identities
    protected. Estimates of the number of women raped during the {{1992-95}} war range from
    [[20,000 to 50,000|other;n=-]]. TRIAL International said courts had awarded compensation to
    [[about 30 survivors|aid;a=TRIAL International]] in criminal cases since {{2015}}, but
    {{fewer than half}} had received any money. Bosnia's state court has convicted [[more than
    60 people|arrested;a=the OSCE]] of wartime sexual violence, according to the OSCE. Only
    [[about 1,000 women|aid;a=the association Women Victims of War]] receive the monthly
    allowance paid to civilian victims of war, the association Women Victims of War says.""",
)

item(
    "Factbox: The Yugoslav tribunal in numbers",
    """The International Criminal Tribunal for the former Yugoslavia, which closed on {{31
    December 2017}} after {{24 years}}, indicted [[161 people|arrested]] for crimes committed
    during the wars of the {{1990s}}. It convicted [[90|arrested;n=-]] and acquitted
    [[19|arrested;n=-]]; proceedings against [[37 others|arrested]] ended because the accused
    died or the indictments were withdrawn, and [[13|arrested;n=-]] were referred to courts in
    the region. Over {{10,800 trial days}} the tribunal heard [[more than 4,650
    witnesses|other]], many of them survivors of the camps. The tribunal's judges ruled that the
    killing of [[about 8,000 Bosniak men and boys|killed;n=men and boys;a=The tribunal's
    judges]] at Srebrenica was genocide. The court cost {{more than $2 billion}} over its
    lifetime.""",
)

item(
    "Tuzla remembers the 71 killed at Kapija square",
    """[[Thousands of people|other]] laid flowers on Sunday at Kapija square in Tuzla, where a
    shell fired by the Bosnian Serb army on the evening of {{25 May 1995}} killed [[71
    people|killed]], most of them teenagers and young adults out on a holiday evening. A Bosnian
    court found in {{2014}} that [[more than 130 people|injured;a=A Bosnian court]] had been
    wounded by the blast, and sentenced a former Bosnian Serb artillery commander to {{25
    years}} in prison. He has never served the sentence: he lives in Serbia, which does not
    extradite its citizens. Tuzla, then a UN-declared safe area, was home to [[about 130,000
    people|civilians]], among them [[tens of thousands of refugees|displaced]] from eastern
    Bosnia. The city took in [[thousands of women and children|displaced;n=women and children]]
    expelled from Srebrenica {{seven weeks}} after the shelling.""",
)
