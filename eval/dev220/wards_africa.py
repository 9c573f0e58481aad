"""dev220 items: Sudan, Nigeria, Somalia, Kenya, DR Congo, Ethiopia, the Sahel and Mozambique
(14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Drone strike on El Fasher's last working hospital kills 70",
    """
A drone strike on the Saudi Teaching Hospital in El Fasher on {{24 January 2025}} killed [[70
patients and companions|killed;a=Tedros Adhanom Ghebreyesus;n=patients and companions]] and
wounded [[19|injured;a=Tedros Adhanom Ghebreyesus]], WHO chief Tedros Adhanom Ghebreyesus said. The
Sudan Doctors Network said the emergency ward was crowded with [[between 80 and 100
people|civilians;a=The Sudan Doctors Network]] when it was hit. The hospital was the last in the
city still offering surgery, and [[hundreds of thousands of people|civilians]] remain trapped in El
Fasher by the Rapid Support Forces' siege. Médecins Sans Frontières, which withdrew its staff
after earlier shelling, said it had treated [[more than 3,000 wounded|injured;a=Médecins Sans
Frontières]] at the hospital since {{May 2024}}. The strike destroyed [[two buildings|housing]],
including the maternity wing.
""",
)

item(
    "Sudanese doctors' network counts medics killed, abducted and detained",
    """
The Sudan Doctors Network said on {{6 March 2025}} that [[at least 78 doctors|killed;a=The Sudan
Doctors Network]] had been killed since the war began in {{April 2023}}. [[Thirty-two|kidnapped;a=the
group;alt=The Sudan Doctors Network]] had been abducted by the Rapid Support Forces, the group
said, and [[15 others|missing;a=the group;alt=The Sudan Doctors Network]] were missing. It accused
army military intelligence of detaining [[about 20 medics|arrested;a=The Sudan Doctors
Network]] in Omdurman and Port Sudan on suspicion of working with the paramilitaries. More than
{{70%}} of hospitals in the states hit by fighting are out of service, according to the World
Health Organization, and in Khartoum state alone [[37 hospitals|other]] have shut. RSF fighters
have looted [[at least 12 ambulances|other;a=the network;alt=The Sudan Doctors Network]], the
network said.
""",
)

item(
    "Shelling of Omdurman market fills Al Nao hospital",
    """
Shelling by the Rapid Support Forces hit the Sabreen market in Omdurman on {{1 February 2025}},
killing [[56 people|killed;a=the health ministry of Khartoum state]], the health ministry of
Khartoum state said. Al Nao hospital, the main one still working in the city, received [[158
wounded|injured;a=Médecins Sans Frontières]] in a few hours, according to Médecins Sans Frontières,
which supports it. Surgeons there performed [[about 40 amputations|other;u=other]] in the following
{{two days}}. The hospital was down to [[fewer than 50 bags|aid]] of blood when an appeal on social
media brought in [[about 300 donors|other;a=volunteers]], volunteers said. MSF says the hospital
has been receiving [[30 to 40 wounded a day|injured;a=MSF]] since the army pushed into Khartoum.
""",
)

item(
    "Female suicide bombers strike wedding, funeral and hospital in Gwoza",
    """
[[Three female suicide bombers|combatants;a=Borno State Emergency Management Agency]] struck a
wedding, a funeral and the general hospital in Gwoza on {{29 June 2024}}, killing [[32
people|killed;a=Borno State Emergency Management Agency]], Borno State Emergency Management Agency
said. The agency said [[42 wounded|injured;a=The agency;alt=Borno State Emergency Management
Agency]] were taken by road and helicopter to Maiduguri, [[19|injured;a=The agency;alt=Borno State
Emergency Management Agency]] of them in critical condition. The University of Maiduguri Teaching
Hospital set aside [[40 beds|capacity;a=its chief medical director]] for the victims, its chief
medical director said. Police said [[two suspected accomplices|arrested;a=Police]] had been
arrested. Officials said the toll could rise [[above 40|killed;p;q=at_least;a=Officials]], as several of the
wounded had lost limbs.
""",
)

item(
    "Owo church attack toll revised down to 40, hospital still treating dozens",
    """
