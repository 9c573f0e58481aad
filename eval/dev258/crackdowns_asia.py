"""Items of dev258: Bangladesh's July uprising, Nepal's Gen Z protests, Indonesia."""

from _wrap import item

item(
    "UN report: up to 1,400 may have been killed in Bangladesh uprising",
    """As many as [[1,400 people|killed;a=the UN human rights office]] may have been killed in
    Bangladesh between {{July 15}} and {{August 5}}, the UN human rights office said on Wednesday,
    most of them shot by security forces with military rifles and shotguns. The report said
    {{12 to 13 percent}} of the dead were children. It cited police figures of
    [[44 officers|killed;a=It;alt=the UN human rights office]] killed, many of them lynched after the fall of Sheikh Hasina's
    government. [[Thousands of people|injured]] were wounded, including
    [[at least 400|injured;a=hospital records]] who lost the sight of one or both eyes, according to
    hospital records. The Rapid Action Battalion and police detained
    [[more than 11,700 people|arrested]] during the protests, the report found. The interim
    government said it would seek to try those responsible at the International Crimes Tribunal.""",
)

item(
    "Bangladesh health ministry publishes list of July dead",
    """Bangladesh's health ministry on Sunday published the names of [[834 people|killed;a=Bangladesh's
    health ministry]] killed in the July uprising, and said [[12,039|injured;a=Bangladesh's health
    ministry]] had been treated for injuries in government hospitals. The ministry's special cell
    said [[about 160 names|killed;a=The ministry's special cell]] were still being verified. Of the
    wounded, [[493|injured]] had lost an eye and
    [[28|injured]] had undergone amputations. Families of those on the
    list will receive {{Tk 3 million}} each, the government said. Student coordinators said their
    own tally exceeded [[1,000 dead|killed;a=Student coordinators]].""",
)

item(
    "Police stations burned as Bangladesh force quits posts",
    """Crowds set fire to [[more than 450 police stations|housing;a=the Bangladesh Police Association;u=structure]]
    and outposts across Bangladesh in the hours after Sheikh Hasina fled to India on {{August 5}},
    the Bangladesh Police Association said, and most of the force's [[190,000 officers|combatants]]
    stayed away from work for days. The association said [[44 policemen|killed;a=The association;alt=the
    Bangladesh Police Association]] were killed, [[13|killed;a=The association;alt=the Bangladesh
    Police Association]] of them at Enayetpur police station in Sirajganj. Army officials said
    [[about 1,200 inmates|other;a=Army officials]] escaped from Sherpur district jail when it was
    stormed, and [[826 firearms|other;a=Army officials]] were looted from stations in Dhaka alone.
    Soldiers guarded [[some 40 thana buildings|housing;u=structure]] in the capital until police
    returned on {{August 12}}.""",
)

item(
    "Hindu families flee attacks after Hasina's fall",
    """[[Hundreds of Hindu families|displaced;u=household]] have fled their homes in Bangladesh's
    Rangpur and Khulna divisions after attacks on houses, shops and temples since {{August 5}},
    community leaders said. The Bangladesh Hindu Buddhist Christian Unity Council said it had
    recorded attacks on [[at least 205 homes|housing;a=The Bangladesh Hindu Buddhist Christian
    Unity Council]] and businesses in [[52 districts|other;a=The Bangladesh Hindu Buddhist Christian
    Unity Council]]. The interim government said [[two Hindu men|killed;a=The interim government]]
    had been killed and that [[about 30 people|arrested;a=The interim government]] had been
    detained. Border Guard Bangladesh said it had stopped [[about 1,000 people|displaced;a=Border
    Guard Bangladesh]] trying to cross into India's Cooch Behar district. By the end of the month,
    the council said [[roughly 350 families|returned;a=the council;alt=The Bangladesh Hindu Buddhist
    Christian Unity Council]] had gone back to their villages under army escort.""",
)

item(
    "Bangladesh: missing since July, dozens still sought",
    """A commission of inquiry into enforced disappearances said on Saturday it had received
    [[1,676 complaints|missing;a=A commission of inquiry into enforced disappearances;u=person]]
    of people taken by security agencies under the previous government, and that
    [[204|missing;a=it;alt=A commission of inquiry into enforced disappearances]] of them were still
    missing. The commission said [[at least 31 people|missing;a=The commission;alt=A commission of
    inquiry into enforced disappearances]] who vanished during the July protests had not been
    found. After the fall of the government, [[three men|kidnapped]] held for years in a secret
    facility known as Aynaghar were freed, among them a former brigadier held since {{2016}}. The
    commission's chair, a retired judge aged {{71}}, said the team had visited
    [[eight secret detention sites|other;a=The commission's chair]] in Dhaka and Chattogram. Rights group Odhikar said [[at least 12 bodies|killed;a=Rights group Odhikar]] exhumed from a riverbank in Narayanganj may belong to the disappeared. It said [[nearly 700 families|civilians;a=It;alt=Rights group Odhikar]] were still waiting for news.""",
)

