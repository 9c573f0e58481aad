"""dev88 items: Africa (Nigeria, Sudan, the DRC, Mozambique, Ethiopia, Somalia, Burkina Faso,
Cameroon, Mali, South Sudan, Uganda), and one item without a figure."""

from _wrap import item

item(
    "Gunmen seize hundreds of girls from Zamfara boarding school",
    """
Armed men on motorcycles stormed a government girls' secondary school in Nigeria's Zamfara state
before dawn on Friday and took [[upwards of 270 pupils|kidnapped;a=a state police spokesman]], a
state police spokesman said. Teachers put the number higher, saying [[no fewer than
300|kidnapped;a=Teachers]] of the school's [[421 boarders|civilians;a=Teachers]] had been taken.
[[A handful of girls|kidnapped;a=residents]] slipped away into the bush as the group was marched
off and reached Jangebe village on foot, residents told Reuters. It was the {{third}} mass
abduction from a school in the northwest in {{three months}}, coming a week after [[42
people|kidnapped]], among them [[27 schoolboys|kidnapped]], were seized from a college in
neighbouring Niger state. The governor said [[a 1,000-strong force|combatants;a=The governor]] of
police and soldiers had been sent to comb the forest.
""",
)

item(
    "UN monitors say up to 15,000 killed in Darfur city",
    """
[[Between 10,000 and 15,000 people|killed;a=UN sanctions monitors]] were killed in El Geneina,
the capital of West Darfur, during months of attacks by the Rapid Support Forces and allied Arab
militias in {{2023}}, according to UN sanctions monitors. Local Masalit leaders had put the toll
at [[about 5,000|killed;a=Local Masalit leaders]] in June. The monitors said [[more than half a
million people|displaced;a=The monitors;alt=UN sanctions monitors;q=at_least;v=500000]] had fled
West Darfur into Chad, [[some 370,000 of them|displaced;a=The monitors;alt=UN sanctions
monitors;n=-]] from El Geneina alone. At the Adré crossing, aid workers counted [[as many as
2,000 arrivals a day|displaced;a=aid workers]] at the height of the exodus. A hospital run by
Médecins Sans Frontières in the town treated [[upwards of 850 wounded|injured]] in a single week.
The panel, created under {{Resolution 1591}} in {{2005}}, reports to the Security Council
{{twice}} a year.
""",
)

item(
    "Militia kills dozens at Ituri displacement camp",
    """
Fighters from the CODECO militia armed with machetes and guns attacked the Plaine Savo camp for
displaced people in Congo's Ituri province overnight, and by Wednesday evening the dead numbered
[[60|killed;a=local officials]], of whom [[22|killed;a=local officials]] were children, local
officials said. Survivors said the attackers went from shelter to shelter for {{nearly two
hours}} while UN peacekeepers at a base {{3 km}} away did not intervene. Aid agencies say the
camp was built for [[about 2,000 people|capacity;a=Aid agencies]] but sheltered [[more than
24,000|displaced;a=Aid agencies]] by January. [[Some 3,000 residents|displaced;a=the UN refugee
agency]] fled to the nearby town of Bule after the attack, the UN refugee agency said. MONUSCO
said it had sent [[150 additional troops|combatants;a=MONUSCO]] to the area and would begin night
patrols.
""",
)

item(
    "Survivors describe escape from besieged Palma",
    """
Insurgents linked to Islamic State overran the town of Palma in northern Mozambique after a
{{three-day}} siege, and the government said [[dozens of civilians|killed;a=the government]] had
been killed, among them [[seven people|killed;a=the government]] shot as they tried to leave the
Amarula hotel in a convoy of [[17 vehicles|other;a=the government]]. [[Several hundred foreign
workers|displaced;a=a security contractor]] from the nearby {{$20 billion}} gas project were
evacuated by boat and helicopter, and [[a couple of hundred|displaced;a=a security
contractor;v=200;q=approx]] more were waiting on the beach for a ferry on Monday, a security
contractor told AFP. The International Organization for Migration said [[some 11,000
people|displaced;a=The International Organization for Migration]] had reached Pemba, Nangade and
Mueda by the weekend, [[roughly 4,000 of them|displaced;a=The International Organization for
Migration;n=-]] aboard small boats. [[Thousands more|displaced;n=-]] were believed to be hiding
in the bush around Palma, a town of [[about 75,000|civilians]].
""",
)