Officials in Ondo state first said [[more than 50 worshippers|killed;a=Officials in Ondo state]]
had died when gunmen attacked St Francis Xavier Catholic Church in Owo on {{5 June 2022}}. The
federal government later put the toll at [[40|killed;a=The federal government]] and said [[61
people|injured;a=The federal government]] were in hospital. The Federal Medical Centre in Owo said
[[more than 200 donors|other;a=The Federal Medical Centre in Owo]] answered its appeal for blood.
Security sources said [[four gunmen|combatants;a=Security sources]] had entered the church, some
disguised as worshippers. [[Dozens of children|civilians;a=church officials]] were at the Pentecost service, church
officials said. {{A week}} later the hospital was still treating [[27 patients|injured]].
""",
)

item(
    "Kaduna train attack: 168 passengers unaccounted for",
    """
Gunmen who blew up the track and attacked the Abuja-Kaduna train on {{28 March 2022}} killed
[[eight passengers|killed;a=the Kaduna state government]] and wounded [[26|injured;a=the Kaduna
state government]], the Kaduna state government said. The wounded were taken to St Gerald's
Catholic Hospital and the {{44}} Nigerian Army Reference Hospital in Kaduna. The Nigerian Railway
Corporation said [[362 passengers|civilians;a=The Nigerian Railway Corporation]] were on board and
that [[168|missing;a=The Nigerian Railway Corporation]] were unaccounted for. A video released by
the kidnappers {{two weeks}} later showed [[about 60 hostages|kidnapped]]. [[Eleven hostages|kidnapped;a=negotiators]]
were freed in {{June}} and taken to hospital for checks, negotiators said.
""",
)

item(
    "Freed Kuriga pupils examined in Kaduna hospital after two weeks in captivity",
    """
The Kaduna state government said [[137 pupils and staff|kidnapped;a=The Kaduna state
government;n=pupils and staff]] abducted from a school in Kuriga on {{7 March 2024}} had been freed
and were being examined at a hospital in Kaduna city. Local leaders had first said [[287|kidnapped;a=Local
leaders]] had been taken, a figure the authorities later revised down after a headcount. [[One
teacher|killed;a=Uba Sani]] died in captivity, state governor Uba Sani said. The freed children,
{{aged eight to 15}}, were weak but in stable condition, doctors said. The army said [[more than 300
soldiers|combatants;a=The army]] had been involved in the rescue, and local officials said [[25
children|kidnapped;a=local officials]] had escaped in the {{first days}}.
""",
)

item(
    "Mogadishu bombings: toll rises to 121 as hospitals run short of blood",
    """
President Hassan Sheikh Mohamud said on {{30 October 2022}} that the twin car bombs at the education
ministry junction in Mogadishu had killed [[at least 100 people|killed;a=Hassan Sheikh Mohamud]] and
wounded [[300|injured;a=Hassan Sheikh Mohamud]]. The health ministry later raised the toll to [[121
dead|killed;a=The health ministry]] and [[333 wounded|injured;a=The health ministry]]. Aamin
Ambulance said its crews had carried [[about 170 wounded|injured;a=Aamin Ambulance]] to hospitals
in the {{first hour}}. Medina hospital received [[nearly 90 bodies|killed;a=a hospital official]], a
hospital official said. Turkey flew [[some 40 seriously wounded|injured]] to Ankara for treatment on
a military plane.
""",
)

item(
    "Garissa University attack: students airlifted, dozens unaccounted for",
    """
