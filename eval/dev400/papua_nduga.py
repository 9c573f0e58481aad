"""dev400 items: Nduga, the road builders, the operations after them and the New Zealand pilot."""

from _wrap import item

item(
    "Gunmen kill road builders in Papua's Nduga, police say",
    """
    Police in Papua said on Tuesday that armed separatists had killed [[at least 19 construction
    workers|killed;a=Police in Papua]] building bridges for the Trans-Papua highway in Nduga
    regency. The workers, employees of the state contractor Istaka Karya, were seized at their
    camp on {{December 1, 2018}}, the day separatists mark as the anniversary of a {{1961}}
    declaration of independence. [[Four workers|missing;a=police spokesman Ahmad Kamal]] were still unaccounted
    for and [[eight|displaced;n=-;a=police spokesman Ahmad Kamal]] had been flown to Wamena, police spokesman
    Ahmad Kamal said. The military said [[one soldier|killed;a=The military]] was killed and
    [[two others|injured;a=The military]] were wounded when gunmen fired on a post in Mbua on
    Monday as troops tried to reach the site. [[About 150 soldiers and police
    officers|combatants;n=soldiers and police officers;a=Kamal]] were being sent to Nduga, he
    added. The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua
    Movement, claimed the attack and said the workers were soldiers in disguise.
    """,
)

item(
    "Bodies of Nduga road workers flown to Timika",
    """
    Indonesian security forces have recovered the bodies of [[16 people|killed;a=Papua police
    chief Martuani Sormin]] from the hills of Yigi district, Papua police chief Martuani Sormin
    said on Friday, revising down an earlier report of [[31 dead|killed;a=Papua police chief
    Martuani Sormin]]. The bodies were flown by helicopter to Timika, where relatives had
    gathered at the airport since dawn. [[Seven survivors|injured;a=a hospital official]] were
    being treated for gunshot and machete wounds at the Mimika regional hospital, a hospital
    official said. [[Five|missing;n=-;a=Sormin]] remain missing, Sormin said, as [[some 400
    troops|combatants;a=Sormin]] combed the forest around Kabo hill. The army said its units had
    seized [[a dozen rifles|other;a=The army]] and ammunition from an abandoned rebel camp. Istaka
    Karya said it had withdrawn its [[28 remaining employees|displaced;a=Istaka Karya]] from the
    project and suspended work until at least {{March 2019}}. The government has promised {{Rp 4.5
    billion}} ({{$310,000}}) in compensation to the families.
    """,
)

item(
    "Thousands flee Nduga villages as army hunts rebels",
    """
    [[Thousands of villagers|displaced;a=church workers]] have fled their homes in Nduga regency
    since the military launched an operation to hunt the rebels who killed road workers this
    month, church workers said. In Mbua district alone [[about 2,000 people|displaced;a=Esmon
    Walilo]] had run into the forest, Esmon Walilo, a pastor of the Kingmi church, told Reuters by
    phone. He said [[at least four villagers|killed;a=Esmon Walilo]] had been shot by soldiers. The
    military denied targeting civilians and said [[three rebels|killed;a=The military]] were
    killed in a clash near Yigi on {{December 20}}. [[Some 600 troops|combatants;a=a spokesman for
    the Cenderawasih military command]] are now deployed in the regency, a spokesman for the
    Cenderawasih military command said. The regency's education office said [[34
    schools|other;a=The regency's education office]] had closed and [[two clinics|housing;a=The
    regency's education office]] had been burned. [[Dozens of families|displaced]] were sleeping
    on church floors in Wamena, a four-hour walk and a flight away.
    """,
)

item(
    "Volunteers say 182 displaced Nduga residents have died",
    """
    Volunteers from Nduga said on Wednesday that [[182 people|killed;a=Volunteers from Nduga]]
    displaced by the military operation had died of hunger, cold and illness in forests and host
    towns since {{December 2018}}, among them [[113 women and children|killed;n=women and
    children;a=Volunteers from Nduga]]. The group, which calls itself the Nduga Solidarity Team,
    counted [[5,021 displaced people|displaced;a=The group;alt=the Nduga Solidarity Team]] in Jayawijaya
    regency, [[1,370|displaced;n=-;a=The group;alt=the Nduga Solidarity Team]] in Lanny Jaya and [[about 700|displaced;n=-;a=The group;alt=the Nduga Solidarity Team]] in Asmat. Earlier estimates by church groups
    had put the number at [[37,000|displaced;n=-;a=church groups]]. The Social Affairs Ministry
    disputed the figures, saying it had registered [[about 2,000 displaced people|displaced;a=The
    Social Affairs Ministry]] and sent [[60 tonnes|aid;a=The Social Affairs Ministry]] of rice to
    Kenyam. The team's coordinator said most of the rice never left the regency capital.
    """,
)

