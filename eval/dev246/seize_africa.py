"""dev246 items, part 3: Africa (the Libya-Niger and Libya-Sudan deserts, Mali, Burkina Faso,
Niger, Nigeria, the Lake Chad basin, Algeria, Somalia, Kenya, South Sudan, Mozambique)."""

from _wrap import item

item(
    "Niger army intercepts weapons convoy on Libyan border",
    """
Niger's army said it had intercepted a convoy of [[seven pickup trucks|other;u=other;a=Niger's
army]] near Madama, close to the Libyan border, and killed [[six smugglers|killed;a=Niger's
army]] in an exchange of fire on {{Friday}}. [[Four others|arrested;a=the army;alt=Niger's army]]
were captured, the army said in a statement read on state television. Troops seized [[about 60
rifles|other]], [[two heavy machine guns|other]] and fuel. In the back of one truck they found [[23
migrants|kidnapped;a=an army officer]] who had been held by the smugglers for ransom, an army
officer told AFP, including [[five women|kidnapped;a=an army officer]]. The freed migrants were
handed to the International Organization for Migration in Agadez, which runs a transit centre
with space for [[about 1,000 people|capacity;a=the IOM]], the IOM said.
""",
)

item(
    "Algeria's weekly tally: caches, smugglers and vehicles",
    """
Algeria's defence ministry said in its weekly report on {{Wednesday}} that army units had
uncovered [[three arms caches|other;u=other;a=Algeria's defence ministry]] near the borders with
Mali and Niger between {{March 3}} and {{March 9}}. The caches held [[14 rifles|other;a=the
ministry;alt=Algeria's defence ministry]], a rocket launcher, [[12 shells|other;a=the
ministry;alt=Algeria's defence ministry]] and [[more than 4,000 rounds|other;a=the
ministry;alt=Algeria's defence ministry]], the ministry said. Detachments in Tamanrasset and
Bordj Badji Mokhtar arrested [[71 people|arrested;a=Algeria's defence ministry]] and seized [[19 four-wheel-drive
vehicles|other;a=Algeria's defence ministry]] used for smuggling, it said. Border guards also stopped [[283 migrants|other]]
of various nationalities trying to cross illegally. [[Two terrorists|arrested;a=the ministry;alt=Algeria's
defence ministry]] surrendered to the authorities in Tamanrasset with their weapons, the ministry
added.
""",
)

item(
    "Nigerian troops raid ISWAP logistics base, free abducted women",
    """
Nigerian troops raided an Islamic State West Africa Province (ISWAP) logistics base near
Marte in Borno State, freeing [[17 women and children|kidnapped;n=women and children;a=Defence
Headquarters]] held by the group, Defence Headquarters said on {{Thursday}}. The spokesman,
Major General Edward Buba, said troops killed [[11 terrorists|killed;a=Major General Edward
Buba]] and seized [[38 AK-47 rifles|other;a=Major General Edward Buba]], [[six motorcycles|other;a=Major
General Edward Buba]] and a gun truck. The freed captives, abducted from Gwoza {{two years}}
ago, were taken to a military hospital in Maiduguri. [[Three soldiers|injured]] were wounded in
the assault. Borno's government says [[about 1.8 million people|displaced;a=Borno's government]]
remain displaced across the state, and it plans to close the last [[six camps|capacity;p;a=Borno's government]] in Maiduguri by the end of the year.
""",
)

item(
    "Police rescue kidnap victims and seize guns in Zamfara forest raid",
    """
Police in Zamfara State said they had rescued [[23 kidnapped victims|kidnapped;a=Police in Zamfara
State]], among them [[nine schoolgirls|kidnapped;a=Police in Zamfara State]], in a raid on a
bandit camp in the Dansadau forest. [[Two bandits|killed]] were killed and [[five|arrested;n=-]]
were arrested, while others escaped into the forest. Officers recovered [[14 rifles|other;a=police
spokesman Yazid Abubakar]], [[a dozen magazines|other;a=police spokesman Yazid Abubakar]] and [[350
rounds|other;a=police spokesman Yazid Abubakar]] of ammunition, police spokesman Yazid Abubakar
told reporters in Gusau. He said the victims had spent {{between two and five weeks}} in
captivity and that some families had paid ransoms of up to {{N5m}}. The state government said
[[more than 400 people|kidnapped;a=The state government]] had been abducted in Zamfara since
{{January}}.
""",
)

item(
    "Customs seize pump-action rifles in containers at Onne port",
    """
The Nigeria Customs Service said on {{Tuesday}} it had seized [[two containers|other;a=The Nigeria
Customs Service]] at Onne port in Rivers State holding [[2,671 pump-action rifles|other;a=The
Nigeria Customs Service]] declared as steel doors. A further [[1,100 cartons|other]] of cartridges
were found behind the doors. [[Three clearing agents|arrested;a=the service's spokesman;alt=The
Nigeria Customs Service]] have been arrested and the importer is on the run, the service's
spokesman said. The goods, shipped from Turkey, were valued at {{N2.4bn}}. The comptroller-general
said customs had seized [[more than 5,000 firearms|other;a=The comptroller-general]] at the
country's ports since {{2017}}. Officials believe pump-action rifles are sold on to bandits and
cult gangs for {{about N500,000}} each.
""",
)

