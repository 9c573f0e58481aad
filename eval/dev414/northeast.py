"""The north-east: Garissa University, the Mandera bus and quarry killings, IEDs in Mandera and
Wajir, abductions on the border, El Adde, teachers leaving, and drought in the pastoral
counties."""

from _wrap import item

item(
    "Al-Shabaab gunmen kill 147 at Garissa university",
    """GARISSA, Kenya, {{April 2}} (Reuters) - Al-Shabaab gunmen stormed a university campus in
    the north-eastern Kenyan town of Garissa before dawn on Thursday, killing [[at least 147
    people|killed;a=Interior Minister Joseph Nkaissery]], most of them students, Interior
    Minister Joseph Nkaissery said. Security forces killed [[all four gunmen|killed;a=Interior
    Minister Joseph Nkaissery]] after a siege of {{nearly 15 hours}}, he said. [[Three
    soldiers|killed]] and [[three police officers|killed]] were among the dead. [[79 people|
    injured;a=the National Disaster Operations Centre]] were wounded, [[nine|injured;a=the
    National Disaster Operations Centre]] of them critically, the National Disaster Operations
    Centre said. The Kenya Red Cross said [[more than 500 students|displaced;a=The Kenya Red
    Cross]] had been evacuated from the campus. Witnesses said the gunmen separated Muslims
    from Christians in the hostels and shot the Christians. Police said [[five
    suspects|arrested;a=Police]] had been arrested, and the government offered a reward of {{20
    million shillings}} for the capture of the alleged planner.""",
)

item(
    "Garissa survivors sent home as families wait at Nairobi mortuary",
    """NAIROBI, {{April 7}} (AFP) - [[About 660 students|returned;a=the Interior Ministry]] who
    survived the attack on Garissa University College have been taken home by bus and plane,
    the Interior Ministry said on Tuesday, and the college has been closed indefinitely.
    President Uhuru Kenyatta ordered the police to train [[10,000 recruits|combatants;p]] whose
    enrolment had been held up by a court case. At the Chiromo mortuary in Nairobi, officials
    said [[52 bodies|killed;a=officials]] had been identified and [[about
    90|killed;a=officials]] were still waiting for relatives. The Kenya Red Cross said it had
    counselled [[more than 400 survivors|aid;a=The Kenya Red Cross]] and relatives. Police said
    [[two more suspects|arrested;a=Police]] had been arrested, bringing to
    [[seven|arrested;a=Police]] the number held.""",
)

item(
    "Al-Shabaab kills 28 on bus in north-east Kenya",
    """MANDERA, Kenya, {{November 22}} (Reuters) - Al-Shabaab gunmen hijacked a Nairobi-bound
    bus near Mandera early on Saturday and killed [[28 passengers|killed;a=police]] who could
    not recite verses from the Koran, police said. The bus was carrying [[about 60 passengers|
    civilians;a=police]], police added. Survivors said [[eight to ten
    gunmen|combatants;a=Survivors]] stopped the bus {{30 km}} from Mandera town.
    [[Nineteen|killed;a=the Kenya National Union of Teachers]] of the dead were teachers
    travelling home for the holidays, the Kenya National Union of Teachers said. [[Eleven
    passengers|injured]] were treated at Mandera hospital. On Sunday the military said it had
    killed [[more than 100 militants|killed;a=the military]] in air strikes on the attackers'
    camp inside Somalia.""",
)

item(
    "Thirty-six quarry workers killed near Mandera",
    """MANDERA, Kenya, {{December 2}} (AP) - Al-Shabaab gunmen killed [[36 quarry
    workers|killed;a=police]] near Mandera before dawn on Tuesday, separating Muslims from
    non-Muslims and shooting the non-Muslims at close range, police said. The workers were
    sleeping in tents at the Koromei quarry, {{15 km}} from Mandera town, when [[about 20
    attackers|combatants;a=witnesses]] arrived, witnesses said. Police said [[at least 14
    workers|other;a=Police]] escaped by hiding in ditches, and [[two|injured;a=Police]]
    survived with gunshot wounds. [[More than 1,000 non-local workers|displaced;a=the Mandera
    county government]] have left the county since the attack, according to the Mandera county
    government. The government said it would send [[1,000 more police
    officers|combatants;p;a=The government]] to the north-east.""",
)

item(
    "Fourteen quarry workers killed in Mandera attack",
    """MANDERA, Kenya, {{July 7}} - Al-Shabaab militants killed [[14 quarry
    workers|killed;a=Mandera County Commissioner Fredrick Mwangi]] and wounded
    [[11|injured;a=Mandera County Commissioner Fredrick Mwangi]] in a pre-dawn attack at Soko
    Mbuzi on the outskirts of Mandera town, Mandera County Commissioner Fredrick Mwangi said.
    The attackers threw grenades into [[two houses|housing]] where the workers slept and then
    opened fire. The commissioner said [[between 40 and 60 gunmen|combatants;a=The
    commissioner;alt=Mandera County Commissioner Fredrick Mwangi]] had taken part. The Kenya
    Red Cross flew [[five of the wounded|injured;n=-]] to Nairobi. Workers' leaders said
    [[about 300 quarry workers|displaced;p;a=Workers' leaders]] would leave Mandera this
    week.""",
)

