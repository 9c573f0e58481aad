"""dev92 articles: Asia (Afghanistan, Myanmar, the Rohingya in Bangladesh, Pakistan, the
Philippines, Sri Lanka)."""

from _wrap import item

item(
    "Herat quake: Taliban revise toll as villagers dig for survivors",
    """
HERAT, Afghanistan (Reuters) - Afghanistan's Taliban-run disaster management ministry said on
Monday that [[1,294 people|killed;a=Afghanistan's Taliban-run disaster management ministry]] were
killed in Saturday's earthquakes in the western province of Herat, revising down a toll of [[more
than 2,400|killed;a=Afghanistan's Taliban-run disaster management ministry]] it had given a day
earlier. A ministry spokesman, Janan Sayeq, said some victims had been counted twice as bodies
were moved between villages and the provincial hospital.

The spokesman said [[1,688 people|injured;a=The spokesman;alt=Janan Sayeq]] were injured and that
[[about 1,300 houses|housing;a=The spokesman;alt=Janan Sayeq]] had been destroyed or badly damaged
in [[13 villages|other;a=The spokesman;alt=Janan Sayeq]] in the Zindah Jan district. The quakes,
the strongest of magnitude {{6.3}}, struck about {{40 km}} northwest of Herat city, followed by
strong aftershocks that sent residents of the city running into the streets.

In Naib Rafi, one of the worst-hit villages, residents said [[more than 300|killed;a=residents]]
had died, nearly all of them women and children who were at home when the first quake struck
shortly before {{11am}}. "There is not a single house standing. We are digging with our hands,"
said Bashir Ahmad, a farmer who was still searching for his wife and daughters. Most houses in the area
are built of mud brick and collapsed within seconds.

OCHA, the UN humanitarian office, said [[at least 11,000 people|civilians;a=OCHA]] had been
affected and warned that many families would have to spend the coming winter in tents. UNHCR said
it had distributed [[1,200 tents|aid;a=UNHCR]] and blankets, and the World Health Organization said
it had sent [[12 ambulances|aid;a=the World Health Organization]] and medical supplies to the
district. The Taliban said rescuers from [[35 teams|other;u=other;a=The Taliban]], including army units
and volunteers from neighbouring provinces, were working in the area. The Afghan Red Crescent said
[[up to 500 people|missing;a=The Afghan Red Crescent]] were still unaccounted for, most of them in
villages that could only be reached on foot.

Herat already hosts [[tens of thousands of people|displaced]] who fled decades of war and
recurring drought, many of them living in informal settlements on the edge of the city, as well as
Afghans deported from neighbouring Iran. The International Rescue Committee said {{more than 90%}}
of those killed in some villages were women and children.

The disaster comes as Afghanistan's aid operation is being squeezed. Foreign funding fell sharply
after the Taliban took power in {{August 2021}}, and the UN's {{$3.2 billion}} appeal for the
country this year is {{less than 35%}} funded. Aid officials say restrictions on Afghan women
working for aid groups have made it harder to reach women in remote villages. "The humanitarian
system here was already stretched to breaking point," a UN official in Kabul said.

Herat has been hit by earthquakes before, but rarely so hard. Another quake of similar strength
struck the same area on {{Wednesday}}, bringing down tents and the few walls still standing in
Zindah Jan and sending families back out into the fields. Seismologists said the shallow depth of
the quakes, about {{14 km}} below the surface, had made the shaking more destructive. Volunteers from
Herat city drove out in private cars and pickups with bread, water and shovels, and queues formed
outside the city's blood bank on Sunday morning.
""",
)