item(
    "Papua rebels seize New Zealand pilot and burn his plane",
    """
    Separatist rebels in Indonesia's Papua region have taken a New Zealand pilot hostage after
    setting fire to his small plane on a remote airstrip in Nduga, police said on Wednesday. The
    {{37-year-old}} pilot, Phillip Mehrtens, had landed in Paro for Susi Air on {{February 7}}
    carrying [[five passengers|kidnapped;a=police]], who were later released because they were
    Papuans, police said. [[Fifteen construction workers|displaced;a=Papua police chief Mathius
    Fakhiri]] building a health centre in Paro were evacuated to Timika, Papua police chief
    Mathius Fakhiri said. He said [[about 200 police and soldiers|combatants;n=police and
    soldiers;a=Mathius Fakhiri]] had been sent to search for the pilot. The military said
    [[another 100 soldiers|combatants;p;a=The military]] would arrive from Timika by the weekend.
    Susi Air said it had grounded [[two other aircraft|other;a=Susi Air]] that serve the Nduga
    airstrips. [[Dozens of villagers|displaced;a=residents]] had fled Paro for Kenyam, residents
    told Jubi. The TPNPB, led in Nduga by Egianus Kogoya, said it would not free Mehrtens until
    Papua was independent.
    """,
)

item(
    "Rebels ambush troops searching for hostage pilot",
    """
    Indonesia's military said on Sunday that [[one soldier|killed;a=Indonesia's military]] had
    been killed and [[four others|missing;a=Indonesia's military]] were missing after rebels
    attacked troops in the Mugi district of Nduga. The TPNPB said in a statement it had killed
    [[nine soldiers|killed;a=The TPNPB]], a figure the army rejected. Military spokesman Julius
    Widjojono said [[36 soldiers|combatants;a=Military spokesman Julius Widjojono]] had been in the
    unit when it came under fire in heavy rain. [[Two wounded soldiers|injured;a=Widjojono]] were
    evacuated by helicopter to Timika, Widjojono added. By Tuesday the military had raised its
    toll to [[six|killed;n=-;a=the military]], after bodies were found in a ravine. The rebels
    said Mehrtens, held since {{February 7}}, was unharmed and was not near the fighting.
    """,
)

item(
    "New Zealand pilot freed after 19 months in Papua",
    """
    Phillip Mehrtens, the New Zealand pilot seized by rebels in Papua, was freed on Saturday after
    {{19 months}} in captivity, Indonesian police said. He was handed over in Yuguru, in Nduga,
    to a team of [[about 50 police officers|combatants;a=police]] and church
    mediators, police said. Over the course of his captivity clashes linked to the search killed
    [[at least a dozen soldiers and police officers|killed;n=soldiers and police
    officers;a=a Reuters tally]], according to a Reuters tally. The search forced [[hundreds of
    residents|displaced;a=church officials]] from villages around Paro and Yuguru, church
    officials said. He was one of [[at least 14 people|kidnapped;a=Komnas HAM]] held by Papuan
    rebels since {{2018}}, according to Komnas HAM. Police said [[between 20 and 30 fighters|combatants;a=Police]] had guarded him at any
    one time. Nduga's regent said [[around 300
    villagers|returned;a=Nduga's regent]] who fled Paro in {{2023}} had gone back in recent
    weeks. Mehrtens, now {{38}}, was flown to Jakarta to meet New Zealand diplomats.
    """,
)

