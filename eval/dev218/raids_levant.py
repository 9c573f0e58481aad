"""Airstrikes, shelling and rockets on Gaza, Israel, Lebanon, Syria and Yemen (2014-2025):
14 texts with figures, 2 without."""

from _wrap import item

item(
    "Shells hit UN school sheltering thousands in Jabalia",
    """Israeli shells struck a UN school in the Jabalia refugee camp before dawn on {{July 30, 2014}},
    where [[about 3,300 people|displaced;a=UNRWA]] had taken refuge, UNRWA said. [[At least 15
    people|killed;a=Gaza's health ministry]] were killed and [[about 90|injured;a=Gaza's health
    ministry]] wounded as they slept in classrooms and the courtyard, Gaza's health ministry said.
    The agency's commissioner-general, Pierre Krähenbühl, said it had given the Israeli army the
    school's exact location {{17 times}}. UNRWA said [[more than 200,000 people|displaced;a=UNRWA]]
    were now sheltering in [[83 of its schools|capacity;a=UNRWA;n=schools]] across the Gaza Strip,
    far beyond what they were built for. The Israeli military said militants had fired mortars from
    the vicinity of the school.""",
)

item(
    "Strike on Jabalia block leaves families digging with bare hands",
    """Israeli airstrikes on a residential block in the Jabalia camp killed [[more than 50 people|killed;
    a=the Hamas-run health ministry]] and wounded [[about 150|injured;a=the Hamas-run health
    ministry]], the Hamas-run health ministry said, while [[dozens|missing;a=Civil Defence
    officials]] were believed to be under the rubble, according to Civil Defence officials. [[About
    400 people|civilians;a=residents]] lived in the [[six buildings|housing;a=residents]] that collapsed,
    residents said. The Israeli military said the strike had killed a Hamas battalion commander
    involved in the {{October 7}} attack and [[dozens of fighters|killed;a=The Israeli military]] in
    tunnels beneath the block. At the nearby Indonesian Hospital, doctors said they had received
    [[about 120 wounded|injured;a=doctors]] within {{two hours}} and were operating on the floor.""",
)

item(
    "Four hostages freed in Nuseirat raid as Gaza toll mounts",
    """Israeli special forces rescued [[four hostages|kidnapped;a=the military]] from homes in the Nuseirat refugee camp on {{June 8, 2024}}, the military said, in a daytime raid backed by
    heavy air and artillery strikes. Gaza's health ministry said [[274 Palestinians|killed;a=Gaza's
    health ministry]] were killed and [[698|injured;a=Gaza's health ministry]] injured in the
    operation, [[64 of them children|killed;a=Gaza's health ministry;n=children]]. [[One Israeli
    officer|killed;a=the military]] died of his wounds, the military said. Hamas's armed wing said
    [[three other hostages|killed;a=Hamas's armed wing]] held in the area, including a US citizen,
    had been killed in the strikes, a claim Israel did not confirm. Israel says [[120 hostages|
    kidnapped;a=Israel]] remain in Gaza.""",
)

item(
    "Strikes set tents ablaze in al-Mawasi humanitarian zone",
    """Israeli strikes on tents in al-Mawasi, the coastal area Israel designated a humanitarian zone,
    killed [[at least 19 people|killed;a=Gaza's Civil Defence]] overnight, Gaza's Civil Defence
    said, and left [[about 15|missing;a=Gaza's Civil Defence;u=person]] missing in craters up to
    {{9 metres}} deep. [[About 20 tents|other;a=witnesses]] burned, witnesses said. The Israeli
    military said it had struck a command centre where [[three senior Hamas militants|combatants;
    a=The Israeli military]] were operating. [[Hundreds of thousands of displaced people|displaced]]
    are crowded into the strip of sand dunes. The World Food Programme said it had reached [[about
    130,000 people|aid;a=The World Food Programme]] in the area with hot meals that week, but that
    [[fewer than 70 trucks|aid;a=The World Food Programme]] a day were entering Gaza.""",
)

item(
    "Gaza rescuers say thousands still lie under rubble",
    """Gaza's Civil Defence said on {{January 21, 2025}} that [[about 10,000 people|missing;a=Gaza's
    Civil Defence]] were believed to be buried under the rubble of homes hit during the war, and that
    its crews had recovered [[120 bodies|killed;a=Gaza's Civil Defence]] in the
    {{three days}} since the ceasefire began. Spokesman Mahmoud Basal said [[99 members|killed;
    a=Mahmoud Basal;alt=Spokesman Mahmoud Basal]] of the service had been killed since {{October 2023}} and that it had [[only
    one working excavator|other;a=Mahmoud Basal;alt=Spokesman Mahmoud Basal;n=excavator;u=other]] left. A week later, [[more than
    500,000 people|returned;a=the Hamas-run government media office]] crossed back into northern
    Gaza, the Hamas-run government media office said. The UN said [[630 aid trucks|aid;a=The UN]] entered the territory on the first day of the truce, and
    that the deal provides for [[600 trucks a day|aid;p;a=The UN]].""",
)

