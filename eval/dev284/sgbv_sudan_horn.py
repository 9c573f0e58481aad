"""Items of dev284: Sudan, Chad, South Sudan, Ethiopia and Somalia."""

from _wrap import item

item(
    "MSF says rape survivors in Darfur camps seek care in rising numbers",
    """Médecins Sans Frontières said its teams in South Darfur treated [[1,386
    survivors|injured;a=Médecins Sans Frontières]] of sexual violence between {{January 2024}}
    and {{March 2025}}, most of them women and girls displaced by the fighting around Nyala.
    [[Some 240 patients|injured;a=the charity;alt=Médecins Sans Frontières]] were under {{the
    age of 18}}, the charity said, and the youngest was {{four years old}}. Most had been
    attacked while fetching water or firewood outside the camps. Clinic staff said [[nearly 60
    women|injured;a=Clinic staff]] came to them in {{a single week}} in {{February}}, after
    gunmen on motorbikes raided Kalma camp and burned [[dozens of shelters|housing;a=Clinic
    staff]]. The charity said it needed [[another 3,500 post-rape kits|aid;a=The
    charity;alt=Médecins Sans Frontières;p]] to last through the rainy season. [[An estimated
    1.2 million displaced people|displaced;a=International Organization for Migration]] live in
    camps and informal settlements across the state, according to the International
    Organization for Migration. The UN Population Fund supports [[11 safe
    spaces|other;u=structure]] for women and girls there.""",
)

item(
    "Sudanese women in Chad describe rapes on the road from El Geneina",
    """Women who fled El Geneina for eastern Chad describe being raped at checkpoints on the road
    to Adré, and aid workers say the number seeking help is still climbing. The UN Population
    Fund said [[2,750 women and girls|injured;a=UN Population Fund;n=women and girls]] had
    received clinical care for sexual violence at sites it supports in Ouaddaï province since
    {{June 2023}}. [[Nearly 600 survivors|aid]] have also been given counselling and cash
    assistance. [[More than 620,000 Sudanese refugees|displaced;a=UNHCR]] have crossed into
    Chad since the war began, UNHCR said, {{86 percent}} of them women and children. The agency
    said it had set up [[14 safe spaces|other;u=structure;a=The agency;alt=UN Population Fund]]
    in the camps of Farchana, Metché and Aboutengue and planned [[six
    more|other;u=structure;n=-;a=The agency;alt=UN Population Fund;p]] by {{the end of the
    year}}. Halima Abakar, a midwife in Adré, said she saw [[up to 15 rape survivors a
    day|injured;a=Halima Abakar]] in the weeks after the town's border crossing reopened.
    Funding for the response stands at {{$9 million}}, {{less than a quarter}} of what is
    needed.""",
)

item(
    "UN investigators detail abductions and sexual slavery by RSF in Khartoum",
    """The UN Independent International Fact-Finding Mission for the Sudan said on {{Friday}} it
    had documented [[more than 400 cases|other;a=The UN Independent International Fact-Finding
    Mission for the Sudan]] of rape and gang rape by fighters of the Rapid Support Forces and
    allied militias since {{April 2023}}. In Khartoum and Bahri, [[at least 73 women and
    girls|kidnapped;n=women and girls;a=the mission;alt=The UN Independent International
    Fact-Finding Mission for the Sudan]] were abducted and held in private houses, some of them
    for {{several weeks}}, the mission said. [[Eleven|killed;n=-]] are known to have died in
    captivity. Survivors described being held with [[dozens of other women|kidnapped]] in a
    school in Bahri and forced to cook and clean for the fighters. The panel interviewed [[182
    survivors and witnesses|other;n=survivors and witnesses]] in Chad, Uganda and Kenya. The
    RSF, which the mission estimates has [[some 100,000 fighters|combatants;a=the
    mission;alt=The UN Independent International Fact-Finding Mission for the Sudan]], denied
    the allegations and said it had arrested [[27 of its members|arrested;a=The RSF;n=members]]
    over abuses.""",
)