item(
    "Malian army says it destroyed jihadist base near Boni",
    """
Mali's armed forces (FAMa) said on {{Monday}} they had killed [[about 15 terrorists|killed;a=Mali's
armed forces (FAMa)]] and destroyed a logistics base near Boni, in the Mopti region. Soldiers
seized [[40 motorbikes|other;a=the army;alt=Mali's armed forces (FAMa)]], [[three pickups|other;a=the
army;alt=Mali's armed forces (FAMa)]] and a stock of explosives, the army said. The commune, home to
[[an estimated 18,000 people|civilians]], has been under a jihadist blockade for {{more than a
year}}. [[Some 2,000 people|displaced;a=OCHA]] have fled to Sévaré since the fighting began,
according to OCHA. The UN agency said [[1,200 households|aid;a=The UN agency;alt=OCHA]] had received
emergency kits, but that [[thousands more|civilians;n=-;a=The UN agency;alt=OCHA]] remained out of
reach.
""",
)

item(
    "Gendarmes break up arms network in Ouagadougou",
    """
Burkina Faso's gendarmerie said it had dismantled an arms-trafficking network supplying jihadist
groups, arresting [[12 people|arrested;a=Burkina Faso's gendarmerie]] in Ouagadougou and
Bobo-Dioulasso. Investigators found [[a hundred grenades|other;a=the gendarmerie;alt=Burkina Faso's gendarmerie]], [[27 rifles|other;a=the gendarmerie;alt=Burkina Faso's gendarmerie]] and [[dozens of
detonators|other;u=other;a=the gendarmerie;alt=Burkina Faso's gendarmerie]] in [[two houses|other;a=the gendarmerie;alt=Burkina Faso's gendarmerie]] used as depots, according to the gendarmerie. Both houses were later
demolished on the orders of the prosecutor. The network had operated for {{at least three
years}}, buying weapons in Côte d'Ivoire and Ghana, prosecutors said. [[Four suspects|other]] are
still being sought.
""",
)

item(
    "Lake Chad force destroys smuggling boats, frees captives on islands",
    """
The Multinational Joint Task Force (MNJTF) said its troops had destroyed [[35 boats|other;a=The
Multinational Joint Task Force (MNJTF)]] used to carry weapons and fuel to Boko Haram fighters on
islands in Lake Chad, during a {{three-week}} operation that ended on {{Sunday}}. [[Forty-two
fighters|killed;a=the force;alt=The Multinational Joint Task Force (MNJTF)]] were killed and
[[more than 300 women and children|kidnapped;n=women and children;a=the force;alt=The
Multinational Joint Task Force (MNJTF)]] held on the islands were freed, the force said. The
freed captives are being screened at a camp in Bol built for [[1,500 people|capacity]]. [[About
80 of them|returned;n=-;a=Chadian officials]], all Nigerian nationals, have already been sent back
to Nigeria, Chadian officials said. The force, made up of troops from Chad, Cameroon, Niger and
Nigeria, has [[about 8,000 soldiers|combatants;a=its commanders]], its commanders say.
""",
)

item(
    "Libyan forces in Kufra seize trucks bound for Sudan and free migrants",
    """
Forces loyal to eastern Libya's commander Khalifa Haftar said they had stopped [[nine
trucks|other;a=Forces loyal to eastern Libya's commander Khalifa Haftar]] carrying weapons and fuel
south of Kufra, on the road to Sudan, and arrested [[22 Sudanese nationals|arrested;a=Forces loyal
to eastern Libya's commander Khalifa Haftar]]. In a separate raid in Kufra, security forces freed
[[76 migrants|kidnapped;a=the Kufra security directorate]] held in a traffickers' warehouse, where
[[two bodies|killed;a=the Kufra security directorate]] were also found, the Kufra security
directorate said. Most of the freed migrants were from Sudan, Chad and Eritrea. The International
Organization for Migration said it had flown [[about 160 migrants|returned;a=The International
Organization for Migration]] home to Niger and Chad from Kufra this month. Kufra hosts [[more than
40,000 Sudanese refugees|displaced;a=the UN refugee agency]], according to the UN refugee agency.
""",
)

item(
    "UN experts say weapons pour into Darfur from Libya and Chad",
    """
Weapons and ammunition are reaching Sudan's Rapid Support Forces (RSF) through Libya and eastern
Chad in breach of a UN arms embargo on Darfur, the UN Panel of Experts on Sudan said in a report
seen by Reuters. The panel said it had tracked [[at least 12 cargo flights|other;u=other;a=The
panel;alt=the UN Panel of Experts on Sudan]] into Amdjarass in eastern Chad that it believed carried
weapons. Sudan's army said separately it had seized [[45 drones|other;a=Sudan's army]] and [[about
20 anti-aircraft missiles|other;a=Sudan's army]] from the RSF near El Fasher. The war has driven
[[more than 11 million people|displaced;a=the International Organization for Migration]] from their
homes, the International Organization for Migration says, and [[about 25 million|civilians;n=-;a=the
UN]] need aid, according to the UN. The embargo dates from {{2004}} and covers only Darfur.
""",
)

