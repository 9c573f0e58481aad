"""dev27 texts: numbers inside names; colons and summaries; regional outlets; denser items.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

# ---------------------------------------------------------------- numbers inside names

F(
    "Ukraine: strike near Highway M03",
    "A Russian drone hit a minibus on the {{M03}} highway near Izium, killing [[four passengers|killed;a=the regional prosecutor's office]] and injuring [[nine|injured;a=the regional prosecutor's office]], the regional prosecutor's office said.",
)

F(
    "US: troops of the 101st Airborne to Romania",
    "[[Around 4,700 soldiers|combatants;p;a=the Pentagon]] of the {{101st Airborne}} Division will deploy to Romania for a {{nine-month}} rotation, the Pentagon said.",
)

F(
    "West Bank: Resolution 2334 and the settlement count",
    "Peace Now said Israel had approved [[some 10,000 housing units|other;u=structure;a=Peace Now]] in West Bank settlements this year, in breach of Security Council {{Resolution 2334}}, and that settlers had set up [[twenty-four new outposts|other;a=Peace Now]].",
)

F(
    "Sudan: Camp 4 in Kalma attacked",
    "RSF fighters stormed {{Camp 4}} of Kalma displacement camp near Nyala, killing [[seventeen people|killed;a=camp leaders]] and abducting [[about 30 women|kidnapped;a=camp leaders]], camp leaders said.",
)

F(
    "Mexico: bodies found off Highway 45 in Zacatecas",
    "Police found [[the bodies of ten men|killed;n=bodies;a=the state prosecutor]] near an exit of federal highway {{45}} in Fresnillo, the state prosecutor said; [[three|missing;a=relatives]] of the group's friends are still missing, relatives said.",
)

F(
    "G20 summit: police detain protesters in Rio",
    "Police in Rio de Janeiro detained [[thirty-two protesters|arrested;a=the city's security secretariat]] outside the {{G20}} summit venue, the city's security secretariat said, and [[seven officers|injured;a=the city's security secretariat]] were hurt.",
)

F(
    "Flight 370 families and Sahel hostage families meet",
    "Relatives of passengers on {{Flight 370}} met families of [[six aid workers|kidnapped;a=the organisers]] held in the Sahel, the organisers said.",
)

F(
    "Pakistan: Jaffar Express hijacking",
    "Security forces freed [[346 passengers|kidnapped;a=the military]] from the hijacked Jaffar Express and killed [[all 33 militants|killed;a=the military]], the military said; [[twenty-one hostages|killed;a=the military]] and [[four troops|killed;a=the military]] died.",
)

F(
    "Iraq: rockets on Camp Victory",
    "[[Three rockets|other;a=a security official]] hit near Camp Victory at Baghdad airport, a security official said, wounding [[two contractors|injured;a=a security official]].",
)


# ---------------------------------------------------------------- colons and summaries

F(
    "Ukraine: overnight attack in figures",
    "Ukraine's air force said Russia launched [[479 drones and decoys|other;n=drones and decoys;u=other;a=Ukraine's air force]] and [[twenty missiles|other;a=Ukraine's air force]] overnight; shot down or jammed: [[460|other;u=other;a=Ukraine's air force]].",
)

F(
    "Nigeria: Mokwa flood, by the numbers",
    "Mokwa flood, state emergency agency figures. Dead: [[over 200|killed]]. Missing: [[about 500|missing]]. Homes washed away: [[265|housing;u=structure]]. Displaced: [[3,018 people|displaced]].",
)

F(
    "DRC: Goma toll",
    "Bodies collected from Goma's streets: [[2,000|killed;a=the government]] — and [[about 900 more|killed;n=-;a=the government]] in morgues, according to the government.",
)

F(
    "Sudan: cholera and displacement update",
    "OCHA's weekly update: newly displaced — [[nearly 45,000|displaced]]; returned — [[12,700|returned]]; people in need in Khartoum — [[3.4mn|civilians]].",
)


# ---------------------------------------------------------------- regional outlets

F(
    "Daily Trust: Zamfara villagers pay levy",
    "Residents of Dansadau told Daily Trust that [[above 50 villagers|kidnapped;q=at_least;a=Residents of Dansadau]] had been abducted since {{January}} and that [[fourteen|killed;a=Residents of Dansadau]] were killed when their communities failed to pay a levy of {{₦20 million}}.",
)

F(
    "Kathmandu Post: flood-hit families in tents",
    "[[Some 1,350 families|displaced;a=the district administration office]] are still living in tents in Kavre {{six weeks}} after the floods, the district administration office said; [[forty-one people|missing;a=the district administration office]] remain missing.",
)

F(
    "The East African: Tanzanian police and post-poll unrest",
    "Opposition party Chadema said [[upwards of 700 people|killed;a=Opposition party Chadema;alt=Chadema]] had been killed by police after the election, while the government said [[only ten|killed;a=the government]] had died.",
)

F(
    "Dawn: Kurram road reopened",
    "A convoy of [[eighty trucks|aid;a=the deputy commissioner]] carrying food and medicine reached Parachinar, the deputy commissioner said, the {{first}} since the road was closed {{three months}} ago; [[about 300,000 residents|civilians;a=the deputy commissioner]] had been cut off.",
)

F(
    "Le Faso: Djibo hostages freed",
    "[[A hundred and twelve hostages|kidnapped;a=the army]], among them [[forty women|kidnapped;a=the army]], were freed near Djibo, the army said.",
)

F(
    "Al-Masry Al-Youm: Sudanese at Arqin crossing",
    "[[A couple of thousand|displaced;v=2000;q=approx;a=an official at the crossing]] Sudanese were waiting at the Arqin crossing on Sunday, an official at the crossing said, after [[upwards of 1,200|displaced;a=an official at the crossing]] entered on Saturday.",
)

F(
    "The Kyiv Independent: evacuations from Kupiansk",
    "[[Roughly 700 residents|displaced;a=Kharkiv regional governor Oleh Syniehubov;alt=Oleh Syniehubov]], [[eighty of them|displaced;n=-;a=Kharkiv regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] children, were evacuated from Kupiansk district over {{the weekend}}, Kharkiv regional governor Oleh Syniehubov said; [[almost 2,000|civilians;a=Kharkiv regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] remain.",
)

F(
    "Prothom Alo: Rohingya boat missing",
    "A boat carrying [[about 180 Rohingya|missing;a=UNHCR]] from Cox's Bazar has been missing for {{two weeks}} in the Andaman Sea, UNHCR said; [[only 23 survivors|other;a=UNHCR]] were picked up by fishermen.",
)

F(
    "Somali Guardian: Galmudug clan clashes",
    "Clan fighting over grazing land near Galkayo killed [[twenty-nine people|killed;a=elders]] and wounded [[dozens|injured;a=elders]], elders said, and [[2,500 families|displaced;a=elders]] fled with their herds.",
)


# ---------------------------------------------------------------- denser items

F(
    "Gaza: Kamal Adwan hospital raid",
    "The health ministry said Israeli forces detained [[about 240 people|arrested;a=The health ministry]] at Kamal Adwan hospital, among them the director and [[forty-four medical staff|arrested;n=staff;a=The health ministry]], and forced [[some 350 patients and companions|displaced;n=patients and companions;a=The health ministry]] to leave. "
    "[[Twenty-five patients|civilians;a=the ministry;alt=The health ministry]] in intensive care remain inside, the ministry said.",
)

F(
    "Mozambique: Cabo Delgado attacks uproot thousands",
    "Insurgent attacks in Chiúre district displaced [[over 60,000 people|displaced;a=the UN]] in {{a fortnight}}, {{more than half}} of them children, the UN said. "
    "[[Four hundred and thirty houses|housing;a=local officials]] were burned and [[seven|killed;a=local officials]] residents beheaded, local officials said.",
)

F(
    "Syria: Al-Hol camp repatriations",
    "Iraq repatriated [[another 150 families|returned;a=the camp administration]] from al-Hol on Monday, the camp administration said, leaving [[roughly 37,000 people|displaced;a=the camp administration]] in the camp, [[about 16,000|displaced;a=the camp administration]] of them Iraqis. "
    "The Kurdish-led authorities say they hold [[some 9,000 IS suspects|arrested;a=The Kurdish-led authorities]] in [[two dozen prisons|other;u=structure;a=The Kurdish-led authorities]].",
)

F(
    "Ethiopia: Tigray returnees in Tselemti",
    "[[Some 17,000 displaced people|returned;a=the interim administration]] have gone back to Tselemti district, the interim administration said, but [[nearly 40,000|displaced;a=the interim administration]] still shelter in [[twenty-two schools|capacity;a=the interim administration]] in Shire, and [[a further 8,000|returned;p;a=the interim administration]] are due to leave next month.",
)

F(
    "Haiti: Mirebalais prison break",
    "Gangs overran Mirebalais and freed [[529 inmates|other;a=the prison administration]], the prison administration said; [[fewer than 20|other;a=police]] have been recaptured, police said. "
    "[[Some 5,000 residents|displaced;a=IOM]] fled toward Saut-d'Eau, IOM said.",
)

F(
    "Ukraine: Chasiv Yar civilians",
    "Police said [[fewer than 300 civilians|civilians;a=Police]] were left in Chasiv Yar, among them [[eight children|civilians;a=Police]], and that {{over 90 percent}} of the town's buildings had been damaged.",
)

F(
    "South Sudan: Malakal clashes",
    "Clashes inside the Malakal protection site killed [[twelve people|killed;a=UNMISS]] and injured [[more than forty|injured;a=UNMISS]], UNMISS said; [[roughly 800 people|displaced;a=UNMISS]] sought refuge in the peacekeepers' compound, which has room for [[about 400|capacity;a=UNMISS]].",
)

F(
    "Peru: Pataz mine killings",
    "Illegal miners kidnapped and killed [[thirteen security guards|killed;a=the interior minister]] at a gold mine in Pataz, the interior minister said, and [[150 soldiers|combatants;a=the interior minister]] were sent to the province.",
)
