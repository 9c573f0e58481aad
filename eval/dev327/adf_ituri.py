"""The ADF in Beni, Lubero, Mambasa and Irumu, CODECO in Djugu, the Wazalendo militias in the
Kivus, 2022-2026: massacres, abductions, operations and the people they uproot."""

from _wrap import item

item(
    "Attack on Komanda church during night vigil kills dozens",
    """
    Fighters of the Allied Democratic Forces attacked a Catholic church in Komanda, in Ituri
    province, during a night vigil on Sunday, killing [[at least 43 people|killed;a=MONUSCO]],
    the UN mission MONUSCO said. [[Nine of the dead|killed;a=a local priest;n=-]] were
    children, a local priest said, and [[more than 20 worshippers|injured;a=a local
    priest]] were taken to the general hospital with machete and gunshot wounds. The
    attackers also burned [[about 15 houses|housing]] and [[a dozen shops|housing]]
    near the church before withdrawing into the forest. Civil society leaders said
    [[at least 10 people|kidnapped;a=Civil society leaders]] had been taken away by the
    attackers, and [[five others|missing;a=Civil society leaders]] were unaccounted for. The
    army said it had sent [[about 500 soldiers|combatants;a=The army]] to the area.
    [[Thousands of residents|displaced]] spent the next night in the open outside a UN base.
    """,
)

item(
    "Funeral massacre in Lubero: ADF kills mourners at Ntoyo",
    """
    Suspected ADF fighters attacked a funeral gathering in the village of Ntoyo in Lubero
    territory late on Monday, killing [[more than 60 people|killed;a=local officials]], local
    officials said on Tuesday. A territorial administrator put the toll at
    [[71|killed;a=A territorial administrator]], and said
    [[about 30 people|injured;a=A territorial administrator]] had been hurt. Witnesses said the
    attackers came with guns and machetes while mourners were asleep. They set fire to
    [[at least 17 houses|housing;a=Witnesses]] and [[six motorcycles|other;a=Witnesses]], the
    witnesses said. The Red Cross said its volunteers had buried
    [[58 bodies|killed;a=The Red Cross]] in a common grave on Wednesday. [[Some 4,000 people|displaced]]
    fled Ntoyo and nearby villages towards Manguredjipa. The army spokesman in Beni said the
    ADF had [[no more than 200 fighters|combatants;a=The army spokesman]] left in the area.
    """,
)

item(
    "Hostages found dead in Mayikengo church",
    """
    The bodies of [[70 people|killed;a=residents]] were found in a Protestant church in
    Mayikengo, in Lubero territory, residents said on Monday, days after they were seized by
    ADF fighters. Local officials said [[about 100 people|kidnapped;a=Local officials]] had been
    abducted from the village and nearby Mayba in raids starting on {{February 12}}. The
    victims were tied up and killed with machetes and hammers, the officials said.
    [[About 30 hostages|kidnapped;a=the army]] escaped or were freed by soldiers, according to
    the army, but [[at least a dozen people|missing;a=the local Red Cross]] are still missing,
    the local Red Cross said. Aid groups said [[2,500 families|displaced;a=Aid groups]] fled
    towards Butembo after the discovery. The army said
    [[four suspected ADF collaborators|arrested;a=The army]] had been arrested in Lubero.
    """,
)

item(
    "Ugandan and Congolese armies claim gains against the ADF",
    """
    Uganda's army said on Friday that its joint operation with Congolese forces against the
    Allied Democratic Forces had killed [[more than 40 rebels|killed;a=Uganda's army]] in
    Irumu and Mambasa territories over {{three weeks}}. Army spokesman Brigadier Felix
    Kulayigye said troops had rescued [[67 hostages|kidnapped;a=Army spokesman Brigadier Felix
    Kulayigye]], most of them women and children, and captured
    [[14 fighters|arrested;a=Army spokesman Brigadier Felix Kulayigye]]. The soldiers also
    seized [[23 rifles|other]] and destroyed
    [[five camps|other]]. Uganda has
    [[about 4,000 troops|combatants]] in eastern Congo under Operation Shujaa, launched in
    {{November 2021}}. The claims could not be independently verified. Residents of Mambasa
    said [[11 villagers|killed;a=Residents of Mambasa]] were killed in a reprisal raid the
    day after the army announced its gains.
    """,
)