item(
    "Aid convoys trickle into Tigray as hunger spreads",
    """
The World Food Programme said [[just over 60 trucks|aid;a=The World Food Programme]] of food,
fuel and medicine had reached Mekelle in the past week, far short of [[the 100 trucks a
day|aid;p;a=The World Food Programme]] it says are needed. [[As many as 400,000
people|civilians;a=UN officials]] are living in famine conditions, UN officials say, and [[an
estimated 5.2m|civilians;a=UN officials]], {{more than 90%}} of the region's population, need food
aid. Aid workers said a convoy of [[upwards of 500 trucks|aid;a=Aid workers]] had been stuck in
Semera, the Afar regional capital, for {{nearly two weeks}}. Ethiopian authorities have detained
[[no fewer than 70 drivers|arrested;a=the UN]] hired by aid agencies, most of them ethnic
Tigrayans, the UN said. The government denies blocking aid and says it has opened [[three
routes|other;u=other;a=The government]] into the region.
""",
)

item(
    "Mogadishu bombing toll rises to 116",
    """
The death toll from Saturday's twin car bombings at Somalia's education ministry in Mogadishu
rose to [[116|killed;a=Information Minister Daud Aweis]] from [[100|killed;a=Information
Minister Daud Aweis]], Information Minister Daud Aweis said on Monday. The blasts, minutes apart
at the busy Zobe junction, also wounded [[more than 300 people|injured]]. Doctors at Madina
hospital said they had received [[upwards of 150 wounded|injured;a=Doctors at Madina hospital]],
[[dozens of them|injured;a=Doctors at Madina hospital;n=-]] with severe burns. President Hassan
Sheikh Mohamud, visiting the site, said the dead included a mother and [[her five
children|killed;a=President Hassan Sheikh Mohamud]]. It was the deadliest attack in the capital
since a truck bomb at the same junction killed [[at least 587 people|killed]] in {{October
2017}}.
""",
)

item(
    "Burkina villagers massacred while digging defensive trenches",
    """
Jihadist fighters from JNIM attacked villagers digging defensive trenches around the town of
Barsalogho on Saturday, and by Sunday the dead numbered [[more than 100|killed;a=a security
source]], a security source said, among them soldiers and members of a volunteer militia. A
collective of victims' families later put the toll at [[close to 400|killed;a=A collective of
victims' families]], while analysts cited by French media spoke of [[as many as
600|killed;a=analysts cited by French media]]. [[Scores of wounded|injured;a=a health worker]]
were driven to the regional hospital in Kaya, {{45 km}} to the south, where blood ran short, a
health worker said. The government said the trenches were meant to protect [[the town's roughly
170,000 residents and displaced people|civilians;a=The government;n=residents and displaced
people]]. JNIM said in a statement that it had killed [[about 300 militiamen|killed;a=JNIM]].
""",
)

item(
    "Soldiers accused of burning homes in Cameroon's North-West",
    """
Soldiers hunting separatist fighters burned [[some 40 homes|housing;a=residents and a local
rights group]] and killed [[at least nine civilians|killed;a=residents and a local rights
group]] in a village near Bamenda on Tuesday, residents and a local rights group said. The army
said it had killed [[a few dozen 'Amba' fighters|killed;a=The army]] in the operation and lost
[[two soldiers|killed;a=The army]]. The conflict in Cameroon's English-speaking regions, which
began in {{2017}}, has killed [[more than 6,000 people|killed;a=the International Crisis Group]]
and forced [[close to 600,000|displaced;a=the International Crisis Group]] from their homes,
according to the International Crisis Group. A school boycott enforced by the separatists has
kept [[hundreds of thousands of children|civilians;a=the UN children's agency]] out of class,
the UN children's agency says.
""",
)

item(
    "UN report says hundreds executed in Malian town of Moura",
    """
Malian soldiers and foreign military personnel executed [[about 500 people|killed;a=a UN human
rights report]] over {{five days}} in the central town of Moura in {{March 2022}}, according to a
UN human rights report released on Friday. The army had said at the time that its operation
'neutralised' [[203 terrorists|killed;a=The army]] and that [[51 suspects|arrested;a=The army]]
were detained. The report says [[58 women and girls|other;a=The report;alt=a UN human rights
report;n=women and girls]] were raped or subjected to other sexual violence. Witnesses told
investigators the soldiers were accompanied by [[between 80 and 100 foreign armed
men|combatants;a=Witnesses]] who spoke a language they did not understand.
""",
)

