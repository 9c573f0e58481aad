"""dev288 items: the armed forces in the north (Mozambican, Rwandan, SADC, contractors,
militias), their operations, losses, captives and arrests, 2019-2026."""

from _wrap import item

item(
    "Rwanda sends 1,000 troops and police to Cabo Delgado",
    """
Rwanda said on {{Friday}} it had begun deploying [[1,000 soldiers and police
officers|combatants;a=Rwanda;n=soldiers and police officers]] to Mozambique's Cabo Delgado province
at the request of President Filipe Nyusi. The force, made up of [[about 700
soldiers|combatants;a=the Rwanda Defence Force]] and [[300 police|combatants;a=the Rwanda Defence
Force]] according to the Rwanda Defence Force, would work alongside Mozambican troops to retake
Mocímboa da Praia and Palma. A government spokesperson said the deployment would last "as long as
needed". Diplomats in Kigali said [[as many as 2,000|combatants;p;a=Diplomats in Kigali;n=-]] could
eventually be sent. Mozambique's army has [[an estimated 11,000 troops|combatants;a=analysts]] in
total, analysts say, and [[fewer than 3,000|combatants;a=analysts;n=-]] of them are in the north,
they said. The insurgents number [[between 2,000 and 3,000 fighters|combatants;a=the US State
Department]], according to the US State Department.
""",
)

item(
    "SADC approves standby force for Mozambique",
    """
Southern African leaders approved the deployment of a regional standby force to Mozambique at a
summit in Maputo on {{23 June 2021}}, agreeing to send [[about 3,000 troops|combatants;p;a=Southern
African leaders]]. South Africa's presidency said President Cyril Ramaphosa had authorised the
employment of [[1,495 soldiers|combatants;p;a=South Africa's presidency]] for {{three months}} at a
cost of {{R984 million}}. Botswana committed [[296 troops|combatants;p;a=Botswana]], its defence
ministry said, and Angola sent [[20 officers|combatants]] and a transport aircraft. The SADC Mission
in Mozambique (SAMIM) arrived {{two weeks}} after the Rwandan force and was based in the districts
of Macomia, Nangade, Muidumbe and Quissanga. A regional report had said [[at least 2,800
people|killed;a=A regional report]] had died and [[about 800,000|displaced;a=A regional report]] had
been displaced since {{2017}}.
""",
)

item(
    "Rwandan forces say Mocímboa da Praia retaken",
    """
Rwandan and Mozambican forces recaptured the port town of Mocímboa da Praia on {{Sunday}}, {{more
than a year}} after it fell to insurgents, the Rwanda Defence Force said. A spokesman said its
troops had killed [[69 insurgents|killed;a=A spokesman]] in the {{two-week}} operation and lost
[[four soldiers|killed;a=A spokesman]], with [[12|injured;n=-;a=A spokesman]] wounded. [[Nine
suspected fighters|arrested;a=the army]] were captured, the army said. Troops found the town largely
empty: of the [[roughly 40,000 people|civilians]] who lived there before the war, [[several
hundred|civilians;a=Rwandan officers]] remained, Rwandan officers said. Reporters taken to the town
saw [[dozens of burned-out buildings|housing]]. The army displayed [[84 rifles|other;a=The army]],
[[two mortars|other;a=The army]] and a quantity of ammunition it said had been seized.
""",
)

item(
    "Russian contractors pull back after losses in Cabo Delgado",
    """
Russian private military contractors hired to fight insurgents in Cabo Delgado have withdrawn from
the front after losing [[at least seven men|killed;a=two Mozambican military sources]] in ambushes,
two Mozambican military sources told Reuters. The Wagner group sent [[about 200
fighters|combatants;a=the sources;alt=two Mozambican military sources]] and attack helicopters to
Mozambique in {{September 2019}}, the sources said. [[Five|killed;a=one source;n=-]] of the dead
were killed in a single ambush near Muidumbe in {{October}}, along with [[around 20 Mozambican
soldiers|killed;a=one source]], one source said. A Mozambican officer said [[15 Mozambican
soldiers|injured;a=A Mozambican officer]] had been wounded in the same ambush. The contractors had
claimed to have killed [[more than 40 insurgents|killed;a=The contractors]] in their {{first}}
weeks. They have since regrouped at Nacala, {{some 400 km}} to the south. The Kremlin has said there
were no Russian troops in Mozambique.
""",
)

item(
    "Amnesty accuses all sides of killing civilians in Cabo Delgado",
    """
Amnesty International accused insurgents, government forces and a South African private military
company of killing civilians in Cabo Delgado, in a report published on {{2 March 2021}}. The group
said it had interviewed [[79 witnesses|other;a=The group;alt=Amnesty International]] and documented
the deaths of [[at least 53 civilians|killed;a=The group;alt=Amnesty International]] in attacks by
helicopters of the Dyck Advisory Group. Witnesses described [[dozens of
beheadings|killed;a=Witnesses;n=beheadings]] by insurgents, and soldiers torturing [[at least 14
detainees|arrested;a=Witnesses]] and killing a woman. Amnesty said [[more than 1,300
civilians|killed;a=Amnesty]] had been killed since {{2017}}. The company said it would appoint an
independent reviewer. The defence ministry said it had opened an inquiry and detained [[four
soldiers|arrested;a=The defence ministry]] filmed in {{2020}} beating a naked woman who was later
shot dead.
""",
)