item(
    "Bangladesh court hands down first July verdict",
    """Bangladesh's International Crimes Tribunal sentenced Sheikh Hasina to death in absentia on
    {{November 17}} over the killing of protesters in {{2024}}, and sentenced a former police chief
    who turned state witness to {{five years}} in prison. The ruling came {{15 months}} after her
    flight to India. Her party, the Awami League, won {{222}} of {{300}} seats in the {{2024}}
    election that the opposition boycotted. The tribunal fined the former home minister
    {{Tk 1 crore}}. Hasina, {{78}}, called the verdict "rigged".""",
)

item(
    "Nepal: 19 killed as police fire on Gen Z protest over social media ban",
    """Police in Kathmandu opened fire on young protesters who breached the barricades around the
    federal parliament on Monday, killing [[17 people|killed;a=hospital officials]] in the capital,
    hospital officials said. [[Two more|killed;a=police]] were killed in Itahari, police said. The
    Civil Service Hospital said it was treating [[more than 100|injured;a=The Civil Service Hospital]]
    wounded, and the National Trauma Centre said [[40|injured;a=the National Trauma Centre]] had been
    admitted there. [[About 400 people|injured]] were treated across Kathmandu, among them
    [[28 police officers|injured]]. The government, which had blocked [[26 social media
    platforms|other;n=platforms;u=other]], lifted the ban overnight. Home Minister Ramesh Lekhak
    resigned, the {{first}} cabinet member to quit.""",
)

item(
    "Parliament, Singha Durbar torched as Nepal's prime minister resigns",
    """Protesters set fire to the federal parliament, the Singha Durbar secretariat and the
    Supreme Court on Tuesday as Prime Minister KP Sharma Oli resigned. The army said it had
    evacuated [[about 60 ministers and officials|displaced;a=The army;n=ministers and officials]]
    by helicopter from their homes and flown them to barracks. Police said
    [[more than 300 government buildings|housing;a=Police]] were attacked across the country,
    including the homes of [[at least 15 politicians|other;a=Police]]. [[About 13,500
    prisoners|other;a=the Department of Prison Management]] escaped from jails during the unrest, the
    Department of Prison Management said, and only [[some 3,700|returned;a=it;alt=the Department of
    Prison Management]] had returned or been recaptured by the weekend. The health ministry raised
    the toll to [[72|killed;a=The health ministry]], including [[three police officers|killed;a=The
    health ministry]].""",
)

item(
    "Nepal interim government counts cost of two days of Gen Z fury",
    """Nepal's interim government said on Sunday that [[76 people|killed;a=Nepal's interim government]]
    died in the protests of {{September 8 and 9}}, and that [[2,113|injured;a=Nepal's interim
    government]] were injured. It put damage to public property at {{NPR 85 billion}}. The home
    ministry said [[about 1,700 government offices|housing;a=The home ministry;u=structure]], police
    posts and vehicles had been torched, including [[more than 900 vehicles|other;a=The home
    ministry]]. The Nepal Army said it had deployed [[around 30,000 troops|combatants;a=The Nepal
    Army]] in the Kathmandu Valley during the curfew and had evacuated [[about 270 foreign
    tourists|displaced;a=The Nepal Army]] stranded at hotels near the parliament. Families of
    [[45 of the dead|killed;n=-]] will receive {{NPR 1.5 million}} each and be declared martyrs.
    Elections have been set for {{March 5}}, {{2026}}.""",
)

item(
    "Nepal jailbreak: thousands of inmates still at large",
    """Nepal's police said on Thursday that [[7,549 prisoners|other;a=Nepal's police]] who escaped
    during the Gen Z protests remained at large, and appealed to them to surrender within
    {{seven days}}. [[Five inmates|killed;a=police]] were shot dead when guards fired on a
    breakout at a juvenile centre in Banke, police said. The Department of Prison Management said
    [[between 5,000 and 6,000|returned;a=The Department of Prison Management]] had come back of their
    own accord or been recaptured, [[some 450|returned;a=The Department of Prison Management]] of them
    arrested at the Indian border. India's Sashastra Seema Bal said it had handed back
    [[67 escaped prisoners|returned;a=India's Sashastra Seema Bal]] caught crossing into Uttar
    Pradesh and Bihar. [[Eleven of the country's 74 prisons|housing;u=structure;n=prisons]] were
    badly damaged.""",
)

