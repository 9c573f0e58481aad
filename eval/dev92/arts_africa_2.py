"""dev92 articles: Africa, the other six (Somalia, Ethiopia, Mozambique, Kenya, Mali, South
Sudan)."""

from _wrap import item

item(
    "Cholera spreads through Baidoa's drought camps as militants choke roads",
    """
BAIDOA, Somalia (Reuters) - Cholera is spreading through camps for people displaced by drought and
conflict around the Somali town of Baidoa, where [[at least 62 people|killed;a=the World Health
Organization]] have died of the disease this month, the World Health Organization said on
Thursday. The organisation said [[1,819 suspected cases|other;a=The organisation;alt=the World
Health Organization]] had been recorded in Bay region since {{January}}, {{more than half}} of them
in children.

Baidoa's [[280 displacement sites|capacity;a=local authorities]] now shelter [[about 150,000
people|displaced;a=local authorities]], according to local authorities, many of them families who
walked for {{10 days}} or more from villages where their livestock had died. Dr Abdirizak Hassan,
who runs the cholera treatment centre at Bay Regional Hospital, said its [[40 beds|other;a=Dr
Abdirizak Hassan]] were full and that patients were being treated on mats in the corridor. "We
need clean water more than we need medicine," he said.

Fadumo Ali, {{29}}, said she had buried [[two of her children|killed;a=Fadumo Ali]] on the road
before reaching the town. Her youngest, {{18 months}} old, was being treated for dehydration.

Al-Shabaab militants control much of the countryside around Baidoa and have blocked the main road
to Mogadishu, forcing aid agencies to fly supplies in. UNICEF said it had airlifted [[12
tonnes|aid;a=UNICEF]] of medical supplies and [[500,000 water purification
tablets|aid;a=UNICEF]] into the town this week. The militants have also banned residents of areas
they control from accepting aid from foreign agencies, and have been accused of taxing people who
try to leave.

The UN has warned that [[6.2 million Somalis|civilians;a=The UN;v=6200000]], {{more than half}} of
the population, need humanitarian aid. In {{2011}}, a famine in Somalia killed [[about 260,000
people|killed]], {{half of them}} children {{under the age of five}}. The government declared the
drought a national disaster in {{February}} and appealed for {{$825 million}}. The UN refugee
agency, UNHCR, says drought has displaced [[more than 600,000 people|displaced;a=UNHCR]] across
the country since {{November}}.

Somalia's health minister, speaking in Mogadishu, said the government was opening new treatment
centres in Baidoa and Dinsor and appealed to traders to lower the price of water, which has risen
{{fivefold}} in some districts since the rains failed. Water trucked into the camps sells for
{{$3}} a barrel, far beyond the means of families who have lost their herds, and aid workers say
many people drink from shallow, open wells dug in dry riverbeds that are easily contaminated.

The rains are due in {{April}}, but forecasters have warned that the season may again be poor,
which would make it the {{fourth}} failed rainy season in a row. If that happens, "we will see a
famine, there is no other word for it", said an official with the Norwegian Refugee Council in
Baidoa. Al-Shabaab, which is fighting to overthrow the Western-backed government, blocked aid
agencies from areas under its control in {{2011}}, a decision that contributed to the high death
toll that year. This time the group says it is distributing its own relief, a claim aid workers say
is impossible to verify.
""",
)

