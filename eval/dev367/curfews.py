"""dev367 items, part 4: curfews, detentions and releases, pellet injuries, the disappeared,
Kashmiri Pandit migrants, relief and compensation, in Jammu and Kashmir, Ladakh and
Pakistan-administered Kashmir, 2016-2026."""

from _wrap import item

item(
    "Curfew across valley as protests over Burhan Wani's killing spread",
    """[[At least 30 people|killed;a=officials]] have been killed and [[more than
    1,500|injured;n=-;a=officials]] injured in clashes with security forces since Hizbul
    Mujahideen commander Burhan Wani was killed on {{July 8}}, officials said. Police said [[about
    1,100 policemen and paramilitaries|injured;n=policemen and paramilitaries;a=Police]] had also
    been hurt, most by stones. Doctors at SMHS hospital said [[more than 100
    people|injured;a=Doctors at SMHS hospital]] had pellet wounds to the eyes. Curfew remained in
    force in [[all 10 districts|other]] of the valley for a {{ninth}} day. The home ministry said it
    had flown in [[about 2,000 more paramilitary troops|combatants;a=home ministry]].""",
)

item(
    "Thousands detained in Kashmir after special status revoked",
    """[[At least 4,000 people|arrested;a=government officials]] have been detained in Kashmir since
    New Delhi revoked the region's special status on {{August 5}}, government officials told AFP,
    most of them under the Public Safety Act. Officials said [[more than 300|arrested;n=-;
    a=Officials]] had been flown to jails outside the region, in Agra, Bareilly and Varanasi.
    Those held include [[three former chief ministers|arrested]]. Phone and internet lines for
    [[about 7 million people|civilians]] remained cut. Families in Srinagar said [[two|missing;
    n=-;a=Families in Srinagar]] of their relatives could not be traced in any police station. The
    home ministry later told the Rajya Sabha that [[5,161 people|arrested;a=home ministry]] had
    been taken into preventive custody and [[609|arrested;n=-;a=home ministry]] were still
    held.""",
)

item(
    "Kashmir administration revokes PSA orders against 26 detainees",
    """The Jammu and Kashmir administration revoked Public Safety Act orders against [[26
    detainees|arrested;a=officials]] held in jails in Uttar Pradesh, officials said on
    {{Tuesday}}. [[Sixteen|arrested;n=-]] of them were flown back to Srinagar the same evening.
    Officials said [[about 450 people|arrested;a=Officials]] remained in detention, down from [[a
    peak of more than 5,000|arrested;n=-;a=Officials]] in {{August}}. Among those freed earlier was
    former chief minister Farooq Abdullah, held for {{seven months}}. The Jammu Kashmir Coalition
    of Civil Society said [[at least 144 minors|arrested;a=Jammu Kashmir Coalition of Civil
    Society]] had been detained, the youngest {{aged nine}}. Families still travel to Agra's
    central jail, where [[about 85 Kashmiris|arrested]] are held.""",
)

item(
    "5,502 Kashmiri Pandits returned to valley for jobs, minister says",
    """Under the Prime Minister's development package, [[5,502 Kashmiri
    Pandits|returned;a=Minister of State for Home Nityanand Rai]] have returned to the valley to
    take up government jobs, Minister of State for Home Nityanand Rai told the Rajya Sabha. The
    government has built [[1,200 transit accommodation units|capacity;a=Nityanand Rai]] for them,
    and [[4,800 more|capacity;u=structure;p;n=-;a=Nityanand Rai]] are under construction, he said.
    After a spate of targeted killings in {{2022}}, Pandit employees' unions said [[more than
    4,000|displaced;n=-;a=Pandit employees' unions]] had moved to Jammu. [[Four Pandits|killed]]
    were killed in the valley that year. In {{1990}}, [[about 64,000 Pandit
    families|displaced;a=relief commissioner]] fled the valley, according to the relief
    commissioner.""",
)

item(
    "Poonch pays compensation to shelling-hit families",
    """The administration in Poonch has paid compensation to [[1,342 families|aid;a=deputy
    commissioner]] whose homes were damaged in the May shelling, a total of {{Rs 18.6 crore}}, the
    deputy commissioner said. She said [[319 houses|housing;a=deputy commissioner]] had been fully
    damaged and [[1,023|housing;u=structure;n=-;a=deputy commissioner]] partly damaged. The next of
    kin of [[the 13 civilians|killed]] killed in the town received {{Rs 10 lakh}} each. The Red
    Cross distributed [[2,400 food kits|aid]] and [[5,000 blankets|aid]] before winter. The
    government also announced [[2,060 additional bunkers|capacity;u=structure;p]] for Poonch and
    Rajouri.""",
)

