"""US strikes on boats, the Tren de Aragua, blackouts and defections."""

from _wrap import item

item(
    "US strike on boat off Venezuela kills 11, Trump says",
    """
President Donald Trump said on {{September 2, 2025}} that US forces had struck a boat that left Venezuela carrying drugs,
killing [[11 people|killed;a=President Donald Trump]] he described as members of the Tren de Aragua. Defence Secretary Pete Hegseth said
the strike was the first of a campaign against "narco-terrorists". The Pentagon had sent [[eight warships|other;u=other;a=The Pentagon]]
and a submarine to the southern Caribbean, with [[more than 4,500 sailors and marines|combatants;n=sailors and marines;a=The Pentagon]] on board, it said.
Venezuela's government said it would mobilise [[4.5 million militia members|combatants;p;a=Venezuela's government]] in response.
Communications Minister Freddy Ñáñez said the video of the strike had been made with artificial intelligence.
Venezuela's defence minister said [[25,000 troops|combatants;a=Venezuela's defence minister]] had been deployed to the coast of Sucre and Falcón, and that [[15,000 more|combatants;a=Venezuela's defence minister;p]] would follow.
""",
)

item(
    "Boat strike toll passes 60 as campaign widens to Pacific",
    """
US strikes on suspected drug boats in the Caribbean and the eastern Pacific had killed [[at least 61 people|killed;a=a count of Pentagon statements]] by
{{late October}}, according to a count of Pentagon statements. The US military had destroyed [[14 vessels|other;u=other;a=the count;alt=a count of Pentagon statements]] in
[[13 strikes|other;u=other;a=the count;alt=a count of Pentagon statements]], the count showed. [[Two survivors|other]] of a strike on a semi-submersible were picked up and sent home, one to Colombia and one to
Ecuador. Families in the Venezuelan fishing town of Güiria said [[at least four fishermen|killed;a=Families in the Venezuelan fishing town of Güiria]]
from the town were among the dead. Colombia's president, Gustavo Petro, said [[one Colombian fisherman|killed;a=Colombia's president, Gustavo Petro]] had been killed.
The Pentagon said [[three boats|other;a=The Pentagon]] had been hit in the Pacific.
""",
)

item(
    "Survivors of sub strike repatriated to Colombia and Ecuador",
    """
[[Two men|returned;a=Trump]] who survived a US strike on a semi-submersible in the Caribbean on {{October 16}} were flown to Colombia and
Ecuador, Trump said. [[Two crew members|killed;a=the Pentagon]] died in the strike, the Pentagon said. Ecuador's government released the
Ecuadorean survivor for lack of evidence. Amnesty International said the US had by then killed [[at least 32 people|killed;a=Amnesty International]]
in [[seven strikes|other;u=other;a=Amnesty International]] without showing evidence of drugs. The US Southern Command said its forces had seized
[[some 40 tonnes|other;a=The US Southern Command]] of cocaine in the Caribbean since {{August}}.
""",
)

item(
    "Caribbean families count the missing after strikes",
    """
Relatives in Trinidad said [[two men|killed;a=Relatives in Trinidad]] from the village of Las Cuevas were on a boat struck on {{October 14}}.
The Trinidad and Tobago government said it had no record of [[six of its citizens|missing;a=The Trinidad and Tobago government]] reported
missing at sea since {{September}}. In Sucre state, the fishermen's association said [[about 30 boats|other;a=the fishermen's association]] had stopped
going out for fear of strikes, leaving [[some 200 families|civilians;a=the fishermen's association]] with no income. Mexico's navy said it had searched
for [[one survivor|missing;a=Mexico's navy]] of a Pacific strike but found no one. "Nobody tells us who they were," one widow said.
The association said [[12 fishermen|missing;a=The association;alt=the fishermen's association]] from Sucre had not come home since {{September}}.
""",
)

item(
    "Tren de Aragua: from Tocorón prison to six countries",
    """
When [[11,000 soldiers and police|combatants;n=soldiers and police;a=the government]] retook Tocorón prison in Aragua on {{September 20, 2023}},
the government said, the gang that ran it had already gone. The prison, built for [[750 inmates|capacity;a=Insight Crime]], held
[[more than 5,000 people|arrested;a=Insight Crime]], including relatives who lived inside, according to Insight Crime. Officials said
[[some 1,600 inmates|arrested;a=Officials]] were moved to other jails. Inside, troops found a zoo, a swimming pool, a nightclub and
[[dozens of rifles|other]]. The gang's leader, Héctor Guerrero, known as Niño Guerrero, escaped.
Officials said [[about 50 relatives|displaced;a=Officials]] who lived inside were moved out, and that [[dozens of shacks|housing;u=structure]] built in the yards were torn down.
""",
)