item(
    "First aid convoys in months reach Tigray after truce, WFP says",
    """
MEKELLE, Ethiopia - A convoy of [[25 trucks|aid;a=the World Food Programme]] carrying food and
medical supplies reached Shire in northwestern Tigray on Wednesday, the World Food Programme
said, the first aid to enter the region by road since fighting resumed in {{August}}. The agency
said a second convoy of [[15 trucks|aid;a=The agency;alt=the World Food Programme]] was on its way
and that it aimed to move [[up to 200 trucks a week|aid;p;a=The agency;alt=the World Food
Programme]] once the roads were declared safe.

The International Committee of the Red Cross said [[two cargo flights|aid;a=The International Committee of the Red Cross]] had landed in Mekelle with
[[35 tonnes|aid;a=The International Committee of the Red Cross]] of medical supplies, including
insulin and surgical kits. Under the truce signed in Pretoria on {{November 2}}, Ethiopia's federal
government and the Tigray People's Liberation Front agreed to allow unhindered humanitarian access
to the region of [[about 5.5 million people|civilians]]. The UN says [[5.2 million|civilians;a=The
UN;v=5200000]] of them need aid.

Health officials in Mekelle told Reuters that [[hundreds of patients|killed;a=Health officials in
Mekelle]] had died for lack of medicine during the blockade, which lasted {{more than a year}}.
Ayder Referral Hospital, the region's largest, had run out of oxygen and of most antibiotics by
{{September}}, doctors there said. "We were rationing gloves," one surgeon said.

The war, which began in {{November 2020}}, has displaced [[more than 2 million people|displaced;a=the
UN]] in Tigray alone, according to the UN, and aid agencies say [[at least 23 aid
workers|killed;a=aid agencies]] have been killed. The World Food Programme said it was still
awaiting clearance to bring in [[20 fuel tankers|aid;p;a=The World Food Programme]], without which
it cannot distribute food beyond the main towns.

Residents of Adwa, a town in central Tigray, said Eritrean soldiers had detained [[at least 300
young men|arrested;a=Residents of Adwa]] last week, despite the truce. Eritrea, which is not a
party to the Pretoria agreement, did not respond to requests for comment. Banks, telephone and
electricity services remain cut, and civil servants have not been paid for {{17 months}}. The
UN's {{$2.75 billion}} appeal for northern Ethiopia is {{about 40%}} funded.

Under the Pretoria agreement, Tigrayan forces are to disarm within {{30 days}} of the signing, and
federal troops are to take control of airports, highways and federal facilities in the region.
Commanders from both sides met in Nairobi on {{November 7}} to work out the details and agreed to
allow aid into all areas, including those near the Eritrean border. Aid workers said trucks were
still being searched at checkpoints and that some drivers had been turned back. "It is a start,
but it is not yet access," said a UN official in Addis Ababa who asked not to be named. The
national bank said restoring banking services would take {{weeks}}, because branches in Tigray had
been looted and their systems damaged.
""",
)

item(
    "Mozambique: thousands flee Palma by boat and on foot after insurgent assault",
    """
PEMBA, Mozambique - A ferry carrying [[1,200 people|displaced;a=aid workers]] who escaped the
insurgent assault on the town of Palma docked in the provincial capital Pemba on Thursday, aid
workers said, as survivors told of bodies lying in the streets and of days spent hiding in the
bush. The UN humanitarian office said [[more than 11,000 people|displaced;a=The UN humanitarian
office]] had reached other districts of Cabo Delgado province since the attack began on {{March
24}}, and that [[thousands|displaced;a=The UN humanitarian office]] more were still on the move.

The International Organization for Migration said it had registered [[about 3,100
arrivals|displaced;a=The International Organization for Migration]] at Pemba's port alone. Many
had walked for {{five days}} to the Afungi peninsula, about {{10 km}} from Palma, where French
energy group Total is building a {{$20 billion}} gas project, before being picked up by boats.

At the Amarula hotel, [[about 180 people|civilians]], among them foreign contractors, were trapped
for {{two nights}} before attempting to break out. A convoy of [[17 vehicles|other;a=security
sources]] left the hotel on Friday afternoon, but only [[seven|other;u=other;a=security sources]]
reached the beach, according to security sources; the rest were ambushed. A South African security
firm, Dyck Advisory Group, said its helicopters had rescued [[more than 220 people|displaced;a=Dyck
Advisory Group]] from the town.

Government spokesman Omar Saranga said [[dozens of people|killed;a=Government spokesman Omar
Saranga]] had been killed, without giving a precise figure. The Islamic State group claimed via
its Amaq agency that its fighters had killed [[55 soldiers|killed;a=The Islamic State group]] and
seized the town. The claims could not be independently verified.

The insurgents, known locally as al-Shabab but unrelated to the Somali group, have fought in Cabo
Delgado since {{2017}}. The violence has killed [[more than 2,600 people|killed;a=ACLED]],
according to ACLED, a conflict monitor, while the UN says [[almost 700,000|displaced;a=the UN]]
have been displaced. Analysts estimate the insurgents number [[between 1,500 and 2,500
fighters|combatants;a=Analysts]]. "They came from the sea and from the road at the same time,"
said a resident who reached Pemba on the ferry.

Total, which had only recently resumed work at Afungi after insurgents came close to the site in
{{January}}, said it had withdrawn its remaining staff and that the project would be delayed.
Mozambique had hoped the gas would transform an economy in which {{nearly half}} the population
lives in poverty. Human Rights Watch has accused the insurgents of beheading civilians, including
children, and the security forces of abuses against villagers, and urged the government to let
aid agencies work freely in the north. Neighbouring countries in the Southern African Development
Community have discussed sending a regional force, but Maputo has so far relied on private military
contractors and on training offered by Portugal and the United States.
""",
)