item(
    "Mozambique says hundreds of suspected insurgents in custody",
    """
Mozambican police are holding [[more than 470 people|arrested;a=the interior minister]] suspected of
links to the insurgency in Cabo Delgado, the interior minister told parliament on {{Wednesday}}. Of
those, [[189|arrested;n=-;a=the interior minister]] are on trial in Pemba, he said, and [[32
foreigners|arrested;a=the interior minister]], most of them Tanzanian, have been charged. Lawyers
for the accused say [[at least 40 detainees|arrested;a=Lawyers for the accused]] are held without
charge, some for {{more than a year}}. The minister said [[21 police officers|killed;a=The
minister]] had been killed in the province since {{October 2017}} and [[17|injured;n=-;a=The
minister]] wounded. He also said [[about 90 suspects|other;a=the interior minister]] had been
released for lack of evidence.
""",
)

item(
    "Journalist missing in Palma as soldiers face questions",
    """
A community radio journalist in Palma has been missing since {{7 April 2020}}, when he sent a
message saying he was surrounded by soldiers, press freedom groups said. The Committee to Protect
Journalists said [[at least three journalists|arrested;a=The Committee to Protect Journalists]] had
been detained in Cabo Delgado since {{2019}}, and [[two|missing;n=-;a=The Committee to Protect
Journalists]] had disappeared. MISA Mozambique said it had documented [[12 cases|other;a=MISA
Mozambique]] of journalists being threatened. The army denied holding the reporter. [[More than 20
reporters|other;a=MISA]] have left the province since {{2020}}, MISA said. Relatives said [[six
other residents|missing;a=Relatives]] of his neighbourhood had vanished after being taken by men in
uniform the same week. Police said they had opened an investigation into the disappearance of [[nine
people|missing;a=Police]] in Palma in {{April}}.
""",
)

item(
    "Rwanda raises troop numbers to protect gas site",
    """
Rwanda has increased its contingent in Mozambique to [[about 2,500 soldiers and
police|combatants;a=Rwandan and Mozambican officials;n=soldiers and police]], Rwandan and Mozambican
officials said, as TotalEnergies prepares to resume work on its gas project on the Afungi peninsula.
The European Union approved {{€20 million}} in {{December 2022}} to support the Rwandan deployment.
A Rwandan army officer told AFP that [[over 2,000 troops|combatants;a=A Rwandan army officer]] were
now stationed in Palma and Mocímboa da Praia and [[some 400|combatants;a=A Rwandan army
officer;n=-]] in Ancuabe. Mozambique plans to train [[11 commando
companies|combatants;p;a=Mozambique;u=other]] with EU support, a programme that has already trained
[[about 1,100 soldiers|combatants;a=EU officials]], EU officials said. Since {{July 2021}}, [[at
least 34 Rwandan soldiers|killed;a=a diplomat]] have died in the province, a diplomat said.
""",
)

item(
    "SADC mission ends three-year deployment",
    """
The SADC Mission in Mozambique ended its deployment on {{15 July 2024}} after {{three years}},
handing its bases to Mozambican forces, the regional bloc said. At its peak the mission had [[about
2,200 personnel|combatants;a=the regional bloc;alt=SADC]] from [[eight countries|other;u=other;a=the
regional bloc;alt=SADC]], it said. [[Twenty-six|killed;n=-;a=officials]] of its soldiers were killed
and [[more than 60|injured;n=-;a=officials]] wounded during the mission, officials said at a
ceremony in Pemba. South Africa, which contributed [[1,495 soldiers|combatants;a=officials]] in the
final rotation, withdrew the last of them in {{August}}. SAMIM said its forces had neutralised
[[over 400 terrorists|killed;a=SAMIM]] and freed [[about 110 hostages|kidnapped;a=SAMIM]] since
{{2021}}. Analysts said the insurgents, reduced to [[perhaps 300
fighters|combatants;a=Analysts;q=approx]], remained able to strike across the province.
""",
)

item(
    "Dozens of insurgents surrender under amnesty, government says",
    """
[[At least 36 insurgents|other;a=Mozambique's government]] have surrendered to the authorities in
Cabo Delgado and Niassa since the amnesty announced in {{May 2023}}, Mozambique's government said on
{{Monday}}. They brought with them [[about 150 women and children|kidnapped;a=Mozambique's
government;n=women and children]] who had been held in insurgent camps, it said. Among those who
surrendered were [[four commanders|other]]. A government spokesman said the former fighters would be
enrolled in a programme run with the International Organization for Migration, which has room for
[[200 people|capacity;a=the International Organization for Migration]] at a centre in Mueda,
according to the International Organization for Migration. Police said [[five
men|arrested;a=Police]] who claimed to have surrendered had been detained after residents identified
them. Cabo Ligado said [[fewer than 20|other;a=Cabo Ligado;n=-]] of those who surrendered were
active fighters.
""",
)

