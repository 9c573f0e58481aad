"""Libya: the detention centres (Tarik al-Sika, Ain Zara, Al-Mabani, Tajoura), the coast guard,
traffickers' prisons and mass graves, deportations and IOM's return flights."""

from _wrap import item

item(
    "Air strike on Tripoli migrant detention centre kills dozens",
    """
TRIPOLI, {{July 3}} (Reuters) - An air strike hit a detention centre for migrants in Tripoli's
Tajoura suburb late on {{Tuesday}}, killing [[at least 44 people|killed;a=the UN]] and wounding
[[more than 130|injured;n=-;a=the UN]], the UN said. [[About 600 migrants|arrested;a=the IOM]],
most of them Africans intercepted at sea, were held at the centre, according to the IOM. The
eastern-based forces of Khalifa Haftar, who have been trying to take Tripoli since {{April}}, denied
carrying out the strike. UNHCR said it had moved [[more than 300 survivors|displaced;a=UNHCR]] to
its gathering and departure facility in the city, which was built to hold [[up to
700|capacity;n=-;a=UNHCR]]. Witnesses said guards had shot at [[dozens of migrants|other;a=Witnesses]]
who tried to escape after the blast.
""",
)

item(
    "MSF halts work in two Tripoli detention centres after shooting",
    """
TRIPOLI, {{June 22}} - Médecins Sans Frontières suspended its medical work in [[two Tripoli
detention centres|capacity;a=the charity;alt=Médecins Sans Frontières]] after guards at Al-Mabani
opened fire on detainees, killing [[one|killed;n=-;a=the charity;alt=Médecins Sans Frontières]] and
wounding [[at least two others|injured;a=the charity;alt=Médecins Sans Frontières]], the charity
said. MSF said Al-Mabani, which opened in {{January}} to hold [[about 300 people|capacity;a=MSF]],
now held [[more than 1,000 men, women and children|arrested;n=men, women and children;a=MSF]]. The
UN mission said [[about 5,000 migrants|arrested;a=The UN mission]] were held in official centres
across Libya, [[3,300|arrested;n=-;a=The UN mission]] of them in Tripoli, and [[thousands
more|arrested;n=-;a=The UN mission]] in facilities run by armed groups. The interior ministry said
conditions had improved since {{2021}}.
""",
)

item(
    "Libyan coast guard intercepted more than 21,000 migrants in 2024, IOM says",
    """
GENEVA, {{Jan 8}} - Libya's coast guard and other authorities intercepted [[21,762 migrants|other;a=the
International Organization for Migration]] at sea and returned them to Libya in {{2024}}, the
International Organization for Migration said on {{Wednesday}}. Of those, [[1,402|other;n=-;a=the
agency;alt=International Organization for Migration]] were women and [[764 children|other;a=the
agency;alt=International Organization for Migration]], the agency said. [[At least 966
people|killed;a=the IOM]] died and [[1,087|missing;n=-;a=the IOM]] went missing on the central
Mediterranean route over the year, according to the IOM. Italy's interior ministry recorded [[66,317
sea arrivals|displaced;a=Italy's interior ministry]] in the same period, down by more than
{{half}}. The European Union has funded the coast guard's training since {{2017}}, and Italy
handed over [[four patrol boats|other]] in {{2023}}.
""",
)

item(
    "Mass graves of migrants found in south-eastern Libya",
    """
BENGHAZI, Libya, {{Feb 10}} (AP) - Libyan authorities have exhumed [[at least 28
bodies|killed;a=the security directorate]] from a mass grave in the south-eastern town of Kufra,
the security directorate said on {{Sunday}}. The remains of [[19 migrants|killed;a=the Attorney
General's office]] were found in a separate grave on a farm in Jikharra, about {{400 kilometres}}
to the north, where a trafficker held migrants for ransom, the Attorney General's office said.
Police said they had freed [[76 migrants|kidnapped;a=Police]] from the same trafficking hub and
arrested [[three suspects|arrested;a=Police]]. The search team said [[as many as 70 more
bodies|killed;p;a=The search team]] could be buried at the Kufra site. The IOM's Missing Migrants
Project has recorded [[more than 2,100 deaths|killed;a=The IOM's Missing Migrants Project]] in the
Sahara since {{2014}}, a figure it says is far below the real toll.
""",
)