item(
    "Gunmen kill three teachers in Garissa, union demands transfers",
    """GARISSA, Kenya, {{January 13}} - Gunmen killed [[three teachers|killed;a=police]] at a
    primary school in Kamuthe, Garissa county, early on Monday, police said, in the latest
    attack on non-local workers in north-eastern Kenya. [[Two other teachers|injured;a=police]]
    were wounded, police added. The attackers also destroyed [[two telecommunications
    masts|other;u=other]] nearby. The Teachers Service Commission said it would transfer
    [[about 2,000 non-local teachers|displaced;p;a=The Teachers Service Commission]] out of
    Garissa, Mandera and Wajir. County officials said [[about 300 schools|other;p;a=County
    officials]] could be forced to close, affecting [[some 120,000 pupils|civilians;p;a=County
    officials]]. The Kenya National Union of Teachers said its members would not return until
    security improved.""",
)

item(
    "Two Cuban doctors abducted in Mandera, police escort killed",
    """MANDERA, Kenya, {{April 12}} (Reuters) - Suspected al-Shabaab gunmen abducted [[two
    Cuban doctors|kidnapped;a=police]] in the north-eastern town of Mandera on Friday and
    killed [[one of their police escorts|killed;a=police]], police said. The doctors were
    driven across the border into Somalia in [[two vehicles|other;a=a police commander]], a
    police commander said. Kenya hired [[100 Cuban doctors|other]] in {{2018}} to work in
    county hospitals. Police later said [[two suspects| arrested;a=Police]] had been detained
    in Mandera. It was the {{first}} abduction of foreigners in Kenya since {{2011}}, when
    gunmen seized [[two Spanish aid workers|kidnapped]] in Dadaab.""",
)

item(
    "Roadside bomb kills eight police officers in Wajir",
    """WAJIR, Kenya, {{June 15}} - [[At least eight police officers|killed;a=police]] were
    killed when their vehicle hit a roadside bomb at Konton in Wajir county near the Somali
    border, police said. Local officials said [[as many as 11|killed;a=Local officials]] may
    have died. The officers were pursuing militants who had abducted [[three police
    reservists|kidnapped]] the day before. [[Three other officers|injured]] were airlifted to
    Nairobi. [[About 1,500 residents|displaced;a=the county government]] of Konton and Khorof
    Harar have fled to Wajir town, the county government said. Police said [[200
    officers|combatants;a=Police]] had been sent to comb the area.""",
)

item(
    "Five soldiers killed as bombs hit KDF convoy in Mandera",
    """MANDERA, Kenya - [[Five Kenyan soldiers|killed;a=the Kenya Defence Forces]] died and
    [[up to seven|injured;a=the Kenya Defence Forces]] were wounded when roadside bombs struck
    their convoy near Elwak on Tuesday, the Kenya Defence Forces said. It was the {{fourth}}
    IED attack in Mandera in {{two weeks}}; on {{June 12}} a bomb killed [[eight police
    officers|killed]] on the Mandera-Elwak road. County officials said [[more than 30
    IEDs|other;a=County officials;u=other]] had been detonated or defused in the county this
    year. KDF said troops had arrested [[14 suspects|arrested;a=KDF]] in follow-up operations.
    Bus operators said [[fewer than 20 buses|other;a=Bus operators]] now ply the
    Mandera-Nairobi route daily, down from [[about 45|other;a=Bus operators;u=other]] a year
    ago.""",
)

item(
    "Muslim passengers shield Christians as al-Shabaab attacks Kenyan bus",
    """EL WAK, Kenya, {{December 21}} (Reuters) - Muslim passengers on a bus ambushed by
    al-Shabaab in north-eastern Kenya refused to be separated from Christians, forcing the
    gunmen to leave, a local official said on Monday. The attackers shot dead [[two
    people|killed;a=police]] and wounded [[three|injured;a=police]] before fleeing, police
    said. [[About 10 attackers| combatants]] stopped the bus, which was carrying [[62
    passengers|civilians]] from Nairobi to Mandera. Passengers said Muslim women gave their
    headscarves to Christian women so they could not be told apart. Police said they had
    deployed [[a dozen officers|combatants;a=Police]] to escort buses on the route and arrested
    [[three suspects|arrested;a=Police]].""",
)

item(
    "Al-Shabaab fighters attack police camp at Dadajabula",
    """WAJIR, Kenya - [[Hundreds of al-Shabaab fighters|combatants;a=police]] attacked a police
    camp at Dadajabula in Wajir county overnight, killing [[one police
    reservist|killed;a=police]], police said. [[Two officers|missing;a=police]] were missing
    after the attack, police added. The militants destroyed [[three mobile phone
    masts|other;u=other]] in the area, cutting off communications. Residents said [[200 to 300
    families|displaced;a=Residents]] had fled to Wajir town. Police said [[12
    attackers|killed;a=Police]] were killed in the fighting.""",
)