[[147 people|killed;a=Kenya's interior minister]], most of them students, were killed when
al-Shabaab gunmen stormed Garissa University College on {{2 April 2015}}, Kenya's interior minister
said. [[Four gunmen|killed]] were killed when security forces ended the siege after {{15 hours}}.
The Kenya Red Cross said [[79 people|injured;a=The Kenya Red Cross]] had been wounded, and [[19|injured;a=The
Kenya Red Cross]] of them were airlifted to Nairobi. [[About 50 students|missing;a=the Red Cross;alt=The
Kenya Red Cross]] were still unaccounted for on Friday, the Red Cross said. Buses took [[more than 600
students|returned]] back to their home towns over the weekend.
""",
)

item(
    "Goma morgues overflow as UN says 3,000 killed in M23 offensive",
    """
The United Nations said on {{5 February 2025}} that [[about 3,000 people|killed;a=The United
Nations]] had been killed in the fighting for Goma, and that [[2,000 bodies|killed;a=The United
Nations]] had been buried. Hospitals in the city treated [[more than 2,800 wounded|injured;a=the
World Health Organization]], the World Health Organization said. The ICRC-backed CBCA Ndosho
hospital, which has [[120 beds|capacity]], was caring for [[more than 300 patients|injured]] at the
height of the fighting, many on mattresses outside. The ICRC said it had delivered [[17
tonnes|aid;u=other;a=The ICRC]] of surgical supplies. [[Hundreds of thousands of displaced
people|displaced]] left camps around the city after the {{M23}} rebels told them to go.
""",
)

item(
    "Wounded from Togoga air strike blocked from reaching Mekelle hospital",
    """
An air strike on a crowded market in Togoga, in Ethiopia's Tigray region, on {{22 June 2021}}
killed [[64 people|killed;a=health officials]], health officials said. Ayder Referral Hospital in
Mekelle said it had received [[43 wounded|injured;a=Ayder Referral Hospital]], [[seven
children|injured;a=Ayder Referral Hospital]] among them, but that soldiers had stopped its ambulances on the road for
{{two days}}. Doctors said soldiers detained [[four medics|arrested;a=Doctors]] who tried to reach
the village. The hospital, which has [[more than 500 beds|capacity]], was running out of oxygen and
blood.
""",
)

item(
    "Barsalogho massacre: estimates of the dead range from 200 to 600",
    """
Jihadists of JNIM attacked Barsalogho, in Burkina Faso's Centre-Nord region, on {{24 August 2024}}
as residents dug defensive trenches on the army's orders. Estimates of the dead ranged from [[200
to 600|killed]], while JNIM said it had killed [[about 300 militia fighters|killed;a=JNIM]]. The
regional hospital in Kaya received [[more than 140 wounded|injured;a=a health worker]], a health
worker said. [[Hundreds|killed]] were buried in mass graves in the town. A local association said
[[about 300 families|displaced;a=A local association]] had fled to Kaya in the days after the
attack.
""",
)

item(
    "Palma survivors reach Pemba hospital by boat",
    """
[[Between 6,000 and 10,000 people|displaced;a=aid agencies]] fled Palma after insurgents attacked
the town on {{24 March 2021}}, aid agencies said. [[About 1,300 people|displaced;a=the
International Organization for Migration]] arrived by boat in Pemba in the {{first week}}, the
International Organization for Migration said. Pemba's provincial hospital treated [[more than 80
wounded|injured]], some with gunshot and machete wounds. Police said [[12 bodies|killed;a=Police]]
had been found beheaded near a hotel. Médecins Sans Frontières plans to send [[2,000 hygiene
kits|aid;p;a=Médecins Sans Frontières]] to Pemba. [[Thousands|displaced]] are sheltering with host
families or on beaches.
""",
)

item(
    "Bamako attack: leaked documents put toll at 77",
    """
Documents seen by Reuters put the toll of the attack on a gendarmerie school and the airport in
Bamako on {{17 September 2024}} at [[77 dead|killed;a=Documents seen by Reuters]] and [[255
wounded|injured;a=Documents seen by Reuters]]. Hospitals in the capital appealed for blood as
[[dozens of wounded students|injured]] were brought in. JNIM said [[about 15 fighters|combatants;a=JNIM]]
took part. The army said it had arrested [[20 suspects|arrested;a=The army]] and killed [[eight
attackers|killed;a=The army]]. The government declared {{three days}} of mourning.
""",
)

item(
    "WHO appeals for funds as Sudan's health system buckles",
    """
The World Health Organization appealed on {{10 April 2024}} for {{$148 million}} to keep Sudan's
remaining hospitals working through the next {{12 months}}. The agency said only about {{20%}} to
{{30%}} of health facilities in hard-hit states were fully functional, and that prices of basic
medicines had risen {{fivefold}} since {{April 2023}}. Its previous appeal was less than
{{25%}} funded by the end of {{2023}}.
""",
)

item(
    "Maiduguri teaching hospital's trauma centre turns ten",
    """
The trauma centre at the University of Maiduguri Teaching Hospital marked its {{tenth}} anniversary on
{{14 May 2026}}. Built in {{2016}} for about {{N2.5 billion}}, it was the first in Nigeria's
north-east to offer round-the-clock surgery. Its chief medical director, in post for {{eight years}},
said the centre now handles about {{60%}} of the state's trauma cases and cut its average waiting
time to under {{30 minutes}}.
""",
)
