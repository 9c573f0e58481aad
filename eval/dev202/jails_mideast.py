"""Syria, Iraq, Libya, Yemen, Iran, Afghanistan, Pakistan, Lebanon, Israel and Gaza: prisons
opened as a regime falls, detention centres struck from the air, jihadist assaults on jails,
exchanges of prisoners and hostages, overcrowding and amnesty bills (14 texts with figures, 2
without)."""

from _wrap import item

item(
    "Families search Saydnaya as rebels free detainees",
    """Opposition fighters who entered Damascus on Sunday broke open Saydnaya military prison
    north of the capital and freed [[several thousand detainees|arrested;a=the Association of
    Detainees and the Missing in Sednaya Prison]], according to the Association of Detainees and
    the Missing in Sednaya Prison. Relatives searched the cells and corridors on Monday for sons
    and brothers who had disappeared years ago. The Syrian Civil Defence, known as the White
    Helmets, said it had sent [[about 300 rescuers|other;a=The Syrian Civil Defence]] with dogs and
    cutting equipment to look for hidden underground cells, but found none. The Syrian Network for
    Human Rights says [[more than 112,000 people|missing;a=The Syrian Network for Human Rights]]
    detained or forcibly disappeared since {{2011}} are still missing. Amnesty International
    estimated in {{2017}} that [[as many as 13,000 people|killed;a=Amnesty International]] were
    hanged at Saydnaya between {{2011}} and {{2015}}. In the days before, rebels had emptied [[three
    central prisons|other;u=structure]] in Aleppo, Hama and Homs. [[More than 40 bodies|killed;a=doctors]] bearing signs of torture were found in a morgue at a Damascus hospital, doctors
    said.""",
)

item(
    "SDF retakes Hasakah prison after Islamic State assault",
    """The Kurdish-led Syrian Democratic Forces said on Wednesday they had regained full control
    of the Sina'a prison in Hasakah, {{six days}} after Islamic State fighters stormed it to free
    their comrades. The prison held [[about 3,500 suspected IS members|arrested;a=the SDF]],
    according to the SDF, which said [[150-200 attackers|combatants;a=the SDF]] had taken part in
    the assault, some of them wearing explosive vests. [[At least 374 people|killed;a=the Syrian
    Observatory for Human Rights]] were killed, [[268|killed;a=the Syrian Observatory for Human
    Rights]] of them IS members, the Syrian Observatory for Human Rights said. UNICEF said [[about
    700 boys|arrested;a=UNICEF]], some {{as young as 12}}, were held in the prison and that it had
    no access to them. The UN said [[some 45,000 residents|displaced;a=The UN]] had fled the
    Ghwayran neighbourhood around the prison during the fighting.""",
)

item(
    "Rebels open Aleppo's central prison as government forces withdraw",
    """Fighters led by Hayat Tahrir al-Sham said they had released [[about 3,500
    prisoners|arrested;a=Fighters led by Hayat Tahrir al-Sham]] from Aleppo's central prison on
    Saturday as government forces withdrew from the city. The Syrian Observatory for Human Rights
    said [[more than 300 people|killed;a=The Syrian Observatory for Human Rights]] had been killed
    in {{three days}} of fighting. Aleppo, a city of [[about 2 million people|civilians]], woke to
    rebel checkpoints and shuttered shops. OCHA said [[more than 48,000 people|displaced;a=OCHA]]
    had been displaced in Idlib and northern Aleppo. Footage showed fighters driving [[dozens of
    captured tanks|other]] through the western suburbs. [[About 30 trucks|aid;a=the Turkish aid
    agency IHH]] carrying flour crossed from Turkey on Monday, the Turkish aid agency IHH said.""",
)

item(
    "Hundreds of inmates escape Tripoli prison as militias clash",
    """[[About 400 inmates|other;a=police]] escaped from the Ain Zara prison in southern Tripoli on
    Sunday as rival militias fought nearby, police said. Guards were unable to stop them for fear
    for their lives, a police statement said. Clashes in the capital have killed [[at least 47
    people|killed;a=the health ministry]] and wounded [[more than 130|injured;a=the health
    ministry]] since late August, the health ministry said. [[Some 1,800 families|displaced;a=the
    UN]] have fled, according to the UN, while [[thousands of residents|civilians]] are trapped in
    the Salahuddin and Abu Salim districts. UNHCR said [[about 300 migrants|arrested;a=UNHCR]] had
    been transferred from a detention centre in Ain Zara to another facility. Shells damaged
    [[about 40 homes|housing]] in Ain Zara on Saturday night.""",
)