item(
    "Militia raid on Plaine Savo displacement site",
    """
    CODECO militiamen attacked the Plaine Savo displacement site in Djugu territory before
    dawn on Wednesday, killing [[at least 60 people|killed;a=the Red Cross]], the Red Cross
    said, most of them with machetes. The site, home to [[about 24,000 displaced
    people|displaced;a=the UN refugee agency]], sits next to a UN peacekeeping base, according
    to the UN refugee agency. Peacekeepers said they had evacuated
    [[more than 40 wounded|injured;a=Peacekeepers;n=-]] to hospitals in Bunia. Residents
    said the attackers burned [[dozens of shelters|housing;a=Residents]] and looted the food
    stores. UNHCR said it was the {{sixth attack}} on a displacement site in Ituri this year.
    The militia, which claims to defend the Lendu community, has killed
    [[more than 1,800 civilians|killed;a=Human Rights Watch]] in Djugu since {{2017}},
    according to Human Rights Watch. After the attack, [[some 6,000 residents|displaced;a=site
    managers]] of Plaine Savo moved to the Rhoe site, site managers said, and
    [[about 150 families|displaced]] took refuge inside the peacekeepers' perimeter.
    """,
)

item(
    "Gold mine attack in Djugu leaves miners dead and missing",
    """
    Armed men believed to belong to CODECO attacked an artisanal gold mine at Lopa in Djugu
    territory on Saturday, killing [[at least 22 miners|killed;a=local officials]], local
    officials said. [[Around 30 others|missing;a=the officials;alt=local officials]] were missing after fleeing
    into the bush, the officials said. A rival self-defence group, Zaïre, said
    [[eight of its members|killed;a=Zaïre]] died defending the site, and that it had captured
    [[three attackers|arrested;a=Zaïre]]. The mine employed [[roughly 1,000 diggers|civilians]],
    many of whom had come from Bunia. A Congolese army spokesman said
    [[120 soldiers|combatants;a=A Congolese army spokesman]] had been sent from Fataki to
    secure the area. Residents said [[two excavators|other;a=Residents;u=other]] and
    [[a dozen water pumps|other;a=Residents;u=other]] were burned. CODECO did not comment.
    """,
)

item(
    "Wazalendo fighters and army clash in Uvira",
    """
    Fighting broke out in Uvira on Tuesday between Congolese soldiers and Wazalendo militia
    fighters who are supposed to be their allies against the {{M23}}, leaving
    [[at least nine people|killed;a=the mayor's office]] dead, the mayor's office said. The
    dead included [[four soldiers|killed]] and [[three civilians|killed]] caught in the
    crossfire, according to a hospital official, who said [[27 people|injured;a=a hospital
    official]] were being treated for gunshot wounds. The clashes began after the army
    arrested [[two Wazalendo commanders|arrested]] accused of extorting traders at the Kalundu
    port. Militia fighters then set up [[at least six roadblocks|other;u=other]] in the city. A
    military prosecutor said [[15 fighters|arrested;a=A military prosecutor]] had been detained
    by evening. Shops and schools stayed closed on Wednesday. Uvira has become the main
    government-held town in South Kivu since Bukavu fell.
    """,
)

