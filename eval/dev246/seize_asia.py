"""dev246 items, part 2: South and West Asia and the Pacific rim (the Afghanistan-Pakistan
border, Balochistan, the Iraq-Syria and Jordan-Syria borders, Syria, Manipur, the Thai-Myanmar
border, the Rohingya camps, the southern Philippines)."""

from _wrap import item

item(
    "Pakistan says 16 militants killed trying to cross from Afghanistan",
    """
Pakistani troops killed [[16 militants|killed;a=the military's media wing]] who were trying to
cross from Afghanistan into North Waziristan overnight, the military's media wing said on
{{Saturday}}. [[Two soldiers|killed;a=the military's media wing;alt=Inter-Services Public Relations (ISPR)]]
were killed and [[three|injured;n=-;a=the military's media wing;alt=Inter-Services Public Relations
(ISPR)]] wounded in the exchange of fire, it said, and [[one|missing;n=-;a=the military's media
wing;alt=Inter-Services Public Relations (ISPR)]] was missing. The
Inter-Services Public Relations (ISPR) said troops recovered [[dozens of rifles|other;a=The
Inter-Services Public Relations (ISPR)]], [[several thousand rounds|other;a=The Inter-Services
Public Relations (ISPR)]] and night-vision equipment from the bodies. Islamabad accuses Kabul of
letting the Pakistani Taliban use Afghan soil, which the Taliban deny. The army has deployed
[[more than 20,000 troops|combatants;a=officials]] along the {{2,600km}} border since {{2023}} and
plans to add [[another 5,000|combatants;p;n=-;a=officials]] this year, officials said.
""",
)

item(
    "Chaman customs seize US-made rifles hidden in fruit lorries",
    """
Customs officers at the Chaman crossing on the Afghan border seized [[about 300 rifles|other;a=a
customs official]], many of them US-made {{M4}} and {{M16}} models, from [[two lorries|other;a=a
customs official]] carrying pomegranates, a customs official said on {{Tuesday}}. [[Four
smugglers|arrested;a=police]] were arrested and [[one man|other;a=police]], the owner of the
lorries, was on the run, police said. The weapons are believed to have been left behind by
Afghan government forces in {{2021}}. After the seizure the border was closed for {{three
days}}, and [[about 5,000 travellers|displaced;a=local traders]] were left stranded waiting to
cross, local traders said. [[Hundreds of Afghan migrants|returned;a=the provincial
government]] who were being deported through Chaman were also held up, according to the
provincial government.
""",
)

item(
    "Iraqi border guards repel infiltration near al-Qaim",
    """
Iraqi border guards killed [[five Islamic State militants|killed;a=the Border Guard Command]]
trying to cross from Syria near al-Qaim on {{Wednesday}} night, the Border Guard Command said.
[[Two guards|injured;a=the Border Guard Command]] were wounded and [[two others|missing;a=the Border Guard Command]] were missing after the
militants fired on a watchtower, it said. Troops seized [[12 explosive belts|other;u=other]] and a
motorbike loaded with explosives. A firefight in a nearby village destroyed [[three
houses|housing;a=a local official]], a local official said. Baghdad said it would deploy
[[1,000 more troops|combatants;p;a=Baghdad]] to the border and finish a {{620km}} concrete wall by
the end of {{2026}}. The area is home to [[an estimated 30,000 people|civilians;a=the United
Nations]], according to the United Nations.
""",
)

item(
    "Jordan army kills 27 smugglers on Syrian border",
    """
The Jordanian army said it killed [[27 smugglers|killed;a=The Jordanian army]] and wounded
others who tried to cross from Syria at dawn on {{January 27}} under
cover of a winter storm. [[Dozens of others|other;a=the army;alt=The Jordanian army]] fled back
into Syria, the army said. Soldiers seized [[25 rifles|other;a=the general command]], [[eight rocket-propelled
grenades|other;a=the general command]] and [[4.6 million Captagon pills|other;u=other;a=the general command]], according to a statement
from the general command. A military source told Reuters that [[one soldier|killed;a=A military
source]] had been killed in a similar clash {{two weeks}} earlier. Jordan says the smuggling
gangs are backed by Iran-aligned militias in southern Syria, which deny it.
""",
)