item(
    "Mehbooba says over 11,000 arrested for stone-pelting since 2008",
    """Chief Minister Mehbooba Mufti told the assembly that [[11,290 people|arrested;a=Chief
    Minister Mehbooba Mufti]] had been arrested for stone-pelting since {{2008}}, and that cases
    against [[4,327|other;n=-;p;a=Chief Minister Mehbooba Mufti]] of them, first-time offenders,
    would be withdrawn. During the {{2016}} unrest alone, police filed [[2,904 cases|other;a=Mehbooba
    Mufti]] and arrested [[8,570 people|arrested;a=Mehbooba Mufti]], she said. Police said [[about
    3,800|arrested;n=-;a=Police]] of those had since been released on bail. Security forces
    recorded [[1,261 stone-pelting incidents|other;u=other]] in {{2017}}, down from {{2016}}.""",
)

item(
    "Pellet wounds fill eye ward at Srinagar hospital",
    """Doctors at Srinagar's Shri Maharaja Hari Singh hospital said they had operated on [[more than
    1,100 patients|injured;a=Doctors at Srinagar's Shri Maharaja Hari Singh hospital]] with pellet
    injuries to the eyes since {{July 8}}. [[Two dozen children|injured]] {{under 15}} were among
    them. The CRPF told the High Court its men had fired [[about 1.3 million
    pellets|other;u=other;a=CRPF]] and [[3,765 cartridges|other;a=CRPF]] in {{32 days}}. The
    government later said [[6,221 people|injured;a=government]] had been hit by pellets between
    {{July 8, 2016}} and {{February 27, 2017}}, [[782|injured;n=-;a=government]] of them in the
    eyes. The pump-action guns fire {{12-bore}} cartridges.""",
)

item(
    "Soura residents dig in after protest met with tear gas",
    """Police fired tear gas and pellets at [[thousands of protesters|other]] in Srinagar's Soura
    neighbourhood after Friday prayers on {{August 9}}. Residents said [[at least 12
    people|injured;a=Residents]] were hurt. The home ministry first said [[no more than 20
    people|other;a=home ministry]] had gathered, then acknowledged the protest after video emerged.
    Soura, home to [[about 15,000 people|civilians]], dug trenches at its entrances to keep forces
    out. Police detained [[eight youths|arrested;a=police officer]] in night raids, a police
    officer said. Doctors said [[an estimated 300 people|injured;a=Doctors]] had been treated in
    the neighbourhood's clinics by {{September}}.""",
)

item(
    "Families of the disappeared keep monthly vigil in Srinagar",
    """The Association of Parents of Disappeared Persons says [[8,000 to 10,000
    people|missing;a=Association of Parents of Disappeared Persons]] have disappeared in custody
    in Kashmir since {{1989}}. The state human rights commission in {{2011}} identified [[2,156
    bodies|killed;a=state human rights commission]] in unmarked graves at [[38 sites|other;a=state human rights commission]] in [[four
    districts|other;a=state human rights commission]], [[574|killed;n=-;a=state human rights
    commission]] of them as local residents. The government puts the number of missing at [[fewer
    than 4,000|missing;n=-;a=government]]. The group says [[about 1,500 half-widows|civilians;
    a=group;alt=Association of Parents of Disappeared Persons]] live in the valley, women whose
    husbands vanished and who cannot remarry or inherit. Its founder Parveena Ahanger's son Javaid
    disappeared in {{1990}}, {{aged 16}}.""",
)

item(
    "Jamaat-e-Islami leaders detained in overnight raids",
    """Police detained [[more than 150 members|arrested;a=police]] of the Jamaat-e-Islami in
    overnight raids across Kashmir, including its chief Abdul Hamid Fayaz, police said on
    {{February 23}}. The home ministry flew in [[about 10,000 paramilitary troops|combatants]]. The
    group was banned for {{five years}} under anti-terror law days later, and authorities sealed
    [[about 70 buildings|other]] it used. [[Some 300 schools|other]] run by its trust, with [[more
    than 1 lakh pupils|civilians;v=100000]], faced closure. A police officer said [[at least
    40|arrested;n=-;a=police officer]] had been booked under the Public Safety Act.""",
)