item(
    "Renk transit centre overflows as South Sudanese flee Sudan's war",
    """
[[More than 600,000 people|displaced;a=the UN refugee agency]] have crossed from Sudan into South
Sudan since fighting broke out in Khartoum in {{April 2023}}, the UN refugee agency said, and
[[roughly 480,000 of them|returned;a=the UN refugee agency;n=-]] are South Sudanese going back to
a country many left as children. At the Joda crossing, officials register [[about 1,500 arrivals
a day|displaced;a=officials]]. The IOM said the transit centre in Renk, built for [[3,000
people|capacity;a=The IOM]], held [[some 12,000|displaced;a=The IOM]] last week. Cholera has
killed [[at least 14 people|killed;a=health officials]] in the centre since February, health
officials said. The agency plans to move [[up to 2,000 returnees a week|displaced;p;a=The
agency;alt=The IOM]] by barge up the Nile to Malakal.
""",
)

item(
    "Mozambique inmates escape as post-election protests rage",
    """
Police chief Bernardino Rafael said [[1,534 inmates|other;a=Police chief Bernardino Rafael]]
escaped from a high-security prison outside Maputo on Christmas Day after a riot, and that
[[33|killed;a=Police chief Bernardino Rafael]] died and [[15 others|injured;a=Police chief
Bernardino Rafael]] were hurt in clashes with guards. By Friday police had recaptured [[about 150
of them|arrested;n=-]]. The jailbreak came amid unrest over disputed October election results in
which the civil society platform Plataforma Decide has counted [[in excess of 250
dead|killed;a=the civil society platform Plataforma Decide]] since {{21 October}} and [[more than
4,000 arrests|arrested;a=the civil society platform Plataforma Decide]]. The Constitutional
Council on {{23 December}} confirmed Daniel Chapo of Frelimo as the winner, with {{65%}} of the
vote.
""",
)

item(
    "Overnight attack on Benue town leaves scores dead",
    """
Gunmen attacked the town of Yelwata in Nigeria's Benue state overnight into Saturday, killing
[[between 100 and 200 people|killed;a=Amnesty International]], Amnesty International said, many of
them displaced farmers who had been sleeping in the market square. A local government official
said [[an estimated 3,000 people|displaced;a=A local government official]] had fled to Makurdi,
the state capital, about {{60 km}} away. Residents buried [[forty-two bodies|killed]] in a mass
grave on Sunday. Police said they had arrested [[a dozen suspects|arrested;a=Police]]. The state
emergency management agency says Benue already hosts [[about 500,000 displaced
people|displaced;a=The state emergency management agency]] in [[14 camps|capacity;a=The state
emergency management agency]] and in host communities.
""",
)

item(
    "Congolese pour into Uganda after M23 seizes border town",
    """
[[Some 30,000 Congolese|displaced;a=Ugandan officials]] crossed into Uganda in {{48 hours}} after
{{M23}} rebels seized the border town of Bunagana, Ugandan officials said on Tuesday. Among them
were [[137 Congolese soldiers|returned]] who handed over their weapons and were sent back across
the border the next day. The Nyakabande transit centre, meant for [[2,000 people|capacity;a=the
Uganda Red Cross]], was sheltering [[more than 8,000|displaced;a=the Uganda Red Cross]] on
Monday, the Uganda Red Cross said. [[Several thousand more|displaced;n=-]] were sleeping in
churches and schools in Kisoro. UNHCR said it had moved [[approximately 4,200
refugees|displaced;a=UNHCR]] by bus to the Nakivale settlement, {{370 km}} to the east.
""",
)

item(
    "ICC sentences former LRA commander Ongwen to 25 years",
    """
Judges at the International Criminal Court on Thursday sentenced Dominic Ongwen, a former
commander of Uganda's Lord's Resistance Army, to {{25 years}} in prison for war crimes and
crimes against humanity committed in northern Uganda in the early {{2000s}}. Ongwen, {{45}}, was
abducted by the rebels as a boy of {{nine}} on his way to school, a history the defence argued
should reduce his sentence. The court said it had weighed his childhood but that the crimes,
committed between {{2002 and 2005}}, were of the utmost gravity. Prosecutors had sought {{20
years}}, and the judges declined to impose a life term. The {{six years}} he has spent in
custody since {{2015}} will be deducted. His lawyers said they would appeal within the
{{30-day}} limit.
""",
)