item(
    "Chile charges Tren de Aragua members over Ojeda kidnapping",
    """
Chilean prosecutors charged [[three men|arrested;a=Chilean prosecutors]] on {{March 7, 2024}} over the kidnapping and murder of Ronald Ojeda, a former
Venezuelan army lieutenant living in exile in Santiago. Ojeda, {{32}}, was taken from his flat by [[four men|kidnapped;a=prosecutors]]
dressed as police, prosecutors said. His body was found {{nine days}} later under cement. Chilean police said
[[more than 200 Tren de Aragua members|combatants;a=Chilean police]] had been arrested in Chile since {{2021}}, and that the gang had held
[[at least 40 people|kidnapped;a=Chilean police]] for ransom in the Santiago area in {{2023}}.
Prosecutors said [[a dozen witnesses|other;a=Prosecutors]] would testify, and [[two suspects|missing;a=Prosecutors]] had fled to Venezuela.
""",
)

item(
    "Lima police free hostages held by Tren de Aragua cell",
    """
Peruvian police freed [[five hostages|kidnapped;a=the Interior Ministry]] held in a house in Los Olivos, north Lima, on {{August 18}}, the Interior Ministry
said. [[Seven suspected members|arrested]] of a Tren de Aragua cell were detained. The kidnappers had demanded
{{$30,000}} for each. Police said the cell had carried out [[at least 12 kidnappings|kidnapped;a=Police]] in {{2024}}, and that
[[nine people|killed;a=Police]] had been killed by the gang in Lima that year. The house was sealed and [[two cars|other]] seized.
The ministry said [[about 150 officers|combatants;a=The ministry;alt=the Interior Ministry]] took part in the raid.
""",
)

item(
    "Nationwide blackout leaves Venezuela in the dark",
    """
A blackout left [[about 28 million people|civilians]] without power on {{March 7, 2019}}, the worst in the
country's history. The government blamed sabotage at the Guri dam; experts blamed years of neglect. Health NGO Doctors for Health said
[[26 patients|killed;a=Health NGO Doctors for Health]] died in hospitals during the {{five days}} without power. In Maracaibo,
[[more than 500 shops|housing;a=Fedecámaras Zulia]] were looted, Fedecámaras Zulia said. Police arrested [[about 150 people|arrested]] there.
The Health Ministry said [[as many as 50 hospitals|other;u=structure;a=The Health Ministry]] had run out of generator fuel, and [[3,000 patients|civilians;a=The Health Ministry]] on dialysis were at risk.
""",
)

item(
    "Looting in Maracaibo after second blackout",
    """
Shopkeepers in Maracaibo said [[about 300 businesses|housing;u=structure;a=Shopkeepers in Maracaibo]] were looted or damaged in {{two days}} after
power failed again on {{March 25}}. The Zulia state government said [[1,200 troops|combatants;a=The Zulia state government]] had been deployed.
The Ministry of Electric Energy said [[18 substations|other;u=other;a=The Ministry of Electric Energy]] were out of service. Neighbours in San Francisco
said a crowd had burned [[three houses|housing;a=Neighbours in San Francisco]] belonging to officials. [[Dozens of people|injured]] were hurt.
The governor said [[more than 200 people|arrested;a=The governor]] had been arrested and that [[about 60 families|displaced;a=The governor]] had fled their flats after fires.
""",
)

item(
    "Water tankers sent to Caracas districts without supply",
    """
The Caracas water utility Hidrocapital said it had sent [[45 water tankers|aid;a=The Caracas water utility Hidrocapital]] to districts
where taps had been dry for {{a week}} after the {{March 2019}} blackouts. [[Nearly 2 million residents|civilians;a=the utility;alt=The Caracas water utility Hidrocapital]]
of the capital were without running water, the utility said. Residents of Petare filled buckets from a polluted stream.
The Red Cross said it had handed out [[10,000 water purification kits|aid;a=The Red Cross]] and planned to send
[[another 20,000|aid;p;a=The Red Cross]].
The utility said [[300 families|aid;a=The utility;alt=The Caracas water utility Hidrocapital]] in Petare had received jerrycans.
""",
)