item(
    "Somali forces raid al-Shabaab bomb factory in Mogadishu",
    """
Somalia's National Intelligence and Security Agency (NISA) said its forces had raided a house in
Mogadishu's Hodan district used to make car bombs, seizing [[12 suicide vests|other;u=other;a=Somalia's
National Intelligence and Security Agency (NISA)]] and [[four cars|other;a=Somalia's National
Intelligence and Security Agency (NISA)]] fitted with explosives. [[Three al-Shabaab
members|arrested;a=the agency;alt=Somalia's National Intelligence and Security Agency (NISA)]] were
arrested and [[two|killed;n=-;a=the agency;alt=Somalia's National Intelligence and Security Agency
(NISA)]] were killed when they opened fire, the agency said. Before the raid, security forces
evacuated [[about 60 families|displaced;a=a district official]] from nearby streets, a district
official said. [[Five houses|housing]] were damaged when the forces detonated the explosives on
site. The raid was the latest in a series since a truck bomb killed [[more than 100 people|killed]] near
the education ministry in {{October 2022}}.
""",
)

item(
    "Kenyan police wounded in ambush after arms seizure near Somali border",
    """
[[Two police officers|injured;a=police]] were wounded and [[one police reservist|missing;a=police]]
was missing after suspected al-Shabaab fighters ambushed a patrol near Mandera on {{Saturday}},
police said. The patrol had earlier intercepted a lorry from Somalia carrying [[a dozen
guns|other]] and [[about 1,500 rounds|other]] hidden in sacks of sugar, and arrested [[three
men|arrested]]. The attackers freed the men and set the lorry on fire. Interior ministry officials
said the government would send [[300 more officers|combatants;p;a=Interior ministry officials]]
to Mandera, Wajir and Garissa counties. Kenya has closed its border with Somalia to most traffic
since {{2011}}.
""",
)

item(
    "South Sudan disarmament drive collects thousands of guns in Jonglei",
    """
South Sudan's army said on {{Wednesday}} it had collected [[more than 4,500 guns|other;a=South
Sudan's army]] from civilians in Jonglei State since a disarmament campaign began in
{{August}}, and aims to gather [[50,000 weapons|other;p;a=South Sudan's army]] by the end of the
year. Clashes between soldiers and armed youth who refused to hand over their rifles killed [[at
least 20 people|killed;a=the UN mission]] last month, the UN mission said. The fighting drove
[[about 3,000 households|displaced;a=local officials]] from their villages, and [[400
tukuls|housing;u=structure;a=local officials]] were burned, local officials said. Jonglei has [[a
population of about 1.5 million|civilians;n=-]], many of them cattle herders who say they need
guns to protect their herds.
""",
)

item(
    "Rwandan troops uncover insurgent arms cache as residents return to Mocimboa",
    """
Rwandan and Mozambican troops uncovered an insurgent arms cache in a forest west of Mocímboa da
Praia, killing [[five insurgents|killed;a=Rwanda's defence force]] and seizing [[25 rifles|other;a=Rwanda's
defence force]] and [[two mortars|other;a=Rwanda's defence force]], Rwanda's defence force said.
Local authorities say [[about 600 people|returned;a=Local authorities]] have returned to the town
in the past month, and that [[120 homes|housing;a=Local authorities]] have been rebuilt with aid
from the provincial government. The World Food Programme is feeding [[about 30,000 people|aid;a=The
World Food Programme]] in the district, the agency said. Rwanda has [[more than 4,000
troops|combatants]] in Cabo Delgado.
""",
)

item(
    "Trial of alleged arms trafficker adjourned again in Abuja",
    """
The Federal High Court in Abuja on {{Monday}} adjourned until {{March 18}} the trial of a
businessman accused of importing rifles disguised as building materials, the {{sixth}}
adjournment since {{2023}}. The defendant, {{54}}, faces charges under Section {{3}} of the
Firearms Act, which carries a sentence of {{up to 10 years}}. His lawyer asked for bail of {{N50m}},
which the judge refused. Prosecutors said they needed {{two more weeks}} to bring witnesses from
Port Harcourt. The case was filed on {{June 4, 2023}}.
""",
)

item(
    "ECOWAS ministers discuss funding for standby force",
    """
Defence ministers of the Economic Community of West African States (ECOWAS) met in Abuja on
{{Friday}} to discuss how to pay for a regional standby force against jihadist groups and arms
smuggling. The bloc's commission put the annual cost at {{$2.6 billion}}, of which member states
have pledged {{about 30 per cent}}. The force was first proposed in {{2019}} and its launch has
been delayed {{twice}}. A summit on {{December 14}} is expected to settle the matter, ministers
said, after talks that ran {{more than nine hours}}.
""",
)