item(
    "Migrants freed from Bani Walid traffickers' prisons",
    """
TRIPOLI, {{Oct 4}} (Reuters) - Libyan security forces raided [[three warehouses|other;u=structure;a=the
interior ministry]] used as private prisons by traffickers in Bani Walid and freed [[107
migrants|kidnapped;a=the interior ministry]], mostly from Eritrea, Somalia and Ethiopia, the
interior ministry said on {{Saturday}}. [[Twenty-three|injured;n=-;a=the interior ministry]] of them
had wounds from beatings, burns or electric shocks and were taken to hospital, it said. Survivors
said their captors had demanded up to {{$10,000}} for each release, that [[at least five captives|killed;a=Survivors]] had died in the warehouses and that [[about 200 others|kidnapped;a=Survivors]] were still held elsewhere in the town. MSF, which runs a clinic in the town, said
it had treated [[more than 600 former captives|injured;a=MSF]] since {{2017}}. Police arrested [[six
suspected traffickers|arrested]]. UNHCR said it had registered [[34 of the freed
migrants|displaced;a=UNHCR]] as refugees.
""",
)

item(
    "Thousands detained in Tripoli migrant sweep",
    """
TRIPOLI, {{Oct 2}} (AP) - Libyan security forces detained [[about 4,000 migrants|arrested;a=the
interior ministry]], including [[hundreds of women and children|arrested;n=women and children;a=the
interior ministry]], in a sweep of Tripoli's Gargaresh district, the interior ministry said. [[One
migrant|killed;a=the UN mission]] was shot dead and [[at least 15|injured;n=-;a=the UN mission]]
wounded, the UN mission said. Officials said [[some 500 makeshift homes|housing;a=Officials]] and
shops were bulldozed. [[Thousands of people|displaced]] who escaped the raids camped outside a UNHCR
day centre in the rain. Amnesty International said the Ain Zara centre, built for [[about
400|capacity;n=-;a=Amnesty International]], now held [[nearly 1,500|arrested;n=-;a=Amnesty
International]]. The ministry said [[some 400 personnel|combatants;a=The ministry;alt=interior
ministry]] had taken part in the operation.
""",
)

item(
    "Guards open fire during mass escape from Tripoli detention centre",
    """
TRIPOLI, {{Oct 8}} (Reuters) - Guards opened fire during a mass escape from the Al-Mabani
detention centre in Tripoli on {{Friday}}, killing [[six migrants|killed;a=the IOM]] and wounding
[[at least 24|injured;n=-;a=the IOM]], the IOM said. [[Around 2,000 detainees|other;a=UN
officials]] broke out before dawn, according to UN officials. By evening [[about
300|arrested;n=-;a=the interior ministry]] had been recaptured, the interior ministry said. Doctors
at a Tripoli hospital said [[two teenagers|injured;a=Doctors at a Tripoli hospital]] were in a
critical condition. The centre, meant for [[700 people|capacity]], had held [[more than
3,000|arrested;n=-]] since the raids in Gargaresh {{a week}} earlier.
""",
)

item(
    "IOM flew record number of migrants home from Libya in 2024",
    """
TRIPOLI, {{Dec 28}} - The IOM helped [[more than 16,000 migrants|returned;a=the agency;alt=IOM]]
return home from Libya in {{2024}} on [[112 charter flights|other;a=the agency;alt=IOM]], most of
them to Nigeria, Niger, Mali and Bangladesh, the agency said. They included [[3,214
Nigerians|returned]]. A flight to Lagos on {{Tuesday}} carried [[165 returnees|returned]], among
them [[43 children|returned]]. The agency's Libya chief said it aimed to return [[about
20,000|returned;p;n=-;a=The agency's Libya chief]] in {{2025}}. Each returnee can claim a
reintegration package worth up to {{€1,500}}. Libya's interior ministry said it had deported [[more
than 4,500 Egyptians|returned;a=Libya's interior ministry]] overland through the Emsaed crossing
since {{October}}.
""",
)

