"""Omdurman under shellfire and the drone war, 2023-2025: the markets of Omdurman, Karari and
Salha, the hospitals that took the wounded, and the drone strikes on Port Sudan, on power and
water stations and on Khartoum airport."""

from _wrap import item

item(
    "RSF shelling of Omdurman's Sabreen market kills dozens",
    """
Shells fired by the Rapid Support Forces slammed into the Sabreen vegetable market in Omdurman on
{{1 February 2025}}, killing [[at least 54 people|killed;a=the Khartoum state health ministry]]
and wounding [[158|injured;a=the Khartoum state health ministry]], the Khartoum state health
ministry said. Al-Nau hospital alone received
[[more than 100 wounded|injured;a=the Sudan Doctors Network]], according to the Sudan Doctors
Network, which said the hospital had run out of blood and appealed for donors. Traders said
[[about 40 shops|housing;a=Traders]] and [[dozens of stalls|other;u=other;a=Traders]] had burned.
Witnesses said most of the dead were women buying food and porters. The RSF denied firing on the
market and accused the army of shelling its own side. The UN humanitarian coordinator said
[[at least 120 civilians|killed;a=The UN humanitarian coordinator]] had been killed by shelling
in Omdurman in {{January}}, and that such attacks could amount to war crimes.
""",
)

item(
    "Air strike kills 22 in Omdurman's Dar es Salaam district",
    """
An air strike on the Dar es Salaam neighbourhood of Omdurman killed
[[22 people|killed;a=the health ministry]] on {{8 July 2023}}, the health ministry said, in one
of the deadliest attacks since the war began {{12 weeks}} ago. Among the dead were
[[eight children|killed;a=the ministry;alt=the health ministry]], the ministry said. The ministry said
[[dozens more|injured;n=-;a=The ministry;alt=the health ministry]] had been wounded. Residents
said the strike flattened [[a dozen houses|housing;a=Residents]] in a street where Rapid Support
Forces fighters had parked their vehicles. The RSF said
[[31 civilians|killed;a=The RSF]] had died and blamed the army, which denied carrying out the
strike. In the hours afterwards, [[hundreds of families|displaced]] loaded belongings onto donkey
carts and headed north to Karari.
""",
)

item(
    "Karari's hospitals overwhelmed as RSF shells pound north Omdurman",
    """
Rapid Support Forces artillery hit residential areas of Karari in northern Omdurman for a
{{third straight day}} on {{14 December 2024}}, killing [[14 people|killed;a=medics]] and wounding
[[between 40 and 50|injured;a=medics]], medics said. The Sudan Doctors Network said
[[at least 65 civilians|killed;a=The Sudan Doctors Network]] had been killed in Karari since the
start of the month. Shells landed near Al-Nau hospital, which treats
[[up to 150 wounded patients a day|injured;a=the hospital's director]], the hospital's director said. The hospital has
[[220 beds|capacity]] but has been forced to lay patients in its corridors. "We stopped counting
the shells at night," said Mohammed Saeed, a pharmacist in the Al-Thawra district. Local volunteers
said [[about 3,000 families|displaced;a=Local volunteers]] had moved from western Karari to the
centre of Omdurman.
""",
)

item(
    "RSF accused of killing civilians in Omdurman's Salha district",
    """
Rapid Support Forces fighters killed [[at least 31 people|killed;a=the Sudan Doctors Network]],
among them [[six women|killed;a=the Sudan Doctors Network]], in house-to-house raids in the Salha
district of southern Omdurman, the Sudan Doctors Network said on {{14 April 2025}}. A video
circulating online appeared to show fighters shooting unarmed men. Emergency Lawyers said
[[dozens of men|arrested;a=Emergency Lawyers]] had been detained by the fighters and taken to an
unknown location. The International Organization for Migration said
[[about 45,000 people|displaced;a=The International Organization for Migration]] had fled Salha
toward the old city of Omdurman in {{two weeks}}. The army said it had taken Salha on
{{20 May}}, killing [[hundreds of RSF fighters|killed;a=The army]] and freeing
[[63 civilians|kidnapped;a=The army]] held in a factory as hostages.
""",
)

item(
    "Shelling strikes Al-Nau hospital, Omdurman's last major hospital",
    """
Shells hit the emergency ward of Al-Nau hospital in Omdurman on {{16 October 2024}}, killing
[[four patients|killed;a=Medecins Sans Frontieres]] and wounding
[[11|injured;a=Medecins Sans Frontieres]], Medecins Sans Frontieres said. The medical charity,
which supports the hospital, said it had treated
[[more than 9,000 wounded|injured;a=The medical charity;alt=Medecins Sans Frontieres]] there since
{{August 2023}}. It said [[up to 70 surgeries|other;u=other;a=Medecins Sans Frontieres]] were carried out
on some days. Hospital officials said [[two nurses|injured;a=Hospital officials]] were among the
wounded. The hospital's director said the ward would be closed for at least {{a week}} and that
[[some 30 patients|displaced;a=The hospital's director]] had been moved to Al-Buluk maternity
hospital.
""",
)