item(
    "Hundreds of soldiers desert to Colombia after aid standoff",
    """
Colombia's migration agency said [[567 members of the Venezuelan armed forces|other;a=Colombia's migration agency]] had crossed into Colombia
by {{March 5, 2019}}, many with their families. The agency said [[more than 120 relatives|other;a=The agency;alt=Colombia's migration agency]] came with them. Colombia housed the
defectors in [[about 20 hotels|capacity;u=structure;a=Colombia]] in Cúcuta, it said. By {{May}}, [[more than 1,400 soldiers|other;a=Guaidó's team]]
had defected, according to Guaidó's team. Hotel owners said [[about 200|other;a=Hotel owners]] were evicted in {{June}} when payments stopped.
Colombian officials said [[at least 36 deserters|combatants;a=Colombian officials]] had joined armed groups on the border.
""",
)

item(
    "Guaidó's uprising fizzles as soldiers seek refuge in embassy",
    """
[[Twenty-five soldiers|other;a=Brazil's foreign ministry]] who joined Juan Guaidó's call for an uprising on {{April 30, 2019}} sought refuge in the
Brazilian embassy in Caracas, Brazil's foreign ministry said. Leopoldo López took refuge in the Spanish ambassador's residence. Foro Penal said
[[at least 230 people|injured;a=Foro Penal]] were injured in clashes that day and the next, and [[five|killed;a=Foro Penal]] killed. The government
said [[2,000 soldiers|combatants;a=The government]] had stayed loyal at the La Carlota air base.
Foro Penal said [[about 200 people|arrested;a=Foro Penal]] were detained, and that [[two|missing;a=Foro Penal]] had not been found.
""",
)

item(
    "Venezuela moves troops to Essequibo border",
    """
Venezuela deployed [[about 5,600 troops|combatants;a=Defence Minister Vladimir Padrino López]] in exercises near the Guyanese border in {{December 2023}}, Defence Minister Vladimir
Padrino López said. Guyana said [[five of its soldiers|killed;a=Guyana]] died when a military helicopter crashed near the border. In {{February 2025}},
[[six Guyanese soldiers|injured;a=Guyana's army]] were wounded in an attack on a boat on the Cuyuní river, Guyana's army said. Mining camps along the
river held [[an estimated 1,500 workers|civilians]].
Guyana said [[about 125,000 residents|civilians;a=Guyana]] lived in the disputed region, and that it had sent [[300 soldiers|combatants;a=Guyana;p]] to reinforce its posts.
""",
)

item(
    "Operation Gideon: boat landings end in arrests",
    """
Interior Minister Néstor Reverol said [[eight attackers|killed;a=Interior Minister Néstor Reverol]] were killed when a boat landed at Macuto on
{{May 3, 2020}}. Over the next days, security forces detained [[more than 40 people|arrested]], including
[[two former US soldiers|arrested;a=the government]], the government said. Fishermen in Chuao said they had helped capture
[[eight|arrested;a=Fishermen in Chuao]]. Maduro said [[60 mercenaries|combatants;a=Maduro]] had been trained in Colombia.
Cabello said [[about 100 troops|combatants;a=Cabello]] had searched the coast, and that [[two boats|other;a=Cabello]] had been seized.
""",
)

item(
    "Inside the Guri dam: how the grid fails",
    """
The Guri dam on the Caroní river supplies about {{70%}} of Venezuela's electricity. Its turbines, installed between {{1978}} and
{{1986}}, are designed for {{10,235 megawatts}}. By {{2019}} it was producing barely {{4,000 MW}}. Rebuilding the grid would cost {{$30 billion}},
engineers say, and take {{a decade}}.
""",
)

item(
    "Caribbean tensions weigh on oil prices",
    """
Brent crude rose {{1.4%}} to {{$67.20}} a barrel on {{September 3}} after the first US strike. Venezuela's output was about
{{900,000 barrels per day}} in {{August}}, according to OPEC. Chevron's licence, renewed in {{July}}, runs for {{six months}}.
""",
)

item(
    "Fishing town of Güiria mourns men killed at sea",
    """
[[At least six men|killed;a=local officials]] from Güiria and nearby San Juan de Unare were on boats destroyed in US strikes in {{September}}
and {{October 2025}}, local officials said. The mayor said [[about 1,500 fishermen|civilians;a=The mayor]] in the town had lost their only living as
boats stayed in port. Interior Minister Diosdado Cabello said [[five people|arrested;a=Interior Minister Diosdado Cabello]] linked to the
boats had been detained, and that the navy had stepped up patrols with [[12 patrol boats|other;a=Interior Minister Diosdado Cabello]]. Relatives
said [[two men|missing;a=Relatives]] were still missing. Women of the town handed [[300 food parcels|aid;a=the parish]] to the families, the parish said.
""",
)