item(
    "Nduga villagers return to burned homes",
    """
    [[More than 1,500 villagers|returned;a=the regency's government]] have returned to Mapenduma
    and Yal districts of Nduga, the regency's government said on Monday, more than a year after
    they fled an army operation. Many found their homes in ruins. [[About 120 homes|housing;a=the regent;alt=Yairus Gwijangge]] had been burned, along with [[14 honai huts|housing;a=the regent;alt=Yairus Gwijangge]] and [[three churches|housing;a=the regent;alt=Yairus Gwijangge]], said the
    regent, Yairus Gwijangge. The Social Affairs Ministry sent [[1,800 food
    parcels|aid;a=Gwijangge]] for the returnees, Gwijangge said. [[Some 4,000
    people|displaced]] are still living with relatives in Wamena. He put the regency's population
    at [[an estimated 11,000 residents|civilians;a=Gwijangge]] in the two districts before the
    fighting. The regent, who took office in {{2016}}, asked Jakarta to withdraw non-organic
    troops.
    """,
)

item(
    "Wamena churches shelter Nduga's displaced",
    """
    In the highland town of Wamena, displaced families from Nduga sleep in [[nine
    churches|capacity;a=the Kingmi synod]] and in the yards of relatives, the Kingmi synod said.
    A timber shelter built by volunteers behind the Weneroma church was meant for [[300
    people|capacity;a=volunteers]] but holds more than twice that, volunteers said. [[About 650
    displaced children|displaced;a=the synod;alt=the Kingmi synod]] attend an emergency school
    run in the church halls, the synod said. [[A dozen volunteer teachers|other;a=the synod;alt=the
    Kingmi synod]] take classes in shifts, it said. UNICEF said it had sent [[40 tents|aid;a=UNICEF]]
    and school kits. [[Hundreds of families|displaced]] have no access to gardens and live on
    donated rice. The pupils sat exams for the first time in {{May 2019}}.
    """,
)

item(
    "Ten civilians killed in attack on traders in Nduga",
    """
    Gunmen killed [[10 civilians|killed;a=police]] and wounded [[two|injured;n=-;a=police]] in an
    attack on traders in Nogolait village near Kenyam on Saturday, police said. Most of the dead
    were migrants from Sulawesi and Nusa Tenggara who ran kiosks along the road. The attackers set
    fire to [[four kiosks|housing;u=structure]] and [[six motorcycles|other]] before fleeing into
    the hills. [[About 150 newcomers|displaced;a=Papua police spokesman Ahmad Musthofa
    Kamal]] took refuge at the Kenyam police station, Papua police spokesman Ahmad Musthofa Kamal
    said. [[At least 300 police|combatants;a=Kamal]] were flown in from Jayapura and Timika on
    Sunday, Kamal said. The TPNPB's spokesman, Sebby Sambom, said the victims were informants for
    the army. The attack, on {{July 16, 2022}}, was the deadliest on civilians in Nduga since
    {{2018}}.
    """,
)

item(
    "Rights commission finds abuses in Nduga operation",
    """
    Komnas HAM, Indonesia's national human rights commission, said on Thursday its investigators
    had documented [[at least 23 civilians|killed;a=Komnas HAM]] killed in Nduga since the
    operation began. The commission said [[17 villagers|arrested;a=The commission;alt=Komnas
    HAM]] had been detained without charge and [[at least three|missing;n=-;a=The
    commission;alt=Komnas HAM]] remained missing. It counted [[52 homes|housing;a=Komnas HAM]]
    burned in Mbua and Dal districts. The military said the commission's findings were unverified
    and that [[11 soldiers|killed;a=The military]] had been killed in the same period. Human Rights
    Watch estimated that [[about 20,000 people|displaced;a=Human Rights Watch]] remained displaced.
    The commission's report, dated {{14 August 2019}}, was delivered to the president's office.
    """,
)

item(
    "Church says children among dead in Nduga clash",
    """
    [[Six civilians|killed;a=the Kingmi church]], among them [[three children|killed;a=the Kingmi church]], were killed when soldiers and rebels exchanged fire in a village in Kenyam district,
    the Kingmi church said on Monday. The youngest was a {{12-year-old}} boy shot on his way to
    the river, it said. [[Two women|injured]] were treated in Kenyam for bullet wounds. [[About 90
    families|displaced;a=church workers]] fled to the regency capital and [[28
    houses|housing;a=church workers]] were burned, church workers said. The army said [[two TPNPB
    fighters|killed;a=The army]] were killed and blamed the rebels for using villages as shields.
    The clash came on {{11 March 2024}}, a week after the rebels attacked a military post.
    """,
)