item(
    "Sudanese refugees crowd into Libya's Kufra",
    """
KUFRA, Libya, {{Nov 19}} - [[More than 210,000 Sudanese refugees|displaced;a=UNHCR]] have arrived
in Libya since the war in Sudan began in {{April 2023}}, UNHCR said on {{Tuesday}}. Local officials
say Kufra, a town of [[about 60,000 people|civilians;a=Local officials]], can no longer cope. [[Around
8,000 families|displaced;a=the agency;alt=UNHCR]] are sheltering in [[13 informal
sites|capacity;a=the agency;alt=UNHCR]] in and around the town, the agency said. The World Food
Programme said it was feeding [[35,000 people a month|aid;a=The World Food Programme]]. The eastern
authorities deported [[about 700 Sudanese|returned;a=rights groups]] in {{March}}, rights groups
said. A sandstorm in {{October}} flattened [[about 300 tents|housing]] at the largest site. UNHCR plans to move [[10,000 refugees|displaced;p;a=UNHCR]] to a new site outside the town
by {{mid-2025}}.
""",
)

item(
    "Dozens missing after dinghy capsizes off Zuwara",
    """
TRIPOLI, {{Dec 17}} (Reuters) - [[About 60 migrants|missing;a=the IOM]], among them women and
children, are feared drowned after their rubber boat capsized in high waves off Zuwara, the IOM
said on {{Sunday}}. [[Twenty-five survivors|other]] were brought ashore by the Libyan coast guard
and taken to a detention centre in Zawiya. Alarm Phone, a hotline for migrants in distress, said it
had received a call from the boat at {{0300 GMT}} and that [[86 people|other;a=Alarm Phone]] were
on board. SOS Méditerranée said its ship Ocean Viking had rescued [[134 people|other;a=SOS
Méditerranée]] from [[two other boats|other;a=SOS Méditerranée]] in the area. The IOM says [[1,452
people|killed;a=The IOM]] died on the central Mediterranean route in {{2024}}.
""",
)

item(
    "UN investigators say abuse in Libyan detention amounts to crimes against humanity",
    """
GENEVA, {{March 27}} (Reuters) - The Independent Fact-Finding Mission on Libya said in its final
report that it had identified [[27 places of detention|capacity;u=structure;n=places;a=The
Independent Fact-Finding Mission on Libya]] where migrants were tortured, raped or forced to work.
The mission said it had interviewed [[more than 400 people|other;a=The mission;alt=Independent
Fact-Finding Mission on Libya]]. It documented [[at least 14 deaths|killed;a=Independent
Fact-Finding Mission on Libya]] in custody. Armed groups had taken [[about 200 migrants|kidnapped;a=the mission;alt=Independent
Fact-Finding Mission on Libya]] from official centres and sold them to traffickers, the mission said. The IOM estimated that [[about 706,000
migrants|civilians;a=The IOM]] were in Libya at the end of {{2023}}, and UNHCR has registered [[some
59,000 refugees and asylum seekers|displaced;n=refugees and asylum seekers;a=UNHCR]]. The Government
of National Unity rejected the findings and said [[more than 3,000 detainees|arrested;a=The
Government of National Unity]] had been released this year.
""",
)

item(
    "Rescue group says Libyan coast guard beat migrants during interception",
    """
ROME, {{Aug 30}} - Sea-Watch, a German charity, said a Libyan coast guard crew had fired into the
air and beaten migrants with sticks while intercepting a boat carrying [[about 70
people|other;a=Sea-Watch]] in international waters on {{Monday}}. [[Four people|injured;a=the
charity;alt=Sea-Watch]] were hurt and [[at least three|missing;n=-;a=the charity;alt=Sea-Watch]]
jumped into the sea and were not found, the charity said. The patrol boat took [[the remaining
63|other]] back to Tripoli. Italy has supplied the Libyan coast guard with [[five patrol
vessels|other;u=other]] since {{2017}}. Sea-Watch said its aircraft had documented [[more than 90
interceptions|other;u=other;a=Sea-Watch]] in the {{first six months}} of the year. The Libyan coast
guard said it had [[about 1,000 personnel|combatants;a=The Libyan coast guard]] on duty along the
western coast and denied any abuse.
""",
)