item(
    "Kinshasa to put Wazalendo militias on the payroll",
    """
    Congo's government plans to enrol [[up to 40,000 Wazalendo fighters|combatants;a=Congo's
    government;p]] in a reserve force attached to the army, the defence minister said on
    Thursday. The minister said [[about 18,000 militiamen|combatants;a=The minister]] had
    already been registered in North and South Kivu. Each will receive a monthly allowance of
    {{$100}}, he said. Critics say the militias, loosely grouped under the Wazalendo banner,
    include [[more than 100 armed groups|combatants;u=other]], some of which have recruited
    children. The army itself has [[about 130,000 soldiers|combatants]] on paper, though
    officials admit many of them exist only on the payroll. UNICEF said it had verified the recruitment of [[612 children|combatants;a=UNICEF]]
    by armed groups in North Kivu in {{2024}}. Most of them were boys {{aged 14 to 17}}. The
    UN mission said [[some 1,300 children|other;a=The UN mission]] had been separated from
    armed groups and handed to child protection agencies in the same year.
    """,
)

item(
    "Lubero front: families pour into Butembo",
    """
    Fighting between the {{M23}} and Wazalendo militias around Kirumba and Kanyabayonga has
    driven [[more than 100,000 people|displaced;a=OCHA]] north towards Butembo and Lubero
    town since early March, OCHA said. In Butembo, [[all 23 reception sites|capacity;a=the
    city's mayor]], mostly churches and schools, are full, the city's mayor said, and
    [[thousands of families|displaced;a=the city's mayor]] are staying with hosts. Local
    health officials counted [[212 cases|other;a=Local health officials]] of cholera among the
    new arrivals in {{two weeks}}, and [[four deaths|killed;a=Local health officials]]. MSF
    said it had treated [[48 wounded people|injured;a=MSF]] at Lubero's general hospital since
    the fighting began. The rebels now hold [[at least 15 localities|other;a=local
    administrators]] in southern Lubero, according to local administrators. "The front line
    moves every week," said a priest in Kanyabayonga, where
    [[fewer than 500 residents|civilians]] remain.
    """,
)

item(
    "Gunmen storm Oicha hospital, killing patients in their beds",
    """
    Suspected ADF fighters stormed the general hospital in Oicha, in Beni territory, on
    Thursday night, killing [[at least 12 people|killed;a=the territory's administrator]],
    among them patients in their beds, the territory's administrator said. The attackers set
    fire to [[two wards|housing;u=structure]] and [[three ambulances|other]]. A doctor who
    hid in the maternity ward said [[about 20 patients|missing;a=A doctor]] had fled into the
    bush and had not come back. The army said soldiers arrived within {{an hour}} and killed
    [[four attackers|killed;a=The army]]. MSF, which supports the hospital, said it had
    transferred [[17 wounded|injured;a=MSF;n=-]] to Beni. The World Health Organization has
    recorded [[more than 30 attacks|other;u=other;a=The World Health Organization]] on health
    facilities in Beni and Lubero {{this year}}. The hospital serves
    [[some 200,000 people|civilians]] in the surrounding area.
    """,
)

item(
    "Military court in Butembo sentences soldiers who fled the front",
    """
    A military court in Butembo on Saturday sentenced [[25 soldiers|arrested;a=their
    lawyers]] to death for fleeing the front line near Lubero, their lawyers said. The
    youngest is {{aged 19}}. [[Four other soldiers|arrested]] were sentenced to {{10 years}}
    in prison. Since {{May 2024}}, military courts in North Kivu have tried
    [[more than 400 soldiers|arrested;a=Amnesty International]] for desertion, cowardice or
    looting, according to Amnesty International. Defence lawyers said
    [[at least 60 of the accused|arrested;a=Defence lawyers]] were held for weeks without
    charge in Butembo's central prison, which holds [[about 1,800 inmates|arrested]] in space
    built for [[300|capacity;n=-]]. Congo lifted its moratorium on the death penalty in
    {{March 2024}}, though no execution has been carried out since {{2003}}.
    """,
)