item(
    "Nepal: political leaders' homes burned, families shelter in barracks",
    """[[Dozens of families|displaced;u=household]] of politicians and officials were sheltering in
    army barracks in Kathmandu a week after protesters burned their homes, officials said. The army
    said [[about 400 people|displaced;a=The army]] had been housed at [[three barracks|capacity;a=The
    army;u=structure;n=barracks]] and the Shivapuri camp, which has [[room for 150|capacity;a=The
    army;n=-]]. Among the houses burned were those of [[four former prime ministers|other;n=ministers]].
    The wife of former premier Jhala Nath Khanal, who was trapped inside as the house was set alight,
    died of her burns. The Nepal Red Cross said it had distributed [[2,400 hygiene kits|aid;a=The Nepal
    Red Cross]] and [[900 mattresses|aid;a=The Nepal Red Cross]] to families whose homes had been
    damaged in Kathmandu and Bhaktapur.""",
)

item(
    "Indonesia: delivery driver's death sparks nationwide riots",
    """Protests spread to [[more than 30 cities|other;u=other;n=cities]] in Indonesia on Friday after
    a police armoured vehicle ran over and killed a {{21-year-old}} motorcycle-taxi driver during a
    demonstration in Jakarta against lawmakers' housing allowances of {{Rp50 million}} a month.
    National police chief Listyo Sigit Prabowo said [[seven officers|arrested;a=National police
    chief Listyo Sigit Prabowo]] from the Mobile Brigade unit in the vehicle had been detained. In
    Makassar, rioters set fire to the regional parliament building, killing [[three civil
    servants|killed]] trapped inside. The Jakarta police said [[about 600 people|arrested;a=The Jakarta
    police]] had been arrested in the capital and [[at least 20 police posts|housing;a=The Jakarta
    police;u=structure]] burned. Health officials said [[more than 90 people|injured;a=Health
    officials]] were treated for tear gas exposure and injuries.""",
)

item(
    "Indonesia protest toll rises to 10, thousands detained",
    """Indonesia's national human rights commission, Komnas HAM, said on Wednesday that
    [[10 people|killed;a=Indonesia's national human rights commission, Komnas HAM]] had died in the
    unrest of late {{August}}, and that [[20 people|missing;a=Komnas HAM]] reported missing by their
    families had not yet been found. National police said [[3,195 people|arrested;a=National
    police]] had been detained across the country, [[1,240|arrested;a=National police]] of whom were
    named suspects, and [[295|arrested;a=National police]] were minors. The KontraS rights group
    said [[at least 1,042 protesters|injured;a=The KontraS rights group]] had been hurt. President
    Prabowo Subianto ordered [[more than 50,000 troops and police|combatants;a=President Prabowo
    Subianto;n=troops and police;p]] to guard parliament buildings, ministries and the homes of
    officials, and revoked the allowances.""",
)

item(
    "Indonesia: looted homes of lawmakers and finance minister",
    """Crowds looted the Jakarta homes of [[four lawmakers|other]] and of Finance Minister Sri
    Mulyani Indrawati over the weekend, carrying off furniture, paintings and a cat, police said.
    Police said [[about 70 suspects|arrested;a=Police]] had been arrested in connection with the
    looting. In Bandung, [[two buildings|housing]] of the West Java legislature were burned; in
    Surabaya, the historic Grahadi building lost its west wing. The transport ministry said
    [[22 TransJakarta bus stops|housing;a=The transport ministry;u=structure;n=stops]] and
    [[nine buses|other;a=The transport ministry]] were damaged, leaving [[some 1.1 million
    daily passengers|civilians;a=The transport ministry]] without normal service. Sri Mulyani, {{62}},
    was not at home.""",
)

item(
    "Indonesia's parliament cuts perks, rights groups count the cost",
    """Indonesia's House of Representatives scrapped {{Rp50 million}} monthly housing allowances for
    its members on {{September 5}}, a week after the protests began. Lawmakers
    also froze overseas trips until {{2026}}. The rupiah fell {{1.2%}} against the dollar during the
    unrest, and the Jakarta Composite Index lost {{3.5%}} on {{August 29}}. The first protest took
    place on {{August 25}}.""",
)

item(
    "Bangladesh: families return to Khagrachhari after communal clashes",
    """[[About 1,300 Pahari families|returned;a=district officials;u=household]] have returned to their
    villages in Khagrachhari, in Bangladesh's Chittagong Hill Tracts, after clashes with Bengali
    settlers in which [[four people|killed;a=district officials]] died, district officials said on
    Monday. The clashes broke out after a student was allegedly raped, and [[more than 50
    houses|housing]] and shops were burned in Guimara. The army said it had
    deployed [[18 extra platoons|combatants;a=The army;u=other;n=platoons]] and set up
    [[six relief camps|capacity;a=The army]], which held [[2,800 people|displaced;a=The army]] at
    their height. The World Food Programme distributed rice to [[1,900 households|aid]]
    and the government promised to rebuild the homes.""",
)