item(
    "South Sudan: UN mission records 112 victims of sexual violence in quarter",
    """The UN Mission in South Sudan documented [[112 victims|other;a=The UN Mission in South
    Sudan]] of conflict-related sexual violence in the {{third quarter}}, up from
    [[79|other;a=The UN Mission in South Sudan]] in the previous {{three months}}, according to
    its latest human rights brief. [[Forty-one|other;n=-;a=the mission;alt=The UN Mission in
    South Sudan]] were girls, the mission said, {{aged nine to 17}}. Most of the attacks took
    place in Central Equatoria and Warrap, where fighting between government forces and the
    National Salvation Front has driven [[about 35,000 people|displaced]] from their villages
    since {{May}}. The army said [[16 soldiers|arrested;a=The army]] had been detained in
    connection with the attacks. A military court in Yei convicted [[nine soldiers|arrested]]
    of rape in {{2024}}, handing down sentences of {{seven to 14 years}}. The mission said it
    had trained [[320 police officers|other;a=The mission;alt=The UN Mission in South Sudan]]
    in handling reports of sexual violence.""",
)

item(
    "Tigray hospital counts survivors years after the war",
    """Ayder Referral Hospital in Mekelle said it had treated [[1,288 survivors|injured;a=Ayder
    Referral Hospital]] of sexual violence at its one-stop centre between {{November 2020}} and
    the end of {{2022}}, and that new patients were still arriving {{two years}} after the
    Pretoria agreement. Doctors there said [[at least 210 women|other;a=Doctors]] had given
    birth to children conceived in rape. The Tigray interim administration's health bureau puts
    the number of survivors across the region at [[more than 120,000|other;a=The Tigray interim
    administration's health bureau;n=-]], a figure that has not been independently verified.
    Eritrean troops, of whom [[tens of thousands|combatants;n=-]] crossed the border during the
    war, are accused of many of the attacks. Survivors' groups say [[about 700,000
    people|displaced;a=Survivors' groups]] remain in camps in Shire and Adigrat, unable to
    return to western Tigray. A study by Physicians for Human Rights found that {{76 percent}}
    of the survivors it spoke to had been raped by more than one man.""",
)

item(
    "Women held by RSF freed as army retakes Wad Madani",
    """Sudanese activists said [[at least 34 women|kidnapped;a=Sudanese activists]] held by the
    Rapid Support Forces in houses in Wad Madani had been freed when the army retook the city
    in {{January 2025}}. Several told doctors they had been raped repeatedly during {{months}}
    of captivity. [[Twelve|returned;n=-;a=the Strategic Initiative for Women in the Horn of
    Africa]] have since gone back to their families in villages in Gezira state, the Strategic
    Initiative for Women in the Horn of Africa said, while the rest remain in a shelter in
    Kassala. The group said it was still looking for [[about 50 women|missing;a=The
    group;alt=the Strategic Initiative for Women in the Horn of Africa]] who disappeared from
    the same neighbourhoods. The army said its troops had found the bodies of [[six
    women|killed;a=The army]] in a house near the Hantoub bridge. [[More than 500,000
    people|returned;a=the International Organization for Migration]] have returned to Gezira
    since the city was retaken, according to the International Organization for Migration.""",
)

item(
    "Somalia: girls forced into marriage with al-Shabaab fighters rescued in Middle Shabelle",
    """Somali forces and local clan militias rescued [[19 girls|kidnapped;a=the regional
    administration]] who had been forced to marry al-Shabaab fighters when they captured
    villages near Adan Yabaal, the regional administration said. The girls, {{aged 13 to 17}},
    were handed to UNICEF and the Somali Women Development Centre. Officials said [[more than
    40 fighters|killed;a=Officials]] were killed in the operation, which involved [[about 1,500
    troops|combatants;a=Officials]]. UNICEF said it had helped reunite [[278
    children|returned;a=UNICEF]] with their families in Middle Shabelle and Hiiraan in
    {{2023}}, many of them formerly associated with armed groups. The UN verified [[241
    cases|other;a=The UN]] of rape and other sexual violence against children in Somalia that
    year, more than in any other country except the Democratic Republic of the Congo. [[Another
    16 girls|missing]] from the same villages are still unaccounted for.""",
)

item(
    "Kushayb convicted of rape and murder in first ICC verdict on Darfur",
    """The International Criminal Court on {{Monday}} convicted Ali Muhammad Ali Abd-Al-Rahman,
    the militia leader known as Ali Kushayb, of war crimes and crimes against humanity
    committed in Darfur in {{2003 and 2004}}, including the rape of women and girls in Mukjar
    and Deleig. Judges found that Janjaweed fighters under his command killed [[at least 213
    people|killed]] in and around Deleig. Prosecutors had told the court that [[more than 50
    women and girls|other;a=Prosecutors;n=women and girls]] were raped in the attacks on Kodoom
    and Bindisi. The {{76-year-old}} surrendered in the Central African Republic in {{June
    2020}} after {{13 years}} on the run. The court heard [[56 prosecution witnesses|other]]
    over {{more than two years}}. [[About 1,300 victims|other;a=the court's registry]] are
    taking part in the case, according to the court's registry, and could be eligible for
    reparations. The conflict in Darfur in those years killed [[an estimated 300,000
    people|killed;a=the UN]] and drove [[2 to 2.5 million|displaced;n=-;a=the UN]] from their
    homes, by the UN's count. Sentencing is expected in {{December}}.""",
)