item(
    "Gunmen kill 10 on Mandera bus, most of them police officers",
    """MANDERA, Kenya, {{December 6}} (Reuters) - Al-Shabaab gunmen stopped a bus at Kotulo in
    Mandera county on Friday and killed [[10 passengers|killed;a=police]],
    [[eight|killed;a=police]] of them police officers travelling on leave, police said.
    Survivors said the gunmen ordered [[all 56 passengers|civilians;a=Survivors]] off the bus
    and singled out non-locals. The attackers took [[two teachers|kidnapped]] with them towards
    Somalia. The government said it would deploy [[up to 500 more officers|combatants;p;a=The
    government]] in the county. A similar attack near Mandera in {{2014}} killed [[28
    people|killed]].""",
)

item(
    "Al-Shabaab says it overran Kenyan base at El Adde",
    """NAIROBI, {{January 17}} (AFP) - Al-Shabaab fighters overran a Kenyan army base at El
    Adde in southern Somalia on Friday, and the group said it had killed [[more than 100 Kenyan
    soldiers|killed;a=the group;alt=Al-Shabaab]]. Kenya's military has given no toll, but a
    Kenyan official told AFP [[at least 63 soldiers|killed;a=a Kenyan official]] had died. The
    army said [[about 200 soldiers|combatants;a=The army;alt=The Kenya Defence Forces]] were at
    the base. Al-Shabaab said it had captured [[12 soldiers|kidnapped;a=Al-Shabaab]]. Families
    said [[dozens of soldiers| missing;a=Families]] were still unaccounted for. Kenya has
    [[about 3,600 troops|combatants]] in Somalia under the African Union mission. The Kenya
    Defence Forces said it had flown home the bodies of [[11 soldiers|killed;a=The Kenya
    Defence Forces]].""",
)

item(
    "Drought leaves 1.4 million in need in Kenya's north-east",
    """WAJIR, Kenya - [[1.4m people|civilians;a=the National Drought Management Authority]] in
    Mandera, Wajir and Garissa counties need food aid after {{four}} failed rainy seasons, the
    National Drought Management Authority said. Pastoralists have lost {{up to 70 percent}} of
    their herds, and Wajir livestock officers estimate [[more than 500,000 cattle, camels and
    goats|other;a=Wajir livestock officers;n=cattle, camels and goats]] have died. [[At least
    46 schools|other]] have closed for lack of water. UNICEF said it was treating [[about 8,000
    children|aid;a=UNICEF]] for severe malnutrition. [[30,000-40,000 people|displaced]] have
    moved to towns and water points. The Kenya Red Cross said it was trucking water to [[120
    villages|aid;a=The Kenya Red Cross]]. Herders say [[about 30 people|killed;a=Herders]] have
    been killed in clashes over pasture since January.""",
)

item(
    "Militants abduct reservists and chief near Somali border",
    """GARISSA, Kenya - Suspected al-Shabaab militants abducted [[four
    people|kidnapped;a=police]], [[three National Police Reservists|kidnapped;a=police]] among
    them, in a raid on Galmagala village in Garissa's Hulugho sub-county, police said. The
    attackers torched [[two houses| housing]] and a police pickup. Elders said [[two of the
    captives|kidnapped;a=Elders]] had been freed on Sunday after talks. [[Nearly 500
    households|displaced;a=the Garissa county government]] have fled villages along the border
    since January, according to the Garissa county government. The Interior Ministry said
    [[fewer than 40 officers|combatants;a=The Interior Ministry]] man the sub-county's border
    posts. Chiefs' associations say [[at least nine chiefs|killed;a=Chiefs' associations]] have
    been killed in Garissa, Wajir and Mandera since {{2020}}.""",
)

item(
    "Garissa attackers jailed, one for life",
    """NAIROBI - A Nairobi court on {{July 3}} sentenced Tanzanian Rashid Charles Mberesero to
    life in prison over the {{April 2, 2015}} attack on Garissa University College. Kenyans
    Mohamed Ali Abikar and Hassan Edin Hassan were each given {{41 years}}. Chief Magistrate
    Francis Andayi had convicted them in {{June 2019}} after a trial that lasted {{four
    years}}. The prosecution said the men had supported the attackers in the weeks before the
    raid. Mberesero, who was {{20}} at the time of the attack, was arrested hiding in the roof
    of the campus.""",
)

item(
    "Garissa University reopens with fewer students and more guards",
    """GARISSA, Kenya - Garissa University College reopened on {{January 4, 2016}}, {{nine
    months}} after the attack that closed it. Enrolment is about {{60 percent}} below its level
    before the attack, the principal said. The government has spent {{Sh50 million}} on a
    perimeter wall and watchtowers, and a {{3-metre}} fence now surrounds the hostels. Lectures
    end by {{5pm}}. A memorial garden will be unveiled on {{April 2}}, the {{first}}
    anniversary.""",
)