item(
    "Drones strike Port Sudan's airport, fuel depots and naval base",
    """
Drones struck Port Sudan for a {{third consecutive day}} on {{6 May 2025}}, hitting the
international airport, fuel storage depots and a naval base in a city that had been spared the
war until now. The army said its air defences had shot down
[[11 drones|other;a=The army]] launched by the Rapid Support Forces, but that
others had got through. Fires burned at the depots for
{{two days}} and [[12 fuel storage tanks|other]] were destroyed. [[About 1,200 residents|displaced]] living near
the depots were evacuated. The UN suspended humanitarian flights into the city. No deaths were reported, but
[[two civilians|injured;a=health officials]] were hurt, health officials said. The navy said
[[four sailors|injured;a=The navy]] were wounded at the base. Port Sudan hosts
[[about 250,000 displaced people|displaced;a=the International Organization for Migration]],
according to the International Organization for Migration.
""",
)

item(
    "Drone attacks on power stations plunge Sudanese cities into darkness",
    """
Drones struck the Um Dabakir power station near Kosti on {{13 January 2025}}, cutting
electricity to much of central and eastern Sudan, the state electricity company said. The company
said [[three workers|killed;a=The company;alt=the state electricity company]] were killed and
[[two transformers|other;u=other;a=The company;alt=the state electricity company]] destroyed.
Since {{January}}, [[at least 17 power stations|other;u=structure;a=officials]] and substations
have been hit by drones, officials said. [[An estimated 2 million customers|civilians]] were left without power in Kosti,
Sennar and Wad Madani. In Khartoum and Omdurman, [[a dozen hospitals|other]] switched to diesel
generators. The army accused the Rapid Support
Forces of using long-range drones supplied from abroad; the RSF said it targeted military
infrastructure. The company said [[about 40 engineers|other;a=The company;alt=the state electricity company]]
were working at the site. Engineers estimated it would take {{three months}} to repair the station, which
produced {{500 megawatts}}.
""",
)

item(
    "Karari without water after drones hit Omdurman pumping station",
    """
Drones struck a water pumping station and an electricity substation in Karari, northern Omdurman,
on {{3 March 2025}}, killing [[nine people|killed;a=the local emergency response room]] and
wounding [[about 20|injured;a=the local emergency response room]], the local emergency response
room said. The Khartoum state water authority said
[[six pumping stations|other;u=structure;a=The Khartoum state water authority]] had stopped,
leaving [[an estimated 1.2m people|civilians;a=The Khartoum state water authority]] without piped
water. Volunteers said they had organised [[40 water tankers|aid;a=Volunteers]] to supply the
worst-hit neighbourhoods. The army said it had intercepted [[four drones|other;a=The army]] over
Omdurman the same night. Residents queued for hours at the Nile's edge with jerrycans.
""",
)

item(
    "Port Sudan strains under arrivals from the capital",
    """
Port Sudan, the Red Sea city where the army-backed government moved after fighting engulfed
Khartoum, is struggling to house the people who followed it. The state government said
[[about 42,000 people|displaced;a=The state government]] were living in
[[87 shelters|capacity;a=The state government]] across the city, most of them schools and
university halls. [[A further 3,500 families|displaced;a=aid workers]] are renting rooms or
staying with relatives, aid workers said. Each school was meant to house
[[fewer than 200 people|capacity]], but some now hold more than {{twice}} that. UNHCR said it had
distributed [[2,600 tents|aid;a=UNHCR]] and planned to hand out
[[5,000 more|aid;p;n=-;a=UNHCR]] before the rains. Rents in the city have risen by
{{400 percent}} since {{2023}}. Schools are due to reopen in {{September}}, which would force
[[about 18,000 people|displaced;p]] to move out of classrooms.
""",
)

item(
    "Army retakes Omdurman broadcasting complex after 11-month siege",
    """
Sudan's army said on {{12 March 2024}} that it had recaptured the state radio and television
headquarters in Omdurman, held by the Rapid Support Forces since the {{first days}} of the war.
Military sources said [[between 1,500 and 2,000 soldiers|combatants;a=Military sources]] took
part in the assault, backed by drones. The army said it had killed
[[dozens of RSF fighters|killed;a=The army]] and captured [[47|arrested;a=The army]]. Residents
of the surrounding Old Omdurman district said [[about 120 civilians|displaced;a=Residents of the surrounding Old Omdurman district]]
who had been trapped in their homes for months were evacuated by soldiers. The army said it had lost
[[11 soldiers|killed;a=The army]]. The RSF said it had withdrawn from the building after it was
destroyed. Engineers said [[seven transmitters|other;u=other;a=Engineers]]
had been stolen.
""",
)