item(
    "Myanmar quake toll passes 3,000 as junta air strikes continue despite truce",
    """
YANGON (AP) - The death toll from last week's earthquake in central Myanmar rose to [[3,085|killed;a=the military government]], the military government said on Thursday, with [[more than
4,700 people|injured;a=the military government]] injured and [[341|missing;a=the military
government]] still missing. The quake, of magnitude {{7.7}}, struck near Mandalay, the
country's second-largest city and a former royal capital of [[about 1.5 million people|civilians]],
on {{March 28}}, toppling pagodas, bridges and apartment blocks.

The opposition National Unity Government, which coordinates many of the armed groups fighting the
junta, said its own tally showed [[more than 3,400 people|killed;a=The opposition National Unity
Government]] had died in areas under the control of resistance forces alone, deaths it said had
never been counted by the military. Local media reported that [[about 200 monks|killed;a=Local
media]] died when a monastery hall collapsed during an examination in Mandalay region.

The UN said [[more than 10,000 buildings|housing;a=The UN]] had collapsed or been severely
damaged. Rescue teams from China, India, Russia and Thailand arrived in the days after the quake;
China said it had sent [[135 rescuers|other;a=China]] with sniffer dogs and drones. In Sagaing,
close to the epicentre, residents said they had been pulling bodies from the rubble without heavy
machinery for {{four days}}.

Despite announcing a temporary ceasefire to allow relief work, the military carried out [[at least
53 attacks|other;u=other;a=the UN human rights office]] after the quake, including air strikes,
killing [[at least 68 people|killed;a=the UN human rights office]], the UN human rights office
said. The junta said it had only responded to attacks by "terrorists". "Even as people were trying
to dig survivors out of the rubble, the military was dropping bombs," a resident of a village in
northern Shan state said.

The World Food Programme said it had reached [[13,700 people|aid;a=The World Food Programme]] with
food and cash in the first week. Aid agencies say the relief effort is hampered by checkpoints,
communication blackouts and the military's long-standing restrictions on access to areas held by
its opponents.

Myanmar has been in turmoil since the army seized power in {{February 2021}}. [[More than 3.5
million people|displaced;a=the UN;v=3500000]] were already displaced by the civil war before the
earthquake, according to the UN, and the junta controls {{less than half}} of the country's
territory, according to independent estimates. Shortly after the quake, the US Geological Survey had warned that
[[more than 10,000 people|killed;p;a=the US Geological Survey]] could die, based on its model of
likely losses. The quake was the strongest to hit Myanmar in more
than a century, according to the agency, and shaking was felt as far away as
Bangkok, more than {{1,000 km}} to the southeast, where a building under construction collapsed.
""",
)

item(
    "Diphtheria spreads in Rohingya camps as new arrivals top 646,000",
    """
COX'S BAZAR, Bangladesh (Reuters) - [[At least 21 people|killed;a=the World Health Organization]],
most of them children, have died of diphtheria in the camps housing Rohingya Muslim refugees in
southern Bangladesh, the World Health Organization said on Tuesday, warning that the disease
could spread rapidly in the crowded settlements. The WHO said [[more than 2,000 suspected
cases|other;a=The WHO]] had been recorded since the first patient was identified on {{November 8}}.

Diphtheria, a bacterial infection that blocks the airway, had almost disappeared from Bangladesh
thanks to vaccination, but few Rohingya children have been immunised in Myanmar's Rakhine state,
where health services for the minority are limited. Médecins Sans Frontières, which runs [[two
diphtheria treatment centres|other]] in the camps, said its teams had treated [[more than 1,500
patients|other;a=Médecins Sans Frontières]] so far. "We had not seen diphtheria in our lifetimes,"
said a Bangladeshi doctor at one of the centres.

UNICEF said it had shipped [[300,000 doses|aid;a=UNICEF]] of vaccine and that a campaign would
begin this week to reach [[255,000 children|aid;p;a=UNICEF]] aged between {{six weeks and six
years}}. The health ministry said it had sent [[1,000 health workers|other;a=The health ministry]]
to the camps to help trace contacts of patients.

[[More than 646,000 Rohingya|displaced;a=IOM]] have fled to Bangladesh since {{August 25}},
according to IOM, escaping a military crackdown in Rakhine that the UN has described as a textbook
example of ethnic cleansing. Most of them live in the sprawling camp at Kutupalong and Balukhali,
now a single settlement of [[more than 500,000 people|displaced]] spread across hills that were
forest a few months ago.

Médecins Sans Frontières said this month that surveys it had carried out among refugees suggested
[[at least 6,700 Rohingya|killed;a=Médecins Sans Frontières]] were killed in the first month of
the crackdown, including [[at least 730 children|killed;a=Médecins Sans Frontières]] {{under the
age of five}}. Myanmar's army has put the toll at [[400|killed;a=Myanmar's army]], most of them
what it called "terrorists", and denies targeting civilians.

Bangladesh and Myanmar agreed last month to begin returning refugees within {{two months}}, but
aid agencies say conditions for a safe return do not exist and refugees say they will not go back
without guarantees of citizenship. The UN's {{$434 million}} appeal for the Rohingya response runs
until {{February}} and is about {{three-quarters}} funded. Health officials fear that measles and
cholera could follow once the monsoon arrives in {{May}}, turning the camps' dirt paths to mud.
""",
)