item(
    "Local militia to be paid and armed, defence minister says",
    """
Mozambique's parliament passed a law on {{Thursday}} giving legal status to the Local Force, a
militia of veterans and young men that has fought alongside the army in Cabo Delgado since {{2021}}.
The defence minister said the force had [[about 3,000 members|combatants;a=The defence minister]] in
Mueda, Muidumbe, Nangade and Macomia, and that [[up to 5,000|combatants;p;a=The defence
minister;n=-]] would be recruited. [[At least 48 militia members|killed;a=Cabo Ligado]] have been
killed in combat, according to Cabo Ligado. Rights groups have accused the militia of detaining
[[dozens of people|arrested;a=Rights groups]] without charge. In Mueda, the force's commander said
[[600 men|combatants;a=the force's commander]] were deployed on [[14 positions|other;a=the force's
commander]] around the town. Many members are in their {{60s}} or {{70s}}, veterans of the
independence war that ended in {{1974}}.
""",
)

item(
    "Rwandan army says insurgent leader killed in Macomia forest",
    """
Rwandan forces said on {{Tuesday}} they had killed a senior insurgent commander and [[14 of his
fighters|killed;a=Rwandan forces]] in the Catupa forest in Macomia district. Mozambique's defence
ministry confirmed the death and said [[three Mozambican soldiers|injured;a=Mozambique's defence
ministry]] were wounded. Troops freed [[eight women|kidnapped;a=the ministry;alt=Mozambique's
defence ministry]] and [[five children|kidnapped;a=the ministry;alt=Mozambique's defence ministry]]
held at the base, the ministry said. The commander, believed to be in his {{40s}}, had led the
{{2020}} assault on Mocímboa da Praia. Cabo Ligado said the group probably retained [[between 200
and 300 fighters|combatants;a=Cabo Ligado]] across its bases, with [[about 60|combatants;a=Cabo
Ligado;n=-]] in the forest itself.
""",
)

item(
    "Soldiers detained over looting in Mocímboa da Praia",
    """
Mozambique's army said it had detained [[11 soldiers|arrested;a=Mozambique's army]] accused of
looting homes and shops in Mocímboa da Praia, after residents complained that [[more than 70
houses|other;a=residents]] had been broken into since they returned. A military court in Pemba will
try [[seven|arrested;p;n=-;a=the army]] of them, the army said. The others were released pending
inquiry. Residents said [[about 40 families|other;a=Residents]] had filed complaints, and the army
said [[about 2,500 troops|combatants;a=the army]] were stationed in the district. Residents told the
diocesan radio station that [[several hundred people|returned;a=Residents]] had come back to the
Milamba neighbourhood in recent weeks. A resident, {{45}}, said soldiers had taken her solar panel
and {{3,000 meticais}}.
""",
)

item(
    "Tanzania deploys troops to border after insurgent raid on Kitaya",
    """
Tanzania sent [[hundreds of troops|combatants;a=Tanzania's police chief]] to its southern border
after insurgents crossed the Ruvuma river and attacked the village of Kitaya, killing [[20
people|killed;a=Tanzania's police chief]], Tanzania's police chief said. The attackers burned [[a
dozen houses|housing]] and looted a health centre; witnesses put their number at [[about
300|combatants;a=witnesses;n=-]]. Police said [[15 people|injured;a=Police]] were treated at
hospital in Mtwara and [[six suspects|arrested;a=Police]] were arrested. Tanzania later agreed with
Mozambique to hand over [[516 suspected insurgents|other;a=the two countries' police chiefs]] held
in Tanzanian jails, the two countries' police chiefs said.
""",
)

item(
    "Mozambique's defence budget rises in 2025/26",
    """
Mozambique's government proposed raising defence and security spending to {{22.4 billion meticais}}
in the {{2025/26}} fiscal year, up {{11%}} on the previous year, the finance ministry said on
{{Monday}}. The increase follows the end of the SADC mission in {{July 2024}} and a {{2022}} accord
with Rwanda on the status of its forces. The ministry said defence would take {{about 6%}} of the
budget, compared with {{4.7%}} in {{2021}}. Parliament is expected to vote on the budget on {{12
December}}. The International Monetary Fund has urged the government to keep its deficit under
{{3%}} of GDP.
""",
)

item(
    "Rwanda and Mozambique mark three years of joint operations",
    """
Rwandan and Mozambican officers marked the {{third}} anniversary of their joint operations in Cabo
Delgado at a ceremony in Mocímboa da Praia on {{9 July 2024}}. The Rwandan contingent commander,
{{52}}, said the mission was in its "{{fourth}} phase". A {{21}}-gun salute was fired at {{10:30}}.
Rwanda's force first arrived on {{9 July 2021}}, and the two governments signed a status-of-forces
agreement in {{2022}}. The {{N380}} road and the port have been open for {{more than two years}}.
The ceremony lasted {{about 90 minutes}}.
""",
)