item(
    "Troops seize Abu Sayyaf arms cache in Sulu; families flee",
    """
Soldiers of the Armed Forces of the Philippines (AFP) seized [[45 high-powered
firearms|other;a=the military;alt=Armed Forces of the Philippines (AFP)]] and [[more than 3,000 rounds|other;a=the military;alt=Armed Forces of the Philippines (AFP)]] of ammunition
from an Abu Sayyaf cache in the hills of Patikul, Sulu, the military said on {{Friday}}. [[Three
militants|killed;a=Brigadier General Ignatius Patrimonio]] were killed and [[two
soldiers|injured;a=Brigadier General Ignatius Patrimonio]] were wounded in a {{two-hour}}
firefight, Brigadier General Ignatius Patrimonio told reporters. [[Some 300 families|displaced;a=the
provincial disaster office]] fled the fighting, according to the provincial disaster office.
They are sheltering in [[four schools|capacity]] that have been turned into evacuation centres.
The provincial government has handed out [[1,500 food packs|aid;a=The provincial government]], it
said. The AFP estimates the group's strength in Sulu at [[fewer than 100 fighters|combatants;a=The
AFP]].
""",
)

item(
    "Bangsamoro gun handover passes 2,000 weapons",
    """
Former fighters of the Moro Islamic Liberation Front (MILF) have handed in [[more than 2,000
loose firearms|other;a=the Bangsamoro government]] under a small-arms programme that began in
{{2024}}, the Bangsamoro government said on {{Monday}}. The weapons, which include rifles,
mortars and [[about 40 rocket launchers|other;u=other]], will be
destroyed in a public ceremony in Cotabato City. Officials aim to collect [[10,000 more
firearms|other;p;a=Officials]] by the end of {{2027}}. Under the {{2014}} peace deal, [[40,000
MILF fighters|combatants;a=the government]] are to be decommissioned, and the government says
[[26,000|combatants;n=-;a=the government]] have gone through the process. Each former fighter receives
{{100,000 pesos}} in cash aid, and [[about 9,000 households|aid;a=the programme]] have received
farm tools and seeds, the programme said.
""",
)

item(
    "Assam Rifles seize rifles near Myanmar border as Manipur violence drags on",
    """
The Assam Rifles said on {{Sunday}} it had arrested [[four members|arrested;a=The Assam
Rifles]] of an armed group near Moreh, on the Myanmar border, and seized [[eight
rifles|other;a=The Assam Rifles]] and [[two grenade launchers|other;u=other;a=The Assam Rifles]].
More than {{18 months}} after ethnic clashes broke out in Manipur, [[more than 4,000
weapons|other;a=the state government]] looted from police armouries remain missing, according
to the state government. [[About 1,800|other;n=-;u=other;a=the state government]] have been returned or
recovered, it said. The violence has killed [[at least 220 people|killed]] and driven [[about
60,000|displaced;n=-]] from their homes. [[More than 4,700 houses|housing;a=police]] have been
burned, police said.
""",
)

item(
    "Thai police seize drone parts bound for Myanmar rebels",
    """
Thai police said on {{Thursday}} they had arrested [[three Thai nationals|arrested;a=Thai
police]] in Mae Sot with [[2,400 rounds|other;a=Thai police]] of ammunition and [[30 drone
motors|other;u=other;a=Thai police]] hidden in a pickup truck heading for the Moei river. A
police colonel said the goods were bound for a resistance group fighting Myanmar's military
across the border. Fighting around Myawaddy has sent [[about 3,000 people|displaced;a=the Tak
provincial governor]] across into Thailand this month, the Tak provincial governor said. Most
have been housed at [[two temporary shelters|capacity;a=the governor;alt=the Tak provincial
governor]] that can take [[up to 4,000 people|capacity;a=the governor;alt=the Tak provincial
governor]], the governor added.
""",
)