item(
    "Health ministry in Port Sudan says clinics overwhelmed by assault cases",
    """Sudan's health ministry said its clinics and the hospitals still working in Gezira, Sennar
    and White Nile states had recorded [[3,106 cases|other;a=Sudan's health ministry]] of
    gender-based violence in the {{first nine months}} of the year, against
    [[1,940|other;n=-;a=the ministry;alt=Sudan's health ministry]] in the whole of {{2023}},
    the ministry said. Officials said [[roughly 70 women|killed;a=Officials]] had died of
    injuries or complications after being assaulted. The ministry is running [[22 one-stop
    centres|other]] with the World Health Organization and says it wants to open [[eight
    more|other;u=structure;n=-;a=The ministry;alt=Sudan's health ministry;p]] in Kassala and
    Gedaref. [[Some 4,300 health workers|other;a=the World Health Organization]] have been
    trained to provide clinical care after rape, according to the World Health Organization.
    The agency warned that [[6.7 million women and girls|civilians;n=women and girls;a=The
    agency;alt=the World Health Organization]] in Sudan were at risk of gender-based violence.""",
)

item(
    "Amhara clashes bring new reports of assault by soldiers and militias",
    """Human Rights Watch said it had documented [[at least 38 women and girls|other;a=Human
    Rights Watch;n=women and girls]] raped by Ethiopian soldiers and Fano militiamen in the
    Amhara region since fighting began in {{August 2023}}. In one attack near Bahir Dar,
    soldiers killed [[11 civilians|killed;a=the group;alt=Human Rights Watch]], including [[two
    women|killed;a=the group;alt=Human Rights Watch]] who had tried to report an assault to
    local officials, the group said. [[Three of the survivors|injured]] it interviewed were
    treated at a clinic in Debre Tabor. Ethiopia's government did not respond to the findings.
    The federal authorities say [[more than 2,000 people|arrested;a=The federal authorities]]
    have been detained under a state of emergency declared in the region. Aid agencies estimate
    that [[about 1.4 million people|civilians;a=Aid agencies]] in Amhara need humanitarian
    assistance.""",
)

item(
    "Shelter in Farchana takes in survivors as Chad camps swell",
    """A shelter run by the International Rescue Committee in Farchana camp has room for [[40
    women|capacity;a=staff]] but was housing [[63 women and children|displaced;n=women and
    children;a=staff]] last week, staff said. Survivors of rape who cannot go back to their
    family's shelter in the camp stay there for {{up to three months}}. The IRC said it ran
    [[three such shelters|capacity;a=The IRC]] in eastern Chad and hoped to add [[another
    two|capacity;u=structure;n=-;a=The IRC;p]] in {{2025}}. The committee's caseworkers in the
    camp followed [[480 survivors|aid;a=The committee's caseworkers]] last year, they said. The
    camp itself, built for [[about 40,000 people|capacity]], now holds [[more than
    65,000|displaced;n=-]]. Chadian gendarmes have detained [[four men|arrested]] accused of
    attacking women collecting firewood near the camp since {{January}}.""",
)

item(
    "Bentiu safe house shelters women fleeing forced marriage",
    """A safe house in Bentiu run by the Nonviolent Peaceforce is sheltering [[26 women and
    girls|displaced;n=women and girls]] who fled forced marriages or sexual violence, many of
    them after fighting in Unity state last year. The group said it could house [[up to 30
    people|capacity;a=The group;alt=the Nonviolent Peaceforce]] and had turned away [[about a
    dozen|other;n=-;a=The group;alt=the Nonviolent Peaceforce]] since {{June}} for lack of
    room. The UN protection of civilians site next door, now a camp run by the government,
    holds [[about 112,000 people|displaced]]. UNMISS peacekeepers began night patrols around
    its firewood routes after [[17 women|other;a=humanitarian workers]] reported being raped
    there in {{a single month}}, humanitarian workers said. [[Two men|arrested]] were later
    arrested. The UN Population Fund said it hoped to train [[150 local volunteers|other;a=The
    UN Population Fund;p]] to accompany women on the routes this year.""",
)