item(
    "Four killed as Leh statehood protest turns violent",
    """[[Four people|killed;a=officials]] were killed and [[about 80|injured;n=-;a=officials]]
    injured, [[40|injured;n=-;a=officials]] of them policemen, when a protest for statehood for
    Ladakh turned violent in Leh, officials said. Authorities imposed a curfew, and police said
    [[more than 50 people|arrested;a=police]] had been detained. Climate activist Sonam Wangchuk was
    held under the National Security Act and flown to a jail in Jodhpur, about {{1,000 km}} away.
    The Ladakh administration said [[about 30 vehicles|other;a=Ladakh administration]] and a party
    office were set on fire. Hotel owners said [[some 1,500 tourists|displaced;a=Hotel owners]]
    were stranded in Leh.""",
)

item(
    "Jagti township: a camp that became a town",
    """The Jagti township outside Jammu has [[4,224 flats|capacity]], built in {{2011}} to replace
    the tents and one-room tenements where Kashmiri Pandit migrants had lived. It houses [[about
    4,000 families|displaced]]. In the {{1990s}} the migrants lived in [[22 camps|capacity]] across
    Jammu and Udhampur. The relief commissioner says [[44,167 migrant families|displaced;a=relief
    commissioner]] are registered, and [[about 3,500 families|aid;a=relief commissioner]] receive
    monthly cash relief of {{Rs 13,000}}. [[Only about 600 families|returned;a=officials]] have
    moved back to the valley for good since {{1990}}, officials said.""",
)

item(
    "Rangers fire on marchers in Muzaffarabad, three killed",
    """[[Three protesters|killed;a=officials]] were killed and [[at least six|injured;n=-;
    a=officials]] wounded when paramilitary Rangers opened fire in Muzaffarabad on {{Monday}},
    officials said. [[One police officer|killed]] had been killed in clashes on {{Saturday}}, and
    the AJK government said [[more than 90 people|injured;a=AJK government]], most of them police,
    had been hurt over four days. Police said [[about 70 activists|arrested;a=Police]] of the
    Jammu Kashmir Joint Awami Action Committee had been detained before the march. Officials said
    [[about 700 Rangers|combatants;a=Officials]] had been sent from Punjab. Prime Minister Shehbaz
    Sharif approved a {{Rs 23 billion}} subsidy to cut flour and power prices.""",
)

item(
    "Doda and Kishtwar police arrest 37 suspected helpers of militants",
    """Police in Doda and Kishtwar have arrested [[37 suspected overground
    workers|arrested;a=officials]] since {{June}}, and attached [[19 properties|other;u=other;
    a=officials]] of men who crossed into Pakistan in the {{1990s}}, officials said. [[About 70
    people|arrested;a=senior officer]] have been booked under the Unlawful Activities (Prevention)
    Act, a senior officer said. Intelligence assessments put the number of militants active in the
    Chenab valley at [[between 40 and 50|combatants;n=-;a=Intelligence assessments]]. The
    government has re-armed [[about 4,000 village defence guards|combatants]] in the two districts
    and plans to raise [[600 more|combatants;p;n=-;a=government]].""",
)

item(
    "Mobile internet restored in Kashmir after 18 months",
    """Mobile internet at {{4G}} speeds was restored across Jammu and Kashmir on {{February 5,
    2021}}, {{550 days}} after it was cut on {{August 4, 2019}}. Lines had been limited to {{2G}}
    since {{January 2020}}. The Kashmir Chamber of Commerce and Industry put business losses at
    more than {{Rs 40,000 crore}}. Students said online classes had been almost impossible for
    {{18 months}}. About {{40%}} of subscribers had moved to broadband, operators said.""",
)

item(
    "Supreme Court upholds end of Article 370",
    """A {{five-judge}} bench of the Supreme Court on {{December 11, 2023}} upheld the government's
    decision to revoke {{Article 370}}. In a {{476-page}} judgment, the court ordered elections to
    the assembly by {{September 30, 2024}} and asked for statehood to be restored "at the
    earliest". Chief Justice DY Chandrachud wrote the lead opinion. The petitions had been pending
    since {{2019}}. Ladakh, separated in {{2019}}, remains a Union territory without a
    legislature.""",
)