item(
    "Air strike on Tajoura migrant detention centre kills 53",
    """An air strike on the Tajoura detention centre east of Tripoli killed [[53 migrants|killed; a=the UN]] and wounded [[130|injured;a=the UN]] late on Tuesday, the UN said. The centre held
    [[more than 600 migrants and refugees|arrested;a=UNHCR;n=migrants and refugees]], most of them
    from Sudan, Eritrea and Somalia, according to UNHCR. The hangar that was hit housed [[about
    120 men|arrested]]. [[Around 20 people|missing]] remained unaccounted for on Wednesday. Later
    that day guards released [[about 350 survivors|arrested]], who walked to the UNHCR facility in
    central Tripoli. UNHCR said it planned to evacuate [[150 refugees|displaced;p;a=UNHCR]] to Niger
    in the coming weeks.""",
)

item(
    "Bodies found at Tripoli hospital after militia leader's killing",
    """The UN Support Mission in Libya (UNSMIL) said on Friday that [[58 unidentified
    bodies|killed;a=The UN Support Mission in Libya (UNSMIL)]] had been found at a hospital in Abu
    Salim, an area controlled by the Stability Support Apparatus, whose leader was killed on Monday.
    [[Hundreds of inmates|other;a=the justice ministry]] escaped from Al-Jadida prison during the
    fighting that followed, the justice ministry said, without giving a figure. The health ministry
    said [[at least eight people|killed;a=The health ministry]] were killed and [[about
    30|injured;a=The health ministry]] injured in the clashes. UNSMIL said [[dozens of
    detainees|missing;a=UNSMIL]] held at facilities run by the group were unaccounted for. The
    Libyan Red Crescent said it had delivered [[500 food baskets|aid;a=The Libyan Red Crescent]] to
    families in the worst-hit streets.""",
)

item(
    "Coalition air strikes hit Houthi-run detention centre in Dhamar",
    """Air strikes by the Saudi-led coalition destroyed a Houthi-run detention centre in Dhamar on
    Sunday, killing [[more than 100 detainees|killed;a=the International Committee of the Red
    Cross]], the International Committee of the Red Cross said. The ICRC said the site had held
    [[about 170 detainees|arrested;a=The ICRC]] and that [[some 40 wounded|injured;a=The ICRC]] were
    being treated at the city hospital. Houthi health officials put the death toll at [[156|killed; a=Houthi health officials]]. The coalition said it had struck a drone and missile storage site.
    The ICRC said it had donated [[200 body bags|aid;a=The ICRC]] and [[10 tonnes of medical
    supplies|aid;a=The ICRC;n=tonnes;u=other]] to the hospital and the morgue.""",
)

item(
    "US strike on Saada migrant detention centre kills 68, Houthis say",
    """A US air strike on a migrant detention centre in Saada killed [[68 African
    migrants|killed;a=the Houthi-run interior ministry]] and wounded [[47|injured;a=the Houthi-run
    interior ministry]], the Houthi-run interior ministry said on Monday. The facility held [[115
    migrants|arrested;a=the ministry;alt=the Houthi-run interior ministry]], most of them
    Ethiopians, according to the ministry. The International Organization for Migration said
    [[more than 60,000 migrants|displaced;a=The International Organization for Migration]] arrived
    in Yemen last year, most of them crossing from Djibouti by boat. US Central Command said it had
    struck [[more than 800 targets|other;u=other;a=US Central Command]] in Yemen since {{15 March}}.
    [[About 19.5 million people|civilians;a=the UN]] in Yemen need humanitarian assistance, the UN
    says.""",
)

item(
    "Iraq begins exhuming Badush prison massacre victims",
    """Iraqi forensic teams began exhuming a mass grave near Badush prison, west of Mosul, on
    Sunday, where Islamic State fighters are believed to have shot [[about 600
    prisoners|killed;a=the Martyrs Foundation]] in {{June 2014}}, the Martyrs Foundation said. The
    prison held [[some 3,000 inmates|arrested]] when Mosul fell; survivors say the militants
    separated Shia prisoners from the rest and marched them to a ravine. The foundation said its
    team of [[42 forensic specialists|other;a=The foundation;alt=the Martyrs Foundation]] had
    recovered [[123 bodies|killed;a=The foundation;alt=the Martyrs Foundation]] in the first {{three
    weeks}}. Relatives of [[about 570 missing prisoners|missing;a=officials]] have given DNA samples,
    officials said. The militants also killed [[dozens of guards|killed]] when they took the
    prison.""",
)

item(
    "Iran says Israeli strike on Evin prison killed 79",
    """Iran's judiciary said [[79 people|killed;a=Iran's judiciary]] were killed when an Israeli
    strike hit Evin prison in Tehran on {{23 June}}, among them staff, conscript soldiers, inmates
    and visiting relatives. The judiciary's spokesman said [[dozens of inmates|injured;a=The
    judiciary's spokesman]] were wounded and [[two buildings|housing;a=The judiciary's
    spokesman]], including the visitors' hall, were badly damaged. [[About 1,500 inmates|arrested; a=rights groups]] were transferred to Fashafouyeh and Qarchak prisons, rights groups said. In
    {{October 2022}}, a fire at Evin killed [[eight inmates|killed;a=authorities]] and injured
    [[61|injured;a=authorities]], according to authorities.""",
)