item(
    "Kurram siege: medicine runs out in Parachinar as convoy attack toll rises",
    """
PESHAWAR, Pakistan - The toll from an attack on a convoy of passenger vehicles in Pakistan's
northwestern Kurram district rose to [[52|killed;a=a local health official]] on Sunday, a local
health official said, as a fragile truce between rival tribes held for a {{second day}}. Gunmen
opened fire on [[about 200 vehicles|other;a=police]] travelling under police escort from
Parachinar toward Peshawar on Thursday, police said. [[At least 16 women|killed;a=Dr Mir
Hassan]] and [[five children|killed;a=Dr Mir Hassan]] were among the dead, said Dr Mir Hassan,
the medical superintendent at the district hospital.

The attack set off {{three days}} of fighting between Sunni and Shia tribes in which [[at least 80
more people|killed;a=officials]] were killed, according to officials, before a jirga of elders
negotiated a ceasefire. Shops and houses were burned in the Bagan bazaar, and residents said gunmen
had fired mortars into villages on both sides.

The main road linking Kurram to the rest of the country has been closed for {{more than two
months}}, cutting off the district of [[about 800,000 people|civilians]], most of them in and
around Parachinar, a mostly Shia town close to the Afghan border. Local officials and the Parachinar
Press Club said [[at least 130 children|killed;a=Local officials and the Parachinar Press Club]]
had died because medicines and baby formula could not get through. The provincial government
disputed that figure, saying [[only 29 deaths|killed;a=The provincial government]] could be linked
to the shortages.

A provincial government spokesman said [[12 tonnes|aid;a=A provincial government spokesman]] of
medicine had been flown in by helicopter and that more flights would follow. Shia groups have
staged sit-ins in [[more than 20 cities|other;u=other]] across Pakistan, demanding that the road
be reopened, and some protesters have blocked highways in Karachi.

Sectarian and land disputes have fuelled violence in Kurram for decades. Clashes in the district
have killed [[more than 2,000 people|killed;a=a government report]] since {{2007}}, according to a
government report. The interior ministry said it would deploy [[about 2,000 paramilitary
troops|combatants;p;a=The interior ministry]] to escort convoys once the road reopened, and that
bunkers built by both sides would be demolished under the truce.

"We have no medicine, no fuel, and the prices of flour have tripled," said Ali Raza, a
shopkeeper in Parachinar, by telephone. Pakistan's human rights commission has urged the
government to set up an air bridge for food and to compensate the families of those killed, and
Prime Minister Shehbaz Sharif has ordered a review of security arrangements for the road.
""",
)

item(
    "Thousands of families flee army offensive in Maguindanao del Sur",
    """
COTABATO CITY, Philippines - [[More than 3,000 families|displaced;a=the Bangsamoro region's
disaster agency]] have fled their homes in Maguindanao del Sur province since the army launched
an offensive against Islamic State-linked militants last week, the Bangsamoro region's disaster
agency said on Wednesday. The region's social services ministry said [[about 14,000
people|displaced;a=The region's social services ministry]] were staying in [[12 evacuation
centres|capacity;a=The region's social services ministry]], mostly schools and madrasas, and that
others had moved in with relatives in neighbouring towns.

The army's {{6th Infantry Division}} said its troops had killed [[nine members|killed;a=The army's
6th Infantry Division]] of the Dawlah Islamiyah group, including a local commander, and recovered
[[11 high-powered firearms|other;a=The army's 6th Infantry Division]] in the marshland around the
town of Datu Hoffer. [[Two soldiers|killed;a=the division;alt=The army's 6th Infantry Division]] were killed and [[seven|injured;a=the
division;alt=The army's 6th Infantry Division]] wounded, the division said.

A military spokesman estimated that [[about 30 militants|combatants;a=A military spokesman]] were
still holed up in the Liguasan marsh, a vast wetland of rivers, reeds and fishponds that has long
served as a refuge for armed groups. Air strikes and artillery fire could be heard at night from
evacuation centres along the highway, residents said.

The regional education ministry said classes had been suspended in [[22 schools|other;a=The
regional education ministry]], some of which are now being used as shelters. The Department of
Social Welfare and Development said it had distributed [[5,200 family food packs|aid;a=The
Department of Social Welfare and Development]] and was preparing more.

"We left our rice fields just before the harvest. If we cannot go back in {{two weeks}}, we lose
everything," said Norhaida Mangudadatu, a farmer staying in a school in the town of Shariff
Aguak with her family.

The militants are remnants of the groups that laid siege to the southern city of Marawi in {{2017}}.
That {{five-month}} battle killed [[more than 1,100 people|killed]], most of them militants, and
displaced [[about 350,000 residents|displaced]]. The Bangsamoro Autonomous Region was created in
{{2019}} under a peace deal with the Moro Islamic Liberation Front, and it is due to hold its first
parliamentary elections in {{2025}}. Under the deal, [[about 26,000 MILF fighters|combatants;a=the government's peace process
office]] have been decommissioned so far, according to the government's peace process office, out
of [[40,000|combatants;p;a=the government's peace process office]] due to lay down their arms.
""",
)