item(
    "Kenya: gunmen kill 48 in night raid on coastal town of Mpeketoni",
    """
NAIROBI (Reuters) - Gunmen attacked the coastal town of Mpeketoni near the Kenyan resort island of
Lamu on Sunday night, killing [[at least 48 people|killed;a=the Kenya Red Cross]], the Kenya Red
Cross said on Monday, in the deadliest attack in the country since the siege of a Nairobi shopping
mall last year. Somalia's al Shabaab Islamist group said it had carried out the raid in revenge
for the presence of Kenyan troops in Somalia and for the killing of Muslim clerics in Mombasa.

Police said [[about 50 gunmen|combatants;a=Police]] arrived in [[two minibuses|other;a=Police]] at
around {{8pm}} and went from house to house, asking residents whether they were Muslim and
shooting those who were not. They also set fire to [[two hotels|housing;u=structure;a=residents]], a bank and
a police station, residents said. A county official said [[nine people|injured;a=A county
official]] were being treated at the district hospital for gunshot wounds.

[[Hundreds of residents|displaced]] spent the night hiding in the forest and in nearby fields, and
many were still too frightened to return on Monday afternoon. The Kenya Red Cross said [[about
60 families|displaced;a=The Kenya Red Cross]] were sheltering in the compound of a Catholic church
on the edge of town, sleeping on the floor of the parish hall. The following night, gunmen killed
[[at least 15 more people|killed;a=police]] in villages a few kilometres away, police said. "They
told us to watch as they killed our husbands," one woman said.

Police said on Tuesday they had arrested [[five suspects|arrested;a=Police]] and recovered a rifle,
and the interior ministry imposed a dusk-to-dawn curfew on the area. President Uhuru Kenyatta,
in a televised address, said local political networks had helped plan the attack, a claim the
opposition rejected.

Al Shabaab killed [[67 people|killed]] at the Westgate mall in Nairobi in {{September}} last year.
Kenya sent troops into Somalia in {{October 2011}} and now has [[about 4,000 soldiers|combatants]]
there as part of an African Union force. Tourism, which accounts for {{about 12%}} of the country's
output and is the main employer on the coast, has suffered as Western governments issued
travel warnings.

Mpeketoni was settled in the {{1970s}} by farmers from central Kenya under a government resettlement
scheme, and disputes over land between the settlers and the coast's older communities have simmered
for decades. Analysts said the attack appeared designed to inflame those tensions as much as to
punish Kenya for its military role in Somalia. "Whoever planned this knew exactly where to strike,"
said a security consultant in Nairobi who asked not to be named. Lamu's governor called for calm
and urged residents not to turn on their neighbours, and church leaders held a joint prayer meeting
with imams in the town on Tuesday morning.
""",
)