item(
    "Eleven days of rockets and airstrikes, counted",
    """Hamas and other armed groups fired [[about 4,340 rockets|other;a=Israel's military]] at Israel
    over {{11 days}} in {{May 2021}}, Israel's military said, [[about 680|other;a=Israel's military;
    u=other]] of which fell short inside Gaza.  Gaza's
    health ministry said Israeli airstrikes killed [[248 people|killed;a=Gaza's health ministry]],
    [[66 of them children|killed;a=Gaza's health ministry;n=children]], and wounded [[more than
    1,900|injured;a=Gaza's health ministry]]. [[Four high-rise towers|housing;u=structure]] housing
    offices and flats were brought down. At the height of the fighting [[more than 77,000
    people|displaced;a=UNRWA]] were sheltering in [[58 schools|capacity;a=UNRWA]] run by UNRWA, the
    agency said. Gaza's public works ministry said [[1,800 housing units|housing;a=Gaza's public works
    ministry]] were destroyed or damaged beyond repair.""",
)

item(
    "Lebanon's deadliest day since civil war as Israel strikes Hezbollah",
    """Israeli strikes across southern and eastern Lebanon on {{September 23, 2024}} killed [[558
    people|killed;a=Lebanon's health ministry]], including [[50 children|killed;a=Lebanon's health
    ministry]], and wounded [[1,835|injured;a=Lebanon's health ministry]], Lebanon's health ministry
    said. Israel said it had hit [[about 1,600 Hezbollah targets|other;a=Israel;u=other]], including
    rocket launchers hidden in homes. [[Tens of thousands of people|displaced]] fled north, jamming
    the coastal highway to Beirut for {{more than 12 hours}}. The government opened [[more than 300
    schools|capacity;a=The government]] as shelters, and the disaster management unit said [[26,000
    people|displaced;a=the disaster management unit]] had registered in them by the next morning.
    UNHCR said it had handed out [[10,000 mattresses|aid;a=UNHCR]] and blankets.""",
)

item(
    "Lebanese stream south as ceasefire holds",
    """[[Tens of thousands of Lebanese|returned]] drove south on {{November 27}} as a ceasefire between
    Israel and Hezbollah took effect at {{4 a.m.}}, ignoring warnings from Israel's military not to
    return to [[more than 60 villages|other;a=Israel's military]] near the border. Lebanon's army said
    it would deploy [[about 5,000 soldiers|combatants;p;a=Lebanon's army]] to the south under the
    deal. The health ministry said [[3,961 people|killed;a=The health ministry]] had been killed and
    [[more than 16,500|injured;a=The health ministry]] wounded in Lebanon over {{14 months}}. At the
    height of the war [[about 900,000 people|displaced;a=the International Organization for
    Migration]] were displaced inside Lebanon, according to the International Organization for
    Migration. Lebanon's National Council for Scientific Research estimated that [[about 100,000
    housing units|housing;a=Lebanon's National Council for Scientific Research]] had been damaged or
    destroyed.""",
)

item(
    "Rocket kills children on Golan football pitch",
    """A rocket struck a football pitch in the Druze town of Majdal Shams in the Israeli-annexed Golan
    Heights on {{July 27, 2024}}, killing [[12 children and teenagers|killed;a=Israel's
    military;n=children and teenagers]] aged {{10 to 16}}, Israel's military said. [[More than 30
    people|injured;a=Magen David Adom]] were wounded, according to Magen David Adom. Israel blamed
    Hezbollah, which denied firing at the town. Since {{October}}, [[about 60,000 residents|displaced;
    a=the government]] of northern Israel have been evacuated from towns along the border, the
    government said, and [[more than 1,000 homes|housing;a=the government]] have been damaged. In
    Kiryat Shmona, [[only about 2,000|returned;a=city officials]] of the town's residents have gone
    back, city officials said.""",
)

item(
    "Barrel bombs and airstrikes pound besieged east Aleppo",
    """Syrian and Russian warplanes hit rebel-held eastern Aleppo throughout the night, killing [[at
    least 96 people|killed;a=the Syrian Civil Defence]] in {{24 hours}}, the Syrian Civil Defence
    said. Its volunteers, known as the White Helmets, said they had pulled [[15 people|other;a=Its volunteers;alt=the Syrian Civil Defence]] alive from collapsed buildings in the Bustan al-Qasr and
    al-Kalasa districts. The Syrian Observatory for Human Rights counted [[between 40 and 50 barrel
    bombs|other;a=The Syrian Observatory for Human Rights;u=other]] dropped by helicopters. The UN
    said [[about 275,000 people|civilians;a=The UN]] were trapped in the besieged east of the city,
    where [[only six hospitals|other;a=the World Health Organization;u=structure]] were still working,
    according to the World Health Organization. [[Hundreds of families|displaced]] fled toward the
    Old City in the rain.""",
)