item(
    "Frontier Corps raid smugglers' compound near Iran border",
    """
Paramilitary Frontier Corps troops raided a smugglers' compound near Panjgur, close to the Iranian
border, and recovered [[150 hand grenades|other;a=the ISPR]], [[22 rifles|other;a=the ISPR]] and
{{40 kilograms}} of explosives, the ISPR said on {{Wednesday}}. [[Four suspects|killed;a=the
ISPR]] were killed in the raid and [[two|arrested;n=-;a=the ISPR]] were taken into custody, it
said. Residents said troops later demolished [[six houses|housing;a=Residents]] in the village
that had been used to store contraband fuel and weapons. [[Two soldiers|injured]] were hurt when
a grenade went off during the search. The village, home to [[around 1,200 people|civilians;a=a
local elder]], was placed under curfew for {{48 hours}}, a local elder said.
""",
)

item(
    "UN monitors say Taliban-held US weapons leak to militants",
    """
Weapons left behind by foreign and Afghan government forces in {{2021}} are being sold on to
militant groups in Pakistan, a UN sanctions monitoring team said in a report to the Security
Council. The team estimated that the Taliban hold [[hundreds of thousands of weapons|other;a=The
team;alt=a UN sanctions monitoring team]] from former government stocks, and said [[some 500,000
items|other;a=The team;alt=a UN sanctions monitoring team]] were unaccounted for. Taliban
intelligence said on {{Monday}} it had arrested [[a dozen smugglers|arrested;a=Taliban
intelligence]] in Kunar province with [[70 rifles|other;a=Taliban intelligence]] bound for
Pakistan. The Pakistani Taliban are believed to have [[between 6,000 and 6,500
fighters|combatants;a=the report]] in Afghanistan, the report said. The US spent {{$7.2 billion}}
on equipment that was left behind, according to a {{2022}} Pentagon estimate.
""",
)

item(
    "Iraqi army uncovers dozens of IS caches in Anbar desert",
    """
The Iraqi army said it had uncovered [[23 weapons caches|other;u=other;a=The Iraqi army]] in the
Anbar desert during a {{week-long}} sweep west of Rutba. Troops found [[1,200 mortar
shells|other;a=the Joint Operations Command]], [[more than 200 roadside bombs|other;u=other;a=the Joint Operations Command]] ready for use
and a workshop for making suicide vests, a statement from the Joint Operations Command said.
[[Fourteen Islamic State suspects|arrested;a=the statement;alt=the Joint Operations Command]]
were detained, the statement said. The operation involved [[about 7,000 soldiers|combatants]],
backed by aircraft. A curfew affected [[an estimated 25,000 residents|civilians;a=local
officials]] of the desert villages, local officials said.
""",
)

item(
    "Syrian security forces stop weapons trucks heading for Lebanon",
    """
Syria's interior ministry said on {{Friday}} its forces had stopped [[two trucks|other;a=Syria's
interior ministry]] near Qusayr carrying [[hundreds of rockets|other;a=Syria's interior
ministry]] and anti-tank missiles bound for Hezbollah in Lebanon. [[Five drivers|arrested;a=the
ministry;alt=Syria's interior ministry]] were arrested, the ministry said, and [[three|other;n=-]]
escaped across the border on foot. Since the fall of Bashar al-Assad in {{December 2024}}, the new
authorities say they have foiled [[more than 40 smuggling attempts|other;u=other;a=the new
authorities]] along the Lebanese frontier. A clash with smugglers near Hawsh al-Sayyed Ali in
{{February}} killed [[at least seven people|killed;a=the Syrian Observatory for Human Rights]] and
forced [[about 1,500 residents|displaced;a=the Syrian Observatory for Human Rights]] to flee,
according to the Syrian Observatory for Human Rights.
""",
)