item(
    "Shells hit school sheltering displaced families in Omdurman's Ombada",
    """
An artillery shell hit a primary school used as a shelter for displaced families in Ombada,
western Omdurman, on {{27 June 2024}}, killing [[at least 11 people|killed]], including
[[seven children|killed]]. [[Twenty-three|injured;a=the Ombada Emergency Response Room]] others were wounded, according to the Ombada
Emergency Response Room. The shell destroyed [[three classrooms|housing]]. The school was sheltering
[[more than 600 displaced people|displaced;a=the emergency room;alt=the Ombada Emergency Response Room]] from Bahri and
Khartoum, the emergency room said. It is one of [[34 schools|capacity;a=Ombada officials]] in
the district turned into shelters, Ombada officials said. Survivors said they would move to
relatives' homes, but [[about 150 families|displaced;a=volunteers]] had nowhere else to go,
volunteers said.
""",
)

item(
    "RSF drones hit Khartoum airport on eve of reopening",
    """
Drones launched by the Rapid Support Forces struck Khartoum international airport before dawn on
{{21 October 2025}}, a day before the {{first}} commercial flight in more than {{two years}} was due
to land, the army said. Air defences shot down [[seven drones|other;a=the army]], the army said,
but a fuel tanker and a hangar were hit. The civil aviation authority postponed the reopening. Travel agents in Port Sudan said
[[about 2,000 passengers|returned;p;a=Travel agents in Port Sudan]] had booked seats home to
Khartoum for the {{first month}}.
Badr Airlines had planned [[three flights a week|other;p;a=Badr Airlines]] from Port Sudan, and
Tarco Aviation [[two|other;p;u=other;a=Tarco Aviation]]. [[Two airport workers|injured;a=the authority;alt=The civil aviation authority]]
were slightly hurt, the authority said. The airport's terminal was badly damaged in {{April 2023}}
when fighting broke out there, and [[more than 30 aircraft|other]] were destroyed on the tarmac.
""",
)

item(
    "Drones hit Atbara power station and Shendi market in River Nile state",
    """
Rapid Support Forces drones hit the Atbara thermal power station and a market in Shendi on
{{9 September 2025}}, killing [[at least five people|killed;a=local authorities]] and wounding
[[18|injured;a=local authorities]], local authorities said. The River Nile state government said
it was the {{14th}} drone attack on the state since March. In Shendi,
[[about 25 shops|housing;a=traders]] were burned, traders said. The army said it had downed
[[nine drones|other;a=The army]] over Atbara and Shendi. The electricity company said
[[some 600,000 people|civilians;a=The electricity company]] in Atbara and Ad-Damer had lost power.
Shendi hosts [[about 180,000 displaced people|displaced;a=the IOM]], according to the IOM, many
of them from Khartoum.
""",
)

item(
    "Karari takes in thousands fleeing fighting in south Omdurman",
    """
[[Tens of thousands of people|displaced]] fleeing fighting in Salha and Al-Shigla have arrived
in Karari, in army-held northern Omdurman, since late March, aid groups said. The International
Organization for Migration said it had counted
[[about 8,400 households|displaced;a=The International Organization for Migration]] in
[[26 gathering sites|capacity;a=The International Organization for Migration]], mostly schools
and mosques. Karari's emergency response room said
[[some 11,000 people|aid;a=Karari's emergency response room]] were eating at its kitchens each
day, up from [[4,000|aid;a=Karari's emergency response room]] in {{February}}. The World Food
Programme said it would deliver food to [[200,000 people|aid;p;a=The World Food Programme]] in
Omdurman in {{May}}. Local officials expect
[[between 20,000 and 30,000 more people|displaced;p;a=Local officials]] if the fighting spreads.
""",
)

item(
    "Port Sudan fuel prices double after depot strikes",
    """
Petrol prices in Port Sudan doubled to {{6,000 Sudanese pounds}} a litre within {{48 hours}} of
the drone strikes on the city's fuel depots on {{4 May 2025}}, traders said. Diesel rose by
{{85 percent}}. The energy ministry said reserves would last {{10 days}}. Shipping agents said
the port, which handles about {{90 percent}} of Sudan's trade, was working at {{half}} capacity, and
that insurers had raised war-risk premiums to {{1 percent}} of a cargo's value. "I paid
{{$40}} to fill my car, a month's salary," said Hassan Ali, a {{38-year-old}} civil servant.
""",
)

item(
    "Omdurman's Khalifa House museum reopens its doors",
    """
The Khalifa House museum in Omdurman reopened on {{12 July 2025}} after {{more than two years}}
of closure, its director said. The mud-brick building, built in {{1887}} as the residence of the
Khalifa Abdullahi, successor of the Mahdi, was hit by shellfire in {{2023}}. Restoration cost
{{$250,000}}, funded by the British Council and a Sudanese trust. Visitors will be admitted from
{{9am to 2pm}} for a fee of {{1,000 pounds}}. The {{1898}} Battle of Omdurman, in which the
Mahdist state fell, is the subject of the museum's {{second}} hall.
""",
)