item(
    "Idlib offensive drives almost a million from their homes",
    """[[Almost 900,000 people|displaced;a=the UN]] have fled the Syrian government's offensive in
    Idlib and western Aleppo since {{December 1}}, the UN said on {{February 17}}, [[more than half a
    million|displaced;a=the UN;v=500000;q=at_least]] of them children. [[About 170,000|displaced;a=UN
    officials]] are sleeping in the open or in unfinished buildings, UN officials said, in temperatures
    as low as {{minus 7C}}. An airstrike on a school in Idlib city killed [[at least 20 civilians|
    killed;a=the Syrian Observatory for Human Rights]], [[nine of them children|killed;a=the Syrian
    Observatory for Human Rights;n=children]], the Syrian Observatory for Human Rights said. Turkey
    has sent [[about 7,000 troops|combatants;a=Turkish officials]] into Idlib, Turkish officials said.
    Aid groups said they had distributed [[30,000 tents|aid;a=Aid groups]] but that the camps near the border were full. UNHCR said it planned to bring in [[another
    10,000 tents|aid;p;a=UNHCR]] from Turkey.""",
)

item(
    "Airstrike on Sanaa funeral hall kills over 140 mourners",
    """Airstrikes by the Saudi-led coalition hit a packed funeral hall in Sanaa on {{October 8, 2016}},
    killing [[more than 140 people|killed;a=the UN]] and wounding [[525|injured;a=the UN]], the UN
    said. Jamie McGoldrick, the UN humanitarian coordinator for Yemen, said [[hundreds of
    wounded|injured;a=Jamie McGoldrick]] had been taken to the city's hospitals, which appealed for
    blood donors. [[About 1,500 people|civilians;a=witnesses]] had gathered for the ceremony,
    witnesses said. The coalition initially denied involvement, but its Joint Incidents Assessment
    Team later said it had acted on wrong information. The Houthi-run Saba news agency said
    [[dozens of officials|killed;a=The Houthi-run Saba news agency]] and military officers were among
    the dead.""",
)

item(
    "US strikes on Yemen's Ras Isa port and migrant centre kill scores",
    """US airstrikes on the Ras Isa fuel port in western Yemen killed [[80 people|killed;a=the Houthi-run
    health ministry]] and wounded [[150|injured;a=the Houthi-run health ministry]] on {{April 17,
    2025}}, the Houthi-run health ministry said. {{Ten days}} later, strikes hit a migrant detention
    centre in Saada, in the north, that was holding [[115 migrants|arrested;a=the International
    Organization for Migration]], most of them Ethiopian, according to the International Organization
    for Migration. The Houthis said [[68 of the migrants|killed;a=The Houthis;n=migrants]] were
    killed and [[47|injured;a=The Houthis]] injured. US Central Command said it had struck [[more than
    1,000 targets|other;a=US Central Command;u=other]] in Yemen since {{March 15}}, killing [[hundreds
    of Houthi fighters|killed;a=US Central Command]] and leaders.""",
)

item(
    "Houthis detain UN staff after Israeli strike kills cabinet members",
    """The Houthis detained [[at least 19 UN staff members|arrested;a=António Guterres;alt=UN Secretary-General
    António Guterres;n=members]] in raids in Sanaa and Hodeidah, UN Secretary-General António Guterres said. The detentions came days after an Israeli airstrike killed the
    group's prime minister and [[nine other ministers|killed]]. The group accuses the detainees of spying. The Houthis have
    fired [[more than 90 ballistic missiles|other;a=the Israeli military]] and [[dozens of
    drones|other;a=the Israeli military]] at Israel since {{March}}, according to the Israeli military.
    After sinking the Liberian-flagged Eternity C in the Red Sea in {{July}}, the Houthis said they
    were holding [[11 crew members|kidnapped;a=the Houthis;n=members]]. [[Four sailors|killed;a=the EU naval mission]] were killed in the attack and [[about a dozen|missing;a=the EU naval mission]] were still missing, the
    EU naval mission said.""",
)

item(
    "Why Gaza's bombs are so heavy",
    """The {{2,000-pound}} {{Mk-84}} bomb, the largest in regular use, can leave a crater about {{12 metres}}
    wide and kill or wound people up to {{365 metres}} away, according to US Army data. The United States paused a shipment of the bombs in {{May 2024}}, the Biden administration said, over
    concerns about their use in dense areas such as Rafah. By comparison, the {{GBU-39}} small
    diameter bomb weighs about {{250 pounds}}. UN satellite agency UNOSAT said in {{December 2024}}
    that about {{69%}} of all structures in Gaza had been damaged or destroyed.""",
)

item(
    "How Israel's evacuation warnings in Lebanon work",
    """Israel's Arabic-language military spokesman posts maps on X marking buildings in red and telling
    residents to move at least {{500 metres}} away, often at about {{6 a.m.}} or late in the evening.
    Strikes can follow within {{30 minutes}} to {{an hour}}. Aid groups say warnings posted online
    reach few elderly residents, and that many arrive after {{midnight}} when the power is off.
    UN Security Council Resolution {{1701}}, adopted in {{2006}}, bars armed groups other than the
    Lebanese army south of the Litani river, about {{30 km}} north of the border.""",
)