item(
    "Kurdish-led forces free Yazidi women in raid on IS cell",
    """
The US-backed Syrian Democratic Forces (SDF) said they had freed [[four Yazidi
women|kidnapped;a=The US-backed Syrian Democratic Forces (SDF)]] and [[three
children|kidnapped;a=The US-backed Syrian Democratic Forces (SDF)]] held by an Islamic State cell
in a raid near Hasakah on {{Tuesday}}. [[Twenty-six suspects|arrested;a=the SDF]] were detained
and a cache of [[19 rifles|other;a=the SDF]] and explosives was seized, the SDF said. The women
had been held for {{more than a decade}} after being captured in Sinjar in {{2014}}. Yazidi
officials say [[about 2,600 women and children|missing;n=women and children;a=Yazidi officials]]
are still missing. The al-Hol camp nearby holds [[roughly 40,000 people|displaced]], most of them
women and children.
""",
)

item(
    "Peshawar police raid gunsmiths supplying militants; Afghans deported",
    """
Police in Khyber Pakhtunkhwa said they had raided [[three workshops|other;u=structure;a=Police in
Khyber Pakhtunkhwa]] in Darra Adamkhel and seized [[600 pistols|other;a=Police in Khyber
Pakhtunkhwa]] and [[about 90 assault rifles|other;a=Police in Khyber Pakhtunkhwa]] that they said
were being made for militant groups. [[Nine gunsmiths|arrested]] were detained. A police
spokesman said [[17 of the suspects|arrested;n=suspects;a=A police spokesman]] arrested in a wider
sweep were Afghans without papers, and that [[11|returned;n=-;a=A police spokesman]] had already
been deported through Torkham. Darra's gunmakers have copied the {{AK-47}} and other rifles for
{{more than a century}}.
""",
)

item(
    "Police raid Rohingya camp hideout of armed group",
    """
Bangladesh's Armed Police Battalion said it had arrested [[nine members|arrested;a=Bangladesh's
Armed Police Battalion]] of the Arakan Rohingya Salvation Army (ARSA) in a night raid on Camp {{15}}
in Ukhiya, and seized [[five guns|other;a=Bangladesh's Armed Police Battalion]] and [[20 hand
grenades|other;a=Bangladesh's Armed Police Battalion]]. [[One suspect|killed]] died in an exchange
of fire. Camp residents said [[two teenage boys|missing;a=Camp residents]] had been missing since
the raid. The [[33 camps|capacity;a=the UN refugee agency]] in Cox's Bazar house [[about 1 million
Rohingya refugees|displaced;a=the UN refugee agency]], according to the UN refugee agency. The
World Food Programme said it fed [[195,000 households|aid;a=The World Food Programme]] in the camps
each month.
""",
)

item(
    "Philippine gun ban begins ahead of May elections",
    """
A nationwide ban on carrying firearms outside the home took effect on {{January 12}} and will run
until {{June 11}}, the Commission on Elections (Comelec) said, as the country prepares for
mid-term polls on {{May 12, 2025}}. Violators face {{one to six years}} in prison and will lose
the right to hold public office. Police checkpoints will operate {{24 hours}} a day in areas
flagged as election hotspots, officials said. In the {{2022}} campaign, gun-ban arrests rose by
{{27 per cent}} on the previous election, according to police data. A licence to carry costs
about {{5,000 pesos}} and takes {{up to 30 days}} to process.
""",
)

item(
    "Iraq says Syria border wall nearly complete",
    """
Iraq has finished {{about 380km}} of a concrete wall along its border with Syria, the interior
ministry said on {{Sunday}}, and expects to complete the remaining {{240km}} by the end of
{{2026}}. The barrier, {{3.5 metres}} high and topped with razor wire, was begun in {{2022}} to
stop Islamic State fighters and smugglers crossing from the Syrian desert. The ministry put the
cost of the project at {{$230m}}. Thermal cameras along the route can see {{up to 12km}} at night,
a border official said. The first stretch, near the Rabia crossing, took {{11 months}} to build.
""",
)