item(
    "Trucks burned and passengers seized on Komanda-Mambasa road",
    """
    Gunmen ambushed a convoy of [[14 trucks|other;a=the transporters' union]] on the road
    between Komanda and Mambasa on Tuesday, killing [[six drivers and passengers|killed;a=the
    transporters' union;n=drivers and passengers]], the transporters' union said.
    [[Nine trucks|other;a=the union;alt=the transporters' union]] were burned with their
    cargo, the union said, and [[at least seven passengers|kidnapped;a=the union;alt=the
    transporters' union]] were taken into the forest. The road, part of {{RN4}}, has seen
    [[more than 20 attacks|other;u=other;a=the Kivu Security Tracker]] since January,
    according to the Kivu Security Tracker. [[About 1,500 people|displaced;a=civil society
    groups]] from villages along the road have fled to Mambasa town, civil society groups
    said. The army said it had deployed [[an extra 300 troops|combatants;a=The army]] to
    escort convoys.
    """,
)

item(
    "ADF abducts cocoa farmers near Eringeti",
    """
    ADF fighters abducted [[at least 35 people|kidnapped;a=civil society leaders]] from cocoa
    plantations near Eringeti, in Beni territory, over the weekend, civil society leaders said
    on Monday. [[Twelve of them|kidnapped;n=-]] managed to escape and told soldiers that the
    others were being used as porters. The bodies of [[five hostages|killed]] were found on
    Sunday near the Semuliki river. The army said [[18 people|kidnapped;a=The army]] were
    still being held. Fear of abductions has emptied [[at least nine villages|other]] around
    Eringeti, and [[some 7,000 people|displaced;a=the Norwegian Refugee Council]] have moved
    to Oicha and Beni town, the Norwegian Refugee Council said. The ADF abducted
    [[more than 700 people|kidnapped;a=the Kivu Security Tracker]] in Beni and Irumu
    territories in {{2024}}, according to the Kivu Security Tracker.
    """,
)

item(
    "CODECO fighters hand in weapons in Djugu",
    """
    [[More than 250 fighters|combatants;a=the provincial government]] from a CODECO faction
    laid down their arms in Djugu territory on Friday, the provincial government said, in the
    largest surrender since the group signed a pledge in Aru. They handed over
    [[86 weapons|other]], including [[12 machine guns|other]]. MONUSCO said
    [[eight children|combatants;a=MONUSCO]] were among those who surrendered. The fighters
    will be moved to a demobilisation camp in Bunia built for [[500 people|capacity]].
    [[Up to 3,000 CODECO members|combatants;a=the provincial demobilisation coordinator;p]]
    are expected to disarm by the end of the year, the provincial demobilisation coordinator
    said. Since {{2020}}, the coordinator said, [[some 1,100 former fighters|returned;a=the
    coordinator;alt=the provincial demobilisation coordinator]] have gone back to their
    villages.
    """,
)

item(
    "Who are the ADF?",
    """
    The Allied Democratic Forces began in the {{1990s}} as a Ugandan rebel movement opposed to
    President Yoweri Museveni and moved into Congo's Rwenzori mountains in {{1995}}. Its
    leader, Musa Baluku, pledged allegiance to the Islamic State group in {{2019}}, and the
    group now appears in IS propaganda as its Central Africa Province. The United States
    designated it a terrorist organisation in {{March 2021}} and offers up to {{$5 million}}
    for information on Baluku. Uganda and Congo launched joint operations against it in
    {{November 2021}}. Since then, analysts say, the group has moved {{about 150 km}} north
    and west, into Ituri's Mambasa territory and the edge of Tshopo province.
    """,
)

item(
    "Trial of CODECO commander opens in Bunia",
    """
    The trial of a CODECO commander accused of ordering the Plaine Savo massacre opened before
    a military court in Bunia on {{Tuesday}}. The defendant, {{42}}, faces charges of war
    crimes and crimes against humanity, and prosecutors are seeking the death penalty. The
    court adjourned after {{three hours}} and will resume on {{October 14}}. Lawyers for the
    victims said the case had taken {{more than two years}} to reach court. The hearing was
    held under Article {{165}} of the military justice code.
    """,
)