item(
    "Sri Lanka cuts Easter bombings toll by more than 100, citing counting errors",
    """
COLOMBO (Reuters) - Sri Lanka's health ministry said on Thursday that [[about 253 people|killed;a=Sri
Lanka's health ministry]] had been killed in the Easter Sunday suicide bombings, cutting its
earlier toll of [[359|killed;a=Sri Lanka's health ministry]], because some of the bodies had been
so badly damaged that they were counted more than once. "It was very difficult to give an exact
number," a ministry official said.

The ministry said [[about 485 people|injured;a=The ministry;alt=Sri Lanka's health ministry]]
were wounded in the attacks on [[three churches|housing;a=The ministry;alt=Sri Lanka's health ministry]] and [[three luxury hotels|housing;u=structure;a=The ministry;alt=Sri Lanka's health ministry]]
in Colombo, Negombo and the eastern city of Batticaloa. The foreign ministry said [[38
foreigners|killed;a=The foreign ministry]] were among the dead, including citizens of Britain,
India, Denmark, China and the United States.

Police said they had detained [[76 people|arrested;a=Police]] in connection with the attacks,
including suspects from Syria and Egypt. Officials said [[nine suicide bombers|combatants;a=Officials]],
including a woman, had carried out the attacks. The Islamic State group claimed responsibility,
and the government has blamed a little-known local Islamist group, National Thowheed Jamath.

The army said it had deployed an extra [[6,300 troops|combatants;a=The army]] across the country,
bringing the total on the streets to [[more than 10,000|combatants;a=The army]], and a nationwide curfew has been imposed
from {{10pm}} to {{4am}}. Catholic churches across the island cancelled Sunday masses.

In Negombo, north of the capital, [[more than 1,000 refugees and asylum seekers|displaced;a=UNHCR;n=refugees
and asylum seekers]], many of them Ahmadi Muslims from Pakistan, were forced from rented homes by
landlords and neighbours after the bombings and were sheltering in [[two mosques|capacity;a=UNHCR]]
and a police station, UNHCR said. The agency called on the authorities to protect them.

The bombings were the deadliest violence in Sri Lanka since the end of the civil war in {{2009}}.
A UN panel has estimated that [[about 40,000 civilians|killed;a=A UN panel]] were killed in the
war's final months. Muslims make up {{about 10%}} of the island's population. Tourist
arrivals, which had reached a record last year, fell by {{70%}} in May compared with the same
month of {{2018}}, and hotels in Colombo reported occupancy rates below {{20%}}.

The government has admitted that it received warnings from India about a possible attack on
churches as early as {{April 4}}, but said they were not passed on to the prime minister or to
cabinet ministers. President Maithripala Sirisena asked the defence secretary and the police chief
to resign, and said the security services would be overhauled. The authorities blocked social
media for {{nine days}} after the bombings to stop the spread of rumours, and later banned face
coverings in public. Muslim community leaders said they had warned the police years earlier about
the preacher believed to have led the group, and condemned the attacks as a betrayal of their
faith.
""",
)