item(
    "Mali: UN report says troops and foreign fighters killed at least 500 in Moura",
    """
BAMAKO (AFP) - Malian troops and "foreign military personnel" executed [[at least 500
people|killed;a=the UN human rights office]] during a {{five-day}} operation in the central village
of Moura in {{March 2022}}, the UN human rights office said in a report on Friday. The report said
[[58 women and girls|other;a=The report;alt=the UN human rights office;n=women and girls]] were
raped or subjected to other forms of sexual violence, and that most of those killed were shot
after the area had been secured.

Moura, in the Mopti region, was holding its weekly market when helicopters landed soldiers around
the village on {{March 27}}. According to the report, the soldiers rounded up [[hundreds of
men|arrested;a=the report;alt=the UN human rights office]] in the market square and in the dry riverbed, separated them by their
clothing and appearance, and executed them in groups over the following days. [[About 20
people|killed]] were killed as they tried to flee.

Mali's army said at the time that it had "neutralised" [[203 terrorists|killed;a=Mali's army]] and
arrested [[51|arrested;a=Mali's army]] in Moura in an operation against jihadists. Human Rights
Watch said in {{April 2022}} that [[about 300 civilian men|killed;a=Human Rights Watch]] had been
executed, citing witnesses. The junta rejected the UN report as "biased" and said it had opened
its own investigation.

The "foreign military personnel", whom witnesses described as white men speaking an unknown
language, are widely believed to be from Russia's Wagner group. Western governments say [[about
1,000 mercenaries|combatants;a=Western governments]] from the group are deployed in Mali, a
figure Bamako has never confirmed. The UN mission in Mali, MINUSMA, which has [[about 12,000
troops|combatants]] in the country, was barred from visiting Moura.

Jihadist violence, which began in the north in {{2012}} and spread to the centre, has killed
[[thousands of people|killed]]. The UN says [[more than 375,000 people|displaced;a=The UN]] are
displaced inside Mali. The ruling junta, which seized power in {{2020}} and again in {{2021}}, has
pushed out French forces and turned to Moscow for security help. "This is one of the worst
atrocities in Mali's decade-long conflict," UN rights chief Volker Türk said.

Moura lies in the inner Niger delta, where the al-Qaeda-linked Katiba Macina has recruited among
Fulani herders since {{2015}}, exploiting grievances over land and over abuses by the security
forces. Rights groups say the army and allied Dozo hunters have repeatedly targeted Fulani
civilians in the name of counter-terrorism. The UN rights office called on the authorities to
prosecute those responsible and to give its investigators access to the country. The United
States later imposed sanctions on Mali's defence minister and the air force chief of staff, whom it
accused of facilitating Wagner's deployment.
""",
)

item(
    "Renk transit centre overwhelmed as returnees flee Sudan's war",
    """
RENK, South Sudan - [[More than 10,000 people|displaced;a=aid workers]] are crammed into a transit centre in the
South Sudanese border town of Renk that was built for [[3,000|capacity;a=aid workers]], aid workers say, as
people fleeing the war in Sudan continue to arrive faster than they can be moved on. The
International Organization for Migration said [[about 1,500 people a day|displaced;a=The
International Organization for Migration]] were crossing at the Joda border point this month.

Of the [[more than 250,000 people|displaced;a=UNHCR]] who have crossed into South Sudan since
{{April}}, {{about 80%}} are South Sudanese, according to UNHCR, the UN refugee agency, many of
whom had lived in Sudan for decades. UNHCR said [[187,000 South Sudanese|returned;a=UNHCR;n=South Sudanese]] had
returned to a country many had left as children, and the rest were Sudanese refugees and people
of other nationalities.

Nyakuol Deng, {{42}}, said she had walked for {{11 days}} from Khartoum with [[her five
children|returned;a=Nyakuol Deng]]. "We left with nothing but the clothes we were wearing," she
said, sitting on a mat beside a latrine block. Health workers have recorded [[more than 600
suspected cholera cases|other;a=Health workers]] in the town, and [[11 deaths|killed;a=Health
workers]], since the outbreak began in {{September}}.

The government and the IOM have moved [[about 40,000 people|displaced;a=the IOM]] onward by river
barge to Malakal, the IOM said. But the UN protection site there, already sheltering [[more than
37,000|displaced]], is itself overcrowded. WFP said it was serving [[about 4,000 hot meals a
day|aid;a=WFP]] at the transit centre but that it would have to reduce rations from {{next
month}} without new funding.

South Sudan, which won independence from Sudan in {{2011}} and fought its own civil war from
{{2013}} to {{2018}}, is one of the world's poorest countries. According to the UN, [[9.4 million
people|civilians;a=the UN;v=9400000]] there need humanitarian aid and [[2.3 million|displaced;a=the
UN;v=2300000]] are internally displaced. The UN has asked donors for {{$1 billion}} for the
Sudan refugee response in the region. "Renk was never meant to hold people for more than a few
days," an IOM official said.

The transit centre is a fenced compound of tents and prefabricated halls beside the river port,
where barges leave for Malakal {{twice a week}}. Aid workers said the journey takes {{up to five
days}} and that some arrivals wait weeks for a place on board. South Sudan's government has urged
returnees to move on to their home areas, but many have nowhere to go after decades away, and some
of the places they come from are affected by flooding and by fighting between armed groups. "My
village is under water," said a man waiting in line to register, who had left the south as a
teenager in the {{1990s}}.
""",
)