item(
    "Islamic State attack on Jalalabad prison leaves 29 dead",
    """A day-long battle at the central prison in Jalalabad ended on Monday with [[29
    people|killed;a=the provincial governor's spokesman]] dead, among them civilians, inmates and
    guards, the provincial governor's spokesman said. Islamic State fighters began the assault with
    a car bomb at the gate that destroyed [[two buildings|housing]]. The prison held [[about 1,700
    inmates|arrested]], many of them Taliban and IS members. [[More than 1,000|other;a=officials]]
    escaped during the fighting, and [[about 700|arrested;a=officials]] had been recaptured by
    Monday evening, officials said. Security forces killed [[ten attackers|killed]]. Hospitals
    treated [[up to 50 wounded|injured;a=health officials]], health officials said.""",
)

item(
    "Pakistani commandos end standoff at Bannu counter-terrorism centre",
    """Pakistani special forces stormed a counter-terrorism compound in Bannu on Tuesday, killing
    [[all 33 militants|killed;a=the defence minister]] held there, the defence minister told
    parliament. The detainees, held for interrogation, had overpowered their guards on Sunday,
    seized weapons and taken [[at least eight officials|kidnapped]] hostage. [[Two
    commandos|killed;a=the defence minister]] were killed and [[10 soldiers|injured;a=the defence
    minister]] wounded in the operation, he said. [[Three hostages|kidnapped]] had been freed on
    Monday after talks broke down. Police told [[about 2,000 residents|civilians]] of the
    cantonment area to stay indoors, and authorities shut [[dozens of schools|other]] in the
    district for {{two days}}.""",
)

item(
    "Lebanon to transfer Syrian prisoners as Roumieh bursts at the seams",
    """Lebanon and Syria signed an agreement on Friday to transfer [[about 300 Syrian
    prisoners|returned;p;a=officials]] held in Lebanese jails to Syria to serve the rest of their
    sentences, officials said. Lebanon's prisons hold [[about 6,500 inmates|arrested;a=the Interior
    Ministry]] in space for [[3,500|capacity;a=the Interior Ministry]], according to the Interior
    Ministry. Roumieh, the largest, was built for [[1,050 prisoners|capacity]] and now holds
    [[nearly 4,000|arrested]]. Around {{80%}} of inmates have never been tried. [[Twelve
    inmates|killed;a=rights groups]] died of illness in Roumieh last year, rights groups said.""",
)

item(
    "Israel frees Palestinian prisoners as last living hostages return",
    """Hamas handed [[the last 20 living hostages|kidnapped]] to the Red Cross on Monday under the
    ceasefire deal. Israel released [[1,968 Palestinian prisoners and detainees|other;a=the Israel
    Prison Service;n=prisoners and detainees]] in exchange, the Israel Prison Service said. They
    included [[250 prisoners|other]] serving life or long sentences and [[about 1,700
    detainees|other]] held without charge since the start of the war in Gaza. Hamas said it would
    hand over [[the remains of 28 hostages|killed;p;a=Hamas]] as they were recovered. The
    Palestinian Prisoners' Society said [[more than 9,100 Palestinians|arrested;a=The Palestinian
    Prisoners' Society]] remained in Israeli prisons. The deal allows [[600 aid trucks a day|aid;p]]
    into Gaza.""",
)

item(
    "Lebanese parliament delays vote on general amnesty bill",
    """Lebanon's parliament postponed a vote on a general amnesty law on Thursday, the {{third}}
    delay since {{2019}}. The bill would cut sentences of up to {{20 years}} by {{a quarter}} and
    exclude crimes committed after {{1 January 2017}}. Prison occupancy stands at more than
    {{300%}}, according to a parliamentary report. The {{2025}} budget gives the prison service
    {{$12 million}}, against {{$19 million}} in {{2018}}. Roumieh's oldest block dates from the
    {{1970s}}.""",
)

item(
    "Syria's transitional authorities plan memorial at Saydnaya",
    """Syria's transitional authorities said on {{8 December 2025}}, the {{first}} anniversary of
    the fall of Bashar al-Assad, that Saydnaya military prison would become a memorial and
    documentation centre. The complex, built in the {{1980s}}, is known for its solitary cells of
    {{2 by 2 metres}}. The project is budgeted at {{$5 million}} and is due to open in {{2027}},
    with a {{40-minute}} guided route. Visitors under {{16}} will need to be accompanied, the
    ministry of culture said.""",
)