item(
    "Women killed in RSF attacks on Gezira villages, rights group says",
    """Gunmen from the Rapid Support Forces killed [[at least 47 women|killed;a=Sudan's Emergency
    Lawyers]] in attacks on villages east of the Gezira state capital over {{10 days}} in
    {{October}}, Sudan's Emergency Lawyers said, some of them after they resisted attempts to
    rape them. The group said [[more than 130 women and girls|kidnapped;n=women and girls;a=The
    group;alt=Sudan's Emergency Lawyers]] were taken from Al-Sireha and nearby villages.
    [[Around 300 homes|housing]] were looted and burned. The International Organization for
    Migration said [[more than 119,000 people|displaced;a=The International Organization for
    Migration]] fled the area in the same period, most of them to Kassala and Gedaref. A UN
    expert called the killings a pattern rather than isolated acts. The RSF has said [[several
    dozen|other;n=-;a=The RSF]] of its fighters have been referred to its own courts.""",
)

item(
    "Somalia GBV hotline fielded record calls from displacement camps",
    """A hotline for survivors of gender-based violence in Somalia received [[more than 9,000
    calls|other;u=other;a=the Somali Women's Study Centre]] in {{2024}}, the Somali Women's
    Study Centre said, the most since it opened {{six years}} ago. {{About two-thirds}} came
    from displacement camps around Mogadishu and Baidoa, which together hold [[an estimated 1.6
    million people|displaced]]. The centre said counsellors had referred [[1,120
    women|injured;a=The centre;alt=the Somali Women's Study Centre]] for medical care and
    [[310|other;n=-;a=The centre;alt=the Somali Women's Study Centre]] to police. Police in
    Banadir region said they had arrested [[84 suspects|arrested;a=Police in Banadir region]]
    over rapes in the camps but that [[fewer than 20 cases|other;a=Police in Banadir region]]
    had reached court. Somalia's parliament has yet to pass a sexual offences bill first
    drafted in {{2018}}.""",
)

item(
    "Women flee Zamzam for Tawila with stories of rape on the road",
    """[[More than 400,000 people|displaced;a=the International Organization for Migration]] fled
    Zamzam camp after the Rapid Support Forces overran it in {{April 2025}}, according to the
    International Organization for Migration, most of them walking the {{60 km}} to Tawila.
    Doctors Without Borders said its team in Tawila treated [[48 women|injured;a=Doctors
    Without Borders]] who had been raped on the road in the first {{two weeks}}. Women told the
    charity that fighters had taken [[about 20 girls|kidnapped;a=Women]] from a group of
    displaced people near Shagra. The attack on Zamzam killed [[more than 300
    civilians|killed;a=the UN]], according to the UN, including [[11 staff|killed]] of the
    medical group Relief International. Aid agencies have put up [[1,800 emergency
    shelters|capacity]] in Tawila, and plan to build [[12 latrine blocks|aid;u=other;a=Aid
    agencies;p]] reserved for women.""",
)

item(
    "Sudan appeal for women's protection a fraction funded",
    """The UN's appeal for protecting women and girls in Sudan had received {{$21 million}} by the
    end of {{September}}, {{14 percent}} of the {{$150 million}} sought for {{2025}}, according
    to the UN's financial tracking service. The gender-based violence area of responsibility,
    which coordinates aid groups' work, said it had asked donors in {{March}} and again in
    {{July}} for emergency money. Its coordinator said programmes that closed in {{2024}} had
    not reopened. The shortfall is the largest in {{a decade}}, she said, after cuts of {{more
    than 40 percent}} in funding from the United States. The group will meet donors in Geneva
    on {{November 12}}.""",
)

item(
    "Ethiopian court jails former officer over Tigray assault",
    """A federal court in Addis Ababa sentenced a former army colonel to {{15 years}} in prison on
    {{Thursday}} for his part in the rape of a woman at a checkpoint in southern Tigray in
    {{December 2020}}. The {{44-year-old}} officer was the most senior soldier convicted of
    sexual violence since the war ended with the Pretoria agreement of {{November 2022}}.
    Judges rejected his appeal, heard in {{March 2024}}, that the charge had been brought after
    the {{two-year}} limit set by the criminal code. The victim, who was {{19}} at the time,
    testified behind a screen. Rights groups welcomed the verdict but said justice for the
    war's crimes remained rare.""",
)