item(
    "Four years on, Nduga's displaced still wait to go home",
    """
    {{Four years}} after the army moved into Nduga, [[an estimated 5,000 people|displaced;a=local
    church leaders]] are still displaced, local church leaders say. [[Only 1,200|returned;n=-]]
    have gone back to their villages since {{2019}}. [[Twenty-one villages|other;a=the regency government]] remain empty, the regency government says. The government built [[300
    houses|housing;a=officials]] for returnees in Kenyam, but few are occupied because they stand
    far from gardens, officials said. It plans to build [[another 500 homes|housing;p;a=officials]]
    by {{2024}}, officials said. The regency's [[roughly 2,600 schoolchildren|civilians]] have
    missed years of school. "The houses are for soldiers to watch us," a displaced farmer, {{54}},
    said in Wamena.
    """,
)

item(
    "Rebels burn school and health post in Nduga, army says",
    """
    Rebels burned [[one school|housing;a=the Satgas Damai Cartenz task force]] in Kenyam district on Thursday,
    along with [[two classrooms|housing;a=the Satgas Damai Cartenz task force]] and [[three teachers'
    houses|housing;a=the Satgas Damai Cartenz task force]], the Satgas Damai Cartenz task force said. [[Twelve
    teachers|displaced;a=the task force;alt=the Satgas Damai Cartenz task force]] and [[four health
    workers|displaced;a=the task force;alt=the Satgas Damai Cartenz task force]] were evacuated to Timika, the
    task force said. [[Around 400 pupils|other]] now have no school to attend. TPNPB spokesman
    Sebby Sambom said the buildings had been used by [[up to 20 soldiers|combatants;a=TPNPB
    spokesman Sebby Sambom]] as a post. The health post, opened in {{2021}}, had been the only
    one within {{two days}}' walk.
    """,
)

item(
    "Indonesia to send more troops to Nduga as pilot search drags on",
    """
    Indonesia will deploy [[an additional 1,000 troops|combatants;p;a=the defence
    ministry]] to Nduga, the defence ministry said on Wednesday, {{three months}} after rebels
    seized a New Zealand pilot. [[More than 6,000 soldiers and police|combatants;n=soldiers and
    police;a=the ministry;alt=the defence ministry]] were already serving in the central
    highlands, the ministry said. It plans to build [[four new military posts|other;u=structure;p;a=the
    defence ministry]] along the road to Paro. Human Rights Monitor counted [[at least 7,500
    people|displaced;a=Human Rights Monitor]] displaced in the regency since {{2023}} began, and
    said [[11 villages|other;a=Human Rights Monitor]] stood empty. Police arrested [[two
    rebels|arrested]] in Kenyam on Tuesday.
    """,
)

item(
    "Trans-Papua highway nears completion",
    """
    Indonesia's public works ministry said on Monday the Trans-Papua highway was {{92 percent}}
    complete, with {{3,534 kilometres}} of the {{4,330-kilometre}} network paved or graded. The
    road, a signature project of President Joko Widodo since {{2014}}, has cost about {{Rp 19
    trillion}} ({{$1.2 billion}}). The stretch through Nduga, where construction workers were
    killed in {{2018}}, climbs to {{2,600 metres}}. The ministry aims to finish the highway by
    {{2026}}, after a two-year delay. Critics say the road opens the forest to loggers and miners
    at a cost of {{$44 million}} a year in upkeep.
    """,
)

item(
    "Court jails Nduga rebel for 2018 killings",
    """
    A court in Jayapura on Tuesday sentenced a rebel commander to {{20 years}} in prison for his
    part in the killing of road workers in Nduga in {{December 2018}}. The defendant, aged {{32}},
    was captured in {{2021}} in Timika. Prosecutors had sought a life sentence. The judges said
    the attack of {{2 December 2018}} had been planned for at least {{two weeks}}. His lawyer said
    he would appeal within {{seven days}}. The trial had lasted {{eight months}}, with hearings
    moved to Jayapura for security reasons.
    """,
)