item(
    "Eritrean families receive ransom demands from captors in Libya",
    """
KHARTOUM, {{Feb 14}} - [[As many as 130 Eritreans|kidnapped;a=relatives and activists]] are being
held by a trafficking gang near Kufra, which is demanding up to {{$6,000}} for each of them,
relatives and activists said. [[Nine of the captives|killed;a=an Eritrean activist in Sweden]] have
died since {{January}}, an Eritrean activist in Sweden said. Libyan security forces freed [[44
hostages|kidnapped]] in a raid near Kufra in {{May}} and arrested [[four men|arrested]]. The IOM
says [[about 1,300 migrants|kidnapped;a=The IOM]] were reported kidnapped in Libya in {{2024}}.
UNHCR said [[4,700 Eritreans|displaced;a=UNHCR]] were registered as refugees in the country.
""",
)

item(
    "Libya deports hundreds as anti-migrant protests spread",
    """
TRIPOLI, {{April 3}} (AFP) - Libya's Anti-Illegal Immigration Agency said it had deported [[613
migrants|returned;a=Libya's Anti-Illegal Immigration Agency]] to Niger, Chad, Mali and Egypt by
land and air in {{March}}. [[Hundreds of people|other]] joined protests in Tripoli and Misrata
against the presence of migrants. The agency said [[more than 2,000 migrants|arrested;a=The
agency;alt=Anti-Illegal Immigration Agency]] had been detained in raids by [[some 300 officers|combatants;a=The
agency;alt=Anti-Illegal Immigration Agency]] in Tripoli, Misrata and Zawiya over {{two weeks}}. The internal security agency said it had suspended [[10 international aid
groups|other;u=other;a=The internal security agency]] accused of helping migrants settle. [[A
further 1,200 migrants|returned;p;a=the agency;alt=Anti-Illegal Immigration Agency]] are to be
deported by the end of the month, the agency said. UNHCR said [[about 250 refugees|arrested;a=UNHCR]]
registered with it were among those held.
""",
)

item(
    "Bodies of migrants wash up on beaches east of Tobruk",
    """
BENGHAZI, Libya, {{Jan 22}} (Reuters) - Libyan Red Crescent volunteers have recovered [[61
bodies|killed;a=the organisation;alt=Libyan Red Crescent]] from beaches east of Tobruk since a boat
carrying migrants from Egypt and Bangladesh broke up in a storm, the organisation said. The boat
had set off with [[about 110 people|other;a=survivors]] aboard, survivors told IOM staff. [[Thirty-two
survivors|other]] were found on the shore or pulled from the water by fishermen and taken to
Tobruk, where [[nine|injured;n=-]] were treated for hypothermia. [[Between 15 and 20 people|missing;a=the
IOM]] are still missing, the IOM said. Eastern authorities detained [[five Egyptians|arrested]]
accused of organising the crossing. Greece's coast guard says [[more than 7,000
people|displaced;a=Greece's coast guard]] reached Crete from eastern Libya in {{2024}}.
""",
)

item(
    "ICC seeks Libyan officer over Tripoli prison abuses",
    """
THE HAGUE, {{Jan 24}} - The International Criminal Court has issued an arrest warrant for a
senior Libyan police officer accused of murder, torture and rape at Mitiga prison in Tripoli
between {{February 2015}} and {{2024}}, the court said. The officer, {{45}}, was arrested in Turin on
{{Jan 19}} and flown back to Tripoli on an Italian government plane {{two days}} later. Italy's
justice minister said the warrant contained errors. Under Article {{59}} of the Rome Statute,
states must arrest suspects named in warrants. Rights groups called the release a breach of
Italy's obligations since {{2002}}.
""",
)

item(
    "EU extends funding for Libya's coast guard",
    """
BRUSSELS, {{June 5}} - The European Union will spend a further {{€65 million}} on Libya's border
and coast guard agencies until {{2027}}, the Commission said on {{Wednesday}}. The money adds to
{{€465 million}} spent through the EU Trust Fund for Africa since {{2017}}. Libya declared a search
and rescue zone reaching about {{94 nautical miles}} from its coast in {{June 2018}}. Crossings from
western Libya fell by about {{40%}} in the {{first quarter}}, while departures from the east rose.
Rights groups said the EU was paying for abuse.
""",
)
